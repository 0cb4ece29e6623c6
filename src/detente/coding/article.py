"""Article-level reconciliation of a coded article's events.

- An undated mention of a planned event takes the date another mention of it gives
  ("Putin's upcoming visit to Turkey" + "the visit scheduled for next month").
- An undated, asserted mention of an event the article elsewhere calls planned is that
  planned event ("Putin's visit to Turkey signals ..."), not a visit that happened.
- Repeated mentions (same actors, code, status and date) become one event that
  lists every sentence saying it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Event


@dataclass(frozen=True, slots=True)
class Shadow:
    """A mention of an event whose actors the sentence does not name, kept for its date."""

    cameo: str
    status: str
    date: str | None
    date_precision: str
    date_text: str | None
    announced: Event | None = None  # "the Kremlin announced ... the visit": the announcement,
    # its target still unknown (another sentence names who is visited)


def _dyad(e: Event) -> tuple[str | None, str | None, str]:
    return (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)


def adopt_planned(events: Sequence[Event], shadows: Iterable[Shadow]) -> list[Event]:
    planned = {_dyad(e) for e in events if e.status == "future"}
    out = []
    for e in events:
        if e.status == "asserted" and e.date_text is None and _dyad(e) in planned \
                and e.pattern and e.pattern.startswith("noun:"):
            e = dataclasses.replace(e, status="future", date=None, date_precision="unknown")
        out.append(e)
    dated = [s for s in shadows if s.date is not None]
    return [_borrow_date(e, dated) for e in out]


def _borrow_date(event: Event, dated: Sequence[Shadow]) -> Event:
    if event.date is not None or event.status != "future":
        return event
    for s in dated:
        if s.cameo == event.cameo and s.status == event.status:
            return dataclasses.replace(event, date=s.date, date_precision=s.date_precision,  # type: ignore[arg-type]
                                       date_text=s.date_text)
    return event


def merge_mentions(events: Iterable[Event]) -> list[Event]:
    merged: dict[tuple[object, ...], Event] = {}
    for e in events:
        # the full code, not the root: a blockade (191) is not the invasion (192) it serves
        key = (*_dyad(e)[:2], e.cameo, e.status, e.date)
        first = merged.get(key)
        if first is None:
            merged[key] = e
            continue
        evidence = tuple(sorted({*first.evidence, *e.evidence}))
        merged[key] = dataclasses.replace(first, evidence=evidence)
    return list(merged.values())


def announcements(events: Sequence[Event], shadows: Iterable[Shadow]) -> list[Event]:
    """'The Kremlin announced ... the visit scheduled for next month': an announced plan
    is CAMEO 036 (express intent to meet) toward the one the planned event concerns."""
    out = []
    for shadow in shadows:
        a = shadow.announced
        if a is None or a.source is None or shadow.status != "future":
            continue
        planned = next((e for e in events if e.status == "future" and e.cameo == shadow.cameo
                        and e.source and e.source.country == a.source.country and e.target),
                       None)
        if planned is not None and planned.target is not None:
            out.append(dataclasses.replace(
                a, target=planned.target, event_id=a.event_id + planned.target.code.lower()))
    return out
