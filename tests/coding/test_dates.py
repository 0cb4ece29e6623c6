"""Event dates from DATE phrases, against a publication date (no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.dates import resolve

PUBLISHED = dt.date(2024, 1, 15)  # a Monday


@pytest.mark.parametrize(("phrase", "future", "value", "precision"), [
    ("next month", True, "2024-02", "month"),
    ("on Monday", False, "2024-01-15", "day"),
    ("on Friday", False, "2024-01-12", "day"),
    ("on Friday", True, "2024-01-19", "day"),
    ("in August 2023", False, "2023-08", "month"),
    ("in 2022", False, "2022", "year"),
    ("four years ago", False, "2020", "year"),
    ("last December", False, "2023-12", "month"),
    ("in December", False, "2023-12", "month"),
    ("in March", True, "2024-03", "month"),
    ("earlier this year", False, "2024", "year"),
    ("last year", False, "2023", "year"),
    ("yesterday", False, "2024-01-14", "day"),
    ("March 3, 2021", False, "2021-03-03", "day"),
    ("the end of 2023", False, "2023", "year"),
    ("December 8\u201310", False, "2023-12-08", "day"),  # a range of days: its first
    ("8-10 March", True, "2024-03-08", "day"),
    # a day without its year: the latest one, unless it is weeks ahead ("a deadline of
    # January 20"), as no one names last year's day so
    ("January 20", False, "2024-01-20", "day"),
    ("10 February", False, "2024-02-10", "day"),
    ("Jan. 20", False, "2024-01-20", "day"),
    ("December 3rd", False, "2023-12-03", "day"),
    ("January 10", True, "2025-01-10", "day"),
    # a deadline is ahead ("ordered to relocate by the end of February"), but not a
    # month told as past
    ("by the end of February", False, "2024-02", "month"),
    ("in February", False, "2023-02", "month"),
])
def test_date_phrases(phrase: str, future: bool, value: str, precision: str) -> None:
    found = resolve(phrase, PUBLISHED, future=future)
    assert found is not None
    assert (found.value, found.precision, found.text) == (value, precision, phrase)


def test_a_day_without_its_year_long_past_is_of_no_known_year() -> None:
    # "took part in the October 7 attacks", written the next June: news names an older
    # day with its year, so which year's is not told (the words are kept)
    found = resolve("October 7", dt.date(2026, 6, 17))
    assert found is not None
    assert (found.value, found.precision, found.text) == (None, "unknown", "October 7")
    found = resolve("June 3rd", PUBLISHED)
    assert found is not None and (found.value, found.precision) == (None, "unknown")
    # ... where a few months back is still the latest
    found = resolve("October 7", dt.date(2026, 2, 17))
    assert found is not None and found.value == "2025-10-07"


def test_a_day_told_in_the_past_is_the_latest() -> None:
    # "Gondor agreed on January 20", written on the 15th: last year's
    found = resolve("January 20", PUBLISHED, past=True)
    assert found is not None and found.value == "2023-01-20"


@pytest.mark.parametrize("phrase", [
    "four years", "several months", "the past two decades", "", "forty years",
    "12 and 15 years", "three-day", "27-year", "20-year-old", "3\u20132", "35", "2758",
])
def test_durations_are_not_dates(phrase: str) -> None:
    assert resolve(phrase, PUBLISHED) is None
