"""The ``detente`` command: parse options, make one library call, format the output."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from .coding.lookup import lookup
from .distributed import code_with_dask
from .errors import DetenteError, ErrorPolicy, InputError
from .knowledge import bundled_knowledge, refresh_from_wikidata
from .model import CodedArticle, Event
from .output import events_table, stats_tables, suite_table
from .pipeline import make_coder, run
from .settings import Settings
from .store import EXPORTERS, Store, read_parquet
from .validation import failures, run_suite

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="News to political event data (CAMEO, PLOVER), stored in DuckDB.")
# a pipe or file gets wide tables: 80 columns would fold every actor name
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

FORMATS = ("table", "jsonl", "csv", "parquet")
DEFAULT_DB = "detente.duckdb"
EXIT_SKIPPED = 1  # something in the input was skipped; everything else was coded
EXIT_ERROR = 2


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from e


def _check_format(fmt: str, output: Path | None) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"format must be one of {', '.join(FORMATS)}")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("--format parquet needs --output FILE")


def _emit(events: list[Event], fmt: str, output: Path | None, title: str | None = None) -> None:
    if fmt == "table":
        if output is None:
            out.print(events_table(events, title))
        else:
            with output.open("w", encoding="utf-8") as fh:
                Console(file=fh, width=200).print(events_table(events, title))
        return
    exporter = EXPORTERS[fmt]
    if output is not None:
        exporter.to_path(events, output)
    elif exporter.to_stream is not None:
        exporter.to_stream(events, sys.stdout)


def _progress(coded: Iterator[CodedArticle]) -> Iterator[CodedArticle]:
    """A live count on stderr for long inputs; silent when stderr is not a terminal."""
    columns = (SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(),
               TextColumn("articles"))
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("coding", total=None)
        for item in coded:
            bar.advance(task)
            yield item


@contextmanager
def _errors(*also: type[Exception]) -> Iterator[None]:
    """The one place an error becomes a message on stderr and exit status 2."""
    caught: tuple[type[Exception], ...] = (DetenteError, *also)
    try:
        yield
    except caught as e:
        err.print(f"[red]error[/] {e}", highlight=False)
        raise typer.Exit(EXIT_ERROR) from e


def _report(problem: InputError) -> None:
    err.print(f"[yellow]skipped[/] {problem}", highlight=False, soft_wrap=True)


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help="files, folders, globs, or - for stdin")],
    date: Annotated[str | None, typer.Option(help="publication date where the input has none (YYYY-MM-DD)")] = None,  # noqa: E501
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl, csv or parquet")] = "table",
    output: Annotated[Path | None, typer.Option(help="write events here, not stdout")] = None,
    db: Annotated[Path, typer.Option(help="DuckDB file the events are stored in")] = Path(DEFAULT_DB),  # noqa: E501
    no_store: Annotated[bool, typer.Option("--no-store", help="do not store anything")] = False,
    dictionaries: Annotated[Path | None, typer.Option(help="a directory of PETRARCH-format dictionaries")] = None,  # noqa: E501
    n_process: Annotated[int | None, typer.Option(help="processes that parse and code (2 for both cores)")] = None,  # noqa: E501
    engine: Annotated[str, typer.Option(help="local, or dask for a Dask cluster")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster)")] = None,  # noqa: E501
    parquet_dir: Annotated[Path | None, typer.Option(help="where the dask engine writes its Parquet parts (an empty folder)")] = None,  # noqa: E501
) -> None:
    """Code articles into events, store them, and print them."""
    _check_format(fmt, output)
    policy = ErrorPolicy(notify=_report)
    settings = Settings().replace(n_process=n_process)
    if engine not in ("local", "dask"):
        raise typer.BadParameter("engine must be local or dask")
    if engine == "dask":
        _code_on_dask(inputs, _date(date), policy, settings, dictionaries, scheduler,
                      parquet_dir, None if no_store else db, fmt, output)
        return
    with _errors():
        coder = make_coder(dictionaries, settings)
        store = None if no_store else Store(db)
        try:
            coded = list(_progress(run(inputs, coder=coder, store=store, date=_date(date),
                                       policy=policy)))
        finally:
            if store is not None:
                store.close()
    events = [e for c in coded for e in c.events]
    _emit(events, fmt, output, title=f"{len(events)} events from {len(coded)} articles")
    if policy.problems:
        err.print(f"{len(policy.problems)} input(s) skipped; the rest was coded")
        raise typer.Exit(EXIT_SKIPPED)


def _code_on_dask(
    inputs: list[str], date: dt.date | None, policy: ErrorPolicy, settings: Settings,
    dictionaries: Path | None, scheduler: str | None, parquet_dir: Path | None,
    db: Path | None, fmt: str, output: Path | None,
) -> None:
    out_dir = parquet_dir or Path(f"detente-parts-{dt.datetime.now():%Y%m%d-%H%M%S}")
    with _errors():
        report = code_with_dask(inputs, out_dir=out_dir, scheduler=scheduler,
                                dictionaries=dictionaries, settings=settings, date=date,
                                policy=policy)
        if db is not None:
            with Store(db) as store:
                store.load_parquet(report.parquet_glob)
        coded = [e for path in report.files for e in read_parquet(path)]
    _emit(coded, fmt, output, title=f"{len(coded)} events from {report.articles} articles "
                                    f"(Parquet parts in {report.out_dir})")
    if policy.problems:
        err.print(f"{len(policy.problems)} input(s) skipped; the rest was coded")
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def events(
    actor: Annotated[str | None, typer.Option(help="actor code prefix (RUS, RUSGOV) or name")] = None,  # noqa: E501
    country: Annotated[str | None, typer.Option(help="ISO3 country on either side")] = None,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO code prefix, e.g. 04")] = None,  # noqa: E501
    since: Annotated[str | None, typer.Option(help="from this date (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, typer.Option(help="until this date (YYYY[-MM[-DD]])")] = None,
    limit: Annotated[int | None, typer.Option(help="at most this many events")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl, csv or parquet")] = "table",
    output: Annotated[Path | None, typer.Option(help="write events here, not stdout")] = None,
    db: Annotated[Path, typer.Option(help="DuckDB file to read")] = Path(DEFAULT_DB),
) -> None:
    """List stored events."""
    _check_format(fmt, output)
    with _errors(), Store(db, read_only=True) as store:
        found = store.events(actor=actor, country=country, code=code, since=since,
                             until=until, limit=limit)
    _emit(found, fmt, output, title=f"{len(found)} events")


@app.command()
def stats(
    db: Annotated[Path, typer.Option(help="DuckDB file to read")] = Path(DEFAULT_DB),
) -> None:
    """Counts of stored events by dyad, CAMEO root and month."""
    with _errors(), Store(db, read_only=True) as store:
        result = store.stats()
    for table in stats_tables(result):
        out.print(table)


@app.command()
def validate(
    suite: Annotated[Path, typer.Argument(help="a PETRARCH-format suite (<Sentence> records)")],
    dictionaries: Annotated[Path | None, typer.Option(help="the suite's dictionaries")] = None,  # noqa: E501
    category: Annotated[str | None, typer.Option(help="only this category")] = None,
    show_failures: Annotated[int, typer.Option("--show-failures", help="print this many failing records")] = 0,  # noqa: E501
) -> None:
    """Code a validation suite and score it: correct, uncoded, extra, records exact."""
    with _errors():
        result = run_suite(suite, make_coder(dictionaries), category=category)
    out.print(suite_table(result.score, title=suite.name))
    for failure in failures(result, show_failures):
        out.print(f"{failure.id}: {failure.text}", highlight=False)
        out.print(f"   gold {', '.join(map(str, failure.gold)) or '-'}", highlight=False)
        out.print(f"   got  {', '.join(map(str, failure.got)) or '-'}", highlight=False)


actors_app = typer.Typer(no_args_is_help=True, help="Inspect and refresh actor knowledge.")
app.add_typer(actors_app, name="actors")


@actors_app.command("lookup")
def actors_lookup(
    text: Annotated[str, typer.Argument(help="a mention, e.g. 'Turkish foreign minister'")],
    date: Annotated[str | None, typer.Option(help="resolve as of this date (default today)")] = None,  # noqa: E501
    dictionaries: Annotated[Path | None, typer.Option(help="a directory of PETRARCH-format dictionaries")] = None,  # noqa: E501
) -> None:
    """What a mention resolves to on a date, and why."""
    day = _date(date) or dt.date.today()
    with _errors():
        found = lookup(make_coder(dictionaries).actor_index, text, day)
    actor = found.actor
    out.print(f"{text!r} on {day}: " + (f"{actor.code} ({actor.name})" if actor else "no actor"),
              highlight=False)
    for m in found.matches:
        out.print(f"  {m.words!r} -> {m.kind} {m.code or 'no code on this date'}"
                  f"  [{m.source}]  codes: {', '.join(m.codes)}", highlight=False, markup=False)
    if actor is None:
        raise typer.Exit(EXIT_SKIPPED)


@actors_app.command("refresh")
def actors_refresh(
    from_wikidata: Annotated[Path | None, typer.Option("--from-wikidata", help="a Wikidata SPARQL JSON result; without a file, the public endpoint is asked")] = None,  # noqa: E501
    online: Annotated[bool, typer.Option(help="ask the public Wikidata endpoint")] = False,
    output: Annotated[Path, typer.Option(help="where to write the merged leaders.csv")] = Path("leaders.csv"),  # noqa: E501
) -> None:
    """Rebuild the leaders table from Wikidata, merged with the shipped data."""
    if from_wikidata is None and not online:
        raise typer.BadParameter("give --from-wikidata FILE, or --online to ask Wikidata")
    with _errors(OSError, ValueError):
        report = refresh_from_wikidata(from_wikidata, current=bundled_knowledge(),
                                       output=output)
    out.print(report.summary(), highlight=False)


def main() -> None:
    app()
