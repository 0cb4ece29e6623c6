"""Dictionary readers for the PETRARCH/TABARI formats, into typed immutable structures.

``load_dictionaries(DIR)`` reads every file in DIR by its name (``*actors*``,
``*agents*``, ``*verbs*`` or ``CAMEO*``, ``*discards*``, ``*Issue*``; ``.gz`` allowed);
``bundled()`` loads the copies shipped with detente. A ``Dictionaries`` carries the
sha256 of the files it was read from, which goes into every event's provenance.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TypeVar

from ...errors import ConfigError, DictionaryError
from .actors import ActorDictionary, ActorEntry, DatedCode, Phrase, read_actors
from .agents import AgentDictionary, AgentEntry, read_agents
from .discards import DiscardDictionary, read_discards
from .issues import IssueDictionary, IssueEntry, read_issues
from .verbs import Pattern, Term, VerbBlock, VerbDictionary, VerbForm, read_verbs

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "AgentDictionary",
    "AgentEntry",
    "DatedCode",
    "Dictionaries",
    "DiscardDictionary",
    "IssueDictionary",
    "IssueEntry",
    "Pattern",
    "Phrase",
    "Term",
    "VerbBlock",
    "VerbDictionary",
    "VerbForm",
    "bundled",
    "kind_of",
    "load_dictionaries",
    "load_file",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Dictionaries:
    actors: tuple[ActorDictionary, ...] = ()
    agents: tuple[AgentDictionary, ...] = ()
    verbs: VerbDictionary = field(default_factory=VerbDictionary)
    discards: DiscardDictionary = field(default_factory=DiscardDictionary)
    issues: IssueDictionary = field(default_factory=IssueDictionary)
    digest: str = "sha256:none"
    bundled: bool = False  # the dictionaries shipped with detente


Parsed = ActorDictionary | AgentDictionary | VerbDictionary | DiscardDictionary | IssueDictionary


def kind_of(name: str) -> str | None:
    """The dictionary kind a file name announces, or None for files to ignore."""
    low = name.lower()
    for kind, needles in (
        ("verbs", ("verbs", "cameo")),
        ("agents", ("agents",)),
        ("actors", ("actors",)),
        ("discards", ("discards",)),
        ("issues", ("issue",)),
    ):
        if any(n in low for n in needles) and low.endswith((".txt", ".txt.gz")):
            return kind
    return None


_READERS: dict[str, Callable[[Path], Parsed]] = {
    "actors": read_actors,
    "agents": read_agents,
    "verbs": read_verbs,
    "discards": read_discards,
    "issues": read_issues,
}


def load_file(path: Path, *, kind_from: str | None = None) -> Parsed:
    kind = kind_of(kind_from or path.name)
    if kind is None:
        raise ConfigError(f"{path}: not a dictionary file name (actors, agents, verbs...)")
    if path.suffix != ".gz":
        return _READERS[kind](path)
    # the readers name the file in their errors: decompress beside a name that says which
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / path.name.removesuffix(".gz")
        plain.write_bytes(gzip.decompress(path.read_bytes()))
        try:
            return _READERS[kind](plain)
        except DictionaryError as err:  # name the .gz the user has, not the temporary copy
            raise DictionaryError(str(path), err.line_number, err.text, err.reason) from None


def _files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise ConfigError(f"{directory}: dictionary directory not found")
    files = sorted(p for p in directory.iterdir() if p.is_file() and kind_of(p.name))
    if not files:
        raise ConfigError(f"{directory}: no dictionary files (*actors*, *verbs*, ...) in it")
    return files


def load_dictionaries(directory: str | Path) -> Dictionaries:
    files = _files(Path(directory))
    digest = hashlib.sha256()
    parts: dict[str, list[Parsed]] = {k: [] for k in _READERS}
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        parts[kind_of(path.name) or ""].append(load_file(path))
    return Dictionaries(
        actors=tuple(p for p in parts["actors"] if isinstance(p, ActorDictionary)),
        agents=tuple(p for p in parts["agents"] if isinstance(p, AgentDictionary)),
        verbs=_one(parts["verbs"], VerbDictionary, directory),
        discards=_one(parts["discards"], DiscardDictionary, directory),
        issues=_one(parts["issues"], IssueDictionary, directory),
        digest="sha256:" + digest.hexdigest(),
    )


def _one(found: list[Parsed], kind: type[T], directory: str | Path) -> T:
    items = [p for p in found if isinstance(p, kind)]
    if len(items) > 1:
        raise ConfigError(f"{directory}: more than one {kind.__name__} file")
    return items[0] if items else kind()


@functools.cache
def bundled() -> Dictionaries:
    """The real-world dictionaries shipped in the package (converted Phoenix files)."""
    root = resources.files("detente") / "data" / "dictionaries"
    with resources.as_file(root) as path:
        return dataclasses.replace(load_dictionaries(path), bundled=True)
