"""Store.write and opening a store: round trips, idempotence, transactions, errors."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from detente.errors import StoreError
from detente.model import CodedArticle, Event
from detente.store import Store, WriteCounts
from detente.store.store import TABLES


def by_id(events: list[Event]) -> dict[str, dict[str, object]]:
    return {event.event_id: event.to_dict() for event in events}


def test_write_then_read_back_gives_the_same_events(
    store: Store, sample_batch: list[CodedArticle], sample_events: list[Event]
) -> None:
    store.write(sample_batch)
    assert by_id(store.events()) == by_id(sample_events)


def test_write_counts_what_is_new(store: Store, sample_batch: list[CodedArticle]) -> None:
    counts = store.write(sample_batch)
    assert counts == WriteCounts(articles_new=5, events_new=7, events_total_seen=7)


def test_rewriting_the_same_batch_adds_nothing(
    store: Store, sample_batch: list[CodedArticle]
) -> None:
    store.write(sample_batch)
    again = store.write(sample_batch)
    assert again == WriteCounts(articles_new=0, events_new=0, events_total_seen=7)
    stats = store.stats()
    assert (stats.articles, stats.sentences, stats.events) == (5, 8, 7)


def test_a_batch_repeating_itself_stores_each_event_once(
    store: Store, sample_batch: list[CodedArticle]
) -> None:
    counts = store.write(sample_batch + sample_batch)
    assert counts == WriteCounts(articles_new=5, events_new=7, events_total_seen=14)


def test_a_partly_stored_batch_adds_only_the_new_part(
    store: Store, sample_batch: list[CodedArticle]
) -> None:
    store.write(sample_batch[:2])
    counts = store.write(sample_batch)
    assert counts == WriteCounts(articles_new=3, events_new=4, events_total_seen=7)


def test_an_empty_batch_writes_nothing(store: Store) -> None:
    assert store.write([]) == WriteCounts(0, 0, 0)


def test_events_outlive_closing_a_file_store(
    tmp_path: Path, sample_batch: list[CodedArticle], sample_events: list[Event]
) -> None:
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write(sample_batch)
    with Store(path, read_only=True) as reopened:
        assert by_id(reopened.events()) == by_id(sample_events)
    with Store(str(path)) as writable:
        assert writable.write(sample_batch).events_new == 0


def failing_after_first(batch: list[CodedArticle]) -> Iterator[CodedArticle]:
    yield batch[0]
    raise RuntimeError("the coder crashed")


def test_a_producer_failing_mid_batch_keeps_earlier_batches(
    tmp_path: Path, sample_batch: list[CodedArticle]
) -> None:
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write(sample_batch[:2])
        with pytest.raises(RuntimeError, match="coder crashed"):
            store.write(failing_after_first(sample_batch[2:]))
        assert store.write(sample_batch[4:]).articles_new == 1  # still usable
    with Store(path, read_only=True) as reopened:
        stored = {event.article_id for event in reopened.events()}
    assert stored == {"a-putin-turkey", "a-un-sanctions", "a-undated"}


def test_a_failing_insert_rolls_the_whole_batch_back(
    store: Store, sample_batch: list[CodedArticle], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write(sample_batch[:1])
    insert = Store._insert

    def fail_on_events(self: Store, view: str, statement: str, table: pa.Table) -> int:
        if view == "batch_events":
            raise duckdb.IOException("disk full")
        return insert(self, view, statement, table)

    monkeypatch.setattr(Store, "_insert", fail_on_events)
    with pytest.raises(StoreError, match="disk full"):
        store.write(sample_batch[1:])
    monkeypatch.undo()
    stats = store.stats()
    assert (stats.articles, stats.sentences, stats.events) == (1, 2, 2)


def test_a_file_that_is_not_a_database_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.duckdb"
    path.write_bytes(b"\x00\xffnot a database\x13" * 300)
    with pytest.raises(StoreError, match="garbage.duckdb"):
        Store(path)


def test_a_database_without_the_tables_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not a detente event store"):
        Store(path, read_only=True)


def test_a_missing_file_cannot_be_opened_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="missing.duckdb"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_a_database_another_process_holds_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "held.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
            " sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="held.duckdb") as raised:
            Store(path)
        assert "lock" in str(raised.value)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_writing_a_read_only_store_raises_store_error(
    tmp_path: Path, sample_batch: list[CodedArticle]
) -> None:
    path = tmp_path / "events.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(StoreError, match="write"):
        store.write(sample_batch)


def test_a_closed_store_raises_store_error(sample_batch: list[CodedArticle]) -> None:
    store = Store(":memory:")
    store.close()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError):
        store.write(sample_batch)
    with pytest.raises(StoreError):
        store.events()


EVENT_COLUMNS = [
    "event_id", "article_id", "sentence_index", "source_code", "source_country",
    "target_code", "target_country", "cameo", "cameo_root", "quad_class", "goldstein",
    "status", "date", "date_precision", "article_date", "day", "plover_event", "record",
]  # fmt: skip


def test_the_schema_creates_every_table_and_column(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    Store(path).close()
    with duckdb.connect(str(path), read_only=True) as con:
        tables = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
        columns = [row[0] for row in con.execute("DESCRIBE events").fetchall()]
    assert tables == set(TABLES)
    assert columns == EVENT_COLUMNS
