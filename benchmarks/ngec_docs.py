"""detente against the NGEC synthetic stories: does a story labelled with a PLOVER event
type get an event of that type?

    python benchmarks/ngec_docs.py [--corpus ZIP] [--every K] [--n-process N] [--misses FILE]

The corpus (4,500 short news-like stories generated to train a document-level PLOVER
classifier) labels each story with the one event type, and often the mode, it was
written to report; the stories also mention other events, so a story's other events are
not errors. This prints, per label, how many stories get any event, how many get one of
the label's type (recall at the story level), and what share of all events has the
label's type (a rough guard against a gain in recall bought with noise). `--every K`
codes every K-th story only (a deterministic sample); `--misses FILE` writes the stories
that got no event of their type, with the events they did get, for reading.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

from detente.model import Article, Event
from detente.pipeline import code_articles, make_coder
from detente.settings import Settings

DEFAULT = (Path(__file__).resolve().parents[2]
           / "shared/data/corpora/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip")
# The stories carry no date; the corpus was generated on this day.
DATE = dt.date(2023, 10, 19)


def read_stories(path: Path, every: int) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        with archive.open(name) as raw:
            rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
    return [dict(row, id=f"ngec-{i}") for i, row in enumerate(rows) if i % every == 0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--one-sided", action="store_true",
                        help="also events with no target (require_target off)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus} is missing", file=sys.stderr)
        return 2
    stories = read_stories(args.corpus, args.every)
    articles = [Article(s["id"], s["text"], date=DATE) for s in stories]
    coder = make_coder(settings=Settings(n_process=args.n_process,
                                         require_target=not args.one_sided))
    coded = {c.article.id: c.events for c in code_articles(articles, coder)}
    table = _tally(stories, coded)
    _print(table)
    if args.misses:
        _write_misses(args.misses, stories, coded)
    return 0


def _types(events: tuple[Event, ...]) -> list[str]:
    return [e.plover.event for e in events if e.plover]


def _tally(stories: list[dict[str, str]],
           coded: dict[str, tuple[Event, ...]]) -> dict[str, collections.Counter[str]]:
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for story in stories:
        types = _types(coded.get(story["id"], ()))
        for row in (table[story["label"]], table["ALL"]):
            row["stories"] += 1
            row["any"] += bool(types)
            row["typed"] += story["label"] in types
            row["events"] += len(types)
            row["of type"] += types.count(story["label"])
    return table


def _print(table: dict[str, collections.Counter[str]]) -> None:
    print(f"{'label':<10} {'stories':>7} {'any event':>10} {'label type':>11} "
          f"{'events':>7} {'of type':>8}")
    for label in sorted(table, key=lambda k: (k == "ALL", -table[k]["stories"])):
        row = table[label]
        n = row["stories"]
        print(f"{label:<10} {n:>7} {row['any'] / n:>10.1%} {row['typed'] / n:>11.1%} "
              f"{row['events']:>7} {row['of type'] / max(row['events'], 1):>8.1%}")


def _write_misses(path: Path, stories: list[dict[str, str]],
                  coded: dict[str, tuple[Event, ...]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for story in stories:
            events = coded.get(story["id"], ())
            if story["label"] in _types(events):
                continue
            got = [f"{e.source.code if e.source else '-'} {e.cameo} "
                   f"{e.target.code if e.target else '-'} ({e.plover.event if e.plover else '-'})"
                   for e in events]
            out.write(json.dumps({"id": story["id"], "label": story["label"],
                                  "mode": story["mode"], "got": got,
                                  "text": story["text"]}) + "\n")


if __name__ == "__main__":
    sys.exit(main())
