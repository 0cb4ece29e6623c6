"""Spellings, transliterations, metonyms, organisations and armed groups."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from detente.knowledge import Knowledge, bundled_knowledge

D = dt.date


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return bundled_knowledge()


@pytest.mark.parametrize(
    "text",
    ["Erdogan", "Erdoğan", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Tayyip Erdogan"],
)
def test_erdogan_spellings(k: Knowledge, text: str) -> None:
    r = k.lookup(text, D(2024, 1, 15))
    assert (r.code, r.entry and r.entry.name) == ("TURGOV", "Recep Tayyip Erdoğan")


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky",
        "Zelenskyy",
        "Zelenskiy",
        "Volodymyr Zelensky",
        "Volodymyr Zelenskyy",
        "Volodymyr Zelenskiy",
    ],
)
def test_zelensky_spellings(k: Knowledge, text: str) -> None:
    assert k.lookup(text, D(2023, 3, 1)).code == "UKRGOV"
    assert k.lookup(text, D(2019, 1, 1)).code is None  # before his inauguration


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kremlin", "RUSGOV"),
        ("the Kremlin", "RUSGOV"),
        ("Kremlin spokesman", "RUSGOV"),
        ("White House", "USAGOV"),
        ("Élysée", "FRAGOV"),
        ("Elysee", "FRAGOV"),
        ("Downing Street", "GBRGOV"),
        ("the Pentagon", "USAMIL"),
        ("Zhongnanhai", "CHNGOV"),
        ("Quai d'Orsay", "FRAGOV"),
        ("Ankara", "TUR"),
        ("Beijing", "CHN"),
        ("Washington", "USA"),
        ("Moscow", "RUS"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Pristina", "KSV"),
        ("the PRC", "CHN"),
        ("Kazakh", "KAZ"),
        ("Brits", "GBR"),
    ],
)
def test_metonyms(k: Knowledge, text: str, code: str) -> None:
    r = k.lookup(text, D(2024, 1, 15))
    assert (r.code, r.kind) == (code, "metonym")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NATO", "IGOWSTNAT"),
        ("United Nations", "IGOUNO"),
        ("European Union", "IGOEUREEC"),
        ("European Commission", "IGOEUREEC"),
        ("European Community", "IGOEUREEC"),  # the EU's predecessor
        ("African Union", "IGOAFRAFU"),
        ("IAEA", "IGOUNOIAE"),
        ("International Criminal Court", "IGOJUDICC"),
        ("IMF", "IGOBUSIMF"),
        ("World Health Organization", "IGOUNOHLHWHO"),
        # peacekeeping missions are their organisation's, as "UN peacekeepers" are
        ("UNIFIL", "IGOUNO"),
        ("MONUSCO", "IGOUNO"),
        ("ATMIS", "IGOAFRAFU"),
        ("Europol", "IGOEUREEC"),
    ],
)
def test_organisations(k: Knowledge, text: str, code: str) -> None:
    assert k.lookup(text).code == code


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Hamas", D(2024, 1, 1), "PSEREBHMS"),
        ("Hezbollah", D(2024, 1, 1), "LBNREB"),
        ("Houthis", D(2024, 1, 1), "YEMREB"),
        ("Ansar Allah", D(2024, 1, 1), "YEMREB"),
        ("ISWAP", D(2024, 1, 1), "IMGMUSISI"),
        ("Rapid Support Forces", D(2022, 1, 1), "SDNMIL"),
        ("Rapid Support Forces", D(2023, 4, 15), "SDNREB"),
        ("Taliban", D(2020, 1, 1), "AFGREB"),
        ("Taliban", D(2022, 1, 1), "AFGGOV"),
        ("HTS", D(2024, 12, 7), "SYRREB"),
        ("HTS", D(2024, 12, 8), "SYRGOV"),
        ("M23", D(2025, 1, 1), "CODREB"),
        ("Southern Transitional Council", D(2025, 12, 1), "YEMSEP"),
        ("Wazalendo", D(2025, 4, 1), "CODUAF"),
    ],
)
def test_armed_groups(k: Knowledge, text: str, day: dt.date, code: str) -> None:
    assert k.lookup(text, day).code == code


def test_organisation_leaders(k: Knowledge) -> None:
    assert k.lookup("Jens Stoltenberg", D(2024, 9, 30)).code == "IGOWSTNAT"
    assert k.lookup("Jens Stoltenberg", D(2024, 10, 1)).code == "NORELI"
    assert k.lookup("Tedros", D(2020, 3, 11)).code == "IGOUNOHLHWHO"
    assert k.lookup("Ursula von der Leyen", D(2018, 1, 1)).code == "DEUGOV"
    assert k.lookup("Ursula von der Leyen", D(2020, 1, 1)).code == "IGOEUREEC"


def test_no_phrase_belongs_to_two_entries(k: Knowledge) -> None:
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry in k.actor_entries():
        for phrase in entry.phrases:
            owners[phrase.words].add(entry.source)
    shared = {words: srcs for words, srcs in owners.items() if len(srcs) > 1}
    assert shared == {}


def test_every_phrase_is_exact(k: Knowledge) -> None:
    assert all(not p.open_end for e in k.actor_entries() for p in e.phrases)


def test_person_entries_carry_no_undated_default(k: Knowledge) -> None:
    people = [e for e in k.actor_entries() if e.source.startswith(("leaders.csv", "organisation_"))]
    assert people and all(c.restricted for e in people for c in e.codes)
