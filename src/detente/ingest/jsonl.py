"""JSON Lines, one article an object (``read_jsonl``), and JSON arrays of them (``read_json``).

``{"id": "x-1", "body": "Kastrava recalled its envoy ...", "published": "2024-05-07T14:20:00Z"}``
becomes ``Article(id="x-1", text="Kastrava recalled its envoy ...", date=date(2024, 5, 7))``.
A bad line is reported with its number and the reader goes on with the next one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from detente.errors import InputError
from detente.ingest.context import Position, ReadContext
from detente.ingest.dates import parse_iso_date
from detente.ingest.limits import MAX_TEXT_CHARS
from detente.ingest.text import decode_utf8
from detente.model import Article

# The first key present wins: the names of the input contract, then their synonyms.
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("date", "published")


@dataclass(frozen=True, slots=True)
class Fields:
    """An input object's article fields, checked and typed."""

    text: str
    title: str | None
    date: dt.date | None
    url: str | None
    article_id: str | None


def read_jsonl(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    offset = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.strip():
            try:
                yield _line_article(line, offset, ctx, Position("line", number))
            except InputError as error:
                ctx.report(error)
        offset += len(line) + 1


def _line_article(line: bytes, offset: int, ctx: ReadContext, position: Position) -> Article:
    try:
        text = decode_utf8(line)
    except UnicodeDecodeError as error:
        reason = f"cannot decode as UTF-8 at byte {offset + error.start}"
        raise ctx.error(reason, position) from error
    if len(text) > MAX_TEXT_CHARS:
        raise ctx.error(f"line too long ({len(text)} characters > {MAX_TEXT_CHARS})", position)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ctx.error(f"malformed JSON at column {error.colno}: {error.msg}", position) from error
    return _article(value, ctx, position)


def read_json(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    """A JSON array of the same objects, numbered as items: ``batch.json#item 3``."""
    try:
        items = json.loads(decode_utf8(data))
    except UnicodeDecodeError as error:
        raise ctx.error(f"cannot decode as UTF-8 at byte {error.start}") from error
    except json.JSONDecodeError as error:
        reason = f"malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"
        raise ctx.error(reason) from error
    if not isinstance(items, list):
        raise ctx.error(f"expected a JSON array of articles, not {type(items).__name__}")
    for number, item in enumerate(items, start=1):
        try:
            yield _article(item, ctx, Position("item", number))
        except InputError as error:
            ctx.report(error)


def _article(value: object, ctx: ReadContext, position: Position) -> Article:
    try:
        fields = parse_fields(value)
    except ValueError as problem:
        raise ctx.error(str(problem), position) from problem
    return ctx.make_article(
        fields.text,
        title=fields.title,
        date=fields.date,
        url=fields.url,
        article_id=fields.article_id,
        position=position,
    )


def parse_fields(value: object) -> Fields:
    """The article fields of one decoded JSON value; ``ValueError`` names what is wrong."""
    if not isinstance(value, dict):
        raise ValueError(f"not a JSON object but {type(value).__name__}")
    text = _first(value, TEXT_KEYS)
    if text is None:
        raise ValueError("missing text (expected 'text', 'body' or 'content')")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("empty text" if isinstance(text, str) else "text is not a string")
    return Fields(
        text=text,
        title=_optional_str(value, "title"),
        date=_date(_first(value, DATE_KEYS)),
        url=_optional_str(value, "url"),
        article_id=_article_id(value.get("id")),
    )


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> object:
    return next((record[key] for key in keys if record.get(key) is not None), None)


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"'{key}' is not a string")
    return value


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    with suppress(ValueError):
        if isinstance(value, str):
            return parse_iso_date(value)
    raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD or an ISO datetime)")


def _article_id(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError("'id' is not a string or an integer")
    return str(value)
