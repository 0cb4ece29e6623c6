"""Membership of alliances and blocs on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.knowledge import Knowledge, bundled_knowledge

D = dt.date
NATO, EU, BRICS, AU, G20 = "IGOWSTNAT", "IGOEUREEC", "IGOBUSBRI", "IGOAFRAFU", "IGOBUSGTW"


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return bundled_knowledge()


@pytest.mark.parametrize(
    ("org", "country", "day", "member"),
    [
        (NATO, "SWE", D(2023, 6, 1), False),
        (NATO, "SWE", D(2024, 3, 6), False),
        (NATO, "SWE", D(2024, 3, 7), True),
        (NATO, "SWE", D(2024, 6, 1), True),
        (NATO, "FIN", D(2023, 4, 3), False),
        (NATO, "FIN", D(2023, 4, 4), True),
        (NATO, "MKD", D(2020, 1, 1), False),
        (NATO, "TUR", D(2015, 1, 1), True),
        (NATO, "UKR", D(2026, 11, 27), False),
        (EU, "GBR", D(2020, 1, 31), True),  # left at 23:00 GMT that day
        (EU, "GBR", D(2020, 2, 1), False),
        (EU, "HRV", D(2015, 1, 1), True),
        (BRICS, "IRN", D(2023, 12, 31), False),
        (BRICS, "IRN", D(2024, 1, 1), True),
        (BRICS, "IDN", D(2025, 1, 6), True),
        (BRICS, "SAU", D(2025, 1, 6), False),  # invited, membership unconfirmed
        (G20, AU, D(2023, 9, 8), False),
        (G20, AU, D(2023, 9, 9), True),
        (AU, "MAR", D(2016, 1, 1), False),
        (AU, "MAR", D(2017, 1, 30), True),
    ],
)
def test_is_member(k: Knowledge, org: str, country: str, day: dt.date, member: bool) -> None:
    assert k.is_member(org, country, day) is member


def test_suspension_is_a_status_of_a_member(k: Knowledge) -> None:
    assert k.membership_status(AU, "NER", D(2023, 1, 1)) == "member"
    assert k.membership_status(AU, "NER", D(2024, 1, 1)) == "suspended"
    assert k.is_member(AU, "NER", D(2024, 1, 1))
    assert k.membership_status(AU, "GAB", D(2025, 5, 1)) == "member"  # lifted 2025-04-30


def test_members_lists_the_alliance(k: Knowledge) -> None:
    assert len(k.members(NATO, D(2024, 6, 1))) == 32
    assert len(k.members(NATO, D(2023, 1, 1))) == 30
    assert len(k.members(EU, D(2021, 1, 1))) == 27
