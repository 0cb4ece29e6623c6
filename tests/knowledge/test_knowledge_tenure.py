"""Who holds an office on a date, and what a person codes to around a handover."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.knowledge import Knowledge, bundled_knowledge

D = dt.date


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return bundled_knowledge()


def names(k: Knowledge, country: str, role: str, day: dt.date) -> list[str]:
    return [o.name for o in k.holders(country, role, day)]


@pytest.mark.parametrize(
    ("country", "role", "day", "expected"),
    [
        ("DEU", "head_of_government", D(2021, 12, 7), ["Angela Merkel"]),
        ("DEU", "head_of_government", D(2021, 12, 8), ["Olaf Scholz"]),  # handover day
        ("DEU", "head_of_government", D(2025, 5, 5), ["Olaf Scholz"]),
        ("DEU", "head_of_government", D(2025, 5, 6), ["Friedrich Merz"]),
        ("USA", "head_of_state", D(2019, 6, 1), ["Donald Trump"]),
        ("USA", "head_of_state", D(2022, 6, 1), ["Joe Biden"]),
        ("USA", "head_of_government", D(2025, 6, 1), ["Donald Trump"]),
        ("CAN", "head_of_government", D(2025, 3, 13), ["Justin Trudeau"]),
        ("CAN", "head_of_government", D(2025, 3, 14), ["Mark Carney"]),
        ("GBR", "head_of_government", D(2024, 7, 5), ["Keir Starmer"]),
        ("SYR", "head_of_state", D(2024, 12, 7), ["Bashar al-Assad"]),
        ("SYR", "head_of_state", D(2024, 12, 9), ["Ahmed al-Sharaa"]),
        ("SYR", "head_of_state", D(2025, 2, 1), ["Ahmed al-Sharaa"]),
        ("RUS", "head_of_government", D(2019, 1, 1), ["Dmitry Medvedev"]),
        ("RUS", "head_of_government", D(2020, 1, 16), ["Mikhail Mishustin"]),
        ("RUS", "foreign_minister", D(2026, 11, 27), ["Sergey Lavrov"]),
        ("TUR", "foreign_minister", D(2023, 6, 4), ["Hakan Fidan"]),
        ("FRA", "head_of_state", D(2026, 11, 27), ["Emmanuel Macron"]),
        ("CHN", "head_of_state", D(2026, 11, 27), ["Xi Jinping"]),
        ("ISR", "head_of_government", D(2022, 1, 1), ["Naftali Bennett"]),
        ("ISR", "head_of_government", D(2023, 1, 1), ["Benjamin Netanyahu"]),
        ("IND", "head_of_government", D(2016, 1, 1), ["Narendra Modi"]),
        ("KSV", "head_of_government", D(2022, 1, 1), ["Albin Kurti"]),  # CAMEO code accepted
    ],
)
def test_holders_on_both_sides_of_a_handover(
    k: Knowledge, country: str, role: str, day: dt.date, expected: list[str]
) -> None:
    assert names(k, country, role, day) == expected


def test_vacancy_has_no_holder(k: Knowledge) -> None:
    # Lebanon had no president between Michel Aoun and Joseph Aoun
    assert names(k, "LBN", "head_of_state", D(2023, 6, 1)) == []


def test_offices_of_a_person(k: Knowledge) -> None:
    roles = {(o.body, o.role) for o in k.offices("recep-tayyip-erdogan", D(2020, 1, 1))}
    assert roles == {("TUR", "head_of_state"), ("TUR", "head_of_government")}
    assert k.offices("recep-tayyip-erdogan", D(2016, 1, 1))[0].role == "head_of_state"
    assert len(k.offices("recep-tayyip-erdogan")) == 3


def test_an_organisation_office_is_an_office(k: Knowledge) -> None:
    (office,) = k.offices("mark-rutte", D(2025, 1, 1))
    assert (office.body, office.role) == ("IGOWSTNAT", "secretary_general")
    assert office.code == "IGOWSTNAT"


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Angela Merkel", D(2021, 12, 7), "DEUGOV"),
        ("Angela Merkel", D(2021, 12, 8), "DEUELI"),  # former chancellor from the handover
        ("Olaf Scholz", D(2021, 12, 7), None),  # finance minister then: not an office here
        ("Olaf Scholz", D(2021, 12, 8), "DEUGOV"),
        ("Olaf Scholz", D(2025, 5, 6), "DEUELI"),
        ("Friedrich Merz", D(2022, 1, 30), None),  # a later office never leaks backwards
        ("Friedrich Merz", D(2025, 5, 5), "DEUOPP"),  # CDU leader in opposition (people.csv)
        ("Friedrich Merz", D(2025, 6, 1), "DEUGOV"),
        ("Donald Trump", D(2016, 11, 9), None),
        ("Donald Trump", D(2019, 1, 1), "USAGOV"),
        ("Donald Trump", D(2022, 1, 1), "USAELI"),
        ("Donald Trump", D(2025, 1, 20), "USAGOV"),
        ("Mark Carney", D(2025, 3, 14), "CANGOV"),
        ("Keir Starmer", D(2020, 4, 3), None),
        ("Keir Starmer", D(2024, 7, 4), "GBROPP"),  # leader of the opposition (people.csv)
        ("Ahmed al-Sharaa", D(2025, 6, 1), "SYRGOV"),
        ("Jolani", D(2019, 1, 1), "SYRREB"),  # as leader of Nusra and HTS
        ("David Cameron", D(2020, 1, 1), "GBRELI"),  # between prime minister and foreign secretary
        ("David Cameron", D(2024, 1, 1), "GBRGOV"),
        ("Mark Rutte", D(2024, 8, 1), "NLDELI"),  # between The Hague and NATO
        ("Mark Rutte", D(2024, 10, 1), "IGOWSTNAT"),
        ("Antonio Guterres", D(2016, 12, 31), None),
        ("Antonio Guterres", D(2017, 1, 1), "IGOUNO"),
        # offices held ex officio yield to the person's own, whatever the file's order
        ("Emmanuel Macron", D(2025, 1, 1), "FRAGOV"),  # not ANDGOV (co-prince of Andorra)
        ("King Charles III", D(2025, 1, 1), "GBRGOV"),  # not ATGGOV (a realm)
        # ... and so after both end on the same day: France's former president
        ("Francois Hollande", D(2025, 10, 1), "FRAELI"),  # not ANDELI
    ],
)
def test_person_codes_follow_tenure(
    k: Knowledge, text: str, day: dt.date, code: str | None
) -> None:
    assert k.lookup(text, day).code == code


def test_resolution_explains_which_tenure(k: Knowledge) -> None:
    r = k.lookup("Merz", D(2025, 6, 1))
    assert r.kind == "person" and r.office is not None
    assert (r.office.body, r.office.role) == ("DEU", "head_of_government")
    assert r.office.start == D(2025, 5, 6)
    assert "DEUGOV" in r.explain() and "leaders.csv:" in r.explain()
    before = k.lookup("Merz", D(2020, 1, 1))
    assert before.code is None and "no office before 2022-01-31" in before.reason


def test_no_date_gives_the_latest_code(k: Knowledge) -> None:
    assert k.lookup("Olaf Scholz").code == "DEUELI"
    assert k.lookup("Vladimir Putin").code == "RUSGOV"


def test_unknown_text(k: Knowledge) -> None:
    r = k.lookup("Nobody In Particular", D(2025, 1, 1))
    assert (r.code, r.kind, r.entry) == (None, None, None)


def test_uncertain_ends_are_listed(k: Knowledge) -> None:
    uncertain = {o.person_id for o in k.uncertain()}
    assert "ulf-kristersson" in uncertain
    assert "friedrich-merz" not in uncertain


def test_lookup_inside_longer_text(k: Knowledge) -> None:
    r = k.lookup("Russian President Vladimir Putin", D(2024, 1, 15))
    assert (r.code, r.matched) == ("RUSGOV", "VLADIMIR PUTIN")
    assert "from the words 'VLADIMIR PUTIN'" in r.explain()
