"""Storage and export: the DuckDB event store and the event file formats.

A run writes one batch of coded articles per call; a reader filters and exports::

    with Store("events.duckdb") as store:
        store.write(coded_articles)
        russia = store.events(actor="RUS", since="2024-01")
    with open("russia.jsonl", "w", encoding="utf-8") as fh:
        write_jsonl(russia, fh)
"""

from detente.store.export import (
    CSV_COLUMNS,
    EXPORTERS,
    PARQUET_SCHEMA,
    Exporter,
    read_parquet,
    write_csv,
    write_jsonl,
    write_parquet,
)
from detente.store.store import DyadCount, MonthCount, RootCount, Stats, Store, WriteCounts

__all__ = [
    "CSV_COLUMNS",
    "DyadCount",
    "EXPORTERS",
    "Exporter",
    "MonthCount",
    "PARQUET_SCHEMA",
    "RootCount",
    "Stats",
    "Store",
    "WriteCounts",
    "read_parquet",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
