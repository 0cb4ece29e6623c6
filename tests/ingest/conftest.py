"""Fixtures for the ingest tests: the fixture folder, a reading helper, WARC and gzip makers.

Helpers are handed out as fixtures rather than imported, because test folders have no
``__init__.py`` and a module named ``conftest`` is not unique across them.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.errors import ErrorPolicy, InputError
from detente.ingest import read_articles
from detente.model import Article

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"

Read = Callable[..., tuple[list[Article], list[InputError]]]

# (target URI, HTTP status line, Content-Type, payload, WARC-Date)
WarcResponse = tuple[str, str, str, bytes, str]


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def story() -> str:
    """A short English news paragraph, long enough for the language check to judge."""
    return (
        "The foreign minister of Orlen said on Friday that the government would reopen "
        "its embassy in Veldoria after a pause of three years."
    )


@pytest.fixture
def make_html() -> Callable[..., bytes]:
    return _html_page


@pytest.fixture
def make_warc() -> Callable[..., bytes]:
    return _build_warc


@pytest.fixture
def gzip_copy(tmp_path: Path) -> Callable[[Path], Path]:
    """Writes ``<name>.gz`` of a file into ``tmp_path`` and returns its path."""

    def _gzip_copy(source: Path) -> Path:
        target = tmp_path / (source.name + ".gz")
        target.write_bytes(gzip.compress(source.read_bytes()))
        return target

    return _gzip_copy


@pytest.fixture
def read() -> Read:
    """``read(*inputs, date=...)`` gives the articles and the problems the policy kept."""

    def _read(*inputs: str | Path, **options: object) -> tuple[list[Article], list[InputError]]:
        policy = ErrorPolicy()
        articles = list(read_articles(inputs, policy=policy, **options))
        return articles, policy.problems

    return _read


def _html_page(title: str, body: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    ).encode()


def _build_warc(responses: list[WarcResponse], *, compress: bool) -> bytes:
    """A WARC with a warcinfo record, then a request and a response record per page."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "detente tests"}))
    for uri, status, content_type, payload, warc_date in responses:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        request = StatusAndHeaders(f"GET {uri} HTTP/1.1", [], is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(payload),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": warc_date},
        )
        writer.write_record(record)
    return buffer.getvalue()
