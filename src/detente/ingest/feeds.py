"""RSS and Atom feeds: one article an entry, its HTML content reduced to text."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import feedparser

from detente.errors import InputError
from detente.ingest.context import Position, ReadContext
from detente.model import Article

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Tags whose end is a paragraph break, so sentences of two paragraphs do not run together.
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"blockquote", "pre", "tr", "table", "section", "article"}
)
_HIDDEN_TAGS = frozenset({"script", "style"})
_SPACES = re.compile(r"[ \t\f\v\xa0]+")


def read_feed(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    # A file object, never a string: feedparser fetches strings that look like URLs.
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.entries:
        problem = feed.get("bozo_exception")
        raise ctx.error(f"malformed feed ({problem})" if problem else "feed has no entries")
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield _entry_article(entry, ctx, Position("entry", number))
        except InputError as error:
            ctx.report(error)


def _entry_article(entry: Any, ctx: ReadContext, position: Position) -> Article:
    text = _entry_text(entry)
    if not text:
        raise ctx.error("entry has no text", position)
    link = entry.get("link")
    return ctx.make_article(
        text,
        title=_detail_text(entry.get("title_detail")) or None,
        date=_entry_date(entry),
        url=str(link) if link else None,
        position=position,
    )


def _entry_text(entry: Any) -> str:
    """The full content when the feed carries it, else the summary."""
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if text := _detail_text(detail):
            return text
    return ""


def _detail_text(detail: Any) -> str:
    """A feedparser text construct (``{"type": ..., "value": ...}``) as plain text."""
    if not detail:
        return ""
    value = str(detail.get("value") or "")
    return html_to_text(value) if detail.get("type") in _HTML_TYPES else value.strip()


def _entry_date(entry: Any) -> dt.date | None:
    # feedparser gives both as UTC struct_time, whatever zone the feed wrote.
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def html_to_text(markup: str) -> str:
    """``"<p>Talks <b>resumed</b>.</p><p>Next week</p>"`` gives ``"Talks resumed.\\nNext week"``."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


class _TextCollector(HTMLParser):
    """Keeps text and paragraph breaks; drops tags, scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag_edge(tag, opening=True)

    def handle_endtag(self, tag: str) -> None:
        self._tag_edge(tag, opening=False)

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.parts.append(data)

    def _tag_edge(self, tag: str, *, opening: bool) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth = max(0, self._hidden_depth + (1 if opening else -1))
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
