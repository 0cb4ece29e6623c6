"""The knowledge as an actor dictionary inside the coder's ActorIndex."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import ActorIndex, combine
from detente.coding.dictionaries import (
    ActorDictionary,
    ActorEntry,
    DatedCode,
    Dictionaries,
    Phrase,
)
from detente.knowledge import Knowledge, bundled_knowledge

D = dt.date


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return bundled_knowledge()


@pytest.fixture(scope="module")
def index(k: Knowledge) -> ActorIndex:
    return ActorIndex(Dictionaries(actors=(ActorDictionary(k.actor_entries()),)))


def words(text: str) -> list[str]:
    return text.split()


def resolve(index: ActorIndex, text: str, day: dt.date) -> list[str | None]:
    found = index.find(words(text))
    return [m.entry.code_on(day) for m in found if isinstance(m.entry, ActorEntry)]


def test_merz_in_a_sentence(index: ActorIndex) -> None:
    mentions = index.find(words("Chancellor Friedrich Merz met Recep Tayyip Erdoğan in Ankara"))
    assert [(m.start, m.end) for m in mentions] == [(1, 3), (4, 7), (8, 9)]
    actor = combine(mentions[:1], D(2025, 6, 1))
    assert actor is not None and (actor.code, actor.name) == ("DEUGOV", "Friedrich Merz")


def test_codes_by_date(index: ActorIndex) -> None:
    assert resolve(index, "Trump spoke", D(2019, 5, 1)) == ["USAGOV"]
    assert resolve(index, "Trump spoke", D(2022, 5, 1)) == ["USAELI"]
    assert resolve(index, "Trump spoke", D(2025, 5, 1)) == ["USAGOV"]
    assert resolve(index, "the Kremlin said", D(2024, 1, 15)) == ["RUSGOV"]


def test_knowledge_wins_a_phrase_it_shares_with_an_older_dictionary(k: Knowledge) -> None:
    old = ActorDictionary(
        (ActorEntry("Ansar Allah", (Phrase(("ANSAR", "ALLAH")),), (DatedCode("LBNREB"),), "old:1"),)
    )
    index = ActorIndex(Dictionaries(actors=(k.actor_dictionary([old]), old)))
    (mention,) = index.find(words("Ansar Allah"))
    assert isinstance(mention.entry, ActorEntry)
    assert mention.entry.code_on(D(2024, 1, 1)) == "YEMREB"


def test_history_from_an_older_dictionary_fills_the_years_before(k: Knowledge) -> None:
    putin_before = ActorEntry(
        "Vladimir Putin",
        (Phrase(("VLADIMIR", "PUTIN")), Phrase(("PRIME", "MINISTER", "PUTIN"), open_end=True)),
        (DatedCode("RUSELI", D(1970, 1, 1), D(1999, 8, 8)), DatedCode("RUSGOV", D(1999, 8, 9))),
        "old:1",
    )
    merged = k.actor_dictionary([ActorDictionary((putin_before,))])
    (putin,) = [e for e in merged.entries if e.name == "Vladimir Putin"]
    assert putin.code_on(D(1990, 1, 1)) == "RUSELI"
    assert putin.code_on(D(2010, 1, 1)) == "RUSGOV"  # prime minister then, from the older file
    assert putin.code_on(D(2020, 1, 1)) == "RUSGOV"
    assert putin.code_on(None) == "RUSGOV"
    assert ("PRIME", "MINISTER", "PUTIN") in [p.words for p in putin.phrases]
    (merz,) = [e for e in merged.entries if e.name == "Friedrich Merz"]
    assert merz.code_on(D(2020, 1, 1)) is None  # no older entry: still nothing before office


def test_an_older_title_phrase_does_not_outlive_the_office(k: Knowledge) -> None:
    merkel_before = ActorEntry(
        "Angela Merkel",
        (Phrase(("ANGELA", "MERKEL")), Phrase(("CHANCELLOR", "ANGELA", "MERKEL"), open_end=True)),
        (DatedCode("DEUGOV", D(2005, 11, 22)), DatedCode("DEUELI")),
        "old:1",
    )
    old = ActorDictionary((merkel_before,))
    index = ActorIndex(Dictionaries(actors=(k.actor_dictionary([old]), old)))
    (mention,) = index.find(words("Chancellor Angela Merkel"))
    assert isinstance(mention.entry, ActorEntry) and mention.entry.source.startswith("leaders")
    assert mention.entry.code_on(D(2023, 1, 1)) == "DEUELI"
