from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding.dictionaries import AgentEntry, Phrase
from detente.coding.dictionaries.agents import read_agents
from detente.errors import DictionaryError

Write = Callable[[str, str], Path]


def entries(write: Write, text: str) -> tuple[AgentEntry, ...]:
    return read_agents(write("test.agents.txt", text)).entries


def words(entry: AgentEntry) -> list[tuple[str, ...]]:
    return [p.words for p in entry.phrases]


def test_an_agent_with_its_generated_plural(write: Write) -> None:
    (entry,) = entries(write, "FOREIGN_MINISTER [~GOVFRM]  # jap 4/14/01\n")
    assert entry == AgentEntry(
        phrases=(Phrase(("FOREIGN", "MINISTER")), Phrase(("FOREIGN", "MINISTERS"))),
        code="GOVFRM",
        prefix=False,
        source="test.agents.txt:1",
    )


@pytest.mark.parametrize(
    ("agent", "plural"),
    [
        ("RANGER", "RANGERS"),
        ("ENVOY", "ENVOYS"),
        ("DEPUTY", "DEPUTIES"),
        ("BOSS", "BOSSES"),
        ("WITCH", "WITCHES"),
        ("HORSEMAN", "HORSEMEN"),
    ],
)
def test_regular_plurals_are_generated(write: Write, agent: str, plural: str) -> None:
    (entry,) = entries(write, f"{agent} [~MIL]\n")
    assert words(entry) == [(agent,), (plural,)]


def test_explicit_plurals_replace_the_generated_ones(write: Write) -> None:
    (entry,) = entries(write, "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n")
    assert words(entry) == [("ATTORNEY", "GENERAL"), ("ATTORNEYS", "GENERAL")]


def test_empty_braces_mean_no_plural(write: Write) -> None:
    (entry,) = entries(write, "CITY_WATCH {} [~COP]\n")
    assert words(entry) == [("CITY", "WATCH")]


def test_tilde_before_is_a_suffix_after_is_a_prefix(write: Write) -> None:
    suffix, prefix = entries(write, "STEWARD [~GOV]\nPEACEKEEPING_TROOPS {} [IGO~]\n")
    assert (suffix.code, suffix.prefix) == ("GOV", False)
    assert (prefix.code, prefix.prefix) == ("IGO", True)


def test_agent_codes_are_upper_cased(write: Write) -> None:
    (entry,) = entries(write, "steward [~gov]\n")
    assert entry.code == "GOV"
    assert words(entry)[0] == ("STEWARD",)


def test_a_macro_is_expanded_where_it_is_concatenated(write: Write) -> None:
    (entry,) = entries(
        write,
        """
        !PERSON! = MAN, MEN, WOMAN , WOMEN
        COUNCIL!PERSON! [~LEG]
        """,
    )
    # the macro lists every form, so no plurals are generated ("COUNCILMENS")
    assert words(entry) == [("COUNCILMAN",), ("COUNCILMEN",), ("COUNCILWOMAN",), ("COUNCILWOMEN",)]
    assert entry.source == "test.agents.txt:2"


def test_a_macro_is_expanded_between_underscores(write: Write) -> None:
    (entry,) = entries(
        write,
        """
        !MINIST! = MINISTER, MINISTERS, MINISTRY
        !MINIST!_OF_WAR [~GOVMIL]
        """,
    )
    assert words(entry) == [
        ("MINISTER", "OF", "WAR"),
        ("MINISTERS", "OF", "WAR"),
        ("MINISTRY", "OF", "WAR"),
    ]


def test_two_macros_in_one_phrase(write: Write) -> None:
    (entry,) = entries(
        write,
        """
        !RANK! = HIGH, CHIEF
        !PERSON! = MAN, MEN
        !RANK!_WATCH!PERSON! [~COP]
        """,
    )
    assert words(entry) == [
        ("HIGH", "WATCHMAN"),
        ("HIGH", "WATCHMEN"),
        ("CHIEF", "WATCHMAN"),
        ("CHIEF", "WATCHMEN"),
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("CONGRESS!PEOPLE! [~LEG]", "undefined !MACRO!"),
        ("ISLAMIC_EXTREMIST", "expected PHRASE [~CODE] or [CODE~]"),
        ("STEWARD [GOV]", "expected PHRASE [~CODE] or [CODE~]"),
        ("STEWARD [~GO]", "expected PHRASE [~CODE] or [CODE~]"),
        ("DEPARTMENT_OF_WAR [~MIL}", "expected PHRASE [~CODE] or [CODE~]"),
        ("STEWARD {STEWARDS [~GOV]", "expected PHRASE [~CODE] or [CODE~]"),
        ("STEWARD [~GOV] [~MIL]", "expected PHRASE [~CODE] or [CODE~]"),
    ],
)
def test_malformed_lines_name_file_line_and_text(write: Write, text: str, reason: str) -> None:
    path = write("test.agents.txt", f"!PERSON! = MAN, MEN\nRANGER [~MIL]\n{text}\n")
    with pytest.raises(DictionaryError) as info:
        read_agents(path)
    assert str(info.value) == f"{path}:3: {reason}: {text!r}"
