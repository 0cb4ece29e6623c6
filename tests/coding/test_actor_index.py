"""The actor index finds a dictionary's names as news writes them (no model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding.actors import ActorIndex, combine
from detente.coding.dictionaries import load_dictionaries
from detente.coding.lookup import words_of
from tiny import tiny_dicts_with

ACTORS = """
DEMOCRATIC_PEOPLES_REPUBLIC_OF_KOREA_ [PRK]
KOREA_ [KOR]
WORKERS_PARTY_OF_KURDISTAN_ [IMGKURREB]
UNITED_STATES_ [USA]
ITHILEN_ [ITH]
ITHILEN_TELEVISION_ [ITHTV]
TIMOR_ [IDN]
TIMOR_LESTE_ [TMP]
SAURON_THE_GREAT_ [MORGOV]
+SAURON
ARGENTIN [ARG]
THE_COUNCIL_ [IGOCNC]
COUNCIL_OF_ELROND_ [IGOELR]
THE_ENTMOOT_ [IGOENT]
ENTMOOT_ELDERS_ [IGOENTGOV]
"""
AGENTS = "PEOPLE [~PPL]\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> ActorIndex:
    folder = tiny_dicts_with(tmp_path_factory.mktemp("dicts"),
                             {"Tiny.actors.txt": ACTORS, "Tiny.agents.txt": AGENTS})
    return ActorIndex(load_dictionaries(folder))


def codes(index: ActorIndex, text: str) -> list[str]:
    return [getattr(m.entry, "code", None) or m.entry.codes[0].code
            for m in index.find(words_of(text))]


@pytest.mark.parametrize(("text", "code"), [
    ("the Democratic People's Republic of Korea", "PRK"),
    ("the Democratic Peoples Republic of Korea", "PRK"),
    ("the Workers' Party of Kurdistan", "IMGKURREB"),
])
def test_a_plural_inside_a_name_may_be_written_as_a_possessive(
        index: ActorIndex, text: str, code: str) -> None:
    assert codes(index, text) == [code]


def test_the_possessive_variant_needs_the_rest_of_the_name(index: ActorIndex) -> None:
    assert codes(index, "the people's anger in Korea") == ["PPL", "KOR"]
    assert codes(index, "the United States") == ["USA"]



@pytest.mark.parametrize(("text", "found"), [
    # "the Commonwealth of Independent States": the longer name of another body
    ("the Council of Elrond", ["IGOELR"]),
    ("the Council", ["IGOCNC"]),
    # ... but "the UN Security Council" stays the UN's
    ("the Entmoot Elders", ["IGOENT"]),
])
def test_a_name_after_the_article_yields_to_a_longer_name_of_another_body(
        index: ActorIndex, text: str, found: list[str]) -> None:
    assert codes(index, text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Ithilen state-run television", ["ITHTV"]),
    ("Ithilen television", ["ITHTV"]),
    ("Ithilen state television", ["ITH"]),  # only a hyphenated modifier is skipped
    ("Ithilen state-run radio", ["ITH"]),
    ("Ithilen pro-Korea television", ["ITH", "KOR"]),  # nor one that names someone
])
def test_a_hyphenated_modifier_inside_a_name_is_skipped(
        index: ActorIndex, text: str, found: list[str]) -> None:
    assert codes(index, text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Timor-Leste joins", ["TMP"]),
    ("Timor Leste joins", ["TMP"]),
    ("Timor-Korea talks", ["IDN", "KOR"]),  # a hyphen joins only a name's own words
])
def test_a_hyphen_may_join_the_words_of_a_name(
        index: ActorIndex, text: str, found: list[str]) -> None:
    assert codes(index, text) == found


def test_a_named_stem_is_not_a_longer_name(index: ActorIndex) -> None:
    # "+SAURON", Sauron the Great's: not Ahmed Sauroni, but his possessive or plural
    assert codes(index, "Sauron spoke") == ["MORGOV"]
    assert codes(index, "the Saurons") == ["MORGOV"]
    assert codes(index, "Ahmed Sauroni spoke") == []
    # a country's stem is its adjective too
    assert codes(index, "Argentine officials") == ["ARG"]


def test_a_country_named_before_another_countrys_state_body_owns_it(tmp_path: Path) -> None:
    folder = tiny_dicts_with(tmp_path, {"Tiny.actors.txt": "GONDOR_ [GON]\nMORDOR_ [MOR]\n"
                                                           "FOREIGN_OFFICE_ [MORGOV]\n"
                                                           "SAURON_ [MORGOV 20100101-20301231]\n"})
    index = ActorIndex(load_dictionaries(folder))
    day = dt.date(2020, 1, 1)

    def actor(text: str) -> str | None:
        found = combine(index.find(words_of(text)), day)
        return found.code if found else None

    # "the Gondor Foreign Office": Gondor's, though the dictionary knows Mordor's by the name
    assert actor("the Gondor Foreign Office") == "GONGOV"
    assert actor("Gondor 's Foreign Office") == "GONGOV"
    assert actor("the Mordor Foreign Office") == "MORGOV"
    assert actor("the Foreign Office") == "MORGOV"
    # ... but a person stays whoever the name is
    assert actor("the Gondor Sauron") == "MORGOV"
