"""The readers, by the format names ``detect`` returns."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from detente.ingest.context import ReadContext
from detente.ingest.csvfile import read_csv
from detente.ingest.feeds import read_feed
from detente.ingest.html import read_html
from detente.ingest.jsonl import read_json, read_jsonl
from detente.ingest.sgml import read_sgml
from detente.ingest.text import read_text
from detente.ingest.warc import read_warc
from detente.model import Article

# A reader turns one input's bytes into articles. Problems with one part of the input
# (a line, an entry, a record) go to ``ctx.report``; a problem with the whole input is
# raised as ``InputError``.
Reader = Callable[[bytes, ReadContext], Iterator[Article]]

# Read-only, so that no module can swap a reader behind a run's back.
READERS: Mapping[str, Reader] = MappingProxyType(
    {
        "csv": read_csv,
        "feed": read_feed,
        "html": read_html,
        "json": read_json,
        "jsonl": read_jsonl,
        "sgml": read_sgml,
        "text": read_text,
        "warc": read_warc,
    }
)
