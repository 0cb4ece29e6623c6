"""The stages composed: articles -> parsed -> coded articles -> store.

Every stage is a lazy iterator, so memory is bounded by the batch, and the same
functions run inside a distributed worker.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import workers
from .batches import batched
from .coding.coder import Coder
from .coding.dictionaries import Dictionaries, bundled, load_dictionaries
from .coding.dictionaries.verbs import past_tenses
from .coding.nominal import event_noun_words
from .errors import ErrorPolicy
from .ingest import read_articles
from .knowledge import bundled_knowledge
from .model import Article, CodedArticle, Event
from .nlp import load_nlp
from .nlp.entities import SentenceEntities, recognise_entities
from .nlp.prefilter import Prefilter
from .nlp.sentences import parse_sentences
from .settings import Settings
from .store import Store


def current_dictionaries() -> Dictionaries:
    """The bundled Phoenix dictionaries with detente's actor knowledge (leaders since 2015,
    organisations, armed groups) in front, so a current name wins over a stale one."""
    phoenix = bundled()
    knowledge = bundled_knowledge()
    actors = (knowledge.actor_dictionary(phoenix.actors), *phoenix.actors)
    digest = hashlib.sha256(f"{phoenix.digest} {knowledge.digest}".encode()).hexdigest()
    return dataclasses.replace(phoenix, actors=actors, digest="sha256:" + digest)


@functools.cache
def _coder(dictionaries: str | None, settings: Settings) -> Coder:
    loaded = load_dictionaries(dictionaries) if dictionaries else current_dictionaries()
    return _built(loaded, settings)


def _built(dictionaries: Dictionaries, settings: Settings) -> Coder:
    on_demand = SentenceEntities(settings.model) if settings.entities_on_demand else None
    return Coder(dictionaries, settings, entities=on_demand)


def make_coder(
    dictionaries: str | Path | Dictionaries | None = None, settings: Settings | None = None
) -> Coder:
    """A coder for a dictionary directory (None: the bundled ones), built once per process."""
    settings = settings or Settings()
    if isinstance(dictionaries, Dictionaries):
        return _built(dictionaries, settings)
    return _coder(str(dictionaries) if dictionaries else None, settings)


@functools.cache
def _prefilter(coder: Coder) -> Prefilter:
    """Built once per coder (about half a second on the bundled dictionaries)."""
    # an event noun's sentence may name one actor only and still matter: "the visit
    # scheduled for next month" dates the visit another sentence names the actors of
    two = coder.settings.require_target and not coder.noun_events
    return Prefilter(coder.dictionaries, min_actors=2 if two else 1,
                     event_words=event_noun_words() if coder.noun_events else ())


@functools.cache
def _past_tenses(coder: Coder) -> dict[str, str]:
    """The verbs' past forms, to read again a headline the parser found no verb in."""
    return past_tenses(coder.dictionaries.verbs)


def code_articles(articles: Iterable[Article], coder: Coder) -> Iterator[CodedArticle]:
    """Parse and code, lazily, in order; with ``n_process`` > 1 in that many processes.

    Sentences that cannot hold an event (no dictionary verb or event noun, too few
    actors) are not parsed: most of a run's time is the parse. With ``entities_on_demand``
    the entity recogniser runs only on sentences that yield events.
    """
    if coder.settings.n_process > 1:
        _ready(coder)
        return workers.code_in_processes(articles, coder, code_in_process)
    return code_in_process(articles, coder)


def _ready(coder: Coder) -> None:
    """Load the model and build the prefilter here, so that forked workers inherit them."""
    load_nlp(coder.settings.model)
    if coder.settings.prefilter:
        _prefilter(coder)
    _past_tenses(coder)


def code_in_process(articles: Iterable[Article], coder: Coder) -> Iterator[CodedArticle]:
    """``code_articles`` in this process alone."""
    s = coder.settings
    items = ((a.text, a) for a in articles)
    prefilter = _prefilter(coder) if s.prefilter else None
    deferred = isinstance(coder.entities, SentenceEntities)
    parsed = parse_sentences(
        items, model=s.model, batch_size=s.batch_size, n_process=1,
        prefilter=prefilter, max_chars=s.max_sentence_chars, defer_entities=deferred,
        past_tenses=_past_tenses(coder),
    )
    if not deferred:
        for doc, sentences, article in parsed:
            yield CodedArticle(article, sentences, tuple(coder.code_doc(doc, article)))
        return
    for batch in batched(parsed, s.batch_size):
        # the entities of a batch's eventful sentences in one run of the recogniser: one
        # sentence at a time costs twice as much
        eventful = [set(coder.eventful(doc, article)) for doc, _, article in batch]
        recognise_entities([sent for (doc, _, _), chosen in zip(batch, eventful, strict=True)
                            for i, sent in enumerate(doc.sents) if i in chosen], s.model)
        for (doc, sentences, article), chosen in zip(batch, eventful, strict=True):
            yield CodedArticle(article, sentences,
                               tuple(coder.code_doc(doc, article, only=chosen)))



def code_text(
    text: str,
    *,
    date: dt.date | None = None,
    article_id: str | None = None,
    dictionaries: str | Path | Dictionaries | None = None,
    settings: Settings | None = None,
) -> list[Event]:
    """Code one text: ``detente.code_text("Gondor attacked Mordor.", date=...)``."""
    article = Article(article_id or Article.make_id(text), text, date=date)
    coded = next(code_articles([article], make_coder(dictionaries, settings)))
    return list(coded.events)


def run(
    inputs: Iterable[str | Path],
    *,
    coder: Coder,
    store: Store | None,
    date: dt.date | None = None,
    policy: ErrorPolicy | None = None,
) -> Iterator[CodedArticle]:
    """Read, code and store; yields each coded article once its batch is committed, so an
    interrupted run keeps every batch written before it."""
    articles = read_articles(inputs, date=date, policy=policy or ErrorPolicy())
    for batch in batched(code_articles(articles, coder), coder.settings.store_batch):
        if store is not None:
            store.write(batch)
        yield from batch
