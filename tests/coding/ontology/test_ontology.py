"""CAMEO names, Goldstein scores and quad classes; the CAMEO-to-PLOVER table."""

from __future__ import annotations

from pathlib import Path

import pytest

import detente.coding.ontology as ontology
from detente.coding.ontology import (
    CameoTable,
    PloverTable,
    load_cameo,
    load_plover,
    read_cameo,
    read_plover,
)
from detente.errors import DictionaryError
from detente.model import Plover


@pytest.fixture(scope="module")
def cameo() -> CameoTable:
    return load_cameo()


@pytest.fixture(scope="module")
def plover() -> PloverTable:
    return load_plover()


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_public_names_are_one_sorted_list() -> None:
    assert ontology.__all__ == sorted(ontology.__all__)
    assert set(ontology.__all__) == {
        "CameoTable",
        "PloverTable",
        "load_cameo",
        "load_plover",
        "read_cameo",
        "read_plover",
    }


def test_loaders_read_the_package_data_once() -> None:
    assert load_cameo() is load_cameo()
    assert load_plover() is load_plover()


# --- CAMEO -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "score"),
    [("042", 1.9), ("163", -8.0), ("190", -10.0), ("195", -10.0), ("0231", 3.4), ("01", 0.0)],
)
def test_goldstein_of_listed_codes(cameo: CameoTable, code: str, score: float) -> None:
    assert cameo.goldstein(code) == score


def test_names_of_listed_codes(cameo: CameoTable) -> None:
    assert cameo.name("042") == "Make a visit"
    assert cameo.name("19") == "FIGHT"
    assert len(cameo.names) == len(cameo.scores) == 311


def test_the_line_gdelt_merged_is_split_back(cameo: CameoTable) -> None:
    # "1056<TAB>Demand de-escalation of military engagement106:[-5.0] Demand withdrawal"
    assert cameo.name("1056") == "Demand de-escalation of military engagement"
    assert cameo.name("106") == "Demand withdrawal"
    assert cameo.is_valid("106")
    assert cameo.goldstein("106") == -5.0


@pytest.mark.parametrize(("code", "parent"), [("1952", "195"), ("176", "17"), ("1215", "121")])
def test_goldstein_of_unlisted_code_is_its_parents(
    cameo: CameoTable, code: str, parent: str
) -> None:
    assert not cameo.is_valid(code)
    assert cameo.goldstein(code) == cameo.goldstein(parent) is not None


def test_goldstein_falls_back_to_the_nearest_parent(tmp_path: Path) -> None:
    names = write(tmp_path / "names.txt", "CODE\tNAME", "02\tAPPEAL", "023\tAid", "0231\tEcon")
    scores = write(tmp_path / "scores.txt", "CODE\tSCORE", "02\t3.0", "023\t3.4")
    table = read_cameo(names, scores)
    assert table.goldstein("0231") == 3.4  # no own score: 023's
    assert table.goldstein("024") == 3.0  # neither it nor a 3-digit parent: 02's
    assert table.goldstein("03") is None


# GDELT's convention, written out root by root.
QUAD_CLASS_BY_ROOT = {
    "01": 1, "02": 1, "03": 1, "04": 1, "05": 1,
    "06": 2, "07": 2, "08": 2, "09": 2,
    "10": 3, "11": 3, "12": 3, "13": 3, "14": 3,
    "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4,
}  # fmt: skip


@pytest.mark.parametrize(("root", "quad"), sorted(QUAD_CLASS_BY_ROOT.items()))
def test_quad_class_of_every_root(cameo: CameoTable, root: str, quad: int) -> None:
    assert cameo.quad_class(root) == quad
    assert all(cameo.quad_class(c) == quad for c in cameo.names if c.startswith(root))


def test_quad_class_of_an_unlisted_code_is_its_roots(cameo: CameoTable) -> None:
    assert cameo.quad_class("1952") == 4


@pytest.mark.parametrize("code", ["", "1", "00", "21", "99", "2101", "12345", "abc", "04a", " 042"])
def test_invalid_codes(cameo: CameoTable, code: str) -> None:
    assert not cameo.is_valid(code)
    assert cameo.name(code) is None
    assert cameo.goldstein(code) is None
    assert cameo.quad_class(code) is None


def test_root(cameo: CameoTable) -> None:
    assert cameo.root("0231") == "02"
    assert cameo.root("190") == "19"
    assert cameo.root("20") == "20"
    with pytest.raises(ValueError, match="not a CAMEO event code"):
        cameo.root("x1")


def test_a_score_that_is_not_a_number_names_file_and_line(tmp_path: Path) -> None:
    names = write(tmp_path / "names.txt", "CODE\tNAME", "02\tAPPEAL")
    scores = write(tmp_path / "scores.txt", "CODE\tSCORE", "02\t3.0", "020\thigh")
    with pytest.raises(DictionaryError) as caught:
        read_cameo(names, scores)
    assert (caught.value.path, caught.value.line_number) == (str(scores), 3)


def test_a_code_listed_twice_is_an_error(tmp_path: Path) -> None:
    names = write(tmp_path / "names.txt", "CODE\tNAME", "02\tAPPEAL", "02\tAgain")
    scores = write(tmp_path / "scores.txt", "CODE\tSCORE")
    with pytest.raises(DictionaryError, match="listed twice") as caught:
        read_cameo(names, scores)
    assert caught.value.line_number == 3


# --- PLOVER ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("042", Plover("CONSULT", "visit")),  # 042: CONSULT, visit,   # Make a visit
        ("163", Plover("COERCE", "restrict", ("diplomatic",))),  # listed under 16 SANCTION
        ("0311", Plover("AGREE", None, ("economic",))),  # "0311: AGREE,  ,   economic"
        ("094", Plover("ACCUSE", "investigate", ("military", "legal"))),  # two contexts
        ("1724", Plover("COERCE", "martial-law", ("pro_autocracy",))),
        ("03", Plover("AGREE")),  # a root line: event only
        ("040", Plover("CONSULT")),  # "040: CONSULT, ,  # Consult"
        ("191", Plover("COERCE", "restrict", ("military",))),  # placed under 17, still 191
    ],
)
def test_plover_of_listed_codes(plover: PloverTable, code: str, expected: Plover) -> None:
    assert plover.lookup(code) == expected


def test_cameo_08_is_split_between_concede_and_retreat(plover: PloverTable) -> None:
    assert plover.lookup("08") == Plover("CONCEDE")  # the first "08:" header
    assert plover.lookup("083") == Plover("CONCEDE", None, ("political_institutions",))
    assert plover.lookup("0871") == Plover("RETREAT", "ceasefire", ("military",))


@pytest.mark.parametrize(("code", "event"), [
    ("042", "AGREE"),  # "will visit": a promise to consult
    ("071", "AGREE"),  # "will give a grant"
    ("050", "AGREE"),
    ("061", "AGREE"),
    ("0874", "RETREAT"),  # "will withdraw" stays a retreat (PLOVER manual, AGREE)
    ("081", "CONCEDE"),
    ("190", "ASSAULT"),  # conflict is never an agree
])
def test_future_cooperation_is_an_agree(plover: PloverTable, code: str, event: str) -> None:
    future = plover.lookup(code, "future")
    assert future is not None and future.event == event
    asserted = plover.lookup(code)
    assert asserted is not None and asserted.context == future.context


@pytest.mark.parametrize("code", ["01", "010", "02", "0231", "028"])
def test_statements_and_appeals_have_no_plover_event(plover: PloverTable, code: str) -> None:
    assert plover.lookup(code) is None


def test_plover_falls_back_to_the_parent_code(plover: PloverTable, tmp_path: Path) -> None:
    assert plover.lookup("1952") == plover.lookup("195") is not None
    table = read_plover(write(tmp_path / "p.txt", "04: CONSULT", "042: CONSULT, visit"))
    assert table.lookup("0421") == Plover("CONSULT", "visit")
    assert table.lookup("045") == Plover("CONSULT")
    assert table.lookup("05") is None


@pytest.mark.parametrize("code", ["", "4", "abc", "12345"])
def test_plover_of_malformed_codes(plover: PloverTable, code: str) -> None:
    assert plover.lookup(code) is None


def test_comments_blank_lines_and_the_end_marker(tmp_path: Path) -> None:
    path = write(tmp_path / "p.txt", "# header", "", "04: CONSULT  # c", "~~~~~", "nonsense")
    assert read_plover(path).entries == {"04": Plover("CONSULT")}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("042 CONSULT, visit", "expected 'CODE: EVENT"),
        ("04x: CONSULT", "expected 'CODE: EVENT"),
        ("042: consult", "upper-case word"),
        ("042: , visit", "upper-case word"),
        ("042: CONSULT, visit, legal, more", "more than three"),
        ("042: CONSULT, make visit", "lower-case word"),
        ("042: CONSULT, visit, Legal", "lower-case word"),
        ("042: AGREE", "already maps to CONSULT"),
    ],
)
def test_a_malformed_line_names_file_line_and_text(tmp_path: Path, line: str, reason: str) -> None:
    path = write(tmp_path / "bad.txt", "# CAMEO to PLOVER", "04: CONSULT", "042: CONSULT", line)
    with pytest.raises(DictionaryError, match=reason) as caught:
        read_plover(path)
    error = caught.value
    assert (error.path, error.line_number, error.text) == (str(path), 4, line)
    assert f"{path}:4:" in str(error)


def test_a_repeated_identical_line_is_allowed(tmp_path: Path) -> None:
    path = write(tmp_path / "p.txt", "175: ASSAULT, , military # a", "175: ASSAULT, , military")
    assert read_plover(path).lookup("175") == Plover("ASSAULT", None, ("military",))
