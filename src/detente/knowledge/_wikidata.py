"""Refreshing ``leaders.csv`` from a Wikidata SPARQL result.

One binding of the result (``QUERY`` below, as JSON) becomes one tenure::

    {"person": {"value": "http://www.wikidata.org/entity/Q567"},
     "personLabel": {"value": "Angela Merkel"}, "iso3": {"value": "DEU"},
     "role": {"value": "head_of_government"},
     "start": {"value": "2005-11-22T00:00:00Z"}, "end": {"value": "2021-12-08T00:00:00Z"}}

A tenure that matches a shipped one (same country, role and person, starts within
``MATCH_DAYS``) updates its dates; any other is added. The merged file is written only
where the caller says, never over the package's own data.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError
from ..settings import VERSION
from ._knowledge import COVERAGE_START, Knowledge
from ._load import END_UNKNOWN, ROLES, package_dir
from .model import Office

ENDPOINT = "https://query.wikidata.org/sparql"
TIMEOUT_SECONDS = 120
# A Wikidata start this close to a shipped one is the same tenure with a corrected date.
MATCH_DAYS = 45

QUERY = """\
SELECT DISTINCT ?person ?personLabel ?iso3 ?role ?start ?end WHERE {
  ?country wdt:P298 ?iso3 .
  { ?country wdt:P1906 ?position . BIND("head_of_state" AS ?role) }
  UNION
  { ?country wdt:P1313 ?position . BIND("head_of_government" AS ?role) }
  ?person p:P39 ?held .
  ?held ps:P39 ?position ;
        pq:P580 ?start .
  OPTIONAL { ?held pq:P582 ?end . }
  FILTER(!BOUND(?end) || ?end >= "2015-01-01T00:00:00Z"^^xsd:dateTime)
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}
"""
# Foreign and defence ministers have no per-country property in Wikidata (P1906 and
# P1313 exist only for heads of state and government): they are kept by hand.

LEADER_COLUMNS = (
    "person_id", "name", "aliases", "country", "role", "start", "end", "source", "status", "note",
)


@dataclass(frozen=True, slots=True)
class WikidataTenure:
    person: str  # entity URI
    name: str
    country: str
    role: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Change:
    before: Office
    after: Office

    def describe(self) -> str:
        b, a = self.before, self.after
        return (
            f"{a.name} ({a.body} {a.role}): {b.start}..{b.end or 'open'}"
            f" -> {a.start}..{a.end or 'open'}"
        )


@dataclass(frozen=True, slots=True)
class RefreshReport:
    added: tuple[Office, ...]
    changed: tuple[Change, ...]  # dates corrected
    ended: tuple[Change, ...]  # an open tenure that Wikidata closes
    skipped: int  # bindings outside the roles, countries or years covered
    offices: tuple[Office, ...]  # the merged national offices
    output: Path | None

    def summary(self) -> str:
        lines = [
            f"{len(self.added)} added, {len(self.changed)} changed, "
            f"{len(self.ended)} ended, {self.skipped} skipped"
        ]
        lines += [f"+ {o.name} ({o.body} {o.role}) from {o.start}" for o in self.added]
        lines += [f"~ {c.describe()}" for c in self.changed]
        lines += [f"- {c.describe()}" for c in self.ended]
        if self.output:
            lines.append(f"written to {self.output}")
        return "\n".join(lines)


def refresh_from_wikidata(
    sparql_json: Path | None,
    *,
    current: Knowledge,
    output: Path | None = None,
    today: dt.date | None = None,
) -> RefreshReport:
    """Merge a SPARQL JSON result (``None``: ask the public endpoint) into ``current``'s
    leaders; write the merged ``leaders.csv`` to ``output`` when one is given."""
    data = _read_json(sparql_json) if sparql_json is not None else fetch_wikidata()
    tenures, skipped = parse_bindings(data)
    stamp = (today or dt.date.today()).isoformat()
    report = merge(current.tenures, tenures, stamp=stamp, skipped=skipped)
    if output is not None:
        write_leaders(report.offices, output)
        report = replace(report, output=output)
    return report


def fetch_wikidata(timeout: float = TIMEOUT_SECONDS) -> Mapping[str, Any]:
    """Run ``QUERY`` on the public endpoint (the only network access in detente's library)."""
    url = ENDPOINT + "?" + urllib.parse.urlencode({"query": QUERY, "format": "json"})
    request = urllib.request.Request(
        url,
        headers={
            "Accept": "application/sparql-results+json",
            "User-Agent": f"detente/{VERSION} (political event coding; leaders refresh)",
        },
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        result: Mapping[str, Any] = json.load(response)
    return result


def _read_json(path: Path) -> Mapping[str, Any]:
    try:
        data: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not a SPARQL JSON result: {exc}") from None
    return data


def parse_bindings(data: Mapping[str, Any]) -> tuple[tuple[WikidataTenure, ...], int]:
    """The usable tenures of a SPARQL JSON result and how many bindings were skipped."""
    bindings = data.get("results", {}).get("bindings", [])
    out: dict[tuple[str, str, str, dt.date], WikidataTenure] = {}
    skipped = 0
    for binding in bindings:
        tenure = _tenure(binding)
        if tenure is None:
            skipped += 1
            continue
        out.setdefault((tenure.person, tenure.country, tenure.role, tenure.start), tenure)
    return tuple(out.values()), skipped


def _tenure(binding: Mapping[str, Mapping[str, str]]) -> WikidataTenure | None:
    def value(key: str) -> str:
        return binding.get(key, {}).get("value", "").strip()

    role, country = value("role"), value("iso3") or value("country")
    start, end = _day(value("start")), _day(value("end"))
    name = value("personLabel")
    if role not in ROLES or not re.fullmatch(r"[A-Z]{3}", country) or start is None:
        return None
    if re.fullmatch(r"Q\d+", name) or (end is not None and end < COVERAGE_START):
        return None  # an unlabelled entity, or a tenure over before the coverage starts
    if end is not None and end <= start:
        return None
    return WikidataTenure(value("person"), name, country, role, start, end)


def _day(text: str) -> dt.date | None:
    match = re.match(r"^\+?(\d{4})-(\d\d)-(\d\d)", text)
    if not match or match.group(2) == "00" or match.group(3) == "00":
        return None
    return dt.date(*(int(g) for g in match.groups()))


def merge(
    shipped: Sequence[Office], tenures: Iterable[WikidataTenure], *, stamp: str, skipped: int = 0
) -> RefreshReport:
    national = [o for o in shipped if o.national]
    names = _names_by_person(national)
    merged = list(national)
    added: list[Office] = []
    changed: list[Change] = []
    ended: list[Change] = []
    for tenure in tenures:
        index = _match(merged, names, tenure)
        if index is None:
            new = _new_office(tenure, names, stamp)
            merged.append(new)
            added.append(new)
            continue
        before = merged[index]
        after = _updated(before, tenure, stamp)
        if after == before:
            continue
        merged[index] = after
        closes = before.end is None and after.end is not None
        (ended if closes else changed).append(Change(before, after))
    return RefreshReport(tuple(added), tuple(changed), tuple(ended), skipped, tuple(merged), None)


def name_key(name: str) -> str:
    """'Recep Tayyip Erdoğan' -> 'recep tayyip erdogan'."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def _names_by_person(offices: Iterable[Office]) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for o in offices:
        names.setdefault(o.person_id, set()).update(name_key(n) for n in (o.name, *o.aliases))
    return names


def _match(
    offices: Sequence[Office], names: Mapping[str, set[str]], t: WikidataTenure
) -> int | None:
    key = name_key(t.name)
    best: tuple[int, int] | None = None
    for i, o in enumerate(offices):
        if o.body != t.country or o.role != t.role or key not in names.get(o.person_id, set()):
            continue
        gap = abs((o.start - t.start).days)
        if gap <= MATCH_DAYS and (best is None or gap < best[0]):
            best = (gap, i)
    return best[1] if best else None


def _updated(office: Office, t: WikidataTenure, stamp: str) -> Office:
    end = t.end if t.end is not None else (None if office.end_unknown else office.end)
    if t.start == office.start and end == office.end and not (office.end_unknown and t.end):
        return office
    source = office.source.split("; ", 1)[-1] + f"; dates from Wikidata {t.person} ({stamp})"
    end_unknown = office.end_unknown and t.end is None
    return replace(office, start=t.start, end=end, end_unknown=end_unknown, source=source)


def _new_office(t: WikidataTenure, names: Mapping[str, set[str]], stamp: str) -> Office:
    key = name_key(t.name)
    person = next((p for p, keys in names.items() if key in keys), None) or slug(t.name)
    return Office(
        person_id=person,
        name=t.name,
        aliases=(),
        body=t.country,
        role=t.role,
        start=t.start,
        end=t.end,
        source=f"Wikidata {t.person} ({stamp})",
        national=True,
    )


def slug(name: str) -> str:
    return name_key(name).replace(" ", "-")


def write_leaders(offices: Iterable[Office], path: Path) -> None:
    """Write national offices as ``leaders.csv``; refuses the package's own copy."""
    target = path.resolve()
    if target == (package_dir() / "leaders.csv").resolve():
        raise ConfigError(f"{path}: refusing to overwrite the shipped leaders.csv; write a copy")
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LEADER_COLUMNS)
        for o in offices:
            writer.writerow(_leader_row(o))


def _leader_row(o: Office) -> list[str]:
    source = o.source.split("; ", 1)[-1] if o.source.startswith("leaders.csv:") else o.source
    return [
        o.person_id,
        o.name,
        "|".join(o.aliases),
        o.body,
        o.role,
        o.start.isoformat(),
        o.end.isoformat() if o.end else "",
        source,
        END_UNKNOWN if o.end_unknown else "",
        o.note,
    ]
