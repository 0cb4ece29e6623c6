from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest.jsonl import parse_fields
from detente.ingest.limits import MAX_TEXT_CHARS
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list[InputError]]]


def write_lines(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_each_line_is_an_article_with_its_fields(read: ReadFn, data_dir: Path) -> None:
    path = data_dir / "articles.jsonl"
    articles, problems = read(path)
    assert problems == []
    first, second, third, fourth = articles
    assert (first.id, first.title, first.date, first.url) == (
        "ledger-001",
        "Kastrava pulls troops from border",
        dt.date(2024, 5, 6),
        "https://ledger.example.org/a/1",
    )
    assert first.origin == f"{path}:line 1"
    assert second.date == dt.date(2024, 5, 7)  # "published", a full ISO datetime with Z
    assert second.id == Article.make_id(second.text, None)
    assert (third.id, third.date) == ("3", dt.date(2024, 5, 8))  # numeric id, "body"
    assert third.text.startswith("The United Provinces of Tessaly recalled")
    assert fourth.text.startswith("Sundria's parliament voted")  # "content"
    assert (fourth.title, fourth.date) == ("Loan approved", None)


def test_date_argument_fills_in_only_where_the_line_has_no_date(
    read: ReadFn, data_dir: Path
) -> None:
    articles, _ = read(data_dir / "articles.jsonl", date=dt.date(2024, 1, 31))
    assert [a.date for a in articles] == [
        dt.date(2024, 5, 6),
        dt.date(2024, 5, 7),
        dt.date(2024, 5, 8),
        dt.date(2024, 1, 31),
    ]


def test_a_malformed_line_is_reported_and_the_others_still_come(
    read: ReadFn, tmp_path: Path, story: str
) -> None:
    path = write_lines(
        tmp_path / "mixed.jsonl", {"text": story}, '{"text": "unclosed', {"text": story + " Again."}
    )
    articles, (problem,) = read(path)
    assert [a.origin for a in articles] == [f"{path}:line 1", f"{path}:line 3"]
    assert str(problem).startswith(f"{path}:line 2: malformed JSON at column ")
    assert problem.position == "line 2"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "not a JSON object but list"),
        ({"title": "No body"}, "missing text (expected 'text', 'body' or 'content')"),
        ({"text": "   "}, "empty text"),
        ({"text": 42}, "text is not a string"),
        ({"text": "STORY", "date": "14/03/2024"}, "bad date '14/03/2024'"),
        ({"text": "STORY", "published": 20240314}, "bad date 20240314"),
        ({"text": "STORY", "title": ["a"]}, "'title' is not a string"),
        ({"text": "STORY", "id": {"a": 1}}, "'id' is not a string or an integer"),
    ],
)
def test_bad_lines_are_reported_with_their_line_number(
    read: ReadFn, tmp_path: Path, story: str, line: object, reason: str
) -> None:
    if isinstance(line, dict) and line.get("text") == "STORY":
        line = {**line, "text": story}
    path = write_lines(tmp_path / "bad.jsonl", "", line)
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem).startswith(f"{path}:line 2: {reason}")


def test_blank_lines_are_not_articles_and_not_problems(
    read: ReadFn, tmp_path: Path, story: str
) -> None:
    path = write_lines(tmp_path / "gaps.jsonl", "", {"text": story}, "   ", "")
    articles, problems = read(path)
    assert (len(articles), problems) == (1, [])
    assert articles[0].origin == f"{path}:line 2"


def test_a_line_over_the_limit_is_reported_as_too_long(
    read: ReadFn, tmp_path: Path, story: str
) -> None:
    huge = {"text": "the talks went on " * (MAX_TEXT_CHARS // 18 + 1)}
    path = write_lines(tmp_path / "huge.jsonl", huge, {"text": story})
    articles, (problem,) = read(path)
    assert len(articles) == 1
    assert str(problem).startswith(f"{path}:line 1: line too long (")


def test_undecodable_line_names_its_byte_offset(read: ReadFn, tmp_path: Path, story: str) -> None:
    path = tmp_path / "latin.jsonl"
    first = json.dumps({"text": story}).encode() + b"\n"
    path.write_bytes(first + b'{"text": "Caf\xe9"}\n')
    articles, (problem,) = read(path)
    assert len(articles) == 1
    offset = len(first) + len(b'{"text": "Caf')
    assert str(problem) == f"{path}:line 2: cannot decode as UTF-8 at byte {offset}"


def test_a_json_array_of_articles_is_read_item_by_item(
    read: ReadFn, tmp_path: Path, story: str
) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps(
            [{"id": "x-1", "text": story}, "oops", {"body": story, "date": "2024-02-29"}], indent=2
        )
    )
    articles, (problem,) = read(path)
    assert [(a.id, a.origin) for a in articles][0] == ("x-1", f"{path}#item 1")
    assert articles[1].date == dt.date(2024, 2, 29)
    assert str(problem) == f"{path}:item 2: not a JSON object but str"


def test_a_malformed_json_array_is_reported_with_line_and_column(
    read: ReadFn, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"text": "a"},\n  {"text": }\n]')
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem).startswith(f"{path}: malformed JSON at line 3 column 12")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-06", dt.date(2024, 5, 6)),
        ("2024-05-06T23:30:00Z", dt.date(2024, 5, 6)),
        ("2024-05-06T23:30:00+05:00", dt.date(2024, 5, 6)),
        ("2024-05-06 08:00:00", dt.date(2024, 5, 6)),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_taken_as_written(value: str | None, expected: dt.date | None) -> None:
    assert parse_fields({"text": "t", "date": value}).date == expected


def test_text_and_date_synonyms_yield_to_the_contract_names() -> None:
    fields = parse_fields(
        {"text": "main", "body": "b", "date": "2024-01-02", "published": "2023-12-31"}
    )
    assert (fields.text, fields.date) == ("main", dt.date(2024, 1, 2))
