"""A batch of coded articles as Arrow tables shaped like the store's tables (schema.sql).

DuckDB reads a registered Arrow table in one vectorised scan, so a batch goes in with
one INSERT per table instead of one per row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from detente.model import Article, CodedArticle, Event, Sentence
from detente.store.days import event_day

ARTICLES_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("date", pa.date32()),
        pa.field("url", pa.string()),
        pa.field("origin", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("coded_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)

SENTENCES_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("idx", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
    ]
)

EVENTS_SCHEMA = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("source_code", pa.string()),
        pa.field("source_country", pa.string()),
        pa.field("target_code", pa.string()),
        pa.field("target_country", pa.string()),
        pa.field("cameo", pa.string(), nullable=False),
        pa.field("cameo_root", pa.string(), nullable=False),
        pa.field("quad_class", pa.int8()),
        pa.field("goldstein", pa.float64()),
        pa.field("status", pa.string(), nullable=False),
        pa.field("date", pa.string()),
        pa.field("date_precision", pa.string(), nullable=False),
        pa.field("article_date", pa.date32()),
        pa.field("day", pa.date32()),
        pa.field("plover_event", pa.string()),
        pa.field("record", pa.string(), nullable=False),  # DuckDB casts it to JSON
    ]
)


@dataclass(frozen=True, slots=True)
class BatchTables:
    """One batch, deduplicated by key (the first occurrence wins, as in the store)."""

    articles: pa.Table
    sentences: pa.Table
    events: pa.Table
    events_seen: int  # events in the batch before deduplication

    @classmethod
    def from_coded(cls, batch: Sequence[CodedArticle], coded_at: dt.datetime) -> BatchTables:
        articles: dict[str, dict[str, Any]] = {}
        sentences: dict[tuple[str, int], dict[str, Any]] = {}
        events: dict[str, dict[str, Any]] = {}
        for coded in batch:
            article = coded.article
            articles.setdefault(article.id, _article_row(article, coded_at))
            for sentence in coded.sentences:
                key = (article.id, sentence.index)
                sentences.setdefault(key, _sentence_row(article.id, sentence))
            for event in coded.events:
                events.setdefault(event.event_id, _event_row(event, article.date))
        return cls(
            articles=pa.Table.from_pylist(list(articles.values()), schema=ARTICLES_SCHEMA),
            sentences=pa.Table.from_pylist(list(sentences.values()), schema=SENTENCES_SCHEMA),
            events=pa.Table.from_pylist(list(events.values()), schema=EVENTS_SCHEMA),
            events_seen=sum(len(coded.events) for coded in batch),
        )


def _article_row(article: Article, coded_at: dt.datetime) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "url": article.url,
        "origin": article.origin,
        "text": article.text,
        "coded_at": coded_at,
    }


def _sentence_row(article_id: str, sentence: Sentence) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "idx": sentence.index,
        "text": sentence.text,
        "start": sentence.start,
        "end": sentence.end,
    }


def _event_row(event: Event, published: dt.date | None) -> dict[str, Any]:
    # The event may not carry its article's date; the column takes the article's so
    # that undated events can still be filtered and counted by when they were reported.
    article_date = event.article_date or published
    source, target = event.source, event.target
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "source_code": source.code if source else None,
        "source_country": source.country if source else None,
        "target_code": target.code if target else None,
        "target_country": target.country if target else None,
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "status": event.status,
        "date": event.date,
        "date_precision": event.date_precision,
        "article_date": article_date,
        "day": event_day(event.date, article_date),
        "plover_event": event.plover.event if event.plover else None,
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
    }
