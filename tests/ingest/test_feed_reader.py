from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from detente.errors import InputError
from detente.ingest.feeds import html_to_text
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list[InputError]]]


def test_rss_items_become_articles(read: ReadFn, data_dir: Path) -> None:
    path = data_dir / "feed.rss"
    (first, second), problems = read(path)
    assert problems == []
    assert first.title == "Tessaly offers to mediate between Orlen and Veldoria"
    assert first.text == (
        "The government of Tessaly offered on Wednesday to mediate between Orlen and "
        "Veldoria in their dispute over water rights."
    )
    assert (first.date, first.url) == (
        dt.date(2024, 4, 10),
        "https://ledger.example.org/world/tessaly-mediation",
    )
    assert (first.origin, second.origin) == (f"{path}#entry 1", f"{path}#entry 2")
    assert second.text.startswith("Kastrava expelled two Marravian diplomats")


def test_atom_content_is_preferred_to_summary_and_published_to_updated(
    read: ReadFn, data_dir: Path
) -> None:
    (first, second), problems = read(data_dir / "feed.atom", date=dt.date(2000, 1, 1))
    assert problems == []
    assert first.text == (
        "Sundria and Marravia opened consulates in each other's port cities on Saturday, "
        "a step both governments called overdue.\n"
        "The consuls will handle visas for seasonal workers."
    )
    assert (first.date, first.url) == (
        dt.date(2024, 6, 1),
        "https://orlen.example.net/2024/06/consulates",
    )
    assert second.date == dt.date(2024, 6, 2)  # no <published>: <updated>
    assert second.text.startswith("Ministers from five countries gathered in Veldoria")


def test_entry_without_text_is_reported_and_the_rest_read(
    read: ReadFn, tmp_path: Path, story: str
) -> None:
    path = tmp_path / "gap.xml"
    path.write_text(
        "<rss version='2.0'><channel><title>T</title>"
        "<item><title>Headline only</title><link>https://x.example/1</link></item>"
        f"<item><title>Embassy</title><description>{story}</description></item>"
        "</channel></rss>"
    )
    (article,), (problem,) = read(path, date=dt.date(2024, 8, 8))
    assert article.origin == f"{path}#entry 2"
    assert article.date == dt.date(2024, 8, 8)  # the item has no date
    assert str(problem) == f"{path}:entry 1: entry has no text"


def test_malformed_feed_without_entries_is_reported(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>T</ti")
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem).startswith(f"{path}: malformed feed (")


def test_well_formed_feed_without_entries_is_reported(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "quiet.rss"
    path.write_text("<rss version='2.0'><channel><title>Nothing today</title></channel></rss>")
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem) == f"{path}: feed has no entries"


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    markup = (
        "<p>Talks <b>resumed</b>&nbsp;today.</p><script>track()</script>"
        "<ul><li>Orlen</li><li>Tessaly</li></ul>"
    )
    assert html_to_text(markup) == "Talks resumed today.\nOrlen\nTessaly"
