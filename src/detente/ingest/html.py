"""HTML pages: trafilatura keeps the article and drops menus, share bars, comments, ads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document

from detente.ingest.context import ReadContext
from detente.ingest.dates import parse_iso_date
from detente.ingest.limits import MIN_HTML_LINE_WORDS
from detente.model import Article

# Only the page's own metadata and markup: an "extensive" search also takes dates out of
# the article body, and those are dates of events, not of publication.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True, slots=True)
class Page:
    """What an HTML page yields: its article text and the metadata found around it."""

    text: str
    title: str | None
    date: dt.date | None
    url: str | None


def read_html(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    page = extract_page(data)
    if page is None:
        raise ctx.error("HTML has no article text")
    yield ctx.make_article(page.text, title=page.title, date=page.date, url=page.url)


def extract_page(html: bytes | str, url: str | None = None) -> Page | None:
    """The page's article and metadata, or None when it holds no article text.

    Parsing only: trafilatura fetches nothing when it is given the document itself.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,  # cell text makes poor sentences for the coder
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(document, Document) or not has_article_text(document.text or ""):
        return None
    return Page(
        text=document.text or "",
        title=document.title,
        date=_page_date(document.date),
        url=document.url,
    )


def has_article_text(text: str) -> bool:
    """True when some line is longer than a menu entry or a "Share this:" label."""
    return any(len(line.split()) >= MIN_HTML_LINE_WORDS for line in text.splitlines())


def _page_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_iso_date(value)
    except ValueError:  # htmldate writes %Y-%m-%d, so this is a guard, not a path
        return None
