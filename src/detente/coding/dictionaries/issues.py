"""Issue (topic) dictionaries in the Phoenix format::

    <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
    n:teacher [TEACHERS]       "n:" a noun: its plural matches too ("v:" a verb: its forms)
    early+childhood education [EARLY_CHILDHOOD_EDUCATION]   "+" a space or a hyphen
    ~get head start            "~" (or "~~") a phrase that must not be coded (it contains a cue)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...errors import DictionaryError
from .actors import Phrase, comment_free_lines
from .verbs import regular_forms
from .words import norm_word, phrase_words, plurals

_ENTRY = re.compile(r"^(?P<phrase>[^\[]+?)\s*\[(?P<code>[A-Za-z0-9_-]+)\]\s*$")
_MARKER = re.compile(r"\b([nNvV]):")


@dataclass(frozen=True, slots=True)
class IssueEntry:
    phrases: tuple[Phrase, ...]
    code: str
    category: str


@dataclass(frozen=True, slots=True)
class IssueDictionary:
    entries: tuple[IssueEntry, ...] = ()
    blocked: tuple[Phrase, ...] = ()


def _token_forms(token: str) -> list[str]:
    """'cyber+n:attack' -> ['CYBER ATTACK', 'CYBER ATTACKS', 'CYBER-ATTACK', 'CYBER-ATTACKS']

    The ``n:`` or ``v:`` anywhere in a token inflects its last word ("pre+n:school").
    """
    marker = _MARKER.search(token)
    parts = norm_word(_MARKER.sub("", token)).split("+")
    last = [parts[-1]]
    if marker and marker.group(1).lower() == "n":
        last += plurals(parts[-1])
    elif marker:
        last = list(regular_forms(parts[-1]))
    forms = [""]
    for n, part in enumerate(parts):
        options = last if n == len(parts) - 1 else [part]
        joins = [""] if n == 0 else [" ", "-"]  # PETRARCH: "+" is a space or a hyphen
        forms = [f + j + o for f in forms for j in joins for o in options]
    return forms


def _phrases(text: str) -> tuple[Phrase, ...]:
    combos: list[tuple[str, ...]] = [()]
    for options in (_token_forms(t) for t in text.split()):
        combos = [(*c, w) for c in combos for w in options]
    # hyphens become separate words, as spaCy splits them
    return tuple(Phrase(phrase_words(" ".join(c))) for c in combos)


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
            # "~~" blocks for the whole story in PETRARCH's plan, but its code (and ours)
            # blocks the sentence either way
            blocked.extend(_phrases(text.lstrip("~")))
            continue
        m = _ENTRY.match(text)
        if "[" in text and not m or not m and not category:
            raise DictionaryError(str(path), number, raw, "expected PHRASE [ISSUE_CODE]")
        # a phrase without a code takes its category's ("european central bank")
        phrase, code = (m.group("phrase"), m.group("code")) if m else (text, category)
        entries.append(IssueEntry(_phrases(phrase), code, category))
    return IssueDictionary(tuple(entries), tuple(blocked))
