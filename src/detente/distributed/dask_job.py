"""Coding on a Dask cluster: the library's ``code_articles`` on partitions of articles.

The client reads the inputs (so the error policy sees every input problem in one place)
and hands out partitions of ``partition_size`` articles, a few per worker at a time, so
that neither side holds more than a few partitions. Each task codes its partition with
``code_articles``, the same function a local run calls, and writes the events to one
Parquet file with ``write_parquet`` (the event contract). The caller loads the files::

    report = code_with_dask(["news/"], out_dir="out", scheduler="tcp://10.0.0.5:8786")
    with Store("events.duckdb") as store:
        store.load_parquet(report.parquet_glob)

``out_dir`` must be a folder every worker can write to: a shared file system on a cluster.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, Future, LocalCluster, as_completed

from detente.coding.coder import Coder
from detente.coding.dictionaries import Dictionaries
from detente.errors import ConfigError, ErrorPolicy
from detente.ingest import read_articles
from detente.model import Article
from detente.pipeline import code_articles, make_coder
from detente.settings import Settings
from detente.store import write_parquet

# Articles a task codes: minutes of parsing, so a task's overhead (milliseconds) vanishes,
# while a failed task has little to redo and a partition's texts stay a few megabytes.
DEFAULT_PARTITION_SIZE = 500
# Partitions queued per worker thread: one running, one waiting, so no worker idles
# while the client reads the next, and the client holds few partitions in memory.
PARTITIONS_PER_THREAD = 2
# The local cluster when no scheduler is given: one process per core, one thread each,
# because parsing holds the GIL and spaCy's own processes cannot start inside a worker.
LOCAL_WORKERS = 2
PART_GLOB = "part-*.parquet"


@dataclass(frozen=True, slots=True)
class PartitionResult:
    index: int
    path: str
    articles: int
    events: int


@dataclass(frozen=True, slots=True)
class DaskReport:
    out_dir: str
    partitions: int
    articles: int
    events: int
    problems: int  # input problems the error policy recorded while the client read
    files: tuple[str, ...]

    @property
    def parquet_glob(self) -> str:
        """What ``Store.load_parquet`` and DuckDB's ``read_parquet`` take."""
        return str(Path(self.out_dir) / PART_GLOB)


@dataclass(frozen=True)
class _Shipped:
    """Dictionaries sent to the workers once, known by their digest so that a worker
    builds one coder for them however many partitions it codes."""

    digest: str
    dictionaries: Dictionaries = field(compare=False, repr=False)


DictionaryChoice = str | _Shipped | None


def code_with_dask(
    inputs: Iterable[str | Path],
    *,
    out_dir: str | Path,
    scheduler: str | None = None,
    dictionaries: str | Path | Dictionaries | None = None,
    settings: Settings | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    date: dt.date | None = None,
    policy: ErrorPolicy | None = None,
) -> DaskReport:
    """Code ``inputs`` on the cluster at ``scheduler`` (None: a local one), one Parquet
    file a partition in ``out_dir``; ``date`` and ``policy`` as for ``read_articles``."""
    if partition_size < 1:
        raise ConfigError(f"partition_size must be at least 1, not {partition_size}")
    out = _empty_out_dir(Path(out_dir))
    policy = policy if policy is not None else ErrorPolicy()
    # spaCy cannot start processes inside a Dask worker: the cluster is the parallelism.
    settings = (settings or Settings()).replace(n_process=1)
    articles = read_articles(inputs, date=date, policy=policy)
    with _connected(scheduler) as client:
        choice = _ship(client, dictionaries)
        results = _run(client, _partitions(articles, partition_size), out, choice, settings)
    return DaskReport(
        out_dir=str(out),
        partitions=len(results),
        articles=sum(r.articles for r in results),
        events=sum(r.events for r in results),
        problems=len(policy.problems),
        files=tuple(r.path for r in results),
    )


def _empty_out_dir(out: Path) -> Path:
    """The folder, created; parts of an earlier run would mix with this run's."""
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob(PART_GLOB)):
        raise ConfigError(f"{out} already holds {PART_GLOB} files: choose an empty folder")
    return out


@contextmanager
def _connected(scheduler: str | None) -> Iterator[Client]:
    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(
        n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        yield client


def _ship(
    client: Client, dictionaries: str | Path | Dictionaries | None
) -> DictionaryChoice | Future[_Shipped]:
    """A folder's path goes as it is (each worker reads it); loaded dictionaries go once
    to every worker, rather than with every task (a task gets them from the Future)."""
    if isinstance(dictionaries, Dictionaries):
        shipped = _Shipped(dictionaries.digest, dictionaries)
        future: Future[_Shipped] = client.scatter(shipped, broadcast=True, hash=False)
        return future
    return str(dictionaries) if dictionaries is not None else None


def _partitions(articles: Iterable[Article], size: int) -> Iterator[tuple[int, list[Article]]]:
    iterator = iter(articles)
    for index in itertools.count():
        partition = list(itertools.islice(iterator, size))
        if not partition:
            return
        yield index, partition


def _run(
    client: Client,
    partitions: Iterator[tuple[int, list[Article]]],
    out: Path,
    choice: DictionaryChoice | Future[_Shipped],
    settings: Settings,
) -> list[PartitionResult]:
    """Submit partitions as earlier ones finish; a failed task raises here."""
    limit = PARTITIONS_PER_THREAD * max(1, sum(client.nthreads().values()))
    running = as_completed()
    results: list[PartitionResult] = []
    for index, articles in partitions:
        if running.count() >= limit:
            results.append(next(running).result())
        task = client.submit(
            code_partition, index, articles, str(out), choice, settings, pure=False
        )
        running.add(task)
    results.extend(future.result() for future in running)
    return sorted(results, key=lambda r: r.index)


def code_partition(
    index: int,
    articles: list[Article],
    out_dir: str,
    dictionaries: DictionaryChoice,
    settings: Settings,
) -> PartitionResult:
    """One task: code the articles, write their events to ``part-<index>.parquet``.

    Written beside the final name and then renamed, so that a task killed half way (and
    retried elsewhere) leaves no half file for ``load_parquet`` to trip on.
    """
    coder = _worker_coder(dictionaries, settings)
    events = [event for coded in code_articles(articles, coder) for event in coded.events]
    path = str(Path(out_dir) / f"part-{index:05d}.parquet")
    partial = path + ".partial"
    write_parquet(events, partial)
    os.replace(partial, path)
    return PartitionResult(index, path, len(articles), len(events))


def _worker_coder(dictionaries: DictionaryChoice, settings: Settings) -> Coder:
    if isinstance(dictionaries, _Shipped):
        return _shipped_coder(dictionaries, settings)
    return make_coder(dictionaries, settings)  # cached per process by the pipeline


@functools.cache
def _shipped_coder(shipped: _Shipped, settings: Settings) -> Coder:
    return make_coder(shipped.dictionaries, settings)
