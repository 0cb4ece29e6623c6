"""CSV files of articles, one a row, with a header naming the columns.

``url,date,title,text`` (the Wikinews corpus's columns) or the JSON Lines names (``id``,
``text`` or ``body`` or ``content``, ``title``, ``date`` or ``published``, ``url``): each
row is checked as a JSON Lines object is. A bad row is reported with its number (the
header is row 0) and the reader goes on with the next one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from detente.errors import InputError
from detente.ingest.context import Position, ReadContext
from detente.ingest.jsonl import TEXT_KEYS, parse_fields
from detente.ingest.limits import MAX_TEXT_CHARS
from detente.ingest.text import decode_text
from detente.model import Article


def read_csv(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    text = decode_text(data, ctx)
    # a field may hold one article's text, no more (the csv module's own limit is 128 KiB)
    csv.field_size_limit(MAX_TEXT_CHARS)
    dialect = "excel-tab" if ctx.name.lower().removesuffix(".gz").endswith(".tsv") else "excel"
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    header = _header(rows, ctx)
    number = 0
    while True:
        number += 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as error:  # a field past the size limit: the reader cannot go on
            ctx.report(ctx.error(f"malformed CSV, the rest of the file unread: {error}",
                                 Position("row", number)))
            return
        if not any(field.strip() for field in row):
            continue
        try:
            yield _row_article(header, row, ctx, Position("row", number))
        except InputError as error:
            ctx.report(error)
    if number == 1:
        raise ctx.error("no rows after the CSV header")


def _header(rows: Iterator[list[str]], ctx: ReadContext) -> list[str]:
    try:
        header = [name.strip().lower() for name in next(rows)]
    except StopIteration:
        raise ctx.error("empty file") from None
    except csv.Error as error:
        raise ctx.error(f"malformed CSV header: {error}") from error
    if not any(key in header for key in TEXT_KEYS):
        raise ctx.error("no text column in the CSV header (expected 'text', 'body' or "
                        f"'content'; found {', '.join(repr(h) for h in header)})")
    return header


def _row_article(header: list[str], row: list[str], ctx: ReadContext,
                 position: Position) -> Article:
    if len(row) != len(header):
        raise ctx.error(f"{len(row)} fields where the header has {len(header)}", position)
    record = {key: value for key, value in zip(header, row, strict=True) if value != ""}
    try:
        fields = parse_fields(record)
    except ValueError as problem:
        raise ctx.error(str(problem), position) from problem
    return ctx.make_article(fields.text, title=fields.title, date=fields.date,
                            url=fields.url, article_id=fields.article_id, position=position)
