from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding.dictionaries import IssueDictionary, IssueEntry, Phrase
from detente.coding.dictionaries.issues import read_issues
from detente.errors import DictionaryError

Write = Callable[[str, str], Path]


def issues(write: Write, text: str) -> IssueDictionary:
    return read_issues(write("test.IssueCoding.txt", text))


def words(entry: IssueEntry) -> list[tuple[str, ...]]:
    return [p.words for p in entry.phrases]


def test_an_issue_phrase_and_its_code(write: Write) -> None:
    (entry,) = issues(
        write,
        """
        <ISSUE CATEGORY="LORE" TYPE="ALL">
        palantir network [SEEING_STONES]  # pas
        </ISSUE>
        """,
    ).entries
    assert entry == IssueEntry((Phrase(("PALANTIR", "NETWORK")),), "SEEING_STONES", "LORE")


def test_n_prefix_adds_the_plural(write: Write) -> None:
    teacher, degree = issues(
        write,
        """
        <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
        n:teacher [TEACHERS]
        n:loremaster n:degree [POSTSECONDARY_EDUCATION]
        """,
    ).entries
    assert words(teacher) == [("TEACHER",), ("TEACHERS",)]
    assert words(degree) == [
        ("LOREMASTER", "DEGREE"),
        ("LOREMASTER", "DEGREES"),
        ("LOREMASTERS", "DEGREE"),
        ("LOREMASTERS", "DEGREES"),
    ]


def test_plus_joins_words_with_a_space_or_a_hyphen(write: Write) -> None:
    (entry,) = issues(
        write,
        """
        <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
        early+childhood education [EARLY_CHILDHOOD_EDUCATION]
        """,
    ).entries
    assert words(entry) == [
        ("EARLY", "CHILDHOOD", "EDUCATION"),
        ("EARLY", "-", "CHILDHOOD", "EDUCATION"),
    ]


def test_a_prefix_after_plus_inflects_the_joined_word(write: Write) -> None:
    attack, power = issues(
        write,
        """
        <ISSUE CATEGORY="SECURITY" TYPE="ALL">
        orc+n:raid [ORC_RAIDS]
        wind+v:power [RENEWABLE_ENERGY]
        """,
    ).entries
    assert words(attack) == [
        ("ORC", "RAID"),
        ("ORC", "RAIDS"),
        ("ORC", "-", "RAID"),
        ("ORC", "-", "RAIDS"),
    ]
    assert ("WIND", "-", "POWERED") in words(power)
    assert ("WIND", "POWERING") in words(power)


def test_tilde_lines_block_phrases(write: Write) -> None:
    dictionary = issues(
        write,
        """
        <ISSUE CATEGORY="ENERGY" TYPE="ALL">
        n:oil [OIL]
        ~whale oil
        ~~old entish oil   # "~~": the story, for PETRARCH; a sentence here too
        """,
    )
    assert dictionary.blocked == (
        Phrase(("WHALE", "OIL")),
        Phrase(("OLD", "ENTISH", "OIL")),
    )
    assert len(dictionary.entries) == 1


def test_a_phrase_without_a_code_takes_its_category(write: Write) -> None:
    first, second = issues(
        write,
        """
        <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
        university of arnor
        </ISSUE>
        <ISSUE CATEGORY="TRADE" TYPE="ALL">
        gondor trade council
        """,
    ).entries
    assert (first.code, first.category) == ("EDUCATION", "EDUCATION")
    assert (second.code, second.category) == ("TRADE", "TRADE")


@pytest.mark.parametrize(
    "text",
    [
        "mordor orcs [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]",
        "mordor orcs [NAMED_TERROR_GROUP]mordor orc [NAMED_TERROR_GROUP]",
        "mordor orcs [NAMED_TERROR_GROUP",
        "mordor orcs [NAMED TERROR GROUP]",
    ],
)
def test_malformed_lines_name_file_line_and_text(write: Write, text: str) -> None:
    path = write("test.IssueCoding.txt", f'<ISSUE CATEGORY="TERROR" TYPE="ALL">\n{text}\n')
    with pytest.raises(DictionaryError) as info:
        read_issues(path)
    assert str(info.value) == f"{path}:2: expected PHRASE [ISSUE_CODE]: {text!r}"


def test_a_phrase_without_code_or_category_is_an_error(write: Write) -> None:
    path = write("test.IssueCoding.txt", "# no category yet\nuniversity of arnor\n")
    with pytest.raises(DictionaryError) as info:
        read_issues(path)
    assert str(info.value) == f"{path}:2: expected PHRASE [ISSUE_CODE]: 'university of arnor'"
