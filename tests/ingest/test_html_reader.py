from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.ingest.html import extract_page, has_article_text
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list]]


@pytest.fixture
def summit(read: ReadFn, data_dir: Path) -> Article:
    (article,), problems = read(data_dir / "summit.html")
    assert problems == []
    return article


def test_article_body_is_kept(summit: Article) -> None:
    assert "The special envoy of Marravia arrived in the Sundrian capital" in summit.text
    assert "raise the case of two detained fishermen" in summit.text
    assert summit.text.rstrip().endswith("neither government has confirmed such plans.")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "World News Section",  # navigation
        "Subscribe to the Northern Ledger",
        "Share this",
        "Share on Twitter",
        "Reader1985",  # comments
        "mark my words",
        "3 comments",
        "ADVERTISEMENT",
        "Blue Heron Travel Club",
        "Harbour Bank",  # sponsored block
        "All rights reserved",
    ],
)
def test_page_furniture_is_dropped(summit: Article, boilerplate: str) -> None:
    assert boilerplate not in summit.text


def test_title_date_and_url_come_from_the_page_metadata(summit: Article) -> None:
    assert summit.title == "Marravian envoy visits Sundria for trade summit"
    assert summit.date == dt.date(2024, 3, 14)
    assert summit.url == "https://ledger.example.org/world/marravia-sundria-summit"


def test_page_date_wins_over_the_date_argument(read: ReadFn, data_dir: Path) -> None:
    (article,), _ = read(data_dir / "summit.html", date=dt.date(2030, 1, 1))
    assert article.date == dt.date(2024, 3, 14)


def test_date_argument_fills_in_for_a_page_without_date(
    read: ReadFn, tmp_path: Path, make_html: Callable[..., bytes], story: str
) -> None:
    path = tmp_path / "undated.html"
    path.write_bytes(make_html("Orlen to reopen embassy", story))
    (article,), _ = read(path, date=dt.date(2024, 9, 2))
    assert (article.title, article.date) == ("Orlen to reopen embassy", dt.date(2024, 9, 2))


def test_html_without_article_text_is_reported(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Index</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World news</a></li></ul></nav>"
        "<div class='share'>Share this:</div><footer>Contact us</footer></body></html>"
    )
    articles, (problem,) = read(path)
    assert articles == []
    assert str(problem) == f"{path}: HTML has no article text"


def test_empty_html_document_has_no_page() -> None:
    assert extract_page(b"<html><body></body></html>") is None


def test_article_text_needs_a_line_longer_than_a_menu_entry() -> None:
    assert not has_article_text("Home\nWorld news\nShare this:")
    assert has_article_text("Home\nThe envoy arrived in the capital on Thursday.")
