"""CAMEO event codes -> ``CameoTable``: names, Goldstein scores, quad classes.

Both tables are GDELT's lookups as shipped by py-gdelt: a header line, then one
tab-separated line per code::

    0231	Appeal for economic aid      (CAMEO.eventcodes.txt: the code's name)
    0231	3.4                          (CAMEO.goldsteinscale.txt: its Goldstein score)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from ...errors import DictionaryError

NAMES_FILE = "CAMEO.eventcodes.txt"
SCORES_FILE = "CAMEO.goldsteinscale.txt"

T = TypeVar("T")

_CODE = re.compile(r"^\d{2,4}$")
# GDELT's eventcodes file lost one line break ("1056<TAB>Demand de-escalation of military
# engagement106:[-5.0] Demand withdrawal"): split it back so 106 has a name.
_MERGED = re.compile(r"^(?P<name>.*?)(?P<code>\d{2,4}):\[[^\]]*\]\s*(?P<next>.+)$")
# GDELT's QuadClass by root code, so detente's quad classes compare with GDELT's (Phoenix
# differs: roots 01-02 are neutral there and 16 is verbal conflict).
_QUAD_CLASSES: Mapping[int, range] = MappingProxyType(
    {
        1: range(1, 6),  # verbal cooperation: 01-05
        2: range(6, 10),  # material cooperation: 06-09
        3: range(10, 15),  # verbal conflict: 10-14
        4: range(15, 21),  # material conflict: 15-20
    }
)


def lineage(code: str) -> tuple[str, ...]:
    """The code and its parents, most specific first: "0231" -> ("0231", "023", "02").

    Empty for anything that is not a 2- to 4-digit code.
    """
    if not _CODE.match(code):
        return ()
    return tuple(code[:n] for n in range(len(code), 1, -1))


@dataclass(frozen=True, slots=True)
class CameoTable:
    names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    scores: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))

    def is_valid(self, code: str) -> bool:
        """Whether the code is in CAMEO's list (not merely shaped like a code)."""
        return code in self.names

    def name(self, code: str) -> str | None:
        return self.names.get(code)

    def goldstein(self, code: str) -> float | None:
        """The code's score, else its nearest parent's: codes the dictionaries use beyond
        GDELT's list ("1952", "176") still get their family's score."""
        return next((self.scores[c] for c in lineage(code) if c in self.scores), None)

    def quad_class(self, code: str) -> int | None:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
        conflict; None unless the code's root is a CAMEO root."""
        parents = lineage(code)
        if not parents or not self.is_valid(parents[-1]):
            return None
        root = int(parents[-1])
        return next((q for q, roots in _QUAD_CLASSES.items() if root in roots), None)

    @staticmethod
    def root(code: str) -> str:
        """ "0231" -> "02"; ValueError for anything not shaped like a CAMEO code."""
        if not lineage(code):
            raise ValueError(f"not a CAMEO event code: {code!r}")
        return code[:2]


def _rows(path: Path) -> Iterator[tuple[int, str, str, str]]:
    """(line number, raw line, code, value) for each line after the header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        code, tab, value = raw.partition("\t")
        if not tab or not _CODE.match(code):
            raise DictionaryError(str(path), number, raw, "expected 'code<TAB>value'")
        yield number, raw, code, value.strip()


def _add(table: dict[str, T], path: Path, number: int, raw: str, code: str, value: T) -> None:
    if code in table:
        raise DictionaryError(str(path), number, raw, f"code {code} listed twice")
    table[code] = value


def read_names(path: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    for number, raw, code, name in _rows(path):
        merged = _MERGED.match(name)
        if merged:
            _add(names, path, number, raw, code, merged["name"].strip())
            _add(names, path, number, raw, merged["code"], merged["next"].strip())
        else:
            _add(names, path, number, raw, code, name)
    return names


def read_scores(path: Path) -> dict[str, float]:
    scores: dict[str, float] = {}
    for number, raw, code, value in _rows(path):
        try:
            score = float(value)
        except ValueError:
            raise DictionaryError(str(path), number, raw, "score is not a number") from None
        _add(scores, path, number, raw, code, score)
    return scores


def read_cameo(names: Path, scores: Path) -> CameoTable:
    return CameoTable(
        names=MappingProxyType(read_names(names)),
        scores=MappingProxyType(read_scores(scores)),
    )


@functools.cache
def load_cameo() -> CameoTable:
    """The tables shipped in the package (``detente/data/ontology``)."""
    folder = resources.files("detente").joinpath("data", "ontology")
    with (
        resources.as_file(folder.joinpath(NAMES_FILE)) as names,
        resources.as_file(folder.joinpath(SCORES_FILE)) as scores,
    ):
        return read_cameo(names, scores)
