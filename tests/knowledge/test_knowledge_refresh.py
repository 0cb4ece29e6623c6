"""Merging a Wikidata SPARQL result into the shipped leaders, offline."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from detente.errors import ConfigError
from detente.knowledge import (
    QUERY,
    Knowledge,
    _wikidata,
    bundled_knowledge,
    load_knowledge,
    refresh_from_wikidata,
)
from detente.knowledge._load import FILES, package_dir

SAMPLE = Path(__file__).parent / "data" / "wikidata_sample.json"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a test tried to reach the network")

    monkeypatch.setattr(_wikidata.urllib.request, "urlopen", refuse)


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return bundled_knowledge()


def test_report_on_the_fixture(k: Knowledge) -> None:
    report = refresh_from_wikidata(SAMPLE, current=k, today=TODAY)
    assert [(o.name, o.body, o.start) for o in report.added] == [
        ("Example Person", "ZZZ", dt.date(2026, 2, 1))
    ]
    assert [(c.before.name, c.after.start) for c in report.changed] == [
        ("Rishi Sunak", dt.date(2022, 10, 24))
    ]
    (ended,) = report.ended
    assert (ended.before.name, ended.before.end_unknown) == ("Ulf Kristersson", True)
    assert (ended.after.end, ended.after.end_unknown) == (dt.date(2026, 10, 20), False)
    assert report.skipped == 3  # a mayor, a tenure over before 2015, an unlabelled entity
    assert report.output is None
    assert "1 added, 1 changed, 1 ended, 3 skipped" in report.summary()


def test_merged_file_round_trips(k: Knowledge, tmp_path: Path) -> None:
    for name in FILES:  # a full knowledge directory with the refreshed leaders in it
        (tmp_path / name).write_bytes((package_dir() / name).read_bytes())
    report = refresh_from_wikidata(SAMPLE, current=k, output=tmp_path / "leaders.csv", today=TODAY)
    assert report.output == tmp_path / "leaders.csv"
    rows = list(csv.DictReader((tmp_path / "leaders.csv").open(encoding="utf-8")))
    assert len(rows) == sum(1 for o in k.tenures if o.national) + 1
    refreshed = load_knowledge(tmp_path)
    on_24th = refreshed.holders("GBR", "head_of_government", dt.date(2022, 10, 24))
    (sunak,) = [o for o in on_24th if o.name == "Rishi Sunak"]
    assert "Wikidata" in sunak.source
    assert refreshed.holders("SWE", "head_of_government", dt.date(2026, 11, 1)) == ()
    assert refreshed.lookup("Friedrich Merz", dt.date(2025, 6, 1)).code == "DEUGOV"


def test_never_overwrites_the_shipped_file(k: Knowledge) -> None:
    with pytest.raises(ConfigError, match="refusing"):
        refresh_from_wikidata(SAMPLE, current=k, output=package_dir() / "leaders.csv")


def test_without_a_file_it_queries_the_endpoint(
    k: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def fake_fetch(timeout: float = 0) -> object:
        asked.append(True)
        return {"results": {"bindings": []}}

    monkeypatch.setattr(_wikidata, "fetch_wikidata", fake_fetch)
    report = refresh_from_wikidata(None, current=k, today=TODAY)
    assert asked == [True] and report.added == ()


def test_query_asks_for_what_the_parser_reads() -> None:
    for variable in ("?person", "?personLabel", "?iso3", "?role", "?start", "?end"):
        assert variable in QUERY
    assert "P298" in QUERY and "P39" in QUERY and "P580" in QUERY and "P582" in QUERY
