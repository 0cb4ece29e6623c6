"""Cutting a stream into lists of a given size, lazily (``itertools.batched`` is 3.12)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

__all__ = ["batched"]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``batched(range(5), 2)`` gives [0, 1], [2, 3], [4]."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
