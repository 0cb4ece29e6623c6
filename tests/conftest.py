"""Shared test fixtures: the shared data folder and tiny hand-made dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TINY_DICTS = Path(__file__).parent / "data" / "dicts" / "tiny"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing (tests read the shared data beside the repository)")
    return path


@pytest.fixture(scope="session")
def tiny_dicts() -> Path:
    return TINY_DICTS
