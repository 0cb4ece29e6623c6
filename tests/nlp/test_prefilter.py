from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from detente.coding.dictionaries import VerbDictionary, VerbForm, load_dictionaries
from detente.nlp.prefilter import (
    Need,
    Prefilter,
    Vocab,
    WordSet,
    candidate_spans,
    split_sentences,
    words_of,
)


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


# -- the cheap sentence splitter ---------------------------------------------------------


def test_sentences_end_at_stops_before_a_capital() -> None:
    text = "Gondor attacked Mordor. Rain fell! Did it? yes, it did. \"We won,\" he said. Next"
    assert sentences(text) == [
        "Gondor attacked Mordor.",
        "Rain fell!",
        "Did it? yes, it did.",
        '"We won," he said.',
        "Next",
    ]


def test_spans_are_offsets_into_the_text_without_surrounding_blanks() -> None:
    text = "  Gondor attacked Mordor.   Rain fell.  \n"
    assert split_sentences(text) == [(2, 25), (28, 38)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. President met Mr. Smith.",
        "Talks began on Jan. 5 with Gen. Ortega in St. Vel.",
        "Envoy J. R. Tolkien of the U.N. Security Council spoke.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_a_line_break_ends_a_sentence_unless_the_next_line_goes_on_in_lower_case() -> None:
    text = "Gondor attacked Mordor\nArnor protested the attack in\nthe capital.\n\nlower after"
    assert sentences(text) == [
        "Gondor attacked Mordor",
        "Arnor protested the attack in\nthe capital.",
        "lower after",
    ]


def test_no_sentences_in_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n") == []


# -- words and phrases -----------------------------------------------------------------------


def test_words_are_upper_case_letter_and_digit_pieces_without_accents() -> None:
    assert words_of("Erdoğan's U.S.-backed G-20 plan") == [
        "ERDOGAN", "S", "U", "S", "BACKED", "G", "20", "PLAN"
    ]


def test_a_need_holds_every_piece_and_an_open_phrase_a_stem() -> None:
    assert Need.of(("MINAS", "TIRITH")) == Need(frozenset({"MINAS", "TIRITH"}))
    assert Need.of(("S.", "KOREA"), open_end=True) == Need(frozenset({"S"}), "KOREA")
    assert Need.of(("S.AFRIC",), open_end=True) == Need(frozenset({"S"}), "AFRIC")
    assert Need.of(("ARGENTIN",), open_end=True) == Need(frozenset(), "ARGENTIN")


def found(words: WordSet, text: str, at_least: int = 1) -> bool:
    return words.found_in(Counter(words_of(text)), at_least)


def test_a_phrase_is_found_only_with_all_its_words() -> None:
    actors = WordSet.of([("MINAS", "TIRITH"), ("GONDOR",)])
    assert found(actors, "Envoys reached Minas Tirith.")
    assert not found(actors, "Envoys reached Minas Morgul.")
    assert found(actors, "Tirith, not Minas, is what Gondor calls it.")  # order is not checked


def test_one_word_stems_match_longer_words() -> None:
    actors = WordSet.of([], stems=["ARGENTIN"])
    assert found(actors, "Argentine officials said so.")
    assert not found(actors, "Argent is a colour.")


def test_mentions_are_counted_by_their_key_pieces() -> None:
    actors = WordSet.of([("U.S.",), ("U.S.A.",), ("GONDOR",)])
    assert not found(actors, "A U.S. envoy visited.", at_least=2)  # one place, two phrases
    assert found(actors, "The U.S. envoy met the U.S. consul.", at_least=2)
    assert found(actors, "The U.S. envoy went to Gondor.", at_least=2)
    assert len(actors) == 3


# -- the sentence check ----------------------------------------------------------------------


@pytest.fixture
def vocab() -> Vocab:
    actors = WordSet.of([("GONDOR",), ("MORDOR",)])
    return Vocab(actors, WordSet.of([("ATTACKED",), ("CORDONED", "OFF")]), min_actors=2)


def test_a_sentence_needs_a_verb_form_and_enough_actors(vocab: Vocab) -> None:
    assert vocab.keeps("Gondor attacked Mordor.")
    assert vocab.keeps("Gondor cordoned off Mordor.")
    assert not vocab.keeps("Gondor cordoned Mordor.")  # a form's every word is needed
    assert not vocab.keeps("Gondor attacked the rebels.")  # one actor: no target
    assert not vocab.keeps("Gondor and Mordor signed.")  # no verb form


def test_candidate_spans_keep_the_sentences_that_pass(vocab: Vocab) -> None:
    text = "Gondor attacked Mordor. Rain fell.\nMordor attacked Gondor"
    assert candidate_spans(text, vocab) == [(0, 23), (35, 57)]


def test_the_prefilter_reads_the_coders_dictionaries(tiny_dicts: Path) -> None:
    prefilter = Prefilter(load_dictionaries(tiny_dicts), min_actors=2)
    assert prefilter.keeps("Gondorian soldiers struck Minas Tirith.")
    assert prefilter.keeps("The king met President Elendil of Arnor.")
    assert not prefilter.keeps("The army of Mordor met the army.")  # agents name no actor
    assert not prefilter.keeps("Gondor and Arnor held elections.")
    assert Prefilter(load_dictionaries(tiny_dicts), min_actors=1).keeps("Gondor met them.")


def test_event_words_stand_in_for_verbs(tiny_dicts: Path) -> None:
    dictionaries = load_dictionaries(tiny_dicts)
    text = "Gondor imposed sanctions on Mordor."
    assert not Prefilter(dictionaries, min_actors=2).keeps(text)
    assert Prefilter(dictionaries, min_actors=2, event_words=["SANCTIONS"]).keeps(text)


def test_be_have_and_do_never_pass_as_verbs(tiny_dicts: Path) -> None:
    forms = (VerbForm(("WAS",), 0, 0, None, False), VerbForm(("HAS",), 0, 0, None, False))
    dictionaries = replace(load_dictionaries(tiny_dicts), verbs=VerbDictionary(forms=forms))
    assert not Prefilter(dictionaries).keeps("Gondor was at war and Mordor has won.")


def test_generated_forms_also_match_with_a_doubled_consonant(tiny_dicts: Path) -> None:
    forms = (VerbForm(("REFERED",), 0, 0, None, False), VerbForm(("REFERING",), 0, 0, None, False))
    dictionaries = replace(load_dictionaries(tiny_dicts), verbs=VerbDictionary(forms=forms))
    prefilter = Prefilter(dictionaries, min_actors=2)
    assert prefilter.keeps("Gondor referred Arnor to the court.")
    assert prefilter.keeps("Gondor is referring Arnor to the court.")
