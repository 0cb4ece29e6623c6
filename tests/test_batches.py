"""Cutting a stream into lists (no model)."""

from __future__ import annotations

from collections.abc import Iterator

from detente.batches import batched


def test_lists_of_the_size_and_a_shorter_last() -> None:
    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(batched([], 3)) == []


def test_the_stream_is_read_lazily() -> None:
    read: list[int] = []

    def stream() -> Iterator[int]:
        for n in range(100):
            read.append(n)
            yield n

    first = next(batched(stream(), 3))
    assert (first, read) == ([0, 1, 2], [0, 1, 2])
