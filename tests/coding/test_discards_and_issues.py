"""Discards (sentence and story) and issue topic tags, on hand-built parses and tiny
dictionaries (no spaCy model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding.coder import Coder
from detente.coding.dictionaries import Phrase, load_dictionaries
from detente.coding.phrases import PhraseIndex
from detente.model import Article
from parses import parsed
from tiny import tiny_dicts_with

DISCARDS = "BASEBALL\n+WORLD GOLF CHAMPIONSHIPS   # a whole story\n"
ISSUES = """<ISSUE CATEGORY="WATER" TYPE="ALL">
n:dam [DAMS]
water rights [WATER_RIGHTS]
~dam good   # an expression, not a dam
"""
ATTACK = "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Mordor/PROPN/dobj/1"


@pytest.fixture(scope="module")
def coder(tiny_dicts: Path, tmp_path_factory: pytest.TempPathFactory) -> Coder:
    folder = tiny_dicts_with(tmp_path_factory.mktemp("dicts"), {
        "Tiny.discards.txt": DISCARDS, "Tiny.IssueCoding.txt": ISSUES})
    return Coder(load_dictionaries(folder))


def coded(coder: Coder, spec: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = parsed(spec)
    events = coder.code_doc(doc, Article("t", doc.text, date=dt.date(2024, 1, 15)))
    return [(e.cameo, e.issues) for e in events]


def test_phrases_are_found_whole_and_in_order() -> None:
    index = PhraseIndex([(Phrase(("BIRD", "FLU")), "HEALTH"), (Phrase(("FLU",)), "FLU")])
    assert index.found(["THE", "BIRD", "FLU", "AND", "FLU"]) == [
        (1, 3, "HEALTH"), (2, 3, "FLU"), (4, 5, "FLU")]
    assert not index.any_in(["BIRD", "FLUE"])


def test_a_sentence_discard_drops_only_its_sentence(coder: Coder) -> None:
    spec = (f"{ATTACK} over/ADP/prep/1 baseball/NOUN/pobj/3 ./PUNCT/punct/1 "
            "Gondor/PROPN/nsubj/7 attacked/VERB/ROOT/7/attack Mordor/PROPN/dobj/7 "
            "./PUNCT/punct/7")
    doc = parsed(spec)  # two roots: two sentences
    events = coder.code_doc(doc, Article("t", doc.text, date=dt.date(2024, 1, 15)))
    assert [e.sentence_index for e in events] == [1]


def test_a_story_discard_drops_the_whole_story(coder: Coder) -> None:
    spec = (f"{ATTACK} at/ADP/prep/1 World/PROPN/compound/6 Golf/PROPN/compound/6 "
            "Championships/PROPN/pobj/3 ./PUNCT/punct/1")
    assert coded(coder, spec) == []
    assert coded(coder, f"{ATTACK} ./PUNCT/punct/1") == [("190", ())]


def test_events_carry_the_issues_of_their_sentence(coder: Coder) -> None:
    spec = (f"{ATTACK} over/ADP/prep/1 water/NOUN/compound/5 rights/NOUN/pobj/3 "
            "and/CCONJ/cc/5 dams/NOUN/conj/5 ./PUNCT/punct/1")
    assert coded(coder, spec) == [("190", ("WATER_RIGHTS", "DAMS"))]


def test_a_blocked_phrase_hides_the_issue_inside_it(coder: Coder) -> None:
    spec = f"{ATTACK} dam/ADV/advmod/4 good/ADV/advmod/1 ./PUNCT/punct/1"
    assert coded(coder, spec) == [("190", ())]
