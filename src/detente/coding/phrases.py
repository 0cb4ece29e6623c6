"""Dictionary phrases found in a sentence's words: discards and issue (topic) phrases.

``PhraseIndex([(Phrase(("BIRD", "FLU")), "HEALTH")]).found(["THE", "BIRD", "FLU"])``
gives ``[(1, 3, "HEALTH")]``. Words are compared after ``norm_word``, whole: the readers of both
dictionaries make closed phrases (a discard is whole words; an issue phrase lists its
inflections).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from .dictionaries import Phrase

V = TypeVar("V")

__all__ = ["PhraseIndex"]


class PhraseIndex(Generic[V]):
    """Phrases with a value each, indexed by their first word."""

    def __init__(self, phrases: Iterable[tuple[Phrase, V]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in phrases:
            if phrase.words:
                self._by_first.setdefault(phrase.words[0], []).append((phrase.words, value))

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def found(self, words: Sequence[str]) -> list[tuple[int, int, V]]:
        """Each phrase occurrence as (start, end, value), in order of where it starts."""
        return [(i, i + len(phrase), value) for i, word in enumerate(words)
                for phrase, value in self._by_first.get(word, ())
                if tuple(words[i:i + len(phrase)]) == phrase]

    def any_in(self, words: Sequence[str]) -> bool:
        return any(tuple(words[i:i + len(phrase)]) == phrase
                   for i, word in enumerate(words) for phrase, _ in self._by_first.get(word, ()))
