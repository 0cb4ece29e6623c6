"""Input articles: files, folders, globs and stdin in; ``Article``s out, lazily.

Example (a folder, a glob and standard input; the date only where an input has none)::

    for article in read_articles(["news/", "feeds/*.xml", "-"], date=dt.date(2024, 5, 1)):
        article.id, article.origin  # ("a3f9...", "feeds/world.xml#entry 2")

Formats are detected from content (gzip, WARC, JSON Lines, RSS/Atom, Reuters-21578 SGML,
HTML, plain text).
Anything that cannot be read, whole file or single line, becomes an ``InputError`` handed
to the error policy: nothing is dropped without a reason on record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.errors import ErrorPolicy, InputError
from detente.ingest.context import Position, ReadContext
from detente.ingest.detect import detect
from detente.ingest.registry import READERS, Reader
from detente.ingest.sources import Source, expand
from detente.model import Article

__all__ = ["READERS", "Position", "ReadContext", "Reader", "read_articles"]


def read_articles(
    inputs: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    policy: ErrorPolicy | None = None,
) -> Iterator[Article]:
    """The articles in ``inputs``, in order; ``date`` only where an input gives none.

    With no ``policy``, problems are skipped (kept on a policy nobody sees); pass one to
    see them, or one with ``OnError.RAISE`` to stop at the first.
    """
    policy = policy if policy is not None else ErrorPolicy()
    if isinstance(inputs, str | Path):  # a lone name, not one input per character
        inputs = [inputs]
    for source in expand(inputs, policy):
        yield from _read_source(source, ReadContext(source.name, policy, date))


def _read_source(source: Source, ctx: ReadContext) -> Iterator[Article]:
    try:
        detected = detect(source.read(), ctx)
        yield from READERS[detected.format](detected.data, ctx)
    except InputError as error:
        # A problem with the whole input; under OnError.RAISE a part's error passes here
        # too, already raised by the policy, and the policy raises it again.
        ctx.report(error)
