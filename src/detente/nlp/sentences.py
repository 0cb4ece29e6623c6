"""Texts -> Docs whose sentences are the cheap splitter's, with only candidates parsed.

``doc.sents`` lines up one to one with ``split_sentences(text)``: the parser is given
those boundaries and may add none. So a sentence's index means the same with the
prefilter on or off (and under any spaCy version), and ``Coder.code_doc`` needs no change.

A sentence that is not parsed, because the prefilter drops it or it is longer than
``max_chars``, stays in the Doc as a full stop and blanks of its length: every character
offset is still the article's own, and the parser spends two tokens on it. The tagger
reads a few tokens across sentence edges, so a kept sentence next to a blanked one can
be tagged a little differently than in a run without the prefilter: on 2,000 Reuters
articles, 3 of 563 events differed that way (none was lost to a dropped sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from detente.model import Sentence
from detente.nlp import load_nlp
from detente.nlp.entities import RECOGNISER, defer_entities
from detente.nlp.headlines import mend_headlines
from detente.nlp.prefilter import Prefilter, Span, split_sentences

C = TypeVar("C")

# What stands in for a sentence that is not parsed: one token, then blanks.
PLACEHOLDER = "."

__all__ = ["PLACEHOLDER", "parse_sentences", "segmented_doc", "sentence_records"]


def parse_sentences(
    items: Iterable[tuple[str, C]],
    *,
    model: str,
    batch_size: int,
    n_process: int,
    prefilter: Prefilter | None = None,
    max_chars: int | None = None,
    defer_entities: bool = False,
    past_tenses: Mapping[str, str] | None = None,
) -> Iterator[tuple[Doc, tuple[Sentence, ...], C]]:
    """Parse (text, context) pairs lazily: each Doc with its sentences and its context.

    With no ``prefilter`` every sentence up to ``max_chars`` is parsed. With
    ``defer_entities`` the entity recogniser does not run: ``SentenceEntities`` runs it
    later on the sentences that need it. With ``past_tenses`` (present verb form -> past,
    upper case) a sentence read with no verb is read again (see ``headlines``).
    """
    nlp = load_nlp(model)
    keep = _keeper(prefilter, max_chars)
    docs = (_planned(nlp, text, context, keep, defer_entities) for text, context in items)
    disabled = [RECOGNISER] if defer_entities else []
    for doc, (sentences, context) in nlp.pipe(
        docs, as_tuples=True, batch_size=batch_size, n_process=n_process, disable=disabled,
    ):
        if past_tenses:
            mend_headlines(doc, nlp, past_tenses, disabled)
        yield doc, sentences, context


def _keeper(prefilter: Prefilter | None, max_chars: int | None) -> Callable[[str], bool]:
    def keep(sentence: str) -> bool:
        if max_chars is not None and len(sentence) > max_chars:
            return False
        return prefilter is None or prefilter.keeps(sentence)

    return keep


def _planned(
    nlp: Language, text: str, context: C, keep: Callable[[str], bool], deferred: bool
) -> tuple[Doc, tuple[tuple[Sentence, ...], C]]:
    spans = split_sentences(text)
    kept = [keep(text[start:end]) for start, end in spans]
    doc = segmented_doc(nlp, text, spans, kept)
    return defer_entities(doc) if deferred else doc, (sentence_records(text, spans), context)


def sentence_records(text: str, spans: Sequence[Span]) -> tuple[Sentence, ...]:
    return tuple(Sentence(i, text[s:e], s, e) for i, (s, e) in enumerate(spans))


def segmented_doc(nlp: Language, text: str, spans: Sequence[Span], kept: Sequence[bool]) -> Doc:
    """The tokenized, not yet parsed, Doc: unkept sentences blanked, boundaries fixed."""
    doc = nlp.make_doc(_mended(_blanked(text, spans, kept)))
    # The first sentence starts at the first token, leading blanks included, as in spaCy.
    starts = {start for start, _ in spans[1:]}
    for token in doc[1:]:
        token.is_sent_start = token.idx in starts
    return doc


# Two habits of pre-tokenised text the parser misreads, mended in the text it parses
# (each substitution keeps every character offset):
# - "Dol_Amroth": words joined by an underscore are a name of several words, as
#   dictionaries write them; parsed as spaced words they match the dictionary's phrase;
# - "anti- Gondor": a prefix cut off from its name reads as a noun of its own and breaks
#   the parse; "anti--Gondor" parses as "anti-Gondor" does.
_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_CUT_PREFIX = re.compile(r"(?<=[^\W\d_])- (?=[A-Z])")


def _mended(text: str) -> str:
    if "_" in text:
        text = _JOINED.sub(" ", text)
    return _CUT_PREFIX.sub("--", text) if "- " in text else text


def _blanked(text: str, spans: Sequence[Span], kept: Sequence[bool]) -> str:
    if all(kept):
        return text
    parts: list[str] = []
    done = 0
    for (start, end), keep in zip(spans, kept, strict=True):
        if not keep:
            parts += [text[done:start], PLACEHOLDER.ljust(end - start)]
            done = end
    parts.append(text[done:])
    return "".join(parts)
