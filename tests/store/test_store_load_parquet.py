"""Loading Parquet event files (the distributed engine's output) into the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import InputError
from detente.model import CodedArticle, Event
from detente.store import Store, write_parquet


def by_id(events: list[Event]) -> list[dict[str, object]]:
    return [e.to_dict() for e in sorted(events, key=lambda e: e.event_id)]


def test_a_glob_of_parts_loads_every_event_once(
    store: Store, sample_events: list[Event], tmp_path: Path
) -> None:
    write_parquet(sample_events[:3], tmp_path / "part-00000.parquet")
    write_parquet(sample_events[3:], tmp_path / "part-00001.parquet")
    write_parquet([], tmp_path / "part-00002.parquet")  # a partition that coded nothing
    counts = store.load_parquet(tmp_path / "*.parquet")
    assert (counts.events_new, counts.events_total_seen) == (len(sample_events), 7)
    assert by_id(store.events()) == by_id(sample_events)
    again = store.load_parquet(str(tmp_path / "*.parquet"))
    assert again.events_new == 0  # ids are content hashes: loading twice adds nothing


def test_loaded_events_filter_like_written_ones(
    sample_batch: list[CodedArticle], sample_events: list[Event], tmp_path: Path
) -> None:
    path = tmp_path / "events.parquet"
    write_parquet(sample_events, path)
    with Store(":memory:") as loaded, Store(":memory:") as written:
        loaded.load_parquet(path)
        written.write(sample_batch)
        for query in [{"actor": "RUS"}, {"since": "2023-06"}, {"code": "04"}]:
            assert by_id(loaded.events(**query)) == by_id(written.events(**query))
        assert loaded.stats().events == written.stats().events
        assert loaded.stats().articles == 0  # the files hold events, not articles


def test_a_pattern_matching_nothing_is_an_input_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no Parquet file matches"):
        store.load_parquet(tmp_path / "*.parquet")
