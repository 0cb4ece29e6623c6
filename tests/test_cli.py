"""The command line end to end: coding, storing, querying, bad input (loads the model)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.model import CONTRACT_FIELDS
from detente.store import read_parquet

pytestmark = pytest.mark.model
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()

GOOD = "Gondor is a place. Turkish President Recep Tayyip Erdogan met Vladimir Putin in Ankara."


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "news" / "meeting.txt"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def count_events(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("select count(*) from events").fetchone()
    assert row is not None
    return int(row[0])


def test_code_examples_prints_a_table_and_stores(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    code, out, _ = invoke("code", str(EXAMPLES), "--db", str(db))
    assert code == 0
    assert "events from 4 articles" in out
    assert count_events(db) > 0


def test_jsonl_output_holds_every_contract_field(article: Path) -> None:
    code, out, _ = invoke("code", str(article), "--format", "jsonl", "--no-store")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert lines, "the meeting sentence codes an event"
    for record in lines:
        assert set(CONTRACT_FIELDS) <= set(record)
    assert {r["source"]["code"] for r in lines} == {"TURGOV"}


def test_rerun_adds_nothing(article: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    assert invoke("code", str(article), "--db", str(db), "--format", "jsonl")[0] == 0
    first = count_events(db)
    assert invoke("code", str(article), "--db", str(db), "--format", "jsonl")[0] == 0
    assert count_events(db) == first > 0


def test_bad_input_is_named_and_the_rest_is_coded(article: Path, tmp_path: Path) -> None:
    bad = article.parent / "blob.bin"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 20)
    empty = article.parent / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = invoke("code", str(article.parent), "--format", "jsonl", "--no-store")
    assert code == 1
    assert "blob.bin" in err and "binary" in err
    assert "empty.txt" in err
    assert any(json.loads(line)["source"]["code"] == "TURGOV" for line in out.splitlines())


def test_date_option_fills_missing_dates(article: Path) -> None:
    code, out, _ = invoke("code", str(article), "--format", "jsonl", "--no-store",
                          "--date", "2024-01-15")
    assert code == 0
    assert all(json.loads(line)["article_date"] == "2024-01-15" for line in out.splitlines())


def test_bad_date_option_is_a_usage_error(article: Path) -> None:
    code, _, err = invoke("code", str(article), "--date", "15/01/2024", "--no-store")
    assert code == 2
    assert "not a date" in err


def test_parquet_and_csv_outputs(article: Path, tmp_path: Path) -> None:
    parquet = tmp_path / "e.parquet"
    assert invoke("code", str(article), "--format", "parquet", "--output", str(parquet),
                  "--no-store")[0] == 0
    assert [e.source.code for e in read_parquet(parquet) if e.source] == ["TURGOV"]
    csv_path = tmp_path / "e.csv"
    assert invoke("code", str(article), "--format", "csv", "--output", str(csv_path),
                  "--no-store")[0] == 0
    assert csv_path.read_text(encoding="utf-8").splitlines()[0].startswith("event_id,")


def test_events_and_stats_read_the_store(article: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    invoke("code", str(article), "--db", str(db))
    code, out, _ = invoke("events", "--db", str(db), "--actor", "TUR", "--format", "jsonl")
    assert code == 0
    assert json.loads(out.splitlines()[0])["source"]["code"] == "TURGOV"
    code, out, _ = invoke("events", "--db", str(db), "--actor", "GBR", "--format", "jsonl")
    assert code == 0 and out.strip() == ""
    code, out, _ = invoke("stats", "--db", str(db))
    assert code == 0
    assert "TURGOV" in out and "RUSGOV" in out


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = invoke("events", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2
    assert "none.duckdb" in err


def test_dask_engine_gives_the_local_events_and_stores_them(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    local = invoke("code", str(EXAMPLES), "--format", "jsonl", "--no-store")
    dask = invoke("code", str(EXAMPLES), "--format", "jsonl", "--engine", "dask",
                  "--parquet-dir", str(tmp_path / "parts"), "--db", str(db))
    assert local[0] == dask[0] == 0
    ids = lambda out: sorted(json.loads(line)["event_id"] for line in out.splitlines())  # noqa: E731
    assert ids(dask[1]) == ids(local[1]) != []
    assert count_events(db) == len(ids(local[1]))
