"""Named entities for the sentences that need them, recognised after the parse.

The entity recogniser of ``en_core_web_sm`` has an embedding of its own and costs about
as much as the tagger, parser and lemmatizer together (2.75 s of 6.55 s on 1,000 WCEP
summaries). The coder reads entities only for what an event carries (its date phrase,
place and named person), and about one kept sentence in three yields an event. So the
pipeline parses without the recogniser and runs it here on each sentence the coder is
about to turn into an event.

The recogniser reads each token with four neighbours on either side (its encoder is four
window-1 convolutions), so it is given the sentence with ``CONTEXT`` tokens of the Doc on
either side, and only what falls in the sentence is kept. With that the entities equal a
full run's: on the 351 event sentences of 1,000 WCEP summaries, all 1,840 did (on the
sentence alone, one differed).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

from . import load_nlp

# The Doc's user data under this key lists the sentences (by first token) recognised so
# far; its absence means the Doc was parsed with the recogniser and needs nothing more.
# User data goes with a Doc to spaCy's worker processes and back.
DEFERRED = "detente.entities_deferred"
RECOGNISER = "ner"
CONTEXT = 4  # tokens

__all__ = ["DEFERRED", "RECOGNISER", "SentenceEntities", "defer_entities", "recognise_entities"]


def defer_entities(doc: Doc) -> Doc:
    """Mark a Doc about to be parsed without the recogniser."""
    doc.user_data[DEFERRED] = []
    return doc


class SentenceEntities:
    """Recognises entities in one sentence of a deferred Doc, once; a no-op otherwise.

    The model is loaded on the first sentence that needs it, so a coder built with this
    costs nothing where every Doc comes parsed in full (unit tests, hand-built parses).
    """

    def __init__(self, model: str) -> None:
        self.model = model

    def __call__(self, sent: Span) -> None:
        recognise_entities([sent], self.model)


def recognise_entities(sentences: Sequence[Span], model: str) -> None:
    """Recognise the entities of each sentence of a deferred Doc not yet done, in one
    batch: the recogniser costs about twice as much run one sentence at a time."""
    todo = list({(id(s.doc), s.start): s for s in sentences if _pending(s)}.values())
    if not todo:
        return
    windows = [(max(0, s.start - CONTEXT), min(len(s.doc), s.end + CONTEXT)) for s in todo]
    recogniser = load_nlp(model).get_pipe(RECOGNISER)
    assert isinstance(recogniser, EntityRecognizer)
    alone = recogniser.pipe(s.doc[start:end].as_doc() for s, (start, end) in zip(
        todo, windows, strict=True))
    for sent, (start, _), window in zip(todo, windows, alone, strict=True):
        found = [_clipped(sent.doc, sent, start + e.start, start + e.end, e.label_)
                 for e in window.ents if start + e.start < sent.end and start + e.end > sent.start]
        sent.doc.set_ents(found, default="unmodified")
        sent.doc.user_data[DEFERRED].append(sent.start)


def _pending(sent: Span) -> bool:
    done = sent.doc.user_data.get(DEFERRED)
    return done is not None and sent.start not in done


def _clipped(doc: Doc, sent: Span, start: int, end: int, label: str) -> Span:
    """The part of an entity inside the sentence (the rest is another sentence's)."""
    return Span(doc, max(start, sent.start), min(end, sent.end), label=label)
