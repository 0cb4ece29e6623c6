"""Reported events recoded by their reporting verb (the verb dictionary's
transformations), on hand-built parses and tiny dictionaries (no spaCy model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding.coder import Coder
from detente.coding.dictionaries import load_dictionaries
from detente.model import Article
from detente.settings import Settings
from parses import parsed
from tiny import tiny_dicts_with

RULES = """
--- SAY [010] ---
SAY {SAYS SAID SAYING}

--- DEMAND [100] ---
WANT

~ a (a b WILL_ATTACK) SAY = a b 138
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (a b Q) SAY = a b Q
~ a (_ b ATTACK) WANT = a b 138
"""
FUTURE_ATTACK = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4/it/PRP "
                 "will/AUX/aux/4/will/MD attack/VERB/ccomp/1/attack/VB Mordor/PROPN/dobj/4 "
                 "./PUNCT/punct/1")


@pytest.fixture(scope="module")
def coder(tiny_dicts: Path, tmp_path_factory: pytest.TempPathFactory) -> Coder:
    folder = tiny_dicts_with(tmp_path_factory.mktemp("dicts"), {"Tiny.verbs.txt": RULES})
    return Coder(load_dictionaries(folder))


def coded(coder: Coder, spec: str) -> list[tuple[str, str | None, str, str]]:
    doc = parsed(spec)
    events = coder.code_doc(doc, Article("t", doc.text, date=dt.date(2024, 1, 15)))
    return [(e.source.code if e.source else "", e.target.code if e.target else None,
             e.cameo, e.status) for e in events]


def test_saying_it_will_attack_is_a_threat(coder: Coder) -> None:
    assert coded(coder, FUTURE_ATTACK) == [("GON", "MOR", "138", "asserted")]


def test_saying_it_attacked_is_claiming_responsibility(coder: Coder) -> None:
    spec = FUTURE_ATTACK.replace("will/AUX/aux/4/will/MD", "has/AUX/aux/4/have/VBZ").replace(
        "attack/VERB/ccomp/1/attack/VB", "attacked/VERB/ccomp/1/attack/VBN")
    assert coded(coder, spec) == [("GON", "MOR", "015", "asserted")]


def test_saying_another_attacked_is_an_accusation_even_without_a_target(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say Mordor/PROPN/nsubj/3 "
            "attacked/VERB/ccomp/1/attack/VBD ./PUNCT/punct/1")
    assert coded(coder, spec) == [("GON", "MOR", "112", "asserted")]


def test_wanting_another_to_attack_is_a_threat(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 wants/VERB/ROOT/1/want Arnor/PROPN/nsubj/4 "
            "to/PART/aux/4/to/TO attack/VERB/ccomp/1/attack/VB Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    # and a demand made of Arnor, whom the wanted attack is up to
    assert coded(coder, spec) == [("GON", "ARN", "100", "asserted"),
                                  ("GON", "MOR", "138", "asserted")]


def test_a_report_of_another_event_is_that_event(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4/it/PRP "
            "will/AUX/aux/4/will/MD visit/VERB/ccomp/1/visit/VB Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    assert coded(coder, spec) == [("GON", "MOR", "042", "future")]


def test_without_the_rules_the_reported_attack_stands(tiny_dicts: Path) -> None:
    plain = Coder(load_dictionaries(tiny_dicts))
    assert coded(plain, FUTURE_ATTACK) == [("GON", "MOR", "190", "future")]


def test_reporting_ones_own_side_is_no_accusation(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say Gondorian/ADJ/amod/3 "
            "soldiers/NOUN/nsubj/4/soldier attacked/VERB/ccomp/1/attack/VBD "
            "Mordor/PROPN/dobj/4 ./PUNCT/punct/1")
    assert coded(coder, spec) == [("GONMIL", "MOR", "190", "asserted")]


def test_on_news_the_reported_event_stands_beside_its_recoding(
        tiny_dicts: Path, tmp_path: Path) -> None:
    # "Gondor said Arnor attacked Mordor": the accusation, and the attack it reports
    folder = tiny_dicts_with(tmp_path, {"Tiny.verbs.txt": RULES})
    news = Coder(load_dictionaries(folder), Settings(noun_events=True))
    spec = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say Arnor/PROPN/nsubj/3 "
            "attacked/VERB/ccomp/1/attack/VBD Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert coded(news, spec) == [("GON", "ARN", "112", "asserted"),
                                 ("ARN", "MOR", "190", "asserted")]
    assert coded(news, FUTURE_ATTACK) == [("GON", "MOR", "138", "asserted"),
                                          ("GON", "MOR", "190", "future")]


def test_a_report_after_what_it_reports_names_who_told_the_news(coder: Coder) -> None:
    # "Arnor attacked Mordor, Gondor said": Gondor is the news's source, not an accuser
    spec = ("Arnor/PROPN/nsubj/1 attacked/VERB/ccomp/5/attack/VBD Mordor/PROPN/dobj/1 "
            ",/PUNCT/punct/5 Gondor/PROPN/nsubj/5 said/VERB/ROOT/5/say ./PUNCT/punct/5")
    assert coded(coder, spec) == [("ARN", "MOR", "190", "asserted")]
