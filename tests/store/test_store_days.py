"""Partial dates as days: the rule behind since/until, sorting and monthly counts."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.store.days import day_after, event_day, first_day


@pytest.mark.parametrize(
    ("text", "first", "after"),
    [
        ("2023", dt.date(2023, 1, 1), dt.date(2024, 1, 1)),
        ("2023-06", dt.date(2023, 6, 1), dt.date(2023, 7, 1)),
        ("2023-12", dt.date(2023, 12, 1), dt.date(2024, 1, 1)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 3, 1)),
        ("2023-06-14", dt.date(2023, 6, 14), dt.date(2023, 6, 15)),
        ("2023-12-31", dt.date(2023, 12, 31), dt.date(2024, 1, 1)),
        (" 2023-06 ", dt.date(2023, 6, 1), dt.date(2023, 7, 1)),
    ],
)
def test_a_period_starts_on_its_first_day(text: str, first: dt.date, after: dt.date) -> None:
    assert first_day(text) == first
    assert day_after(text) == after


@pytest.mark.parametrize("text", ["", "June 2023", "2023-6", "2023-13", "2023-02-30", "23"])
def test_anything_else_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        first_day(text)


def test_an_event_without_a_usable_date_takes_its_article_date() -> None:
    published = dt.date(2023, 5, 10)
    assert event_day("2023-09", published) == dt.date(2023, 9, 1)
    assert event_day(None, published) == published
    assert event_day("next week", published) == published
    assert event_day(None, None) is None
