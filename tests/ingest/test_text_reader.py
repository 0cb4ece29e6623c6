from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.ingest.limits import MAX_TEXT_CHARS
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list]]


def test_a_text_file_is_one_article_without_title(read: ReadFn, data_dir: Path) -> None:
    path = data_dir / "talks.txt"
    (article,), problems = read(path)
    assert problems == []
    assert article.text.startswith("Veldoria and Kastrava agree to resume border talks\n\n")
    assert article.title is None
    assert article.origin == str(path)
    assert article.id == Article.make_id(article.text, None)


def test_bom_is_dropped_and_newlines_normalised(read: ReadFn, tmp_path: Path, story: str) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + story.replace(", ", ",\r\n").encode() + b"\rEnd.\r\n")
    (article,), _ = read(path)
    assert article.text == story.replace(", ", ",\n") + "\nEnd.\n"


def test_windows_1252_text_is_decoded_when_it_looks_like_it(
    read: ReadFn, tmp_path: Path, story: str
) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(("\u201cCaf\u00e9 talks\u201d \u2013 " + story).encode("cp1252"))
    (article,), problems = read(path)
    assert problems == []
    assert article.text.startswith("\u201cCaf\u00e9 talks\u201d \u2013 The foreign minister")


def test_undecodable_bytes_name_the_file_and_byte_offset(
    read: ReadFn, tmp_path: Path, story: str
) -> None:
    path = tmp_path / "gbk.txt"
    prefix = b"The ministry said "
    path.write_bytes(prefix + "\u5916\u4ea4\u90e8".encode("gbk") + b" " + story.encode())
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem) == f"{path}: cannot decode as UTF-8 at byte {len(prefix)}"


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_file_is_reported(read: ReadFn, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem) == f"{path}: empty file"


def test_article_text_over_the_limit_is_reported(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("the talks went on " * (MAX_TEXT_CHARS // 18 + 1))
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem).startswith(f"{path}: article text too long (")
    assert f"> {MAX_TEXT_CHARS})" in str(problem)


def test_date_argument_is_the_date_of_text_files(read: ReadFn, data_dir: Path) -> None:
    (article,), _ = read(data_dir / "talks.txt", date=dt.date(2024, 7, 1))
    assert article.date == dt.date(2024, 7, 1)
