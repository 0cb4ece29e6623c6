"""Human-readable renderings of events and stats for the terminal (rich tables)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from .model import Actor, Event
from .store import Stats
from .validation import CategoryScore, SuiteScore


def _who(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.code} ({actor.text})"


def events_table(events: Iterable[Event], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for name in ("article", "sent", "source", "target", "cameo", "status", "date", "verb"):
        table.add_column(name, overflow="fold")
    for e in events:
        table.add_row(
            e.article_id[:24], str(e.sentence_index), _who(e.source), _who(e.target),
            e.cameo, e.status, e.date or "-", e.verb,
        )
    return table


def stats_tables(stats: Stats) -> list[Table]:
    totals = Table(title="totals")
    for name in ("articles", "sentences", "events"):
        totals.add_column(name, justify="right")
    totals.add_row(str(stats.articles), str(stats.sentences), str(stats.events))
    dyads = Table(title="top dyads")
    for name in ("source", "target", "events"):
        dyads.add_column(name)
    for d in stats.dyads:
        dyads.add_row(d.source_code, d.target_code, str(d.count))
    roots = Table(title="by CAMEO root")
    roots.add_column("root")
    roots.add_column("events", justify="right")
    for r in stats.roots:
        roots.add_row(r.root, str(r.count))
    months = Table(title="by month")
    months.add_column("month")
    months.add_column("events", justify="right")
    for m in stats.months:
        months.add_row(m.month, str(m.count))
    return [totals, dyads, roots, months]


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def suite_table(score: SuiteScore, title: str | None = None) -> Table:
    """Per category, then overall: as ../shared/eval/petr_suite.py reports them."""
    table = Table(title=title)
    for name in ("category", "records", "codings", "correct", "uncoded", "extra", "exact",
                 "null ok"):
        table.add_column(name, justify="left" if name == "category" else "right")
    for row in score.rows():
        table.add_row(*_suite_row(row))
    return table


def _suite_row(c: CategoryScore) -> list[str]:
    return [
        c.category or "ALL", str(c.records), str(c.gold_codings),
        _pct(c.correct_codings, c.gold_codings),
        _pct(c.gold_codings - c.correct_codings, c.gold_codings),
        _pct(c.extra_codings, c.records), _pct(c.exact_records, c.records),
        _pct(c.null_ok_records, c.null_records),
    ]
