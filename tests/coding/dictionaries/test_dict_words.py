from __future__ import annotations

import pytest

from detente.coding.dictionaries.words import norm_word, phrase_words, plurals


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Erdoğan", "ERDOGAN"),
        ("Barad-dûr", "BARAD-DUR"),
        ("Minas Tirith", "MINAS TIRITH"),
        ("Gondor’s", "GONDOR'S"),
    ],
)
def test_norm_word_upper_cases_and_drops_accents(word: str, expected: str) -> None:
    assert norm_word(word) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("MINAS_TIRITH_", ("MINAS", "TIRITH")),
        ("MINAS TIRITH", ("MINAS", "TIRITH")),
        ("BAN_KI-MOON", ("BAN", "KI", "-", "MOON")),
        ("CHILDREN'S_FUND", ("CHILDREN", "'S", "FUND")),
        ("GONDOR’S_ARMY", ("GONDOR", "'S", "ARMY")),
        ("WORKERS'_PARTY_", ("WORKERS", "'", "PARTY")),
        ("O'BRIEN", ("O'BRIEN",)),
        ("Erdoğan_", ("ERDOGAN",)),
        ("20-MEMBER_COUNCIL", ("20", "-", "MEMBER", "COUNCIL")),
        ("V._PUTIN", ("V.", "PUTIN")),
    ],
)
def test_phrase_words_split_like_spacy(phrase: str, expected: tuple[str, ...]) -> None:
    assert phrase_words(phrase) == expected


@pytest.mark.parametrize("phrase", ["G-20", "MIG-29", "F-16"])
def test_a_hyphen_between_a_letter_and_a_digit_stays_in_the_word(phrase: str) -> None:
    # spaCy keeps "G-20" as one token, so the dictionary word must stay whole to meet it
    assert phrase_words(phrase) == (phrase,)


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("ENVOY", "ENVOYS"),
        ("DEPUTY", "DEPUTIES"),
        ("BOSS", "BOSSES"),
        ("TAX", "TAXES"),
        ("WITCH", "WITCHES"),
        ("MARSH", "MARSHES"),
        ("CHAIRMAN", "CHAIRMEN"),
        ("RANGER", "RANGERS"),
    ],
)
def test_regular_plurals(noun: str, plural: str) -> None:
    assert plurals(noun) == (plural,)
