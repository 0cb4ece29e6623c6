"""PETRARCH agent dictionaries -> ``AgentDictionary``.

::

    !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
    FOREIGN_MINISTER [~GOVFRM]          -> actor code + GOVFRM ("Turkish foreign minister")
    CONGRESS!PERSON! [~LEG]             -> CONGRESSMAN, CONGRESSMEN, ... (macro expanded)
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural; ``{}`` means none
    PEACEKEEPING_TROOPS {} [IGO~]       -> the agent code goes before the actor code

Regular plurals of the last word are generated unless ``{...}`` or a macro gives the forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import DictionaryError
from .actors import Phrase, comment_free_lines
from .words import phrase_words, plurals

_MACRO = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")
_ENTRY = re.compile(
    r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$"
)
_AGENT_CODE = re.compile(r"^(~[A-Z0-9]{3,12}|[A-Z0-9]{3,12}~)$")


@dataclass(frozen=True, slots=True)
class AgentEntry:
    phrases: tuple[Phrase, ...]
    code: str  # without the tilde: "GOVFRM"
    prefix: bool  # True for "IGO~": the agent code precedes the actor code
    source: str


@dataclass(frozen=True, slots=True)
class AgentDictionary:
    entries: tuple[AgentEntry, ...] = field(default=())


def _expand(phrase: str, macros: dict[str, tuple[str, ...]]) -> list[str]:
    for name, values in macros.items():
        if name in phrase:
            return [x for v in values for x in _expand(phrase.replace(name, v, 1), macros)]
    return [phrase]


def _forms(phrase: str, explicit: str | None) -> list[Phrase]:
    base = phrase_words(phrase)
    forms = [Phrase(base)]
    if explicit is None:
        forms += [Phrase((*base[:-1], p)) for p in plurals(base[-1])]
    else:
        forms += [Phrase(phrase_words(p)) for p in explicit.split() if p]
    return forms


def read_agents(path: Path) -> AgentDictionary:
    macros: dict[str, tuple[str, ...]] = {}
    entries: list[AgentEntry] = []
    for number, raw, line in comment_free_lines(path.read_text(encoding="utf-8")):
        macro = _MACRO.match(line)
        if macro:
            macros[macro.group(1)] = tuple(v.strip() for v in macro.group(2).split(","))
            continue
        m = _ENTRY.match(line.strip())
        code = m.group("code").strip().upper() if m else ""
        if not m or not _AGENT_CODE.match(code):
            raise DictionaryError(str(path), number, raw, "expected PHRASE [~CODE] or [CODE~]")
        phrases: list[Phrase] = []
        expanded = _expand(m.group("phrase").strip(), macros)
        # a macro lists every form itself (MAN, MEN): PETRARCH adds no plurals to those
        explicit = m.group("plurals") if expanded == [m.group("phrase").strip()] else ""
        for text in expanded:
            if "!" in text:
                raise DictionaryError(str(path), number, raw, "undefined !MACRO!")
            phrases += _forms(text, explicit)
        entries.append(
            AgentEntry(tuple(phrases), code.strip("~"), code.endswith("~"), f"{path.name}:{number}")
        )
    return AgentDictionary(tuple(entries))
