"""Headline-style sentences read again with their verb in the past. Hand-built parses
stand in for both readings, except in the test marked ``model``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from spacy.tokens import Doc

from detente.nlp.headlines import mend_headlines
from detente.pipeline import code_text
from parses import parsed

PAST = {"SUMMONS": "SUMMONED", "ARREST": "ARRESTED"}

# "Portugal summons the ambassador." read as one noun phrase
MISREAD = ("Portugal/PROPN/compound/1 summons/NOUN/ROOT/1 the/DET/det/3 "
           "ambassador/NOUN/dobj/1 ./PUNCT/punct/1")
SUMMONED = ("Portugal/PROPN/nsubj/1 summoned/VERB/ROOT/1/summon/VBD the/DET/det/3 "
            "ambassador/NOUN/dobj/1 ./PUNCT/punct/1")


class Reader:
    """Stands in for the model: gives the one parse it holds, and notes what it read."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.read: list[str] = []

    def __call__(self, text: str, disable: Any = ()) -> Doc:
        self.read.append(text)
        return parsed(self.spec)


def test_a_verbless_headline_takes_the_reading_of_its_verb_in_the_past() -> None:
    doc = parsed(MISREAD)
    reader = Reader(SUMMONED)
    mend_headlines(doc, reader, PAST)  # type: ignore[arg-type]
    assert reader.read == ["Portugal summoned the ambassador."]
    assert [(t.text, t.pos_, t.dep_, t.head.i) for t in doc] == [
        ("Portugal", "PROPN", "nsubj", 1), ("summons", "VERB", "ROOT", 1),
        ("the", "DET", "det", 3), ("ambassador", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)]
    # the words are the text's own; the verb keeps the present it was told in
    assert (doc[1].lemma_, doc[1].tag_) == ("summon", "VBZ")


def test_only_the_verbless_sentence_is_read_again() -> None:
    doc = parsed("Riots/NOUN/nsubj/1 spread/VERB/ROOT/1/spread/VBD ./PUNCT/punct/1 "
                 "Portugal/PROPN/compound/4 summons/NOUN/ROOT/4 the/DET/det/6 "
                 "ambassador/NOUN/dobj/4 ./PUNCT/punct/4")
    reader = Reader(SUMMONED)
    mend_headlines(doc, reader, PAST)  # type: ignore[arg-type]
    assert reader.read == ["Portugal summoned the ambassador."]
    assert [s.text for s in doc.sents] == ["Riots spread.", "Portugal summons the ambassador."]
    assert [(t.dep_, t.head.i) for t in doc[:3]] == [("nsubj", 1), ("ROOT", 1), ("punct", 1)]
    assert (doc[3].dep_, doc[3].head.i, doc[4].pos_) == ("nsubj", 4, "VERB")


def test_a_second_reading_that_finds_no_subject_changes_nothing() -> None:
    doc = parsed(MISREAD)
    reader = Reader("Portugal/PROPN/compound/1 summoned/NOUN/ROOT/1 the/DET/det/3 "
                    "ambassador/NOUN/dobj/1 ./PUNCT/punct/1")
    mend_headlines(doc, reader, PAST)  # type: ignore[arg-type]
    assert reader.read
    assert [(t.pos_, t.dep_) for t in doc[:2]] == [("PROPN", "compound"), ("NOUN", "ROOT")]


@pytest.mark.parametrize("spec", [
    # a sentence with its verb and subject is read once
    "Portugal/PROPN/nsubj/1 summons/VERB/ROOT/1/summon/VBZ the/DET/det/3 "
    "ambassador/NOUN/dobj/1 ./PUNCT/punct/1",
    # a word that opens the sentence has no subject before it
    "Arrest/NOUN/ROOT/0 of/ADP/prep/0 the/DET/det/3 ambassador/NOUN/pobj/1 ./PUNCT/punct/0",
    # a capitalised word is a name's ("the Summons Office")
    "Portugal/PROPN/compound/1 Summons/PROPN/compound/2 Office/PROPN/ROOT/2 "
    "opens/NOUN/appos/2 ./PUNCT/punct/2",
])
def test_what_is_not_read_again(spec: str) -> None:
    reader = Reader(SUMMONED)
    mend_headlines(parsed(spec), reader, PAST)  # type: ignore[arg-type]
    assert reader.read == []


@pytest.mark.model
def test_a_headline_in_the_present_is_coded() -> None:
    found = code_text("Portugal summons the Guinea-Bissauan ambassador over the move.",
                      date=dt.date(2025, 8, 15))
    assert {(e.source.code if e.source else None, e.cameo) for e in found} >= {("PRT", "040")}
