"""Shared test fixtures: the shared data folder and tiny hand-made dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import TINY_DICTS


@pytest.fixture(scope="session")
def tiny_dicts() -> Path:
    return TINY_DICTS

