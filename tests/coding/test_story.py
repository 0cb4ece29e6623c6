"""The country a story is about, for the sides it names by role alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding.actors import ActorIndex
from detente.coding.coder import Coder
from detente.coding.dictionaries import load_dictionaries
from detente.coding.places import load_gazetteer
from detente.coding.story import story_country
from detente.model import Article
from detente.settings import Settings
from parses import parsed
from tiny import tiny_dicts_with

DAY = dt.date(2024, 1, 15)
ACTORS = "KENYA_ [KEN]\n+KENYAN_\nNAIROBI_ [KEN]\nUGANDA_ [UGA]\nRUSSIA_ [RUS]\n+RUSSIAN_\n" \
         "UKRAINE_ [UKR]\n"
AGENTS = "POLICE [~COP]\nPROTESTER [~OPP]\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_dicts_with(tmp_path_factory.mktemp("story"), {
        "Tiny.actors.txt": ACTORS, "Tiny.agents.txt": AGENTS,
        "Tiny.verbs.txt": "--- ARREST [173] ---\nARREST\n"})


@pytest.mark.parametrize(("text", "country"), [
    ("Police fired at protesters in Nairobi. Kenya's opposition called a strike.", "KEN"),
    # a country's adjective says who acts, not where: the places are Ukraine's
    ("A Russian strike on Kyiv, Ukraine, killed 19 people. Russian officials denied it.",
     "UKR"),
    # no country has most of the places
    ("Kenya and Uganda signed a deal.", None),
    ("Police arrested protesters.", None),
])
def test_the_story_is_of_the_country_most_of_its_places_are_in(
        folder: Path, text: str, country: str | None) -> None:
    actors = ActorIndex(load_dictionaries(folder))
    assert story_country(text, actors, load_gazetteer(), DAY) == country


def test_police_and_protesters_a_story_names_by_role_are_its_countrys(folder: Path) -> None:
    # "Police arrested protesters. Nairobi mourned." (the second sentence names the place)
    doc = parsed("Police/NOUN/nsubj/1/police arrested/VERB/ROOT/1/arrest/VBD "
                 "protesters/NOUN/dobj/1/protester ./PUNCT/punct/1 "
                 "Nairobi/PROPN/nsubj/5 mourned/VERB/ROOT/5/mourn/VBD ./PUNCT/punct/5")
    news = Coder(load_dictionaries(folder), Settings(noun_events=True))
    found = news.code_doc(doc, Article("t", doc.text, date=DAY))
    assert [(e.source.code, e.target.code, e.cameo) for e in found
            if e.source and e.target] == [("KENCOP", "KENOPP", "173")]
    # the validation suites' single sentences are coded as PETRARCH codes them
    petrarch = Coder(load_dictionaries(folder))
    assert [e for e in petrarch.code_doc(doc, Article("t", doc.text, date=DAY))
            if e.target] == []


@pytest.mark.parametrize(("subject", "expected"), [
    # "A storm in Kenya killed people": a place in the doer's phrase is where, not who
    ("A/DET/det/1 storm/NOUN/nsubj/4/storm in/ADP/prep/1 Kenya/PROPN/pobj/2", []),
    # "Police in Kenya killed people": people in a place are of it
    ("Police/NOUN/nsubj/3/police in/ADP/prep/0 Kenya/PROPN/pobj/1", [("KENCOP", "KENPPL")]),
])
def test_a_place_in_the_doers_phrase_acts_only_for_people(
        tmp_path: Path, subject: str, expected: list[tuple[str, str]]) -> None:
    at = len(subject.split())
    doc = parsed(f"{subject} killed/VERB/ROOT/{at}/kill/VBD people/NOUN/dobj/{at}/people "
                 f"./PUNCT/punct/{at}")
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": ACTORS, "Tiny.agents.txt": AGENTS + "PEOPLE [~PPL]\n",
        "Tiny.verbs.txt": "--- KILL [190] ---\nKILL\n"})), Settings(noun_events=True))
    found = coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert [(e.source.code, e.target.code) for e in found if e.source and e.target] == expected
