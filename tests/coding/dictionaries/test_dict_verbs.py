from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding.dictionaries import Pattern, Phrase, Term, VerbBlock, VerbDictionary, VerbForm
from detente.coding.dictionaries.verbs import (
    Transformation,
    past_tenses,
    read_verbs,
    regular_forms,
)
from detente.errors import DictionaryError

Write = Callable[[str, str], Path]


def verbs(write: Write, text: str) -> VerbDictionary:
    return read_verbs(write("test.verbs.txt", text))


def spellings(dictionary: VerbDictionary) -> list[tuple[str, ...]]:
    return [f.words for f in dictionary.forms]


def only_pattern(write: Write, line: str) -> Pattern:
    dictionary = verbs(write, f"--- VISIT [042] ---\nVISIT\n{line}\n")
    (pattern,) = dictionary.blocks[0].patterns
    return pattern


W = Term  # Term("word", ...) reads better as W("word", ...) in the long tables below


def test_synsets_are_named_phrase_lists(write: Write) -> None:
    dictionary = verbs(
        write,
        """
        &CURRENCY
        +DOLLAR
        +GOLD_COIN
        +SILVER PENNY
        &WEAPON_
        +SWORD
        """,
    )
    assert dict(dictionary.synsets) == {
        "&CURRENCY": (Phrase(("DOLLAR",)), Phrase(("GOLD", "COIN")), Phrase(("SILVER", "PENNY"))),
        # the "_" of the label (no plurals, in PETRARCH) is not part of its name in patterns
        "&WEAPON": (Phrase(("SWORD",)),),
    }


def test_a_synset_defined_inside_a_verb_block(write: Write) -> None:
    dictionary = verbs(
        write,
        """
        --- VISIT [042] ---
        VISIT
        &PLACE
        +CAPITAL_CITY
        - * &PLACE [043]
        +CORDON_OFF
        """,
    )
    assert dictionary.synsets["&PLACE"] == (Phrase(("CAPITAL", "CITY")),)
    (block,) = dictionary.blocks
    assert [p.code for p in block.patterns] == ["043"]
    # after another line, "+" starts a verb again, not a synset member
    assert ("CORDON", "OFF") in spellings(dictionary)


@pytest.mark.parametrize(
    ("header", "name", "code", "reciprocal"),
    [
        ("--- VISIT  [042] ---", "VISIT", "042", None),
        ("--- MEET  [042:043] ---", "MEET", "042", "043"),
        ("---  ACCELERATE   [---]  ---", "ACCELERATE", None, None),
        ("--- PARLEY [040]", "PARLEY", "040", None),
    ],
)
def test_block_headers(
    write: Write, header: str, name: str, code: str | None, reciprocal: str | None
) -> None:
    (block,) = verbs(write, f"{header}\nVISIT\n").blocks
    assert block == VerbBlock(name, code, reciprocal, ())


def test_verbs_take_their_blocks_code_and_index(write: Write) -> None:
    dictionary = verbs(write, "--- VISIT [042] ---\nVISIT\n--- THREATEN [130] ---\nTHREATEN\n")
    assert dictionary.forms[0] == VerbForm(("VISIT",), 0, 0, "042", False, verb="VISIT")
    assert {(f.block, f.code) for f in dictionary.forms[4:]} == {(1, "130")}


@pytest.mark.parametrize(
    ("stem", "forms"),
    [
        ("VISIT", ("VISIT", "VISITS", "VISITED", "VISITING")),
        ("MOVE", ("MOVE", "MOVES", "MOVED", "MOVING")),
        ("AGREE", ("AGREE", "AGREES", "AGREED", "AGREEING")),
        ("CARRY", ("CARRY", "CARRIES", "CARRIED", "CARRYING")),
        ("PLAY", ("PLAY", "PLAYS", "PLAYED", "PLAYING")),
        ("TAX", ("TAX", "TAXES", "TAXED", "TAXING")),
        ("WATCH", ("WATCH", "WATCHES", "WATCHED", "WATCHING")),
    ],
)
def test_regular_forms(write: Write, stem: str, forms: tuple[str, ...]) -> None:
    assert regular_forms(stem) == forms
    assert spellings(verbs(write, f"--- X [010] ---\n{stem}\n")) == [(f,) for f in forms]


def test_irregular_forms_are_all_listed(write: Write) -> None:
    dictionary = verbs(write, "--- FLEE [020] ---\nSPEED {SPEEDING SPEEDS SPED }\n")
    assert spellings(dictionary) == [("SPEED",), ("SPEEDING",), ("SPEEDS",), ("SPED",)]


def test_each_one_word_verbs_present_forms_know_its_past(write: Write) -> None:
    dictionary = verbs(write, "--- MEET [040] ---\nMEET {MEETS MET MEETING}\nSUMMON\n"
                              "PUT {PUTS PUTTING}\nCARRY\n+CORDON_OFF [171]\n")
    assert past_tenses(dictionary) == {
        "MEET": "MET", "MEETS": "MET", "SUMMON": "SUMMONED", "SUMMONS": "SUMMONED",
        "PUT": "PUT", "PUTS": "PUT", "CARRY": "CARRIED", "CARRIES": "CARRIED"}


def test_a_verb_specific_code_overrides_the_blocks(write: Write) -> None:
    dictionary = verbs(
        write,
        """
        --- VISIT [042] ---
        TOUR [041]
        LINGER {LINGERS} [---]
        """,
    )
    tour, *_, linger, lingers = dictionary.forms
    assert (tour.code, tour.has_own_code) == ("041", True)
    assert (linger.words, linger.code, linger.has_own_code) == (("LINGER",), None, True)
    assert lingers.code is None


def test_a_verb_specific_code_may_carry_its_reciprocal(write: Write) -> None:
    dictionary = verbs(write, "--- LEFT [042:043] ---\nLEFT [042:043]\nSTAY [044]\n")
    left, *_, stay = dictionary.forms
    assert (left.code, left.reciprocal) == ("042", "043")
    assert (stay.code, stay.reciprocal) == ("044", None)


def test_compound_verbs_mark_the_word_the_parser_calls_the_verb(write: Write) -> None:
    dictionary = verbs(
        write,
        """
        --- BLOCKADE [191] ---
        +CORDON_OFF
        WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}
        LASH OUT
        """,
    )
    forms = [(f.words, f.verb_index) for f in dictionary.forms]
    assert forms == [
        (("CORDON", "OFF"), 0),
        (("CORDONS", "OFF"), 0),
        (("CORDONED", "OFF"), 0),
        (("CORDONING", "OFF"), 0),
        (("WIRE", "TAP"), 1),
        (("WIRE", "TAPS"), 1),
        (("WIRE", "TAPPED"), 1),
        (("WIRE", "TAPPING"), 1),
        (("LASH", "OUT"), 0),
        (("LASHES", "OUT"), 0),
        (("LASHED", "OUT"), 0),
        (("LASHING", "OUT"), 0),
    ]


def test_generated_forms_of_a_compound_inflect_the_marked_word(write: Write) -> None:
    dictionary = verbs(write, "--- RETREAT [---] ---\nPULL_+BACK\n")
    assert [(f.words, f.verb_index) for f in dictionary.forms] == [
        (("PULL", "BACK"), 1),
        (("PULL", "BACKS"), 1),
        (("PULL", "BACKED"), 1),
        (("PULL", "BACKING"), 1),
    ]
    assert {f.code for f in dictionary.forms} == {None}


@pytest.mark.parametrize(
    ("line", "before", "after", "size"),
    [
        ("- * (TO BORDER)  [154]", (), (W("word", "TO"), W("word", "BORDER")), 2),
        # the head of a braced noun phrase must follow its modifier
        ("- GONDOR * {NEW ALLIANCE} [043]", (W("word", "GONDOR"),),
         (W("word", "NEW"), W("word", "ALLIANCE", close=True)), 3),
        ("- {DEATH TOLL} * [190]", (W("word", "DEATH"), W("word", "TOLL", close=True)), (), 2),
        # a preposition alone in parentheses is no infinitive's "to"
        ("- (TO) * [073]", (W("word", "TO", preposition=True),), (), 1),
        ("- $ * &CURRENCY + [071]", (W("source"),), (W("synset", "&CURRENCY"), W("target")), 1),
        ("- % * (WITH +) [040]", (W("compound"),), (W("word", "WITH"), W("target")), 1),
        ("- A_B * C_D_E [051]", (W("word", "A"), W("word", "B", True)),
         (W("word", "C"), W("word", "D", True), W("word", "E", True)), 5),
        ("- *_OUT [074]", (), (W("word", "OUT", True),), 1),
        ("- IN_* [075]", (W("word", "IN"),), (), 1),
        ("- SO IN_AND_*_OUT_AGAIN NOW [074]",
         (W("word", "SO"), W("word", "IN"), W("word", "AND", True)),
         (W("word", "OUT", True), W("word", "AGAIN", True), W("word", "NOW")), 6),
        ("* (TO QUESTION) [110]", (), (W("word", "TO"), W("word", "QUESTION")), 2),
        ("- * (AT HEARING) [:173]", (), (W("word", "AT"), W("word", "HEARING")), 2),
        ("- * sword [173]", (), (W("word", "SWORD"),), 1),
        ("- * EID AT ^ WITH + [043]", (),
         (W("word", "EID"), W("word", "AT"), W("skip"), W("word", "WITH"), W("target")), 3),
    ],
)
def test_patterns(
    write: Write, line: str, before: tuple[Term, ...], after: tuple[Term, ...], size: int
) -> None:
    pattern = only_pattern(write, line)
    assert (pattern.before, pattern.after, pattern.size) == (before, after, size)
    assert pattern.source == "test.verbs.txt:3"


@pytest.mark.parametrize(("line", "touches"), [
    ("- RECENTLY_* [025]", True),
    ("- SO IN_AND_*_OUT_AGAIN NOW [074]", True),
    ("- IN_ * [075]", False),  # a trailing underscore alone: the word as written
    ("- RECENTLY * [025]", False),
])
def test_a_word_joined_to_the_star_must_precede_the_verb(
    write: Write, line: str, touches: bool
) -> None:
    assert only_pattern(write, line).touches_verb is touches


@pytest.mark.parametrize(
    ("code", "primary", "reciprocal"),
    [
        ("[154]", "154", None),
        ("[042:043]", "042", "043"),
        ("[---]", None, None),
        ("[:173]", None, "173"),
        ("[0871]", "0871", None),
        ("[###]", "###", None),
    ],
)
def test_pattern_codes(
    write: Write, code: str, primary: str | None, reciprocal: str | None
) -> None:
    pattern = only_pattern(write, f"- * TRUCE {code}")
    assert (pattern.code, pattern.reciprocal) == (primary, reciprocal)


def test_semicolon_and_hash_comments(write: Write) -> None:
    dictionary = verbs(
        write,
        """
        <!-- VERBS OF MIDDLE-EARTH -->
        ####### VERB PATTERNS #######
        --- VOW  [170] ---  # pas
        VOW ;tony  3/9/91
        - * RESIST [112] ; pas 4/20/03
        - * WAR  [173] # tony  4/22/91
        """,
    )
    (block,) = dictionary.blocks
    assert spellings(dictionary)[0] == ("VOW",)
    assert [(p.after, p.code) for p in block.patterns] == [
        ((W("word", "RESIST"),), "112"),
        ((W("word", "WAR"),), "173"),
    ]


def test_transformations(write: Write) -> None:
    dictionary = verbs(
        write,
        """
        --- SAY [010] ---
        SAY {SAID SAYING SAYS}
        ~ a (b . ATTACK) SAY = a b 112
        """,
    )
    assert dictionary.transformations == (
        Transformation("a (b . ATTACK) SAY", "a b 112", "test.verbs.txt:3"),
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("- TO BORDER [154]", "a pattern needs exactly one *"),
        ("- * TO * BORDER [154]", "a pattern needs exactly one *"),
        ("- * (TO BORDER [154]", "unbalanced brackets in pattern"),
        ("- * {NEW ALLIANCE [154]", "unbalanced brackets in pattern"),
        ("- * (TO BORDER)", "expected - PATTERN [CODE] inside a verb block"),
        ("- * DOWN (FROM) [080!]", "bad event code [080!]"),
        ("- * DOWN [1:2:3]", "bad event code [1:2:3]"),
        ("--- RETREAT ---", "expected --- NAME [CODE] ---"),
        ("--- RETREAT [REALLY-BAD] ---", "bad event code [REALLY-BAD]"),
        ("SPEED {SPEEDING SPED", "expected VERB {FORMS} [CODE]"),
        ("~ a (b . ATTACK) SAY", "a transformation needs one ="),
        ("~ a (b ATTACK) SAY = a b 112", "expected ~ a (b c VERB) VERB = a b CODE"),
        ("~ a (b . ATTACK) SAY = a 112", "expected ~ a (b c VERB) VERB = a b CODE"),
    ],
)
def test_malformed_lines_name_file_line_and_text(write: Write, text: str, reason: str) -> None:
    path = write("test.verbs.txt", f"--- VISIT [042] ---\nVISIT\n{text}\n")
    with pytest.raises(DictionaryError) as info:
        read_verbs(path)
    assert str(info.value) == f"{path}:3: {reason}: {text!r}"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("VISIT", "verb outside a --- VERB [CODE] --- block"),
        ("- * (TO BORDER) [154]", "expected - PATTERN [CODE] inside a verb block"),
    ],
)
def test_verbs_and_patterns_need_a_block(write: Write, text: str, reason: str) -> None:
    path = write("test.verbs.txt", f"&CURRENCY\n+DOLLAR\n\n{text}\n")
    with pytest.raises(DictionaryError) as info:
        read_verbs(path)
    assert str(info.value) == f"{path}:4: {reason}: {text!r}"
