"""Which stored events a query selects, as one parameterised SELECT.

Only the fixed SQL fragments below are ever joined into the statement; every value a
caller gives travels as a ``?`` parameter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from detente.errors import ConfigError
from detente.store.days import day_after, first_day

Condition = tuple[str, list[object]]

_SELECT = "SELECT record FROM events WHERE "
_ORDER = " ORDER BY day NULLS LAST, event_id"
_LIMIT = " LIMIT ?"

# A code prefix on either side, or a case-insensitive substring of the canonical name
# or of the words as written, which only the stored record holds.
_ACTOR = """(
    starts_with(source_code, ?) OR starts_with(target_code, ?)
    OR contains(lower(record->>'$.source.name'), lower(?))
    OR contains(lower(record->>'$.source.text'), lower(?))
    OR contains(lower(record->>'$.target.name'), lower(?))
    OR contains(lower(record->>'$.target.text'), lower(?))
)"""
_COUNTRY = "(source_country = ? OR target_country = ?)"
_CODE = "starts_with(cameo, ?)"
_SINCE = "day >= ?"
_UNTIL = "day < ?"  # the first day after the period ``until`` names


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters of ``Store.events``; every one given must hold.

    ``since``/``until`` take YYYY, YYYY-MM or YYYY-MM-DD and compare against the event
    date, or the article date where the event has none (see ``detente.store.days``).
    """

    actor: str | None = None
    country: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None

    def sql(self) -> tuple[str, list[object]]:
        conditions = self._conditions()
        where = " AND ".join(clause for clause, _ in conditions) or "TRUE"
        params = [param for _, clause_params in conditions for param in clause_params]
        statement = _SELECT + where + _ORDER
        if self.limit is not None:
            if self.limit < 0:
                raise ConfigError(f"limit must be 0 or more, not {self.limit}")
            statement += _LIMIT
            params.append(self.limit)
        return statement, params

    def _conditions(self) -> list[Condition]:
        conditions: list[Condition] = []
        if self.actor is not None:
            # Actor codes are upper case; names are matched case-insensitively in SQL.
            code = self.actor.strip().upper()
            name = self.actor.strip()
            conditions.append((_ACTOR, [code, code, name, name, name, name]))
        if self.country is not None:
            country = self.country.strip().upper()
            conditions.append((_COUNTRY, [country, country]))
        if self.code is not None:
            conditions.append((_CODE, [self.code.strip()]))
        if self.since is not None:
            conditions.append((_SINCE, [_bound("since", self.since, last=False)]))
        if self.until is not None:
            conditions.append((_UNTIL, [_bound("until", self.until, last=True)]))
        return conditions


def _bound(option: str, text: str, *, last: bool) -> dt.date:
    try:
        return day_after(text) if last else first_day(text)
    except ValueError as exc:
        raise ConfigError(f"{option}: {exc}") from exc
