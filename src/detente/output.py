"""Human-readable renderings of events and stats for the terminal (rich tables)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from .model import Actor, Event
from .store import Stats


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
