"""Publication dates as inputs write them."""

from __future__ import annotations

import datetime as dt


def parse_iso_date(value: str) -> dt.date:
    """The date of an ISO 8601 date or datetime, as written (not converted to UTC).

    ``"2024-05-07T14:20:00Z"`` becomes ``date(2024, 5, 7)``; raises ``ValueError``.
    """
    return dt.datetime.fromisoformat(value.strip()).date()
