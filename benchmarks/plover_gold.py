"""detente against the PLOVER gold-standard records (PLOVER_GSR_CAMEO.json).

    python benchmarks/plover_gold.py [--gold PATH]

The records give, per sentence, the PLOVER event type, its source and target countries
and, for 48 of them, the event's location; none gives a status or an event date (every
record is dated 2000-01-01). So this prints: how often detente's events include the gold
PLOVER type, and how often such an event also runs between the gold countries; how many
events detente gives and how many have the gold type (a gain in recall must not hide a
loss in precision); the status detente gives the matching events (the gold sentences
report events as having happened, so "asserted" is expected except where the gold mode
says otherwise); and location accuracy where the gold names a place.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

from detente.model import Actor, Article, Event
from detente.pipeline import code_articles, make_coder

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/plover/PLOVER_GSR_CAMEO.json"
# The records follow PLOVER 0.5b1 (2016); detente maps CAMEO with the 2021 table, whose
# manual (CAMEO-to-PLOVER table) renames DEMAND to REQUEST, folds DISAPPROVE and
# INVESTIGATE into ACCUSE, and calls conventional fighting (0.5b1's FIGHT) ASSAULT.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
           "FIGHT": "ASSAULT"}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"{args.gold} is missing", file=sys.stderr)
        return 2
    records = [r for r in json.loads(args.gold.read_text()) if r.get("text")]
    articles = [Article(r["id"], r["text"], date=dt.date(2000, 1, 1)) for r in records]
    coded = {c.article.id: c.events for c in code_articles(articles, make_coder())}
    typed = with_events = sided = n_events = n_typed = 0
    statuses: collections.Counter[str] = collections.Counter()
    loc_total = loc_right = loc_given = 0
    for r in records:
        events = coded.get(r["id"], ())
        with_events += bool(events)
        gold_event = RENAMED.get(r["event"], r["event"])
        match = [e for e in events if e.plover and e.plover.event == gold_event]
        typed += bool(match)
        sided += any(_same_sides(e, r) for e in match)
        n_events += len(events)
        n_typed += len(match)
        for e in match[:1]:
            statuses[e.status] += 1
        if "eventLoc" in r:
            loc_total += 1
            gold = fold(r["eventLoc"]["name"])
            located = [e.location for e in (match or events) if e.location]
            loc_given += bool(located)
            loc_right += any(fold(x.name) == gold or gold in fold(x.name) for x in located)
    n = len(records)
    print(f"records {n}  with any event {with_events} ({with_events / n:.1%})  "
          f"with the gold PLOVER type {typed} ({typed / n:.1%})")
    print(f"  ... and the gold source and target countries {sided} ({sided / n:.1%}); "
          f"events {n_events}, of the gold type {n_typed} ({n_typed / max(n_events, 1):.1%})")
    print("status of the matching events: " + ", ".join(
        f"{k} {v} ({v / max(typed, 1):.1%})" for k, v in statuses.most_common()))
    print(f"location: {loc_total} gold places; detente gave a place for {loc_given}, "
          f"the gold one for {loc_right} ({loc_right / max(loc_total, 1):.1%} of gold places)")
    return 0


def _countries(sides: object) -> set[str]:
    """The gold side's country codes (or IGO), with the 0.5b1 records' JAP as JPN."""
    codes = {(a.get("code") or "")[:3] for a in sides or () if isinstance(a, dict)}
    return {"JPN" if c == "JAP" else c for c in codes}


def _same_sides(event: Event, record: dict[str, object]) -> bool:
    """The event runs between the record's source and target countries; where the record
    names no target, between two of its sources (a mutual "A and B agreed") or to none."""
    def codes(actor: Actor | None) -> set[str | None]:
        return {actor.code[:3], actor.country} if actor else {None}

    sources, targets = _countries(record.get("source")), _countries(record.get("target"))
    if not codes(event.source) & sources:
        return False
    if targets:
        return bool(codes(event.target) & targets)
    return event.target is None or bool(codes(event.target) & sources)


if __name__ == "__main__":
    sys.exit(main())
