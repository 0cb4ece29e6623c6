"""Issue (topic) dictionaries in the Phoenix format::

    <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
    n:teacher [TEACHERS]       "n:" a noun: its plural matches too
    early+childhood education [EARLY_CHILDHOOD_EDUCATION]   "+" joins hyphenated words
    ~get head start            "~" a phrase that must not be coded (it contains a cue)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...errors import DictionaryError
from .actors import Phrase, comment_free_lines
from .words import norm_word, plurals

_ENTRY = re.compile(r"^(?P<phrase>[^\[]+?)\s*\[(?P<code>[A-Za-z0-9_-]+)\]\s*$")


@dataclass(frozen=True, slots=True)
class IssueEntry:
    phrases: tuple[Phrase, ...]
    code: str
    category: str


@dataclass(frozen=True, slots=True)
class IssueDictionary:
    entries: tuple[IssueEntry, ...] = ()
    blocked: tuple[Phrase, ...] = ()


def _words(text: str) -> list[list[str]]:
    """'n:bachelor n:degree' -> [['BACHELOR', 'BACHELORS'], ['DEGREE', 'DEGREES']]"""
    out = []
    for token in text.split():
        noun = token.startswith("n:")
        word = norm_word(token.removeprefix("n:").replace("+", "-"))
        out.append([word, *plurals(word)] if noun else [word])
    return out


def _phrases(text: str) -> tuple[Phrase, ...]:
    combos: list[tuple[str, ...]] = [()]
    for options in _words(text):
        combos = [(*c, w) for c in combos for w in options]
    # hyphens become separate words, as spaCy splits them
    return tuple(Phrase(tuple(x for w in c for x in re.split(r"(-)", w) if x)) for c in combos)


def read_issues(path: Path) -> IssueDictionary:
    entries: list[IssueEntry] = []
    blocked: list[Phrase] = []
    category = ""
    for number, raw, line in comment_free_lines(path.read_text(encoding="utf-8")):
        text = line.strip()
        if text.startswith("<"):
            m = re.search(r'CATEGORY="([^"]+)"', text)
            category = m.group(1) if m else category
            continue
        if text.startswith("~"):
            blocked.extend(_phrases(text[1:]))
            continue
        m = _ENTRY.match(text)
        if "[" in text and not m or not m and not category:
            raise DictionaryError(str(path), number, raw, "expected PHRASE [ISSUE_CODE]")
        # a phrase without a code takes its category's ("european central bank")
        phrase, code = (m.group("phrase"), m.group("code")) if m else (text, category)
        entries.append(IssueEntry(_phrases(phrase), code, category))
    return IssueDictionary(tuple(entries), tuple(blocked))
