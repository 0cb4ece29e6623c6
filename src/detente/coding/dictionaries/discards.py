"""Discard dictionaries: phrases that mark a sentence (or, with ``+``, a whole story) as
not about political events ("+World Golf Championships", "BASEBALL")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...errors import DictionaryError
from .actors import Phrase, comment_free_lines


@dataclass(frozen=True, slots=True)
class DiscardDictionary:
    sentence: tuple[Phrase, ...] = ()
    story: tuple[Phrase, ...] = ()


def read_discards(path: Path) -> DiscardDictionary:
    sentence: list[Phrase] = []
    story: list[Phrase] = []
    for number, raw, line in comment_free_lines(path.read_text(encoding="utf-8")):
        text = line.strip()
        target = story if text.startswith("+") else sentence
        phrase = Phrase.parse(text.lstrip("+").strip() + "_")  # discards are whole words
        if not phrase.words or "[" in text:
            raise DictionaryError(str(path), number, raw, "expected a discard phrase")
        target.append(phrase)
    return DiscardDictionary(tuple(sentence), tuple(story))
