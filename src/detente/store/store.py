"""The DuckDB event store: coded articles in, events and counts out.

One ``Store`` holds one DuckDB connection. ``write`` is an idempotent upsert keyed on
content-hash ids, one transaction per call, so a run interrupted between batches keeps
every batch it finished and can simply be run again.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from detente.batches import batched
from detente.errors import InputError, StoreError
from detente.model import CodedArticle, Event, event_from_dict
from detente.store.export import PARQUET_ROW_GROUP_SIZE, read_parquet
from detente.store.query import EventQuery
from detente.store.tables import EVENTS_SCHEMA, BatchTables, _event_row

DEFAULT_PATH = "detente.duckdb"
DEFAULT_TOP_DYADS = 10
TABLES = ("articles", "sentences", "events")

# (Arrow view name, INSERT reading it). ON CONFLICT DO NOTHING keeps what is stored,
# and DuckDB reports only the rows actually inserted, which WriteCounts relies on.
_INSERT_ARTICLES = (
    "batch_articles",
    "INSERT INTO articles BY NAME SELECT * FROM batch_articles ON CONFLICT DO NOTHING",
)
_INSERT_SENTENCES = (
    "batch_sentences",
    "INSERT INTO sentences BY NAME SELECT * FROM batch_sentences ON CONFLICT DO NOTHING",
)
_INSERT_EVENTS = (
    "batch_events",
    "INSERT INTO events BY NAME SELECT * FROM batch_events ON CONFLICT DO NOTHING",
)

_COUNT_TABLES = """SELECT
    (SELECT count(*) FROM articles),
    (SELECT count(*) FROM sentences),
    (SELECT count(*) FROM events)"""
_COUNT_DYADS = """SELECT source_code, target_code, count(*) AS n FROM events
    WHERE source_code IS NOT NULL AND target_code IS NOT NULL
    GROUP BY source_code, target_code
    ORDER BY n DESC, source_code, target_code
    LIMIT ?"""
_COUNT_ROOTS = "SELECT cameo_root, count(*) FROM events GROUP BY cameo_root ORDER BY cameo_root"
_COUNT_MONTHS = """SELECT strftime(day, '%Y-%m') AS month, count(*) FROM events
    WHERE day IS NOT NULL GROUP BY month ORDER BY month"""
_TABLES_PRESENT = """SELECT count(*) FROM information_schema.tables
    WHERE table_schema = 'main' AND table_name IN (?, ?, ?)"""


@dataclass(frozen=True, slots=True)
class WriteCounts:
    articles_new: int
    events_new: int
    events_total_seen: int  # events in the batch, stored before or not


@dataclass(frozen=True, slots=True)
class DyadCount:
    source_code: str
    target_code: str
    count: int


@dataclass(frozen=True, slots=True)
class RootCount:
    root: str  # two-digit CAMEO root, "01" to "20"
    count: int


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str  # YYYY-MM of the event's day (see detente.store.days)
    count: int


@dataclass(frozen=True, slots=True)
class Stats:
    """What the store holds. Dyads need both sides; undated events have no month."""

    articles: int
    sentences: int
    events: int
    dyads: tuple[DyadCount, ...]  # most frequent first
    roots: tuple[RootCount, ...]
    months: tuple[MonthCount, ...]


class Store:
    """A DuckDB file (or ``":memory:"``) of articles, sentences and events.

    DuckDB lets one process hold a file for writing at a time: opening a file another
    process holds, or a file that is not a DuckDB database, raises ``StoreError``.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._con = _connect(self.path, read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, read_only={self.read_only})"

    def close(self) -> None:
        self._con.close()  # DuckDB allows closing twice

    def write(self, batch: Iterable[CodedArticle]) -> WriteCounts:
        """Store a batch in one transaction; what is already stored is left as it is."""
        # Drain the batch before the transaction opens: a producer that fails half way
        # then leaves nothing of this batch behind, and the store untouched.
        tables = BatchTables.from_coded(list(batch), coded_at=dt.datetime.now(dt.UTC))
        with self._errors("write a batch"), self._transaction():
            articles_new = self._insert(*_INSERT_ARTICLES, tables.articles)
            self._insert(*_INSERT_SENTENCES, tables.sentences)
            events_new = self._insert(*_INSERT_EVENTS, tables.events)
        return WriteCounts(
            articles_new=articles_new,
            events_new=events_new,
            events_total_seen=tables.events_seen,
        )

    def load_parquet(self, path: str | Path) -> WriteCounts:
        """Add the events of ``write_parquet`` files: one path, or a glob naming several
        (``"out/*.parquet"``, the distributed engine's output). One transaction per row
        group, so memory holds one row group; what is already stored stays as it is.

        Only events: the files carry the event contract, not the articles' texts.
        """
        files = _parquet_files(path)
        seen = events_new = 0
        for file in files:
            for chunk in batched(read_parquet(file), PARQUET_ROW_GROUP_SIZE):
                rows = [_event_row(event, None) for event in chunk]
                table = pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA)
                with self._errors(f"load {file}"), self._transaction():
                    events_new += self._insert(*_INSERT_EVENTS, table)
                seen += len(chunk)
        return WriteCounts(articles_new=0, events_new=events_new, events_total_seen=seen)

    def events(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Stored events matching every filter given, by day then event id.

        ``actor``: a code prefix ("RUS" matches RUSGOV) on either side, or a
        case-insensitive part of either actor's name or text. ``country``: ISO3 on either
        side. ``code``: a CAMEO prefix ("04" matches 042). ``since``/``until``: YYYY,
        YYYY-MM or YYYY-MM-DD, inclusive; a partial event date counts as its first day
        and an undated event as its article's date (``detente.store.days``).
        """
        query = EventQuery(actor, country, code, since, until, limit)
        statement, params = query.sql()
        with self._errors("read events"):
            rows = self._con.execute(statement, params).fetchall()
        return [event_from_dict(json.loads(record)) for (record,) in rows]

    def stats(self, *, top_dyads: int = DEFAULT_TOP_DYADS) -> Stats:
        with self._errors("count events"):
            articles, sentences, events = self._fetch(_COUNT_TABLES)[0]
            dyads = tuple(DyadCount(*row) for row in self._fetch(_COUNT_DYADS, [top_dyads]))
            roots = tuple(RootCount(*row) for row in self._fetch(_COUNT_ROOTS))
            months = tuple(MonthCount(*row) for row in self._fetch(_COUNT_MONTHS))
        return Stats(articles, sentences, events, dyads, roots, months)

    def _fetch(self, statement: str, params: list[object] | None = None) -> list[Any]:
        return self._con.execute(statement, params).fetchall()

    def _insert(self, view: str, statement: str, table: pa.Table) -> int:
        if table.num_rows == 0:
            return 0
        self._con.register(view, table)
        try:
            row = self._con.execute(statement).fetchone()
        finally:
            self._con.unregister(view)
        return int(row[0]) if row else 0

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.begin()
        try:
            yield
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot {doing}: {exc}") from exc


def _parquet_files(path: str | Path) -> list[str]:
    text = str(path)
    if Path(text).is_file():
        return [text]
    files = sorted(glob.glob(text))
    if not files:
        raise InputError(text, "no Parquet file matches")
    return files


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the event store {path}: {exc}") from exc
    try:
        _prepare(con, path, read_only)
    except BaseException:
        con.close()
        raise
    return con


def _prepare(con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
    try:
        if not read_only:
            con.execute(_schema_sql())
        row = con.execute(_TABLES_PRESENT, list(TABLES)).fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"cannot prepare the event store {path}: {exc}") from exc
    if row is None or row[0] != len(TABLES):
        raise StoreError(f"{path} is a DuckDB database but not a detente event store")


def _schema_sql() -> str:
    return resources.files("detente.store").joinpath("schema.sql").read_text(encoding="utf-8")
