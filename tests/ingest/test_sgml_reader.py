from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest.sgml import parse_reuters_date, reflow
from detente.model import Article

ReadFn = Callable[..., tuple[list[Article], list[InputError]]]

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
FIRST_REUTERS_FILE = SHARED_DATA / "corpora" / "reuters21578" / "sgm" / "reut2-000.sgm.gz"


def test_each_story_with_a_body_is_an_article(read: ReadFn, data_dir: Path) -> None:
    path = data_dir / "reuters.sgm"
    (grain, bank), _ = read(path)
    assert (grain.id, grain.title, grain.date) == (
        "reuters-101", "ORLEN AND TESSALY SIGN GRAIN PACT", dt.date(1987, 3, 3)
    )
    assert grain.text == (
        "The government of Orlen signed a grain agreement with Tessaly on Tuesday, the trade "
        "ministry of <Orlen Grain Board> said.\n"
        "Officials said the pact would run for three years. Shipments are due to start in June."
    )
    assert grain.origin == f"{path}#record 1"
    assert (bank.id, bank.origin) == ("reuters-105", f"{path}#record 5")


def test_stories_without_a_body_are_reported_unless_they_hold_no_text(
    read: ReadFn, data_dir: Path
) -> None:
    _, problems = read(data_dir / "reuters.sgm")
    assert [(p.position, p.reason) for p in problems] == [
        ("record 2", "story has no BODY (a title only)"),
        ("record 3", "story has no BODY (unprocessed text only)"),
        # record 4 has an empty TEXT: no story at all, skipped without a word
        ("record 6", "empty text"),  # a BODY holding only the sign-off
    ]


def test_an_unreadable_date_leaves_the_fallback_date(read: ReadFn, data_dir: Path) -> None:
    (grain, bank), _ = read(data_dir / "reuters.sgm", date=dt.date(2024, 1, 2))
    assert grain.date == dt.date(1987, 3, 3)
    assert bank.date == dt.date(2024, 1, 2)


def test_gzipped_sgml_is_detected_and_read(
    read: ReadFn, data_dir: Path, gzip_copy: Callable[[Path], Path]
) -> None:
    articles, _ = read(gzip_copy(data_dir / "reuters.sgm"))
    assert [a.id for a in articles] == ["reuters-101", "reuters-105"]


def test_latin1_bytes_are_read_as_latin1(read: ReadFn, tmp_path: Path) -> None:
    story = (
        '<REUTERS NEWID="7"><DATE>1-APR-1987</DATE><TEXT><BODY>The minister said Jos\xe9 '
        "Ortega of Veldoria would meet the envoy of Orlen on Friday to discuss the talks."
        "</BODY></TEXT></REUTERS>"
    )
    path = tmp_path / "latin.sgm"
    path.write_bytes(story.encode("latin-1"))
    (article,), problems = read(path)
    assert problems == []
    assert "José Ortega" in article.text


def test_a_file_without_stories_is_an_input_error(read: ReadFn, tmp_path: Path) -> None:
    path = tmp_path / "empty.sgm"
    path.write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n')
    articles, (problem,) = read(path)
    assert articles == []
    assert problem.reason == "no <REUTERS> stories in SGML"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("26-FEB-1987 15:01:01.79", dt.date(1987, 2, 26)),
        (" 1-MAR-1987 01:41:26.47", dt.date(1987, 3, 1)),
        ("3-MAR-1987  09:15:05.40", dt.date(1987, 3, 3)),
        ("31-FEB-1987 10:00:00.00", None),
        ("26-XYZ-1987", None),
        ("", None),
    ],
)
def test_reuters_dates(value: str, expected: dt.date | None) -> None:
    assert parse_reuters_date(value) == expected


def test_reflow_joins_wire_lines_and_keeps_indented_paragraphs() -> None:
    body = "Talks went on in\nthe capital.\n    A second paragraph\nends here.\n Reuter"
    assert reflow(body) == "Talks went on in the capital.\nA second paragraph ends here."


@pytest.mark.shared_data
def test_the_first_real_file_reads_with_reported_problems_only(read: ReadFn) -> None:
    if not FIRST_REUTERS_FILE.exists():
        pytest.skip(f"{FIRST_REUTERS_FILE} is missing (the shared data beside the repository)")
    articles, problems = read(FIRST_REUTERS_FILE)
    assert len(articles) + len(problems) == 1000  # every story is an article or a problem
    first = articles[0]
    assert (first.id, first.title, first.date) == (
        "reuters-1", "BAHIA COCOA REVIEW", dt.date(1987, 2, 26)
    )
    assert first.text.startswith("Showers continued throughout the week in the Bahia cocoa")
    assert not first.text.rstrip().endswith("Reuter")
    assert len({a.id for a in articles}) == len(articles)
