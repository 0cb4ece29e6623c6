"""The tiny hand-made dictionaries the unit tests code with, and copies of them with
more entries."""

from __future__ import annotations

from pathlib import Path

TINY_DICTS = Path(__file__).parent / "data" / "dicts" / "tiny"


def tiny_dicts_with(folder: Path, additions: dict[str, str]) -> Path:
    """The tiny dictionaries copied into ``folder``, each file named in ``additions``
    with that text appended (a file not among them is created)."""
    for path in TINY_DICTS.iterdir():
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in additions.items():
        target = folder / name
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        target.write_text(old + "\n" + text, encoding="utf-8")
    return folder
