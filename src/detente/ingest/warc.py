"""WARC web archives: each HTML or plain-text ``response`` record is one article.

Request, metadata and warcinfo records describe the crawl rather than hold pages, so they
are passed over; a response that is not an article (an image, a 404) is reported.
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.errors import InputError
from detente.ingest.context import Position, ReadContext
from detente.ingest.dates import parse_iso_date
from detente.ingest.html import extract_page
from detente.ingest.limits import MAX_FILE_BYTES
from detente.ingest.text import decode_text
from detente.model import Article

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
# What a damaged archive raises from warcio, or from the gzip and chunked-encoding decoders
# underneath it (warcio 1.8 raises AttributeError for a response record without a URI).
_CORRUPTION = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError, AttributeError)


def read_warc(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    """Reads records until the end or the first damage, which ends this file only."""
    for number, record, payload in _responses(data, ctx):
        try:
            yield _record_article(record, payload, ctx, Position("record", number))
        except InputError as error:
            ctx.report(error)


# (record number, warcio record, HTTP payload)
_Response = tuple[int, Any, bytes]


def _responses(data: bytes, ctx: ReadContext) -> Iterator[_Response]:
    """Response records, each held back until the next record starts where it should.

    warcio notices a wrong Content-Length only when it looks for the next record, after
    handing out the damaged one with a cut or overlong payload.
    """
    records = ArchiveIterator(io.BytesIO(data))
    pending: _Response | None = None
    for number, record in _numbered(records, ctx):
        if records.err_count:
            reason = "corrupt WARC (the record does not end at its Content-Length)"
            raise ctx.error(reason, Position("record", number - 1))
        if pending:
            yield pending
        pending = None
        if record.rec_type == "response":
            pending = (number, record, _payload(record, ctx, Position("record", number)))
    if pending:
        yield pending


def _numbered(records: ArchiveIterator, ctx: ReadContext) -> Iterator[tuple[int, Any]]:
    """Numbered records; damage is an ``InputError`` at the record where it shows."""
    number = 0
    try:
        for number, record in enumerate(records, start=1):
            if record.rec_type is None:  # what warcio makes of lines that are not headers
                reason = "corrupt WARC (a record without WARC-Type)"
                raise ctx.error(reason, Position("record", number))
            yield number, record
    except _CORRUPTION as error:
        raise ctx.error(f"corrupt WARC ({error})", Position("record", number + 1)) from error


def _payload(record: Any, ctx: ReadContext, position: Position) -> bytes:
    """The HTTP body, decoded from chunked and gzip transfer; damage raises for the file."""
    try:
        payload = bytes(record.content_stream().read(MAX_FILE_BYTES + 1))
    except _CORRUPTION as error:
        raise ctx.error(f"corrupt WARC record ({error})", position) from error
    # warcio stops quietly at the end of the data; bytes the header promised are missing.
    if getattr(record.raw_stream, "limit", 0) > 0 and len(payload) <= MAX_FILE_BYTES:
        raise ctx.error("truncated WARC: the record ends before its Content-Length", position)
    return payload


def _record_article(record: Any, payload: bytes, ctx: ReadContext, position: Position) -> Article:
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status and not str(status).startswith("2"):
        raise ctx.error(f"HTTP status {status}, not an article", position)
    if len(payload) > MAX_FILE_BYTES:
        raise ctx.error(f"record too large (over {MAX_FILE_BYTES} bytes)", position)
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    text, title, page_date = _payload_text(record, payload, ctx, position)
    return ctx.make_article(
        text, title=title, date=page_date or _warc_date(record), url=url, position=position
    )


def _payload_text(
    record: Any, payload: bytes, ctx: ReadContext, position: Position
) -> tuple[str, str | None, dt.date | None]:
    """Text, title and page date: HTML through the HTML reader's extraction."""
    content_type = _content_type(record)
    if content_type in _TEXT_TYPES:
        return decode_text(payload, ctx, position), None, None
    if content_type not in _HTML_TYPES:
        raise ctx.error(f"payload is {content_type or 'untyped'}, not HTML or text", position)
    page = extract_page(payload)
    if page is None:
        raise ctx.error("HTML has no article text", position)
    return page.text, page.title, page.date


def _content_type(record: Any) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type", "") if headers else ""
    return str(value).split(";")[0].strip().lower()


def _warc_date(record: Any) -> dt.date | None:
    """The capture's date: no earlier than publication, but still the input's own date."""
    value = record.rec_headers.get_header("WARC-Date")
    try:
        return parse_iso_date(str(value)) if value else None
    except ValueError:  # warcio writes and checks ISO 8601; a bad one is no date, not no article
        return None
