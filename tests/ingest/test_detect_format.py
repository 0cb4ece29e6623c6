from __future__ import annotations

import gzip

import pytest

from detente.errors import InputError
from detente.ingest.context import ReadContext
from detente.ingest.detect import detect, is_binary
from detente.ingest.registry import READERS


def fmt(data: bytes, name: str = "input") -> str:
    return detect(data, ReadContext(name)).format


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
        (b'{"text": "a"}\n{"text": "b"}\n', "x.jsonl", "jsonl"),
        (b'{"text": "a"}\n', "no-extension", "jsonl"),
        (b'[{"text": "a"}]', "x.json", "json"),
        (b"[1, 2]\n[3]\n", "x.ndjson", "jsonl"),
        (b'<?xml version="1.0"?>\n<!-- news -->\n<rss version="2.0">', "x", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "x.txt", "feed"),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', "x", "feed"),
        (b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1">', "reut2-000.sgm", "sgml"),
        (b'<REUTERS TOPICS="YES" NEWID="7">\n<DATE>', "story", "sgml"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html><body>", "x", "html"),
        (b"<html lang='en'><p>Hi</p>", "x.txt", "html"),
        (b"<div><p>A fragment saved as a page.</p></div>", "page.HTM", "html"),
        (b"<div><p>A fragment without an HTML name.</p></div>", "notes", "text"),
        (b"[Note] the ministry said so.", "x.txt", "text"),
        (b"{braces} open this note, which is not JSON.", "x.txt", "text"),
        (b"Plain words about a summit.", "x.html", "text"),
        (b"", "empty.txt", "text"),
        (b"url,date,title,text\n", "wikinews_2019.csv", "csv"),
        (b"id\ttext\n", "batch.tsv", "csv"),
        (b"url,date,title,text\n", "notes.txt", "text"),
    ],
)
def test_content_decides_and_name_breaks_ties(data: bytes, name: str, expected: str) -> None:
    assert fmt(data, name) == expected


def test_every_detected_format_has_a_reader() -> None:
    assert sorted(READERS) == ["csv", "feed", "html", "json", "jsonl", "sgml", "text", "warc"]


def test_gzip_is_unwrapped_and_the_inside_detected_under_the_inner_name() -> None:
    detected = detect(gzip.compress(b'{"text": "a"}'), ReadContext("articles.jsonl.gz"))
    assert (detected.format, detected.data) == ("jsonl", b'{"text": "a"}')


def test_gzip_inside_gzip_is_unwrapped_twice() -> None:
    data = gzip.compress(gzip.compress(b"<rss version='2.0'>"))
    assert fmt(data, "feed.xml.gz.gz") == "feed"


def test_gzipped_warc_stays_compressed_for_warcio() -> None:
    data = gzip.compress(b"WARC/1.0\r\n")
    assert detect(data, ReadContext("crawl.warc.gz")).data == data


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04\x00\x00zip", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 9)) * 4]
)
def test_binary_content_is_an_input_error_naming_the_file(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^photo\.dat: binary file$"):
        detect(data, ReadContext("photo.dat"))


def test_binary_check_allows_tabs_and_newlines() -> None:
    assert not is_binary(b"col1\tcol2\r\nline two\fpage\n")


def test_corrupt_gzip_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^bad\.gz: corrupt gzip data"):
        detect(b"\x1f\x8b\x08\x00garbage", ReadContext("bad.gz"))
