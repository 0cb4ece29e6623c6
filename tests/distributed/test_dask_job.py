"""The Dask engine codes exactly what a local run codes (loads the model)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import LocalCluster

from detente.coding.dictionaries import load_dictionaries
from detente.distributed import code_with_dask
from detente.errors import ConfigError
from detente.ingest import read_articles
from detente.model import Event
from detente.pipeline import code_articles, make_coder
from detente.store import Store, read_parquet

pytestmark = pytest.mark.model

ARTICLES = [
    {"id": "d-1", "date": "2025-03-10", "text": "Turkish President Recep Tayyip Erdogan met "
     "Russian President Vladimir Putin in Ankara. The two leaders discussed grain exports."},
    {"id": "d-2", "date": "2025-03-11", "text": "Russia accused Ukraine of attacking a tanker "
     "near Odessa. Turkey urged both sides to resume talks."},
    {"id": "d-3", "date": "2025-03-12", "text": "Pakistan condemned the shelling and summoned "
     "the Indian ambassador. Rain fell in the capital."},
    {"id": "d-4", "date": "2025-03-13", "text": "Gondorian soldiers struck Minas Tirith. "
     "King Elendil of Arnor met the foreign minister of Gondor."},
]  # fmt: skip


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One in-process worker: the model loads once, for the local run and the cluster."""
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def events_by_id(events: Iterable[Event]) -> list[dict[str, Any]]:
    return sorted((e.to_dict() for e in events), key=lambda d: str(d["event_id"]))


def parquet_events(files: tuple[str, ...]) -> list[dict[str, Any]]:
    return events_by_id([e for f in files for e in read_parquet(f)])


def test_dask_codes_the_same_events_as_a_local_run(
    news: Path, tmp_path: Path, scheduler: str
) -> None:
    local = [e for c in code_articles(read_articles([news]), make_coder()) for e in c.events]
    report = code_with_dask(
        [news], out_dir=tmp_path / "out", scheduler=scheduler, partition_size=2
    )
    assert (report.partitions, report.articles, report.problems) == (2, 4, 0)
    assert [Path(f).name for f in report.files] == ["part-00000.parquet", "part-00001.parquet"]
    assert report.events == len(local) > 0
    assert parquet_events(report.files) == events_by_id(local)
    with Store(":memory:") as store:
        assert store.load_parquet(report.parquet_glob).events_new == len(local)
        assert events_by_id(store.events()) == events_by_id(local)


def test_loaded_dictionaries_are_shipped_to_the_workers(
    news: Path, tmp_path: Path, scheduler: str, tiny_dicts: Path
) -> None:
    tiny = load_dictionaries(tiny_dicts)
    local = [e for c in code_articles(read_articles([news]), make_coder(tiny)) for e in c.events]
    report = code_with_dask(
        [news], out_dir=tmp_path / "out", scheduler=scheduler, dictionaries=tiny,
        partition_size=3,
    )
    assert report.partitions == 2
    assert local  # the invented countries of the tiny dictionaries code in article d-4
    assert parquet_events(report.files) == events_by_id(local)
    assert {e["coder"]["dictionaries"] for e in parquet_events(report.files)} == {tiny.digest}


def test_an_out_dir_holding_parts_is_refused(news: Path, tmp_path: Path) -> None:
    (tmp_path / "part-00000.parquet").write_bytes(b"")
    with pytest.raises(ConfigError, match="already holds"):
        code_with_dask([news], out_dir=tmp_path, scheduler="tcp://127.0.0.1:1")
