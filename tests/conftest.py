"""Shared test fixtures: the shared data folder and tiny hand-made dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

TINY_DICTS = Path(__file__).parent / "data" / "dicts" / "tiny"


@pytest.fixture(scope="session")
def tiny_dicts() -> Path:
    return TINY_DICTS
