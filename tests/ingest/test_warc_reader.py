from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list[InputError]]]
MakeWarc = Callable[..., bytes]
MakeHtml = Callable[..., bytes]

HTML = "text/html; charset=utf-8"
PARAGRAPHS = [
    "Tessaly and Orlen signed a fisheries agreement on Monday after talks in the port city.",
    "Veldoria's president said on Tuesday that the country would join the regional water pact.",
]


@pytest.fixture
def crawl(make_warc: MakeWarc, make_html: MakeHtml) -> Callable[[bool], bytes]:
    """Two articles, one dated by its page and one only by its capture."""
    pages = [
        ("https://news.example/fish", "200 OK", HTML,
         make_html("Fisheries deal", PARAGRAPHS[0], "2024-02-05"), "2024-02-06T10:00:00Z"),
        ("https://news.example/pact", "200 OK", "text/plain",
         PARAGRAPHS[1].encode(), "2024-02-07T08:30:00Z"),
    ]  # fmt: skip
    return lambda compress: make_warc(pages, compress=compress)


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_response_records_become_articles(
    read: ReadFn, tmp_path: Path, crawl: Callable[[bool], bytes], compress: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(crawl(compress))
    (fish, pact), problems = read(path)
    assert problems == []
    assert PARAGRAPHS[0] in fish.text
    assert (fish.title, fish.url) == ("Fisheries deal", "https://news.example/fish")
    assert fish.date == dt.date(2024, 2, 5)  # the page's own date before the capture's
    assert (pact.text, pact.title) == (PARAGRAPHS[1], None)
    assert pact.date == dt.date(2024, 2, 7)  # WARC-Date
    # warcinfo is record 1; each page is a request and then a response
    assert (fish.origin, pact.origin) == (f"{path}#record 3", f"{path}#record 5")


def test_responses_that_are_not_articles_are_reported(
    read: ReadFn, tmp_path: Path, make_warc: MakeWarc, make_html: MakeHtml
) -> None:
    page, when = make_html("Pact", PARAGRAPHS[1]), "2024-02-01T00:00:00Z"
    path = tmp_path / "mixed.warc"
    responses = [
        ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG", when),
        ("https://news.example/gone", "404 Not Found", HTML, page, when),
        ("https://news.example/pact", "200 OK", HTML, page, when),
    ]
    path.write_bytes(make_warc(responses, compress=False))
    (article,), problems = read(path)
    assert article.url == "https://news.example/pact"
    assert [str(p) for p in problems] == [
        f"{path}:record 3: payload is image/png, not HTML or text",
        f"{path}:record 5: HTTP status 404, not an article",
    ]


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc_keeps_what_came_before_and_stops_that_file(
    read: ReadFn,
    tmp_path: Path,
    crawl: Callable[[bool], bytes],
    data_dir: Path,
    compress: bool,
) -> None:
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    path.write_bytes(crawl(compress)[:-40])
    articles, (problem,) = read(path, data_dir / "talks.txt")
    assert [a.origin for a in articles] == [f"{path}#record 3", str(data_dir / "talks.txt")]
    assert str(problem).startswith(f"{path}:record 5: ")
    assert "truncated" in problem.reason or "corrupt" in problem.reason


def test_garbage_after_a_warc_header_is_reported_as_corrupt(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"WARC/1.0\r\nnot a header line\r\n\r\nxx\r\n\r\nmore junk here")
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem).startswith(f"{path}:record 1: corrupt WARC")


def test_a_record_shorter_than_its_content_length_stops_the_file_before_its_article(
    read: ReadFn, tmp_path: Path
) -> None:
    def record(number: int, length_error: int = 0) -> bytes:
        body = f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n{PARAGRAPHS[0]}".encode()
        head = (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{number}"
            f"\r\nWARC-Date: 2024-02-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{number}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(body) + length_error}\r\n\r\n"
        )
        return head.encode() + body + b"\r\n\r\n"

    path = tmp_path / "miscounted.warc"
    path.write_bytes(record(1) + record(2, length_error=-10) + record(3))
    articles, (problem,) = read(path)
    assert [a.url for a in articles] == ["https://news.example/1"]
    assert str(problem) == (
        f"{path}:record 2: corrupt WARC (the record does not end at its Content-Length)"
    )
