"""Reading a validation suite and scoring events against it, on a hand-written suite."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from detente.errors import ConfigError, InputError
from detente.model import Actor, CoderInfo, Event
from detente.store import write_jsonl
from detente.validation import (
    Coding,
    SuiteRecord,
    evaluate,
    failures,
    read_suite,
)

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "petr_suite.py"

SUITE = """<Validation>
<!-- <Sentence id="GHOST-1" category="MEET"><Text>A commented-out record.</Text></Sentence> -->
<Sentences>
<Sentence date="20240115" id="MEET-1" category="MEET">
<!-- <EventCoding sourcecode="XXX" targetcode="YYY" eventcode="999" /> -->
<EventCoding sourcecode="GON" targetcode="MOR" eventcode="040" />
<EventCoding sourcecode="MOR" targetcode="GON" eventcode="040"></EventCoding>
<Text>
  Gondor's envoy met   the Mordor
  delegation in Osgiliath.
</Text>
</Sentence>
<Sentence date="20240116" id="MEET-2" category="MEET">
<EventCoding sourcecode="---" targetcode="ROH" eventcode="042" />
<Text>An envoy travelled to Rohan.</Text>
</Sentence>
<Sentence date="20240117" id="FIGHT-1" category="FIGHT">
<EventCoding sourcecode="+++" targetcode="GONMIL" eventcode="190" />
<Text>Orcs &amp; trolls attacked the Gondorian garrison.</Text>
</Sentence>
<Sentence date = "20240118" id ="CALM-1" category="FIGHT">
<EventCoding noevents = "True" />
<Text>The weather in Rohan was mild.</Text>
</Sentence>
<Sentence date="2024" id="BAD-1" category="ERROR">
<EventCoding error="storydiscard" />
<Text>SPORTS RESULTS: Rohan 2 Gondor 1.</Text>
</Sentence>
<Sentence date="20240119" id="SKIP-1" category="FIGHT" evaluate="False">
<EventCoding sourcecode="GON" targetcode="MOR" eventcode="190" />
<Text>A record left out on purpose.</Text>
</Sentence>
<Sentence date="20240119" id="SKIP-2" category="FIGHT">
<EventCoding sourcecode="GON" targetcode="MOR" eventcode="190" />
</Sentence>
<Sentence id="QUOTE-1" category="MEET">
<EventCoding sourcecode='"THE WHITE COUNCIL"' targetcode="GON" eventcode=" 036 " />
<Text>The White Council asked to meet Gondor.</Text>
</Sentence>
</Sentences>
</Validation>
"""

INFO = CoderInfo("test", "sha256:test")


def event(article_id: str, source: str | None, target: str | None, cameo: str) -> Event:
    def actor(code: str | None) -> Actor | None:
        return Actor(code, None, None, None, code, (0, 0)) if code is not None else None

    return Event(
        event_id=f"e-{article_id}-{source}-{target}-{cameo}", article_id=article_id,
        sentence_index=0, sentence="", source=actor(source), target=actor(target),
        cameo=cameo, quad_class=None, goldstein=None, coder=INFO, verb="", verb_span=(0, 0),
    )


EVENTS = (
    event("MEET-1", "GON", "MOR", "040"),  # gold
    event("MEET-1", "GON", "MOR", "043"),  # extra; MOR GON 040 uncoded
    event("MEET-2", None, "ROH", "042"),  # no source matches "---"
    event("BAD-1", "ROH", "GON", "190"),  # an error record that should give nothing
    event("QUOTE-1", "---", "GON", "036"),  # the single-quoted code reads as none
    event("NOWHERE", "GON", "MOR", "190"),  # not a record of the suite: ignored
)


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    path = tmp_path / "suite.xml"
    path.write_text(SUITE, encoding="utf-8")
    return path


def test_the_records_read_are_the_evaluated_ones_with_text(suite: Path) -> None:
    assert [r.id for r in read_suite(suite)] == [
        "MEET-1", "MEET-2", "FIGHT-1", "CALM-1", "BAD-1", "QUOTE-1"
    ]


def test_a_record_reads_as_its_text_date_category_and_gold(suite: Path) -> None:
    assert read_suite(suite)[0] == SuiteRecord(
        id="MEET-1",
        date=dt.date(2024, 1, 15),
        text="Gondor's envoy met the Mordor delegation in Osgiliath.",
        category="MEET",
        gold=frozenset({Coding("GON", "MOR", "040"), Coding("MOR", "GON", "040")}),
    )


def test_codes_read_as_the_scorer_reads_them(suite: Path) -> None:
    gold = {r.id: r.gold for r in read_suite(suite)}
    assert gold["MEET-2"] == {Coding("", "ROH", "042")}
    assert gold["FIGHT-1"] == {Coding("+++", "GONMIL", "190")}
    assert gold["QUOTE-1"] == {Coding("", "GON", "036")}


def test_text_is_taken_as_written_entities_and_all(suite: Path) -> None:
    fight = read_suite(suite)[2]
    assert fight.text == "Orcs &amp; trolls attacked the Gondorian garrison."


def test_noevents_and_error_records_are_flagged_and_expect_nothing(suite: Path) -> None:
    records = {r.id: r for r in read_suite(suite)}
    calm, bad = records["CALM-1"], records["BAD-1"]
    assert (calm.noevents, calm.error, calm.gold) == (True, None, frozenset())
    assert (bad.noevents, bad.error, bad.gold) == (False, "storydiscard", frozenset())
    assert not records["MEET-1"].noevents and records["MEET-1"].error is None


def test_a_date_that_is_not_eight_digits_is_none(suite: Path) -> None:
    records = {r.id: r for r in read_suite(suite)}
    assert records["BAD-1"].date is None and records["QUOTE-1"].date is None


def test_a_record_becomes_an_article_with_its_id_text_and_date(suite: Path) -> None:
    article = read_suite(suite)[0].article()
    assert (article.id, article.date) == ("MEET-1", dt.date(2024, 1, 15))
    assert article.text.startswith("Gondor's envoy")


def test_a_category_selects_its_records(suite: Path) -> None:
    assert [r.id for r in read_suite(suite, category="FIGHT")] == ["FIGHT-1", "CALM-1"]


def test_an_unknown_category_names_the_ones_there_are(suite: Path) -> None:
    with pytest.raises(ConfigError, match="ERROR, FIGHT, MEET"):
        read_suite(suite, category="fight")


def test_a_record_without_id_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text('<Sentence category="X"><Text>No id.</Text></Sentence>', encoding="utf-8")
    with pytest.raises(InputError, match="record 1"):
        read_suite(path)


def test_an_impossible_date_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text('<Sentence id="D-1" date="20241345"><Text>x</Text></Sentence>',
                    encoding="utf-8")
    with pytest.raises(InputError, match="D-1"):
        read_suite(path)


def test_the_totals(suite: Path) -> None:
    total = evaluate(read_suite(suite), EVENTS).score.total
    assert (total.records, total.gold_codings, total.correct_codings, total.extra_codings,
            total.exact_records, total.null_records, total.null_ok_records) == (6, 5, 3, 2, 3, 2, 1)
    assert total.figures() == {
        "correct": 3 / 5, "uncoded": 1 - 3 / 5, "extra": 2 / 6, "records_exact": 3 / 6,
        "null_ok": 1 / 2,
    }


def test_categories_come_sorted_then_the_total(suite: Path) -> None:
    score = evaluate(read_suite(suite), EVENTS).score
    assert [row.category for row in score.rows()] == ["ERROR", "FIGHT", "MEET", None]


def test_each_category_is_scored_on_its_own_records(suite: Path) -> None:
    score = evaluate(read_suite(suite), EVENTS).score
    meet, fight, error = (score.category(c) for c in ("MEET", "FIGHT", "ERROR"))
    assert (meet.records, meet.gold_codings, meet.correct_codings, meet.extra_codings,
            meet.exact_records) == (3, 4, 3, 1, 2)
    assert (meet.correct, meet.extra, meet.records_exact) == (3 / 4, 1 / 3, 2 / 3)
    assert (fight.correct, fight.uncoded, fight.records_exact, fight.null_ok) == (0, 1, 1 / 2, 1)
    # ratios over nothing are 0, as in the shared scorer
    assert (error.correct, error.uncoded, error.extra, error.null_ok) == (0, 1, 1, 0)
    assert meet.null_ok == 0 and meet.null_records == 0


def test_no_events_at_all(suite: Path) -> None:
    total = evaluate(read_suite(suite), ()).score.total
    assert (total.correct, total.extra, total.records_exact, total.null_ok) == (0, 0, 2 / 6, 1)


def test_an_empty_suite_scores_zero_without_dividing_by_it() -> None:
    total = evaluate((), EVENTS).score.total
    assert total.figures() == {
        "correct": 0, "uncoded": 1, "extra": 0, "records_exact": 0, "null_ok": 0
    }


def test_records_sharing_an_id_share_the_events() -> None:
    twin = SuiteRecord("T-1", None, "x", "A", frozenset({Coding("GON", "MOR", "190")}))
    other = SuiteRecord("T-1", None, "y", "A", frozenset())
    result = evaluate((twin, other), [event("T-1", "GON", "MOR", "190")])
    assert [r.exact for r in result.records] == [True, False]
    assert result.score.total.extra_codings == 1


def test_the_same_coding_twice_counts_once(suite: Path) -> None:
    twice = (event("MEET-2", None, "ROH", "042"), event("MEET-2", "---", "ROH", "042"))
    result = evaluate(read_suite(suite, category="MEET"), twice)
    assert result.score.total.correct_codings == 1 and result.score.total.extra_codings == 0


def test_failures_are_the_inexact_records_in_suite_order(suite: Path) -> None:
    result = evaluate(read_suite(suite), EVENTS)
    assert [f.id for f in failures(result)] == ["MEET-1", "FIGHT-1", "BAD-1"]
    assert [f.id for f in failures(result, 2)] == ["MEET-1", "FIGHT-1"]
    assert failures(result, 0) == []


def test_a_failure_shows_gold_and_got_sorted(suite: Path) -> None:
    meet = failures(evaluate(read_suite(suite), EVENTS))[0]
    assert meet.text == "Gondor's envoy met the Mordor delegation in Osgiliath."
    assert meet.gold == (Coding("GON", "MOR", "040"), Coding("MOR", "GON", "040"))
    assert meet.got == (Coding("GON", "MOR", "040"), Coding("GON", "MOR", "043"))
    assert (meet.missing, meet.extra) == ((Coding("MOR", "GON", "040"),),
                                         (Coding("GON", "MOR", "043"),))
    assert str(meet.missing[0]) == "MOR GON 040" and str(Coding("", "ROH", "042")) == "- ROH 042"


def test_the_result_keeps_the_events_it_scored(suite: Path) -> None:
    result = evaluate(read_suite(suite), iter(EVENTS), suite=str(suite), coder=INFO)
    assert result.events == EVENTS and (result.suite, result.coder) == (str(suite), INFO)


@pytest.mark.shared_data
def test_the_scoring_equals_the_shared_scorers(suite: Path, tmp_path: Path) -> None:
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is missing (the shared scorer is read from ../shared)")
    events = tmp_path / "events.jsonl"
    with events.open("w", encoding="utf-8") as fh:
        write_jsonl(EVENTS, fh)
    scored = subprocess.run([sys.executable, str(SCORER), "score", str(suite), str(events),
                             "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(scored.stdout)
    score = evaluate(read_suite(suite), EVENTS).score
    assert score.total.figures() == {name: theirs[name] for name in score.total.figures()}
    assert {row.category: f"{row.exact_records}/{row.records}"
            for row in score.categories} == theirs["per_category"]
