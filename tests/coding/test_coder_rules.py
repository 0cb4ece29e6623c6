"""The coder's rules on hand-built parses and tiny dictionaries (no spaCy model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.tokens import Span

from detente.coding.coder import Coder
from detente.coding.dictionaries import load_dictionaries
from detente.model import Article
from detente.settings import Settings
from parses import parsed
from tiny import tiny_dicts_with

DAY = dt.date(2024, 1, 15)


@pytest.fixture(scope="module")
def coder(tiny_dicts: Path) -> Coder:
    return Coder(load_dictionaries(tiny_dicts))


def code(coder: Coder, spec: str, day: dt.date = DAY) -> list[tuple[str, str | None, str, str]]:
    doc = parsed(spec)
    events = coder.code_doc(doc, Article("t", doc.text, date=day))
    return [(e.source.code if e.source else "", e.target.code if e.target else None,
             e.cameo, e.status) for e in events]


def test_subject_verb_object(coder: Coder) -> None:
    assert code(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Mordor/PROPN/dobj/1"
                       " ./PUNCT/punct/1") == [("GON", "MOR", "190", "asserted")]


def test_a_misspelt_verb_form_codes_nothing(coder: Coder) -> None:
    # "departes": the parser lemmatises it DEPART, but English spells no such form
    spec = "Gondor/PROPN/nsubj/1 {}/VERB/ROOT/1/attack/VBZ Mordor/PROPN/dobj/1 ./PUNCT/punct/1"
    assert code(coder, spec.format("attackes")) == []
    assert code(coder, spec.format("attacks")) == [("GON", "MOR", "190", "asserted")]


def test_an_event_with_no_place_of_its_own_is_where_its_source_is(coder: Coder) -> None:
    # "Gondor soldiers in Kirkuk attacked Mordor": in Kirkuk
    doc = parsed("Gondor/PROPN/compound/1 soldiers/NOUN/nsubj/4/soldier in/ADP/prep/1 "
                 "Kirkuk/PROPN/pobj/2 attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 "
                 "./PUNCT/punct/4")
    (event,) = coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert (event.source.code, event.location.name if event.location else None) == (
        "GONMIL", "Kirkuk")


def test_a_participle_right_after_people_tells_what_they_did(coder: Coder) -> None:
    # "Gondor met Arnor soldiers attacking Mordor": the soldiers attack
    spec = ("Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet Arnor/PROPN/compound/3 "
            "soldiers/NOUN/dobj/1/soldier {}attacking/VERB/advcl/1/attack/VBG "
            "Mordor/PROPN/dobj/{} ./PUNCT/punct/1")
    found = code(coder, spec.format("", 4))
    assert ("ARNMIL", "MOR", "190", "asserted") in found
    # "Gondor met Arnor soldiers, attacking Mordor": after a comma, Gondor attacks
    found = code(coder, spec.format(",/PUNCT/punct/1 ", 5))
    assert ("GON", "MOR", "190", "asserted") in found


def test_a_statement_issued_says_what_its_issuer_says(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 {}/VERB/ROOT/1/{} a/DET/det/3 {}/NOUN/dobj/1/{} "
            "criticizing/VERB/acl/3/criticize/VBG Mordor/PROPN/dobj/4 ./PUNCT/punct/1")
    # "Gondor issued a statement criticizing Mordor": Gondor criticizes
    issued = code(coder, spec.format("issued", "issue", "statement", "statement"))
    assert ("GON", "MOR", "111", "asserted") in issued
    # "Gondor vetoed a resolution criticizing Mordor": the resolution did, not Gondor
    vetoed = code(coder, spec.format("vetoed", "veto", "resolution", "resolution"))
    assert ("GON", "MOR", "111", "asserted") not in vetoed


def test_refusing_an_act_cameo_codes_a_refusal_of_is_that_refusal(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3/to/TO "
            "{}/VERB/xcomp/1/{}/VB Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    # "Gondor refused to meet Mordor": a meeting rejected (125) happened
    assert code(coder, spec.format("meet", "meet")) == [("GON", "MOR", "125", "asserted")]
    # "Gondor refused to attack Mordor": CAMEO codes no refusal of it; the attack, negated
    assert code(coder, spec.format("attack", "attack")) == [("GON", "MOR", "190", "negated")]


def test_a_name_opening_a_longer_name_is_not_the_person(coder: Coder) -> None:
    day = dt.date(2021, 1, 1)
    # "Gondor attacked Elendil": the king; "Gondor attacked Elendil Tower": a building
    person = code(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack "
                         "Elendil/PROPN/dobj/1 ./PUNCT/punct/1", day)
    assert person == [("GON", "ARNGOV", "190", "asserted")]
    named_after = code(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack "
                              "Elendil/PROPN/compound/3 Tower/PROPN/dobj/1 ./PUNCT/punct/1", day)
    assert named_after == []


def test_passive_by_agent_is_the_source(coder: Coder) -> None:
    spec = ("Mordor/PROPN/nsubjpass/2 was/AUX/auxpass/2/be/VBD attacked/VERB/ROOT/2/attack/VBN "
            "by/ADP/agent/2 Gondor/PROPN/pobj/3 ./PUNCT/punct/2")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_a_participle_conjoined_to_a_passive_is_passive(coder: Coder) -> None:
    # "Mordor was visited and attacked by Gondor": Mordor is attacked, not attacking
    spec = ("Mordor/PROPN/nsubjpass/2 was/AUX/auxpass/2/be/VBD visited/VERB/ROOT/2/visit/VBN "
            "and/CCONJ/cc/2 attacked/VERB/conj/2/attack/VBN by/ADP/agent/4 "
            "Gondor/PROPN/pobj/5 ./PUNCT/punct/2")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]
    # "Mordor was visited and has attacked Gondor": a conjunct with its own auxiliary acts
    active = ("Mordor/PROPN/nsubjpass/2 was/AUX/auxpass/2/be/VBD visited/VERB/ROOT/2/visit/VBN "
              "and/CCONJ/cc/2 has/AUX/aux/5/have/VBZ attacked/VERB/conj/2/attack/VBN "
              "Gondor/PROPN/dobj/5 ./PUNCT/punct/2")
    assert code(coder, active) == [("MOR", "GON", "190", "asserted")]


def test_a_participle_on_a_noun_is_done_to_it_not_by_the_clause_above(coder: Coder) -> None:
    # "Gondor soldiers are visited and 13 attacked in Mordor": the 13 are attacked; the
    # soldiers of the clause the 13 are conjoined to attack no one
    spec = ("Gondor/PROPN/compound/1 soldiers/NOUN/nsubjpass/3/soldier are/AUX/auxpass/3/be "
            "visited/VERB/ROOT/3/visit/VBN and/CCONJ/cc/3 13/NUM/conj/3 "
            "attacked/VERB/acl/5/attack/VBN in/ADP/prep/6 Mordor/PROPN/pobj/7 ./PUNCT/punct/3")
    assert [e for e in code(coder, spec) if e[2] == "190"] == []
    # ... but a participle with its own subject and auxiliary acts ("reports that Gondor
    # has attacked Mordor", which the parser may hang on the noun alike)
    clause = ("reports/NOUN/ROOT/0/report that/SCONJ/mark/4 Gondor/PROPN/nsubj/4 "
              "has/AUX/aux/4/have attacked/VERB/acl/0/attack/VBN Mordor/PROPN/dobj/4 "
              "./PUNCT/punct/0")
    assert code(coder, clause) == [("GON", "MOR", "190", "asserted")]


@pytest.mark.parametrize(("called", "found"), [
    # "Gondor called on countries to attack Mordor": others are to attack, not Gondor
    ("countries/NOUN/pobj/2/country/NNS", []),
    # ... but "called on its soldiers to attack Mordor": its own may stand for it
    ("its/PRON/poss/4 soldiers/NOUN/pobj/2/soldier/NNS",
     [("GON", "MOR", "190", "hypothetical")])])
def test_whom_a_doer_calls_on_to_act_is_others_unless_its_own(
        coder: Coder, called: str, found: list[tuple[str, str, str, str]]) -> None:
    words = called.split()
    verb = 4 + len(words)
    spec = (f"Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call on/ADP/prep/1 {called} "
            f"to/PART/aux/{verb} attack/VERB/xcomp/1/attack Mordor/PROPN/dobj/{verb} "
            "./PUNCT/punct/1")
    assert [e for e in code(coder, spec) if e[2] == "190"] == found


@pytest.mark.parametrize(("clause", "found"), [
    # "Gondor was visited by Arnor after attacking Mordor": Gondor attacked
    ("after/ADP/prep/2 attacking/VERB/pcomp/5/attack/VBG", ("GON", "MOR", "190")),
    # ... but "was visited by Arnor, attacking Mordor": the visitor attacks
    (",/PUNCT/punct/2 attacking/VERB/advcl/2/attack/VBG", ("ARN", "MOR", "190"))])
def test_a_gerund_on_a_passive_is_done_by_its_subject(
        coder: Coder, clause: str, found: tuple[str, str, str]) -> None:
    spec = ("Gondor/PROPN/nsubjpass/2 was/AUX/auxpass/2/be visited/VERB/ROOT/2/visit/VBN "
            f"by/ADP/agent/2 Arnor/PROPN/pobj/3 {clause} Mordor/PROPN/dobj/6 "
            "./PUNCT/punct/2")
    assert [e[:3] for e in code(coder, spec) if e[2] == "190"] == [found]


@pytest.mark.parametrize(("block", "found"), [
    # "The toll from Gondor's attacks increased in Mordor": a count rose; no one acted
    ("--- INCREASE [154] ---\nINCREASE\n", []),
    # ... unless the dictionary says what a rising toll is ("- TOLL *")
    ("--- INCREASE [154] ---\nINCREASE\n- TOLL * [223]\n", ["223"])])
def test_a_rising_toll_is_no_act(tmp_path: Path, block: str, found: list[str]) -> None:
    spec = ("The/DET/det/1 toll/NOUN/nsubj/6/toll from/ADP/prep/1 Gondor/PROPN/poss/5 "
            "'s/PART/case/3 attacks/NOUN/pobj/2/attack increased/VERB/ROOT/6/increase/VBD "
            "in/ADP/prep/6 Mordor/PROPN/pobj/7 ./PUNCT/punct/6")
    assert [e[2] for e in code(with_verbs(tmp_path, block), spec)] == found


def test_a_contender_in_the_contest_is_no_one_the_verb_acts_on(tmp_path: Path) -> None:
    # "Gondor voted in a runoff between Arnor and Mordor": no vote is cast for either
    voting = with_verbs(tmp_path, "--- VOTE [030] ---\nVOTE\n")
    spec = ("Gondor/PROPN/nsubj/1 voted/VERB/ROOT/1/vote/VBD in/ADP/prep/1 a/DET/det/4 "
            "runoff/NOUN/pobj/2/runoff between/ADP/prep/4 Arnor/PROPN/pobj/5 "
            "and/CCONJ/cc/6 Mordor/PROPN/conj/6 ./PUNCT/punct/1")
    assert [e for e in code(voting, spec) if e[1]] == []
    # ... but "voted for Arnor" does
    chosen = ("Gondor/PROPN/nsubj/1 voted/VERB/ROOT/1/vote/VBD for/ADP/prep/1 "
              "Arnor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert code(voting, chosen) == [("GON", "ARN", "030", "asserted")]


def test_a_name_right_after_the_verb_misparsed_as_an_adverb_is_its_object(
        coder: Coder) -> None:
    # "Gondor attacks Mordor", Mordor parsed as an adverb of measure ("three miles away")
    spec = ("Gondor/PROPN/nsubj/1 attacks/VERB/ROOT/1/attack/VBZ Mordor/PROPN/npadvmod/1 "
            "./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]
    # ... but not a country after its town ("attacks in Bree, Mordor")
    spec = ("Gondor/PROPN/nsubj/1 attacks/VERB/ROOT/1/attack/VBZ in/ADP/prep/1 "
            "Bree/PROPN/pobj/2 ,/PUNCT/punct/3 Mordor/PROPN/npadvmod/1 ./PUNCT/punct/1")
    assert [e for e in code(coder, spec) if e[1]] == []


@pytest.mark.parametrize(("title", "found"), [
    # "Gondor sent money launderer Boromir to Mordor": a word of the title's own phrase
    # says who he is, and no money is sent
    ("money/NOUN/compound/3/money launderer/NOUN/compound/4/launderer", "070"),
    # ... but the title itself is what is sent ("sent hostage Boromir")
    ("a/DET/det/3 hostage/NOUN/compound/4/hostage", "0841")])
def test_a_modifier_of_a_names_title_is_no_pattern_word(
        tmp_path: Path, title: str, found: str) -> None:
    sending = with_verbs(tmp_path, "--- SEND [070] ---\nSEND\n- * MONEY [071]\n"
                                   "- * HOSTAGE [0841]\n")
    spec = (f"Gondor/PROPN/nsubj/1 sent/VERB/ROOT/1/send/VBD {title} Boromir/PROPN/dobj/1 "
            "to/ADP/prep/1 Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert [e[2] for e in code(sending, spec)] == [found]


@pytest.mark.parametrize(("spec", "found"), [
    # "Gondor launched a raid on Mordor in an effort to win": the phrase of purpose says
    # why, and is no "* EFFORT"
    ("Gondor/PROPN/nsubj/1 launched/VERB/ROOT/1/launch/VBD a/DET/det/3 raid/NOUN/dobj/1/raid "
     "on/ADP/prep/3 Mordor/PROPN/pobj/4 in/ADP/prep/1 an/DET/det/8 effort/NOUN/pobj/6/effort "
     "to/PART/aux/10 win/VERB/acl/8/win ./PUNCT/punct/1", "190"),
    # ... but "Gondor launched an effort with Mordor" launched one
    ("Gondor/PROPN/nsubj/1 launched/VERB/ROOT/1/launch/VBD an/DET/det/3 "
     "effort/NOUN/dobj/1/effort with/ADP/prep/3 Mordor/PROPN/pobj/4 ./PUNCT/punct/1", "020")])
def test_a_phrase_of_purpose_is_no_patterns_object(
        tmp_path: Path, spec: str, found: str) -> None:
    launching = with_verbs(tmp_path, "--- LAUNCH [190] ---\nLAUNCH\n- * EFFORT [020]\n")
    assert [e[2] for e in code(launching, spec)] == [found]


def test_a_verb_with_a_determiner_is_a_noun_misread(coder: Coder) -> None:
    # "Gondor met Mordor after the ceasefire attack": "attack" parsed as a verb
    spec = ("Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet/VBD Mordor/PROPN/dobj/1 "
            "after/ADP/prep/1 the/DET/det/6 ceasefire/NOUN/nmod/6 attack/VERB/pcomp/3/attack/VBP "
            "Arnor/PROPN/dobj/6 ./PUNCT/punct/1")
    assert [c for _, _, c, _ in code(coder, spec)] == ["040"]


def test_longest_pattern_wins(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Mordor/PROPN/dobj/1 "
            "with/ADP/prep/1 rockets/NOUN/pobj/3/rocket ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "195", "asserted")]


def test_null_pattern_blocks_the_event(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize Mordor/PROPN/dobj/1 "
            "sharply/ADV/advmod/1 ./PUNCT/punct/1")
    assert code(coder, spec) == []


def test_irregular_verb_form(coder: Coder) -> None:
    spec = "Gondor/PROPN/nsubj/1 struck/VERB/ROOT/1/strike Mordor/PROPN/dobj/1 ./PUNCT/punct/1"
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_compound_subject_gives_one_event_each(coder: Coder) -> None:
    spec = ("Arnor/PROPN/nsubj/3 and/CCONJ/cc/0 Gondor/PROPN/conj/0 attacked/VERB/ROOT/3/attack "
            "Mordor/PROPN/dobj/3 ./PUNCT/punct/3")
    assert code(coder, spec) == [("ARN", "MOR", "190", "asserted"),
                                 ("GON", "MOR", "190", "asserted")]


def test_agent_joins_the_country(coder: Coder) -> None:
    spec = ("Gondorian/ADJ/amod/2 foreign/ADJ/amod/2 minister/NOUN/nsubj/3 "
            "visited/VERB/ROOT/3/visit Arnor/PROPN/dobj/3 ./PUNCT/punct/3")
    assert code(coder, spec) == [("GONGOVFRM", "ARN", "042", "asserted")]


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2023, 12, 31), "ARNGOV"),
    (dt.date(2024, 1, 1), "ARNELI"),
])
def test_date_restricted_code_follows_the_article_date(
    coder: Coder, day: dt.date, expected: str
) -> None:
    spec = "Elendil/PROPN/nsubj/1 visited/VERB/ROOT/1/visit Gondor/PROPN/dobj/1 ./PUNCT/punct/1"
    assert code(coder, spec, day) == [(expected, "GON", "042", "asserted")]


def test_prepositional_object_is_the_target(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet with/ADP/prep/1 Arnor/PROPN/pobj/2 "
            "./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "ARN", "040", "asserted")]


def test_no_target_no_event(coder: Coder) -> None:
    assert code(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack ./PUNCT/punct/1") == []


def test_negated_verb_is_marked_negated(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/3 did/AUX/aux/3/do/VBD not/PART/neg/3/not/RB "
            "attack/VERB/ROOT/3/attack/VB Mordor/PROPN/dobj/3 ./PUNCT/punct/3")
    assert code(coder, spec) == [("GON", "MOR", "190", "negated")]


def test_planned_visit_is_future(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 plans/VERB/ROOT/1/plan/VBZ to/PART/aux/3/to/TO "
            "visit/VERB/xcomp/1/visit/VB Arnor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "ARN", "042", "future")]


def test_refraining_negates_and_never_asserts(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 refrained/VERB/ROOT/1/refrain from/ADP/prep/1 "
            "attacking/VERB/pcomp/2/attack/VBG Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "negated")]


def test_event_carries_evidence_and_ontology(coder: Coder) -> None:
    doc = parsed("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Mordor/PROPN/dobj/1 "
                 "./PUNCT/punct/1")
    (event,) = coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert event.sentence == "Gondor attacked Mordor."
    assert event.source is not None and event.source.span == (0, 6)
    assert event.target is not None and doc.text[slice(*event.target.span)] == "Mordor"
    assert event.verb_span == (7, 15)
    assert (event.quad_class, event.goldstein) == (4, -10.0)
    assert event.plover is not None and event.plover.event == "ASSAULT"
    assert event.coder.dictionaries.startswith("sha256:")


def with_verbs(folder: Path, text: str) -> Coder:
    """A coder of the tiny dictionaries with more verb blocks."""
    return Coder(load_dictionaries(tiny_dicts_with(folder, {"Tiny.verbs.txt": text})))


def test_a_refusal_is_not_also_a_negated_meeting(tmp_path: Path) -> None:
    refusing = with_verbs(tmp_path, "--- REFUSE  [120]  ---\nREFUSE\n- * (TO MEET)  [1246]\n")
    spec = ("Gondor/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse/VBD to/PART/aux/3/to/TO "
            "meet/VERB/xcomp/1/meet/VB Arnor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert code(refusing, spec) == [("GON", "ARN", "1246", "asserted")]


def test_every_item_of_a_list_acts_however_the_parser_linked_it(coder: Coder) -> None:
    # "Arnor and the evil awful Gondor": the parser made Gondor an apposition of Arnor
    spec = ("Arnor/PROPN/nsubj/6 and/CCONJ/cc/0 the/DET/det/4 evil/ADJ/amod/4 "
            "awful/ADJ/conj/0 Gondor/PROPN/appos/0 attacked/VERB/ROOT/6/attack "
            "Mordor/PROPN/dobj/6 ./PUNCT/punct/6")
    assert code(coder, spec) == [("ARN", "MOR", "190", "asserted"),
                                 ("GON", "MOR", "190", "asserted")]


def test_an_apposition_without_a_list_restates_its_noun(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/4 ,/PUNCT/punct/0 Arnor/PROPN/appos/0 ,/PUNCT/punct/0 "
            "attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_a_by_phrase_names_the_target_not_the_place(coder: Coder) -> None:
    # "accused an attack by Gondor soldiers in Arnor": the soldiers, not Arnor
    spec = ("Mordor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse an/DET/det/3 "
            "attack/NOUN/dobj/1 by/ADP/prep/3 Gondor/PROPN/compound/6 "
            "soldiers/NOUN/pobj/4/soldier in/ADP/prep/3 Arnor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert code(coder, spec) == [("MOR", "GONMIL", "112", "asserted")]


def test_a_passive_clause_without_a_by_phrase_has_no_source(coder: Coder) -> None:
    # "Gondor said Mordor was attacked": who attacked is not said, and is not Gondor
    spec = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say Mordor/PROPN/nsubjpass/4 "
            "was/AUX/auxpass/4/be/VBD attacked/VERB/ccomp/1/attack/VBN ./PUNCT/punct/1")
    assert code(coder, spec) == []


def test_coordinated_adjectives_give_one_actor_each_with_the_heads_agent(coder: Coder) -> None:
    spec = ("Gondorian/ADJ/amod/3 and/CCONJ/cc/0 Arnorian/ADJ/conj/0 soldiers/NOUN/nsubj/4/soldier"
            " attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert code(coder, spec) == [("GONMIL", "MOR", "190", "asserted"),
                                 ("ARNMIL", "MOR", "190", "asserted")]


def test_allies_attacking_someone_unknown_do_not_attack_each_other(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 attacked/VERB/ROOT/3/attack "
            "rebels/NOUN/dobj/3/rebel ./PUNCT/punct/3")
    assert code(coder, spec) == []


def test_actors_meeting_each_other_act_on_each_other(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 met/VERB/ROOT/3/meet "
            "./PUNCT/punct/3")
    assert code(coder, spec) == [("GON", "ARN", "040", "asserted"),
                                 ("ARN", "GON", "040", "asserted")]


def test_actors_speaking_together_do_not_speak_to_each_other(coder: Coder) -> None:
    # "Gondor and Arnor accused": of something, not each other
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "accused/VERB/ROOT/3/accuse ./PUNCT/punct/3")
    assert code(coder, spec) == []


def test_a_believing_verb_acts_on_whom_its_clause_is_about(coder: Coder) -> None:
    # "Gondor accused that Mordor had struck": the clause's subject is the target ...
    spec = ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse that/SCONJ/mark/5 "
            "Mordor/PROPN/nsubj/5 had/AUX/aux/5/have/VBD struck/VERB/ccomp/1/strike/VBN "
            "./PUNCT/punct/1")
    assert ("GON", "MOR", "112", "asserted") in code(coder, spec)


def test_a_saying_verb_does_not_act_on_its_clause(tmp_path: Path) -> None:
    # ... but "Mordor attacked Arnor, Gondor said" is no event of Gondor's towards Mordor
    saying = with_verbs(tmp_path, "--- SAY [010] ---\nSAY\n")
    spec = ("Mordor/PROPN/nsubj/1 attacked/VERB/ccomp/5/attack Arnor/PROPN/dobj/1 "
            ",/PUNCT/punct/5 Gondor/PROPN/nsubj/5 said/VERB/ROOT/5/say ./PUNCT/punct/5")
    assert code(saying, spec) == [("MOR", "ARN", "190", "asserted")]


def test_the_target_may_sit_in_the_objects_own_clause(coder: Coder) -> None:
    # "accused the rebels attacking Mordor": the rebels name no actor, Mordor does
    spec = ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse the/DET/det/3 "
            "rebels/NOUN/dobj/1/rebel attacking/VERB/acl/3/attack Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "112", "asserted")]


def test_a_passive_infinitive_takes_no_source_from_its_governor(coder: Coder) -> None:
    # "Gondor asked to be visited by no one it names": Gondor is visited, not visiting
    spec = ("Gondor/PROPN/nsubj/1 asked/VERB/ROOT/1/ask to/PART/aux/4/to/TO "
            "be/AUX/auxpass/4/be/VB visited/VERB/xcomp/1/visit/VBN in/ADP/prep/4 "
            "Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(coder, spec) == []


def test_below_a_passive_without_a_subject_who_acts_is_not_said(coder: Coder) -> None:
    # "Gondor asked to be allowed to visit Mordor": allowed whom? the parse does not say
    spec = ("Gondor/PROPN/nsubj/1 asked/VERB/ROOT/1/ask to/PART/aux/4/to/TO "
            "be/AUX/auxpass/4/be/VB allowed/VERB/xcomp/1/allow/VBN to/PART/aux/6/to/TO "
            "visit/VERB/xcomp/4/visit/VB Mordor/PROPN/dobj/6 ./PUNCT/punct/1")
    assert code(coder, spec) == []
    # "Gondor was allowed to visit Mordor": the passive subject visits
    subject = ("Gondor/PROPN/nsubjpass/2 was/AUX/auxpass/2/be/VBD allowed/VERB/ROOT/2/allow/VBN "
               "to/PART/aux/4/to/TO visit/VERB/xcomp/2/visit/VB Mordor/PROPN/dobj/4 "
               "./PUNCT/punct/2")
    assert code(coder, subject) == [("GON", "MOR", "042", "asserted")]


def test_a_caret_in_a_pattern_skips_a_noun_phrase(tmp_path: Path) -> None:
    celebrating = with_verbs(
        tmp_path, "--- CELEBRATE [181] ---\nCELEBRATE\n- * EID AT ^ WITH + [043]\n")
    spec = ("Arnor/PROPN/nsubj/1 celebrated/VERB/ROOT/1/celebrate Eid/PROPN/dobj/1 "
            "at/ADP/prep/1 Mordor/PROPN/pobj/3 with/ADP/prep/1 Gondor/PROPN/pobj/5 "
            "./PUNCT/punct/1")
    assert code(celebrating, spec) == [("ARN", "GON", "043", "asserted")]


@pytest.mark.parametrize(("objects", "expected"), [
    # "{NEW &TIETYPES RELATIONS}": a modifier may stand apart, the head follows its own
    ("new/ADJ/amod/4 economic/ADJ/amod/4 relations/NOUN/dobj/1/relation", "1951"),
    ("new/ADJ/amod/5 global/ADJ/amod/5 economic/ADJ/amod/5 relations/NOUN/dobj/1/relation",
     "1951"),
    ("new/ADJ/amod/5 economic/ADJ/amod/4 trade/NOUN/compound/5 relations/NOUN/dobj/1/relation",
     "1121"),
    # a conjoined modifier may stand between
    ("new/ADJ/amod/6 military/ADJ/amod/6 and/CCONJ/cc/3 economic/ADJ/conj/3 "
     "relations/NOUN/dobj/1/relation", "1951"),
])
def test_a_braced_noun_phrase_keeps_its_head_by_its_modifier(
        tmp_path: Path, objects: str, expected: str) -> None:
    abandoning = with_verbs(tmp_path, "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n"
                            "--- ABANDON [1121] ---\nABANDON\n"
                            "- * {NEW &TIETYPES RELATIONS} [1951]\n")
    after = len(objects.split()) + 2  # "with", after the verb and its object
    spec = (f"Arnor/PROPN/nsubj/1 abandoned/VERB/ROOT/1/abandon {objects} with/ADP/prep/1 "
            f"Gondor/PROPN/pobj/{after} ./PUNCT/punct/1")
    assert [c for _, _, c, _ in code(abandoning, spec)] == [expected]


def test_a_lone_preposition_in_parentheses_is_no_infinitive_marker(tmp_path: Path) -> None:
    according = with_verbs(tmp_path, "--- ACCORD [013] ---\nACCORD\n- (TO) * [073]\n")
    # "Arnor is nearer to accord with Gondor": the infinitive, the block's own code
    infinitive = ("Arnor/PROPN/nsubj/1 is/AUX/ROOT/1/be nearer/ADJ/acomp/1/near/JJR "
                  "to/PART/aux/4/to/TO accord/VERB/xcomp/2/accord/VB with/ADP/prep/4 "
                  "Gondor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert [c for _, _, c, _ in code(according, infinitive)] == ["013"]
    # "Arnor, close to Mordor, accorded with Gondor": the prepositional phrase
    phrase = ("Arnor/PROPN/nsubj/5 ,/PUNCT/punct/0 close/ADJ/amod/0 to/ADP/prep/2 "
              "Mordor/PROPN/pobj/3 accorded/VERB/ROOT/5/accord/VBD with/ADP/prep/5 "
              "Gondor/PROPN/pobj/6 ./PUNCT/punct/5")
    assert [c for _, _, c, _ in code(according, phrase)] == ["073"]


def test_a_pattern_coding_only_the_targets_act_runs_from_the_target(tmp_path: Path) -> None:
    facing = with_verbs(tmp_path, "--- FACE [---] ---\nFACE\n- * CRITICISM [:111]\n")
    # "Gondor faced criticism from Arnor": Arnor criticizes Gondor
    spec = ("Gondor/PROPN/nsubj/1 faced/VERB/ROOT/1/face criticism/NOUN/dobj/1/criticism "
            "from/ADP/prep/2 Arnor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(facing, spec) == [("ARN", "GON", "111", "asserted")]
    # "Gondor faced criticism to help Arnor": who criticizes is not said
    purpose = ("Gondor/PROPN/nsubj/1 faced/VERB/ROOT/1/face criticism/NOUN/dobj/1/criticism "
               "to/PART/aux/5/to/TO help/VERB/advcl/1/help Arnor/PROPN/dobj/5 "
               "./PUNCT/punct/1")
    assert code(facing, purpose) == []


def test_the_target_may_be_the_doer_in_the_objects_clause(coder: Coder) -> None:
    # "accused the rockets fired by Mordor"
    spec = ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse the/DET/det/3 "
            "rockets/NOUN/dobj/1/rocket fired/VERB/acl/3/fire by/ADP/agent/4 "
            "Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "112", "asserted")]


def test_a_clause_about_the_sources_own_side_gives_no_target(coder: Coder) -> None:
    # "Gondor accused that Gondorian soldiers had struck": no event of Gondor on Gondor
    spec = ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse that/SCONJ/mark/6 "
            "Gondorian/ADJ/amod/4 soldiers/NOUN/nsubj/6/soldier had/AUX/aux/6/have/VBD "
            "struck/VERB/ccomp/1/strike/VBN ./PUNCT/punct/1")
    assert code(coder, spec) == []


@pytest.mark.parametrize(("when", "code"), [("2021", "ARNGOV"), ("2025", "ARNELI")])
def test_people_hold_the_office_of_the_events_date(coder: Coder, when: str, code: str) -> None:
    # Elendil heads Arnor's government 2020-2023; the article is of 2026
    spec = (f"In/ADP/prep/4 {when}/NUM/pobj/0 ,/PUNCT/punct/4 Elendil/PROPN/nsubj/4 "
            "attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert code_of_source(coder, spec, dt.date(2026, 3, 1)) == code


def code_of_source(coder: Coder, spec: str, day: dt.date) -> str:
    (event,) = code(coder, spec, day)
    return event[0]


def test_an_actor_phrase_may_run_past_its_head(tmp_path: Path) -> None:
    folder = tiny_dicts_with(tmp_path, {"Tiny.actors.txt": "PRINCE_OF_DOL_AMROTH_ [DOL]\n"})
    spec = ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse the/DET/det/3 "
            "Prince/PROPN/dobj/1 of/ADP/prep/3 Dol/PROPN/compound/6 Amroth/PROPN/pobj/4 "
            "./PUNCT/punct/1")
    assert code(Coder(load_dictionaries(folder)), spec) == [("GON", "DOL", "112", "asserted")]


def test_a_name_the_parser_joined_to_the_head_joins_the_phrase(coder: Coder) -> None:
    # "Soldiers in Arnor and Gondor": the parser made Gondor a conjunct of "Soldiers"
    spec = ("Soldiers/NOUN/nsubj/5/soldier in/ADP/prep/0 Arnor/PROPN/pobj/1 and/CCONJ/cc/0 "
            "Gondor/PROPN/conj/0 attacked/VERB/ROOT/5/attack Mordor/PROPN/dobj/5 "
            "./PUNCT/punct/5")
    assert code(coder, spec) == [("ARNMIL", "MOR", "190", "asserted"),
                                 ("GONMIL", "MOR", "190", "asserted")]


def test_eventful_names_the_sentences_that_would_yield_events(coder: Coder) -> None:
    spec = ("Rain/NOUN/nsubj/1 fell/VERB/ROOT/1/fall ./PUNCT/punct/1 "
            "Gondor/PROPN/nsubj/4 attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/4")
    doc = parsed(spec)
    article = Article("t", doc.text, date=DAY)
    assert coder.eventful(doc, article) == [1]
    assert coder.code_doc(doc, article, only={1}) == coder.code_doc(doc, article)
    assert coder.code_doc(doc, article, only=set()) == []


def test_the_target_may_be_whom_the_objects_clause_is_about(coder: Coder) -> None:
    # "accused the claim that Mordor struck": Mordor
    spec = ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse the/DET/det/3 "
            "claim/NOUN/dobj/1 that/SCONJ/mark/6 Mordor/PROPN/nsubj/6 "
            "struck/VERB/acl/3/strike ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "112", "asserted")]


def test_an_adverbs_preposition_names_the_target(coder: Coder) -> None:
    # "Gondor attacked close to Mordor"
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack close/ADV/advmod/1 "
            "to/ADP/prep/2 Mordor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_a_purpose_clause_names_the_target(coder: Coder) -> None:
    # "Gondor met to accuse Mordor": no object of its own, so the purpose clause's
    spec = ("Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet to/PART/aux/3/to/TO "
            "accuse/VERB/advcl/1/accuse/VB Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert ("GON", "MOR", "040", "asserted") in code(coder, spec)


def test_a_particle_taken_for_a_preposition_leads_to_the_target(tmp_path: Path) -> None:
    # "Gondor cordoned off the roads leading into Mordor": "off" is no place
    cordoning = with_verbs(tmp_path, "--- CORDON [172] ---\n"
                           "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}\n")
    spec = ("Gondor/PROPN/nsubj/1 cordoned/VERB/ROOT/1/cordon off/ADP/prep/1 the/DET/det/4 "
            "roads/NOUN/pobj/2/road leading/VERB/acl/4/lead into/ADP/prep/5 "
            "Mordor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert code(cordoning, spec) == [("GON", "MOR", "172", "asserted")]


def test_a_list_parsed_as_modifiers_keeps_its_head(tmp_path: Path) -> None:
    # "Arnor, Gondor and the evil Mordor visited Eriador", parsed with Arnor a modifier of
    # Mordor and Gondor its conjunct: all three visit
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.actors.txt": "ERIADOR_ [ERI]\n"})))
    spec = ("Arnor/PROPN/nmod/6 ,/PUNCT/punct/0 Gondor/PROPN/conj/0 and/CCONJ/cc/2 "
            "the/DET/det/6 evil/ADJ/amod/6 Mordor/PROPN/nsubj/7 visited/VERB/ROOT/7/visit "
            "Eriador/PROPN/dobj/7 ./PUNCT/punct/7")
    assert sorted(code(coder, spec)) == [("ARN", "ERI", "042", "asserted"),
                                         ("GON", "ERI", "042", "asserted"),
                                         ("MOR", "ERI", "042", "asserted")]


def test_the_object_of_urged_does_what_it_is_urged_to(coder: Coder) -> None:
    # "Gondor urged Arnor to attack Mordor": Arnor would attack, not Gondor, and only if
    # it heeds the call
    spec = ("Gondor/PROPN/nsubj/1 urged/VERB/ROOT/1/urge Arnor/PROPN/dobj/1 to/PART/aux/4/to "
            "attack/VERB/xcomp/1/attack Mordor/PROPN/dobj/4 ./PUNCT/punct/1")
    assert code(coder, spec) == [("ARN", "MOR", "190", "hypothetical")]


def test_the_one_called_on_does_what_it_is_called_on_to(coder: Coder) -> None:
    # "Gondor called on Arnor to attack Mordor"
    spec = ("Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call on/ADP/prep/1 Arnor/PROPN/pobj/2 "
            "to/PART/aux/5/to attack/VERB/xcomp/1/attack Mordor/PROPN/dobj/5 ./PUNCT/punct/1")
    assert [c for c in code(coder, spec) if c[2] == "190"] == [
        ("ARN", "MOR", "190", "hypothetical")]


def test_an_object_naming_no_actor_leaves_the_subject_acting(coder: Coder) -> None:
    # "Gondor ordered its soldiers to attack Mordor": the soldiers are Gondor's, unnamed
    spec = ("Gondor/PROPN/nsubj/1 ordered/VERB/ROOT/1/order its/PRON/poss/3 "
            "men/NOUN/dobj/1/man to/PART/aux/5/to attack/VERB/xcomp/1/attack "
            "Mordor/PROPN/dobj/5 ./PUNCT/punct/1")
    assert [c[:3] for c in code(coder, spec)] == [("GON", "MOR", "190")]


def test_a_state_does_not_act_on_its_own_country(coder: Coder) -> None:
    # "Gondorian soldiers attacked Gondor": a domestic place, not a second actor
    spec = ("Gondorian/ADJ/amod/1 soldiers/NOUN/nsubj/2/soldier attacked/VERB/ROOT/2/attack "
            "Gondor/PROPN/dobj/2 ./PUNCT/punct/2")
    assert code(coder, spec) == []


def test_past_its_own_country_a_state_acts_on_the_next_actor(coder: Coder) -> None:
    # "Gondor attacked Gondor's border with Mordor"
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Gondor/PROPN/poss/4 "
            "'s/PART/case/2 border/NOUN/dobj/1 with/ADP/prep/4 Mordor/PROPN/pobj/5 "
            "./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_rebels_act_on_their_own_country(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.agents.txt": "REBEL [~REB]\n"})))
    spec = ("Gondorian/ADJ/amod/1 rebels/NOUN/nsubj/2/rebel attacked/VERB/ROOT/2/attack "
            "Gondor/PROPN/dobj/2 ./PUNCT/punct/2")
    assert code(coder, spec) == [("GONREB", "GON", "190", "asserted")]


def test_a_country_ending_the_subjects_place_is_no_second_subject(coder: Coder) -> None:
    # "An explosion at a base in Osgiliath, Mordor attacked Gondor", parsed as the small
    # model does, with Mordor a second subject: the place of the explosion, no doer
    spec = ("An/DET/det/1 explosion/NOUN/nsubj/9/explosion at/ADP/prep/1 a/DET/det/4 "
            "base/NOUN/pobj/2/base in/ADP/prep/4 {}/PROPN/pobj/5 ,/PUNCT/punct/9 "
            "Mordor/PROPN/nsubj/9 attacked/VERB/ROOT/9/attack Gondor/PROPN/dobj/9 "
            "./PUNCT/punct/9")
    assert code(coder, spec.format("Osgiliath")) == []
    # ... but where the comma follows no place ("An explosion of a base of Osgiliath,
    # Mordor attacked Gondor"), the parser's second subject may be one
    plain = spec.replace("in/ADP", "of/ADP").replace("at/ADP", "of/ADP")
    assert code(coder, plain.format("Osgiliath")) == [("MOR", "GON", "190", "asserted")]


def test_a_subject_the_parser_stranded_in_an_opening_phrase_acts(coder: Coder) -> None:
    # "Despite the war, Gondor, has attacked Mordor", parsed with Gondor an apposition
    # of "war" and the main verb left without a subject (as in the Putin-Turkey story)
    spec = ("Despite/ADP/prep/6 war/NOUN/pobj/0 ,/PUNCT/punct/1 Gondor/PROPN/appos/1 "
            ",/PUNCT/punct/1 has/AUX/aux/6/have/VBZ attacked/VERB/ROOT/6/attack/VBN "
            "Mordor/PROPN/dobj/6 ./PUNCT/punct/6")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_no_stranded_subject_past_another_noun(coder: Coder) -> None:
    # "In the war, Gondor, the governor attacked Mordor": the governor, unknown, acted
    spec = ("In/ADP/prep/7 war/NOUN/pobj/0 ,/PUNCT/punct/1 Gondor/PROPN/appos/1 "
            ",/PUNCT/punct/1 the/DET/det/6 governor/NOUN/npadvmod/7 "
            "attacked/VERB/ROOT/7/attack/VBD Mordor/PROPN/dobj/7 ./PUNCT/punct/7")
    assert code(coder, spec) == []


def test_actors_signing_a_treaty_sign_it_with_each_other(tmp_path: Path) -> None:
    signing = with_verbs(tmp_path, "--- SIGN [057] ---\nSIGN\n")
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 signed/VERB/ROOT/3/sign "
            "a/DET/det/5 treaty/NOUN/dobj/3/treaty ./PUNCT/punct/3")
    assert code(signing, spec) == [("GON", "ARN", "057", "asserted"),
                                   ("ARN", "GON", "057", "asserted")]


def test_a_phrase_that_says_when_is_no_pattern_preposition(tmp_path: Path) -> None:
    # "Gondor called Arnor on Tuesday" is a call, not "called on" (an appeal)
    calling = with_verbs(tmp_path, "--- CALL [041] ---\nCALL\n- * (ON) [020]\n")
    spec = ("Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call Arnor/PROPN/dobj/1 on/ADP/prep/1 "
            "Tuesday/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(calling, spec) == [("GON", "ARN", "041", "asserted")]
    appeal = ("Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call on/ADP/prep/1 "
              "Arnor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert code(calling, appeal) == [("GON", "ARN", "020", "asserted")]


@pytest.mark.parametrize(("pattern", "code_"), [
    # "Gondor opened talks with Arnor during a visit": no "* VISIT", which names what
    # is opened, reaches into what says when
    ("- * VISIT [042]", "041"),
    # ... but a pattern that names the "during" does ("(DURING VISIT)")
    ("- * (DURING VISIT) [043]", "043")])
def test_a_phrase_of_during_is_a_pattern_word_only_through_its_during(
        tmp_path: Path, pattern: str, code_: str) -> None:
    opening = with_verbs(tmp_path, f"--- OPEN [041] ---\nOPEN\n{pattern}\n")
    spec = ("Gondor/PROPN/nsubj/1 opened/VERB/ROOT/1/open talks/NOUN/dobj/1/talk "
            "with/ADP/prep/2 Arnor/PROPN/pobj/3 during/ADP/prep/1 a/DET/det/7 "
            "visit/NOUN/pobj/5/visit ./PUNCT/punct/1")
    assert [e[2] for e in code(opening, spec)] == [code_]


@pytest.mark.parametrize(("first", "source"), [
    ("Aragorn", ["ARNGOV"]),  # the full name
    ("Mr", ["ARNGOV"]),  # a title
    ("Boromir", []),  # someone else of that surname
])
def test_a_surname_after_another_first_name_is_a_namesake(
    tmp_path: Path, first: str, source: list[str]
) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.actors.txt": "ARAGORN_ELESSAR_ [ARNGOV]\n+ELESSAR_\n"})))
    spec = (f"{first}/PROPN/compound/1 Elessar/PROPN/nsubj/2 visited/VERB/ROOT/2/visit "
            "Mordor/PROPN/dobj/2 ./PUNCT/punct/2")
    assert [c[0] for c in code(coder, spec)] == source


def test_the_press_a_speaker_tells_is_no_target(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.agents.txt": "MEDIA [~MED]\n", "Tiny.verbs.txt": "--- TELL [010] ---\nTELL\n"})))
    press = ("Gondor/PROPN/nsubj/1 told/VERB/ROOT/1/tell Arnorian/ADJ/amod/3 "
             "media/NOUN/dobj/1 ./PUNCT/punct/1")
    assert code(coder, press) == []
    state = "Gondor/PROPN/nsubj/1 told/VERB/ROOT/1/tell Arnor/PROPN/dobj/1 ./PUNCT/punct/1"
    assert code(coder, state) == [("GON", "ARN", "010", "asserted")]


def test_a_pronoun_is_no_actor_whatever_it_spells(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.actors.txt": "US_ [USA]\n"})))
    pronoun = "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack us/PRON/dobj/1 ./PUNCT/punct/1"
    assert code(coder, pronoun) == []
    name = "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack US/PROPN/dobj/1 ./PUNCT/punct/1"
    assert code(coder, name) == [("GON", "USA", "190", "asserted")]


def test_a_refusal_without_a_code_leaves_the_action_negated(tmp_path: Path) -> None:
    # "Gondor refused to attack Mordor" where no refusal pattern codes it: the attack, not
    # having happened
    refusing = with_verbs(tmp_path, "--- REFUSE  [---]  ---\nREFUSE\n")
    spec = ("Gondor/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse/VBD to/PART/aux/3/to/TO "
            "attack/VERB/xcomp/1/attack/VB Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert code(refusing, spec) == [("GON", "MOR", "190", "negated")]


def test_a_name_the_parser_compounded_to_a_disagreeing_verb_is_its_subject(
    coder: Coder,
) -> None:
    # "Gondor attack Mordor": the verb does not agree, and the parser reads a compound noun
    spec = ("Gondor/PROPN/compound/1 attack/VERB/ROOT/1/attack/VBP Mordor/PROPN/dobj/1 "
            "./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]
    # "Gondor strikes on Mordor": a noun taken for a verb acts on no one
    noun = ("Gondor/PROPN/compound/1 strikes/VERB/ROOT/1/strike/VBZ on/ADP/prep/1 "
            "Mordor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert code(coder, noun) == []


def test_a_word_joined_to_the_star_must_directly_precede_the_verb(tmp_path: Path) -> None:
    recently = with_verbs(tmp_path, "--- HELP [070] ---\nHELP\n- RECENTLY_* [071]\n")
    adjacent = ("Gondor/PROPN/nsubj/2 recently/ADV/advmod/2 helped/VERB/ROOT/2/help "
                "Arnor/PROPN/dobj/2 ./PUNCT/punct/2")
    assert code(recently, adjacent) == [("GON", "ARN", "071", "asserted")]
    apart = ("Gondor/PROPN/nsubj/3 recently/ADV/advmod/3 did/AUX/aux/3/do "
             "help/VERB/ROOT/3/help Arnor/PROPN/dobj/3 ./PUNCT/punct/3")
    assert code(recently, apart) == [("GON", "ARN", "070", "asserted")]


def test_of_two_patterns_as_long_the_one_matching_more_words_wins(tmp_path: Path) -> None:
    giving = with_verbs(tmp_path, "&CASH\n+FLORIN\n\n&HOARD\n+GOLD FLORIN\n\n"
                        "--- GIVE [070] ---\nGIVE\n- * &CASH [071]\n- * &HOARD [072]\n")
    spec = ("Gondor/PROPN/nsubj/1 gave/VERB/ROOT/1/give gold/NOUN/compound/3 "
            "florin/NOUN/dobj/1 to/ADP/prep/1 Arnor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(giving, spec) == [("GON", "ARN", "072", "asserted")]
    plain = ("Gondor/PROPN/nsubj/1 gave/VERB/ROOT/1/give florin/NOUN/dobj/1 to/ADP/prep/1 "
             "Arnor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(giving, plain) == [("GON", "ARN", "071", "asserted")]


@pytest.mark.parametrize(("former", "agent", "source"), [
    ("former", "president", "GONELI"),  # a former office holder is the elite
    ("former", "soldier", "GONMIL"),  # a former soldier is no elite
    ("new", "president", "GONGOV"),
])
def test_former_office_holders_are_the_elite(
    coder: Coder, former: str, agent: str, source: str
) -> None:
    spec = (f"{former}/ADJ/amod/2 Gondor/PROPN/compound/2 {agent}/NOUN/nsubj/3 "
            "attacked/VERB/ROOT/3/attack Mordor/PROPN/dobj/3 ./PUNCT/punct/3")
    assert code(coder, spec) == [(source, "MOR", "190", "asserted")]


def test_a_pattern_that_spells_the_negation_out_codes_it_as_asserted(tmp_path: Path) -> None:
    # "- NOT * [057]": the dictionary says what not clashing means; negating the event
    # again would undo it
    clashing = with_verbs(tmp_path, "&NOTAUX\n+DID NOT\n\n--- CLASH [110] ---\nCLASH\n"
                          "- &NOTAUX * [057]\n- WILL NOT * [081]\n")
    spec = ("Gondor/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3/not/RB "
            "clash/VERB/ROOT/3/clash/VB with/ADP/prep/3 Arnor/PROPN/pobj/4 ./PUNCT/punct/3")
    assert code(clashing, spec) == [("GON", "ARN", "057", "asserted")]
    will = spec.replace("did/AUX/aux/3/do", "will/AUX/aux/3/will/MD")
    assert code(clashing, will) == [("GON", "ARN", "081", "future")]
    plain = with_verbs(tmp_path, "--- CLASH [110] ---\nCLASH\n")
    assert code(plain, spec) == [("GON", "ARN", "110", "negated")]


def test_a_phrase_with_a_conjunction_says_when_not_whom(coder: Coder) -> None:
    # "Gondor attacked while in Mordor": where it was, not whom it attacked
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack while/SCONJ/mark/3 "
            "in/ADP/prep/1 Mordor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(coder, spec) == []
    bare = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack in/ADP/prep/1 "
            "Mordor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert code(coder, bare) == [("GON", "MOR", "190", "asserted")]


def test_where_the_pattern_targets_the_subject_the_speaker_above_is_the_source(
    tmp_path: Path,
) -> None:
    regretting = with_verbs(tmp_path, "--- REGRET [111] ---\nREGRET\n- NOTED + * [115]\n")
    spec = ("Gondor/PROPN/nsubj/1 noted/VERB/ROOT/1/note that/SCONJ/mark/4 "
            "Mordor/PROPN/nsubj/4 regretted/VERB/ccomp/1/regret Arnor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    assert code(regretting, spec) == [("GON", "MOR", "115", "asserted")]


def test_a_participle_on_the_object_lends_its_prepositions_to_the_pattern(
    tmp_path: Path,
) -> None:
    # "welcomed assurances sent from Arnor": the assurances come FROM Arnor
    welcoming = with_verbs(tmp_path, "--- WELCOME [041] ---\nWELCOME\n"
                           "- * ASSURANCES FROM [913]\n- * ASSURANCES [914]\n")
    spec = ("Gondor/PROPN/nsubj/1 welcomed/VERB/ROOT/1/welcome "
            "assurances/NOUN/dobj/1/assurance sent/VERB/acl/2/send/VBN from/ADP/prep/3 "
            "Arnor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(welcoming, spec) == [("GON", "ARN", "913", "asserted")]


def test_a_participle_that_says_when_names_no_target(coder: Coder) -> None:
    # "attacked positions following talks with Mordor": the parser's participle
    # "following" says when; "positions held by Mordor" says whose
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack positions/NOUN/dobj/1/position "
            "{}/VERB/acl/2/{}/{} {}/ADP/{}/3 Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(coder, spec.format("following", "follow", "VBG", "with", "prep")) == []
    assert code(coder, spec.format("held", "hold", "VBN", "by", "agent")) == [
        ("GON", "MOR", "190", "asserted")]


def test_rebels_demanding_of_their_own_government_stand_against_it(tmp_path: Path) -> None:
    demanding = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- DEMAND [100] ---\nDEMAND\n",
        "Tiny.agents.txt": "REBEL [~REB]\n"})))
    spec = ("Gondor/PROPN/compound/1 {}/NOUN/nsubj/2 demanded/VERB/ROOT/2/demand "
            "that/SCONJ/mark/6 Gondor/PROPN/compound/5 president/NOUN/nsubj/6 "
            "resign/VERB/ccomp/2/resign ./PUNCT/punct/2")
    assert code(demanding, spec.format("rebels")) == [
        ("GONREB", "GONGOV", "100", "asserted")]
    # ... but its own soldiers saying what their government does are no event between them
    assert code(demanding, spec.format("soldiers")) == []


def test_what_parties_meet_about_is_no_party(tmp_path: Path) -> None:
    raising = with_verbs(tmp_path, "--- RAISE [---] ---\nRAISE\n- * CONCERNS [040:040]\n")
    spec = ("Gondor/PROPN/nsubj/1 raised/VERB/ROOT/1/raise concerns/NOUN/dobj/1/concern "
            "{}/ADP/prep/2 Mordor/PROPN/pobj/3 ./PUNCT/punct/1")
    # "Gondor raised concerns about Mordor": Mordor is talked about, not met
    assert code(raising, spec.format("about")) == []
    assert code(raising, spec.format("with")) == [("GON", "MOR", "040", "asserted"),
                                                  ("MOR", "GON", "040", "asserted")]


def test_those_who_report_together_report_to_no_one_of_them(tmp_path: Path) -> None:
    reporting = with_verbs(tmp_path, "--- REPORT [010] ---\nREPORT\n- * ATTACK [190]\n")
    # "Gondor and Arnor report that they repelled attacks": not on each other
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 {}/VERB/ROOT/3/{} "
            "that/SCONJ/mark/6 they/PRON/nsubj/6 repelled/VERB/ccomp/3/repel "
            "attacks/NOUN/dobj/6/attack ./PUNCT/punct/3")
    assert code(reporting, spec.format("report", "report")) == []
    # ... as those who attack together, where no one else is named, attack each other
    assert code(reporting, spec.format("attack", "attack")) == [
        ("GON", "ARN", "190", "asserted"), ("ARN", "GON", "190", "asserted")]


def test_a_person_named_as_the_doer_of_a_deed_is_its_only_doer(coder: Coder) -> None:
    # "Gondor sentenced a man for attacking Mordor": the man attacked, not Gondor
    spec = ("Gondor/PROPN/nsubj/1 sentenced/VERB/ROOT/1/sentence {}/NOUN/dobj/1/{} "
            "for/ADP/prep/1 attacking/VERB/pcomp/3/attack/VBG Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    assert code(coder, spec.format("man", "man")) == []
    # ... nor people no actor commands ("detains a group of people for firing rockets")
    assert code(coder, spec.format("people", "people")) == []
    assert code(coder, spec.format("group", "group")) == []
    # ... nor a company ("convicted Acme for attacking Mordor")
    assert code(coder, spec.replace("{}/NOUN/dobj/1/{}", "Acme/PROPN/dobj/1")) == []
    # ... where what the object names is no one, the deed is the subject's ("praised
    # drones for attacking Mordor": its drones, unless a court holds them to account)
    praised = spec.replace("sentenced/VERB/ROOT/1/sentence", "praised/VERB/ROOT/1/praise")
    assert code(coder, praised.format("drones", "drone")) == [
        ("GON", "MOR", "190", "asserted")]


@pytest.mark.parametrize(("subject", "found"), [
    # "Gondor criticized Gondor soldiers": no event between Gondor and its army
    ("Gondor/PROPN/nsubj/1", []),
    # ... but Gondor's people may stand against its soldiers
    ("Gondorians/PROPN/nsubj/1/gondorians/NNPS", [("GON", "GONMIL", "111", "asserted")])])
def test_a_country_named_is_no_other_side_of_its_own_state(
        coder: Coder, subject: str, found: list[tuple[str, str, str, str]]) -> None:
    spec = (f"{subject} criticized/VERB/ROOT/1/criticize Gondor/PROPN/compound/3 "
            "soldiers/NOUN/dobj/1/soldier ./PUNCT/punct/1")
    assert code(coder, spec) == found


def test_a_person_known_by_one_name_is_not_whoever_bears_it_last(tmp_path: Path) -> None:
    princely = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "HASSAN_\n    [GONGOV 200101-251231]\n"})))
    spec = "Arnor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack {} ./PUNCT/punct/1"
    # "Arnor attacked Khor Hassan": a town, or another Hassan
    assert code(princely, spec.format("Khor/PROPN/compound/3 Hassan/PROPN/dobj/1")) == []
    assert code(princely, spec.format("Hassan/PROPN/dobj/1")) == [
        ("ARN", "GONGOV", "190", "asserted")]


def test_those_who_meet_together_meet_each_other_not_what_they_meet_for(coder: Coder) -> None:
    # "Gondor and Arnor met to criticize Mordor": they met each other, not Mordor
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 met/VERB/ROOT/3/meet "
            "to/PART/aux/5/to/TO criticize/VERB/advcl/3/criticize/VB Mordor/PROPN/dobj/5 "
            "./PUNCT/punct/3")
    meetings = [(s, t) for s, t, c, _ in code(coder, spec) if c == "040"]
    assert meetings == [("GON", "ARN"), ("ARN", "GON")]


def test_relations_those_who_meet_discuss_are_no_party_to_the_meeting(tmp_path: Path) -> None:
    discussing = with_verbs(tmp_path, "--- DISCUSS [040] ---\nDISCUSS\n")
    # "Gondor and Arnor discussed Mordor relations": they met each other, not Mordor
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "discussed/VERB/ROOT/3/discuss Mordor/PROPN/compound/5 "
            "relations/NOUN/dobj/3/relation ./PUNCT/punct/3")
    assert code(discussing, spec) == [("GON", "ARN", "040", "asserted"),
                                      ("ARN", "GON", "040", "asserted")]


def test_naming_something_calls_no_one(tmp_path: Path) -> None:
    calling = with_verbs(tmp_path, "--- TELEPHONE [041] ---\nCALL\n")
    # "Gondor called Arnor's conduct a breach": a name given, no telephone call
    naming = ("Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call/VBD Arnor/PROPN/poss/4 "
              "'s/PART/case/2 conduct/NOUN/dobj/1 a/DET/det/6 breach/NOUN/oprd/1 "
              "./PUNCT/punct/1")
    assert code(calling, naming) == []
    assert code(calling, "Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call/VBD "
                         "Arnor/PROPN/dobj/1 ./PUNCT/punct/1") == [
        ("GON", "ARN", "041", "asserted")]


def test_a_side_taken_keeps_no_agent_of_its_phrases_owner(tmp_path: Path) -> None:
    opposing = with_verbs(tmp_path, "--- OPPOSE [110] ---\nOPPOSE\n")
    # "Gondor opposed President Smith's pro-Arnor position": no Arnor president's
    spec = ("Gondor/PROPN/nsubj/1 opposed/VERB/ROOT/1/oppose President/PROPN/compound/3 "
            "Smith/PROPN/poss/8 's/PART/case/3 pro/ADJ/amod/8 -/PUNCT/punct/8 "
            "Arnor/PROPN/amod/8 position/NOUN/dobj/1 ./PUNCT/punct/1")
    assert code(opposing, spec) == [("GON", "ARN", "110", "asserted")]


def test_those_who_join_a_thing_together_do_not_join_each_other(tmp_path: Path) -> None:
    joining = with_verbs(tmp_path, "--- ASSEMBLE [040] ---\nJOIN\n")
    # "the coalition was joined by Arnor and Mordor": they joined the coalition
    spec = ("the/DET/det/1 {}/NOUN/nsubjpass/3/{} was/AUX/auxpass/3/be/VBD "
            "joined/VERB/ROOT/3/join/VBN by/ADP/agent/3 Arnor/PROPN/pobj/4 "
            "and/CCONJ/cc/5 Mordor/PROPN/conj/5 ./PUNCT/punct/3")
    assert code(joining, spec.format("coalition", "coalition")) == []
    # ... but talks joined by both are between them
    assert code(joining, spec.format("talks", "talk")) == [("ARN", "MOR", "040", "asserted"),
                                                   ("MOR", "ARN", "040", "asserted")]


def test_bodies_of_one_side_act_together_not_on_each_other(tmp_path: Path) -> None:
    attacking = with_verbs(tmp_path, "--- ATTACK [190] ---\nATTACK\n")
    # "the Gondor president and the Gondor army attacked": together, on no one named
    spec = ("{}/PROPN/compound/1 president/NOUN/nsubj/5 and/CCONJ/cc/1 "
            "Gondor/PROPN/compound/4 army/NOUN/conj/1 attacked/VERB/ROOT/5/attack "
            "./PUNCT/punct/5")
    assert code(attacking, spec.format("Gondor")) == []
    # ... where two countries' bodies attack, each attacks the other
    assert code(attacking, spec.format("Arnor")) == [
        ("ARNGOV", "GONMIL", "190", "asserted"), ("GONMIL", "ARNGOV", "190", "asserted")]


def test_a_relative_clause_in_what_is_reported_is_no_word_of_it(tmp_path: Path) -> None:
    reporting = with_verbs(tmp_path, "--- ANNOUNCE [010] ---\nANNOUNCE\n- * ATTACK [190]\n")
    # "Gondor and Arnor announced they killed soldiers who made attacks": the attacks
    # are the soldiers', told of to say who they were, not what was announced
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "announced/VERB/ROOT/3/announce they/PRON/nsubj/5 {} ./PUNCT/punct/3")
    described = ("killed/VERB/ccomp/3/kill soldiers/NOUN/dobj/5/soldier who/PRON/nsubj/8 "
                 "made/VERB/relcl/6/make attacks/NOUN/dobj/8/attack")
    assert code(reporting, spec.format(described)) == []
    # ... but the reported clause's own words are: "announced they made attacks"
    assert code(reporting, spec.format(
        "made/VERB/ccomp/3/make attacks/NOUN/dobj/5/attack")) == [
        ("GON", "ARN", "190", "asserted"), ("ARN", "GON", "190", "asserted")]


def test_a_participle_of_ties_says_who_someone_is(tmp_path: Path) -> None:
    linking = with_verbs(tmp_path, "--- LINK [060] ---\nLINK\n")
    # "Gondor soldiers linked to Mordor are convicted", the participle parsed as the verb
    spec = ("Gondor/PROPN/compound/1 soldiers/NOUN/nsubj/2/soldier linked/VERB/ROOT/2/link/VBN "
            "to/ADP/prep/2 Mordor/PROPN/pobj/3 are/AUX/auxpass/6/be/VBP "
            "convicted/VERB/conj/2/convict/VBN ./PUNCT/punct/2")
    assert code(linking, spec) == []
    # ... but "has linked" with an auxiliary tells of a link made
    made = ("Gondor/PROPN/nsubj/2 has/AUX/aux/2/have/VBZ linked/VERB/ROOT/2/link/VBN "
            "with/ADP/prep/2 Mordor/PROPN/pobj/3 ./PUNCT/punct/2")
    assert code(linking, made) == [("GON", "MOR", "060", "asserted")]


@pytest.mark.parametrize(("preposition", "found"), [
    ("in", []), ("from", [("MOR", "ARN", "190", "asserted")])])
def test_where_an_event_happens_is_no_one_who_acts_in_it(
        coder: Coder, preposition: str, found: list[tuple[str, str, str, str]]) -> None:
    # "airstrikes in Mordor struck Arnor": somebody's, in Mordor; "from Mordor": Mordor's
    spec = (f"airstrikes/NOUN/nsubj/3/airstrike/NNS {preposition}/ADP/prep/0 "
            "Mordor/PROPN/pobj/1 struck/VERB/ROOT/3/strike/VBD Arnor/PROPN/dobj/3 "
            "./PUNCT/punct/3")
    assert code(coder, spec) == found


@pytest.mark.parametrize(("verb", "found"), [
    ("met/VERB/ROOT/1/meet", []),
    ("attacked/VERB/ROOT/1/attack", [("GON", "MOR", "190", "asserted")])])
def test_what_a_place_is_near_is_no_target_but_of_force(
        coder: Coder, verb: str, found: list[tuple[str, str, str, str]]) -> None:
    # "Gondor met people near Mordor": no one of Mordor; attacking there is on Mordor
    spec = (f"Gondor/PROPN/nsubj/1 {verb} people/NOUN/dobj/1 near/ADP/prep/2 "
            "Mordor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(coder, spec) == found


def test_a_pattern_noun_that_only_says_what_a_matter_is_about_does_not_match(
        tmp_path: Path) -> None:
    ending = with_verbs(tmp_path, "--- CANCEL [---] ---\nEND\n- * BORDER [172]\n")
    # "Gondor ended the border dispute with Mordor": no border closed
    spec = ("Gondor/PROPN/nsubj/1 ended/VERB/ROOT/1/end the/DET/det/{head} "
            "border/NOUN/{dep}/{head} {rest}with/ADP/prep/1 Mordor/PROPN/pobj/{with_} "
            "./PUNCT/punct/1")
    assert code(ending, spec.format(dep="compound", head=4, rest="dispute/NOUN/dobj/1 ",
                                    with_=5)) == []
    assert code(ending, spec.format(dep="dobj", head=1, rest="", with_=4)) == [
        ("GON", "MOR", "172", "asserted")]
    # "Gondor ended the border visas with Mordor": a paper's modifier says what it is for
    assert code(ending, spec.format(dep="compound", head=4, rest="visas/NOUN/dobj/1/visa ",
                                    with_=5)) == []


def test_parties_to_a_truce_keep_it_with_each_other_whatever_it_serves(
        tmp_path: Path) -> None:
    extending = with_verbs(tmp_path, "--- EXTEND [---] ---\nEXTEND\n- * TRUCE [081]\n")
    # "Gondor and Arnor extended their truce to free soldiers of Mordor"
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "extended/VERB/ROOT/3/extend their/PRON/poss/5 truce/NOUN/dobj/3/truce "
            "to/PART/aux/7/to/TO free/VERB/advcl/3/free/VB soldiers/NOUN/dobj/7/soldier "
            "of/ADP/prep/8 Mordor/PROPN/pobj/9 ./PUNCT/punct/3")
    assert code(extending, spec) == [("GON", "ARN", "081", "asserted"),
                                     ("ARN", "GON", "081", "asserted")]


def test_a_country_name_opening_a_valleys_is_the_valleys_own(coder: Coder) -> None:
    # "Gondor attacked villages in the Mordor Valley": no one of Mordor
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack villages/NOUN/dobj/1/village "
            "in/ADP/prep/2 the/DET/det/6 Mordor/PROPN/compound/6 {}/PROPN/pobj/3/{} "
            "./PUNCT/punct/1")
    assert code(coder, spec.format("Valley", "valley")) == []
    assert code(coder, spec.format("Province", "province")) == [
        ("GON", "MOR", "190", "asserted")]


def test_a_city_name_opening_a_treatys_is_the_treatys_own(tmp_path: Path) -> None:
    austrian = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "AUSTRIA_ [AUT]\n+VIENNA_\n"})))
    spec = ("Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize the/DET/det/4 "
            "{}/PROPN/compound/4 Convention/PROPN/dobj/1/convention ./PUNCT/punct/1")
    # "Gondor criticized the Vienna Convention": a treaty, no one of Austria
    assert code(austrian, spec.format("Vienna")) == []
    # ... but a country's name before a treaty's names a party to it
    assert code(austrian, spec.format("Austria")) == [("GON", "AUT", "111", "asserted")]
    # "the Vienna Nuclear Convention": the treaty's word closes a longer name
    longer = ("Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize the/DET/det/5 "
              "Vienna/PROPN/compound/4 Nuclear/PROPN/compound/5 "
              "Convention/PROPN/dobj/1/convention ./PUNCT/punct/1")
    assert code(austrian, longer) == []
    # "Gondor criticized the Vienna Statute", "... the Vienna Pact": treaties too
    for word in ("Statute", "Pact"):
        named = spec.format("Vienna").replace("Convention/PROPN/dobj/1/convention",
                                              f"{word}/PROPN/dobj/1/{word.lower()}")
        assert code(austrian, named) == []


@pytest.mark.parametrize(("before", "expected"), [
    # "Gondor criticized the Crans-Mordor bank": a longer name's end, no one of Mordor
    ("Crans", []),
    # ... but "the Anti-Mordor bank" and "the Gondor-Mordor bank" name it
    ("Anti", [("GON", "MOR", "111", "asserted")]),
    ("Gondor", [("GON", "MOR", "111", "asserted")])])
def test_a_name_joined_by_a_hyphen_to_a_word_is_a_longer_names_end(
        coder: Coder, before: str, expected: list[tuple[str, str, str, str]]) -> None:
    doc = parsed(f"Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize the/DET/det/6 "
                 f"{before}/PROPN/compound/5 -/PUNCT/punct/5 Mordor/PROPN/compound/6 "
                 "bank/NOUN/dobj/1/bank ./PUNCT/punct/1", glued={3, 4})
    found = coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert "Crans-Mordor" in doc.text or before != "Crans"
    assert [(e.source.code, e.target.code if e.target else None, e.cameo, e.status)
            for e in found if e.source and e.target] == expected


def test_a_decision_to_do_a_coded_act_is_that_act(tmp_path: Path) -> None:
    deciding = with_verbs(tmp_path, "--- DECIDE [030] ---\nDECIDE\n")
    spec = ("Gondor/PROPN/nsubj/1 decided/VERB/ROOT/1/decide to/PART/aux/3/to/TO "
            "{}/VERB/{}/1/{}/VB Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    # "Gondor decided to attack Mordor": the attack, to come, and no intent besides
    assert [c for _, _, c, _ in code(deciding, spec.format("attack", "xcomp", "attack"))] \
        == ["190"]
    # ... however the parser hangs the infinitive
    assert [c for _, _, c, _ in code(deciding, spec.format("attack", "advcl", "attack"))] \
        == ["190"]
    # ... but a decision to do what no verb block codes is the intent itself
    assert [c for _, _, c, _ in code(deciding, spec.format("fund", "xcomp", "fund"))] \
        == ["030"]


@pytest.mark.parametrize("statement", ["statement", "bill"])
def test_what_an_issued_statement_does_is_the_issuers_act(tmp_path: Path, statement: str) -> None:
    issuing = with_verbs(tmp_path, "--- ISSUE [010] ---\nISSUE\nPASS\n")
    # "Gondor issued a statement criticizing Mordor", "passed a bill criticizing Mordor":
    # Gondor criticized Mordor, and said no more besides
    spec = (f"Gondor/PROPN/nsubj/1 issued/VERB/ROOT/1/issue a/DET/det/3 "
            f"{statement}/NOUN/dobj/1/{statement} criticizing/VERB/acl/3/criticize/VBG "
            "Mordor/PROPN/dobj/4 ./PUNCT/punct/1")
    assert code(issuing, spec) == [("GON", "MOR", "111", "asserted")]


def test_what_a_verb_said_is_not_said_again_by_the_verb_it_governs(tmp_path: Path) -> None:
    seeking = with_verbs(tmp_path, "--- SEEK [030] ---\nSEEK\nIMPROVE\n")
    # "Gondor sought to improve ties with Mordor": one intent, not a second one to come
    spec = ("Gondor/PROPN/nsubj/1 sought/VERB/ROOT/1/seek/VBD to/PART/aux/3/to/TO "
            "improve/VERB/xcomp/1/improve/VB ties/NOUN/dobj/3/tie with/ADP/prep/4 "
            "Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(seeking, spec) == [("GON", "MOR", "030", "asserted")]


@pytest.mark.parametrize(("participle", "found"), [
    ("mediated/VERB/acl/5/mediate", []),
    ("proposed/VERB/acl/5/propose", [("GON", "MOR", "057", "asserted")])])
def test_who_mediated_talks_is_no_party_to_them(
        tmp_path: Path, participle: str, found: list[tuple[str, str, str, str]]) -> None:
    reaching = with_verbs(tmp_path, "--- REACH [---] ---\nREACH\n- * AGREEMENT [057]\n")
    # "Gondor reached an agreement at talks mediated by Mordor"
    spec = ("Gondor/PROPN/nsubj/1 reached/VERB/ROOT/1/reach an/DET/det/3 "
            "agreement/NOUN/dobj/1 at/ADP/prep/3 talks/NOUN/pobj/4/talk "
            f"{participle}/VBN by/ADP/agent/6 Mordor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert code(reaching, spec) == found


def test_which_after_a_city_and_its_country_is_no_one_who_acts(coder: Coder) -> None:
    # "Arnor signed a deal in Mordor, Gondor, which attacked Elendil": "which" is not
    # the place (the parser hangs it there)
    spec = ("Arnor/PROPN/nsubj/1 signed/VERB/ROOT/1/sign a/DET/det/3 deal/NOUN/dobj/1 "
            "in/ADP/prep/3 Mordor/PROPN/pobj/4 ,/PUNCT/punct/5 Gondor/PROPN/appos/5 "
            ",/PUNCT/punct/5 which/PRON/nsubj/10/which/WDT attacked/VERB/relcl/5/attack "
            "Elendil/PROPN/dobj/10 ./PUNCT/punct/1")
    assert [c for c in code(coder, spec) if c[2] == "190"] == []


def test_against_names_whom_before_any_other_phrase(coder: Coder) -> None:
    # "Gondor struck from Arnor against Mordor": Mordor is struck, Arnor is where from
    spec = ("Gondor/PROPN/nsubj/1 struck/VERB/ROOT/1/strike/VBD from/ADP/prep/1 "
            "Arnor/PROPN/pobj/2 against/ADP/prep/1 Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_whom_the_objects_phrases_reach_comes_before_where_they_start(
    tmp_path: Path,
) -> None:
    firing = with_verbs(tmp_path, "--- FIRE [190] ---\nFIRE\n- * MISSILE [195]\n")
    # "Gondor fired missiles from Arnor at Mordor": Arnor is where they were fired from
    spec = ("Gondor/PROPN/nsubj/1 fired/VERB/ROOT/1/fire/VBD missiles/NOUN/dobj/1/missile "
            "from/ADP/prep/2 Arnor/PROPN/pobj/3 at/ADP/prep/2 Mordor/PROPN/pobj/5 "
            "./PUNCT/punct/1")
    assert code(firing, spec) == [("GON", "MOR", "195", "asserted")]


def test_where_a_route_starts_is_no_one_on_it(tmp_path: Path) -> None:
    flying = with_verbs(tmp_path, "--- LAUNCH [060] ---\nLAUNCH\n- * FLIGHT [060]\n")
    # "Gondor launched a flight from Arnor to Mordor": to Mordor, not Arnor
    spec = ("Gondor/PROPN/nsubj/1 launched/VERB/ROOT/1/launch/VBD a/DET/det/3 "
            "flight/NOUN/dobj/1 from/ADP/prep/3 Arnor/PROPN/pobj/4 to/ADP/prep/3 "
            "Mordor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert code(flying, spec) == [("GON", "MOR", "060", "asserted")]
    # ... but "a letter from Arnor to Mordor" is Arnor's
    writing = with_verbs(tmp_path, "--- READ [060] ---\nREAD\n- * LETTER [060]\n")
    letter = spec.replace("launched/VERB/ROOT/1/launch", "read/VERB/ROOT/1/read").replace(
        "flight/NOUN", "letter/NOUN")
    assert code(writing, letter) == [("GON", "ARN", "060", "asserted")]


def test_a_states_own_people_urged_are_its_people_not_where_they_are(
    tmp_path: Path,
) -> None:
    urging = with_verbs(tmp_path, "--- URGE [020] ---\nURGE\n")
    # "Gondor urged Gondorians to leave Mordor": Gondor's people, not Mordor
    spec = ("Gondor/PROPN/nsubj/1 urged/VERB/ROOT/1/urge/VBD "
            "{}Gondorians/PROPN/dobj/1/Gondorian/NNPS to/PART/aux/{}/to/TO "
            "leave/VERB/xcomp/1/leave/VB Mordor/PROPN/dobj/{} ./PUNCT/punct/1")
    assert code(urging, spec.format("", 4, 4)) == [("GON", "GONCVL", "020", "asserted")]
    # ... but "non-Gondorians" are others
    others = spec.format("non/ADJ/amod/4 -/PUNCT/punct/4 ", 6, 6)
    assert ("GON", "GONCVL", "020", "asserted") not in code(urging, others)


def test_a_summit_on_whose_sidelines_a_deed_is_done_is_no_party(tmp_path: Path) -> None:
    warning = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- WARN [130] ---\nWARN\n",
        "Tiny.actors.txt": "COUNCIL_ [IGOCNC]\n"})))
    # "Gondor warned on the sidelines of the Council summit": the summit is where
    spec = ("Gondor/PROPN/nsubj/1 warned/VERB/ROOT/1/warn/VBD on/ADP/prep/1 "
            "the/DET/det/4 sidelines/NOUN/pobj/2/sideline of/ADP/prep/4 the/DET/det/8 "
            "Council/PROPN/compound/8 summit/NOUN/pobj/5/summit ./PUNCT/punct/1")
    assert [t for _, t, _, _ in code(warning, spec)] in ([], [None])
    # ... but "warned the Council" warns it
    spec = ("Gondor/PROPN/nsubj/1 warned/VERB/ROOT/1/warn/VBD the/DET/det/3 "
            "Council/PROPN/dobj/1 ./PUNCT/punct/1")
    assert [t for _, t, _, _ in code(warning, spec)] == ["IGOCNC"]


def test_whom_a_time_phrase_names_is_no_patterns(tmp_path: Path) -> None:
    clashing = with_verbs(tmp_path, "--- CLASH [190] ---\nHIT\n- * (BETWEEN) [190:190]\n")
    # "Gondor hit Mordor during the truce between Arnor and Mordor": no clash between
    # the two, each hitting the other
    spec = ("Gondor/PROPN/nsubj/1 hit/VERB/ROOT/1/hit/VBD Mordor/PROPN/dobj/1 "
            "during/ADP/prep/1 the/DET/det/5 truce/NOUN/pobj/3 between/ADP/prep/5 "
            "Arnor/PROPN/pobj/6 and/CCONJ/cc/7 Mordor/PROPN/conj/7 ./PUNCT/punct/1")
    assert code(clashing, spec) == [("GON", "MOR", "190", "asserted")]


def test_a_caret_skips_a_prepositional_phrase_with_its_noun(tmp_path: Path) -> None:
    # "* FEAST ^ +": "the feast with Arnor" skips Arnor's phrase; Mordor is the target
    feasting = with_verbs(tmp_path, "--- CELEBRATE [017] ---\nCELEBRATE\n- * FEAST ^ + [018]\n")
    spec = ("Gondor/PROPN/nsubj/1 celebrated/VERB/ROOT/1/celebrate feast/NOUN/dobj/1 "
            "with/ADP/prep/1 Arnor/PROPN/pobj/3 at/ADP/prep/1 Mordor/PROPN/pobj/5 "
            "./PUNCT/punct/1")
    assert code(feasting, spec) == [("GON", "MOR", "018", "asserted")]


def test_a_pattern_naming_both_sides_may_set_a_state_against_its_country(
    tmp_path: Path,
) -> None:
    visiting = with_verbs(tmp_path, "--- INSPECT [042] ---\nINSPECT\n- $ * TROOPS IN + [043]\n")
    spec = ("Gondor/PROPN/compound/1 army/NOUN/nsubj/2 inspected/VERB/ROOT/2/inspect "
            "troops/NOUN/dobj/2 in/ADP/prep/3 Gondor/PROPN/pobj/4 ./PUNCT/punct/2")
    assert code(visiting, spec) == [("GONMIL", "GON", "043", "asserted")]
    unmarked = with_verbs(tmp_path, "--- INSPECT [042] ---\nINSPECT\n- * TROOPS [043]\n")
    assert code(unmarked, spec) == []


def test_a_verb_of_report_with_an_infinitive_says_reportedly(tmp_path: Path) -> None:
    # "soldiers said to be attacked in Mordor", parsed with "said" a past tense: no one
    # says anything, and who attacked is not said
    saying = with_verbs(tmp_path, "--- SAY [010] ---\nSAY\n")
    spec = ("Gondorian/ADJ/amod/1 soldiers/NOUN/nsubj/2/soldier said/VERB/ROOT/2/say/VBD "
            "to/PART/aux/5/to/TO be/AUX/auxpass/5/be/VB attacked/VERB/xcomp/2/attack/VBN "
            "in/ADP/prep/5 Mordor/PROPN/pobj/6 ./PUNCT/punct/2")
    assert code(saying, spec) == []
    told = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say to/ADP/prep/1 Arnor/PROPN/pobj/2 "
            "./PUNCT/punct/1")
    assert code(saying, told) == [("GON", "ARN", "010", "asserted")]


def test_a_participle_used_as_a_preposition_does_nothing(tmp_path: Path) -> None:
    # "Gondor attacked Mordor, according to Arnor": no one grants anything
    according = with_verbs(tmp_path, "--- ACCORD [060] ---\nACCORD\n")
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD Mordor/PROPN/dobj/1 "
            ",/PUNCT/punct/1 according/VERB/prep/1/accord/VBG to/ADP/prep/4 "
            "Arnor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(according, spec) == [("GON", "MOR", "190", "asserted")]


def test_a_one_word_name_in_lower_case_is_the_common_word(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.actors.txt": "MALE_ [MDV]\n"})))
    common = "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack male/NOUN/dobj/1 ./PUNCT/punct/1"
    assert code(coder, common) == []
    name = "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Male/PROPN/dobj/1 ./PUNCT/punct/1"
    assert code(coder, name) == [("GON", "MDV", "190", "asserted")]


def test_where_parties_meet_is_no_party(coder: Coder) -> None:
    # "Gondor and Arnor met in Mordor": they met each other, not Mordor
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 met/VERB/ROOT/3/meet "
            "in/ADP/prep/3 Mordor/PROPN/pobj/4 ./PUNCT/punct/3")
    assert code(coder, spec) == [("GON", "ARN", "040", "asserted"),
                                 ("ARN", "GON", "040", "asserted")]
    # one actor meeting "in Mordor" meets Mordor, as PETRARCH codes it
    alone = ("Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet in/ADP/prep/1 Mordor/PROPN/pobj/2 "
             "./PUNCT/punct/1")
    assert code(coder, alone) == [("GON", "MOR", "040", "asserted")]


def test_whom_a_verb_accuses_of_a_deed_did_it_allegedly(coder: Coder) -> None:
    # "Gondor accused Arnor of attacking Mordor": Arnor attacked, as Gondor claims
    spec = ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse/VBD Arnor/PROPN/dobj/1 "
            "of/ADP/prep/1 attacking/VERB/pcomp/3/attack/VBG Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "ARN", "112", "asserted"),
                                 ("ARN", "MOR", "190", "hypothetical")]


def test_a_blow_lands_on_what_it_strikes_and_is_not_returned(tmp_path: Path) -> None:
    battling = with_verbs(tmp_path, "--- BATTLE [190] ---\nBATTLE\nHIT\n"
                                    "- * [193:193]\n- * FIRE [193:193]\n")
    # "Gondor hit a town in Mordor": Mordor is struck and strikes no one back
    hit = ("Gondor/PROPN/nsubj/1 hit/VERB/ROOT/1/hit a/DET/det/3 town/NOUN/dobj/1/town "
           "in/ADP/prep/1 Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(battling, hit) == [("GON", "MOR", "193", "asserted")]
    # "Gondor battled with Mordor": each fought the other
    fought = ("Gondor/PROPN/nsubj/1 battled/VERB/ROOT/1/battle with/ADP/prep/1 "
              "Mordor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert code(battling, fought) == [("GON", "MOR", "193", "asserted"),
                                      ("MOR", "GON", "193", "asserted")]
    # "Gondor battled fire with Mordor": the object the pattern names is no one struck
    traded = ("Gondor/PROPN/nsubj/1 battled/VERB/ROOT/1/battle fire/NOUN/dobj/1/fire "
              "with/ADP/prep/1 Mordor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(battling, traded) == [("GON", "MOR", "193", "asserted"),
                                      ("MOR", "GON", "193", "asserted")]


def test_a_reported_doers_verb_is_no_pattern_noun(tmp_path: Path) -> None:
    claiming = with_verbs(tmp_path, "--- ALLEGE [110] ---\nCLAIM\n- * ATTACK [015]\n")
    # "Gondor claimed the attack on Mordor": responsibility claimed
    noun = ("Gondor/PROPN/nsubj/1 claimed/VERB/ROOT/1/claim the/DET/det/3 "
            "attack/NOUN/dobj/1/attack on/ADP/prep/3 Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(claiming, noun) == [("GON", "MOR", "015", "asserted")]
    # "Gondor claimed that Mordor attacked": no claim of Gondor's attack
    verb = ("Gondor/PROPN/nsubj/1 claimed/VERB/ROOT/1/claim that/SCONJ/mark/4 "
            "Mordor/PROPN/nsubj/4 attacked/VERB/ccomp/1/attack ./PUNCT/punct/1")
    assert ("GON", "MOR", "015", "asserted") not in code(claiming, verb)


def test_a_claim_to_have_done_something_is_no_act_on_whom_it_was_done_to(
        tmp_path: Path) -> None:
    claiming = with_verbs(tmp_path, "--- ALLEGE [110] ---\nCLAIM\n")
    # "Gondor claimed to have attacked Mordor": Gondor says it attacked, and disapproves
    # of no one
    spec = ("Gondor/PROPN/nsubj/1 claimed/VERB/ROOT/1/claim to/PART/aux/4/to/TO "
            "have/AUX/aux/4/have/VB attacked/VERB/xcomp/1/attack/VBN Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    assert code(claiming, spec) == [("GON", "MOR", "190", "asserted")]


def test_a_day_of_the_calendar_is_no_group_named_after_it(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.actors.txt": "MAY_15_ [GRCREB]\n"})))
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Mordor/PROPN/dobj/1 "
            "on/ADP/prep/1 May/PROPN/pobj/3 15/NUM/nummod/4 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]
    named = ("May/PROPN/compound/1 15/PROPN/nsubj/2 attacked/VERB/ROOT/2/attack "
             "Mordor/PROPN/dobj/2 ./PUNCT/punct/2")
    assert code(coder, named) == []


def test_it_does_not_stand_for_a_list_of_actors(coder: Coder) -> None:
    # "Gondor and Arnor warned Mordor it would attack": "it" is neither of them
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 warned/VERB/ROOT/3/warn "
            "it/PRON/nsubj/6 would/AUX/aux/6/would/MD attack/VERB/ccomp/3/attack "
            "Mordor/PROPN/dobj/6 ./PUNCT/punct/3")
    assert code(coder, spec) == []
    # "Gondor warned it would attack Mordor": it is Gondor
    one = ("Gondor/PROPN/nsubj/1 warned/VERB/ROOT/1/warn it/PRON/nsubj/4 "
           "would/AUX/aux/4/would/MD attack/VERB/ccomp/1/attack Mordor/PROPN/dobj/4 "
           "./PUNCT/punct/1")
    assert code(coder, one) == [("GON", "MOR", "190", "future")]


def test_a_clause_below_the_reported_one_gives_the_pattern_no_words(
        tmp_path: Path) -> None:
    proposing = with_verbs(tmp_path, "--- PROPOSE [030] ---\nPROPOSE\n- * ROCKET [195]\n")
    # "Gondor proposed that Arnor buy rockets": the reported clause's words count
    near = ("Gondor/PROPN/nsubj/1 proposed/VERB/ROOT/1/propose that/SCONJ/mark/4 "
            "Arnor/PROPN/nsubj/4 buy/VERB/ccomp/1/buy rockets/NOUN/dobj/4/rocket "
            "./PUNCT/punct/1")
    assert ("GON", "ARN", "195", "asserted") in code(proposing, near)
    # "Gondor proposed that Arnor talk if Mordor drops rockets": a clause below it not
    far = ("Gondor/PROPN/nsubj/1 proposed/VERB/ROOT/1/propose that/SCONJ/mark/4 "
           "Arnor/PROPN/nsubj/4 talk/VERB/ccomp/1/talk if/SCONJ/mark/7 "
           "Mordor/PROPN/nsubj/7 drops/VERB/advcl/4/drop rockets/NOUN/dobj/7/rocket "
           "./PUNCT/punct/1")
    assert all(e[2] != "195" for e in code(proposing, far))


def test_a_clause_deep_in_the_reported_one_gives_the_pattern_no_words(
        tmp_path: Path) -> None:
    proposing = with_verbs(tmp_path, "--- PROPOSE [030] ---\nPROPOSE\n- * ROCKET [195]\n")
    # "Gondor proposed that Arnor study a plan to buy rockets": the rockets are the
    # plan's, a clause of its own below the reported one
    spec = ("Gondor/PROPN/nsubj/1 proposed/VERB/ROOT/1/propose that/SCONJ/mark/4 "
            "Arnor/PROPN/nsubj/4 study/VERB/ccomp/1/study a/DET/det/6 plan/NOUN/dobj/4/plan "
            "to/PART/aux/8/to/TO buy/VERB/acl/6/buy rockets/NOUN/dobj/8/rocket "
            "./PUNCT/punct/1")
    assert all(e[2] != "195" for e in code(proposing, spec))


def test_a_reported_act_the_dictionary_codes_gives_the_reporter_no_words(
        tmp_path: Path) -> None:
    announcing = with_verbs(tmp_path, "--- ANNOUNCE [010] ---\nANNOUNCE\n- * PLAN [032]\n"
                                      "--- AGREE [030] ---\nAGREE\n")
    # "Gondor announced that Arnor agreed to the plan": Arnor's agreement, no visit of
    # Gondor's
    spec = ("Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce that/SCONJ/mark/4 "
            "Arnor/PROPN/nsubj/4 {}/VERB/ccomp/1/{} to/ADP/prep/4 the/DET/det/7 "
            "plan/NOUN/pobj/5/plan ./PUNCT/punct/1")
    assert all(e[2] != "032" for e in code(announcing, spec.format("agreed", "agree")))
    # ... but the words of one it does not code are the announcement's
    assert any(e[2] == "032" for e in code(announcing, spec.format("objected", "object")))


def test_a_visit_called_off_is_no_visit_concluded(tmp_path: Path) -> None:
    ending = with_verbs(tmp_path, "--- CANCEL [---] ---\n+CALL_OFF [160]\nEND\n"
                                  "- * VISIT [042:043]\n")
    spec = ("Gondor/PROPN/nsubj/1 {} a/DET/det/{v} visit/NOUN/dobj/1/visit to/ADP/prep/{v} "
            "Mordor/PROPN/pobj/{p} ./PUNCT/punct/1")
    # "Gondor ended a visit to Mordor": the visit was made
    ended = spec.format("ended/VERB/ROOT/1/end", v=3, p=4)
    assert ("GON", "MOR", "042", "asserted") in code(ending, ended)
    # "Gondor called off a visit to Mordor": it was not; the calling off is the event
    called = ("Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call off/ADP/prt/1 a/DET/det/4 "
              "visit/NOUN/dobj/1/visit to/ADP/prep/4 Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(ending, called) == [("GON", "MOR", "160", "asserted")]


@pytest.mark.parametrize(("governor", "adverb", "coded"), [
    # "Gondor banned Mordor, which attacks Arnor": told in the past, a trait of Mordor's
    ("banned/VERB/ROOT/1/ban/VBD", "", False),
    # "Gondor bans Mordor, which attacks Arnor": news told in the present tells an event
    ("bans/VERB/ROOT/1/ban/VBZ", "", True),
    # "Gondor bans Mordor, which often attacks Arnor": said to recur, a trait again
    ("bans/VERB/ROOT/1/ban/VBZ", "often/ADV/advmod/6 ", False),
])
def test_a_relative_clause_in_the_present_may_describe_no_event(
        coder: Coder, governor: str, adverb: str, coded: bool) -> None:
    shift = 1 if adverb else 0
    spec = (f"Gondor/PROPN/nsubj/1 {governor} Mordor/PROPN/dobj/1 ,/PUNCT/punct/2 "
            f"which/PRON/nsubj/{5 + shift}/which/WDT {adverb}"
            f"attacks/VERB/relcl/2/attack/VBZ Arnor/PROPN/dobj/{5 + shift} ./PUNCT/punct/1")
    attacks = [e for e in code(coder, spec) if e[2] == "190"]
    assert attacks == ([("MOR", "ARN", "190", "asserted")] if coded else [])


def test_what_is_launched_is_no_target(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- LAUNCH [194] ---\nLAUNCH\n",
        "Tiny.agents.txt": "MISSILE [~MIL]\n"})))
    # "Gondor launched Arnor missiles at Mordor": the missiles are the weapon, Mordor
    # the target
    spec = ("Gondor/PROPN/nsubj/1 launched/VERB/ROOT/1/launch Arnor/PROPN/compound/3 "
            "missiles/NOUN/dobj/1/missile at/ADP/prep/1 Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "194", "asserted")]


@pytest.mark.parametrize(("subject", "doers"), [
    # "Gondor police arrested Arnor after he attacked Mordor": "he" is no police
    ("Gondor/PROPN/compound/1 police/NOUN/nsubj/2/police/NNS", []),
    # "Gondor's president arrested Arnor after he attacked Mordor": "he" may be the
    # president
    ("Gondor/PROPN/compound/1 president/NOUN/nsubj/2/president/NN", ["GONGOV"]),
])
def test_he_stands_for_no_body_of_many(tmp_path: Path, subject: str,
                                       doers: list[str]) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- ARREST [173] ---\nARREST\n",
        "Tiny.agents.txt": "POLICE [~COP]\nPRESIDENT [~GOV]\n"})))
    spec = (f"{subject} arrested/VERB/ROOT/2/arrest Arnor/PROPN/dobj/2 "
            "after/SCONJ/mark/6 he/PRON/nsubj/6 attacked/VERB/advcl/2/attack "
            "Mordor/PROPN/dobj/6 ./PUNCT/punct/2")
    assert [e[0] for e in code(coder, spec) if e[2] == "190"] == doers


@pytest.mark.parametrize(("prep", "targets"), [
    # "Gondor captured a stronghold of Mordor": Mordor's
    ("of", ["MOR"]),
    # "Gondor captured a stronghold alongside Mordor": what it lies by, no one's
    ("alongside", []),
])
def test_what_a_thing_lies_by_is_no_target(tmp_path: Path, prep: str,
                                              targets: list[str]) -> None:
    capturing = with_verbs(tmp_path, "--- CAPTURE [192] ---\nCAPTURE\n")
    spec = (f"Gondor/PROPN/nsubj/1 captured/VERB/ROOT/1/capture a/DET/det/3 "
            f"stronghold/NOUN/dobj/1/stronghold {prep}/ADP/prep/3 Mordor/PROPN/pobj/4 "
            "./PUNCT/punct/1")
    assert [e[1] for e in code(capturing, spec) if e[1]] == targets


def test_why_a_verb_acts_gives_its_pattern_no_words(tmp_path: Path) -> None:
    urging = with_verbs(tmp_path, "--- URGE [020] ---\nURGE\n- * ATTACK [138]\n")
    # "Gondor urged restraint in response to attacks on Mordor": an appeal, no threat
    spec = ("Gondor/PROPN/nsubj/1 urged/VERB/ROOT/1/urge restraint/NOUN/dobj/1/restraint "
            "in/ADP/prep/1 response/NOUN/pobj/3/response to/ADP/prep/4 "
            "attacks/NOUN/pobj/5/attack on/ADP/prep/6 Mordor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert all(e[2] != "138" for e in code(urging, spec))


def test_parties_to_relations_are_each_other_not_where_they_agreed(tmp_path: Path) -> None:
    establishing = with_verbs(tmp_path, "--- ESTABLISH [030] ---\nESTABLISH\n"
                                        "- * RELATIONS [054]\n")
    # "Gondor and Arnor established relations at the summit of Mordor"
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "established/VERB/ROOT/3/establish relations/NOUN/dobj/3/relation "
            "at/ADP/prep/3 the/DET/det/7 summit/NOUN/pobj/5/summit of/ADP/prep/7 "
            "Mordor/PROPN/pobj/8 ./PUNCT/punct/3")
    assert code(establishing, spec) == [("GON", "ARN", "054", "asserted"),
                                        ("ARN", "GON", "054", "asserted")]
    # "... established relations with Mordor": Mordor is named as their party
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "established/VERB/ROOT/3/establish relations/NOUN/dobj/3/relation "
            "with/ADP/prep/4 Mordor/PROPN/pobj/5 ./PUNCT/punct/3")
    assert code(establishing, spec) == [("GON", "MOR", "054", "asserted"),
                                        ("ARN", "MOR", "054", "asserted")]


def test_a_former_title_before_a_name_makes_the_holder_elite(coder: Coder) -> None:
    # "Mordor attacked former president Elendil" in 2020, while Elendil held office
    spec = ("Mordor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack former/ADJ/amod/3 "
            "president/NOUN/compound/4 Elendil/PROPN/dobj/1 ./PUNCT/punct/1")
    assert code(coder, spec, dt.date(2020, 6, 1)) == [("MOR", "ARNELI", "190", "asserted")]
    serving = ("Mordor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack president/NOUN/compound/3 "
               "Elendil/PROPN/dobj/1 ./PUNCT/punct/1")
    assert code(coder, serving, dt.date(2020, 6, 1)) == [("MOR", "ARNGOV", "190", "asserted")]


def test_a_country_backing_a_group_is_not_the_group(coder: Coder) -> None:
    # "Gondor-backed militants attacked Mordor": the militants, whoever they are, attacked
    spec = ("Gondor/PROPN/npadvmod/2 -/PUNCT/punct/2 backed/VERB/amod/3/back/VBN "
            "militants/NOUN/nsubj/4/militant attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/4")
    assert code(coder, spec) == []


def test_a_joint_statement_is_made_to_no_one_named(tmp_path: Path) -> None:
    announcing = with_verbs(tmp_path, "--- ANNOUNCE [010] ---\nANNOUNCE\n"
                                      "--- HOLD [---] ---\nHOLD\n- * EXERCISES [042]\n")
    # "Gondor and Arnor announced a joint operation": to no one
    said = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "announced/VERB/ROOT/3/announce a/DET/det/6 joint/ADJ/amod/6 "
            "operation/NOUN/dobj/3/operation ./PUNCT/punct/3")
    assert code(announcing, said) == []
    # "Gondor and Arnor held joint exercises": with each other
    done = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 held/VERB/ROOT/3/hold "
            "joint/ADJ/amod/5 exercises/NOUN/dobj/3/exercise ./PUNCT/punct/3")
    assert code(announcing, done) == [("GON", "ARN", "042", "asserted"),
                                      ("ARN", "GON", "042", "asserted")]


def test_the_plural_of_a_peoples_name_names_them(coder: Coder) -> None:
    # "Arnorians attacked Mordor": the dictionary has ARNORIAN_, one word exactly
    spec = ("Arnorians/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Mordor/PROPN/dobj/1 "
            "./PUNCT/punct/1")
    assert code(coder, spec) == [("ARN", "MOR", "190", "asserted")]


def test_the_noun_counted_is_the_one_meant(coder: Coder) -> None:
    # "Thousands of soldiers throughout Gondor attacked Mordor"
    spec = ("Thousands/NOUN/nsubj/5/thousand of/ADP/prep/0 soldiers/NOUN/pobj/1/soldier "
            "throughout/ADP/prep/2 Gondor/PROPN/pobj/3 attacked/VERB/ROOT/5/attack "
            "Mordor/PROPN/dobj/5 ./PUNCT/punct/5")
    assert code(coder, spec) == [("GONMIL", "MOR", "190", "asserted")]


def test_saying_someone_must_act_demands_it_of_them(tmp_path: Path) -> None:
    saying = with_verbs(tmp_path, "--- SAY [010] ---\nSAY\n")
    # "Gondor said that Mordor must withdraw"
    spec = ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say that/SCONJ/mark/5 "
            "Mordor/PROPN/nsubj/5 must/AUX/aux/5/must/MD withdraw/VERB/ccomp/1/withdraw "
            "./PUNCT/punct/1")
    assert code(saying, spec) == [("GON", "MOR", "100", "asserted")]
    # "Gondor said that Mordor will withdraw": no demand
    will = spec.replace("must/AUX/aux/5/must/MD", "will/AUX/aux/5/will/MD")
    assert code(saying, will) == []


def test_an_action_to_come_unless_someone_acts_threatens_them(coder: Coder) -> None:
    # "Gondor will attack Mordor unless Arnor withdraws": a threat to Arnor, made now
    spec = ("Gondor/PROPN/nsubj/2 will/AUX/aux/2/will/MD attack/VERB/ROOT/2/attack/VB "
            "Mordor/PROPN/dobj/2 unless/SCONJ/mark/6 Arnor/PROPN/nsubj/6 "
            "withdraws/VERB/advcl/2/withdraw/VBZ ./PUNCT/punct/2")
    assert code(coder, spec) == [("GON", "MOR", "190", "future"),
                                 ("GON", "ARN", "138", "asserted")]
    # "Gondor will visit Mordor if Arnor agrees": an offer, no threat
    visit = ("Gondor/PROPN/nsubj/2 will/AUX/aux/2/will/MD visit/VERB/ROOT/2/visit/VB "
             "Mordor/PROPN/dobj/2 if/SCONJ/mark/6 Arnor/PROPN/nsubj/6 "
             "agrees/VERB/advcl/2/agree/VBZ ./PUNCT/punct/2")
    assert code(coder, visit) == [("GON", "MOR", "042", "future")]


def test_where_one_speaks_is_no_one_spoken_to(tmp_path: Path) -> None:
    announcing = with_verbs(tmp_path, "--- ANNOUNCE [010] ---\nANNOUNCE\n"
                                      "--- DENY [016] ---\nDENY\n")
    # "Gondor announced in Mordor", "... at a summit in Mordor"
    spec = ("Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce in/ADP/prep/1 "
            "Mordor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert code(announcing, spec) == []
    at = ("Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce at/ADP/prep/1 a/DET/det/4 "
          "summit/NOUN/pobj/2/summit in/ADP/prep/4 Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(announcing, at) == []
    # "Gondor denied its involvement in Mordor": what is denied is about Mordor
    about = ("Gondor/PROPN/nsubj/1 denied/VERB/ROOT/1/deny its/PRON/poss/3 "
             "involvement/NOUN/dobj/1/involvement in/ADP/prep/3 Mordor/PROPN/pobj/4 "
             "./PUNCT/punct/1")
    assert code(announcing, about) == [("GON", "MOR", "016", "asserted")]


def test_a_threat_on_a_condition_was_still_made(tmp_path: Path) -> None:
    threatening = with_verbs(tmp_path, "--- THREATEN [130] ---\nTHREATEN\n")
    # "Gondor threatened to attack Mordor if Arnor refuses"
    spec = ("Gondor/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten/VBD to/PART/aux/3/to/TO "
            "attack/VERB/xcomp/1/attack/VB Mordor/PROPN/dobj/3 if/SCONJ/mark/7 "
            "Arnor/PROPN/nsubj/7 refuses/VERB/advcl/1/refuse/VBZ ./PUNCT/punct/1")
    assert code(threatening, spec) == [("GON", "MOR", "130", "asserted"),
                                       ("GON", "MOR", "190", "hypothetical")]


def test_a_meeting_on_the_sidelines_of_an_assembly_does_not_meet_it(coder: Coder) -> None:
    # "Gondor met on the sidelines of the Mordor summit"
    spec = ("Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet on/ADP/prep/1 the/DET/det/4 "
            "sidelines/NOUN/pobj/2/sideline of/ADP/prep/4 the/DET/det/7 "
            "Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert code(coder, spec) == []
    # "Gondor met Arnor on the sidelines of the Mordor summit"
    spec = ("Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet Arnor/PROPN/dobj/1 on/ADP/prep/1 "
            "the/DET/det/5 sidelines/NOUN/pobj/3/sideline of/ADP/prep/5 "
            "Mordor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "ARN", "040", "asserted")]


def test_a_modifier_before_a_name_is_part_of_it_not_a_list_item(coder: Coder) -> None:
    # "Mordor and Gondor President Elendil met": the parser may make "Gondor" a modifier
    spec = ("Mordor/PROPN/nsubj/5 and/CCONJ/cc/0 Gondor/PROPN/nmod/3 "
            "President/PROPN/nmod/4 Elendil/PROPN/conj/0 met/VERB/ROOT/5/meet "
            "./PUNCT/punct/5")
    assert code(coder, spec, dt.date(2020, 6, 1)) == [("MOR", "ARNGOV", "040", "asserted"),
                                                      ("ARNGOV", "MOR", "040", "asserted")]


def test_a_pattern_of_particles_belongs_to_the_verb_its_comment_names(
        tmp_path: Path) -> None:
    demanding = with_verbs(tmp_path, "--- DEMAND [100] ---\nDEMAND\nPRESS\n"
                                     "- * ON [190]  # PRESS\n- * ON WAR [195]  # PRESS\n")
    # "Gondor pressed on Mordor": pressing on, as written
    pressed = ("Gondor/PROPN/nsubj/1 pressed/VERB/ROOT/1/press on/ADP/prep/1 "
               "Mordor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert code(demanding, pressed) == [("GON", "MOR", "190", "asserted")]
    # "Gondor demanded curbs on Mordor": a demand, no pressing on
    demanded = ("Gondor/PROPN/nsubj/1 demanded/VERB/ROOT/1/demand curbs/NOUN/dobj/1/curb "
                "on/ADP/prep/2 Mordor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(demanding, demanded) == [("GON", "MOR", "100", "asserted")]


def test_a_named_group_is_not_counted(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.actors.txt": "GROUP_OF_SEVEN_ [IGOGOS]\n"})))
    # "The Group of Seven attacked Mordor": the group's name, not a count of seven
    spec = ("The/DET/det/1 Group/PROPN/nsubj/4/group of/ADP/prep/1 Seven/PROPN/pobj/2 "
            "attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert code(coder, spec) == [("IGOGOS", "MOR", "190", "asserted")]


def test_a_phrase_that_sets_the_verb_after_another_event_gives_no_pattern_words(
        coder: Coder) -> None:
    # "Gondor struck Mordor following talks with rockets": the rockets are the talks'
    spec = ("Gondor/PROPN/nsubj/1 struck/VERB/ROOT/1/strike Mordor/PROPN/dobj/1 "
            "following/ADP/prep/1 talks/NOUN/pobj/3/talk with/ADP/prep/4 "
            "rockets/NOUN/pobj/5/rocket ./PUNCT/punct/1")
    assert code(coder, spec) == [("GON", "MOR", "190", "asserted")]


def test_ahead_of_a_visit_says_when_not_whom(coder: Coder) -> None:
    # "Gondor attacked ahead of a visit by Mordor": no attack on Mordor
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack ahead/ADV/advmod/1 "
            "of/ADP/prep/2 a/DET/det/5 visit/NOUN/pobj/3/visit by/ADP/prep/5 "
            "Mordor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert code(coder, spec) == []


def test_only_a_one_word_peoples_name_is_read_in_the_plural(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(
        tmp_path, {"Tiny.actors.txt": "DEFENCE_FORCE_ [MORREB]\n"})))
    # "Defence Forces attacked Gondor": a longer name is not guessed from its plural
    spec = ("Defence/PROPN/compound/1 Forces/PROPN/nsubj/2 attacked/VERB/ROOT/2/attack "
            "Gondor/PROPN/dobj/2 ./PUNCT/punct/2")
    assert code(coder, spec) == []


def test_a_subordinate_clause_with_its_own_doer_gives_the_pattern_no_earlier_words(
        tmp_path: Path) -> None:
    shelling = with_verbs(tmp_path, "--- SHELL [190] ---\nSHELL\n- ROCKET * [195]\n")
    # "Gondor rockets hit Arnor, while Mordor shelled Arnor": the earlier clause's
    # "rockets" is not before this verb in its own clause
    far = ("Gondor/PROPN/compound/1 rockets/NOUN/nsubj/2/rocket hit/VERB/ROOT/2/hit "
           "Arnor/PROPN/dobj/2 ,/PUNCT/punct/2 while/SCONJ/mark/7 "
           "Mordor/PROPN/nsubj/7 shelled/VERB/advcl/2/shell Arnor/PROPN/dobj/7 "
           "./PUNCT/punct/2")
    assert ("MOR", "ARN", "190", "asserted") in code(shelling, far)
    assert all(e[2] != "195" for e in code(shelling, far))
    # "Gondor rockets, Mordor said, shelled Arnor": the sentence's words before it count
    near = ("Gondor/PROPN/compound/1 rockets/NOUN/nsubj/6/rocket ,/PUNCT/punct/6 "
            "Mordor/PROPN/nsubj/4 said/VERB/parataxis/6/say ,/PUNCT/punct/6 "
            "shelled/VERB/ROOT/6/shell Arnor/PROPN/dobj/6 ./PUNCT/punct/6")
    assert any(e[2] == "195" for e in code(shelling, near))


def test_whom_a_noun_under_a_preposition_acts_on_is_no_target(tmp_path: Path) -> None:
    sentencing = with_verbs(tmp_path, "--- SENTENCE [172] ---\nSENTENCE\n"
                                      "--- BOYCOTT [081] ---\nBOYCOTT\n")
    # "Gondor sentenced a man over statements criticizing Arnor": the man, not Arnor
    over = ("Gondor/PROPN/nsubj/1 sentenced/VERB/ROOT/1/sentence a/DET/det/3 "
            "man/NOUN/dobj/1/man over/ADP/prep/1 statements/NOUN/pobj/4/statement "
            "criticizing/VERB/acl/5/criticize/VBG Arnor/PROPN/dobj/6 ./PUNCT/punct/1")
    assert code(sentencing, over) == []
    # "Gondor boycotted the parade supporting Arnor": what the object does names whom
    parade = ("Gondor/PROPN/nsubj/1 boycotted/VERB/ROOT/1/boycott the/DET/det/3 "
              "parade/NOUN/dobj/1/parade supporting/VERB/acl/3/support/VBG "
              "Arnor/PROPN/dobj/4 ./PUNCT/punct/1")
    assert code(sentencing, parade) == [("GON", "ARN", "081", "asserted")]


def _meeting_of(names: list[str]) -> str:
    """'A, B, ... and Z met' as a hand-built parse."""
    words = [f"{names[0]}/PROPN/nsubj/{2 * len(names) - 1}"]
    for name in names[1:-1]:
        words += [",/PUNCT/punct/0", f"{name}/PROPN/conj/0"]
    words += ["and/CCONJ/cc/0", f"{names[-1]}/PROPN/conj/0"]
    end = len(words)
    return " ".join(words + [f"met/VERB/ROOT/{end}/meet", f"./PUNCT/punct/{end}"])


def test_many_sides_acting_together_are_no_meetings_of_every_pair(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "BREE_ [BRE]\nROHAN_ [RHN]\n",
        "Tiny.verbs.txt": "--- MEET [040] ---\nMEET\n"})))
    # "Gondor, Arnor, Mordor and Bree met": each met the others (12 events)
    four = code(coder, _meeting_of(["Gondor", "Arnor", "Mordor", "Bree"]))
    assert len(four) == 12 and ("GON", "BRE", "040", "asserted") in four
    # "Gondor, Arnor, Mordor, Bree and Rohan met": a summit, not 20 meetings of pairs
    assert code(coder, _meeting_of(["Gondor", "Arnor", "Mordor", "Bree", "Rohan"])) == []
    # ... but a country named twice, as itself and by its army, counts once
    with_army = ("Gondor/PROPN/nsubj/10 ,/PUNCT/punct/0 Arnor/PROPN/conj/0 ,/PUNCT/punct/0 "
                 "Mordor/PROPN/conj/0 ,/PUNCT/punct/0 Bree/PROPN/conj/0 and/CCONJ/cc/0 "
                 "Gondorian/ADJ/amod/9 soldiers/NOUN/conj/0/soldier met/VERB/ROOT/10/meet "
                 "./PUNCT/punct/10")
    assert code(coder, with_army)


def test_sides_acting_each_on_their_respective_own_act_on_no_one(tmp_path: Path) -> None:
    closing = with_verbs(tmp_path, "--- CLOSE [160] ---\nCLOSE\n")
    # "Gondor and Arnor closed their respective airspaces": each its own
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "closed/VERB/ROOT/3/close their/PRON/poss/6/their "
            "respective/ADJ/amod/6/respective airspaces/NOUN/dobj/3/airspace ./PUNCT/punct/3")
    assert code(closing, spec) == []
    # "Gondor and Arnor closed their airspaces": each its own too, as airspace is
    assert code(closing, spec.replace("respective/ADJ/amod/6/respective",
                                      "new/ADJ/amod/6/new")) == []
    # "Gondor and Arnor closed their border": the one between them
    assert len(code(closing, spec.replace("respective/ADJ/amod/6/respective",
                                          "new/ADJ/amod/6/new").replace(
        "airspaces/NOUN/dobj/3/airspace", "border/NOUN/dobj/3/border"))) == 2


def test_the_remains_of_the_dead_visit_no_one(tmp_path: Path) -> None:
    arriving = with_verbs(tmp_path, "--- ARRIVE [040] ---\nARRIVE\n")
    # "Gondor's remains arrived in Mordor": no one of Gondor's arrives
    spec = ("Gondor/PROPN/poss/2 's/PART/case/0 remains/NOUN/nsubj/3/remains "
            "arrived/VERB/ROOT/3/arrive in/ADP/prep/3 Mordor/PROPN/pobj/4 ./PUNCT/punct/3")
    assert code(arriving, spec) == []
    # "Gondor's envoys arrived in Mordor": they do
    assert code(arriving, spec.replace("remains/NOUN/nsubj/3/remains",
                                       "envoys/NOUN/nsubj/3/envoy")) != []


def test_it_after_a_thing_acted_on_is_no_one_known(coder: Coder) -> None:
    # "Gondor attacked the tanker after it attacked Mordor": "it" may be the tanker
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack the/DET/det/3 "
            "tanker/NOUN/dobj/1/tanker/NN after/SCONJ/mark/6 it/PRON/nsubj/6/it "
            "attacked/VERB/advcl/1/attack Mordor/PROPN/dobj/6 ./PUNCT/punct/1")
    assert ("GON", "MOR", "190", "asserted") not in code(coder, spec)
    # "Gondor attacked Arnor after it attacked Mordor": as PETRARCH reads, the subject
    named = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Arnor/PROPN/dobj/1 "
             "after/SCONJ/mark/5 it/PRON/nsubj/5/it attacked/VERB/advcl/1/attack "
             "Mordor/PROPN/dobj/5 ./PUNCT/punct/1")
    assert ("GON", "MOR", "190", "asserted") in code(coder, named)


def test_the_parsers_dative_to_names_the_target(tmp_path: Path) -> None:
    granting = with_verbs(tmp_path, "--- GRANT [070] ---\nGRANT\n")
    # "Gondor granted asylum to Arnor at the embassy in Mordor": to Arnor, where spaCy
    # makes "to" the dative and its noun no object of the verb
    spec = ("Gondor/PROPN/nsubj/1 granted/VERB/ROOT/1/grant asylum/NOUN/dobj/1/asylum "
            "to/ADP/dative/1 Arnor/PROPN/pobj/3 at/ADP/prep/1 the/DET/det/7 "
            "embassy/NOUN/pobj/5/embassy in/ADP/prep/7 Mordor/PROPN/pobj/8 ./PUNCT/punct/1")
    assert code(granting, spec) == [("GON", "ARN", "070", "asserted")]


def test_a_deed_blamed_in_breaking_ties_is_the_other_partys(tmp_path: Path) -> None:
    coder = with_verbs(tmp_path, "--- CUT [---] ---\nCUT\n- * TIES [161]\n"
                                 "--- GRANT [070] ---\nGRANT\n")
    # "Gondor cut ties with Arnor for granting asylum to Mordor": Arnor granted it
    spec = ("Gondor/PROPN/nsubj/1 cut/VERB/ROOT/1/cut ties/NOUN/dobj/1/tie "
            "with/ADP/prep/2 Arnor/PROPN/pobj/3 for/ADP/prep/1 "
            "granting/VERB/pcomp/5/grant/VBG asylum/NOUN/dobj/6/asylum to/ADP/prep/6 "
            "Mordor/PROPN/pobj/8 ./PUNCT/punct/1")
    found = code(coder, spec)
    assert ("ARN", "MOR", "070", "asserted") in found
    assert ("GON", "MOR", "070", "asserted") not in found


@pytest.mark.parametrize(("verb", "doer"), [
    # "Gondor sentenced two smugglers for attacking Mordor": the smugglers attacked,
    # not the court that sentenced them
    ("sentenced/VERB/ROOT/1/sentence", None),
    ("accused/VERB/ROOT/1/accuse", None),
    # ... but "Gondor praised two smugglers for attacking Mordor": perhaps its own
    ("praised/VERB/ROOT/1/praise", "GON")])
def test_a_deed_blamed_on_people_is_theirs(
        tmp_path: Path, verb: str, doer: str | None) -> None:
    coder = with_verbs(tmp_path, "--- SENTENCE [172] ---\nSENTENCE\n")
    blamed = "two/NUM/nummod/3 smugglers/NOUN/dobj/1/smuggler"
    spec = (f"Gondor/PROPN/nsubj/1 {verb} {blamed} "
            "for/ADP/prep/1 attacking/VERB/pcomp/4/attack/VBG Mordor/PROPN/dobj/5 "
            "./PUNCT/punct/1")
    attacks = [s for s, _, c, _ in code(coder, spec) if c == "190"]
    assert attacks == ([doer] if doer else [])


@pytest.mark.parametrize(("taken", "expected"), [
    # "Gondor soldiers seized a Mordor tanker": a ship is property seized (171), though
    # the line reads what soldiers take as ground
    ("Mordor/PROPN/compound/5 tanker/NOUN/dobj/2/tanker", ("GONMIL", "MORBUS", "171")),
    # ... but "Gondor soldiers seized Mordor": ground taken
    ("Mordor/PROPN/dobj/2", ("GONMIL", "MOR", "192"))])
def test_a_ship_seized_is_property_not_ground(
        tmp_path: Path, taken: str, expected: tuple[str, str, str]) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- SEIZE [171] ---\nSEIZE\n- SOLDIERS * [192]\n",
        "Tiny.agents.txt": "TANKER [~BUS]\n"})), Settings(noun_events=True))
    words = taken.split()
    spec = ("Gondor/PROPN/compound/1 soldiers/NOUN/nsubj/2/soldier seized/VERB/ROOT/2/seize "
            + ("a/DET/det/5 " if len(words) > 1 else "") + taken + " ./PUNCT/punct/2")
    assert [(s, t, c) for s, t, c, _ in code(coder, spec)] == [expected]


def test_a_ship_named_by_its_flag_seized_is_property(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- SEIZE [171] ---\nSEIZE\n- SOLDIERS * [192]\n"})),
        Settings(noun_events=True))
    # "Gondor soldiers seized the Mordor-flagged Nimloth": a ship, not ground
    spec = ("Gondor/PROPN/compound/1 soldiers/NOUN/nsubj/2/soldier seized/VERB/ROOT/2/seize "
            "the/DET/det/7 Mordor/PROPN/npadvmod/6 -/PUNCT/punct/6 "
            "flagged/ADJ/amod/7/flagged Nimloth/PROPN/dobj/2 ./PUNCT/punct/2")
    assert [(s, t, c) for s, t, c, _ in code(coder, spec)] == [("GONMIL", "MOR", "171")]


def test_a_ship_or_a_train_visits_no_one(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- ARRIVE [042:043] ---\nARRIVE\n"})), Settings(noun_events=True))
    # "Gondor arrived in Mordor": a visit, hosted
    spec = "Gondor/PROPN/nsubj/1 arrived/VERB/ROOT/1/arrive in/ADP/prep/1 Mordor/PROPN/pobj/2"
    assert [(s, t, c) for s, t, c, _ in code(coder, spec)] == [
        ("GON", "MOR", "042"), ("MOR", "GON", "043")]
    # ... but "a Gondor tanker arrived in Mordor" is no one's visit
    spec = ("a/DET/det/2 Gondor/PROPN/compound/2 tanker/NOUN/nsubj/3/tanker "
            "arrived/VERB/ROOT/3/arrive in/ADP/prep/3 Mordor/PROPN/pobj/4")
    assert code(coder, spec) == []


def test_what_one_returns_from_a_place_is_returned_not_a_trip(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- RETURN [---] ---\nRETURN\n- * (FROM) [042:043]\n"})),
        Settings(noun_events=True))
    # "Gondor returned from Mordor": a visit made there
    spec = "Gondor/PROPN/nsubj/1 returned/VERB/ROOT/1/return {}from/ADP/prep/1 " \
           "Mordor/PROPN/pobj/{} ./PUNCT/punct/1"
    assert ("GON", "MOR", "042", "asserted") in code(coder, spec.format("", 2))
    # "Gondor returned statues from Mordor": property returned (0842), and no one travels
    assert code(coder, spec.format("statues/NOUN/dobj/1/statue ", 3)) == [
        ("GON", "MOR", "0842", "asserted")]
    # ... and "Gondor returned a man from Mordor" a person returned (0841)
    assert code(coder, spec.format("a/DET/det/3 man/NOUN/dobj/1/man ", 4)) == [
        ("GON", "MOR", "0841", "asserted")]


def test_where_someone_is_arrested_is_no_one_arrested(tmp_path: Path) -> None:
    coder = with_verbs(tmp_path, "--- ARREST [173] ---\nARREST\n--- SEIZE [171] ---\nSEIZE\n")
    # "Gondor arrested a man in Mordor": a man, of wherever, not Mordor
    spec = ("Gondor/PROPN/nsubj/1 {verb} a/DET/det/3 man/NOUN/dobj/1/man in/ADP/prep/1 "
            "Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert code(coder, spec.format(verb="arrested/VERB/ROOT/1/arrest")) == []
    # "Gondor seized a town in Mordor": what is seized there is Mordor's
    assert code(coder, spec.format(verb="seized/VERB/ROOT/1/seize").replace(
        "man/NOUN/dobj/1/man", "town/NOUN/dobj/1/town")) == [("GON", "MOR", "171", "asserted")]


def test_american_of_a_continent_is_not_the_united_states(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "UNITED_STATES_ [USA]\n+AMERICAN_\n"})))
    spec = ("{who} forces/NOUN/nsubj/{verb}/force attacked/VERB/ROOT/{verb}/attack "
            "Gondor/PROPN/dobj/{verb} ./PUNCT/punct/{verb}")
    # "American forces attacked Gondor", but "South American forces" are no American's
    assert code(coder, spec.format(who="American/ADJ/amod/1", verb=2)) == [
        ("USA", "GON", "190", "asserted")]
    assert code(coder, spec.format(who="South/PROPN/compound/1 American/ADJ/amod/2",
                                   verb=3)) == []


def test_going_to_before_a_verb_is_no_journey(tmp_path: Path) -> None:
    going = with_verbs(tmp_path, "--- GO_SOMEWHERE [040] ---\nGO\n")
    # "Gondor is going to attack Mordor": an attack to come, not a trip to Mordor
    spec = ("Gondor/PROPN/nsubj/2 is/AUX/aux/2/be/VBZ going/VERB/ROOT/2/go/VBG "
            "to/PART/aux/4/to/TO attack/VERB/xcomp/2/attack/VB Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/2")
    assert code(going, spec) == [("GON", "MOR", "190", "future")]


def test_a_name_after_new_is_another_place(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "PROVIDENCE_ [USA]\nNEW_CALEDONIA_ [NCL]\n"})))
    # "Gondor attacked New Providence": the Bahamas' island, not Providence
    spec = "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack {place} ./PUNCT/punct/1"
    assert code(coder, spec.format(place="New/PROPN/compound/3 Providence/PROPN/dobj/1")) == []
    assert code(coder, spec.format(place="Providence/PROPN/dobj/1")) == [
        ("GON", "USA", "190", "asserted")]
    # ... where the dictionary names "New Caledonia", that is the place
    assert code(coder, spec.format(place="New/PROPN/compound/3 Caledonia/PROPN/dobj/1")) == [
        ("GON", "NCL", "190", "asserted")]


@pytest.mark.parametrize(("opening", "expected"), [
    # "(Arnor) -- Gondor attacked Mordor": Arnor is the agency the story opens with
    ("(/PUNCT/punct/1 Arnor/PROPN/nsubj/5 )/PUNCT/punct/1 --/PUNCT/punct/1",
     [("GON", "MOR", "190", "asserted")]),
    # "(Arnor), Gondor attacked Mordor": no dash, no credit line; the parser's first
    # subject acts
    ("(/PUNCT/punct/1 Arnor/PROPN/nsubj/5 )/PUNCT/punct/1 ,/PUNCT/punct/1",
     [("ARN", "MOR", "190", "asserted")]),
])
def test_the_agency_a_story_opens_with_acts_in_none_of_it(
        coder: Coder, opening: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = code(coder, f"{opening} Gondor/PROPN/nsubj/5 attacked/VERB/ROOT/5/attack "
                        "Mordor/PROPN/dobj/5 ./PUNCT/punct/5")
    assert sorted(found) == expected


@pytest.mark.parametrize("spec", [
    # "Gondor called for Mordor to withdraw", the subject on the verb
    "Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call for/SCONJ/mark/5 Mordor/PROPN/nsubj/5 "
    "to/PART/aux/5 withdraw/VERB/advcl/1/withdraw ./PUNCT/punct/1",
    # ... or on the "for"
    "Gondor/PROPN/nsubj/1 called/VERB/ROOT/1/call for/SCONJ/mark/5 Mordor/PROPN/pobj/2 "
    "to/PART/aux/5 withdraw/VERB/advcl/1/withdraw ./PUNCT/punct/1",
])
def test_a_call_for_someone_to_act_asks_them(tmp_path: Path, spec: str) -> None:
    coder = with_verbs(tmp_path, "--- CALL [041:041] ---\nCALL\n- * (FOR) [020]\n")
    # a call "(FOR)" Mordor, not a telephone call both ways
    assert code(coder, spec) == [("GON", "MOR", "020", "asserted")]


def test_whom_a_meeting_answers_is_not_met(coder: Coder) -> None:
    # "Gondor met in response to attacks by Mordor": no meeting with Mordor
    spec = ("Gondor/PROPN/nsubj/1 {verb} in/ADP/prep/1 response/NOUN/pobj/2 to/ADP/prep/3 "
            "attacks/NOUN/pobj/4/attack by/ADP/agent/5 Mordor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert code(coder, spec.format(verb="met/VERB/ROOT/1/meet")) == []
    # "Gondor attacked in response to attacks by Mordor": a blow may go back
    assert code(coder, spec.format(verb="attacked/VERB/ROOT/1/attack")) == [
        ("GON", "MOR", "190", "asserted")]


def test_what_is_used_is_a_tool_not_a_target(tmp_path: Path) -> None:
    coder = with_verbs(tmp_path, "--- USE [175] ---\nUSE\n")
    # "Gondor used Arnor drones": no act on Arnor
    assert code(coder, "Gondor/PROPN/nsubj/1 used/VERB/ROOT/1/use Arnor/PROPN/compound/3 "
                       "drones/NOUN/dobj/1/drone ./PUNCT/punct/1") == []
    # "Gondor used drones against Mordor"
    assert code(coder, "Gondor/PROPN/nsubj/1 used/VERB/ROOT/1/use drones/NOUN/dobj/1/drone "
                       "against/ADP/prep/1 Mordor/PROPN/pobj/3 ./PUNCT/punct/1") == [
        ("GON", "MOR", "175", "asserted")]
    # "Gondor used Mordor as a shield": what is used as something is acted on
    assert code(coder, "Gondor/PROPN/nsubj/1 used/VERB/ROOT/1/use Mordor/PROPN/dobj/1 "
                       "as/ADP/prep/1 a/DET/det/5 shield/NOUN/pobj/3 ./PUNCT/punct/1") == [
        ("GON", "MOR", "175", "asserted")]


def test_those_joined_in_a_deed_are_not_its_target(tmp_path: Path) -> None:
    coder = with_verbs(tmp_path, (
        "--- JOIN [---] ---\nJOIN\n- * (IN CONDEMNING) [111]\n- * (IN FIGHTING) [062]\n"
        "--- CONDEMN [111] ---\nCONDEMN\n--- FIGHT [190] ---\nFIGHT\n"))
    spec = ("Gondor/PROPN/nsubj/1 joined/VERB/ROOT/1/join Arnor/PROPN/dobj/1 in/ADP/prep/1 "
            "{} Mordor/PROPN/dobj/4 ./PUNCT/punct/1")
    # "Gondor joined Arnor in condemning Mordor": Mordor is condemned, not Arnor
    assert code(coder, spec.format("condemning/VERB/pcomp/3/condemn")) == [
        ("GON", "MOR", "111", "asserted")]
    # "Gondor joined Arnor in fighting Mordor": Arnor is whom Gondor fights beside
    assert ("GON", "ARN", "062", "asserted") in code(
        coder, spec.format("fighting/VERB/pcomp/3/fight"))


def test_who_acts_alongside_is_not_acted_on(coder: Coder) -> None:
    # "Gondor, in coordination with Arnor, attacked": Arnor attacks with Gondor
    assert code(coder, "Gondor/PROPN/nsubj/7 ,/PUNCT/punct/0 in/ADP/prep/7 "
                       "coordination/NOUN/pobj/2 with/ADP/prep/3 Arnor/PROPN/pobj/4 "
                       ",/PUNCT/punct/0 attacked/VERB/ROOT/7/attack ./PUNCT/punct/7") == []
    # "Gondor attacked, with Arnor soldiers burning houses": a scene beside the act
    assert code(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack ,/PUNCT/punct/1 "
                       "with/ADP/prep/1 Arnor/PROPN/compound/5 soldiers/NOUN/pobj/3/soldier "
                       "burning/VERB/acl/5/burn/VBG houses/NOUN/dobj/6/house "
                       "./PUNCT/punct/1") == []
    # "Gondor clashed with Arnor soldiers burning houses": whom it clashed with
    assert code(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack "
                       "with/ADP/prep/1 Arnor/PROPN/compound/4 soldiers/NOUN/pobj/2/soldier "
                       "burning/VERB/acl/4/burn/VBG houses/NOUN/dobj/5/house "
                       "./PUNCT/punct/1") == [("GON", "ARNMIL", "190", "asserted")]


def test_an_object_hung_on_the_particle_is_still_acted_on(tmp_path: Path) -> None:
    coder = with_verbs(tmp_path, "--- BREAK [---] ---\nBREAK\n- * OFF RELATIONS [161]\n")
    # "Gondor breaks off relations with Mordor", the parser hanging "relations" on "off"
    found = code(coder, "Gondor/PROPN/nsubj/1 breaks/VERB/ROOT/1/break/VBZ off/ADP/prt/1 "
                        "relations/NOUN/pobj/2/relation with/ADP/prep/3 Mordor/PROPN/pobj/4 "
                        "./PUNCT/punct/1")
    assert found == [("GON", "MOR", "161", "asserted")]


def test_an_occasion_says_when_not_whom(tmp_path: Path) -> None:
    coder = with_verbs(tmp_path, "--- SPEAK [051] ---\nSPEAK\n")
    # "On the anniversary of Mordor's invasion, Gondor spoke for Arnor": not for Mordor
    found = code(coder, "On/ADP/prep/8 the/DET/det/2 anniversary/NOUN/pobj/0/anniversary "
                        "of/ADP/prep/2 Mordor/PROPN/poss/6 's/PART/case/4 "
                        "invasion/NOUN/pobj/3/invasion Gondor/PROPN/nsubj/8 "
                        "spoke/VERB/ROOT/8/speak/VBD for/ADP/prep/8 Arnor/PROPN/pobj/9 "
                        "./PUNCT/punct/8")
    assert found == [("GON", "ARN", "051", "asserted")]


def test_the_act_a_verb_is_done_for_matches_only_as_written(tmp_path: Path) -> None:
    coder = with_verbs(tmp_path, "--- HOLD [173] ---\nHOLD\nDETAIN\n- * FIRE [0871]\n")
    # "Gondor detained Arnor for firing rockets": a detention, no ceasefire ("HOLD * FIRE")
    found = code(coder, "Gondor/PROPN/nsubj/1 detained/VERB/ROOT/1/detain Arnor/PROPN/dobj/1 "
                        "for/ADP/prep/1 firing/VERB/pcomp/3/fire/VBG "
                        "rockets/NOUN/dobj/4/rocket ./PUNCT/punct/1")
    assert found == [("GON", "ARN", "173", "asserted")]
    # ... while "Gondor held fire on Arnor" holds its fire
    found = code(coder, "Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold fire/NOUN/dobj/1/fire "
                        "on/ADP/prep/1 Arnor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert found == [("GON", "ARN", "0871", "asserted")]


def test_a_place_the_recogniser_reads_as_a_persons_surname_names_no_one(coder: Coder) -> None:
    # "Arnor President Tom Gondor criticized Gondor": the premier is Arnor's, not Gondor's
    spec = ("Arnor/PROPN/compound/1 President/PROPN/compound/3 Tom/PROPN/compound/3 "
            "Gondor/PROPN/nsubj/4 criticized/VERB/ROOT/4/criticize Gondor/PROPN/dobj/4 "
            "./PUNCT/punct/4")
    person = ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    doc = parsed(spec, ents=person)
    assert coder.code_doc(doc, Article("t", doc.text, date=DAY))[0].source.code == "ARNGOV"
    # unlabelled, the name is the place's (a Gondor official criticizing Gondor)
    assert code(coder, spec) == []

    # parsed without the recogniser, the sentence asks for the entities before coding
    def recognise(sent: object) -> None:
        late.set_ents([Span(late, 2, 4, "PERSON")], default="unmodified")

    late = parsed(spec)
    deferred = Coder(coder.dictionaries, entities=recognise)
    article = Article("t", late.text, date=DAY)
    assert deferred.eventful(late, article) == [0]
    assert [e.source.code for e in deferred.code_doc(late, article)] == ["ARNGOV"]


def test_a_deed_laid_on_an_adjectives_subject_is_that_subjects(coder: Coder) -> None:
    # "Gondor found Arnor guilty of attacking Mordor": Arnor attacked, not Gondor
    spec = ("Gondor/PROPN/nsubj/1 found/VERB/ROOT/1/find Arnor/PROPN/nsubj/3 "
            "guilty/ADJ/ccomp/1/guilty/JJ of/ADP/prep/3 attacking/VERB/pcomp/4/attack/VBG "
            "Mordor/PROPN/dobj/5 ./PUNCT/punct/1")
    assert [e for e in code(coder, spec) if e[2] == "190"] == [
        ("ARN", "MOR", "190", "asserted")]


@pytest.mark.parametrize(("released", "found"), [
    # "Gondor ordered the release of Mordor's soldiers": people set free
    ("soldiers/NOUN/pobj/4/soldier", [("GON", "MORMIL", "0841", "asserted")]),
    # "... of Mordor's records": papers published, no one freed
    ("records/NOUN/pobj/4/record", [])])
def test_a_release_of_records_frees_no_one(
        tmp_path: Path, released: str, found: list[tuple[str, str, str, str]]) -> None:
    ordering = with_verbs(tmp_path, "--- ORDER [---] ---\nORDER\n- * RELEASE [0841]\n")
    spec = ("Gondor/PROPN/nsubj/1 ordered/VERB/ROOT/1/order the/DET/det/3 "
            "release/NOUN/dobj/1/release of/ADP/prep/3 Mordor/PROPN/poss/7 's/PART/case/5 "
            f"{released} ./PUNCT/punct/1")
    assert code(ordering, spec) == found


def test_a_name_in_a_laws_title_is_no_side(coder: Coder) -> None:
    # "Gondor criticized the Mordor Relations Act": a law, not Mordor
    spec = ("Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize the/DET/det/5 "
            "Mordor/PROPN/compound/4 Relations/PROPN/compound/5 {}/PROPN/dobj/1 "
            "./PUNCT/punct/1")
    assert code(coder, spec.format("Act")) == []
    # ... where "the Mordor Relations Council" is Mordor's
    assert code(coder, spec.format("Council")) == [("GON", "MOR", "111", "asserted")]


def test_a_thing_named_after_a_place_is_no_side(coder: Coder) -> None:
    # "Gondor fired Mordor cocktails at the crowds" (as Molotov cocktails are no Russia)
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack {}/PROPN/compound/3 "
            "cocktails/NOUN/dobj/1/cocktail ./PUNCT/punct/1")
    assert code(coder, spec.format("Mordor")) == []
    assert code(coder, spec.replace("cocktails/NOUN/dobj/1/cocktail", "forces/NOUN/dobj/1/force")
                .format("Mordor")) == [("GON", "MOR", "190", "asserted")]


def test_what_is_discussed_is_no_party_to_the_talks(tmp_path: Path) -> None:
    discussing = with_verbs(tmp_path, "--- DISCUSS [040] ---\nDISCUSS\n")
    # "Gondor and Arnor discussed Mordor's army": they talked with each other
    spec = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
            "discussed/VERB/ROOT/3/discuss Mordor/PROPN/poss/6 's/PART/case/4 "
            "army/NOUN/dobj/3/army ./PUNCT/punct/3")
    assert code(discussing, spec) == [("GON", "ARN", "040", "asserted"),
                                      ("ARN", "GON", "040", "asserted")]
    # "Gondor discussed Mordor's army with Arnor": with Arnor, not Mordor
    spec = ("Gondor/PROPN/nsubj/1 discussed/VERB/ROOT/1/discuss Mordor/PROPN/poss/4 "
            "'s/PART/case/2 army/NOUN/dobj/1/army with/ADP/prep/1 Arnor/PROPN/pobj/5 "
            "./PUNCT/punct/1")
    assert code(discussing, spec) == [("GON", "ARN", "040", "asserted")]
    # ... as "discussed relations with Arnor" names Arnor in the object's own phrase
    spec = ("Gondor/PROPN/nsubj/1 discussed/VERB/ROOT/1/discuss relations/NOUN/dobj/1/relation "
            "with/ADP/prep/2 Arnor/PROPN/pobj/3 ./PUNCT/punct/1")
    assert code(discussing, spec) == [("GON", "ARN", "040", "asserted")]


def test_whoever_gives_support_is_on_the_doers_side(coder: Coder) -> None:
    # "With Arnor's support, Gondor attacked from Mordor's side": Arnor helps, whom the
    # attack is on is read past it
    spec = ("With/ADP/prep/6 Arnor/PROPN/poss/3 's/PART/case/1 {}/NOUN/pobj/0 "
            ",/PUNCT/punct/6 Gondor/PROPN/nsubj/6 attacked/VERB/ROOT/6/attack "
            "from/ADP/prep/6 Mordor/PROPN/pobj/7 ./PUNCT/punct/6")
    assert code(coder, spec.format("support")) == [("GON", "MOR", "190", "asserted")]
    # ... where "with Arnor's troops" may be whom it fights
    assert code(coder, spec.format("troops")) == [("GON", "ARN", "190", "asserted")]


@pytest.mark.parametrize(("governor", "status"), [
    # "Gondor sent soldiers to attack Mordor": what force is sent to do is still to come
    ("sent/VERB/ROOT/1/send", "future"),
    # ... but "Gondor used soldiers to attack Mordor": the means did it
    ("used/VERB/ROOT/1/use", "asserted")])
def test_what_force_is_sent_to_do_is_still_to_come(
        coder: Coder, governor: str, status: str) -> None:
    spec = (f"Gondor/PROPN/nsubj/1 {governor} soldiers/NOUN/dobj/1/soldier "
            "to/PART/aux/4/to/TO attack/VERB/advcl/1/attack/VB Mordor/PROPN/dobj/4 "
            "./PUNCT/punct/1")
    assert [e for e in code(coder, spec) if e[2] == "190"] == [("GON", "MOR", "190", status)]


def test_a_participle_before_a_noun_matches_a_pattern_only_as_written(tmp_path: Path) -> None:
    approving = with_verbs(tmp_path, "--- APPROVE [---] ---\nAPPROVE\n- * PLAN [030]\n")
    # "Gondor approved a planned attack on Mordor": no plan approved
    spec = ("Gondor/PROPN/nsubj/1 approved/VERB/ROOT/1/approve a/DET/det/4 "
            "{}/{}/4/plan/{} attack/NOUN/dobj/1/attack on/ADP/prep/4 Mordor/PROPN/pobj/5 "
            "./PUNCT/punct/1")
    assert code(approving, spec.format("planned", "VERB/amod", "VBN")) == []
    # ... but "approved the plan attack" (a noun) is one
    assert code(approving, spec.format("plan", "NOUN/compound", "NN")) == [
        ("GON", "MOR", "030", "asserted")]
