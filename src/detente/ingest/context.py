"""What a reader knows about the input it reads, and the one way it builds an article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from detente.errors import ErrorPolicy, InputError
from detente.ingest.language import not_english_reason
from detente.ingest.limits import MAX_TEXT_CHARS
from detente.model import Article

PositionKind = Literal["line", "item", "entry", "record", "row"]


@dataclass(frozen=True, slots=True)
class Position:
    """Where in a file an article came from: ``line 3``, ``entry 2``, ``record 5``."""

    kind: PositionKind
    number: int  # 1-based

    def __str__(self) -> str:
        return f"{self.kind} {self.number}"

    def origin(self, name: str) -> str:
        """``"feed.xml#entry 2"``; lines read like compiler messages: ``"a.jsonl:line 3"``."""
        separator = ":" if self.kind == "line" else "#"
        return f"{name}{separator}{self}"


@dataclass(frozen=True, slots=True)
class ReadContext:
    """One input being read: its name for messages and origins, the policy, the fallback date."""

    name: str
    policy: ErrorPolicy = field(default_factory=ErrorPolicy)
    fallback_date: dt.date | None = None

    def error(self, reason: str, position: Position | None = None) -> InputError:
        return InputError(self.name, reason, str(position) if position else None)

    def report(self, error: InputError) -> None:
        """Hand a problem with one part of the input to the policy (which may raise)."""
        self.policy.handle(error)

    def make_article(
        self,
        text: str,
        *,
        title: str | None = None,
        date: dt.date | None = None,
        url: str | None = None,
        article_id: str | None = None,
        position: Position | None = None,
    ) -> Article:
        """The article, or an ``InputError`` when its text is empty, too long or not English.

        The id is content-derived unless the input names one, so that reading the same
        input twice gives the same ids.
        """
        text = normalise_newlines(text)
        self._check_text(text, position)
        title = (title or "").strip() or None
        return Article(
            id=article_id or Article.make_id(text, title),
            text=text,
            title=title,
            date=date or self.fallback_date,
            url=url or None,
            origin=position.origin(self.name) if position else self.name,
        )

    def _check_text(self, text: str, position: Position | None) -> None:
        if not text.strip():
            raise self.error("empty text", position)
        if len(text) > MAX_TEXT_CHARS:
            too_long = f"article text too long ({len(text)} characters > {MAX_TEXT_CHARS})"
            raise self.error(too_long, position)
        if foreign := not_english_reason(text):
            raise self.error(foreign, position)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
