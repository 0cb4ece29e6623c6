"""The shipped CSV files: they load, they are consistent, and they cover the world."""

from __future__ import annotations

import csv
import datetime as dt
import re
from itertools import combinations

import pytest
from un_members import OTHERS, UN_MEMBERS

import detente.knowledge
from detente.knowledge import Knowledge, Office, bundled_knowledge
from detente.knowledge._load import FILES, package_dir

D = dt.date
TODAY = D(2026, 11, 27)
# No head of state or government recorded: San Marino's captains regent change every six
# months and Vanuatu's governments often (see docs/actors.md, "Known to be incomplete").
GAPS_TODAY = {"SMR", "VUT"}
GAPS_ANY_DAY = {"SMR", "VUT", "LBY"}
# No defence minister: no armed forces (Andorra, Costa Rica, Iceland, Liechtenstein, Monaco,
# Panama, the Vatican, the Pacific and Caribbean states whose police or a protecting power
# see to defence), a monarch who commands the army himself (Bhutan), or none under the
# Palestinian Authority (see docs/actors.md, "Known to be incomplete").
NO_DEFENCE_MINISTER = {
    "AND", "BTN", "CRI", "DMA", "FSM", "GRD", "ISL", "KIR", "LCA", "LIE", "MCO", "MHL",
    "NRU", "PAN", "PLW", "PSE", "SLB", "SMR", "TUV", "VAT", "VCT", "VUT", "WSM",
}
# Ministers the files do not know for some New Year since 2016 (docs/actors.md lists why).
FOREIGN_GAPS = {"COM", "FJI", "FSM", "GTM", "SDN", "SLE", "SOM", "TON", "VUT"}
DEFENCE_GAPS = {"ATG", "BRB", "ERI", "GNQ", "HTI", "KGZ", "LBY", "MDA", "SOM", "SYC", "TON"}
# Countries with several heads of state at once: co-princes, a collective presidency.
SHARED = {"AND", "BIH", "NIC"}


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return bundled_knowledge()


def has_leader(k: Knowledge, country: str, day: dt.date) -> bool:
    return bool(
        k.holders(country, "head_of_state", day) or k.holders(country, "head_of_government", day)
    )


def test_files_have_a_header_and_a_source(k: Knowledge) -> None:
    for name in FILES:
        with (package_dir() / name).open(encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        assert "source" in header, name
    assert k.digest.startswith("sha256:")


def test_every_covered_country_has_a_leader_on_each_new_year() -> None:
    k = bundled_knowledge()
    for year in range(2016, 2026):
        day = D(year, 1, 1)
        missing = {
            c
            for c in UN_MEMBERS | OTHERS
            if not has_leader(k, c, day)
        }
        assert missing <= GAPS_ANY_DAY, (day, sorted(missing - GAPS_ANY_DAY))


@pytest.mark.parametrize(("role", "allowed"), [
    ("foreign_minister", FOREIGN_GAPS),
    ("defence_minister", NO_DEFENCE_MINISTER | DEFENCE_GAPS),
])
def test_every_covered_country_has_its_ministers_on_each_new_year(
    k: Knowledge, role: str, allowed: set[str]
) -> None:
    for year in range(2016, 2027):
        day = D(year, 1, 1)
        missing = {c for c in UN_MEMBERS | OTHERS if not k.holders(c, role, day)}
        assert missing <= allowed, (role, day, sorted(missing - allowed))


def test_countries_without_a_defence_minister_have_no_such_rows(k: Knowledge) -> None:
    assert not [o for o in k.tenures
                if o.role == "defence_minister" and o.body in NO_DEFENCE_MINISTER]


def test_leaders_today(k: Knowledge) -> None:
    missing = {
        c
        for c in UN_MEMBERS | OTHERS
        if not has_leader(k, c, TODAY)
    }
    assert missing == GAPS_TODAY


def test_tenures_of_one_office_do_not_overlap(k: Knowledge) -> None:
    by_office: dict[tuple[str, str], list[Office]] = {}
    for o in k.tenures:
        if o.national and o.body not in SHARED and o.note != "Commonwealth realm":
            by_office.setdefault((o.body, o.role), []).append(o)
    clashes = []
    for offices in by_office.values():
        for a, b in combinations(offices, 2):
            a_end, b_end = a.end or D.max, b.end or D.max
            if a.start < b_end and b.start < a_end and not (a.end_unknown or b.end_unknown):
                clashes.append((a.name, b.name, a.body, a.role))
    assert clashes == []


def test_countries_are_iso3(k: Knowledge) -> None:
    known = UN_MEMBERS | OTHERS
    assert {o.body for o in k.tenures if o.national} <= known
    assert {m.country for m in k.memberships} <= known | {"IGOEUREEC", "IGOAFRAFU"}


def test_codes_look_like_cameo(k: Knowledge) -> None:
    code = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")
    for entry in k.actor_entries():
        assert all(code.match(c.code) for c in entry.codes), entry


def test_organisation_codes_are_known(k: Knowledge) -> None:
    orgs = {o.code for o in k.organisations} | {g.code for g in k.armed_groups}
    assert {o.body for o in k.tenures if not o.national} <= orgs
    assert {m.org_code for m in k.memberships} <= orgs


def test_public_names_are_sorted() -> None:
    names = detente.knowledge.__all__
    assert names == sorted(names)
