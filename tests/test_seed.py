"""The story detente started from: what a good coder must find in it (loads the model)."""

from __future__ import annotations

import pytest

from detente import read_articles
from detente.model import Event
from detente.pipeline import code_articles, make_coder
from shared_data import shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared_data]


@pytest.fixture(scope="module")
def events() -> list[Event]:
    articles = list(read_articles([shared_path("seed", "putin-turkey.jsonl")]))
    (coded,) = code_articles(articles, make_coder())
    return list(coded.events)


def find(events: list[Event], source: str, target: str, cameo: str) -> Event:
    hits = [e for e in events if e.source and e.source.code == source and e.target
            and e.target.code == target and e.cameo == cameo]
    assert hits, f"no {source} {target} {cameo} among {[e.to_dict()['cameo'] for e in events]}"
    return hits[0]


def test_the_planned_visit_is_future_and_dated_next_month(events: list[Event]) -> None:
    visit = find(events, "RUSGOV", "TUR", "042")
    assert (visit.status, visit.date, visit.date_precision) == ("future", "2024-02", "month")
    assert not any(e.cameo == "042" and e.target and e.target.code == "TUR"
                   and e.status == "asserted" for e in events)


def test_background_events_carry_their_own_dates(events: list[Event]) -> None:
    assert find(events, "RUS", "UKR", "192").date == "2022"  # the invasion
    assert find(events, "RUSGOV", "DEU", "042").date == "2020"  # the visit to Germany
    assert find(events, "IGOJUDICC", "RUSGOV", "173").date == "2023"  # the ICC warrant
    sochi = find(events, "TURGOV", "RUS", "042")
    assert (sochi.date, sochi.date_precision) == ("2023-09", "month")
    assert sochi.location is not None and sochi.location.name == "Sochi"


def test_talks_in_antalya_are_dated_and_located(events: list[Event]) -> None:
    talks = [e for e in events if e.cameo == "046"]
    assert talks and talks[0].date == "2022"
    assert talks[0].location is not None and talks[0].location.name == "Antalya"


def test_call_mediation_and_blockade(events: list[Event]) -> None:
    assert find(events, "TURGOV", "UKRGOV", "041")  # the phone call
    assert any(e.cameo == "045" for e in events)  # mediation
    assert find(events, "RUS", "UKR", "191")  # the naval blockade


def test_turkey_never_sanctions_russia(events: list[Event]) -> None:
    assert not any(
        e.source and e.source.country == "TUR" and e.target and e.target.country == "RUS"
        and e.cameo_root in ("16", "13", "17") and e.status == "asserted" for e in events
    )


def test_turkey_supports_ukraine_and_refrains_from_sanctions(events: list[Event]) -> None:
    # "Turkey ... has maintained a delicate balance by supporting Ukraine with military
    # supplies while refraining from endorsing Western sanctions on Moscow"
    assert find(events, "TUR", "UKR", "050").status == "asserted"
    refrained = [e for e in events if e.source and e.source.code == "TUR" and e.target
                 and e.target.code == "RUS" and e.cameo_root == "13"]
    assert refrained and all(e.status == "negated" for e in refrained)


def test_the_announcement_is_an_asserted_036_on_the_publication_monday(
    events: list[Event],
) -> None:
    announced = find(events, "RUSGOV", "TUR", "036")
    assert (announced.status, announced.date) == ("asserted", "2024-01-15")
