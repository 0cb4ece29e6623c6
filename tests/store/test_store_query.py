"""Store.events filters and ordering, and Store.stats."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from detente.errors import ConfigError
from detente.model import Article, CodedArticle, Event, Sentence
from detente.store import DyadCount, MonthCount, RootCount, Store

# The sample batch in store order (see conftest.py).
ALL = [
    "e-usa-chn",
    "e-border",
    "e-un-sanctions",
    "e-ukr-appeal",
    "e-putin-visit",
    "e-putin-talks",
    "e-undated",
]


def ids(events: list[Event]) -> list[str]:
    return [event.event_id for event in events]


def test_events_come_by_day_then_id_undated_last(filled_store: Store) -> None:
    assert ids(filled_store.events()) == ALL


def test_events_on_the_same_day_come_by_id(store: Store, make_event: Callable[..., Event]) -> None:
    article = Article(id="a", text="x")
    events = tuple(make_event(event_id, "a", date="2024-01-01") for event_id in ("e-b", "e-a"))
    store.write([CodedArticle(article, (Sentence(0, "x", 0, 1),), events)])
    assert ids(store.events()) == ["e-a", "e-b"]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        # a code prefix, on either side
        ("RUS", ["e-border", "e-un-sanctions", "e-putin-visit", "e-putin-talks", "e-undated"]),
        ("RUSGOV", ["e-putin-visit", "e-putin-talks"]),
        ("rusmil", ["e-border"]),
        ("UKR", ["e-border", "e-ukr-appeal"]),
        # part of a canonical name or of the words as written, any case
        ("putin", ["e-putin-visit", "e-putin-talks"]),
        ("NATIONS", ["e-un-sanctions"]),
        ("moscow", ["e-un-sanctions"]),
        ("ERDOĞAN", ["e-putin-visit", "e-putin-talks"]),
        ("nobody", []),
    ],
)
def test_actor_filter(filled_store: Store, actor: str, expected: list[str]) -> None:
    assert ids(filled_store.events(actor=actor)) == expected


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("RUS", ["e-border", "e-un-sanctions", "e-putin-visit", "e-putin-talks", "e-undated"]),
        ("ukr", ["e-border", "e-ukr-appeal"]),
        ("TUR", ["e-putin-visit", "e-putin-talks"]),
        ("FRA", []),
    ],
)
def test_country_filter(filled_store: Store, country: str, expected: list[str]) -> None:
    assert ids(filled_store.events(country=country)) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("04", ["e-usa-chn", "e-putin-talks", "e-undated"]),
        ("042", ["e-usa-chn"]),
        ("19", ["e-border"]),
        ("0", ["e-usa-chn", "e-ukr-appeal", "e-putin-visit", "e-putin-talks", "e-undated"]),
        ("20", []),
    ],
)
def test_code_filter(filled_store: Store, code: str, expected: list[str]) -> None:
    assert ids(filled_store.events(code=code)) == expected


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        # "2023-06" starts on its first day: the year-only "2023" (2023-01-01) is before it
        ("2023-06", None, ["e-un-sanctions", "e-ukr-appeal", "e-putin-visit", "e-putin-talks"]),
        # until keeps the whole period it names
        (None, "2023-06", ["e-usa-chn", "e-border", "e-un-sanctions"]),
        (None, "2023-06-14", ["e-usa-chn", "e-border"]),
        ("2024", "2024", ["e-putin-visit", "e-putin-talks"]),
        ("2024-02-01", "2024-02-01", ["e-putin-visit"]),
        # a month-precision date "2023-09" is filed on 2023-09-01
        ("2023-09-02", "2023-12", []),
        # no event date: the article's date (2023-05-10) decides
        ("2023-05-10", "2023-05-10", ["e-border"]),
        ("2023", "2023", ALL[:4]),
        # an undated event from an undated article matches no date range
        ("1900", "2999", ALL[:-1]),
    ],
)
def test_date_filters(
    filled_store: Store, since: str | None, until: str | None, expected: list[str]
) -> None:
    assert ids(filled_store.events(since=since, until=until)) == expected


def test_filters_combine(filled_store: Store) -> None:
    events = filled_store.events(actor="RUS", code="04", since="2024-02-05")
    assert ids(events) == ["e-putin-talks"]


def test_limit_keeps_the_first_events(filled_store: Store) -> None:
    assert ids(filled_store.events(limit=2)) == ALL[:2]
    assert filled_store.events(limit=0) == []


def test_filter_values_are_parameters_not_sql(filled_store: Store) -> None:
    assert filled_store.events(actor="x' OR 1=1 --") == []
    assert filled_store.events(code="%") == []
    assert filled_store.stats().events == len(ALL)


@pytest.mark.parametrize(
    "options",
    [{"since": "2023-13"}, {"until": "June"}, {"since": "2023-02-30"}, {"limit": -1}],
)
def test_bad_filter_values_raise_config_error(filled_store: Store, options: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        filled_store.events(**options)


def test_stats_counts_rows(filled_store: Store) -> None:
    stats = filled_store.stats()
    assert (stats.articles, stats.sentences, stats.events) == (5, 8, 7)


def test_stats_dyads_need_both_sides_most_frequent_first(filled_store: Store) -> None:
    assert filled_store.stats().dyads == (
        DyadCount("RUSGOV", "TURGOV", 2),
        DyadCount("CHN", "RUS", 1),
        DyadCount("IGOUNO", "RUS", 1),
        DyadCount("RUSMIL", "UKRMIL", 1),
        DyadCount("USAGOV", "CHNGOV", 1),
    )
    assert filled_store.stats(top_dyads=1).dyads == (DyadCount("RUSGOV", "TURGOV", 2),)


def test_stats_by_cameo_root(filled_store: Store) -> None:
    assert filled_store.stats().roots == (
        RootCount("01", 1),
        RootCount("03", 1),
        RootCount("04", 3),
        RootCount("16", 1),
        RootCount("19", 1),
    )


def test_stats_by_month_of_the_event_day(filled_store: Store) -> None:
    # "2023" counts in January, the undated article's event in no month
    assert filled_store.stats().months == (
        MonthCount("2023-01", 1),
        MonthCount("2023-05", 1),
        MonthCount("2023-06", 1),
        MonthCount("2023-09", 1),
        MonthCount("2024-02", 2),
    )


def test_stats_of_an_empty_store(store: Store) -> None:
    stats = store.stats()
    assert (stats.articles, stats.events, stats.dyads, stats.roots, stats.months) == (
        0,
        0,
        (),
        (),
        (),
    )
