"""Plain text files: one file, one article, no title."""

from __future__ import annotations

import re
from collections.abc import Iterator

from detente.ingest.context import Position, ReadContext
from detente.ingest.limits import MAX_LEGACY_HIGH_BYTE_RUN, MAX_LEGACY_HIGH_BYTE_SHARE
from detente.model import Article

_ASCII = bytes(range(128))
_HIGH_BYTE_RUN = re.compile(rb"[\x80-\xff]{%d,}" % (MAX_LEGACY_HIGH_BYTE_RUN + 1))


def read_text(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    text = decode_text(data, ctx)
    if not text.strip():
        raise ctx.error("empty file")
    yield ctx.make_article(text)


def decode_text(data: bytes, ctx: ReadContext, position: Position | None = None) -> str:
    """UTF-8 (a byte order mark is dropped), else Windows-1252 when the bytes look like it.

    Latin-1 is not tried separately: every printable Latin-1 character decodes the same
    in Windows-1252, so Latin-1 would only add C1 control characters, which are not text.
    """
    try:
        return decode_utf8(data)
    except UnicodeDecodeError as error:
        if looks_like_cp1252(data):
            return data.decode("cp1252")
        raise ctx.error(f"cannot decode as UTF-8 at byte {error.start}", position) from error


def decode_utf8(data: bytes) -> str:
    return data.decode("utf-8").removeprefix("\ufeff")


def looks_like_cp1252(data: bytes) -> bool:
    """A few isolated high bytes among ASCII that all decode: accents and curly quotes."""
    high = len(data.translate(None, _ASCII))  # deleting ASCII leaves the high bytes
    if not data or high / len(data) > MAX_LEGACY_HIGH_BYTE_SHARE:
        return False
    if _HIGH_BYTE_RUN.search(data):
        return False
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned
        return False
    return True
