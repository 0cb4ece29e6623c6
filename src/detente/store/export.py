"""Writers for a stream of events: JSON Lines (the contract), CSV (flat), Parquet (nested).

Every writer consumes its events lazily and returns how many it wrote. ``EXPORTERS``
names them for the CLI and the service: each can write a file, the text formats also a
stream such as stdout.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from detente.batches import batched
from detente.errors import InputError
from detente.model import Actor, Event, Location, event_from_dict

PARQUET_ROW_GROUP_SIZE = 10_000  # events held in memory per Parquet row group

CSV_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "sentence_index",
    "source_code",
    "source_country",
    "source_name",
    "source_text",
    "target_code",
    "target_country",
    "target_name",
    "target_text",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "status",
    "date",
    "date_precision",
    "date_text",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "plover_event",
    "confidence",
    "sentence",
)

_SPAN = pa.list_(pa.int32())
_ACTOR = pa.struct(
    [
        ("code", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("name", pa.string()),
        ("text", pa.string()),
        ("span", _SPAN),
    ]
)

# Field for field the shape of Event.to_dict(): the contract, then detente's extras.
PARQUET_SCHEMA = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("source", _ACTOR),
        pa.field("target", _ACTOR),
        pa.field("cameo", pa.string(), nullable=False),
        pa.field("cameo_root", pa.string(), nullable=False),
        pa.field("quad_class", pa.int8()),
        pa.field("goldstein", pa.float64()),
        pa.field(
            "plover",
            pa.struct(
                [("event", pa.string()), ("mode", pa.string()), ("context", pa.list_(pa.string()))]
            ),
        ),
        pa.field("status", pa.string(), nullable=False),
        pa.field("date", pa.string()),
        pa.field("date_precision", pa.string(), nullable=False),
        pa.field("date_text", pa.string()),
        pa.field(
            "location",
            pa.struct(
                [
                    ("name", pa.string()),
                    ("country", pa.string()),
                    ("lat", pa.float64()),
                    ("lon", pa.float64()),
                    ("geonameid", pa.int64()),
                ]
            ),
        ),
        pa.field("confidence", pa.float64()),
        pa.field(
            "coder",
            pa.struct([("version", pa.string()), ("dictionaries", pa.string())]),
            nullable=False,
        ),
        pa.field("verb", pa.struct([("text", pa.string()), ("span", _SPAN)])),
        pa.field("pattern", pa.string()),
        pa.field("issues", pa.list_(pa.string())),
        pa.field("article_date", pa.date32()),  # a real date column, not the JSON string
        pa.field("evidence", pa.list_(pa.int32())),
    ]
)

TextWriter = Callable[[Iterable[Event], TextIO], int]
PathWriter = Callable[[Iterable[Event], Path], int]


def write_jsonl(events: Iterable[Event], fh: TextIO) -> int:
    """One ``Event.to_dict()`` a line: exactly the contract, plus detente's extras."""
    count = 0
    for event in events:
        fh.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], fh: TextIO) -> int:
    """One flat row an event under a ``CSV_COLUMNS`` header; empty cells for null.

    Open a file for it with ``newline=""``, as the csv module asks.
    """
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event in events:
        writer.writerow(_csv_row(event))
        count += 1
    return count


def _csv_row(event: Event) -> list[object]:
    return [
        event.event_id,
        event.article_id,
        event.sentence_index,
        *_actor_cells(event.source),
        *_actor_cells(event.target),
        event.cameo,
        event.cameo_root,
        event.quad_class,
        event.goldstein,
        event.status,
        event.date,
        event.date_precision,
        event.date_text,
        *_location_cells(event.location),
        event.plover.event if event.plover else None,
        event.confidence,
        event.sentence,
    ]


def _actor_cells(actor: Actor | None) -> tuple[object, ...]:
    if actor is None:
        return (None, None, None, None)
    return (actor.code, actor.country, actor.name, actor.text)


def _location_cells(location: Location | None) -> tuple[object, ...]:
    if location is None:
        return (None, None, None, None)
    return (location.name, location.country, location.lat, location.lon)


def write_parquet(events: Iterable[Event], path: str | Path) -> int:
    """Events as nested Parquet (``PARQUET_SCHEMA``), one row group per chunk of events."""
    count = 0
    with pq.ParquetWriter(str(path), PARQUET_SCHEMA) as writer:
        for chunk in batched(events, PARQUET_ROW_GROUP_SIZE):
            rows = [_parquet_row(event) for event in chunk]
            writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
            count += len(chunk)
    return count


def read_parquet(path: str | Path) -> Iterator[Event]:
    """The events of a file ``write_parquet`` wrote, one row group in memory at a time."""
    try:
        parquet = pq.ParquetFile(str(path))
    except (OSError, pa.ArrowException) as exc:
        raise InputError(str(path), f"not a readable Parquet file: {exc}") from exc
    return _read_events(parquet)


def _read_events(parquet: pq.ParquetFile) -> Iterator[Event]:
    for batch in parquet.iter_batches():
        for row in batch.to_pylist():
            yield event_from_dict(_from_parquet_row(row))


def _parquet_row(event: Event) -> dict[str, Any]:
    row = event.to_dict()
    row["article_date"] = event.article_date
    return row


def _from_parquet_row(row: dict[str, Any]) -> dict[str, Any]:
    article_date = row.get("article_date")
    if isinstance(article_date, dt.date):
        row["article_date"] = article_date.isoformat()
    return row




def _text_to_path(write: TextWriter) -> PathWriter:
    def to_path(events: Iterable[Event], path: Path) -> int:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            return write(events, fh)

    return to_path


@dataclass(frozen=True, slots=True)
class Exporter:
    """One export format. ``to_stream`` is None for binary formats, which need a path."""

    name: str
    suffix: str
    to_path: PathWriter
    to_stream: TextWriter | None = None


EXPORTERS: dict[str, Exporter] = {
    "csv": Exporter("csv", ".csv", _text_to_path(write_csv), write_csv),
    "jsonl": Exporter("jsonl", ".jsonl", _text_to_path(write_jsonl), write_jsonl),
    "parquet": Exporter("parquet", ".parquet", write_parquet),
}
