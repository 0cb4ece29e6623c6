"""What the inputs name: files, folders, glob patterns and ``-`` for standard input."""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.errors import ErrorPolicy, InputError
from detente.ingest.limits import MAX_FILE_BYTES

STDIN = "-"
STDIN_NAME = "<stdin>"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read; ``path`` is None for standard input."""

    name: str
    path: Path | None = None

    def read(self) -> bytes:
        """The input's bytes; ``InputError`` when it is unreadable or too large."""
        return _read_stdin() if self.path is None else _read_file(self.path, self.name)


def expand(inputs: Iterable[str | Path], policy: ErrorPolicy) -> Iterator[Source]:
    """Sources in the order given; folders recursively in sorted order, hidden files left out.

    An input that names nothing is reported to the policy, and the others are still read.
    """
    for item in inputs:
        text = str(item)
        if text == STDIN:
            yield Source(STDIN_NAME)
            continue
        paths = _matches(text)
        if not paths:
            policy.handle(InputError(text, _missing_reason(text)))
        for path in paths:
            yield from _sources_at(path, policy)


def _matches(text: str) -> list[Path]:
    if Path(text).exists():
        return [Path(text)]
    if _GLOB_CHARS.intersection(text):
        return [Path(match) for match in sorted(glob.glob(text, recursive=True))]
    return []


def _missing_reason(text: str) -> str:
    if _GLOB_CHARS.intersection(text):
        return "no such file or folder, and no file matches it as a pattern"
    return "no such file or folder"


def _sources_at(path: Path, policy: ErrorPolicy) -> Iterator[Source]:
    if not path.is_dir():
        yield Source(str(path), path)
        return
    files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
    if not files:
        policy.handle(InputError(str(path), "folder holds no files to read"))
    for file in files:
        yield Source(str(file), file)


def _hidden(path: Path, root: Path) -> bool:
    """A dot-file, or anything inside a dot-folder, below ``root``."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, name: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(name, f"file too large ({size} bytes > {MAX_FILE_BYTES})")
        return path.read_bytes()
    except OSError as error:
        raise InputError(name, f"cannot read ({error.strerror or error})") from error


def _read_stdin() -> bytes:
    # Standard input has no size to check first, so read one byte past the limit.
    data: bytes = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(STDIN_NAME, f"input too large (over {MAX_FILE_BYTES} bytes)")
    return data
