"""The knowledge CSV files -> model records; a bad row raises DictionaryError(file, line).

::

    friedrich-merz,Friedrich Merz,Merz,DEU,head_of_government,2025-05-06,,<source>,,
    -> Office('friedrich-merz', 'Friedrich Merz', ('Merz',), 'DEU', 'head_of_government',
              2025-05-06, None, 'leaders.csv:7; <source>', national=True)

    jd-vance,JD Vance,Vance|J. D. Vance,USA,USAGOV,vice_president,2025-01-20,,<source>,,
    -> Office('jd-vance', 'JD Vance', ('Vance', 'J. D. Vance'), 'USA', 'vice_president',
              2025-01-20, None, 'people.csv:3; <source>', national=False,
              fixed_code='USAGOV')
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypeVar

from ..errors import DictionaryError
from .model import (
    COVERAGE_START,
    ArmedGroupCode,
    Membership,
    Metonym,
    Office,
    Organisation,
    Role,
)

FILES = (
    "leaders.csv",
    "organisation_leaders.csv",
    "organisations.csv",
    "armed_groups.csv",
    "memberships.csv",
    "metonyms.csv",
    "people.csv",
)
ROLES = frozenset(r.value for r in Role)
END_UNKNOWN = "end_unknown"
_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")

T = TypeVar("T")
Row = dict[str, str]


@dataclass(frozen=True, slots=True)
class Tables:
    offices: tuple[Office, ...]
    organisations: tuple[Organisation, ...]
    armed_groups: tuple[ArmedGroupCode, ...]
    memberships: tuple[Membership, ...]
    metonyms: tuple[Metonym, ...]
    digest: str
    people: tuple[Office, ...] = ()  # people.csv: positions with a code of their own


def package_dir() -> Path:
    """Where the shipped files are (a real directory in every install detente supports)."""
    return Path(str(resources.files("detente") / "data" / "knowledge"))


def read_tables(directory: Path) -> Tables:
    texts = {name: (directory / name).read_text(encoding="utf-8") for name in FILES}
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(name.encode() + b"\0" + texts[name].encode())
    return Tables(
        offices=(
            *_parse(texts, "leaders.csv", _national_office),
            *_parse(texts, "organisation_leaders.csv", _organisation_office),
        ),
        organisations=_parse(texts, "organisations.csv", _organisation),
        armed_groups=_parse(texts, "armed_groups.csv", _armed_group),
        memberships=_parse(texts, "memberships.csv", _membership),
        metonyms=_parse(texts, "metonyms.csv", _metonym),
        digest="sha256:" + digest.hexdigest(),
        people=_parse(texts, "people.csv", _position),
    )


def _parse(texts: dict[str, str], name: str, make: Callable[[Row, str], T]) -> tuple[T, ...]:
    out: list[T] = []
    for number, row in _rows(texts[name]):
        where = f"{name}:{number}"
        try:
            out.append(make(row, where))
        except (KeyError, ValueError) as exc:
            raise DictionaryError(name, number, ",".join(row.values()), str(exc)) from None
    return tuple(out)


def _rows(text: str) -> Iterator[tuple[int, Row]]:
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        # the reader's line_num is the line the row ended on; rows never span lines here
        yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _maybe_date(text: str) -> dt.date | None:
    return _date(text) if text else None


def _aliases(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in text.split("|") if a.strip())


def _national_office(row: Row, where: str) -> Office:
    if row["role"] not in ROLES:
        raise ValueError(f"role {row['role']!r} is not one of {sorted(ROLES)}")
    return _office(row, where, body=row["country"], national=True)


def _organisation_office(row: Row, where: str) -> Office:
    return _office(row, where, body=row["org_code"], national=False)


def _office(
    row: Row, where: str, *, body: str, national: bool, start: dt.date | None = None,
    fixed_code: str | None = None,
) -> Office:
    start, end = start or _date(row["start"]), _maybe_date(row["end"])
    if end is not None and end <= start:
        raise ValueError("end is not after start")
    if not row["person_id"] or not row["name"] or not body:
        raise ValueError("person_id, name and country/org_code are required")
    return Office(
        person_id=row["person_id"],
        name=row["name"],
        aliases=_aliases(row["aliases"]),
        body=body,
        role=row["role"],
        start=start,
        end=end,
        source=f"{where}; {row['source']}",
        national=national,
        nationality=row.get("nationality") or None,
        end_unknown=row.get("status", "") == END_UNKNOWN,
        note=row.get("note", ""),
        fixed_code=fixed_code,
    )


def _position(row: Row, where: str) -> Office:
    """A people.csv row: a person with a code of their own over a period. No start means
    from ``COVERAGE_START``; ``end`` is the handover day, as in leaders.csv."""
    code, country = row["code"], row["country"]
    if not _CODE.match(code):
        raise ValueError(f"code {code!r} is not a CAMEO actor code")
    if not _ISO3.match(country):
        raise ValueError(f"country {country!r} is not ISO 3166-1 alpha-3")
    if not row["person_id"] or not row["name"] or not row["role"]:
        raise ValueError("person_id, name and role are required")
    start = _maybe_date(row["start"]) or COVERAGE_START
    return _office(row, where, body=country, national=False, start=start, fixed_code=code)


def _organisation(row: Row, where: str) -> Organisation:
    source = f"{where}; {row['source']}"
    return Organisation(row["code"], row["name"], _aliases(row["aliases"]), source)


def _armed_group(row: Row, where: str) -> ArmedGroupCode:
    return ArmedGroupCode(
        code=row["code"],
        name=row["name"],
        aliases=_aliases(row["aliases"]),
        country=row["country"],
        start=_maybe_date(row["start"]),
        end=_maybe_date(row["end"]),
        source=f"{where}; {row['source']}",
    )


def _membership(row: Row, where: str) -> Membership:
    status = row.get("status") or "member"
    if status not in ("member", "suspended"):
        raise ValueError(f"status {status!r} is not member or suspended")
    return Membership(
        org_code=row["org_code"],
        country=row["country"],
        joined=_date(row["joined"]),
        left=_maybe_date(row["left"]),
        status=status,
        source=f"{where}; {row['source']}",
    )


def _metonym(row: Row, where: str) -> Metonym:
    return Metonym(row["phrase"], row["code"], f"{where}; {row['source']}")
