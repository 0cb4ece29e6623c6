"""Status cues and events named by nouns, on hand-built parses (no model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding import nominal
from detente.coding.coder import Coder
from detente.coding.dictionaries import load_dictionaries
from detente.coding.modality import status_of
from detente.model import Article, Event
from detente.settings import Settings
from parses import parsed
from tiny import tiny_dicts_with

DAY = dt.date(2024, 1, 15)


@pytest.fixture(scope="module")
def coder(tiny_dicts: Path) -> Coder:
    return Coder(load_dictionaries(tiny_dicts), Settings(noun_events=True))


def events(coder: Coder, spec: str, ents: list[str] | None = None) -> list[Event]:
    doc = parsed(spec)
    if ents:
        doc.ents = [doc.char_span(*_span(doc.text, e), label="DATE") for e in ents]
    return coder.code_doc(doc, Article("t", doc.text, date=DAY))


def noun_coder(folder: Path, verbs: str = "", actors: str = "") -> Coder:
    """A coder of noun events over the tiny dictionaries, with ``verbs`` and ``actors``
    added."""
    additions = {name: text for name, text in (("Tiny.verbs.txt", verbs),
                                               ("Tiny.actors.txt", actors)) if text}
    return Coder(load_dictionaries(tiny_dicts_with(folder, additions)),
                 Settings(noun_events=True))


def dyads(found: list[Event]) -> list[tuple[str, str, str]]:
    """Source, target and code of the events that have both sides."""
    return [(e.source.code, e.target.code, e.cameo) for e in found if e.source and e.target]


def sides(found: list[Event]) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo, e.status) for e in found]


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize(("spec", "verb_at", "status"), [
    # "Gondor joined a plot to attack Mordor", the infinitive hung on the verb: a plot's
    ("Gondor/PROPN/nsubj/1 joined/VERB/ROOT/1/join/VBD a/DET/det/3 plot/NOUN/dobj/1/plot "
     "to/PART/aux/5/to/TO attack/VERB/advcl/1/attack/VB Mordor/PROPN/dobj/5", 5,
     "hypothetical"),
    # "Gondor held a phone call to discuss Mordor": a call made, no appeal
    ("Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold/VBD a/DET/det/4 phone/NOUN/compound/4 "
     "call/NOUN/dobj/1/call to/PART/aux/6/to/TO attack/VERB/advcl/1/attack/VB "
     "Mordor/PROPN/dobj/6", 6, "asserted"),
    # "Gondor was unable to attack Mordor": what one cannot do is not done
    ("Gondor/PROPN/nsubj/1 was/AUX/ROOT/1/be/VBD unable/ADJ/acomp/1/unable/JJ "
     "to/PART/aux/4/to/TO attack/VERB/xcomp/2/attack/VB Mordor/PROPN/dobj/4", 4, "negated"),
    # "Gondor was not able to attack Mordor": the copula's "not" says so
    ("Gondor/PROPN/nsubj/1 was/AUX/ROOT/1/be/VBD not/PART/neg/1 able/ADJ/acomp/1/able/JJ "
     "to/PART/aux/5/to/TO attack/VERB/xcomp/3/attack/VB Mordor/PROPN/dobj/5", 5, "negated"),
    # "Gondor will be able to attack Mordor"
    ("Gondor/PROPN/nsubj/2 will/AUX/aux/2/will/MD be/AUX/ROOT/2/be/VB "
     "able/ADJ/acomp/2/able/JJ to/PART/aux/5/to/TO attack/VERB/xcomp/3/attack/VB "
     "Mordor/PROPN/dobj/5", 5, "future"),
    # "Gondor was able to attack Mordor": managed to
    ("Gondor/PROPN/nsubj/1 was/AUX/ROOT/1/be/VBD able/ADJ/acomp/1/able/JJ "
     "to/PART/aux/4/to/TO attack/VERB/xcomp/2/attack/VB Mordor/PROPN/dobj/4", 4, "asserted"),
    # "Gondor is likely to attack Mordor": judged possible
    ("Gondor/PROPN/nsubj/1 is/AUX/ROOT/1/be/VBZ likely/ADJ/acomp/1/likely/JJ "
     "to/PART/aux/4/to/TO attack/VERB/xcomp/2/attack/VB Mordor/PROPN/dobj/4", 4,
     "hypothetical"),
    # "Gondor will attack Mordor"
    ("Gondor/PROPN/nsubj/2 will/AUX/aux/2/will/MD attack/VERB/ROOT/2/attack/VB "
     "Mordor/PROPN/dobj/2", 2, "future"),
    # "Gondor could attack Mordor"
    ("Gondor/PROPN/nsubj/2 could/AUX/aux/2/could/MD attack/VERB/ROOT/2/attack/VB "
     "Mordor/PROPN/dobj/2", 2, "hypothetical"),
    # "Gondor is expected to attack Mordor"
    ("Gondor/PROPN/nsubjpass/2 is/AUX/auxpass/2/be/VBZ expected/VERB/ROOT/2/expect/VBN "
     "to/PART/aux/4/to/TO attack/VERB/xcomp/2/attack/VB Mordor/PROPN/dobj/4", 4, "future"),
    # "Gondor is going to attack Mordor": what will be, no journey
    ("Gondor/PROPN/nsubj/2 is/AUX/aux/2/be/VBZ going/VERB/ROOT/2/go/VBG "
     "to/PART/aux/4/to/TO attack/VERB/xcomp/2/attack/VB Mordor/PROPN/dobj/4", 4, "future"),
    # "Gondor is ready to attack Mordor": meant, not done
    ("Gondor/PROPN/nsubj/1 is/AUX/ROOT/1/be ready/ADJ/acomp/1/ready/JJ "
     "to/PART/aux/4/to/TO attack/VERB/xcomp/2/attack/VB Mordor/PROPN/dobj/4", 4, "future"),
    # "Gondor failed to attack Mordor"
    ("Gondor/PROPN/nsubj/1 failed/VERB/ROOT/1/fail/VBD to/PART/aux/3/to/TO "
     "attack/VERB/xcomp/1/attack/VB Mordor/PROPN/dobj/3", 3, "negated"),
    # "Gondor threatened to attack Mordor": the attack is not asserted
    ("Gondor/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten/VBD to/PART/aux/3/to/TO "
     "attack/VERB/xcomp/1/attack/VB Mordor/PROPN/dobj/3", 3, "hypothetical"),
    # "Gondor attacked Mordor"
    ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD Mordor/PROPN/dobj/1", 1, "asserted"),
    # "Gondor is poised to visit Mordor"
    ("Gondor/PROPN/nsubjpass/2 is/AUX/auxpass/2/be/VBZ poised/VERB/ROOT/2/poise/VBN "
     "to/PART/aux/4/to/TO visit/VERB/xcomp/2/visit/VB Mordor/PROPN/dobj/4", 4, "future"),
    # "Gondor may attack Mordor"
    ("Gondor/PROPN/nsubj/2 may/AUX/aux/2/may/MD attack/VERB/ROOT/2/attack/VB "
     "Mordor/PROPN/dobj/2", 2, "hypothetical"),
    # "Gondor must withdraw from Mordor": an obligation, not a deed
    ("Gondor/PROPN/nsubj/2 must/AUX/aux/2/must/MD withdraw/VERB/ROOT/2/withdraw/VB "
     "from/ADP/prep/2 Mordor/PROPN/pobj/3", 2, "hypothetical"),
    # "Gondor did not attack Mordor"
    ("Gondor/PROPN/nsubj/3 did/AUX/aux/3/do/VBD not/PART/neg/3/not/RB "
     "attack/VERB/ROOT/3/attack/VB Mordor/PROPN/dobj/3", 3, "negated"),
    # "Gondor refrained from attacking Mordor"
    ("Gondor/PROPN/nsubj/1 refrained/VERB/ROOT/1/refrain/VBD from/ADP/prep/1 "
     "attacking/VERB/pcomp/2/attack/VBG Mordor/PROPN/dobj/3", 3, "negated"),
    # "Gondor ordered its troops to withdraw": ordered, not yet done
    ("Gondor/PROPN/nsubj/1 ordered/VERB/ROOT/1/order/VBD its/PRON/poss/3 "
     "troops/NOUN/dobj/1/troop to/PART/aux/5/to/TO withdraw/VERB/xcomp/1/withdraw/VB", 5,
     "future"),
    # "Gondor urged Arnor to withdraw": wanted by Gondor, no more
    ("Gondor/PROPN/nsubj/1 urged/VERB/ROOT/1/urge/VBD Arnor/PROPN/dobj/1 "
     "to/PART/aux/4/to/TO withdraw/VERB/xcomp/1/withdraw/VB", 4, "hypothetical"),
    # "If Gondor attacks, Arnor would respond": conditional
    ("If/SCONJ/mark/2/if/IN Gondor/PROPN/nsubj/2 attacks/VERB/advcl/6/attack/VBZ ,/PUNCT/punct/6 "
     "Arnor/PROPN/nsubj/6 would/AUX/aux/6/would/MD respond/VERB/ROOT/6/respond/VB", 6,
     "hypothetical"),
    # "Gondor announced that Arnor has captured soldiers": told as done
    ("Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce/VBD that/SCONJ/mark/5 "
     "Arnor/PROPN/nsubj/5 has/AUX/aux/5/have/VBZ captured/VERB/ccomp/1/capture/VBN "
     "soldiers/NOUN/dobj/5/soldier", 5, "asserted"),
    # "Gondor announced plans to withdraw": announced, not done
    ("Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce/VBD to/PART/aux/3/to/TO "
     "withdraw/VERB/xcomp/1/withdraw/VB", 3, "future"),
    # "Gondor refused to rule out attacking Arnor": left open, not denied
    ("Gondor/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse/VBD to/PART/aux/3/to/TO "
     "rule/VERB/xcomp/1/rule/VB out/ADP/prt/3/out/RP attacking/VERB/xcomp/3/attack/VBG "
     "Arnor/PROPN/dobj/5", 5, "hypothetical"),
    # "Gondor prevented Arnor from attacking Mordor": kept from it
    ("Gondor/PROPN/nsubj/1 prevented/VERB/ROOT/1/prevent/VBD Arnor/PROPN/dobj/1 "
     "from/ADP/prep/1 attacking/VERB/pcomp/3/attack/VBG Mordor/PROPN/dobj/4", 4, "negated"),
    # "Gondor accused Arnor of preparing to attack": a plan claimed is a claim
    ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse/VBD Arnor/PROPN/dobj/1 "
     "of/ADP/prep/1/of/IN preparing/VERB/pcomp/3/prepare/VBG to/PART/aux/6/to/TO "
     "attack/VERB/xcomp/4/attack/VB", 6, "hypothetical"),
    # "Gondor plotted to attack Arnor": schemed, not done
    ("Gondor/PROPN/nsubj/1 plotted/VERB/ROOT/1/plot/VBD to/PART/aux/3/to/TO "
     "attack/VERB/xcomp/1/attack/VB Arnor/PROPN/dobj/3", 3, "hypothetical"),
    # "Gondor allegedly attacked Arnor": a claim
    ("Gondor/PROPN/nsubj/2 allegedly/ADV/advmod/2/allegedly/RB attacked/VERB/ROOT/2/attack/VBD "
     "Arnor/PROPN/dobj/2", 2, "hypothetical"),
    # "Gondor accused that Arnor attacked": a tense of its own is still only a claim
    ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse/VBD that/SCONJ/mark/4 "
     "Arnor/PROPN/nsubj/4 attacked/VERB/ccomp/1/attack/VBD", 4, "hypothetical"),
    # "Gondor will attack and occupy Mordor": what the first joined verb is, the next is
    ("Gondor/PROPN/nsubj/2 will/AUX/aux/2/will/MD attack/VERB/ROOT/2/attack/VB "
     "and/CCONJ/cc/2 occupy/VERB/conj/2/occupy/VB Mordor/PROPN/dobj/4", 4, "future"),
    # "Gondor did not attack but occupied Mordor": two things told
    ("Gondor/PROPN/nsubj/3 did/AUX/aux/3/do/VBD not/PART/neg/3/not/RB "
     "attack/VERB/ROOT/3/attack/VB but/CCONJ/cc/3 occupied/VERB/conj/3/occupy/VBD "
     "Mordor/PROPN/dobj/5", 5, "asserted"),
    # "Gondor refused to meet and attacked Mordor": a past tense shares no infinitive's
    # refusal (the parser may join it to the infinitive)
    ("Gondor/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse/VBD to/PART/aux/3/to/TO "
     "meet/VERB/xcomp/1/meet/VB and/CCONJ/cc/3 attacked/VERB/conj/3/attack/VBD "
     "Mordor/PROPN/dobj/5", 5, "asserted"),
    ("Gondor/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse/VBD to/PART/aux/3/to/TO "
     "meet/VERB/xcomp/1/meet/VB and/CCONJ/cc/3 attack/VERB/conj/3/attack/VB "
     "Mordor/PROPN/dobj/5", 5, "negated"),
    # "Gondor set fire to Mordor after shooting its guards": no plan set
    ("Gondor/PROPN/nsubj/1 set/VERB/ROOT/1/set/VBD fire/NOUN/dobj/1 after/ADP/prep/1 "
     "shooting/VERB/pcomp/3/shoot/VBG guards/NOUN/dobj/4/guard", 4, "asserted"),
    # "After visiting Mordor, Gondor is scheduled to meet Arnor": the schedule plans the
    # meeting, not the visit that came before it
    ("After/ADP/prep/6/after/IN visiting/VERB/pcomp/0/visit/VBG Mordor/PROPN/dobj/1 "
     ",/PUNCT/punct/6 Gondor/PROPN/nsubjpass/6 is/AUX/auxpass/6/be/VBZ "
     "scheduled/VERB/ROOT/6/schedule/VBN to/PART/aux/8/to/TO meet/VERB/xcomp/6/meet/VB "
     "Arnor/PROPN/dobj/8", 1, "asserted"),
    ("After/ADP/prep/6/after/IN visiting/VERB/pcomp/0/visit/VBG Mordor/PROPN/dobj/1 "
     ",/PUNCT/punct/6 Gondor/PROPN/nsubjpass/6 is/AUX/auxpass/6/be/VBZ "
     "scheduled/VERB/ROOT/6/schedule/VBN to/PART/aux/8/to/TO meet/VERB/xcomp/6/meet/VB "
     "Arnor/PROPN/dobj/8", 8, "future"),
    # "Gondor will meet Arnor after visiting Mordor": the tense reaches the time phrase
    ("Gondor/PROPN/nsubj/2 will/AUX/aux/2/will/MD meet/VERB/ROOT/2/meet/VB "
     "Arnor/PROPN/dobj/2 after/ADP/prep/2/after/IN visiting/VERB/pcomp/4/visit/VBG "
     "Mordor/PROPN/dobj/5", 5, "future"),
    # "Gondor said it would attack Mordor after Arnor lifted the ban": told as done
    ("Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD it/PRON/nsubj/4 would/AUX/aux/4/would/MD "
     "attack/VERB/ccomp/1/attack/VB Mordor/PROPN/dobj/4 after/SCONJ/mark/8/after/IN "
     "Arnor/PROPN/nsubj/8 lifted/VERB/advcl/4/lift/VBD the/DET/det/10 ban/NOUN/dobj/8", 8,
     "asserted"),
    # "Gondor did not retaliate after Arnor attacked": the attack is not denied
    ("Gondor/PROPN/nsubj/3 did/AUX/aux/3/do/VBD not/PART/neg/3/not/RB "
     "retaliate/VERB/ROOT/3/retaliate/VB after/SCONJ/mark/6/after/IN Arnor/PROPN/nsubj/6 "
     "attacked/VERB/advcl/3/attack/VBD", 6, "asserted"),
    # "Gondor foiled a plot to attack Mordor": what a plot means to do may never be
    ("Gondor/PROPN/nsubj/1 foiled/VERB/ROOT/1/foil/VBD a/DET/det/3 plot/NOUN/dobj/1/plot "
     "to/PART/aux/5/to/TO attack/VERB/acl/3/attack/VB Mordor/PROPN/dobj/5", 5,
     "hypothetical"),
    # "Gondor made a plan to visit Mordor": planned
    ("Gondor/PROPN/nsubj/1 made/VERB/ROOT/1/make/VBD a/DET/det/3 plan/NOUN/dobj/1/plan "
     "to/PART/aux/5/to/TO visit/VERB/acl/3/visit/VB Mordor/PROPN/dobj/5", 5, "future"),
    # "Gondor insisted on attacking Mordor": held out for, not done
    ("Gondor/PROPN/nsubj/1 insisted/VERB/ROOT/1/insist/VBD on/ADP/prep/1 "
     "attacking/VERB/pcomp/2/attack/VBG Mordor/PROPN/dobj/3", 3, "hypothetical"),
    # "Gondor set conditions, including attacking Mordor", "including" on the verb or on
    # the noun: only asked
    ("Gondor/PROPN/nsubj/1 set/VERB/ROOT/1/set/VBD conditions/NOUN/dobj/1/condition/NNS "
     "including/VERB/prep/1/including/VBG attacking/VERB/pcomp/3/attack/VBG "
     "Mordor/PROPN/dobj/4", 4, "hypothetical"),
    ("Gondor/PROPN/nsubj/1 set/VERB/ROOT/1/set/VBD conditions/NOUN/dobj/1/condition/NNS "
     "including/VERB/prep/2/including/VBG attacking/VERB/pcomp/3/attack/VBG "
     "Mordor/PROPN/dobj/4", 4, "hypothetical"),
    # "Gondor accused Arnor while Mordor accuses Arnor": each accusation is made
    ("Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse/VBD Arnor/PROPN/dobj/1 "
     "while/SCONJ/mark/5/while/IN Mordor/PROPN/nsubj/5 accuses/VERB/advcl/1/accuse/VBZ "
     "Arnor/PROPN/dobj/5", 5, "asserted"),
])
def test_status_cues(spec: str, verb_at: int, status: str) -> None:
    assert status_of(parsed(spec)[verb_at]) == status


def test_possessive_noun_event_with_its_date(coder: Coder) -> None:
    # "Gondor's attack on Mordor in 2022 failed ."
    (event,) = events(coder, "Gondor/PROPN/poss/2 's/PART/case/0 attack/NOUN/nsubj/7/attack "
                      "on/ADP/prep/2 Mordor/PROPN/pobj/3 in/ADP/prep/2 2022/NUM/pobj/5/2022/CD "
                      "failed/VERB/ROOT/7/fail/VBD ./PUNCT/punct/7", ents=["2022"])
    assert (event.source.code if event.source else None, event.cameo) == ("GON", "190")
    assert event.target is not None and event.target.code == "MOR"
    assert (event.date, event.date_precision, event.date_text) == ("2022", "year", "2022")
    assert event.pattern == "noun: attack"


def test_planned_visit_is_future_and_dated_by_its_phrase(coder: Coder) -> None:
    # "Elendil's upcoming visit to Gondor next month"
    (event,) = events(coder, "Elendil/PROPN/poss/3 's/PART/case/0 upcoming/ADJ/amod/3/upcoming/JJ "
                      "visit/NOUN/ROOT/3/visit to/ADP/prep/3 Gondor/PROPN/pobj/4 "
                      "next/ADJ/amod/7/next/JJ month/NOUN/npadvmod/3/month/NN",
                      ents=["next month"])
    assert (event.status, event.cameo, event.date, event.date_precision) == (
        "future", "042", "2024-02", "month")


@pytest.mark.parametrize(("verb", "when", "expected"), [
    # "Gondor visits Mordor next week": told in the present, dated ahead
    ("visits/VERB/ROOT/1/visit/VBZ", "next/ADJ/amod/4/next/JJ week/NOUN/npadvmod/1/week/NN",
     ("future", "2024-01-22")),
    # "Gondor visited Mordor last week"
    ("visited/VERB/ROOT/1/visit/VBD", "last/ADJ/amod/4/last/JJ week/NOUN/npadvmod/1/week/NN",
     ("asserted", "2024-01-08")),
    # "Gondor visited Mordor on Friday": the Friday before
    ("visited/VERB/ROOT/1/visit/VBD", "on/ADP/prep/1/on/IN Friday/PROPN/pobj/3/friday/NNP",
     ("asserted", "2024-01-12")),
])
def test_a_verbs_own_date_ahead_of_the_story_is_a_plan(
        coder: Coder, verb: str, when: str, expected: tuple[str, str]) -> None:
    words = when.split()
    phrase = " ".join(w.split("/")[0] for w in words[-2:] if not w.startswith("on/"))
    (event,) = events(coder, f"Gondor/PROPN/nsubj/1 {verb} Mordor/PROPN/dobj/1 {when}",
                        ents=[phrase])
    assert (event.status, event.date) == expected


def test_what_is_under_way_on_a_weekday_is_the_coming_one(coder: Coder) -> None:
    # "Gondor is visiting Mordor on Friday"
    (event,) = events(coder, "Gondor/PROPN/nsubj/2 is/AUX/aux/2/be/VBZ "
                        "visiting/VERB/ROOT/2/visit/VBG Mordor/PROPN/dobj/2 "
                        "on/ADP/prep/2/on/IN Friday/PROPN/pobj/4/friday/NNP", ents=["Friday"])
    assert (event.status, event.date) == ("future", "2024-01-19")


def test_what_is_said_now_of_a_later_date_is_said_now(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- APPEAL [020] ---\nAPPEAL\n")
    # "Gondor appeals to Mordor for 2026": an appeal made now
    found = events(coder, "Gondor/PROPN/nsubj/1 appeals/VERB/ROOT/1/appeal/VBZ "
                   "to/ADP/prep/1 Mordor/PROPN/pobj/2 in/ADP/prep/1/in/IN "
                   "2026/NUM/pobj/4/2026/CD", ents=["2026"])
    assert sides(found) == [("GON", "MOR", "020", "asserted")]


def test_the_end_of_a_period_is_not_when_it_was_set(coder: Coder) -> None:
    # "Gondor met Mordor until Friday": dated by the story, not by when it ends
    (event,) = events(coder, "Gondor/PROPN/nsubj/1 met/VERB/ROOT/1/meet/VBD "
                        "Mordor/PROPN/dobj/1 until/ADP/prep/1/until/IN "
                        "Friday/PROPN/pobj/3/friday/NNP", ents=["Friday"])
    assert (event.status, event.date, event.date_text) == ("asserted", DAY.isoformat(), None)


@pytest.mark.parametrize(("prep", "expected"), [
    # "Gondor attacked Mordor for a 2022 raid": the raid's year, not the attack's
    ("for", (DAY.isoformat(), None)),
    # "Gondor attacked Mordor under the 2022 pact"
    ("under", (DAY.isoformat(), None)),
    # "Gondor attacked Mordor during the 2022 raid": a time of its own
    ("during", ("2022", "2022")),
])
def test_a_date_that_names_a_thing_does_not_date_the_deed(
        coder: Coder, prep: str, expected: tuple[str, str | None]) -> None:
    found = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                   f"Mordor/PROPN/dobj/1 {prep}/ADP/prep/1/{prep}/IN a/DET/det/6 "
                   "2022/NUM/nummod/6/2022/CD raid/NOUN/pobj/3/raid/NN", ents=["2022"])
    assert [(e.date, e.date_text) for e in found if e.pattern != "noun: raid"] == [expected]


def test_a_date_in_a_phrase_on_another_noun_does_not_date_the_deed(coder: Coder) -> None:
    # "Gondor attacked Mordor over its role in the 2022 raid": the raid's year (the "in"
    # phrase hangs on the role, not on the attack)
    found = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                   "Mordor/PROPN/dobj/1 over/ADP/prep/1/over/IN its/PRON/poss/5 "
                   "role/NOUN/pobj/3/role in/ADP/prep/5/in/IN the/DET/det/9 "
                   "2022/NUM/nummod/9/2022/CD raid/NOUN/pobj/6/raid/NN", ents=["2022"])
    assert [(e.date, e.date_text) for e in found if e.pattern != "noun: raid"] == [
        (DAY.isoformat(), None)]


def test_a_date_of_a_deed_a_gerund_tells_of_is_its_own(coder: Coder) -> None:
    # "Gondor criticized Mordor for attacking Arnor in 2022": criticized now
    found = events(coder, "Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize/VBD "
                   "Mordor/PROPN/dobj/1 for/ADP/prep/1/for/IN "
                   "attacking/VERB/pcomp/3/attack/VBG Arnor/PROPN/dobj/4 in/ADP/prep/4/in/IN "
                   "2022/NUM/pobj/6/2022/CD ./PUNCT/punct/1", ents=["2022"])
    assert [(e.cameo, e.date) for e in found if e.cameo == "111"] == [
        ("111", DAY.isoformat())]


@pytest.mark.parametrize(("governor", "expected"), [
    # "Gondor agreed to attack Mordor on Friday", with CRITICIZE standing in for AGREE (the
    # tiny verbs have none): the Friday is the attack's, not the agreement's
    ("criticized/VERB/ROOT/1/criticize/VBD", DAY.isoformat()),
    # "Gondor stopped attacking Mordor on Friday": stopped then
    ("stopped/VERB/ROOT/1/stop/VBD", "2024-01-12"),
])
def test_a_date_of_the_governed_verb_is_its_own(
        tmp_path: Path, governor: str, expected: str) -> None:
    coder = noun_coder(tmp_path, "--- STOP [192] ---\nSTOP\n")
    found = events(coder, f"Gondor/PROPN/nsubj/1 {governor} to/PART/aux/3/to/TO "
                   "attack/VERB/xcomp/1/attack/VB Mordor/PROPN/dobj/3 on/ADP/prep/3/on/IN "
                   "Friday/PROPN/pobj/5/friday/NNP", ents=["Friday"])
    assert [e.date for e in found if e.verb != "attack"] == [expected]


def test_a_date_in_a_groups_name_dates_nothing(coder: Coder) -> None:
    # "Gondor attacked Mordor through March 23 Movement positions", parsed as the small
    # model does (the date the object of "through"): a name, not a day
    (event,) = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                      "Mordor/PROPN/dobj/1 through/ADP/prep/1/through/IN "
                      "March/PROPN/pobj/3/march/NNP 23/NUM/nummod/4/23/CD "
                      "Movement/PROPN/nmod/7/movement/NNP positions/NOUN/npadvmod/1/position",
                      ents=["March 23"])
    assert (event.date, event.date_text) == (DAY.isoformat(), None)


def test_a_deadline_is_ahead_whatever_the_tense(coder: Coder) -> None:
    # "Gondor attacked Mordor by February" (written in January): this coming February
    (event,) = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                      "Mordor/PROPN/dobj/1 by/ADP/prep/1/by/IN "
                      "February/PROPN/pobj/3/february/NNP", ents=["February"])
    assert event.date == "2024-02"


def test_a_day_told_in_the_past_is_not_ahead(coder: Coder) -> None:
    # "Gondor attacked Mordor on January 20" (written on the 15th): last year's
    (event,) = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                      "Mordor/PROPN/dobj/1 on/ADP/prep/1/on/IN January/PROPN/pobj/3/january/NNP "
                      "20/NUM/nummod/4/20/CD", ents=["January 20"])
    assert event.date == "2023-01-20"


def test_a_date_of_the_event_noun_itself_dates_it(coder: Coder) -> None:
    # "Gondor's 2022 attack on Mordor"
    (event,) = events(coder, "Gondor/PROPN/poss/3 's/PART/case/0 2022/NUM/nummod/3/2022/CD "
                      "attack/NOUN/ROOT/3/attack on/ADP/prep/3 Mordor/PROPN/pobj/4",
                      ents=["2022"])
    assert (event.cameo, event.date) == ("190", "2022")


def test_a_visit_named_by_a_noun_within_ones_own_country_visits_no_one(
        coder: Coder) -> None:
    # "Elendil's visit to Arnor" (Elendil is of Arnor): a trip at home
    spec = ("Elendil/PROPN/poss/2 's/PART/case/0 visit/NOUN/ROOT/2/visit to/ADP/prep/2 "
            "{place}/PROPN/pobj/3")
    assert events(coder, spec.format(place="Arnor")) == []
    assert [(e.source.code, e.target.code) for e in events(coder, spec.format(
        place="Gondor"))] == [("ARNELI", "GON")]


def test_verb_event_without_date_phrase_takes_the_publication_day(coder: Coder) -> None:
    (event,) = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                      "Mordor/PROPN/dobj/1")
    assert (event.date, event.date_precision, event.date_text) == ("2024-01-15", "day", None)


def test_repeated_mentions_become_one_event_with_all_evidence(coder: Coder) -> None:
    spec = ("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD Mordor/PROPN/dobj/1 "
            "./PUNCT/punct/1 Gondor/PROPN/nsubj/5 attacked/VERB/ROOT/5/attack/VBD "
            "Mordor/PROPN/dobj/5 ./PUNCT/punct/5")
    (event,) = events(coder, spec)
    assert event.evidence == (0, 1)


def test_a_visit_scheduled_for_next_month_is_future(coder: Coder) -> None:
    # "Elendil's visit to Gondor scheduled for next month"
    (event,) = events(coder, "Elendil/PROPN/poss/2 's/PART/case/0 visit/NOUN/ROOT/2/visit "
                      "to/ADP/prep/2 Gondor/PROPN/pobj/3 scheduled/VERB/acl/2/schedule/VBN "
                      "for/ADP/prep/5 next/ADJ/amod/8/next/JJ month/NOUN/pobj/6/month/NN",
                      ents=["next month"])
    assert (event.status, event.date) == ("future", "2024-02")


@pytest.mark.parametrize("verb", ["cancelled/VERB/ROOT/1/cancel", "delayed/VERB/ROOT/1/delay"])
def test_a_cancelled_or_delayed_visit_is_negated(coder: Coder, verb: str) -> None:
    # "Gondor cancelled Elendil's visit to Mordor", "delayed": no visit, for now
    (event,) = events(coder, f"Gondor/PROPN/nsubj/1 {verb}/VBD "
                      "Elendil/PROPN/poss/4 's/PART/case/2 visit/NOUN/dobj/1/visit "
                      "to/ADP/prep/4 Mordor/PROPN/pobj/5")
    assert event.status == "negated"
    assert event.source is not None and event.source.code == "ARNELI"  # out of office in 2024


@pytest.mark.parametrize(("word", "status"), [
    ("possibility", "hypothetical"), ("hopes", "hypothetical"), ("threat", "hypothetical"),
    ("news", "asserted")])
def test_a_visit_spoken_of_as_may_be_is_hypothetical(
        coder: Coder, word: str, status: str) -> None:
    # "Markets rose on the possibility of Elendil's visit to Mordor": no visit yet
    (event,) = events(coder, f"Markets/NOUN/nsubj/1 rose/VERB/ROOT/1/rise/VBD on/ADP/prep/1 "
                      f"the/DET/det/4 {word}/NOUN/pobj/2/{word.rstrip('s')} of/ADP/prep/4 "
                      "Elendil/PROPN/poss/8 's/PART/case/6 visit/NOUN/pobj/5/visit "
                      "to/ADP/prep/8 Mordor/PROPN/pobj/9")
    assert event.status == status


def test_what_is_cited_as_a_reason_is_told_as_fact(coder: Coder) -> None:
    # "Gondor will attack Arnor, citing Elendil's visit to Mordor": the visit happened
    found = events(coder, "Gondor/PROPN/nsubj/2 will/AUX/aux/2/will/MD "
                   "attack/VERB/ROOT/2/attack/VB Arnor/PROPN/dobj/2 ,/PUNCT/punct/2 "
                   "citing/VERB/advcl/2/cite/VBG "
                   "Elendil/PROPN/poss/8 's/PART/case/6 visit/NOUN/dobj/5/visit "
                   "to/ADP/prep/8 Mordor/PROPN/pobj/9")
    assert [e.status for e in found if e.cameo == "042"] == ["asserted"]


def test_what_a_cancelling_verb_gives_as_its_reason_is_not_negated(coder: Coder) -> None:
    # "Gondor cancelled the feast due to Elendil's visit to Mordor": the visit happens
    (event,) = events(coder, "Gondor/PROPN/nsubj/1 cancelled/VERB/ROOT/1/cancel/VBD "
                      "the/DET/det/3 feast/NOUN/dobj/1/feast due/ADP/prep/3 to/ADP/pcomp/4 "
                      "Elendil/PROPN/poss/8 's/PART/case/6 visit/NOUN/pobj/4/visit "
                      "to/ADP/prep/8 Mordor/PROPN/pobj/9")
    assert (event.cameo, event.status) == ("042", "asserted")


def test_a_noun_its_verb_coded_is_not_coded_again(tmp_path: Path) -> None:
    # "Gondor imposed sanctions on Arnor over Mordor": the verb codes the sanctions with
    # its own roles; the noun, whose phrase names no target, adds no guess of its own
    verbs = tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- IMPOSE [---] ---\nIMPOSE\n- * SANCTIONS [163]\n"})
    coder = Coder(load_dictionaries(verbs), Settings(noun_events=True))
    found = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD "
                   "sanctions/NOUN/dobj/1/sanction/NNS on/ADP/prep/1 Arnor/PROPN/pobj/3 "
                   "over/ADP/prep/1 Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo, e.pattern.split()[0]) for e in found] == [("GON", "ARN", "163", "-")]


def test_a_noun_counted_in_what_its_verb_coded_is_not_coded_again(tmp_path: Path) -> None:
    # "Gondor imposed a round of sanctions since Mordor on Arnor": the round is the
    # verb's object and its sanctions the verb's, so the noun adds no guess of its own
    # (Mordor, the country nearest the noun)
    verbs = tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- IMPOSE [---] ---\nIMPOSE\n- * SANCTIONS [163]\n"})
    coder = Coder(load_dictionaries(verbs), Settings(noun_events=True))
    found = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD a/DET/det/3 "
                   "round/NOUN/dobj/1/round of/ADP/prep/3 sanctions/NOUN/pobj/4/sanction/NNS "
                   "since/ADP/prep/1 Mordor/PROPN/pobj/6 on/ADP/prep/1 Arnor/PROPN/pobj/8 "
                   "./PUNCT/punct/1")
    assert [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo) for e in found] == [("GON", "ARN", "163")]


def test_talks_of_several_parties_are_between_them(coder: Coder) -> None:
    # "Gondor and Arnor continued the negotiations near Mordor": with each other, both
    # ways as a verb of talking between them codes it, not with the country nearest
    found = events(coder, "Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
                   "continued/VERB/ROOT/3/continue/VBD the/DET/det/5 "
                   "negotiations/NOUN/dobj/3/negotiation/NNS near/ADP/prep/5 "
                   "Mordor/PROPN/pobj/6 ./PUNCT/punct/3")
    assert dyads(found) == [("GON", "ARN", "046"), ("ARN", "GON", "046")]


def test_each_of_joined_doers_does_the_noun_event(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- LAUNCH [---] ---\nLAUNCH\n")
    # "Gondor and Arnor launched strikes on Mordor": each struck Mordor
    found = events(coder, "Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
                   "launched/VERB/ROOT/3/launch/VBD strikes/NOUN/dobj/3/strike/NNS "
                   "on/ADP/prep/4 Mordor/PROPN/pobj/5 ./PUNCT/punct/3")
    assert dyads(found) == [("GON", "MOR", "190"), ("ARN", "MOR", "190")]


def test_a_joint_strike_strikes_neither_of_its_doers(coder: Coder) -> None:
    # "Airstrikes by Gondor and Arnor killed people in Mordor"
    found = events(coder, "Airstrikes/NOUN/nsubj/5/airstrike/NNS by/ADP/prep/0 "
                   "Gondor/PROPN/pobj/1 and/CCONJ/cc/2 Arnor/PROPN/conj/2 "
                   "killed/VERB/ROOT/5/kill/VBD people/NOUN/dobj/5 in/ADP/prep/5 "
                   "Mordor/PROPN/pobj/7 ./PUNCT/punct/5")
    assert dyads(found) == [("GON", "MOR", "195"), ("ARN", "MOR", "195")]


def test_who_tells_of_a_strike_is_not_guessed_as_its_target(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "HERALD_ [MED]\n"})), Settings(noun_events=True))
    strike = ("Gondor/PROPN/compound/5 airstrikes/NOUN/nsubj/6/airstrike/NNS "
              "killed/VERB/ROOT/6/kill/VBD people/NOUN/dobj/6 ./PUNCT/punct/6")
    # "According to Arnor, Gondor airstrikes killed people": Arnor tells, and no phrase
    # names whom they struck
    found = events(coder, "According/VERB/prep/6/accord/VBG to/ADP/prep/0 "
                   "Arnor/PROPN/pobj/1 ,/PUNCT/punct/6 " + strike)
    assert dyads(found) == []
    # "The Herald said Gondor airstrikes killed people": nor is the press a guess
    found = events(coder, "The/DET/det/1 Herald/PROPN/nsubj/2 said/VERB/ROOT/2/say/VBD "
                   "Gondor/PROPN/compound/4 airstrikes/NOUN/nsubj/5/airstrike/NNS "
                   "killed/VERB/ccomp/2/kill/VBD people/NOUN/dobj/5 ./PUNCT/punct/2")
    assert all(d[1] != "MED" for d in dyads(found))


@pytest.mark.parametrize("joined", [
    "–/PUNCT/punct/4", "and/CCONJ/cc/2"])
def test_names_joined_before_a_strike_strike_together(coder: Coder, joined: str) -> None:
    # "Gondor–Arnor airstrikes killed people in Mordor", "Gondor and Arnor airstrikes"
    arnor = "Arnor/PROPN/compound/5" if joined.startswith("–") else "Arnor/PROPN/conj/2"
    found = events(coder, f"the/DET/det/5 initial/ADJ/amod/5 Gondor/PROPN/compound/5 "
                   f"{joined} {arnor} airstrikes/NOUN/nsubj/6/airstrike/NNS "
                   "killed/VERB/ROOT/6/kill/VBD people/NOUN/dobj/6 in/ADP/prep/6 "
                   "Mordor/PROPN/pobj/8 ./PUNCT/punct/6")
    assert ("GON", "ARN", "195") not in dyads(found)
    assert ("GON", "MOR", "195") in dyads(found)


@pytest.mark.parametrize("in_at", [1, 2])
def test_taking_part_in_an_event_is_doing_it(tmp_path: Path, in_at: int) -> None:
    coder = noun_coder(tmp_path, "--- TAKE [---] ---\nTAKE\n- * PART_IN [030]\n")
    # "Gondor took part in the attack on Mordor": Gondor attacked, and meant no
    # cooperation ("in" hung from "took" or from "part")
    found = events(coder, "Gondor/PROPN/nsubj/1 took/VERB/ROOT/1/take part/NOUN/dobj/1/part "
                   f"in/ADP/prep/{in_at} the/DET/det/5 "
                   "attack/NOUN/pobj/3/attack on/ADP/prep/5 Mordor/PROPN/pobj/6 "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "190")]


def test_who_claims_an_attack_made_it(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- CLAIM [---] ---\nCLAIM\n- * RESPONSIBILITY [015]\n")
    # "Gondor claimed responsibility for the attack on Mordor's soldiers": Gondor's attack
    found = events(coder, "Gondor/PROPN/nsubj/1 claimed/VERB/ROOT/1/claim "
                   "responsibility/NOUN/dobj/1/responsibility for/ADP/prep/2 the/DET/det/5 "
                   "attack/NOUN/pobj/3/attack on/ADP/prep/5 Mordor/PROPN/pobj/6 "
                   "./PUNCT/punct/1")
    assert ("GON", "MOR", "190") in dyads(found)


def test_a_noun_event_that_only_says_when_is_not_the_clauses_own(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- LAUNCH [---] ---\nLAUNCH\n")
    # "Gondor launched rockets after the strike on Arnor": the strike was not Gondor's
    after = events(coder, "Gondor/PROPN/nsubj/1 launched/VERB/ROOT/1/launch/VBD "
                   "rockets/NOUN/dobj/1/rocket after/ADP/prep/1 the/DET/det/5 "
                   "strike/NOUN/pobj/3/strike on/ADP/prep/5 Arnor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert [e for e in after if e.source is not None and e.source.code == "GON"] == []
    # "Gondor launched a strike on Arnor": its own
    own = events(coder, "Gondor/PROPN/nsubj/1 launched/VERB/ROOT/1/launch/VBD "
                 "a/DET/det/3 strike/NOUN/dobj/1/strike on/ADP/prep/3 Arnor/PROPN/pobj/4 "
                 "./PUNCT/punct/1")
    assert dyads(own) == [("GON", "ARN", "190")]


def test_an_event_noun_before_a_name_is_a_verb_misread(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path)
    # "Gondor sanctions Elendil", parsed as one noun phrase: no sanction either way
    found = events(coder, "Gondor/PROPN/compound/1 sanctions/NOUN/compound/2/sanction/NNS "
                   "Elendil/PROPN/ROOT/2 ./PUNCT/punct/2")
    assert found == []


def test_a_light_verb_that_says_nothing_of_its_event_noun_leaves_it_to_the_noun(
        tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- CONDUCT [060] ---\nCONDUCT\n")
    # "Gondor conducted airstrikes on Mordor": airstrikes (195), not cooperation (060)
    found = events(coder, "Gondor/PROPN/nsubj/1 conducted/VERB/ROOT/1/conduct/VBD "
                   "airstrikes/NOUN/dobj/1/airstrike/NNS on/ADP/prep/2 Mordor/PROPN/pobj/3 "
                   "./PUNCT/punct/1")
    assert sides(found) == [("GON", "MOR", "195", "asserted")]


def test_a_general_strike_is_a_protest_not_an_attack(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path)
    # "Gondor's general strike against Arnor"
    found = events(coder, "Gondor/PROPN/poss/3 's/PART/case/0 general/ADJ/amod/3/general "
                   "strike/NOUN/ROOT/3/strike against/ADP/prep/3 Arnor/PROPN/pobj/4")
    assert [e.cameo for e in found] == ["143"]


def test_suspended_talks_are_negated_but_not_what_they_were_suspended_after(
        tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SUSPEND [---] ---\nSUSPEND\n")
    # "Gondor suspended its visit to Arnor after Mordor's attack on Arnor"
    found = events(coder, "Gondor/PROPN/nsubj/1 suspended/VERB/ROOT/1/suspend/VBD "
                   "its/PRON/poss/3 visit/NOUN/dobj/1/visit to/ADP/prep/3 Arnor/PROPN/pobj/4 "
                   "after/ADP/prep/1 Mordor/PROPN/poss/9 's/PART/case/7 "
                   "attack/NOUN/pobj/6/attack on/ADP/prep/9 Arnor/PROPN/pobj/10 "
                   "./PUNCT/punct/1")
    assert sorted(sides(found)) == [("GON", "ARN", "042", "negated"),
                                    ("MOR", "ARN", "190", "asserted")]


def test_a_withdrawal_of_troops_leaves_where_it_says(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- COMPLETE [---] ---\nCOMPLETE\n")
    # "Gondor completed the withdrawal of its troops from Mordor"
    troops = events(coder, "Gondor/PROPN/nsubj/1 completed/VERB/ROOT/1/complete/VBD "
                    "the/DET/det/3 withdrawal/NOUN/dobj/1/withdrawal of/ADP/prep/3 "
                    "its/PRON/poss/6 troops/NOUN/pobj/4/troop from/ADP/prep/3 "
                    "Mordor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert sides(troops) == [("GON", "MOR", "0874", "asserted")]
    # "Gondor completed its withdrawal from Mordor": no troops, no retreat
    treaty = events(coder, "Gondor/PROPN/nsubj/1 completed/VERB/ROOT/1/complete/VBD "
                    "its/PRON/poss/3 withdrawal/NOUN/dobj/1/withdrawal from/ADP/prep/3 "
                    "Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert treaty == []


def test_an_event_noun_naming_a_kind_is_no_event(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path)
    # "Gondor's invasion forces attacked": the forces attack, no invasion is told
    found = events(coder, "Gondor/PROPN/poss/3 's/PART/case/0 invasion/NOUN/compound/3/invasion "
                   "forces/NOUN/nsubj/4/force attacked/VERB/ROOT/4/attack Mordor/PROPN/dobj/4 "
                   "./PUNCT/punct/4")
    assert [e.cameo for e in found] == ["190"]
    # "Gondor's aid workers visited Mordor": workers, no aid given
    found = events(coder, "Gondor/PROPN/poss/3 's/PART/case/0 aid/NOUN/compound/3/aid "
                   "workers/NOUN/nsubj/4/worker visited/VERB/ROOT/4/visit Mordor/PROPN/dobj/4 "
                   "./PUNCT/punct/4")
    assert [e.cameo for e in found] == ["042"]


def test_tariffs_are_sanctions_and_lifted_ones_are_negated(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- IMPOSE [---] ---\nIMPOSE\n--- LIFT [---] ---\nLIFT\n")
    # "Gondor imposed tariffs on Mordor"; "Gondor lifted its tariffs on Mordor"
    imposed = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD "
                     "tariffs/NOUN/dobj/1/tariff/NNS on/ADP/prep/2 Mordor/PROPN/pobj/3 "
                     "./PUNCT/punct/1")
    lifted = events(coder, "Gondor/PROPN/nsubj/1 lifted/VERB/ROOT/1/lift/VBD "
                    "its/PRON/poss/3 tariffs/NOUN/dobj/1/tariff/NNS on/ADP/prep/3 "
                    "Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert sides(imposed + lifted) == [("GON", "MOR", "163", "asserted"),
                                       ("GON", "MOR", "163", "negated")]


def test_reduced_tariffs_are_eased_but_an_attack_that_reduces_was_made(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- REDUCE [---] ---\nREDUCE\n")
    # "Gondor reduced its tariffs on Mordor": no tariff imposed
    reduced = events(coder, "Gondor/PROPN/nsubj/1 reduced/VERB/ROOT/1/reduce/VBD "
                     "its/PRON/poss/3 tariffs/NOUN/dobj/1/tariff/NNS on/ADP/prep/3 "
                     "Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    # "Gondor's attack on Mordor reduced its output": the attack was made
    attack = events(coder, "Gondor/PROPN/poss/2 's/PART/case/0 attack/NOUN/nsubj/5/attack "
                    "on/ADP/prep/2 Mordor/PROPN/pobj/3 reduced/VERB/ROOT/5/reduce/VBD "
                    "its/PRON/poss/7 output/NOUN/dobj/5/output ./PUNCT/punct/5")
    assert sides(reduced + attack) == [("GON", "MOR", "163", "negated"),
                                       ("GON", "MOR", "190", "asserted")]


def test_a_meeting_struck_is_not_the_strikers(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- CARRY [---] ---\nCARRY\n--- HOLD [---] ---\nHOLD\n")
    # "Gondor carried out airstrikes on Mordor during a meeting with Arnor": Mordor's
    # meeting, struck; Gondor meets no one
    struck = events(coder, "Gondor/PROPN/nsubj/1 carried/VERB/ROOT/1/carry/VBD "
                    "out/ADP/prt/1 airstrikes/NOUN/dobj/1/airstrike/NNS on/ADP/prep/3 "
                    "Mordor/PROPN/pobj/4 during/ADP/prep/1 a/DET/det/8 "
                    "meeting/NOUN/pobj/6/meeting with/ADP/prep/8 Arnor/PROPN/pobj/9 "
                    "./PUNCT/punct/1")
    assert [e.cameo for e in struck if e.source is not None] == ["195"]
    # "Gondor held talks during a visit to Arnor": the visit is Gondor's
    talked = events(coder, "Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold/VBD "
                    "talks/NOUN/dobj/1/talk/NNS during/ADP/prep/1 a/DET/det/5 "
                    "visit/NOUN/pobj/3/visit to/ADP/prep/5 Arnor/PROPN/pobj/6 "
                    "./PUNCT/punct/1")
    assert ("GON", "ARN", "042") in dyads(talked)


def test_an_order_to_ones_own_army_is_to_the_army(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- ORDER [100] ---\nORDER\n")
    # "The Gondor president ordered the army to confront Mordor": an order to Gondor's
    # army, no demand on Mordor
    found = events(coder, "The/DET/det/2 Gondor/PROPN/compound/2 president/NOUN/nsubj/3 "
                   "ordered/VERB/ROOT/3/order/VBD the/DET/det/5 army/NOUN/dobj/3/army "
                   "to/PART/aux/7 confront/VERB/xcomp/3/confront Mordor/PROPN/dobj/7 "
                   "./PUNCT/punct/3")
    assert dyads(found) == [("GONGOV", "GONMIL", "100")]
    # "Gondor ordered Mordor to withdraw": a demand on Mordor
    found = events(coder, "Gondor/PROPN/nsubj/1 ordered/VERB/ROOT/1/order/VBD "
                   "Mordor/PROPN/dobj/1 to/PART/aux/4 withdraw/VERB/xcomp/1/withdraw "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "100")]


def test_an_order_to_ones_own_courts_is_to_the_courts(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- ORDER [100] ---\nORDER\n", "Tiny.agents.txt": "COURT [~JUD]\n"})),
        Settings(noun_events=True))
    # "The Gondor president ordered the courts to drop the case against Mordor"
    found = events(coder, "The/DET/det/2 Gondor/PROPN/compound/2 president/NOUN/nsubj/3 "
                   "ordered/VERB/ROOT/3/order/VBD the/DET/det/5 courts/NOUN/dobj/3/court "
                   "to/PART/aux/7 drop/VERB/xcomp/3/drop the/DET/det/9 case/NOUN/dobj/7/case "
                   "against/ADP/prep/9 Mordor/PROPN/pobj/10 ./PUNCT/punct/3")
    assert dyads(found) == [("GONGOV", "GONJUD", "100")]


def test_raised_tariffs_are_imposed_but_electricity_tariffs_are_prices(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path)
    # "Gondor raised tariffs on Mordor": whoever raises them imposes them
    raised = events(coder, "Gondor/PROPN/nsubj/1 raised/VERB/ROOT/1/raise/VBD "
                    "tariffs/NOUN/dobj/1/tariff/NNS on/ADP/prep/2 "
                    "Mordor/PROPN/pobj/3 ./PUNCT/punct/1")
    # "Gondor raised its electricity tariffs on Mordor": a price
    priced = events(coder, "Gondor/PROPN/nsubj/1 raised/VERB/ROOT/1/raise/VBD "
                    "its/PRON/poss/4 electricity/NOUN/compound/4/electricity "
                    "tariffs/NOUN/dobj/1/tariff/NNS on/ADP/prep/4 Mordor/PROPN/pobj/5 "
                    "./PUNCT/punct/1")
    assert sides(raised) == [("GON", "MOR", "163", "asserted")] and priced == []


def test_what_one_is_sentenced_for_names_no_target(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SENTENCE [172] ---\nSENTENCE\n--- ARREST [173] ---\n"
                       "ARREST\n")
    # "Gondor sentenced two men over links to Mordor": Mordor is sentenced to nothing
    found = events(coder, "Gondor/PROPN/nsubj/1 sentenced/VERB/ROOT/1/sentence/VBD "
                   "two/NUM/nummod/3 men/NOUN/dobj/1/man over/ADP/prep/1 "
                   "links/NOUN/pobj/4/link to/ADP/prep/5 Mordor/PROPN/pobj/6 "
                   "./PUNCT/punct/1")
    assert dyads(found) == []
    # "Gondor arrested over 25 Mordor soldiers": a count, not a charge
    found = events(coder, "Gondor/PROPN/nsubj/1 arrested/VERB/ROOT/1/arrest/VBD "
                   "over/ADP/prep/1 25/NUM/nummod/5 Mordor/PROPN/compound/5 "
                   "soldiers/NOUN/pobj/2/soldier ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MORMIL", "173")]


def test_what_one_is_suspected_of_names_no_target_and_no_date(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- ARREST [173] ---\nARREST\n")
    # "Gondor arrested two men on suspicion of spying for Mordor on Friday": Mordor is
    # arrested by no one, and Friday is when the spying was
    found = events(coder, "Gondor/PROPN/nsubj/1 arrested/VERB/ROOT/1/arrest/VBD "
                   "two/NUM/nummod/3 men/NOUN/dobj/1/man on/ADP/prep/1 "
                   "suspicion/NOUN/pobj/4/suspicion of/ADP/prep/5 spying/NOUN/pobj/6/spying "
                   "for/ADP/prep/7 Mordor/PROPN/pobj/8 on/ADP/prep/7 Friday/PROPN/pobj/10 "
                   "./PUNCT/punct/1", ents=["Friday"])
    assert dyads(found) == []
    # "Gondor arrested Mordor soldiers over a raid on Friday": arrested now
    found = events(coder, "Gondor/PROPN/nsubj/1 arrested/VERB/ROOT/1/arrest/VBD "
                   "Mordor/PROPN/compound/3 soldiers/NOUN/dobj/1/soldier over/ADP/prep/1 "
                   "a/DET/det/6 raid/NOUN/pobj/4/raid on/ADP/prep/6 Friday/PROPN/pobj/7 "
                   "./PUNCT/punct/1", ents=["Friday"])
    assert [(e.cameo, e.date) for e in found if e.cameo == "173"] == [
        ("173", DAY.isoformat())]


@pytest.mark.parametrize(("place", "found"), [
    # "Gondor agreed in Doha": a city where one party agrees is no party
    ("Doha", []),
    # ... but a country agreed in may be ("Gondor agreed in Qatar", as PETRARCH codes it)
    ("Qatar", [("GON", "QAT", "030")])])
def test_a_city_where_one_agrees_is_no_party(
        tmp_path: Path, place: str, found: list[tuple[str, str, str]]) -> None:
    coder = noun_coder(tmp_path, "--- AGREE [030] ---\nAGREE\n", "QATAR_ [QAT]\n+DOHA_\n")
    agreed = events(coder, f"Gondor/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree/VBD "
                    f"in/ADP/prep/1 {place}/PROPN/pobj/2 ./PUNCT/punct/1")
    assert dyads(agreed) == found


def test_where_a_planned_deed_is_to_be_done_is_no_party_to_the_plan(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- PLAN [030] ---\nPLAN\n--- SIGN [057] ---\nSIGN\n",
                       "BREE_ [BRE]\n")
    # "Gondor and Arnor plan to sign a treaty at Bree": the plan is between the two; Bree
    # is where the signing is to be, so neither plan nor signing is made with it
    found = events(coder, "Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
                   "plan/VERB/ROOT/3/plan/VBP to/PART/aux/5 sign/VERB/xcomp/3/sign/VB "
                   "a/DET/det/7 treaty/NOUN/dobj/5/treaty at/ADP/prep/5 Bree/PROPN/pobj/8 "
                   "./PUNCT/punct/3")
    assert sorted(d for d in dyads(found) if d[2] == "030") == [
        ("ARN", "GON", "030"), ("GON", "ARN", "030")]


def test_enacting_a_tariff_is_the_tariff(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- ENACT [060] ---\nENACT\n")
    # "Gondor enacted a tariff on Mordor": a sanction (163), not cooperation (060)
    found = events(coder, "Gondor/PROPN/nsubj/1 enacted/VERB/ROOT/1/enact/VBD a/DET/det/3 "
                   "tariff/NOUN/dobj/1/tariff on/ADP/prep/3 Mordor/PROPN/pobj/4 "
                   "./PUNCT/punct/1")
    assert sides(found) == [("GON", "MOR", "163", "asserted")]


# --- the place force is used on ---------------------------------------------------


def test_a_curfew_is_imposed_on_the_people_unless_over_a_calamity(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- IMPOSE [170] ---\nIMPOSE\n- * CURFEW  [1723]\n")
    # "Gondor imposed a curfew": on its people, where no one is named
    imposed = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD a/DET/det/3 "
                     "curfew/NOUN/dobj/1/curfew ./PUNCT/punct/1")
    assert dyads(imposed) == [("GON", "GONCVL", "1723")]
    # "Gondor imposed a curfew after the flood": no act upon anyone
    flooded = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD "
                     "a/DET/det/3 curfew/NOUN/dobj/1/curfew after/ADP/prep/1 the/DET/det/6 "
                     "flood/NOUN/pobj/4/flood ./PUNCT/punct/1")
    assert dyads(flooded) == []
    # "Gondor imposed a curfew after gunmen opened fire": people's doing, no calamity
    shot = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD a/DET/det/3 "
                  "curfew/NOUN/dobj/1/curfew after/SCONJ/mark/6 gunmen/NOUN/nsubj/6/gunman "
                  "opened/VERB/advcl/1/open/VBD fire/NOUN/dobj/6/fire ./PUNCT/punct/1")
    assert dyads(shot) == [("GON", "GONCVL", "1723")]


def test_a_curfew_is_imposed_on_what_it_is_imposed_on_not_a_neighbour(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- IMPOSE [170] ---\nIMPOSE\n- * CURFEW  [1723]\n")
    # "Gondor imposed a curfew on its border with Mordor": on its own people
    border = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD a/DET/det/3 "
                    "curfew/NOUN/dobj/1/curfew on/ADP/prep/1 its/PRON/poss/6 "
                    "border/NOUN/pobj/4/border with/ADP/prep/6 Mordor/PROPN/pobj/7 "
                    "./PUNCT/punct/1")
    assert dyads(border) == [("GON", "GONCVL", "1723")]
    # ... but "Gondor imposed a curfew on Mordor" on Mordor
    imposed = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD "
                     "a/DET/det/3 curfew/NOUN/dobj/1/curfew on/ADP/prep/1 "
                     "Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert dyads(imposed) == [("GON", "MOR", "1723")]


def test_force_used_on_a_city_targets_its_country(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SHELL [190] ---\nSHELL\n")
    # "Gondor shelled Juba": a city no dictionary names is its country (as dictionaries
    # code capitals), even where the entity recogniser calls it a person
    doc = parsed("Gondor/PROPN/nsubj/1 shelled/VERB/ROOT/1/shell/VBD Juba/PROPN/dobj/1 "
                 "./PUNCT/punct/1", ents=["B-GPE", "O", "B-PERSON", "O"])
    found = coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert [(e.source.code, e.target.code, e.target.country, e.cameo) for e in found
            if e.source and e.target] == [("GON", "SSD", "SSD", "190")]


def test_force_aimed_at_targets_in_a_city_targets_its_country(coder: Coder) -> None:
    # "Gondor fired rockets at targets in Jericho"
    found = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                   "rockets/NOUN/dobj/1/rocket at/ADP/prep/1 targets/NOUN/pobj/3/target "
                   "in/ADP/prep/4 Jericho/PROPN/pobj/5 ./PUNCT/punct/1")
    assert [(e.source.code, e.target.code) for e in found if e.source and e.target] == [
        ("GON", "PSE")]


def test_a_place_is_no_target_of_words_or_of_a_person_shot(coder: Coder) -> None:
    # "Gondor accused Juba": no use of force, no place target
    accused = events(coder, "Gondor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse/VBD "
                     "Juba/PROPN/dobj/1 ./PUNCT/punct/1")
    assert [e for e in accused if e.target is not None] == []
    # "Gondor attacked Paris" where Paris is a person: attacks are done to people too
    doc = parsed("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                 "Paris/PROPN/dobj/1 ./PUNCT/punct/1", ents=["B-GPE", "O", "B-PERSON", "O"])
    assert [e for e in coder.code_doc(doc, Article("t", doc.text, date=DAY))
            if e.target is not None] == []


def test_a_blockade_tightened_is_whoever_tightens_it(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- TIGHTEN [---] ---\nTIGHTEN\n")
    # "Gondor tightened the blockade of Mordor": Gondor's blockade
    found = events(coder, "Gondor/PROPN/nsubj/1 tightened/VERB/ROOT/1/tighten/VBD "
                   "the/DET/det/3 blockade/NOUN/dobj/1/blockade of/ADP/prep/3 "
                   "Mordor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "191")]


def test_where_a_summit_meets_is_no_one_it_meets(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- HOLD [---] ---\nHOLD\n")
    # "Gondor held a summit in Mordor": Mordor is where, not with whom
    summit = events(coder, "Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold/VBD a/DET/det/3 "
                    "summit/NOUN/dobj/1/summit in/ADP/prep/3 Mordor/PROPN/pobj/4 "
                    "./PUNCT/punct/1")
    assert [e for e in summit if e.target is not None] == []
    # "Gondor held a summit with Arnor in Mordor": with Arnor, in Mordor
    spec = ("Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold/VBD a/DET/det/3 "
            "summit/NOUN/dobj/1/summit with/ADP/prep/3 Arnor/PROPN/pobj/4 in/ADP/prep/3 "
            "Mordor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert [(e.source.code, e.target.code) for e in events(coder, spec)
            if e.source and e.target] == [("GON", "ARN")]
    # "Gondor held a bombing in Mordor": force used in a place is used on it
    strike = events(coder, "Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold/VBD a/DET/det/3 "
                    "bombing/NOUN/dobj/1/bombing in/ADP/prep/3 Mordor/PROPN/pobj/4 "
                    "./PUNCT/punct/1")
    assert dyads(strike) == [("GON", "MOR", "195")]


def test_a_planned_meeting_not_attended_is_negated(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- ATTEND [---] ---\nATTEND\n")
    spec = ("Gondor/PROPN/nsubj/{v} {}attend/VERB/ROOT/{v}/attend/VB the/DET/det/{n} "
            "next/ADJ/amod/{n}/next/JJ summit/NOUN/dobj/{v}/summit with/ADP/prep/{n} "
            "Arnor/PROPN/pobj/{w} ./PUNCT/punct/{v}")
    # "Gondor will attend the next summit with Arnor": planned
    planned = events(coder, spec.format("will/AUX/aux/2/will/MD ", v=2, n=5, w=6))
    assert [(e.target.code, e.status) for e in planned if e.target] == [("ARN", "future")]
    # "Gondor will not attend the next summit with Arnor": not Gondor's, however planned
    refused = events(coder, spec.format("will/AUX/aux/3/will/MD not/PART/neg/3 ",
                                        v=3, n=6, w=7))
    assert [(e.target.code, e.status) for e in refused if e.target] == [("ARN", "negated")]


def test_whom_talks_are_expected_to_be_attended_by_visits_no_one(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- ATTEND [042] ---\nATTEND\n")
    # "The talks are expected to be attended by Gondor and Arnor": the talks', the light
    # verb's passive subject raised to the verb it hangs from; no visit of each other
    found = events(coder, "The/DET/det/1 talks/NOUN/nsubjpass/3/talk "
                   "are/AUX/auxpass/3/be/VBP expected/VERB/ROOT/3/expect/VBN "
                   "to/PART/aux/6/to/TO be/AUX/auxpass/6/be/VB "
                   "attended/VERB/xcomp/3/attend/VBN by/ADP/agent/6 Gondor/PROPN/pobj/7 "
                   "and/CCONJ/cc/8 Arnor/PROPN/conj/8 ./PUNCT/punct/3")
    assert [e.cameo for e in found if e.cameo in ("042", "043")] == []


@pytest.mark.parametrize(("verb", "status"), [
    # "Gondor denied Mordor's accusation against Arnor": made, and answered
    ("denied/VERB/ROOT/1/deny/VBD", "asserted"),
    # "Gondor cancelled Mordor's accusation against Arnor": withdrawn, so none stands
    ("cancelled/VERB/ROOT/1/cancel/VBD", "negated"),
])
def test_a_denied_accusation_was_made(tmp_path: Path, verb: str, status: str) -> None:
    coder = noun_coder(tmp_path, "--- DENY [---] ---\nDENY\nCANCEL\n")
    found = events(coder, f"Gondor/PROPN/nsubj/1 {verb} Mordor/PROPN/poss/4 "
                   "'s/PART/case/2 accusation/NOUN/dobj/1/accusation against/ADP/prep/4 "
                   "Arnor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert [(e.source.code, e.target.code, e.cameo, e.status) for e in found
            if e.cameo == "112"] == [("MOR", "ARN", "112", status)]


@pytest.mark.parametrize(("verb", "status"), [
    # "Gondor announced the suspension of talks with Arnor": no talks now
    ("announced/VERB/ROOT/1/announce/VBD", "negated"),
    # "Gondor urged the suspension of talks with Arnor": the talks go on
    ("urged/VERB/ROOT/1/urge/VBD", "asserted"),
])
def test_what_is_suspended_or_lifted_is_no_longer(verb: str, status: str) -> None:
    doc = parsed(f"Gondor/PROPN/nsubj/1 {verb} the/DET/det/3 "
                 "suspension/NOUN/dobj/1/suspension of/ADP/prep/3 talks/NOUN/pobj/4/talk "
                 "with/ADP/prep/5 Arnor/PROPN/pobj/6 ./PUNCT/punct/1")
    (talks,) = [n for n in nominal.find(doc[:]) if n.head.i == 5]
    assert nominal.status_of_noun(talks, "asserted") == status


def test_what_is_pledged_is_to_come_but_not_the_visit_it_is_pledged_during() -> None:
    # "Gondor pledged aid to Arnor during a visit to Arnor"
    doc = parsed("Gondor/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge/VBD aid/NOUN/dobj/1/aid "
                 "to/ADP/prep/2 Arnor/PROPN/pobj/3 during/ADP/prep/1 a/DET/det/7 "
                 "visit/NOUN/pobj/5/visit to/ADP/prep/7 Arnor/PROPN/pobj/8 ./PUNCT/punct/1")
    found = {n.head.i: nominal.status_of_noun(n, "asserted") for n in nominal.find(doc[:])}
    assert found == {2: "future", 7: "asserted"}


@pytest.mark.parametrize(("prep", "verb", "status"), [
    # "Gondor did not arrest him during a visit": the visit is when the arrest failed
    ("during", "arrest/VERB/ROOT/3/arrest/VB", "asserted"),
    # "Gondor did not impose sanctions after an invasion": the invasion happened
    ("after", "impose/VERB/ROOT/3/impose/VB", "asserted"),
    # ... but a visit one did not pay "to" someone is not paid
    ("to", "pay/VERB/ROOT/3/pay/VB", "negated")])
def test_a_noun_saying_when_an_act_was_not_done_still_happened(
        prep: str, verb: str, status: str) -> None:
    doc = parsed(f"Gondor/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 {verb} "
                 f"him/PRON/dobj/3/he {prep}/ADP/prep/3 a/DET/det/7 visit/NOUN/pobj/5/visit "
                 "./PUNCT/punct/3")
    (visit,) = [n for n in nominal.find(doc[:]) if n.head.i == 7]
    assert nominal.status_of_noun(visit, "negated") == status


def test_a_noun_saying_when_something_was_called_off_is_not_called_off() -> None:
    # "Gondor cancelled the festival during a visit": the visit went on
    doc = parsed("Gondor/PROPN/nsubj/1 cancelled/VERB/ROOT/1/cancel/VBD the/DET/det/3 "
                 "festival/NOUN/dobj/1/festival during/ADP/prep/1 a/DET/det/6 "
                 "visit/NOUN/pobj/4/visit ./PUNCT/punct/1")
    assert not nominal.negated_by_verb(doc[1], doc[6])
    assert nominal.negated_by_verb(doc[1], doc[3])


def test_an_organisations_own_meeting_meets_no_one_named_nearby(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SPEAK [---] ---\nSPEAK\n", "COUNCIL_ [IGOCNC]\n")
    # "At the Council summit, Gondor spoke": the Council meets among its members
    found = events(coder, "At/ADP/prep/5/at/IN the/DET/det/3 Council/PROPN/compound/3 "
                   "summit/NOUN/pobj/0/summit ,/PUNCT/punct/5 Gondor/PROPN/nsubj/5 "
                   "spoke/VERB/ROOT/5/speak/VBD ./PUNCT/punct/5")
    assert [e for e in found if e.target is not None] == []
    # "The Council's mediation helped Gondor": an organisation mediates between others
    found = events(coder, "The/DET/det/1 Council/PROPN/poss/3 's/PART/case/1 "
                   "mediation/NOUN/nsubj/4/mediation helped/VERB/ROOT/4/help/VBD "
                   "Gondor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert dyads(found) == [("IGOCNC", "GON", "045")]


@pytest.mark.parametrize(("target", "code"), [
    # "Gondor seized Mordor": a place seized is ground taken
    ("Mordor/PROPN/dobj/1", "192"),
    # "Gondor seized tankers off Mordor": a thing seized is property
    ("tankers/NOUN/dobj/1/tanker off/ADP/prep/2 Mordor/PROPN/pobj/3", "171"),
    # "Gondor seized the district of Mordor", "... two border posts of Mordor": ground,
    # by its noun
    ("the/DET/det/3 district/NOUN/dobj/1/district of/ADP/prep/3 Mordor/PROPN/pobj/4",
     "192"),
    ("two/NUM/nummod/4 border/NOUN/compound/4/border posts/NOUN/dobj/1/post "
     "of/ADP/prep/4 Mordor/PROPN/pobj/5", "192"),
    # "Gondor seized Osgiliath in Mordor": a place, by the region it lies in, and so
    # "Gondor seized Osgiliath, Ithilien, from Mordor"
    ("Osgiliath/PROPN/dobj/1 in/ADP/prep/2 Mordor/PROPN/pobj/3", "192"),
    ("Osgiliath/PROPN/dobj/1 ,/PUNCT/punct/2 Ithilien/PROPN/appos/2 ,/PUNCT/punct/2 "
     "from/ADP/prep/1 Mordor/PROPN/pobj/6", "192"),
    # ... but not goods there ("seized goods in Mordor")
    ("goods/NOUN/dobj/1/good in/ADP/prep/2 Mordor/PROPN/pobj/3", "171"),
])
def test_a_place_seized_is_ground_taken(tmp_path: Path, target: str, code: str) -> None:
    coder = noun_coder(tmp_path, "--- SEIZE [171] ---\nSEIZE\n")
    found = events(coder, f"Gondor/PROPN/nsubj/1 seized/VERB/ROOT/1/seize/VBD {target} "
                   "./PUNCT/punct/1")
    assert [c for _, _, c in dyads(found)] == [code]


def test_attacks_coordinated_are_attacks_not_cooperation(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- COORDINATE [050] ---\nCOORDINATE\n")
    # "Gondor coordinated attacks on Mordor": Gondor's attacks, no diplomacy
    found = events(coder, "Gondor/PROPN/nsubj/1 coordinated/VERB/ROOT/1/coordinate/VBD "
                   "attacks/NOUN/dobj/1/attack on/ADP/prep/2 Mordor/PROPN/pobj/3 "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "190")]


def test_ground_militants_seize_is_no_abduction(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SEIZE [171] ---\nSEIZE\n- MILITANTS * [181]\n")
    # "Gondor militants seized the district of Mordor": ground taken, not people
    spec = ("Gondor/PROPN/compound/1 militants/NOUN/nsubj/2/militant "
            "seized/VERB/ROOT/2/seize/VBD the/DET/det/4 {}/NOUN/dobj/2/{} of/ADP/prep/4 "
            "Mordor/PROPN/pobj/5 ./PUNCT/punct/2")
    assert [c for _, _, c in dyads(events(coder, spec.format("district", "district")))] == [
        "192"]
    # ... but "seized the leaders of Mordor" are abducted
    assert [c for _, _, c in dyads(events(coder, spec.format("leaders", "leader")))] == [
        "181"]


def test_a_court_a_case_is_brought_in_is_where(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- FILE [115] ---\nFILE\n", "WORLD_COURT_ [IGOJUD]\n")
    # "Gondor filed a lawsuit in the World Court against Mordor": against Mordor
    found = events(coder, "Gondor/PROPN/nsubj/1 filed/VERB/ROOT/1/file/VBD a/DET/det/3 "
                   "lawsuit/NOUN/dobj/1/lawsuit in/ADP/prep/3/in/IN the/DET/det/7 "
                   "World/PROPN/compound/7 Court/PROPN/pobj/4/court against/ADP/prep/3 "
                   "Mordor/PROPN/pobj/8 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "115")]


@pytest.mark.parametrize(("verb", "place", "expected"), [
    # "Gondor met in Istanbul, Turkey": a city is where, not with whom
    ("met/VERB/ROOT/1/meet/VBD", "Istanbul/PROPN/pobj/2 ,/PUNCT/punct/3 Turkey/PROPN/appos/3",
     []),
    # "Gondor met in Turkey": the country, PETRARCH's host
    ("met/VERB/ROOT/1/meet/VBD", "Turkey/PROPN/pobj/2", [("GON", "TUR", "040")]),
    # "Gondor arrived in Istanbul, Turkey": where one arrives is one's host
    ("arrived/VERB/ROOT/1/arrive/VBD", "Istanbul/PROPN/pobj/2 ,/PUNCT/punct/3 "
     "Turkey/PROPN/appos/3", [("GON", "TUR", "040")]),
])
def test_a_city_where_one_meets_is_no_one_met(
    tmp_path: Path, verb: str, place: str, expected: list[tuple[str, str, str]]
) -> None:
    folder = tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "TURKEY_ [TUR]\n",
        "Tiny.verbs.txt": "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"
                          "--- ARRIVE [040] ---\nARRIVE\n"})
    coder = Coder(load_dictionaries(folder), Settings(noun_events=True))
    found = events(coder, f"Gondor/PROPN/nsubj/1 {verb} in/ADP/prep/1 {place} ./PUNCT/punct/1")
    assert dyads(found) == expected


def test_where_a_summit_is_held_or_begins_is_no_one_it_meets(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- BEGIN [---] ---\nBEGIN\n")
    # "Gondor's summit begins in Mordor"
    begins = events(coder, "Gondor/PROPN/poss/2 's/PART/case/0 summit/NOUN/nsubj/3/summit "
                    "begins/VERB/ROOT/3/begin/VBZ in/ADP/prep/3 Mordor/PROPN/pobj/4 "
                    "./PUNCT/punct/3")
    assert [e for e in begins if e.target is not None] == []
    # "Gondor's summit held in Mordor ended"
    held = events(coder, "Gondor/PROPN/poss/2 's/PART/case/0 summit/NOUN/nsubj/6/summit "
                  "held/VERB/acl/2/hold/VBN in/ADP/prep/3 Mordor/PROPN/pobj/4 "
                  "ended/VERB/ROOT/6/end/VBD ./PUNCT/punct/6")
    assert [e for e in held if e.target is not None] == []


@pytest.mark.parametrize("noun", ["talks", "clashes"])
def test_talks_and_clashes_between_two_are_between_them(tmp_path: Path, noun: str) -> None:
    coder = noun_coder(tmp_path, "--- BEGIN [---] ---\nBEGIN\n")
    # "Talks between Gondor and Arnor began in Mordor"
    found = events(coder, f"{noun}/NOUN/nsubj/5/{noun[:-1].rstrip('e')} between/ADP/prep/0 "
                   "Gondor/PROPN/pobj/1 and/CCONJ/cc/2 Arnor/PROPN/conj/2 "
                   "began/VERB/ROOT/5/begin/VBD in/ADP/prep/5 Mordor/PROPN/pobj/6 "
                   "./PUNCT/punct/5")
    assert [(s, t) for s, t, _ in dyads(found)] == [("GON", "ARN")]


def test_parties_a_between_names_without_a_name_are_not_guessed(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- BEGIN [---] ---\nBEGIN\n")
    # "Talks between Gondor and rebels began as Mordor watched": not with Mordor
    found = events(coder, "Talks/NOUN/nsubj/5/talk between/ADP/prep/0 Gondor/PROPN/pobj/1 "
                   "and/CCONJ/cc/2 rebels/NOUN/conj/2/rebel began/VERB/ROOT/5/begin/VBD "
                   "as/SCONJ/mark/8/as/IN Mordor/PROPN/nsubj/8 watched/VERB/advcl/5/watch/VBD "
                   "./PUNCT/punct/5")
    assert dyads(found) == []


def test_force_between_two_places_is_used_there(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- KILL [---] ---\nKILL\n")
    # "Gondorian airstrikes between Arnor and Mordor killed five": on the places
    found = events(coder, "Gondorian/ADJ/amod/1 airstrikes/NOUN/nsubj/6/airstrike "
                   "between/ADP/prep/1 Arnor/PROPN/pobj/2 and/CCONJ/cc/3 Mordor/PROPN/conj/3 "
                   "killed/VERB/ROOT/6/kill/VBD five/NUM/dobj/6 ./PUNCT/punct/6")
    assert [(s, c) for s, _, c in dyads(found)] == [("GON", "195")]


def test_a_potential_round_of_talks_may_never_be(coder: Coder) -> None:
    # "Gondor holds a potential round of talks with Arnor"
    found = events(coder, "Gondor/PROPN/nsubj/1 holds/VERB/ROOT/1/hold/VBZ a/DET/det/4 "
                   "potential/ADJ/amod/4/potential/JJ round/NOUN/dobj/1/round of/ADP/prep/4 "
                   "talks/NOUN/pobj/5/talk with/ADP/prep/6 Arnor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert sides(found) == [("GON", "ARN", "040", "hypothetical")]


def test_an_event_answered_is_the_other_sides(coder: Coder) -> None:
    # "Gondor launched strikes on Arnor in response to the attack on Mordor": the strikes
    # are Gondor's, the attack answered is not
    found = events(coder, "Gondor/PROPN/nsubj/1 launched/VERB/ROOT/1/launch/VBD "
                   "strikes/NOUN/dobj/1/strike on/ADP/prep/2 Arnor/PROPN/pobj/3 "
                   "in/ADP/prep/1 response/NOUN/pobj/5/response to/ADP/prep/6 "
                   "the/DET/det/9 attack/NOUN/pobj/7/attack on/ADP/prep/9 "
                   "Mordor/PROPN/pobj/10 ./PUNCT/punct/1")
    assert [(e.source.code, e.target.code) for e in found if e.source and e.target] == [
        ("GON", "ARN")]


def test_an_event_answered_was_done_whatever_the_answer(coder: Coder) -> None:
    # "Gondor will not talk with Arnor in response to Arnor's attack": the talks are
    # refused, the attack answered was made
    found = events(coder, "Gondor/PROPN/nsubj/3 will/AUX/aux/3/will/MD not/PART/neg/3 "
                   "talk/VERB/ROOT/3/talk/VB with/ADP/prep/3 Arnor/PROPN/pobj/4 "
                   "in/ADP/prep/3 response/NOUN/pobj/6/response to/ADP/prep/7 "
                   "Arnor/PROPN/poss/11 's/PART/case/9 attack/NOUN/pobj/8/attack "
                   "./PUNCT/punct/3")
    assert [s for s in sides(found) if s[2] == "190"] == [("ARN", "GON", "190", "asserted")]


def test_retaliatory_duties_are_sanctions(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- IMPOSE [---] ---\nIMPOSE\n")
    # "Gondor imposed retaliatory duties on Arnor"
    found = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD "
                   "retaliatory/ADJ/amod/3/retaliatory duties/NOUN/dobj/1/duty "
                   "on/ADP/prep/3 Arnor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "ARN", "163")]
    # a duty alone is no sanction ("resumed his duty in Arnor")
    duty = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD "
                  "its/PRON/poss/3/its duty/NOUN/dobj/1/duty on/ADP/prep/3 "
                  "Arnor/PROPN/pobj/4 ./PUNCT/punct/1")
    assert [e for e in duty if e.cameo == "163"] == []


def test_a_headline_parsed_as_one_noun_phrase_keeps_its_actor(coder: Coder) -> None:
    # "Gondor visits Mordor" with "visits" parsed as the noun the names modify
    found = events(coder, "Gondor/PROPN/compound/1 visits/NOUN/ROOT/1/visit "
                   "Mordor/PROPN/appos/1 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "042")]


def test_force_used_on_a_city_on_a_date_of_its_own_still_targets_it(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SHELL [190] ---\nSHELL\n")
    # "Gondor shelled Juba on 3 January 2024": the event's own date re-reads the sides
    found = events(coder, "Gondor/PROPN/nsubj/1 shelled/VERB/ROOT/1/shell/VBD "
                   "Juba/PROPN/dobj/1 on/ADP/prep/1 3/NUM/pobj/3 January/PROPN/appos/4 "
                   "2024/NUM/nummod/5 ./PUNCT/punct/1", ents=["3 January 2024"])
    assert [(e.source.code, e.target.code, e.date) for e in found
            if e.source and e.target] == [("GON", "SSD", "2024-01-03")]


def test_a_protest_is_made_to_the_country_it_is_held_in(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- DEMONSTRATE [141] ---\nDEMONSTRATE\n",
        "Tiny.actors.txt": "IRAQI_ [IRQ]\n"})), Settings(noun_events=True))
    # "Gondor demonstrated in Kirkuk": to Iraq
    abroad = events(coder, "Gondor/PROPN/nsubj/1 demonstrated/VERB/ROOT/1/demonstrate/VBD "
                    "in/ADP/prep/1 Kirkuk/PROPN/pobj/2 ./PUNCT/punct/1")
    assert dyads(abroad) == [("GON", "IRQ", "141")]
    # "Iraqi Kurds demonstrated in Kirkuk": to their own government
    home = events(coder, "Iraqi/ADJ/amod/1/iraqi Kurds/PROPN/nsubj/2 "
                  "demonstrated/VERB/ROOT/2/demonstrate/VBD in/ADP/prep/2 "
                  "Kirkuk/PROPN/pobj/3 ./PUNCT/punct/2")
    assert dyads(home) == [("IRQ", "IRQGOV", "141")]


@pytest.fixture
def protest_coder(tmp_path: Path) -> Coder:
    return Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- DEMONSTRATE [141] ---\nDEMONSTRATE\n",
        "Tiny.actors.txt": "IRAQI_ [IRQ]\n",
        "Tiny.agents.txt": "GOVERNMENT [~GOV]\nSTUDENT [~EDU]\n"})), Settings(noun_events=True))


def test_a_crowd_protests_as_the_people_of_the_place(protest_coder: Coder) -> None:
    # "Thousands of people demonstrated in Kirkuk against the government": Iraqi
    # civilians, against their own government
    crowd = events(protest_coder, "Thousands/NOUN/nsubj/3/thousand/NNS of/ADP/prep/0 "
                   "people/NOUN/pobj/1/people/NNS demonstrated/VERB/ROOT/3/demonstrate/VBD "
                   "in/ADP/prep/3 Kirkuk/PROPN/pobj/4 against/ADP/prep/3 the/DET/det/8 "
                   "government/NOUN/pobj/6 ./PUNCT/punct/3")
    assert dyads(crowd) == [("IRQCVL", "IRQGOV", "141")]
    # "Students demonstrated in Kirkuk to protest against Gondor": whom the purpose names
    purpose = events(protest_coder, "Students/NOUN/nsubj/1/student/NNS "
                     "demonstrated/VERB/ROOT/1/demonstrate/VBD in/ADP/prep/1 "
                     "Kirkuk/PROPN/pobj/2 to/PART/aux/5/to/TO protest/VERB/advcl/1/protest/VB "
                     "against/ADP/prep/5 Gondor/PROPN/pobj/6 ./PUNCT/punct/1")
    assert dyads(purpose) == [("IRQEDU", "GON", "141")]
    # "Students demonstrated in Kirkuk while Gondor protested against Mordor": a clause
    # of its own is no purpose
    other = events(protest_coder, "Students/NOUN/nsubj/1/student/NNS "
                   "demonstrated/VERB/ROOT/1/demonstrate/VBD in/ADP/prep/1 "
                   "Kirkuk/PROPN/pobj/2 while/SCONJ/mark/6 Gondor/PROPN/nsubj/6 "
                   "protested/VERB/advcl/1/protest/VBD against/ADP/prep/6 "
                   "Mordor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert dyads(other) == [("IRQEDU", "IRQGOV", "141")]


def test_a_governments_protest_is_a_formal_complaint(protest_coder: Coder) -> None:
    # "The Gondor government demonstrated against Arnor": a protest lodged, 114
    spec = ("the/DET/det/2 Gondor/PROPN/compound/2 {}/NOUN/nsubj/3/{}/NNS "
            "demonstrated/VERB/ROOT/3/demonstrate/VBD against/ADP/prep/3 "
            "Arnor/PROPN/pobj/4 ./PUNCT/punct/3")
    assert dyads(events(protest_coder, spec.format("government", "government"))) == [
        ("GONGOV", "ARN", "114")]
    # ... its students' a demonstration
    assert dyads(events(protest_coder, spec.format("students", "student"))) == [
        ("GONEDU", "ARN", "141")]


def test_an_opposition_protests_against_its_own_government_wherever_it_gathers(
        tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- ORGANIZE [050] ---\nORGANIZE\n",
        "Tiny.actors.txt": "IRAQI_ [IRQ]\n",
        "Tiny.agents.txt": "OPPOSITION [~OPP]\n"})), Settings(noun_events=True))
    # "A protest in Kirkuk is organized by the Gondor opposition": against Gondor's
    # government, not Iraq; and the organising is the protest's, no act of its own
    found = events(coder, "A/DET/det/1 protest/NOUN/nsubjpass/5/protest in/ADP/prep/1 "
                   "Kirkuk/PROPN/pobj/2 is/AUX/auxpass/5/be/VBZ "
                   "organized/VERB/ROOT/5/organize/VBN by/ADP/agent/5 the/DET/det/9 "
                   "Gondor/PROPN/compound/9 opposition/NOUN/pobj/6 ./PUNCT/punct/5")
    assert dyads(found) == [("GONOPP", "GONGOV", "140")]


def test_the_purpose_of_attending_a_rally_is_the_rallys(protest_coder: Coder) -> None:
    # "Thousands attended rallies in Kirkuk to protest against Gondor": against Gondor,
    # not their own government
    found = events(protest_coder, "Thousands/NOUN/nsubj/1/thousand/NNS "
                   "attended/VERB/ROOT/1/attend/VBD rallies/NOUN/dobj/1/rally/NNS "
                   "in/ADP/prep/2 Kirkuk/PROPN/pobj/3 to/PART/aux/6/to/TO "
                   "protest/VERB/advcl/1/protest/VB against/ADP/prep/6 Gondor/PROPN/pobj/7 "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("IRQCVL", "GON", "141")]


def test_an_event_noun_in_a_name_names_no_event() -> None:
    # "National Rally politician Le Pen": a party's name; "rally organisers": a rally
    doc = parsed("National/PROPN/compound/1 Rally/PROPN/compound/2/rally "
                 "politician/NOUN/ROOT/2 rally/NOUN/compound/4/rally organisers/NOUN/appos/2")
    assert (nominal.names_event(doc[1]), nominal.names_event(doc[3])) == (False, True)


def test_a_party_named_a_rally_and_a_campaign_rally_name_no_protest() -> None:
    # "the ruling Democratic Rally hailed the pipeline": a party
    party = parsed("the/DET/det/3 ruling/VERB/amod/3/rule Democratic/PROPN/compound/3 "
                   "Rally/PROPN/nsubj/4/rally hailed/VERB/ROOT/4/hail")
    assert not nominal.names_event(party[3])
    # ... but "issued a European Arrest Warrant" issues one, whatever its capitals
    warrant = parsed("issued/VERB/ROOT/0/issue a/DET/det/4 European/PROPN/compound/4 "
                     "Arrest/PROPN/compound/4/arrest Warrant/PROPN/dobj/0/warrant")
    assert nominal.names_event(warrant[4])
    # "returned to the campaign trail with a rally": a campaign's, no protest
    doc = parsed("returned/VERB/ROOT/0/return to/ADP/prep/0 the/DET/det/4 "
                 "campaign/NOUN/compound/4 trail/NOUN/pobj/1 with/ADP/prep/0 a/DET/det/7 "
                 "rally/NOUN/pobj/5/rally")
    assert not nominal.names_event(doc[7])
    assert nominal.names_event(parsed("a/DET/det/1 rally/NOUN/ROOT/1/rally")[1])


def test_a_rally_a_speaker_addresses_is_no_protest() -> None:
    # "He was addressing a rally in Dhaka": a speech to supporters
    addressed = parsed("He/PRON/nsubj/2 was/AUX/aux/2/be addressing/VERB/ROOT/2/address "
                       "a/DET/det/4 rally/NOUN/dobj/2/rally in/ADP/prep/4 "
                       "Dhaka/PROPN/pobj/5")
    assert not nominal.names_event(addressed[4])
    # "Nasrallah told supporters at a rally": spoken at, through its preposition
    told = parsed("Nasrallah/PROPN/nsubj/1 told/VERB/ROOT/1/tell "
                  "supporters/NOUN/dobj/1/supporter at/ADP/prep/1 a/DET/det/5 "
                  "rally/NOUN/pobj/3/rally")
    assert not nominal.names_event(told[5])
    # ... but "thousands held a rally against the government" protest
    held = parsed("thousands/NOUN/nsubj/1/thousand held/VERB/ROOT/1/hold a/DET/det/3 "
                  "rally/NOUN/dobj/1/rally")
    assert nominal.names_event(held[3])


@pytest.mark.parametrize(("spec", "status"), [
    # "Did Gondor attack Mordor?": asks, tells nothing
    ("Did/AUX/aux/2/do/VBD Gondor/PROPN/nsubj/2 attack/VERB/ROOT/2/attack/VB "
     "Mordor/PROPN/dobj/2 ?/PUNCT/punct/2", "hypothetical"),
    # "Why did Gondor attack Mordor?": takes the attack as told
    ("Why/SCONJ/advmod/3/why did/AUX/aux/3/do/VBD Gondor/PROPN/nsubj/3 "
     "attack/VERB/ROOT/3/attack/VB Mordor/PROPN/dobj/3 ?/PUNCT/punct/3", "asserted"),
])
def test_a_yes_or_no_question_tells_nothing(spec: str, status: str) -> None:
    doc = parsed(spec)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert status_of(verb) == status


def test_money_named_by_a_country_is_no_actor(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- INVEST [061] ---\nINVEST\n")
    # "Gondor invested Arnorian dollars": money, not Arnor
    money = events(coder, "Gondor/PROPN/nsubj/1 invested/VERB/ROOT/1/invest/VBD "
                   "Arnorian/ADJ/amod/3 dollars/NOUN/dobj/1/dollar ./PUNCT/punct/1")
    assert dyads(money) == []
    # "Gondor invested in Arnor"
    found = events(coder, "Gondor/PROPN/nsubj/1 invested/VERB/ROOT/1/invest/VBD "
                   "in/ADP/prep/1 Arnor/PROPN/pobj/2 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "ARN", "061")]


def test_where_a_thing_is_held_is_no_one_it_is_done_to(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- HOLD [---] ---\n- * ELECTIONS [0341]\nHOLD\n")
    # "Gondor held elections in Arnor"; "... in the provinces of Arnor"
    for spec in ("Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold/VBD elections/NOUN/dobj/1/election "
                 "in/ADP/prep/1 Arnor/PROPN/pobj/3 ./PUNCT/punct/1",
                 "Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold/VBD elections/NOUN/dobj/1/election "
                 "in/ADP/prep/1 the/DET/det/5 provinces/NOUN/pobj/3/province of/ADP/prep/5 "
                 "Arnor/PROPN/pobj/6 ./PUNCT/punct/1"):
        assert dyads(events(coder, spec)) == []


def test_a_trip_within_ones_own_country_visits_no_one(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.agents.txt": "REBEL [~REB]\n"})), Settings(noun_events=True))
    # "Gondorian rebels visited Minas Tirith": at home
    home = events(coder, "Gondorian/ADJ/amod/1 rebels/NOUN/nsubj/2/rebel "
                  "visited/VERB/ROOT/2/visit/VBD Minas/PROPN/compound/4 Tirith/PROPN/dobj/2 "
                  "./PUNCT/punct/2")
    assert dyads(home) == []
    # "Arnorian rebels visited Minas Tirith"
    abroad = events(coder, "Arnorian/ADJ/amod/1 rebels/NOUN/nsubj/2/rebel "
                    "visited/VERB/ROOT/2/visit/VBD Minas/PROPN/compound/4 Tirith/PROPN/dobj/2 "
                    "./PUNCT/punct/2")
    assert ("ARNREB", "GON", "042") in dyads(abroad)


def test_a_protest_noun_is_its_crowd_at_the_place(protest_coder: Coder) -> None:
    # "Anti-Gondor protests were held in Kirkuk": Iraqis protest against Gondor
    anti = events(protest_coder, "Anti/ADJ/amod/2/anti -/PUNCT/punct/2 "
                  "Gondor/PROPN/compound/3 protests/NOUN/nsubjpass/5/protest/NNS "
                  "were/AUX/auxpass/5/be/VBD held/VERB/ROOT/5/hold/VBN in/ADP/prep/5 "
                  "Kirkuk/PROPN/pobj/6 ./PUNCT/punct/5")
    assert dyads(anti) == [("IRQCVL", "GON", "140")]
    # "Students held a pro-Gondor rally in Kirkuk": not against Gondor, nor Kirkuk
    pro = events(protest_coder, "Students/NOUN/nsubj/1/student/NNS held/VERB/ROOT/1/hold/VBD "
                 "a/DET/det/6 pro/ADJ/amod/5/pro -/PUNCT/punct/5 Gondor/PROPN/compound/6 "
                 "rally/NOUN/dobj/1/rally in/ADP/prep/6 Kirkuk/PROPN/pobj/7 ./PUNCT/punct/1")
    assert dyads(pro) == [("IRQCVL", "IRQGOV", "141")]


def test_a_protest_noun_its_verb_told_is_not_told_again(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- HOLD [---] ---\nHOLD {HELD}\n- * RALLY [141]\n",
        "Tiny.actors.txt": "IRAQI_ [IRQ]\n",
        "Tiny.agents.txt": "STUDENT [~EDU]\n"})), Settings(noun_events=True))
    # "Students held a rally in Kirkuk to protest against Gondor": one rally, against
    # Gondor (not the noun's own guess of Iraq's government besides)
    found = events(coder, "Students/NOUN/nsubj/1/student/NNS held/VERB/ROOT/1/hold/VBD "
                   "a/DET/det/3 rally/NOUN/dobj/1/rally in/ADP/prep/3 Kirkuk/PROPN/pobj/4 "
                   "to/PART/aux/7/to/TO protest/VERB/advcl/1/protest/VB against/ADP/prep/7 "
                   "Gondor/PROPN/pobj/8 ./PUNCT/punct/1")
    assert dyads(found) == [("IRQEDU", "GON", "141")]


def test_a_protest_is_against_the_owner_not_the_side_taken(protest_coder: Coder) -> None:
    # "Gondor demonstrated against Mordor's anti-Arnor policies": against Mordor
    found = events(protest_coder, "Gondor/PROPN/nsubj/1 demonstrated/VERB/ROOT/1/demonstrate "
                   "against/ADP/prep/1 Mordor/PROPN/poss/8 's/PART/case/3 anti/ADJ/amod/7 "
                   "-/PUNCT/punct/7 Arnor/PROPN/amod/8 policies/NOUN/pobj/2/policy "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "141")]


def test_a_protest_is_not_against_what_says_when_or_who_led(protest_coder: Coder) -> None:
    # "Gondor demonstrated in Kirkuk amid a government collapse": in Iraq, to Iraq
    found = events(protest_coder, "Gondor/PROPN/nsubj/1 demonstrated/VERB/ROOT/1/demonstrate "
                   "in/ADP/prep/1 Kirkuk/PROPN/pobj/2 amid/ADP/prep/3 a/DET/det/7 "
                   "government/NOUN/compound/7 collapse/NOUN/pobj/4 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "IRQ", "141")]
    # "Gondor demonstrated in Kirkuk in a rally led by Mordor": Mordor leads, with them
    led = events(protest_coder, "Gondor/PROPN/nsubj/1 demonstrated/VERB/ROOT/1/demonstrate "
                 "in/ADP/prep/1 Kirkuk/PROPN/pobj/2 in/ADP/prep/1 a/DET/det/6 "
                 "rally/NOUN/pobj/4 led/VERB/acl/6/lead/VBN by/ADP/agent/7 "
                 "Mordor/PROPN/pobj/8 ./PUNCT/punct/1")
    assert dyads(led) == [("GON", "IRQ", "141")]


def test_on_news_where_a_deal_is_signed_is_no_party_to_it(tmp_path: Path) -> None:
    folder = tiny_dicts_with(tmp_path, {"Tiny.verbs.txt": "--- SIGN [057] ---\nSIGN\n",
                                        "Tiny.actors.txt": "IRAQ_ [IRQ]\n"})
    # "Gondor signed a deal with Mordor in Iraq": with Mordor, not with Iraq
    spec = ("Gondor/PROPN/nsubj/1 signed/VERB/ROOT/1/sign a/DET/det/3 deal/NOUN/dobj/1 "
            "with/ADP/prep/3 Mordor/PROPN/pobj/4 in/ADP/prep/3 Iraq/PROPN/pobj/6 "
            "./PUNCT/punct/1")
    news = Coder(load_dictionaries(folder), Settings(noun_events=True))
    assert dyads(events(news, spec)) == [("GON", "MOR", "057")]
    # "Gondor signed a deal in Iraq": with no one else named, the place is the party
    alone = ("Gondor/PROPN/nsubj/1 signed/VERB/ROOT/1/sign a/DET/det/3 deal/NOUN/dobj/1 "
             "in/ADP/prep/3 Iraq/PROPN/pobj/4 ./PUNCT/punct/1")
    assert dyads(events(news, alone)) == [("GON", "IRQ", "057")]
    # "Gondor and Arnor signed a deal in Iraq": the parties sign with each other
    both = ("Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 signed/VERB/ROOT/3/sign "
            "a/DET/det/5 deal/NOUN/dobj/3 in/ADP/prep/5 Iraq/PROPN/pobj/6 ./PUNCT/punct/3")
    assert sorted(dyads(events(news, both))) == [("ARN", "GON", "057"), ("GON", "ARN", "057")]


def test_a_threat_is_to_whoever_must_act_to_be_spared(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- THREATEN [130] ---\nTHREATEN\n")
    # "Gondor threatened to strike unless Mordor withdraws": a threat to Mordor
    found = events(coder, "Gondor/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten "
                   "to/PART/aux/3/to/TO strike/VERB/xcomp/1/strike/VB "
                   "unless/SCONJ/mark/6 Mordor/PROPN/nsubj/6 withdraws/VERB/advcl/3/withdraw "
                   "./PUNCT/punct/1")
    assert ("GON", "MOR", "130") in dyads(found)


def test_a_phrase_that_says_when_names_no_target(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- ANNOUNCE [010] ---\nANNOUNCE\n")
    # "Gondor announced its intention to seek a truce with Mordor after talks in Arnor"
    found = events(coder, "Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce "
                   "its/PRON/poss/3/its/PRP$ intention/NOUN/dobj/1 to/PART/aux/5/to/TO "
                   "seek/VERB/acl/3/seek/VB a/DET/det/7 truce/NOUN/dobj/5 with/ADP/prep/7 "
                   "Mordor/PROPN/pobj/8 after/ADP/prep/5 talks/NOUN/pobj/10/talk "
                   "in/ADP/prep/11 Arnor/PROPN/pobj/12 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "010")]


def test_its_is_the_subject_of_its_clause_before_the_nearest_actor(coder: Coder) -> None:
    # "Gondor warned Arnor amid its offensive": Gondor's offensive, on Arnor
    found = events(coder, "Gondor/PROPN/nsubj/1 warned/VERB/ROOT/1/warn Arnor/PROPN/dobj/1 "
                   "amid/ADP/prep/1 its/PRON/poss/5/its/PRP$ offensive/NOUN/pobj/3/offensive "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("GON", "ARN", "190")]


def test_a_hostile_act_its_doer_says_will_come_is_a_threat(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n"
                       "--- BOYCOTT [163] ---\nBOYCOTT\n--- PLAN [030] ---\nPLAN\n")
    # "Gondor said it would boycott Arnor": the boycott to come, and the threat made now
    said = events(coder, "Gondor/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4/it/PRP "
                  "would/AUX/aux/4/would/MD boycott/VERB/ccomp/1/boycott/VB "
                  "Arnor/PROPN/dobj/4 ./PUNCT/punct/1")
    assert sorted((e.source.code, e.target.code, e.cameo, e.status) for e in said
                  if e.source and e.target and e.cameo != "010") == [
        ("GON", "ARN", "131", "asserted"), ("GON", "ARN", "163", "future")]
    # "Gondor plans to boycott Arnor": a plan, not a threat
    planned = events(coder, "Gondor/PROPN/nsubj/1 plans/VERB/ROOT/1/plan "
                     "to/PART/aux/3/to/TO boycott/VERB/xcomp/1/boycott/VB "
                     "Arnor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert [e.cameo for e in planned if e.cameo.startswith("13")] == []


def test_a_noun_the_verbs_pattern_read_is_not_coded_twice(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- KILL [190] ---\nKILL\n- AIRSTRIKE * [195]\n")
    # "Gondor's airstrikes kill Arnor soldiers": one strike, told by the verb's pattern
    found = events(coder, "Gondor/PROPN/poss/2 's/PART/case/0 airstrikes/NOUN/nsubj/3/airstrike "
                   "kill/VERB/ROOT/3/kill Arnor/PROPN/dobj/3 ./PUNCT/punct/3")
    assert dyads(found) == [("GON", "ARN", "195")]


# --- sides named by their role alone ----------------------------------------------


@pytest.fixture
def role_coder(tmp_path: Path) -> Coder:
    return Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- ARREST [173] ---\nARREST\n--- RAID [171] ---\nRAID\n"
                          "--- EXPEL [174] ---\nEXPEL\n--- BAN [172] ---\nBAN\n"
                          "--- JAIL [173] ---\nJAIL\n--- DEMONSTRATE [141] ---\nDEMONSTRATE\n"
                          "--- TELL [010] ---\n- * ATTACK [190]\nTELL\n"
                          "--- BLOCKADE [171] ---\nBLOCKADE\n--- EASE [081] ---\nEASE\n"
                          "--- PRAISE [051] ---\nPRAISE\n--- RELEASE [0841] ---\nRELEASE\n"
                          "--- GRANT [070] ---\n- * AMNESTY [056]\nGRANT\n"
                          "--- FIGHT [190] ---\nFIGHT\n",
        "Tiny.agents.txt": "POLICE [~COP]\nPROTESTER [~OPP]\nCOURT [~JUD]\nPRISON [~COP]\n"
                           "STUDENT [~EDU]\nWORKER [~LAB]\nGOVERNMENT [~GOV]\n"
                           "REPORTER [~MED]\nMAN [~PPL]\nTANKER [~BUS]\n"
                           "AUTHORITIES [~GOV]\nCITIZEN [~CVL]\n"
                           "SCHOOL [~EDU]\nREBEL [~REB]\nEMBASSY [~GOV]\n"
                           "PRISONER [~CVL]\nPRISONER_OF_WAR {PRISONERS_OF_WAR} [~MIL]\n"})),
        Settings(noun_events=True))


def test_sides_named_by_role_are_of_the_country_the_event_happens_in(
        role_coder: Coder) -> None:
    # "Police arrested protesters in Juba": both of South Sudan
    doc = parsed("Police/NOUN/nsubj/1/police arrested/VERB/ROOT/1/arrest/VBD "
                 "protesters/NOUN/dobj/1/protester in/ADP/prep/1 Juba/PROPN/pobj/3 "
                 "./PUNCT/punct/1", ents=["O", "O", "O", "O", "B-GPE", "O"])
    found = role_coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert [(e.source.code, e.target.code, e.target.country, e.cameo) for e in found
            if e.source and e.target] == [("SSDCOP", "SSDOPP", "SSD", "173")]


def test_those_a_police_force_acts_on_are_of_its_country(role_coder: Coder) -> None:
    # "Gondor police arrested protesters"
    found = events(role_coder, "Gondor/PROPN/compound/1 police/NOUN/nsubj/2/police "
                   "arrested/VERB/ROOT/2/arrest/VBD protesters/NOUN/dobj/2/protester "
                   "./PUNCT/punct/2")
    assert dyads(found) == [("GONCOP", "GONOPP", "173")]
    # "Gondor soldiers arrested protesters": an army acts abroad too, and no place is named
    found = events(role_coder, "Gondor/PROPN/compound/1 soldiers/NOUN/nsubj/2/soldier "
                   "arrested/VERB/ROOT/2/arrest/VBD protesters/NOUN/dobj/2/protester "
                   "./PUNCT/punct/2")
    assert dyads(found) == []


def test_a_side_by_role_must_be_the_phrase_itself_not_a_place_or_a_modifier(
        role_coder: Coder) -> None:
    # "Gondor police raided a student newspaper": the newspaper is no student
    raided = events(role_coder, "Gondor/PROPN/compound/1 police/NOUN/nsubj/2/police "
                    "raided/VERB/ROOT/2/raid/VBD a/DET/det/5 student/NOUN/compound/5/student "
                    "newspaper/NOUN/dobj/2/newspaper ./PUNCT/punct/2")
    assert dyads(raided) == []
    # "The Gondor court jailed him in prison": where he is held is no one
    jailed = events(role_coder, "The/DET/det/2 Gondor/PROPN/compound/2 court/NOUN/nsubj/3/court "
                    "jailed/VERB/ROOT/3/jail/VBD him/PRON/dobj/3/he in/ADP/prep/3 "
                    "prison/NOUN/pobj/5/prison ./PUNCT/punct/3")
    assert dyads(jailed) == []


def test_whom_a_speaker_tells_of_an_attack_is_no_side_of_it(role_coder: Coder) -> None:
    # "Gondor police told reporters of an attack": told, not attacked
    found = events(role_coder, "Gondor/PROPN/compound/1 police/NOUN/nsubj/2/police "
                   "told/VERB/ROOT/2/tell/VBD reporters/NOUN/dobj/2/reporter of/ADP/prep/2 "
                   "an/DET/det/6 attack/NOUN/pobj/4/attack ./PUNCT/punct/2")
    assert dyads(found) == []


def test_a_protest_against_police_is_made_to_the_police_of_its_country(
        role_coder: Coder) -> None:
    # "Protesters demonstrated against police in Juba"
    doc = parsed("Protesters/NOUN/nsubj/1/protester demonstrated/VERB/ROOT/1/demonstrate/VBD "
                 "against/ADP/prep/1 police/NOUN/pobj/2/police in/ADP/prep/1 "
                 "Juba/PROPN/pobj/4 ./PUNCT/punct/1", ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    found = role_coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert dyads(found) == [("SSDOPP", "SSDCOP", "141")]


@pytest.mark.parametrize(("where", "protested"), [
    ("outside/ADP/prep/1 the/DET/det/5 Mordor/PROPN/compound/5 embassy/NOUN/pobj/2/embassy",
     "MORGOV"),
    ("in/ADP/prep/1 front/NOUN/pobj/2/front of/ADP/prep/3 the/DET/det/7 "
     "Mordor/PROPN/compound/7 embassy/NOUN/pobj/4/embassy", "MORGOV"),
    # ... but a crowd gathered at no mission protests to its own government
    ("outside/ADP/prep/1 the/DET/det/5 Mordor/PROPN/compound/5 bank/NOUN/pobj/2/bank",
     "SSDGOV")])
def test_a_crowd_at_an_embassy_protests_to_the_embassys_country(
        role_coder: Coder, where: str, protested: str) -> None:
    # "Protesters demonstrated outside the Mordor embassy in Juba": to Mordor, not to
    # South Sudan, where the embassy stands
    words = f"Protesters/NOUN/nsubj/1/protester demonstrated/VERB/ROOT/1/demonstrate/VBD {where}"
    n = len(words.split())
    doc = parsed(f"{words} in/ADP/prep/1 Juba/PROPN/pobj/{n} ./PUNCT/punct/1",
                 ents=["O"] * (n + 1) + ["B-GPE", "O"])
    found = role_coder.code_doc(doc, Article("t", doc.text, date=DAY))
    assert [(s, t) for s, t, _ in dyads(found)] == [("SSDOPP", protested)]


def test_people_in_general_are_no_source_by_role(role_coder: Coder) -> None:
    # "A man attacked police in Juba": whom events befall, in news, more often than who
    # acts ("six people are killed and others injured")
    doc = parsed("A/DET/det/1 man/NOUN/nsubj/2/man attacked/VERB/ROOT/2/attack/VBD "
                 "police/NOUN/dobj/2/police in/ADP/prep/2 Juba/PROPN/pobj/4 ./PUNCT/punct/2",
                 ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    assert dyads(role_coder.code_doc(doc, Article("t", doc.text, date=DAY))) == []
    # ... but they are whom an act is done to: "Gondor police attacked a man"
    found = events(role_coder, "Gondor/PROPN/compound/1 police/NOUN/nsubj/2/police "
                   "attacked/VERB/ROOT/2/attack/VBD a/DET/det/4 man/NOUN/dobj/2/man "
                   "./PUNCT/punct/2")
    assert dyads(found) == [("GONCOP", "GONPPL", "190")]


def test_an_agent_owned_by_a_pronoun_is_not_of_the_place(role_coder: Coder) -> None:
    # "Its police arrested protesters in Juba": the police of whoever "its" is
    doc = parsed("Its/PRON/poss/1/its police/NOUN/nsubj/2/police arrested/VERB/ROOT/2/arrest/VBD "
                 "protesters/NOUN/dobj/2/protester in/ADP/prep/2 Juba/PROPN/pobj/4 "
                 "./PUNCT/punct/2", ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    assert dyads(role_coder.code_doc(doc, Article("t", doc.text, date=DAY))) == []


def test_a_side_by_role_facing_a_named_body_is_of_its_country(role_coder: Coder) -> None:
    # "Police raided the Gondor court": the court names its country, and so the police's
    found = events(role_coder, "Police/NOUN/nsubj/1/police raided/VERB/ROOT/1/raid/VBD "
                   "the/DET/det/4 Gondor/PROPN/compound/4 court/NOUN/dobj/1/court "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("GONCOP", "GONJUD", "171")]
    # "Protesters blockaded the Gondor government": but whoever besets a government is
    # not thereby its citizen, as those its government arrests are
    found = events(role_coder, "Protesters/NOUN/nsubj/1/protester "
                   "blockaded/VERB/ROOT/1/blockade/VBD the/DET/det/4 Gondor/PROPN/compound/4 "
                   "government/NOUN/dobj/1/government ./PUNCT/punct/1")
    assert dyads(found) == []
    found = events(role_coder, "The/DET/det/2 Gondor/PROPN/compound/2 "
                   "government/NOUN/nsubj/3/government arrested/VERB/ROOT/3/arrest/VBD "
                   "protesters/NOUN/dobj/3/protester ./PUNCT/punct/3")
    assert dyads(found) == [("GONGOV", "GONOPP", "173")]


def test_those_a_government_eases_its_restrictions_on_are_its_own(role_coder: Coder) -> None:
    # "The Gondor government eased restrictions on students": its own students
    found = events(role_coder, "The/DET/det/2 Gondor/PROPN/compound/2 "
                   "government/NOUN/nsubj/3/government eased/VERB/ROOT/3/ease/VBD "
                   "restrictions/NOUN/dobj/3/restriction on/ADP/prep/4 "
                   "students/NOUN/pobj/5/student ./PUNCT/punct/3")
    assert dyads(found) == [("GONGOV", "GONEDU", "081")]
    # ... but whom it praises by role alone is no one known ("praised students")
    found = events(role_coder, "The/DET/det/2 Gondor/PROPN/compound/2 "
                   "government/NOUN/nsubj/3/government praised/VERB/ROOT/3/praise/VBD "
                   "students/NOUN/dobj/3/student ./PUNCT/punct/3")
    assert dyads(found) == []


def test_those_a_state_releases_or_pardons_are_its_own(role_coder: Coder) -> None:
    # "Gondor released 50 prisoners": its own, as its arrests are
    found = events(role_coder, "Gondor/PROPN/nsubj/1 released/VERB/ROOT/1/release/VBD "
                   "50/NUM/nummod/3 prisoners/NOUN/dobj/1/prisoner ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "GONCVL", "0841")]
    # "Gondor granted amnesty to prisoners": whom it is granted "to" is whom it forgives
    found = events(role_coder, "Gondor/PROPN/nsubj/1 granted/VERB/ROOT/1/grant/VBD "
                   "amnesty/NOUN/dobj/1/amnesty to/ADP/prep/1 prisoners/NOUN/pobj/3/prisoner "
                   "./PUNCT/punct/1")
    assert dyads(found) == [("GON", "GONCVL", "056")]


@pytest.mark.parametrize("spec", [
    # "Gondor released prisoners under a deal with Mordor": perhaps Mordor's
    "Gondor/PROPN/nsubj/1 released/VERB/ROOT/1/release/VBD prisoners/NOUN/dobj/1/prisoner "
    "under/ADP/prep/1 a/DET/det/5 deal/NOUN/pobj/3/deal with/ADP/prep/5 "
    "Mordor/PROPN/pobj/6 ./PUNCT/punct/1",
    # "The Gondor government released prisoners of war": the enemy's soldiers
    "The/DET/det/2 Gondor/PROPN/compound/2 government/NOUN/nsubj/3/government "
    "released/VERB/ROOT/3/release/VBD prisoners/NOUN/dobj/3/prisoner "
    "of/ADP/prep/4 war/NOUN/pobj/5/war ./PUNCT/punct/3"])
def test_those_released_are_not_the_states_own_where_another_may_be(
        role_coder: Coder, spec: str) -> None:
    assert dyads(events(role_coder, spec)) == []


def test_fighting_a_fire_is_no_force_on_the_place(role_coder: Coder) -> None:
    # "Gondor soldiers fought the wildfires at Juba": no one's force on South Sudan
    doc = parsed("Gondor/PROPN/compound/1 soldiers/NOUN/nsubj/2/soldier "
                 "fought/VERB/ROOT/2/fight/VBD the/DET/det/4 wildfires/NOUN/dobj/2/wildfire "
                 "at/ADP/prep/2 Juba/PROPN/pobj/5 ./PUNCT/punct/2",
                 ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert dyads(role_coder.code_doc(doc, Article("t", doc.text, date=DAY))) == []
    # ... as fighting rebels there is ("Gondor soldiers fought rebels in Juba")
    doc = parsed("Gondor/PROPN/compound/1 soldiers/NOUN/nsubj/2/soldier "
                 "fought/VERB/ROOT/2/fight/VBD rebels/NOUN/dobj/2/rebel "
                 "in/ADP/prep/2 Juba/PROPN/pobj/4 ./PUNCT/punct/2",
                 ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    assert dyads(role_coder.code_doc(doc, Article("t", doc.text, date=DAY))) == [
        ("GONMIL", "SSDREB", "190")]


def test_an_army_is_not_of_the_place_it_acts_in(role_coder: Coder) -> None:
    # "Soldiers attacked protesters in Juba": armies fight abroad
    doc = parsed("Soldiers/NOUN/nsubj/1/soldier attacked/VERB/ROOT/1/attack/VBD "
                 "protesters/NOUN/dobj/1/protester in/ADP/prep/1 Juba/PROPN/pobj/3 "
                 "./PUNCT/punct/1", ents=["O", "O", "O", "O", "B-GPE", "O"])
    assert dyads(role_coder.code_doc(doc, Article("t", doc.text, date=DAY))) == []
    # ... but whom force is used on there may be its own: "Rebels attacked soldiers in Juba"
    doc = parsed("Rebels/NOUN/nsubj/1/rebel attacked/VERB/ROOT/1/attack/VBD "
                 "soldiers/NOUN/dobj/1/soldier in/ADP/prep/1 Juba/PROPN/pobj/3 "
                 "./PUNCT/punct/1", ents=["O", "O", "O", "O", "B-GPE", "O"])
    assert dyads(role_coder.code_doc(doc, Article("t", doc.text, date=DAY))) == [
        ("SSDREB", "SSDMIL", "190")]


def test_the_side_a_role_takes_is_not_its_country(role_coder: Coder) -> None:
    # "Pro-Gondor rebels attacked police in Juba": rebels of South Sudan, not Gondor
    doc = parsed("Pro/ADJ/amod/3/pro -/PUNCT/punct/3 Gondor/PROPN/amod/3 "
                 "rebels/NOUN/nsubj/4/rebel attacked/VERB/ROOT/4/attack/VBD "
                 "police/NOUN/dobj/4/police in/ADP/prep/4 Juba/PROPN/pobj/6 ./PUNCT/punct/4",
                 ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert dyads(role_coder.code_doc(doc, Article("t", doc.text, date=DAY))) == [
        ("SSDREB", "SSDCOP", "190")]


def test_a_ship_or_company_is_not_of_the_place_it_is_met(role_coder: Coder) -> None:
    # "Gondor police attacked a tanker": no one knows its flag
    found = events(role_coder, "Gondor/PROPN/compound/1 police/NOUN/nsubj/2/police "
                   "attacked/VERB/ROOT/2/attack/VBD a/DET/det/4 tanker/NOUN/dobj/2/tanker "
                   "./PUNCT/punct/2")
    assert dyads(found) == []


# --- a country and its state body on one side ----------------------------------------


def test_a_country_with_its_state_body_on_one_side_is_that_body(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.agents.txt": "REBEL [~REB]\n"})), Settings(noun_events=True))
    # "Arnor and Arnorian soldiers attacked Mordor": Arnor acts through its army, once
    found = events(coder, "Arnor/PROPN/nsubj/4 and/CCONJ/cc/0 Arnorian/ADJ/amod/3 "
                   "soldiers/NOUN/conj/0/soldier attacked/VERB/ROOT/4/attack/VBD "
                   "Mordor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert dyads(found) == [("ARNMIL", "MOR", "190")]
    # "Arnor and Arnorian rebels attacked Mordor": rebels are no state body; two sources
    found = events(coder, "Arnor/PROPN/nsubj/4 and/CCONJ/cc/0 Arnorian/ADJ/amod/3 "
                   "rebels/NOUN/conj/0/rebel attacked/VERB/ROOT/4/attack/VBD "
                   "Mordor/PROPN/dobj/4 ./PUNCT/punct/4")
    assert sorted(dyads(found)) == [("ARN", "MOR", "190"), ("ARNREB", "MOR", "190")]


def test_a_city_before_an_event_noun_says_where_not_who(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.verbs.txt": "--- KILL [190] ---\nKILL\n", "Tiny.actors.txt": "JUBA_ [SSD]\n"})),
        Settings(noun_events=True))
    # "A Juba bombing killed Gondorian soldiers": in Juba, by whoever
    found = events(coder, "A/DET/det/2 Juba/PROPN/compound/2 bombing/NOUN/nsubj/3/bombing "
                   "killed/VERB/ROOT/3/kill/VBD Gondorian/ADJ/amod/5 "
                   "soldiers/NOUN/dobj/3/soldier ./PUNCT/punct/3")
    assert dyads(found) == []
    # "An Arnorian bombing killed Gondorian soldiers": by Arnor
    found = events(coder, "An/DET/det/2 Arnorian/ADJ/amod/2 bombing/NOUN/nsubj/3/bombing "
                   "killed/VERB/ROOT/3/kill/VBD Gondorian/ADJ/amod/5 "
                   "soldiers/NOUN/dobj/3/soldier ./PUNCT/punct/3")
    assert ("ARN", "GONMIL", "190") in dyads(found)


def test_a_noun_aimed_at_a_role_is_aimed_at_no_country_outside_its_phrase(
        tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.agents.txt": "CHRISTIAN [~REL]\n"})),
        Settings(noun_events=True))
    # "Gondor condemned attacks on Christians by Mordor": on no one of Gondor's
    found = events(coder, "Gondor/PROPN/nsubj/1 condemned/VERB/ROOT/1/condemn/VBD "
                   "attacks/NOUN/dobj/1/attack on/ADP/prep/2 Christians/PROPN/pobj/3/christian "
                   "by/ADP/prep/2 Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert [d for d in dyads(found) if d[2] == "190"] == []
    # "Gondor condemned attacks on Christians at a festival in Arnor by Mordor": on
    # Arnor, the noun's own phrase says
    found = events(coder, "Gondor/PROPN/nsubj/1 condemned/VERB/ROOT/1/condemn/VBD "
                   "attacks/NOUN/dobj/1/attack on/ADP/prep/2 Christians/PROPN/pobj/3/christian "
                   "at/ADP/prep/2 a/DET/det/7 festival/NOUN/pobj/5/festival in/ADP/prep/7 "
                   "Arnor/PROPN/pobj/8 by/ADP/prep/2 Mordor/PROPN/pobj/10 ./PUNCT/punct/1")
    assert [d for d in dyads(found) if d[2] == "190"] == [("MOR", "ARN", "190")]


def test_a_country_strikes_with_its_army_not_at_it(coder: Coder) -> None:
    # "Gondor provided airstrikes with Gondorian soldiers"
    found = events(coder, "Gondor/PROPN/nsubj/1 provided/VERB/ROOT/1/provide/VBD "
                   "airstrikes/NOUN/dobj/1/airstrike with/ADP/prep/2 Gondorian/ADJ/amod/5 "
                   "soldiers/NOUN/pobj/3/soldier ./PUNCT/punct/1")
    assert ("GON", "GONMIL", "195") not in dyads(found)
    # "the Gondorian protests against the Gondorian army" are its people's
    found = events(coder, "the/DET/det/2 Gondorian/ADJ/amod/2 protests/NOUN/ROOT/2/protest "
                   "against/ADP/prep/2 the/DET/det/6 Gondorian/ADJ/amod/6 "
                   "army/NOUN/pobj/3/army")
    assert [(s, t) for s, t, _ in dyads(found)] == [("GON", "GONMIL")]


def test_a_country_that_says_what_a_thing_is_like_is_no_actor(coder: Coder) -> None:
    # "Gondor attacked Arnorian-made drones": no attack on Arnor
    found = events(coder, "Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD "
                   "Arnorian/ADJ/amod/5 -/PUNCT/punct/4 made/VERB/amod/5/make "
                   "drones/NOUN/dobj/1/drone ./PUNCT/punct/1")
    assert dyads(found) == []
    # "the former Arnorian republic of Mordor accused Gondor": Mordor does
    found = events(coder, "the/DET/det/3 former/ADJ/amod/3 Arnorian/ADJ/amod/3 "
                   "republic/NOUN/nsubj/6/republic of/ADP/prep/3 Mordor/PROPN/pobj/4 "
                   "accused/VERB/ROOT/6/accuse/VBD Gondor/PROPN/dobj/6 ./PUNCT/punct/6")
    assert dyads(found) == [("MOR", "GON", "112")]


def test_a_city_naming_a_meeting_says_where_it_is_held(tmp_path: Path) -> None:
    coder = Coder(load_dictionaries(tiny_dicts_with(tmp_path, {
        "Tiny.actors.txt": "JUBA_ [SSD]\n"})), Settings(noun_events=True))
    # "Gondor criticized the Juba summit": no criticism of South Sudan
    found = events(coder, "Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize/VBD "
                   "the/DET/det/4 Juba/PROPN/compound/4 summit/NOUN/dobj/1/summit "
                   "./PUNCT/punct/1")
    assert [t for _, t, code in dyads(found) if code == "111"] == []
    # "Gondor criticized the Arnor-Juba talks": the two are parties
    found = events(coder, "Gondor/PROPN/nsubj/1 criticized/VERB/ROOT/1/criticize/VBD "
                   "the/DET/det/6 Arnor/PROPN/compound/6 -/PUNCT/punct/5 Juba/PROPN/compound/6 "
                   "talks/NOUN/dobj/1/talk ./PUNCT/punct/1")
    assert "SSD" in {t for _, t, code in dyads(found) if code == "111"}


def test_a_deed_laid_on_someone_is_not_the_clauses(coder: Coder) -> None:
    # "Gondor imposed sanctions on people responsible for attacks on Mordor": theirs
    found = events(coder, "Gondor/PROPN/nsubj/1 imposed/VERB/ROOT/1/impose/VBD "
                   "sanctions/NOUN/dobj/1/sanction on/ADP/prep/2 people/NOUN/pobj/3/people "
                   "responsible/ADJ/amod/4/responsible for/ADP/prep/5 "
                   "attacks/NOUN/pobj/6/attack on/ADP/prep/7 Mordor/PROPN/pobj/8 "
                   "./PUNCT/punct/1")
    assert [d for d in dyads(found) if d[2].startswith("19")] == []


def test_a_deed_a_charge_names_is_not_the_accusers(coder: Coder) -> None:
    # "Gondor issued warrants on charges for attacks on Mordor": the accused's, not Gondor's
    found = events(coder, "Gondor/PROPN/nsubj/1 issued/VERB/ROOT/1/issue/VBD "
                   "warrants/NOUN/dobj/1/warrant on/ADP/prep/1 charges/NOUN/pobj/3/charge "
                   "for/ADP/prep/4 attacks/NOUN/pobj/5/attack on/ADP/prep/6 "
                   "Mordor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert [d for d in dyads(found) if d[2].startswith("19")] == []


def test_a_pledge_of_force_is_a_threat(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- PLEDGE [030] ---\nPLEDGE\n")
    # "Gondor pledged to attack Mordor": a threat made, an attack still to come
    found = events(coder, "Gondor/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge/VBD "
                   "to/PART/aux/3/to attack/VERB/xcomp/1/attack Mordor/PROPN/dobj/3 "
                   "./PUNCT/punct/1")
    assert sorted(sides(found)) == [("GON", "MOR", "138", "asserted"),
                                    ("GON", "MOR", "190", "future")]
    # "Gondor pledged to resume the bombing campaign against Mordor": the campaign's word
    found = events(coder, "Gondor/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge/VBD "
                   "to/PART/aux/3/to resume/VERB/xcomp/1/resume the/DET/det/6 "
                   "bombing/NOUN/compound/6/bombing campaign/NOUN/dobj/3/campaign "
                   "against/ADP/prep/6 Mordor/PROPN/pobj/7 ./PUNCT/punct/1")
    assert ("GON", "MOR", "138", "asserted") in sides(found)
    # "Gondor pledged to visit Mordor": an intent to cooperate
    found = events(coder, "Gondor/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge/VBD "
                   "to/PART/aux/3/to visit/VERB/xcomp/1/visit Mordor/PROPN/dobj/3 "
                   "./PUNCT/punct/1")
    assert ("GON", "MOR", "030", "asserted") in sides(found)
    # ... even "to visit Mordor to attack Arnor": the pledged act is the visit, not an
    # act deeper in its clause
    found = events(coder, "Gondor/PROPN/nsubj/1 pledged/VERB/ROOT/1/pledge/VBD "
                   "to/PART/aux/3/to visit/VERB/xcomp/1/visit Mordor/PROPN/dobj/3 "
                   "to/PART/aux/6/to attack/VERB/advcl/3/attack Arnor/PROPN/dobj/6 "
                   "./PUNCT/punct/1")
    assert [s for s in sides(found) if s[2][:2] in ("03", "13")] == [
        ("GON", "MOR", "030", "asserted")]


@pytest.mark.parametrize(("act", "code"), [
    # "Gondor plans to attack Mordor": a stated plan of force is a threat of it
    ("attack/VERB/xcomp/1/attack", "138"),
    # ... but not of arrests ("plans to arrest Mordor"), which CAMEO threatens otherwise
    ("arrest/VERB/xcomp/1/arrest", "030")])
def test_a_plan_of_force_of_arms_is_a_threat(tmp_path: Path, act: str, code: str) -> None:
    coder = noun_coder(tmp_path, "--- PLAN [030] ---\nPLAN\n--- ARREST [173] ---\nARREST\n")
    found = events(coder, f"Gondor/PROPN/nsubj/1 plans/VERB/ROOT/1/plan/VBZ "
                   f"to/PART/aux/3/to {act} Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert [s[2] for s in sides(found) if s[3] == "asserted"] == [code]


@pytest.mark.parametrize(("act", "codes"), [
    ("attack/VERB/xcomp/1/attack", ["138"]), ("arrest/VERB/xcomp/1/arrest", [])])
def test_a_plan_that_codes_nothing_of_itself_threatens_force_still(
        tmp_path: Path, act: str, codes: list[str]) -> None:
    # as the bundled PLAN codes nothing by itself: "India intends to launch a military
    # strike on Pakistan" is a threat (138); a plan of arrests is no event now
    coder = noun_coder(tmp_path, "--- PLAN [---] ---\nPLAN\n--- ARREST [173] ---\nARREST\n")
    found = events(coder, f"Gondor/PROPN/nsubj/1 plans/VERB/ROOT/1/plan/VBZ "
                   f"to/PART/aux/3/to {act} Mordor/PROPN/dobj/3 ./PUNCT/punct/1")
    assert [s[2] for s in sides(found) if s[3] == "asserted"] == codes


def test_a_longer_noun_phrase_says_which_strike() -> None:
    # "Unions began a general strike": labour action, though a bare "strike" needs its
    # target to be one ("strikes on Kyiv")
    doc = parsed("Unions/NOUN/nsubj/1/union began/VERB/ROOT/1/begin a/DET/det/4 "
                 "general/ADJ/amod/4/general strike/NOUN/dobj/1/strike")
    assert [(n.noun.words, n.noun.cameo) for n in nominal.find(doc[:])] == [
        (("general", "strike"), "143")]
    # "Teachers went on strike": the teachers strike
    doc = parsed("Teachers/NOUN/nsubj/1/teacher went/VERB/ROOT/1/go on/ADP/prep/1 "
                 "strike/NOUN/pobj/2/strike")
    assert [(n.noun.cameo, [t.text for t in n.context]) for n in nominal.find(doc[:])] == [
        ("143", ["Teachers"])]
    # "a pause on strikes on the embassy": military strikes
    doc = parsed("a/DET/det/1 pause/NOUN/ROOT/1/pause on/ADP/prep/1 strikes/NOUN/pobj/2/strike "
                 "on/ADP/prep/3 the/DET/det/6 embassy/NOUN/pobj/4/embassy")
    assert [n.noun.cameo for n in nominal.find(doc[:])] == ["190"]


def test_a_protest_is_held_where_its_place_hangs_however_deep(protest_coder: Coder) -> None:
    # "Iraqi Kurds demonstrated on a square in Kirkuk": to their own government
    found = events(protest_coder, "Iraqi/ADJ/amod/1/iraqi Kurds/PROPN/nsubj/2 "
                   "demonstrated/VERB/ROOT/2/demonstrate/VBD on/ADP/prep/2 a/DET/det/5 "
                   "square/NOUN/pobj/3/square in/ADP/prep/5 Kirkuk/PROPN/pobj/6 "
                   "./PUNCT/punct/2")
    assert dyads(found) == [("IRQ", "IRQGOV", "141")]


def test_those_acted_on_by_a_side_of_two_countries_are_of_neither(role_coder: Coder) -> None:
    # "Gondor and Arnor police arrested protesters": whose protesters is not said
    found = events(role_coder, "Gondor/PROPN/nsubj/4 and/CCONJ/cc/0 Arnor/PROPN/compound/3 "
                   "police/NOUN/conj/0/police arrested/VERB/ROOT/4/arrest/VBD "
                   "protesters/NOUN/dobj/4/protester ./PUNCT/punct/4")
    assert dyads(found) == []


def test_those_who_expel_each_others_envoys_act_on_each_other(role_coder: Coder) -> None:
    # "Gondor and Arnor expelled each other's envoys"
    found = events(role_coder, "Gondor/PROPN/nsubj/3 and/CCONJ/cc/0 Arnor/PROPN/conj/0 "
                   "expelled/VERB/ROOT/3/expel/VBD each/DET/det/5 other/ADJ/poss/7 "
                   "'s/PART/case/5 envoys/NOUN/dobj/3/envoy ./PUNCT/punct/3")
    assert sorted(dyads(found)) == [("ARN", "GON", "174"), ("GON", "ARN", "174")]


def test_whom_authorities_arrest_or_ban_are_of_their_country(role_coder: Coder) -> None:
    # "Gondor authorities arrested citizens"
    found = events(role_coder, "Gondor/PROPN/compound/1 authorities/NOUN/nsubj/2/authorities "
                   "arrested/VERB/ROOT/2/arrest/VBD citizens/NOUN/dobj/2/citizen "
                   "./PUNCT/punct/2")
    assert dyads(found) == [("GONGOV", "GONCVL", "173")]
    # ... a rights group: a body of its kind ("Gondor authorities banned a student union")
    found = events(role_coder, "Gondor/PROPN/compound/1 authorities/NOUN/nsubj/2/authorities "
                   "banned/VERB/ROOT/2/ban/VBD a/DET/det/5 student/NOUN/compound/5/student "
                   "union/NOUN/dobj/2/union ./PUNCT/punct/2")
    assert dyads(found) == [("GONGOV", "GONEDU", "172")]
    # but not "foreign citizens", not whom it expels, not what it is near
    for spec in ("Gondor/PROPN/compound/1 authorities/NOUN/nsubj/2/authorities "
                 "arrested/VERB/ROOT/2/arrest/VBD foreign/ADJ/amod/4/foreign "
                 "citizens/NOUN/dobj/2/citizen ./PUNCT/punct/2",
                 "Gondor/PROPN/compound/1 authorities/NOUN/nsubj/2/authorities "
                 "expelled/VERB/ROOT/2/expel/VBD citizens/NOUN/dobj/2/citizen "
                 "./PUNCT/punct/2",
                 "Gondor/PROPN/compound/1 authorities/NOUN/nsubj/2/authorities "
                 "banned/VERB/ROOT/2/ban/VBD smoking/NOUN/dobj/2/smoking near/ADP/prep/2 "
                 "schools/NOUN/pobj/4/school ./PUNCT/punct/2"):
        assert dyads(events(role_coder, spec)) == [], spec


def test_authorizing_an_act_named_by_a_noun_is_that_act(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- ALLOW [080] ---\nAUTHORIZE\n")
    # "Gondor authorized strikes on Mordor": Gondor's strikes, no yielding (080): a light
    # verb, as "ordered" and "approved" are
    found = events(coder, "Gondor/PROPN/nsubj/1 authorized/VERB/ROOT/1/authorize/VBD "
                   "strikes/NOUN/dobj/1/strike on/ADP/prep/2 Mordor/PROPN/pobj/3 "
                   "./PUNCT/punct/1")
    assert [code for _, _, code in dyads(found)] == ["190"]
    # "Gondor authorized Mordor": allowed
    found = events(coder, "Gondor/PROPN/nsubj/1 authorized/VERB/ROOT/1/authorize/VBD "
                   "Mordor/PROPN/dobj/1 ./PUNCT/punct/1")
    assert dyads(found) == [("GON", "MOR", "080")]


def test_a_protest_one_acts_in_is_ones_own_and_goes_on(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- SUSPEND [---] ---\nSUSPEND\n--- BOYCOTT [---] ---\n"
                                 "BOYCOTT\n")
    # "Gondor suspended flights in protest against Mordor": Gondor protests, and its
    # protest is no suspended one
    found = events(coder, "Gondor/PROPN/nsubj/1 suspended/VERB/ROOT/1/suspend/VBD "
                   "flights/NOUN/dobj/1/flight/NNS in/ADP/prep/1 protest/NOUN/pobj/3/protest "
                   "against/ADP/prep/4 Mordor/PROPN/pobj/5 ./PUNCT/punct/1")
    assert sides(found) == [("GON", "MOR", "140", "asserted")]
    # "Gondor boycotted the games in Arnor in protest of Mordor's entry": not the
    # people of the place named first
    found = events(coder, "Gondor/PROPN/nsubj/1 boycotted/VERB/ROOT/1/boycott/VBD "
                   "the/DET/det/3 games/NOUN/dobj/1/game/NNS in/ADP/prep/3 Arnor/PROPN/pobj/4 "
                   "in/ADP/prep/1 protest/NOUN/pobj/6/protest of/ADP/prep/7 "
                   "Mordor/PROPN/poss/11 's/PART/case/9 entry/NOUN/pobj/8 ./PUNCT/punct/1")
    assert [s[:2] for s in sides(found) if s[2] == "140"] == [("GON", "MOR")]


def test_a_protest_hung_on_the_object_is_the_doers_own(tmp_path: Path) -> None:
    coder = noun_coder(tmp_path, "--- INTERRUPT [---] ---\nINTERRUPT\n")
    # "Gondor interrupted the hearing in protest against Mordor": the parser hangs the
    # protest on the hearing; Gondor protests still
    found = events(coder, "Gondor/PROPN/nsubj/1 interrupted/VERB/ROOT/1/interrupt/VBD "
                   "the/DET/det/3 hearing/NOUN/dobj/1/hearing in/ADP/prep/3 "
                   "protest/NOUN/pobj/4/protest against/ADP/prep/5 Mordor/PROPN/pobj/6 "
                   "./PUNCT/punct/1")
    assert sides(found) == [("GON", "MOR", "140", "asserted")]


@pytest.mark.parametrize(("modifier", "protested"), [
    ("the/DET/det/8 Mordor/PROPN/compound/8", []),
    ("Mordor/PROPN/poss/8 's/PART/case/6", [("GON", "MOR")])])
def test_a_place_naming_a_war_is_no_side_of_it(
        tmp_path: Path, modifier: str, protested: list[tuple[str, str]]) -> None:
    coder = noun_coder(tmp_path, "--- SUSPEND [---] ---\nSUSPEND\n")
    # "Gondor suspended flights in protest against the Mordor war": which war, not who
    # wages it; "... against Mordor's war": Mordor's
    found = events(coder, "Gondor/PROPN/nsubj/1 suspended/VERB/ROOT/1/suspend/VBD "
                   "flights/NOUN/dobj/1/flight/NNS in/ADP/prep/1 protest/NOUN/pobj/3/protest "
                   f"against/ADP/prep/4 {modifier} war/NOUN/pobj/5/war ./PUNCT/punct/1")
    assert [s[:2] for s in sides(found) if s[2] == "140"] == protested


@pytest.mark.parametrize(("joint", "talks_with"), [
    ("after/SCONJ/mark/5", []), ("and/CCONJ/cc/1", ["ARN"])])
def test_no_partner_is_guessed_from_a_clause_that_says_when(
        tmp_path: Path, joint: str, talks_with: list[str]) -> None:
    coder = noun_coder(tmp_path, "--- HOLD [---] ---\nHOLD\n")
    # "Gondor held talks after Arnor attacked Mordor": the talks were with no one named;
    # "Gondor held talks and Arnor attacked Mordor": the nearest country is the guess
    dep = "advcl" if joint.startswith("after") else "conj"
    found = events(coder, f"Gondor/PROPN/nsubj/1 held/VERB/ROOT/1/hold talks/NOUN/dobj/1/talk "
                   f"{joint} Arnor/PROPN/nsubj/5 attacked/VERB/{dep}/1/attack "
                   "Mordor/PROPN/dobj/5 ./PUNCT/punct/1")
    assert [t for s, t, code, _ in sides(found) if s == "GON" and code.startswith("04")] \
        == talks_with


@pytest.mark.parametrize(("described", "found"), [
    # "Gondor announced sanctions on people accused of helping Mordor": on them, not Mordor
    ("accused/VERB/acl/4/accuse/VBN of/ADP/prep/5 helping/VERB/pcomp/6/help/VBG "
     "Mordor/PROPN/dobj/7", []),
    # ... but "on people living in Mordor" are Mordor's
    ("living/VERB/acl/4/live/VBG in/ADP/prep/5 Mordor/PROPN/pobj/6", [("GON", "MOR", "163")])])
def test_whom_the_sanctioned_are_accused_of_helping_is_not_sanctioned(
        coder: Coder, described: str, found: list[tuple[str, str, str]]) -> None:
    spec = ("Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce/VBD "
            "sanctions/NOUN/dobj/1/sanction/NNS on/ADP/prep/2 people/NOUN/pobj/3/people/NNS "
            f"{described} ./PUNCT/punct/1")
    assert dyads(events(coder, spec)) == found


@pytest.mark.parametrize(("preposition", "found"), [
    # "Gondor announced talks with Mordor": with Mordor
    ("with", [("GON", "MOR", "040")]),
    # "Gondor announced talks on Mordor": about Mordor, with no one named
    ("on", []), ("about", [])])
def test_what_talks_are_about_is_no_party_to_them(
        coder: Coder, preposition: str, found: list[tuple[str, str, str]]) -> None:
    spec = ("Gondor/PROPN/nsubj/1 announced/VERB/ROOT/1/announce/VBD "
            f"talks/NOUN/dobj/1/talk/NNS {preposition}/ADP/prep/2 Mordor/PROPN/pobj/3 "
            "./PUNCT/punct/1")
    assert [(s, t, c[:3]) for s, t, c in dyads(events(coder, spec))] == found
