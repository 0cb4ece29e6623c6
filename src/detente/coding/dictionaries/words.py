"""How dictionary phrases and text tokens become comparable words.

Both sides go through ``norm_word`` so "Erdoğan" in text meets ERDOGAN in a dictionary,
and ``phrase_words`` splits a dictionary phrase the way spaCy splits text
("BAN_KI-MOON" -> BAN KI - MOON; "CHILDREN'S" -> CHILDREN 'S; "G-20" stays whole).
"""

from __future__ import annotations

import re
import unicodedata

# spaCy splits a hyphen before a letter ("KI-MOON", "20-MEMBER") or between digits, but
# not between a letter and a digit ("G-20", "F-16" stay one token).
_HYPHEN = re.compile(r"(?<=[^\W_])(-)(?=[^\W\d_])|(?<=\d)(-)(?=\d)")


def norm_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.upper().replace("’", "'")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """'PRESIDENT_VLADIMIR_V._PUTIN_' -> ('PRESIDENT', 'VLADIMIR', 'V.', 'PUTIN')"""
    words: list[str] = []
    for raw in re.split(r"[_\s]+", norm_word(phrase)):
        if not raw:
            continue
        if raw.endswith("'S") and len(raw) > 2:
            words.extend([*_split_hyphens(raw[:-2]), "'S"])
        elif raw.endswith("'") and len(raw) > 1:  # "WORKERS'": spaCy splits the apostrophe off
            words.extend([*_split_hyphens(raw[:-1]), "'"])
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
