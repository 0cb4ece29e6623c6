"""Fixtures for the dictionary reader tests: tiny dictionaries written into ``tmp_path``.

The dictionaries are about invented places (Arnor, Gondor, Mordor), one syntax per test.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

Write = Callable[[str, str], Path]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """``write("test.actors.txt", text)``: the dedented text as a UTF-8 file in ``tmp_path``.

    Dedenting keeps the extra indentation that marks an actor's code lines.
    """

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write
