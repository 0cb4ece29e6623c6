"""Which reader an input needs: by its content first, by its name second.

gzip is unwrapped and the inside detected again under the name without ``.gz``; a
gzipped WARC is left compressed, because warcio reads it record by record.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from detente.ingest.context import ReadContext
from detente.ingest.limits import MAX_CONTROL_SHARE, MAX_FILE_BYTES, SNIFF_BYTES

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/1."
JSON_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})

# Whitespace, XML declarations, processing instructions and comments before the root tag.
_PROLOG = r"(?:\s|<\?.*?\?>|<!--.*?-->)*"
_FEED_START = re.compile(_PROLOG + r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE | re.DOTALL)
_HTML_START = re.compile(_PROLOG + r"<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
# Reuters-21578: a "lewis" doctype, or a story straight away in a cut-down file.
_SGML_START = re.compile(_PROLOG + r"<(?:!doctype\s+lewis|reuters)\b", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"<[a-z][^>]*>", re.IGNORECASE)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\f\r") + b"\x7f"


@dataclass(frozen=True, slots=True)
class Detected:
    format: str  # a key of READERS
    data: bytes  # what that reader reads: decompressed, except for a gzipped WARC


def detect(data: bytes, ctx: ReadContext) -> Detected:
    """The format of ``data`` read from ``ctx.name``; ``InputError`` for binary or bad gzip."""
    return _detect(data, ctx.name, ctx)


def _detect(data: bytes, name: str, ctx: ReadContext) -> Detected:
    if data.startswith(GZIP_MAGIC):
        if _read_gzip(data, ctx, len(WARC_MAGIC)).startswith(WARC_MAGIC):
            return Detected("warc", data)
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        return _detect(_gunzip(data, ctx), inner_name, ctx)
    if data.startswith(WARC_MAGIC):
        return Detected("warc", data)
    if is_binary(data[:SNIFF_BYTES]):
        raise ctx.error("binary file")
    return Detected(text_format(data, name), data)


def _gunzip(data: bytes, ctx: ReadContext) -> bytes:
    inner = _read_gzip(data, ctx, MAX_FILE_BYTES + 1)
    if len(inner) > MAX_FILE_BYTES:
        raise ctx.error(f"file too large (over {MAX_FILE_BYTES} bytes decompressed)")
    return inner


def _read_gzip(data: bytes, ctx: ReadContext, size: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return stream.read(size)
    except (OSError, EOFError, zlib.error) as error:
        raise ctx.error(f"corrupt gzip data ({error})") from error


def is_binary(head: bytes) -> bool:
    """NUL bytes, or more control characters than any text has."""
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls / len(head) > MAX_CONTROL_SHARE


def text_format(data: bytes, name: str) -> str:
    """``json``, ``jsonl``, ``csv``, ``feed``, ``sgml``, ``html`` or ``text`` for data that is
    not binary."""
    head = data[:SNIFF_BYTES].decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    suffix = PurePath(name).suffix.lower()
    if head.startswith("[") and suffix in JSON_SUFFIXES:  # "[" also starts plain text
        return "json" if suffix == ".json" else "jsonl"
    if head.startswith("{") and (suffix in JSON_SUFFIXES or _first_line_is_object(data)):
        return "jsonl"
    if suffix in CSV_SUFFIXES:  # a table of articles; its header names the text column
        return "csv"
    if _FEED_START.match(head):
        return "feed"
    if _SGML_START.match(head):
        return "sgml"
    if _HTML_START.match(head) or (suffix in HTML_SUFFIXES and _ANY_TAG.search(head)):
        return "html"
    return "text"


def _first_line_is_object(data: bytes) -> bool:
    first = next((line for line in io.BytesIO(data) if line.strip()), b"")
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both are
        return False
