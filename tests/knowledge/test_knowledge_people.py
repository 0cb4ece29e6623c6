"""people.csv: positions beyond the four leader roles, each with its own code."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

from detente.coding.actors import ActorIndex
from detente.coding.dictionaries import ActorDictionary, ActorEntry, Dictionaries
from detente.errors import DictionaryError
from detente.knowledge import COVERAGE_START, Knowledge, bundled_knowledge, load_knowledge
from detente.knowledge._load import package_dir
from detente.knowledge.model import SURNAME_DENYLIST, cameo_country

D = dt.date


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return bundled_knowledge()


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("JD Vance", D(2022, 6, 1), None),  # nothing before his first position
        ("JD Vance", D(2024, 6, 1), "USALEG"),  # senator
        ("JD Vance", D(2025, 1, 15), "USAELI"),  # resigned from the Senate, not yet sworn in
        ("JD Vance", D(2025, 3, 1), "USAGOV"),  # vice president
        ("Steve Witkoff", D(2024, 6, 1), "USABUS"),
        ("Steve Witkoff", D(2025, 1, 20), "USAGOV"),
        ("Elon Musk", D(2024, 6, 1), "USABUS"),
        ("Elon Musk", D(2025, 3, 1), "USAGOV"),  # DOGE
        ("Elon Musk", D(2025, 5, 30), "USAGOV"),  # his last day
        ("Elon Musk", D(2025, 5, 31), "USABUS"),
        ("Mike Waltz", D(2025, 3, 1), "USAGOV"),  # national security adviser
        ("Mike Waltz", D(2025, 6, 1), "USAELI"),  # between the two posts
        ("Mike Waltz", D(2025, 10, 1), "USAGOV"),  # ambassador to the UN
        ("Ekrem İmamoğlu", D(2025, 3, 19), "TUROPP"),
        ("Péter Magyar", D(2025, 10, 23), "HUNOPP"),
        ("Péter Magyar", D(2026, 5, 9), "HUNGOV"),  # prime minister (leaders.csv)
        ("Viktor Orbán", D(2026, 5, 9), "HUNELI"),
        ("Friedrich Merz", D(2024, 1, 1), "DEUOPP"),
        ("Alexandre de Moraes", D(2025, 4, 25), "BRAJUD"),
        ("Kim Keon Hee", D(2025, 8, 12), "KORELI"),
        ("Itamar Ben-Gvir", D(2025, 2, 1), "ISRELI"),  # out of the government for two months
        ("Itamar Ben-Gvir", D(2025, 6, 10), "ISRGOV"),
        ("Jeffrey Epstein", D(2025, 9, 8), "USACRM"),
        ("Khalil al-Hayya", D(2025, 6, 1), "PSEREBHMS"),
        ("Thierry Breton", D(2024, 1, 1), "IGOEUREEC"),
        ("Thierry Breton", D(2025, 1, 1), "FRAELI"),  # a former international official
        ("Hossein Salami", D(2025, 7, 1), "IRNELI"),  # a former commander
    ],
)
def test_people_resolve_by_date(k: Knowledge, text: str, day: dt.date, code: str | None) -> None:
    assert k.lookup(text, day).code == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vance", "JD Vance"),
        ("Witkoff", "Steve Witkoff"),
        ("Imamoglu", "Ekrem İmamoğlu"),
        ("İmamoğlu", "Ekrem İmamoğlu"),
        ("Yoon", "Yoon Suk Yeol"),  # a surname alias added to leaders.csv
        ("Sirleaf", "Ellen Johnson Sirleaf"),
        ("Støre", "Jonas Gahr Støre"),
    ],
)
def test_distinctive_surnames_resolve(k: Knowledge, text: str, name: str) -> None:
    r = k.lookup(text, D(2025, 6, 1))
    assert (r.kind, r.entry and r.entry.name) == ("person", name)


@pytest.mark.parametrize("surname", ["Lee", "Kim", "Khan", "May", "Waltz", "Magyar", "Fujimori"])
def test_denylisted_surnames_do_not_resolve(k: Knowledge, surname: str) -> None:
    r = k.lookup(surname, D(2025, 6, 1))
    assert (r.code, r.entry) == (None, None)


def test_no_person_has_a_denylisted_surname_alone(k: Knowledge) -> None:
    one_word = {
        p.words[0]: e.name
        for e in k.actor_entries()
        if e.source.startswith(("leaders.csv", "organisation_", "people.csv"))
        for p in e.phrases
        if len(p.words) == 1
    }
    assert {w: n for w, n in one_word.items() if w in SURNAME_DENYLIST} == {}


def test_a_person_in_two_files_is_one_entry(k: Knowledge) -> None:
    merz = [e for e in k.actor_entries() if e.name == "Friedrich Merz"]
    assert len(merz) == 1
    roles = {(o.role, o.code) for o in k.offices("friedrich-merz")}
    assert ("head_of_government", "DEUGOV") in roles
    assert ("leader_of_the_cdu_in_opposition", "DEUOPP") in roles
    r = k.lookup("Merz", D(2024, 1, 1))
    assert r.office is not None and r.office.is_position and "people.csv:" in r.explain()


def test_positions_are_not_leader_offices(k: Knowledge) -> None:
    assert [o.name for o in k.holders("USA", "head_of_state", D(2025, 6, 1))] == ["Donald Trump"]
    assert not any(o.is_position for o in k.tenures)
    assert k.people and all(o.is_position and not o.national for o in k.people)


def test_uncertain_positions_are_listed(k: Knowledge) -> None:
    assert "jerome-powell" in {o.person_id for o in k.uncertain()}


def test_rows_of_one_person_do_not_overlap(k: Knowledge) -> None:
    by_person = defaultdict(list)
    for o in k.people:
        by_person[o.person_id].append(o)
    clashes = []
    for pid, rows in by_person.items():
        rows.sort(key=lambda o: o.start)
        for a, b in pairwise(rows):
            if a.end is None or a.end > b.start:
                clashes.append((pid, a.start, b.start))
    assert clashes == []


def test_codes_belong_to_the_country_or_a_known_body(k: Knowledge) -> None:
    bodies = {o.code for o in k.organisations} | {g.code for g in k.armed_groups}
    odd = [
        (o.person_id, o.code)
        for o in k.people
        if not o.code.startswith(cameo_country(o.body)) and o.code not in bodies
    ]
    assert odd == []


def test_a_person_has_one_name_and_one_id(k: Knowledge) -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for o in (*k.tenures, *k.people):
        names[o.person_id].add(o.name)
    assert {p: n for p, n in names.items() if len(n) > 1} == {}


def test_in_a_sentence(k: Knowledge) -> None:
    index = ActorIndex(Dictionaries(actors=(ActorDictionary(k.actor_entries()),)))
    words = "Vice President JD Vance met Steve Witkoff".split()
    entries = [e for e in (m.entry for m in index.find(words)) if isinstance(e, ActorEntry)]
    assert [e.code_on(D(2025, 3, 1)) for e in entries] == ["USAGOV", "USAGOV"]


def _copy(tmp_path: Path, people: str) -> Path:
    for path in package_dir().glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "people.csv").write_text(people, encoding="utf-8")
    return tmp_path


HEADER = "person_id,name,aliases,country,code,role,start,end,source,status,note\n"


def test_no_start_means_the_coverage_start(tmp_path: Path) -> None:
    k = load_knowledge(_copy(tmp_path, HEADER + "x-y,X Y,,USA,USABUS,businessman,,,test,,\n"))
    (row,) = k.people
    assert (row.start, row.end, row.code) == (COVERAGE_START, None, "USABUS")
    assert k.lookup("X Y", D(2014, 12, 31)).code is None
    assert k.lookup("X Y", D(2015, 1, 1)).code == "USABUS"


@pytest.mark.parametrize(
    "row",
    [
        "x-y,X Y,,USA,usa gov,role,,,test,,",  # not a code
        "x-y,X Y,,US,USAGOV,role,,,test,,",  # not ISO3
        "x-y,X Y,,USA,USAGOV,,,,test,,",  # no role
        "x-y,X Y,,USA,USAGOV,role,2025-01-02,2025-01-01,test,,",  # ends before it starts
    ],
)
def test_bad_rows_are_refused(tmp_path: Path, row: str) -> None:
    with pytest.raises(DictionaryError, match="people.csv"):
        load_knowledge(_copy(tmp_path, HEADER + row + "\n"))
