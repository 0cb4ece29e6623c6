"""The one data model: articles in, events out. Frozen dataclasses, no bare dicts.

``Event.to_dict`` writes the event JSON Lines contract (every contract field, always
present, ``None`` where unknown) plus detente's own additional fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["asserted", "future", "negated", "hypothetical"]
DatePrecision = Literal["day", "month", "year", "unknown"]
Span = tuple[int, int]


def content_hash(*parts: object, length: int = 16) -> str:
    """A stable hex digest of the parts: ids that make re-runs idempotent."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One news story as read from input. ``text`` is the body that spans refer to."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from: "path", "path:line 3", "path#2"

    @staticmethod
    def make_id(text: str, title: str | None = None) -> str:
        return "a" + content_hash(title or "", text)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # 0-based position in the article body
    text: str
    start: int  # character offsets in the article body
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor mention."""

    code: str  # CAMEO actor code, e.g. RUSGOV, IGOUNO, TURMIL
    country: str | None  # ISO 3166-1 alpha-3, None for IGOs and unknown
    sector: str | None  # primary agent code (GOV, MIL, REB...), or None
    name: str | None  # canonical name of the resolved entity
    text: str  # as written
    span: Span  # character offsets in the article body

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "text": self.text,
            "span": list(self.span),
        }


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }


@dataclass(frozen=True, slots=True)
class Plover:
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "mode": self.mode, "context": list(self.context)}


@dataclass(frozen=True, slots=True)
class CoderInfo:
    version: str
    dictionaries: str  # "sha256:..." of the dictionaries in use

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "dictionaries": self.dictionaries}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    source: Actor | None
    target: Actor | None
    cameo: str
    quad_class: int | None
    goldstein: float | None
    coder: CoderInfo
    verb: str  # the verb as written
    verb_span: Span
    status: Status = "asserted"
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    date_text: str | None = None
    location: Location | None = None
    plover: Plover | None = None
    confidence: float | None = None
    article_date: dt.date | None = None
    pattern: str | None = None  # the dictionary pattern that matched, for provenance
    issues: tuple[str, ...] = ()
    evidence: tuple[int, ...] = field(default=())  # indices of every sentence that says it

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @staticmethod
    def make_id(
        article_id: str,
        sentence_index: int,
        verb_span: Span,
        source: str | None,
        target: str | None,
        cameo: str,
        coder_version: str,
    ) -> str:
        return "e" + content_hash(
            article_id, sentence_index, verb_span, source, target, cameo, coder_version, length=24
        )

    def to_dict(self) -> dict[str, Any]:
        """The event JSON Lines contract, then detente's additional fields."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover.to_dict() if self.plover else None,
            "status": self.status,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "coder": self.coder.to_dict(),
            # additional fields (the contract allows adding, never renaming)
            "verb": {"text": self.verb, "span": list(self.verb_span)},
            "pattern": self.pattern,
            "issues": list(self.issues),
            "article_date": self.article_date.isoformat() if self.article_date else None,
            "evidence": list(self.evidence or (self.sentence_index,)),
        }


CONTRACT_FIELDS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "sentence_index",
    "sentence",
    "source",
    "target",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "plover",
    "status",
    "date",
    "date_precision",
    "date_text",
    "location",
    "confidence",
    "coder",
)


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article after coding: the unit the store writes in one transaction."""

    article: Article
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]


def _actor_from_dict(d: dict[str, Any] | None) -> Actor | None:
    if d is None:
        return None
    span = d.get("span") or (0, 0)
    return Actor(
        code=d["code"],
        country=d.get("country"),
        sector=d.get("sector"),
        name=d.get("name"),
        text=d.get("text") or "",
        span=(int(span[0]), int(span[1])),
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    """The inverse of ``Event.to_dict`` (used by the store and the Parquet reader)."""
    loc = d.get("location")
    plover = d.get("plover")
    verb = d.get("verb") or {}
    vspan = verb.get("span") or (0, 0)
    article_date = d.get("article_date")
    return Event(
        event_id=d["event_id"],
        article_id=d["article_id"],
        sentence_index=int(d["sentence_index"]),
        sentence=d["sentence"],
        source=_actor_from_dict(d.get("source")),
        target=_actor_from_dict(d.get("target")),
        cameo=d["cameo"],
        quad_class=d.get("quad_class"),
        goldstein=d.get("goldstein"),
        coder=CoderInfo(**d["coder"]),
        verb=verb.get("text") or "",
        verb_span=(int(vspan[0]), int(vspan[1])),
        status=d.get("status") or "asserted",
        date=d.get("date"),
        date_precision=d.get("date_precision") or "unknown",
        date_text=d.get("date_text"),
        location=Location(**loc) if loc else None,
        plover=Plover(plover["event"], plover.get("mode"), tuple(plover.get("context") or ()))
        if plover
        else None,
        confidence=d.get("confidence"),
        article_date=dt.date.fromisoformat(article_date) if article_date else None,
        pattern=d.get("pattern"),
        issues=tuple(d.get("issues") or ()),
        evidence=tuple(d.get("evidence") or ()),
    )
