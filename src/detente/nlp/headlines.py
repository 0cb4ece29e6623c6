"""Headline-style sentences the parser reads without a verb, read again.

News summaries tell in the present: "Portugal summons the Guinea-Bissauan ambassador".
The small English model often takes such a verb for a noun ("Portugal summons" as one
name), and the sentence is left with no verb at all, so no event. Such a sentence is
parsed once more with that word in the past tense ("Portugal summoned ..."), which the
model reads as a verb; where the second reading makes the word the sentence's verb with
a subject, it replaces the first. The words themselves, and the entities, are untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

__all__ = ["mend_headlines"]

_PARSE = [HEAD, DEP, POS, TAG, LEMMA]
# a sentence shorter than this is a name or a caption, not a report
_MIN_WORDS = 4
# the readings tried in one sentence: the first word or two that could be its verb
_TRIES = 2


def mend_headlines(doc: Doc, nlp: Language, past: Mapping[str, str],
                   disable: Iterable[str] = ()) -> Doc:
    """Re-read each verbless sentence of ``doc`` whose misread verb ``past`` knows
    (upper-case present form -> past form: "SUMMONS" -> "SUMMONED")."""
    for sent in list(doc.sents):
        if len(sent) >= _MIN_WORDS and not _its_verb(sent.root):
            _reread(doc, sent, nlp, past, list(disable))
    return doc


def _reread(doc: Doc, sent: Span, nlp: Language, past: Mapping[str, str],
            disable: list[str]) -> None:
    for token in [t for t in sent[1:] if _could_be_verb(t, past)][:_TRIES]:
        at = token.i - sent.start
        start = token.idx - sent.start_char
        text = sent.text[:start] + past[token.text.upper()].lower() + \
            sent.text[start + len(token):]
        again = nlp(text, disable=disable)
        if len(again) == len(sent) and _its_verb(again[at]) and len(list(again.sents)) == 1:
            # (spaCy's stubs type the attribute table as floats; it holds integers)
            parse = cast(Ints2d, doc.to_array(_PARSE))
            parse[sent.start:sent.end] = cast(Ints2d, again.to_array(_PARSE))
            doc.from_array(_PARSE, parse)
            # the sentence's own tense, as a verb of the present
            doc[token.i].tag_ = "VBZ" if token.lower_.endswith("s") else "VBP"
            return


def _could_be_verb(token: Token, past: Mapping[str, str]) -> bool:
    """A lower-case word the verb dictionary has in the present, after a name or noun
    that could be its subject: "Trump pardons", "Police in Bangladesh arrest"; read as
    a noun, or as a verb without a subject ("Portugal" a modifier of "summons")."""
    before = token.doc[token.i - 1]
    return token.is_lower and token.text.upper() in past and \
        before.pos_ in ("PROPN", "NOUN") and (token.pos_ in ("NOUN", "ADJ", "PROPN") or (
            token.pos_ == "VERB" and not _its_verb(token)))


def _its_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.dep_ == "ROOT" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children)
