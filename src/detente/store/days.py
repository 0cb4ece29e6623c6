"""Partial dates as days: the one rule the store filters, sorts and counts events by.

An event date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. The store treats a partial
date as its first day, ``"2023"`` -> 2023-01-01, so ``since="2023-06"`` keeps an event
dated ``"2023-09"`` but not one dated ``"2023"``, and a year-only event counts in
January. ``until`` keeps the whole period it names: ``until="2023-06"`` keeps
``"2023-06-30"`` (the bound is the first day after it, exclusive).
"""

from __future__ import annotations

import datetime as dt
import re

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def first_day(text: str) -> dt.date:
    """``"2023-06"`` -> 2023-06-01; ValueError for anything but YYYY[-MM[-DD]]."""
    match = _PARTIAL_DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    return dt.date(year, month, day)


def day_after(text: str) -> dt.date:
    """The first day after the period: ``"2023-06"`` -> 2023-07-01, ``"2023"`` -> 2024-01-01."""
    start = first_day(text)
    dashes = text.strip().count("-")
    if dashes == 2:
        return start + dt.timedelta(days=1)
    if dashes == 1:
        # day 28 exists in every month and 28 + 4 lands in the next one
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start.replace(year=start.year + 1)


def event_day(date: str | None, article_date: dt.date | None) -> dt.date | None:
    """The day an event is filed under: its own date, else its article's date.

    A malformed event date (the contract allows none) falls back like a missing one,
    so one bad coder output cannot fail a whole batch.
    """
    if date is not None:
        try:
            return first_day(date)
        except ValueError:
            pass
    return article_date
