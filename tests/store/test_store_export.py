"""Exports: JSON Lines keeps the contract, CSV flattens, Parquet round-trips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import detente.store
from detente.errors import InputError
from detente.model import CONTRACT_FIELDS, Event
from detente.store import (
    CSV_COLUMNS,
    EXPORTERS,
    PARQUET_SCHEMA,
    read_parquet,
    write_csv,
    write_jsonl,
    write_parquet,
)


def dicts(events: list[Event]) -> list[dict[str, object]]:
    return [event.to_dict() for event in events]


def test_jsonl_writes_every_contract_field(sample_events: list[Event]) -> None:
    out = io.StringIO()
    assert write_jsonl(sample_events, out) == len(sample_events)
    lines = out.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert records == dicts(sample_events)
    for record in records:
        assert set(CONTRACT_FIELDS) <= record.keys()


def test_jsonl_keeps_non_ascii_text(sample_events: list[Event]) -> None:
    out = io.StringIO()
    write_jsonl(sample_events[:1], out)
    assert "Erdoğan" in out.getvalue()


def test_csv_has_the_header_and_one_flat_row_per_event(sample_events: list[Event]) -> None:
    out = io.StringIO(newline="")
    assert write_csv(sample_events, out) == len(sample_events)
    out.seek(0)
    reader = csv.DictReader(out)
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    rows = {row["event_id"]: row for row in reader}
    assert len(rows) == len(sample_events)
    visit = rows["e-putin-visit"]
    assert visit["source_code"] == "RUSGOV"
    assert visit["source_name"] == "Vladimir Putin"
    assert visit["target_name"] == "Recep Tayyip Erdoğan"
    assert visit["location_name"] == "Sochi"
    assert (visit["lat"], visit["lon"]) == ("43.6", "39.73")
    assert visit["plover_event"] == "AGREE"
    assert visit["date"] == "2024-02"
    assert visit["confidence"] == "0.82"
    assert visit["sentence"].startswith("Russian President")


def test_csv_leaves_missing_parts_empty(sample_events: list[Event]) -> None:
    out = io.StringIO(newline="")
    write_csv([e for e in sample_events if e.event_id == "e-ukr-appeal"], out)
    out.seek(0)
    (row,) = csv.DictReader(out)
    assert row["target_code"] == row["location_name"] == row["date_text"] == ""
    assert row["date"] == "2023-09"


def test_parquet_round_trip_keeps_every_field(tmp_path: Path, sample_events: list[Event]) -> None:
    path = tmp_path / "events.parquet"
    assert write_parquet(sample_events, path) == len(sample_events)
    assert dicts(list(read_parquet(path))) == dicts(sample_events)


def test_parquet_schema_has_the_shape_of_the_contract(sample_events: list[Event]) -> None:
    assert PARQUET_SCHEMA.names == list(sample_events[0].to_dict())
    for name in ("source", "target", "location", "plover", "coder"):
        assert pa.types.is_struct(PARQUET_SCHEMA.field(name).type)


def test_parquet_file_holds_the_schema_and_nested_values(
    tmp_path: Path, sample_events: list[Event]
) -> None:
    path = tmp_path / "events.parquet"
    write_parquet(sample_events, path)
    table = pq.read_table(path)
    assert table.schema.equals(PARQUET_SCHEMA)
    first = table.slice(0, 1).to_pylist()[0]
    assert first["source"]["code"] == "RUSGOV"
    assert first["location"]["geonameid"] == 491422


def test_parquet_of_no_events_is_a_readable_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert list(read_parquet(path)) == []


def test_reading_a_file_that_is_not_parquet_raises_input_error(tmp_path: Path) -> None:
    path = tmp_path / "not.parquet"
    path.write_text("hello")
    with pytest.raises(InputError, match="not.parquet"):
        read_parquet(path)


def test_exporters_are_named_by_format() -> None:
    assert sorted(EXPORTERS) == ["csv", "jsonl", "parquet"]
    for name, exporter in EXPORTERS.items():
        assert exporter.name == name
        assert exporter.suffix == "." + name
    assert EXPORTERS["parquet"].to_stream is None


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_exporter_writes_a_file(
    tmp_path: Path, sample_events: list[Event], name: str
) -> None:
    exporter = EXPORTERS[name]
    path = tmp_path / f"events{exporter.suffix}"
    assert exporter.to_path(iter(sample_events), path) == len(sample_events)
    assert path.stat().st_size > 0


def test_the_jsonl_file_exporter_writes_the_stream_format(
    tmp_path: Path, sample_events: list[Event]
) -> None:
    path = tmp_path / "events.jsonl"
    EXPORTERS["jsonl"].to_path(sample_events, path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records == dicts(sample_events)


def test_public_names_are_one_sorted_list() -> None:
    assert detente.store.__all__ == sorted(detente.store.__all__)
    for name in detente.store.__all__:
        assert hasattr(detente.store, name)
