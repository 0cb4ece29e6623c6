"""Hand-built coded articles for the store tests (no spaCy, no coder).

The sample batch, in store order (by day, partial dates as their first day):

    e-usa-chn      USAGOV  -> CHNGOV   042  "2023"        -> 2023-01-01
    e-border       RUSMIL  -> UKRMIL   190  null          -> article date 2023-05-10
    e-un-sanctions IGOUNO  -> RUS      163  "2023-06-15"
    e-ukr-appeal   UKRGOV  -> (none)   010  "2023-09"     -> 2023-09-01
    e-putin-visit  RUSGOV  -> TURGOV   036  "2024-02"     -> 2024-02-01
    e-putin-talks  RUSGOV  -> TURGOV   040  "2024-02-10"
    e-undated      CHN     -> RUS      043  null, article undated -> last
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from detente.model import (
    Actor,
    Article,
    CodedArticle,
    CoderInfo,
    Event,
    Location,
    Plover,
    Sentence,
)
from detente.store import Store

CODER = CoderInfo(version="0.1.0", dictionaries="sha256:test")

EventFactory = Callable[..., Event]


def actor(code: str, country: str | None, text: str, name: str | None = None) -> Actor:
    return Actor(
        code=code,
        country=country,
        sector=code[3:6] or None,
        name=name,
        text=text,
        span=(0, len(text)),
    )


def _make_event(event_id: str, article_id: str, **fields: Any) -> Event:
    defaults: dict[str, Any] = {
        "sentence_index": 0,
        "sentence": "A sentence.",
        "source": None,
        "target": None,
        "cameo": "010",
        "quad_class": 1,
        "goldstein": 0.0,
        "coder": CODER,
        "verb": "said",
        "verb_span": (2, 6),
    }
    return Event(event_id=event_id, article_id=article_id, **{**defaults, **fields})


@pytest.fixture
def make_event() -> EventFactory:
    return _make_event


def coded(article: Article, events: list[Event], sentences: int = 2) -> CodedArticle:
    return CodedArticle(
        article=article,
        sentences=tuple(
            Sentence(index=i, text=f"Sentence {i}.", start=i * 20, end=i * 20 + 12)
            for i in range(sentences)
        ),
        events=tuple(events),
    )


def _putin_turkey() -> CodedArticle:
    article = Article(
        id="a-putin-turkey",
        text="Russian President Vladimir Putin is poised to visit Turkey next month.",
        title="Putin to visit Turkey",
        date=dt.date(2024, 1, 20),
        url="https://example.org/putin-turkey",
        origin="news.jsonl:line 1",
    )
    putin = actor("RUSGOV", "RUS", "Russian President Vladimir Putin", "Vladimir Putin")
    erdogan = actor("TURGOV", "TUR", "President Erdoğan", "Recep Tayyip Erdoğan")
    visit = _make_event(
        "e-putin-visit",
        article.id,
        sentence=article.text,
        source=putin,
        target=erdogan,
        cameo="036",
        quad_class=1,
        goldstein=4.0,
        verb="visit",
        verb_span=(46, 51),
        status="future",
        date="2024-02",
        date_precision="month",
        date_text="next month",
        location=Location("Sochi", "RUS", 43.6, 39.73, 491422),
        plover=Plover("AGREE", None, ("diplomatic",)),
        confidence=0.82,
        article_date=article.date,
        pattern="- * VISIT [036]",
        issues=("date:relative",),
        evidence=(0, 1),
    )
    talks = _make_event(
        "e-putin-talks",
        article.id,
        sentence_index=1,
        source=putin,
        target=erdogan,
        cameo="040",
        date="2024-02-10",
        date_precision="day",
        article_date=article.date,
    )
    return coded(article, [visit, talks])


def _un_sanctions() -> CodedArticle:
    article = Article(
        id="a-un-sanctions", text="The UN imposed sanctions.", date=dt.date(2023, 6, 15)
    )
    sanctions = _make_event(
        "e-un-sanctions",
        article.id,
        source=actor("IGOUNO", None, "the UN", "United Nations"),
        target=actor("RUS", "RUS", "Moscow"),
        cameo="163",
        quad_class=4,
        goldstein=-8.0,
        date="2023-06-15",
        date_precision="day",
        article_date=article.date,
    )
    return coded(article, [sanctions], sentences=1)


def _usa_china() -> CodedArticle:
    article = Article(
        id="a-usa-china", text="Washington praised Beijing.", date=dt.date(2023, 3, 1)
    )
    praise = _make_event(
        "e-usa-chn",
        article.id,
        source=actor("USAGOV", "USA", "Washington"),
        target=actor("CHNGOV", "CHN", "Beijing"),
        cameo="042",
        goldstein=1.9,
        date="2023",
        date_precision="year",
        article_date=article.date,
    )
    return coded(article, [praise], sentences=1)


def _border() -> CodedArticle:
    article = Article(id="a-border", text="Troops clashed.", date=dt.date(2023, 5, 10))
    # No event date and no article date on the event: the store takes the article's.
    clash = _make_event(
        "e-border",
        article.id,
        source=actor("RUSMIL", "RUS", "Russian troops"),
        target=actor("UKRMIL", "UKR", "Ukrainian forces"),
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
    )
    appeal = _make_event(
        "e-ukr-appeal",
        article.id,
        sentence_index=1,
        source=actor("UKRGOV", "UKR", "Kyiv"),
        cameo="010",
        date="2023-09",
        date_precision="month",
    )
    return coded(article, [clash, appeal], sentences=3)


def _undated() -> CodedArticle:
    article = Article(id="a-undated", text="China backed Russia.")
    backing = _make_event(
        "e-undated",
        article.id,
        source=actor("CHN", "CHN", "China"),
        target=actor("RUS", "RUS", "Russia"),
        cameo="043",
    )
    return coded(article, [backing], sentences=1)


@pytest.fixture
def sample_batch() -> list[CodedArticle]:
    return [_putin_turkey(), _un_sanctions(), _usa_china(), _border(), _undated()]


@pytest.fixture
def sample_events(sample_batch: list[CodedArticle]) -> list[Event]:
    return [event for coded_article in sample_batch for event in coded_article.events]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as opened:
        yield opened


@pytest.fixture
def filled_store(store: Store, sample_batch: list[CodedArticle]) -> Store:
    store.write(sample_batch)
    return store
