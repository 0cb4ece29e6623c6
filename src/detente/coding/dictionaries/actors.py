"""PETRARCH/TABARI actor dictionaries -> ``ActorDictionary``.

An entry is a primary phrase, its ``+`` synonyms and its codes, on the same line or on
the indented lines that follow::

    VLADIMIR_PUTIN_  # CountryInfo.txt
    +PRESIDENT_PUTIN_
        [RUSGOV 991231-080507]
        [RUSGOV >080508]
    TURKEY_  [TUR]

A code may be restricted to a period (``YYMMDD-YYMMDD``, ``>YYMMDD`` from, ``<YYMMDD``
until); the unrestricted code applies when no period matches.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import DictionaryError
from .words import phrase_words

_CODE = re.compile(r"\[([^\]]*)\]")
_PERIOD = re.compile(r"^(?:(\d{6,8})-(\d{6,8})|>(\d{6,8})|<(\d{6,8}))$")
# "---" codes nothing; "###" and "+++" are TABARI's discard codes, and "/" joins the codes
# of a compound actor ("FRO/BIL/SAM"): the validation suite expects all of them verbatim.
_ACTOR_CODE = re.compile(r"^(?:[A-Z0-9]{3,15}(?:/[A-Z0-9]{3,15})*|---|###|\+\+\+)$")
# Two-digit years below this are 20xx: the Phoenix files date from 2014 and cover 1900s
# careers, so a later pivot would move 1970s tenures into the 2070s.
_YEAR_PIVOT = 30
# Shorter stems ("UN", "US") would match unrelated longer words.
_MIN_STEM = 4


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: dt.date | None = None  # inclusive
    end: dt.date | None = None  # inclusive

    def applies(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words to match in order; with ``open_end`` the last word is a stem (TABARI: a
    phrase not ending in ``_`` matches longer words, "ARGENTIN" -> "ARGENTINA")."""

    words: tuple[str, ...]
    open_end: bool = False

    @staticmethod
    def parse(text: str) -> Phrase:
        stripped = text.strip()
        words = phrase_words(stripped)
        open_end = not stripped.endswith("_") and len(words[-1]) >= _MIN_STEM if words else False
        return Phrase(words, open_end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str  # the primary phrase, readable: "Vladimir Putin"
    phrases: tuple[Phrase, ...]
    codes: tuple[DatedCode, ...]
    source: str  # "file:line" of the primary phrase

    def code_on(self, day: dt.date | None) -> str | None:
        """The code in force on ``day``: a matching period first, else the default."""
        if day is not None:
            for c in self.codes:
                if c.restricted and c.applies(day):
                    return c.code
        defaults = [c.code for c in self.codes if not c.restricted]
        if defaults:
            return defaults[0]
        return self.codes[-1].code if self.codes and day is None else None


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    entries: tuple[ActorEntry, ...] = field(default=())


def parse_date(text: str, path: str, number: int, line: str) -> dt.date:
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            year = 2000 + yy if yy < _YEAR_PIVOT else 1900 + yy
            return dt.date(year, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise DictionaryError(path, number, line, f"bad date {text!r} (YYMMDD or YYYYMMDD)")


def parse_code(body: str, path: str, number: int, line: str) -> DatedCode:
    """'RUSGOV >080508' -> DatedCode('RUSGOV', 2008-05-08, None)"""
    parts = body.upper().split(maxsplit=1)
    if not parts or not _ACTOR_CODE.match(parts[0]):
        raise DictionaryError(path, number, line, "bad actor code")
    if len(parts) == 1:
        return DatedCode(parts[0])
    m = _PERIOD.match(parts[1].replace(" ", ""))
    if not m:
        raise DictionaryError(path, number, line, "bad date restriction")
    start_s, end_s, from_s, until_s = m.groups()

    def d(s: str | None) -> dt.date | None:
        return parse_date(s, path, number, line) if s else None

    if start_s:
        return DatedCode(parts[0], d(start_s), d(end_s))
    return DatedCode(parts[0], d(from_s), None) if from_s else DatedCode(parts[0], None, d(until_s))


@dataclass
class _Pending:
    phrases: list[Phrase] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    name: str = ""
    source: str = ""


# a "#" inside [...] is part of a code ("[###]"); one after a stray "]" still starts a comment
_COMMENT = re.compile(r"\[[^\]]*\]|#")


def strip_comment(line: str) -> str:
    for m in _COMMENT.finditer(line):
        if m.group() == "#":
            return line[: m.start()].rstrip()
    return line.rstrip()


# "<! --" is a typo the PETRARCH validation files carry; PETRARCH skips it as a comment too.
_XML_OPEN = re.compile(r"<!\s*--")


def comment_free_lines(text: str) -> list[tuple[int, str, str]]:
    """(number, raw, code part) for lines outside ``<!-- ... -->`` blocks and comments."""
    out: list[tuple[int, str, str]] = []
    in_block = False
    for number, raw in enumerate(text.splitlines(), start=1):
        # XML comments first: a block may close inside a "#" comment ("# -->")
        line, in_block = _outside_xml_comment(raw, in_block)
        line = strip_comment(line)
        if line.strip():
            out.append((number, raw, line))
    return out


def _outside_xml_comment(line: str, in_block: bool) -> tuple[str, bool]:
    """'ARNOR_ [ARN] <!-- note -->' -> ('ARNOR_ [ARN] ', False): the entry stays."""
    kept = ""
    while line:
        if in_block:
            end = line.find("-->")
            if end < 0:
                return kept, True
            line, in_block = line[end + 3 :], False
            continue
        start = _XML_OPEN.search(line)
        if start is None:
            return kept + line, False
        kept, line, in_block = kept + line[: start.start()], line[start.end() :], True
    return kept, in_block


def _readable(phrase: str) -> str:
    return " ".join(w.capitalize() if w.isalpha() else w for w in phrase_words(phrase))


def read_actors(path: Path) -> ActorDictionary:
    """Parse one actor file; malformed lines raise DictionaryError(file, line, text)."""
    text = path.read_text(encoding="utf-8", errors="strict")
    entries: list[ActorEntry] = []
    pending = _Pending()

    def close() -> None:
        if pending.phrases and pending.codes:
            phrases, codes = tuple(pending.phrases), tuple(pending.codes)
            entries.append(ActorEntry(pending.name, phrases, codes, pending.source))
        # phrases without codes wait for the next codes (TABARI lists "U.N._" under "UN_")
        if pending.codes:
            pending.phrases, pending.codes, pending.name = [], [], ""

    for number, raw, line in comment_free_lines(text):
        codes = [parse_code(b, str(path), number, raw) for b in _CODE.findall(line)]
        phrase = _CODE.sub("", line).strip()
        if raw[:1] in " \t" and not phrase:
            if not pending.phrases:
                raise DictionaryError(str(path), number, raw, "codes without a phrase")
            pending.codes.extend(codes)
            continue
        if "[" in phrase or "]" in phrase:
            raise DictionaryError(str(path), number, raw, "unbalanced brackets")
        if phrase.startswith("+"):
            synonym = Phrase.parse(phrase[1:])
            if not synonym.words:
                raise DictionaryError(str(path), number, raw, "empty synonym")
            pending.phrases.append(synonym)
            pending.codes.extend(codes)
            continue
        close()
        primary = Phrase.parse(phrase)
        if not primary.words:
            raise DictionaryError(str(path), number, raw, "no phrase")
        pending.phrases.append(primary)
        pending.codes.extend(codes)
        if not pending.name:
            pending.name, pending.source = _readable(phrase), f"{path.name}:{number}"
    close()
    return ActorDictionary(tuple(entries))
