"""`detente actors` and `detente validate` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()
FIXTURE = Path(__file__).parent / "knowledge" / "data" / "wikidata_sample.json"

SUITE = """<Validation><Sentences>
<Sentence date="20240115" id="HIT-1" category="FIGHT">
<EventCoding sourcecode="GON" targetcode="MOR" eventcode="190" />
<Text>Gondor attacked Mordor.</Text>
</Sentence>
<Sentence date="20240115" id="CALM-1" category="CALM">
<EventCoding noevents="True" />
<Text>The weather in Arnor was mild.</Text>
</Sentence>
</Sentences></Validation>
"""


def test_lookup_explains_a_title_and_a_country_adjective() -> None:
    result = runner.invoke(app, ["actors", "lookup", "Turkish foreign minister",
                                 "--date", "2024-01-15"])
    assert result.exit_code == 0
    assert "TURGOV" in result.stdout
    assert "'Turkish' -> actor TUR" in result.stdout
    assert "agent ~GOV" in result.stdout


def test_lookup_follows_tenure_by_date() -> None:
    chancellor = runner.invoke(app, ["actors", "lookup", "Friedrich Merz", "--date",
                                     "2025-06-01"])
    assert chancellor.exit_code == 0 and "2025-06-01: DEUGOV" in chancellor.stdout
    earlier = runner.invoke(app, ["actors", "lookup", "Friedrich Merz", "--date", "2020-01-01"])
    assert "2020-01-01: DEUGOV" not in earlier.stdout


def test_lookup_of_nobody_exits_1() -> None:
    result = runner.invoke(app, ["actors", "lookup", "the weather", "--date", "2024-01-15"])
    assert result.exit_code == 1
    assert "no actor" in result.stdout


def test_refresh_reports_changes_and_writes_only_the_output(tmp_path: Path) -> None:
    out = tmp_path / "leaders.csv"
    result = runner.invoke(app, ["actors", "refresh", "--from-wikidata", str(FIXTURE),
                                 "--output", str(out)])
    assert result.exit_code == 0
    assert "added" in result.stdout and "changed" in result.stdout
    assert out.read_text(encoding="utf-8").startswith("person_id,")


def test_refresh_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["actors", "refresh", "--from-wikidata",
                                 str(tmp_path / "none.json"), "--output",
                                 str(tmp_path / "l.csv")])
    assert result.exit_code == 2
    assert "none.json" in result.stderr


@pytest.mark.model
def test_validate_prints_per_category_figures(tmp_path: Path, tiny_dicts: Path) -> None:
    suite = tmp_path / "suite.xml"
    suite.write_text(SUITE, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(suite), "--dictionaries", str(tiny_dicts),
                                 "--show-failures", "5"])
    assert result.exit_code == 0
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines()
            if line.startswith("│")}
    assert set(rows) == {"CALM", "FIGHT", "ALL"}
    assert "100.0%" in rows["FIGHT"]  # the one gold coding is produced


def test_validate_without_a_suite_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "none.xml")])
    assert result.exit_code == 2
    assert "none.xml" in result.stderr
