"""What a mention resolves to, and why: the dictionary entries a text matches, the code
each gives on a date, and the actor they combine into (``detente actors lookup``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .actors import ActorIndex, Mention, ResolvedActor, combine
from .dictionaries import ActorEntry, AgentEntry

_TOKEN = re.compile(r"\w+(?:\.\w+)*\.?|'s|[^\w\s]")


@dataclass(frozen=True, slots=True)
class MatchExplanation:
    words: str
    kind: str  # "actor" or "agent"
    code: str | None  # on the date
    source: str  # dictionary file:line
    codes: tuple[str, ...]  # every code of the entry, with its period


@dataclass(frozen=True, slots=True)
class ActorLookup:
    text: str
    on: dt.date
    actor: ResolvedActor | None
    matches: tuple[MatchExplanation, ...]


def words_of(text: str) -> list[str]:
    """A tokenisation close to spaCy's for names: "Erdoğan's" -> Erdoğan 's."""
    return _TOKEN.findall(text)


def lookup(index: ActorIndex, text: str, on: dt.date) -> ActorLookup:
    words = words_of(text)
    mentions = index.find(words)
    return ActorLookup(text, on, combine(mentions, on),
                       tuple(_explain(m, words, on) for m in mentions))


def _explain(m: Mention, words: list[str], on: dt.date) -> MatchExplanation:
    span = " ".join(words[m.start:m.end])
    entry = m.entry
    if isinstance(entry, AgentEntry):
        code = ("" if entry.prefix else "~") + entry.code + ("~" if entry.prefix else "")
        return MatchExplanation(span, "agent", code, entry.source or "detente knowledge", (code,))
    assert isinstance(entry, ActorEntry)
    periods = tuple(
        c.code + (f" {c.start or '…'}..{c.end or '…'}" if c.restricted else " (default)")
        for c in entry.codes
    )
    return MatchExplanation(span, "actor", entry.code_on(on), entry.source or "detente knowledge",
                            periods)
