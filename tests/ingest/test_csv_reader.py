"""CSV files of articles: a row an article, the header naming the columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from detente.errors import InputError
from detente.ingest.limits import MAX_TEXT_CHARS
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list[InputError]]]


def test_each_row_is_an_article_with_its_fields(read: ReadFn, tmp_path: Path) -> None:
    # the Wikinews corpus's columns; a quoted text may hold commas and line breaks
    path = tmp_path / "wikinews.csv"
    path.write_text(
        'url,date,title,text\n'
        'https://n.example/1,2019-01-04,"Summit, day one","Gondor met Arnor.\n\nThey talked."\n'
        'https://n.example/2,2019-01-05,Envoy recalled,Mordor recalled its envoy.\n',
        encoding="utf-8")
    articles, problems = read(path)
    assert problems == []
    assert [(a.title, a.date, a.url) for a in articles] == [
        ("Summit, day one", dt.date(2019, 1, 4), "https://n.example/1"),
        ("Envoy recalled", dt.date(2019, 1, 5), "https://n.example/2"),
    ]
    assert articles[0].text == "Gondor met Arnor.\n\nThey talked."
    assert articles[1].origin == f"{path}#row 2"


def test_a_bad_row_is_reported_and_the_rest_read(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "batch.tsv"
    path.write_text("id\ttext\tdate\n"
                    "a1\tGondor attacked Mordor.\t2024-01-02\n"
                    "a2\t\t2024-01-02\n"
                    "a3\tArnor met Gondor.\tsoon\n"
                    "a4\tArnor left.\t2024-01-03\textra\n"
                    "a5\tRohan rode.\t2024-01-04\n", encoding="utf-8")
    articles, problems = read(path)
    assert [a.id for a in articles] == ["a1", "a5"]
    assert [(p.position, p.reason.split(" (")[0]) for p in problems] == [
        ("row 2", "missing text"), ("row 3", "bad date 'soon'"),
        ("row 4", "4 fields where the header has 3"),
    ]


def test_a_table_without_a_text_column_is_refused_whole(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("id,title\n1,x\n", encoding="utf-8")
    articles, (problem,) = read(path)
    assert articles == []
    assert "no text column" in problem.reason and "'title'" in problem.reason


def test_a_header_without_rows_is_reported(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("url,date,title,text\n", encoding="utf-8")
    articles, (problem,) = read(path)
    assert articles == [] and problem.reason == "no rows after the CSV header"


def test_a_field_past_the_limit_is_reported_with_its_row(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    huge = "word " * (MAX_TEXT_CHARS // 5 + 1)
    path.write_text(f"id,text\na1,Gondor attacked Mordor.\na2,{huge}\n", encoding="utf-8")
    articles, (problem,) = read(path)
    assert [a.id for a in articles] == ["a1"]
    assert problem.position == "row 2" and "the rest of the file unread" in problem.reason
