from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding.dictionaries import ActorEntry, DatedCode, Phrase
from detente.coding.dictionaries.actors import read_actors
from detente.errors import DictionaryError

Write = Callable[[str, str], Path]


def entries(write: Write, text: str) -> tuple[ActorEntry, ...]:
    return read_actors(write("test.actors.txt", text)).entries


def only(write: Write, text: str) -> ActorEntry:
    (entry,) = entries(write, text)
    return entry


def test_code_on_the_primary_line(write: Write) -> None:
    entry = only(write, "ARNOR_  [ARN]\n")
    assert entry == ActorEntry(
        name="Arnor",
        phrases=(Phrase(("ARNOR",)),),
        codes=(DatedCode("ARN"),),
        source="test.actors.txt:1",
    )


def test_synonyms_join_the_entry_above(write: Write) -> None:
    arnor, gondor = entries(
        write,
        """
        ARNOR_  [ARN]
        +ARNORIAN_
        +NORTH_KINGDOM_
        GONDOR_  [GON]
        +MINAS_TIRITH_
        """,
    )
    assert [p.words for p in arnor.phrases] == [("ARNOR",), ("ARNORIAN",), ("NORTH", "KINGDOM")]
    assert [p.words for p in gondor.phrases] == [("GONDOR",), ("MINAS", "TIRITH")]
    assert gondor.source == "test.actors.txt:4"


def test_codes_on_the_indented_lines_that_follow(write: Write) -> None:
    entry = only(
        write,
        "ARAGORN_\n+STRIDER_\n\t[ARNREB <190101]\n    [GONGOV >190102]\n\t[ARN]\n",
    )
    assert [p.words for p in entry.phrases] == [("ARAGORN",), ("STRIDER",)]
    assert [c.code for c in entry.codes] == ["ARNREB", "GONGOV", "ARN"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("[GONGOV >080508]", DatedCode("GONGOV", dt.date(2008, 5, 8), None)),
        ("[GONGOV 991231-080507]", DatedCode("GONGOV", dt.date(1999, 12, 31), dt.date(2008, 5, 7))),
        ("[GON <950601]", DatedCode("GON", None, dt.date(1995, 6, 1))),
        ("[GON < 950601]", DatedCode("GON", None, dt.date(1995, 6, 1))),
        ("[GON > 700101]", DatedCode("GON", dt.date(1970, 1, 1), None)),
        ("[GON 19950601 - 19990815]", DatedCode("GON", dt.date(1995, 6, 1), dt.date(1999, 8, 15))),
        ("[GONELI >20130119]", DatedCode("GONELI", dt.date(2013, 1, 19), None)),
        ("[GON 19781223-080507]", DatedCode("GON", dt.date(1978, 12, 23), dt.date(2008, 5, 7))),
    ],
)
def test_date_restricted_codes(write: Write, code: str, expected: DatedCode) -> None:
    assert only(write, f"DENETHOR_\n\t{code}\n").codes == (expected,)


@pytest.fixture
def steward(write: Write) -> ActorEntry:
    return only(
        write,
        """
        BOROMIR_  # the steward's son
            [GONREB <950601]
            [GONGOV 991231-080507]
            [GONELI >080508]
            [GON]
        """,
    )


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(1995, 6, 1), "GONREB"),  # last day of "<950601"
        (dt.date(1995, 6, 2), "GON"),  # no period: the default
        (dt.date(1999, 12, 30), "GON"),
        (dt.date(1999, 12, 31), "GONGOV"),  # first day of the tenure
        (dt.date(2008, 5, 7), "GONGOV"),  # its last day
        (dt.date(2008, 5, 8), "GONELI"),  # first day of ">080508"
        (dt.date(2024, 1, 15), "GONELI"),
        (None, "GON"),
    ],
)
def test_code_on_a_day_at_tenure_boundaries(
    steward: ActorEntry, day: dt.date | None, code: str
) -> None:
    assert steward.code_on(day) == code


def test_without_a_default_no_code_applies_outside_the_periods(write: Write) -> None:
    entry = only(write, "ONODOHER_\n\t[ONO <911226]\n")
    assert entry.code_on(dt.date(1991, 12, 26)) == "ONO"
    assert entry.code_on(dt.date(1991, 12, 27)) is None
    assert entry.code_on(None) == "ONO"  # undated text: the only code there is


def test_the_first_listed_period_wins_where_periods_overlap(write: Write) -> None:
    entry = only(
        write,
        """
        SAMWISE_  [HOB]
            [ORCHOB 20100109-20100112]
            [HOBMIL 20080120-20121109]
        """,
    )
    assert entry.code_on(dt.date(2010, 1, 8)) == "HOBMIL"
    assert entry.code_on(dt.date(2010, 1, 12)) == "ORCHOB"
    assert entry.code_on(dt.date(2010, 1, 13)) == "HOBMIL"


def test_lowercase_codes_are_upper_cased(write: Write) -> None:
    entry = only(write, "gondor_ [gon]\n\t[gongov >080508]\n")
    assert entry.codes == (DatedCode("GON"), DatedCode("GONGOV", dt.date(2008, 5, 8)))
    assert entry.phrases == (Phrase(("GONDOR",)),)


def test_null_and_tabari_codes_are_kept(write: Write) -> None:
    dol_amroth, sauron, isildur, shire = entries(
        write,
        """
        PRINCE_OF_DOL_AMROTH_
            [--- <950630]
            [DOL]
        SAURON_  [###]
        ISILDUR_  [+++]
        THE_SHIRE_  [FRO/BIL/SAM]
        """,
    )
    assert dol_amroth.code_on(dt.date(1995, 6, 30)) == "---"
    assert dol_amroth.code_on(dt.date(1995, 7, 1)) == "DOL"
    assert sauron.codes == (DatedCode("###"),)
    assert isildur.codes == (DatedCode("+++"),)
    assert shire.codes == (DatedCode("FRO/BIL/SAM"),)


@pytest.mark.parametrize(
    ("phrase", "words", "open_end"),
    [
        ("ARNOR_", ("ARNOR",), False),
        ("ARGENTIN", ("ARGENTIN",), True),  # a stem: matches ARGENTINA, ARGENTINE...
        ("BREE", ("BREE",), True),  # four letters: long enough for a stem
        ("ROH", ("ROH",), False),  # too short: would match unrelated words
        ("UN", ("UN",), False),
        ("MINAS_TIRITH", ("MINAS", "TIRITH"), True),
        ("MINAS_TIRITH_", ("MINAS", "TIRITH"), False),
        ("ARNOR_ ", ("ARNOR",), False),
    ],
)
def test_trailing_underscore_means_exact_otherwise_a_stem(
    write: Write, phrase: str, words: tuple[str, ...], open_end: bool
) -> None:
    assert only(write, f"{phrase} [ARN]\n").phrases == (Phrase(words, open_end),)


def test_phrases_are_split_and_normalised_like_text(write: Write) -> None:
    ban, fund, erdogan = entries(
        write,
        """
        BAN_KI-MOON_  [IGOUNO]
        CHILDREN'S_FUND_  [NGO]
        RECEP_ERDOĞAN_  [TURGOV]
        """,
    )
    assert ban.phrases[0].words == ("BAN", "KI", "-", "MOON")
    assert fund.phrases[0].words == ("CHILDREN", "'S", "FUND")
    assert erdogan.phrases[0].words == ("RECEP", "ERDOGAN")
    assert erdogan.name == "Recep Erdogan"


def test_comment_blocks_spanning_lines_are_skipped(write: Write) -> None:
    (mordor,) = entries(
        write,
        """
        <!-- DARK LANDS
        SAURON_  [MOR]
        # a hash comment inside the block -->
        <!-- one line -->
        MORDOR_  [MOR]
        <!--
        # -->
        """,
    )
    assert mordor.phrases == (Phrase(("MORDOR",)),)
    assert mordor.source == "test.actors.txt:5"


def test_text_around_a_one_line_comment_is_read(write: Write) -> None:
    arnor, gondor = entries(
        write,
        """
        ARNOR_  [ARN]  <!-- the northern kingdom -->
        <! -- a typo of the PETRARCH validation files, still a comment -->
        GONDOR_ <!-- south --> [GON]
        """,
    )
    assert arnor.codes == (DatedCode("ARN"),)
    assert arnor.phrases == (Phrase(("ARNOR",)),)
    assert gondor.codes == (DatedCode("GON"),)


def test_hash_comments_but_not_hashes_inside_codes(write: Write) -> None:
    arnor, sauron, zimrahin = entries(
        write,
        """
        # the north
        ARNOR_  [ARN]  # pas 12/09/13
        #GONDOR_  [GON]
        SAURON_  [###]  # ### is a code, not a comment
        ZIMRAHIN_
            [ZIM]#jw 9/30/91 ]
        """,
    )
    assert arnor.codes == (DatedCode("ARN"),)
    assert sauron.codes == (DatedCode("###"),)
    assert zimrahin.codes == (DatedCode("ZIM"),)


def test_a_phrase_without_codes_takes_the_next_entrys_codes(write: Write) -> None:
    council, arnor = entries(
        write,
        """
        WHITE_COUNCIL_
        COUNCIL_OF_THE_WISE_  [IGOWIZ]
        +THE_WISE_
        ARNOR_  [ARN]
        """,
    )
    assert council.name == "White Council"
    assert [p.words for p in council.phrases] == [
        ("WHITE", "COUNCIL"),
        ("COUNCIL", "OF", "THE", "WISE"),
        ("THE", "WISE"),
    ]
    assert council.codes == (DatedCode("IGOWIZ"),)
    assert arnor.phrases == (Phrase(("ARNOR",)),)


def test_an_empty_file_has_no_entries(write: Write) -> None:
    assert entries(write, "# nothing here\n\n") == ()


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        ("GONDOR_  [GON >991340]", 2, "bad date '991340' (YYMMDD or YYYYMMDD)"),
        ("\t[GON 9008223-911221]", 2, "bad date '9008223' (YYMMDD or YYYYMMDD)"),
        ("\t[GONGOV 20121204]", 2, "bad date restriction"),
        ("\t[GONGOV >080508 AND LATER]", 2, "bad date restriction"),
        ("GONDOR_  [GO]", 2, "bad actor code"),
        ("GONDOR_  [GON!]", 2, "bad actor code"),
        ("GONDOR_  []", 2, "bad actor code"),
        ("GONDOR_  [GON", 2, "unbalanced brackets"),
        ("GONDOR_  GON]", 2, "unbalanced brackets"),
        ("+MINAS_TIRITH]_", 2, "unbalanced brackets"),
        ("\t[GON", 2, "unbalanced brackets"),
        ("+  [GON]", 2, "empty synonym"),
        ("[GON]", 2, "no phrase"),
    ],
)
def test_malformed_lines_name_file_line_and_text(
    write: Write, text: str, number: int, reason: str
) -> None:
    path = write("test.actors.txt", f"ARNOR_  [ARN]\n{text}\nMORDOR_  [MOR]\n")
    with pytest.raises(DictionaryError) as info:
        read_actors(path)
    assert str(info.value) == f"{path}:{number}: {reason}: {text.strip()!r}"
    assert (info.value.path, info.value.line_number) == (str(path), number)


def test_codes_before_any_phrase_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "test.actors.txt"
    path.write_text("# header\n\t[GON]\nGONDOR_\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        read_actors(path)
    assert str(info.value) == f"{path}:2: codes without a phrase: '[GON]'"
