"""Several agents in one actor: stacked in one phrase, or shared along a coordination."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import roles
from detente.coding.coder import Coder
from detente.coding.dictionaries import load_dictionaries
from detente.model import Article
from parses import parsed
from tiny import tiny_dicts_with

DAY = dt.date(2024, 1, 15)
AGENTS = """
MEDIA [~MED]
GOVERNMENT [~GOV]
OFFICIAL [~GOV]
LAWMAKER [~LEG]
ISLAMIST [~MUS]
MSF [NGO~]
DIPLOMAT [~GOV]
INTELLIGENCE [~SPY]
PEOPLE [~PPL]
PARTY [~PTY]
AMBASSADOR [~GOV]
"""
VERBS = "--- WARN [160] ---\nWARN\n- * AT ^ + [162]\n"
ACTORS = "COUNCIL_OF_ELROND_ [IGOELR]\n"


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    folder = tmp_path_factory.mktemp("dicts")
    return Coder(load_dictionaries(tiny_dicts_with(
        folder, {"Tiny.agents.txt": AGENTS, "Tiny.verbs.txt": VERBS,
                 "Tiny.actors.txt": ACTORS})))


def code(coder: Coder, spec: str) -> list[tuple[str, str | None, str]]:
    doc = parsed(spec)
    events = coder.code_doc(doc, Article("t", doc.text, date=DAY))
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events]


def test_agents_in_one_phrase_stack_in_text_order(coder: Coder) -> None:
    # "An MSF Arnor diplomat": a prefix agent, the country, a suffix agent
    spec = ("An/DET/det/3 MSF/PROPN/compound/3 Arnor/PROPN/compound/3 diplomat/NOUN/nsubj/4 "
            "visited/VERB/ROOT/4/visit Gondor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert code(coder, spec) == [("NGOARNGOV", "GON", "042")]


def test_listed_agents_do_not_stack(coder: Coder) -> None:
    # "Gondorian media and intelligence centre": two roles listed, not one actor of both
    spec = ("Gondorian/ADJ/amod/4 media/NOUN/compound/4 and/CCONJ/cc/1 "
            "intelligence/NOUN/conj/1 centre/NOUN/nsubj/5 visited/VERB/ROOT/5/visit "
            "Arnor/PROPN/dobj/5 ./PUNCT/punct/5")
    assert code(coder, spec) == [("GONSPY", "ARN", "042")]


def test_a_generic_people_gives_way(coder: Coder) -> None:
    # "the Gondorian people's party": the party, not the people
    spec = ("the/DET/det/4 Gondorian/ADJ/amod/2 people/NOUN/poss/4 's/PART/case/2 "
            "party/NOUN/nsubj/5 visited/VERB/ROOT/5/visit Arnor/PROPN/dobj/5 ./PUNCT/punct/5")
    assert code(coder, spec) == [("GONPTY", "ARN", "042")]


def test_a_bare_agent_shares_the_qualifier_of_its_conjunct(coder: Coder) -> None:
    spec = ("Gondorian/ADJ/amod/1 media/NOUN/nsubj/4 and/CCONJ/cc/1 government/NOUN/conj/1 "
            "visited/VERB/ROOT/4/visit Arnor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert code(coder, spec) == [("GONMED", "ARN", "042"), ("GONGOV", "ARN", "042")]


def test_stacked_qualifiers_are_shared_too(coder: Coder) -> None:
    spec = ("Gondorian/ADJ/amod/2 Islamist/ADJ/amod/2 media/NOUN/nsubj/5 and/CCONJ/cc/2 "
            "government/NOUN/conj/2 visited/VERB/ROOT/5/visit Arnor/PROPN/dobj/5 "
            "./PUNCT/punct/5")
    assert code(coder, spec) == [("GONMUSMED", "ARN", "042"), ("GONMUSGOV", "ARN", "042")]


def test_a_bare_agent_shares_each_country_of_the_phrase(coder: Coder) -> None:
    # "Lawmakers and officials in Arnor and Gondor": the parser hangs the place on the first
    spec = ("Lawmakers/NOUN/nsubj/7/lawmaker and/CCONJ/cc/0 officials/NOUN/conj/0/official "
            "in/ADP/prep/0 Arnor/PROPN/pobj/3 and/CCONJ/cc/4 Gondor/PROPN/conj/4 "
            "visited/VERB/ROOT/7/visit Mordor/PROPN/dobj/7 ./PUNCT/punct/7")
    assert sorted(code(coder, spec)) == [
        ("ARNGOV", "MOR", "042"), ("ARNLEG", "MOR", "042"),
        ("GONGOV", "MOR", "042"), ("GONLEG", "MOR", "042")]


def test_an_agent_with_words_of_its_own_is_not_shared(coder: Coder) -> None:
    # "Gondorian media and the government": whose government the sentence does not say
    spec = ("Gondorian/ADJ/amod/1 media/NOUN/nsubj/5 and/CCONJ/cc/1 the/DET/det/4 "
            "government/NOUN/conj/1 visited/VERB/ROOT/5/visit Arnor/PROPN/dobj/5 "
            "./PUNCT/punct/5")
    assert code(coder, spec) == [("GONMED", "ARN", "042")]


def test_a_caret_skips_the_whole_noun_phrase(coder: Coder) -> None:
    # "warned at the Arnor of Mordor": "^" takes "the Arnor", so "+" finds Mordor
    spec = ("Gondor/PROPN/nsubj/1 warned/VERB/ROOT/1/warn at/ADP/prep/1 the/DET/det/4 "
            "Arnor/PROPN/pobj/2 of/ADP/prep/4 Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "162")]


def test_a_countrys_ambassador_to_an_organisation_is_the_countrys(coder: Coder) -> None:
    # "Arnor's Council of Elrond ambassador visited Gondor": Arnor's diplomat, posted there
    spec = ("Arnor/PROPN/poss/5 's/PART/case/0 Council/PROPN/compound/5 of/ADP/prep/2 "
            "Elrond/PROPN/pobj/3 ambassador/NOUN/nsubj/6 visited/VERB/ROOT/6/visit "
            "Gondor/PROPN/dobj/6 ./PUNCT/punct/6")
    assert code(coder, spec) == [("ARNGOV", "GON", "042")]
    # "the Council of Elrond ambassador visited Gondor": the organisation's
    spec = ("the/DET/det/4 Council/PROPN/compound/4 of/ADP/prep/1 Elrond/PROPN/pobj/2 "
            "ambassador/NOUN/nsubj/5 visited/VERB/ROOT/5/visit Gondor/PROPN/dobj/5 "
            "./PUNCT/punct/5")
    assert code(coder, spec) == [("IGOELRGOV", "GON", "042")]


def test_agents_owned_by_a_pronoun_are_of_the_doer_it_stands_for(coder: Coder) -> None:
    # "Arnor said its government warned Gondor"
    spec = ("Arnor/PROPN/nsubj/1 said/VERB/ROOT/1/say its/PRON/poss/3 "
            "government/NOUN/nsubj/4 warned/VERB/ccomp/1/warn Gondor/PROPN/dobj/4 ./PUNCT/punct/1")
    assert ("ARNGOV", "GON", "160") in code(coder, spec)


def test_a_thing_a_pronoun_owns_acts_for_its_owner(coder: Coder) -> None:
    # "Arnor said its fleet warned Gondor": no agent, so the owner itself
    spec = ("Arnor/PROPN/nsubj/1 said/VERB/ROOT/1/say its/PRON/poss/3 "
            "fleet/NOUN/nsubj/4 warned/VERB/ccomp/1/warn Gondor/PROPN/dobj/4 ./PUNCT/punct/1")
    assert ("ARN", "GON", "160") in code(coder, spec)


@pytest.mark.parametrize(("spec", "noun_at", "owner"), [
    # "Arnor said its fleet warned Gondor": the reporting clause's doer
    ("Arnor/PROPN/nsubj/1 said/VERB/ROOT/1/say its/PRON/poss/3 fleet/NOUN/nsubj/4 "
     "warned/VERB/ccomp/1/warn Gondor/PROPN/dobj/4", 3, "Arnor"),
    # "Arnor recalled its envoy": the clause's own doer acts on it, so no other side
    ("Arnor/PROPN/nsubj/1 recalled/VERB/ROOT/1/recall its/PRON/poss/3 envoy/NOUN/dobj/1",
     3, None),
    # "Arnor said its fleet was warned by Gondor": not the passive's agent
    ("Arnor/PROPN/nsubj/1 said/VERB/ROOT/1/say its/PRON/poss/3 fleet/NOUN/nsubjpass/5 "
     "was/AUX/auxpass/5/be warned/VERB/ccomp/1/warn by/ADP/agent/5 Gondor/PROPN/pobj/6",
     3, "Arnor"),
])
def test_whom_a_possessive_pronoun_stands_for(spec: str, noun_at: int, owner: str | None) -> None:
    found = roles.owner_of(parsed(spec)[noun_at])
    assert (found.text if found is not None else None) == owner


def test_a_pronoun_that_stands_for_several_owners_is_no_ones_alone(coder: Coder) -> None:
    # "Arnor and Gondor said their government warned Mordor": not Arnor's government
    spec = ("Arnor/PROPN/nsubj/3 and/CCONJ/cc/0 Gondor/PROPN/conj/0 said/VERB/ROOT/3/say "
            "their/PRON/poss/5 government/NOUN/nsubj/6 warned/VERB/ccomp/3/warn "
            "Mordor/PROPN/dobj/6 ./PUNCT/punct/3")
    assert [e for e in code(coder, spec) if e[2] == "160"] == []


def test_a_code_with_its_role_takes_no_other_role_but_what_is_no_role(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("dicts")
    coder = Coder(load_dictionaries(tiny_dicts_with(folder, {
        "Tiny.agents.txt": AGENTS, "Tiny.verbs.txt": VERBS,
        "Tiny.actors.txt": "WEST_GONDORIAN [GONGOV]\n"})))
    spec = ("West/PROPN/compound/2 Gondorian/PROPN/compound/3 {}/NOUN/compound/3 "
            "{}/NOUN/nsubj/4 visited/VERB/ROOT/4/visit Arnor/PROPN/dobj/4 ./PUNCT/punct/4")
    # "West Gondorian Islamist officials": a faith is no role (GONGOV, MUS, as PETRARCH
    # mixes them), and the officials' government is the code's own
    assert code(coder, spec.format("Islamist", "officials")) == [("GONGOVMUS", "ARN", "042")]
    # "West Gondorian intelligence people": a role (SPY) the code has one of already, and
    # people in general, add nothing
    assert code(coder, spec.format("intelligence", "people")) == [("GONGOV", "ARN", "042")]


@pytest.mark.parametrize(("spec", "items"), [
    # "Elendil and the Arnor minister, Elrond, warned": Elrond is the minister again,
    # after the item that closes the list
    ("Elendil/PROPN/nsubj/8 and/CCONJ/cc/0 the/DET/det/4 Arnor/PROPN/compound/4 "
     "minister/NOUN/conj/0 ,/PUNCT/punct/0 Elrond/PROPN/appos/0 ,/PUNCT/punct/8 "
     "warned/VERB/ROOT/8", ["Elendil", "minister"]),
    # "Elendil and Arnor leader Elrond warned", the name hung on its title
    ("Elendil/PROPN/nsubj/5 and/CCONJ/cc/0 Arnor/PROPN/compound/3 leader/NOUN/conj/0 "
     "Elrond/PROPN/appos/3 warned/VERB/ROOT/5", ["Elendil", "leader"]),
    # "Arnor minister Elrond and Gondor leader Denethor warned": the name restates its
    # title, but the list goes on from it
    ("Arnor/PROPN/compound/1 minister/NOUN/nsubj/7 Elrond/PROPN/appos/1 "
     "and/CCONJ/cc/2 Gondor/PROPN/compound/5 leader/NOUN/compound/6 "
     "Denethor/PROPN/conj/2 warned/VERB/ROOT/7", ["minister", "Denethor"]),
    # "Mordor, the Shire, Arnor and Bree warned": every apposition an item
    ("Mordor/PROPN/nsubj/9 ,/PUNCT/punct/0 the/DET/det/3 Shire/PROPN/appos/0 "
     ",/PUNCT/punct/3 Arnor/PROPN/appos/3 and/CCONJ/cc/5 Bree/PROPN/conj/5 "
     "./PUNCT/punct/9 warned/VERB/ROOT/9", ["Mordor", "Shire", "Arnor", "Bree"]),
])
def test_a_name_that_restates_an_item_is_none(spec: str, items: list[str]) -> None:
    doc = parsed(spec)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert [t.text for t in roles.members(subject)] == items


@pytest.mark.parametrize(("mark", "about"), [("that", ["Mordor"]), ("after", [])])
def test_a_clause_that_says_when_is_about_no_one_the_verb_acts_on(
        mark: str, about: list[str]) -> None:
    # "Gondor hoped that Mordor retreated"; "Gondor hoped after Mordor retreated", the
    # time clause misparsed as the verb's complement
    doc = parsed(f"Gondor/PROPN/nsubj/1 hoped/VERB/ROOT/1/hope {mark}/SCONJ/mark/4 "
                 "Mordor/PROPN/nsubj/4 retreated/VERB/ccomp/1/retreat ./PUNCT/punct/1")
    assert [t.text for t in roles.clause_subjects(doc[1])] == about
