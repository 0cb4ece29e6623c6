from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

import detente.ingest
from detente.errors import ErrorPolicy, InputError, OnError
from detente.ingest import read_articles
from detente.ingest.limits import MAX_FILE_BYTES
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list[InputError]]]

FIXTURES = ["talks.txt", "summit.html", "articles.jsonl", "feed.rss", "feed.atom"]


def test_public_names_are_pinned() -> None:
    assert detente.ingest.__all__ == [
        "READERS",
        "Position",
        "ReadContext",
        "Reader",
        "read_articles",
    ]


def test_a_folder_is_read_recursively_in_order_without_hidden_files(
    read: ReadFn, data_dir: Path
) -> None:
    folder = data_dir / "folder"
    articles, problems = read(folder)
    assert problems == []
    assert [a.origin for a in articles] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]


def test_a_glob_pattern_is_expanded_recursively_and_sorted(read: ReadFn, data_dir: Path) -> None:
    articles, problems = read(str(data_dir / "**" / "*.txt"))
    assert problems == []
    assert [Path(a.origin or "").name for a in articles] == ["a.txt", "b.txt", "talks.txt"]


def test_stdin_is_read_from_its_byte_buffer(
    read: ReadFn, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    data = (data_dir / "articles.jsonl").read_bytes()
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(data)))
    articles, problems = read("-")
    assert problems == []
    assert [a.origin for a in articles][:2] == ["<stdin>:line 1", "<stdin>:line 2"]


@pytest.mark.parametrize("name", FIXTURES)
def test_gzip_compressed_inputs_read_like_the_originals(
    read: ReadFn, data_dir: Path, gzip_copy: Callable[[Path], Path], name: str
) -> None:
    plain, _ = read(data_dir / name)
    packed, problems = read(gzip_copy(data_dir / name))
    assert problems == []
    assert [(a.id, a.text, a.title, a.date) for a in packed] == [
        (a.id, a.text, a.title, a.date) for a in plain
    ]


def test_ids_are_the_same_on_every_read(read: ReadFn, data_dir: Path) -> None:
    first, _ = read(*(data_dir / name for name in FIXTURES))
    second, _ = read(*(data_dir / name for name in FIXTURES))
    assert len(first) == 10
    assert [a.id for a in first] == [a.id for a in second]
    assert len({a.id for a in first}) == len(first)


def test_an_input_date_wins_and_the_date_argument_fills_the_rest(
    read: ReadFn, data_dir: Path
) -> None:
    fallback = dt.date(2023, 12, 25)
    articles, _ = read(data_dir / "talks.txt", data_dir / "feed.rss", date=fallback)
    assert [a.date for a in articles] == [fallback, dt.date(2024, 4, 10), dt.date(2024, 4, 11)]


def test_a_single_name_is_one_input(data_dir: Path) -> None:
    (article,) = read_articles(str(data_dir / "talks.txt"))
    assert article.origin == str(data_dir / "talks.txt")


def test_without_date_argument_an_undated_input_has_no_date(read: ReadFn, data_dir: Path) -> None:
    (article,), _ = read(data_dir / "talks.txt")
    assert article.date is None


def test_a_missing_path_is_reported_and_the_other_inputs_read(
    read: ReadFn, data_dir: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.txt"
    articles, (problem,) = read(missing, data_dir / "talks.txt")
    assert len(articles) == 1
    assert str(problem) == f"{missing}: no such file or folder"


def test_a_pattern_matching_nothing_is_reported(read: ReadFn, tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.jsonl")
    articles, (problem,) = read(pattern)
    assert articles == []
    assert str(problem) == f"{pattern}: no such file or folder, and no file matches it as a pattern"


def test_binary_file_is_reported_by_path(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem) == f"{path}: binary file"


def test_a_file_over_the_size_limit_is_refused_unread(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB written
        handle.truncate(MAX_FILE_BYTES + 1)
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem) == f"{path}: file too large ({MAX_FILE_BYTES + 1} bytes > {MAX_FILE_BYTES})"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "Le ministre des affaires étrangères a rencontré son homologue mardi à Paris "
            "pour discuter de la frontière et des accords de pêche.",
            "% common English words in the first ",
        ),
        (
            "Министр иностранных дел встретился со своим коллегой во вторник, чтобы "
            "обсудить вопросы границы и торговли.",
            "mostly non-Latin script",
        ),
    ],
)
def test_non_english_text_is_reported_with_its_position(
    read: ReadFn, tmp_path: Path, story: str, text: str, detail: str
) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(f'{{"text": "{story}"}}\n{{"text": "{text}"}}\n', encoding="utf-8")
    articles, (problem,) = read(path)
    assert len(articles) == 1
    assert str(problem).startswith(f"{path}:line 2: text does not look like English (")
    assert detail in problem.reason


def test_on_error_raise_stops_at_the_first_problem(data_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    articles = read_articles(
        [data_dir / "talks.txt", missing, data_dir / "feed.rss"],
        policy=ErrorPolicy(on_error=OnError.RAISE),
    )
    assert next(articles).origin == str(data_dir / "talks.txt")
    with pytest.raises(InputError, match="nowhere.txt: no such file or folder"):
        next(articles)


def test_on_error_raise_raises_a_bad_line_once_with_its_position(
    data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": }\n')
    policy = ErrorPolicy(on_error=OnError.RAISE)
    with pytest.raises(InputError) as raised:
        list(read_articles([path], policy=policy))
    assert (raised.value.path, raised.value.position) == (str(path), "line 1")


def test_notify_sees_each_problem_as_it_happens(data_dir: Path, tmp_path: Path) -> None:
    seen: list[str] = []
    policy = ErrorPolicy(notify=lambda error: seen.append(error.reason))
    articles = list(read_articles([tmp_path / "a.txt", data_dir / "talks.txt"], policy=policy))
    assert (len(articles), seen) == (1, ["no such file or folder"])


def test_reading_is_lazy(tmp_path: Path, data_dir: Path) -> None:
    later = tmp_path / "later.txt"
    articles = read_articles([data_dir / "talks.txt", later])
    next(articles)
    later.write_text((data_dir / "talks.txt").read_text() + "\nA late addition.")
    assert next(articles).text.endswith("A late addition.")


def test_an_empty_folder_is_reported(read: ReadFn, tmp_path: Path) -> None:
    (tmp_path / "empty" / ".git").mkdir(parents=True)
    articles, (problem,) = read(tmp_path / "empty")
    assert articles == []
    assert str(problem) == f"{tmp_path / 'empty'}: folder holds no files to read"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_reported(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("locked")
    path.chmod(0)
    articles, (problem,) = read(path)
    assert str(problem).startswith(f"{path}: cannot read (")
