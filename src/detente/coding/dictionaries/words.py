"""How dictionary phrases and text tokens become comparable words.

Both sides go through ``norm_word`` so "Erdoğan" in text meets ERDOGAN in a dictionary,
and ``phrase_words`` splits a dictionary phrase the way spaCy splits text
("BAN_KI-MOON" -> BAN KI - MOON; "CHILDREN'S" -> CHILDREN 'S).
"""

from __future__ import annotations

import re
import unicodedata

_HYPHEN = re.compile(r"(?<=\w)(-)(?=\w)")


def norm_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.upper().replace("’", "'")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """'RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN_' -> ('RUSSIAN', 'PRESIDENT', 'VLADIMIR', 'V.', 'PUTIN')"""
    words: list[str] = []
    for raw in re.split(r"[_\s]+", norm_word(phrase)):
        if not raw:
            continue
        if raw.endswith("'S") and len(raw) > 2:
            words.extend([*_split_hyphens(raw[:-2]), "'S"])
        else:
            words.extend(_split_hyphens(raw))
    return tuple(words)


def _split_hyphens(word: str) -> list[str]:
    return [p for p in _HYPHEN.split(word) if p]


def plurals(word: str) -> tuple[str, ...]:
    """Regular English plural forms of a noun, as PETRARCH generates them."""
    if word.endswith("MAN"):
        return (word[:-3] + "MEN",)
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return (word + "ES",)
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return (word[:-1] + "IES",)
    return (word + "S",)
