"""The CAMEO-to-PLOVER table (CAMEO2PLOVER-2021.txt) -> ``PloverTable``.

One line per CAMEO code: the PLOVER event, then optionally a mode and contexts
(separated by ";"), then an optional comment::

    0311: AGREE,  ,   economic # Express intent to cooperate economically
        -> Plover("AGREE", None, ("economic",))
    094: ACCUSE, investigate, military; legal # Investigate war crimes
        -> Plover("ACCUSE", "investigate", ("military", "legal"))
    03: AGREE
        -> Plover("AGREE")

Codes without a line of their own (all of CAMEO 01 and 02, which PLOVER drops) have no
PLOVER event unless a parent code has one. A line starting with "~~" ends the table.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ...errors import DictionaryError
from ...model import Plover
from .cameo import lineage

PLOVER_FILE = "CAMEO2PLOVER-2021.txt"

_LINE = re.compile(r"^(?P<code>\d{2,4}):(?P<body>[^#]*)(?:#.*)?$")
_EVENT = re.compile(r"^[A-Z]+$")
_TERM = re.compile(r"^[a-z][a-z_-]*$")  # a mode or a context: "martial-law", "human_rights"
_END = "~~"
_FIELDS = 3  # event, mode, contexts


@dataclass(frozen=True, slots=True)
class PloverTable:
    entries: Mapping[str, Plover] = field(default_factory=lambda: MappingProxyType({}))

    def lookup(self, code: str, status: str = "asserted") -> Plover | None:
        """The code's PLOVER event, else its nearest parent's.

        A cooperative action reported as future ("Finland will give Tanzania a grant")
        is an AGREE, as the PLOVER manual's AGREE section says; a future RETREAT or
        CONCEDE stays what it is."""
        found = next((self.entries[c] for c in lineage(code) if c in self.entries), None)
        if found is not None and status == "future" and found.event in _INTENDED:
            return Plover("AGREE", None, found.context)
        return found


# PLOVER events that, reported in the future tense, are intentions to cooperate
_INTENDED = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def parse_line(body: str) -> Plover:
    """The part after "CODE:" -> ``Plover``. Raises ValueError with the reason."""
    fields = [f.strip() for f in body.split(",")]
    if len(fields) > _FIELDS:
        raise ValueError("more than three comma-separated fields (event, mode, contexts)")
    event, mode, contexts = (*fields, "", "")[:_FIELDS]
    if not _EVENT.match(event):
        raise ValueError(f"PLOVER event must be an upper-case word, not {event!r}")
    terms = tuple(c.strip() for c in contexts.split(";") if c.strip())
    for term in filter(None, (mode, *terms)):
        if not _TERM.match(term):
            raise ValueError(f"mode or context must be a lower-case word, not {term!r}")
    return Plover(event, mode or None, terms)


def _remember(entries: dict[str, Plover], code: str, plover: Plover) -> str | None:
    """Keep the line's mapping, or say why it conflicts with an earlier line.

    A repeated root is a section header, kept from its first line: the table splits
    CAMEO 08 into "08: CONCEDE" (081-083) and "08: RETREAT" (084-087), and every code
    below 08 has a line of its own. Other codes may repeat only with the same mapping.
    """
    earlier = entries.setdefault(code, plover)
    if earlier == plover or len(code) == 2:
        return None
    return f"code {code} already maps to {earlier.event}"


def read_plover(path: Path) -> PloverTable:
    entries: dict[str, Plover] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if line.startswith(_END):
            break
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise DictionaryError(str(path), number, raw, "expected 'CODE: EVENT, mode, context'")
        try:
            plover = parse_line(match["body"])
        except ValueError as error:
            raise DictionaryError(str(path), number, raw, str(error)) from None
        conflict = _remember(entries, match["code"], plover)
        if conflict:
            raise DictionaryError(str(path), number, raw, conflict)
    return PloverTable(MappingProxyType(entries))


@functools.cache
def load_plover() -> PloverTable:
    """The table shipped in the package (``detente/data/ontology``)."""
    data = resources.files("detente").joinpath("data", "ontology", PLOVER_FILE)
    with resources.as_file(data) as path:
        return read_plover(path)
