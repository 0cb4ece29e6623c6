"""The PETRARCH validation suites against the floors pinned in floors.toml.

The suites' sentences stay in ../shared/data (their licences are not ours to
redistribute), so these tests skip when it is missing. Beside the floors, they hold
detente's reading and scoring equal to ../shared/eval/petr_suite.py, so that both
measure alike.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

import pytest

from detente.pipeline import make_coder
from detente.store import write_jsonl
from detente.validation import FIGURES, Coding, SuiteResult, failures, read_suite, run_suite

FLOORS: dict[str, Any] = tomllib.loads(
    Path(__file__).with_name("floors.toml").read_text(encoding="utf-8")
)
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORER = SHARED / "eval" / "petr_suite.py"
# Floors have one decimal; this only absorbs float noise in a figure equal to its floor.
TOLERANCE = 1e-9


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing (the validation suites are read from ../shared)")
    return path


def suite_path(name: str) -> Path:
    return shared("data", FLOORS[name]["suite"])


@dataclass(frozen=True)
class Run:
    name: str
    suite: Path
    result: SuiteResult


@pytest.fixture(scope="module", params=sorted(FLOORS))
def run(request: pytest.FixtureRequest) -> Run:
    """Each suite coded once for the module's tests."""
    name: str = request.param
    suite = suite_path(name)
    coder = make_coder(shared("data", FLOORS[name]["dictionaries"]))
    return Run(name, suite, run_suite(suite, coder))


def table(run: Run) -> str:
    lines = [f"{run.name}: {run.suite}",
             f"{'category':<12}{'records':>8}{'gold':>6}" + "".join(f"{f:>15}" for f in FIGURES)]
    for row in run.result.score.rows():
        label = "ALL" if row.category is None else row.category or "(none)"
        lines.append(f"{label:<12}{row.records:>8}{row.gold_codings:>6}"
                     + "".join(f"{100 * v:>14.1f}%" for v in row.figures().values()))
    return "\n".join(lines)


def breaches(figures: dict[str, float], floors: dict[str, Any]) -> list[str]:
    low = [f"{name} {figures[name]:.2f}% is below its floor {floor}%"
           for name, floor in floors.get("at_least", {}).items()
           if figures[name] < floor - TOLERANCE]
    high = [f"{name} {figures[name]:.2f}% is above its ceiling {ceiling}%"
            for name, ceiling in floors.get("at_most", {}).items()
            if figures[name] > ceiling + TOLERANCE]
    return low + high


@pytest.mark.model
@pytest.mark.shared_data
def test_the_suite_stays_at_its_floors(run: Run) -> None:
    report = table(run)
    print(report)
    figures = {name: 100 * value for name, value in run.result.score.total.figures().items()}
    problems = breaches(figures, FLOORS[run.name])
    assert not problems, "\n".join([*problems, report])


@pytest.mark.model
@pytest.mark.shared_data
def test_the_figures_equal_the_shared_scorers(run: Run, tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    with events.open("w", encoding="utf-8") as fh:
        write_jsonl(run.result.events, fh)
    scored = subprocess.run(
        [sys.executable, str(shared("eval", "petr_suite.py")), "score", str(run.suite),
         str(events), "--json"],
        capture_output=True, text=True, check=True,
    )
    theirs = json.loads(scored.stdout)
    total = run.result.score.total
    assert (total.records, total.gold_codings) == (theirs["records"], theirs["gold_codings"])
    assert total.figures() == {name: theirs[name] for name in FIGURES}
    assert {row.category: f"{row.exact_records}/{row.records}"
            for row in run.result.score.categories} == theirs["per_category"]
    assert [(f.id, as_lists(f.gold), as_lists(f.got)) for f in failures(run.result)] == [
        (f["id"], f["gold"], f["got"]) for f in theirs["failures"]
    ]


def as_lists(codings: tuple[Coding, ...]) -> list[list[str]]:
    return [list(astuple(c)) for c in codings]


@pytest.mark.shared_data
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_records_are_those_the_shared_scorer_extracts(name: str) -> None:
    suite = suite_path(name)
    extracted = subprocess.run(
        [sys.executable, str(shared("eval", "petr_suite.py")), "extract", str(suite)],
        capture_output=True, text=True, check=True,
    )
    theirs = [json.loads(line) for line in extracted.stdout.splitlines()]
    ours = [
        {"id": r.id, "date": r.date.isoformat() if r.date else None, "text": r.text,
         "category": r.category}
        for r in read_suite(suite)
    ]
    assert ours == theirs


def test_the_floors_name_suites_and_known_figures() -> None:
    for name, spec in FLOORS.items():
        assert {"suite", "dictionaries"} <= spec.keys(), name
        assert {"at_least", "at_most"} >= spec.keys() - {"suite", "dictionaries"}, name
        named = {*spec.get("at_least", {}), *spec.get("at_most", {})}
        assert named and named <= set(FIGURES), name


@pytest.mark.shared_data
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_extracted_input_reads_whole(name: str, tmp_path: Path) -> None:
    """`detente code` on the scorer's extract reads every record, so the independent path
    (extract, code, score) sees what `detente validate` sees."""
    from detente.errors import ErrorPolicy
    from detente.ingest import read_articles

    suite = suite_path(name)
    extracted = subprocess.run(
        [sys.executable, str(shared("eval", "petr_suite.py")), "extract", str(suite)],
        capture_output=True, text=True, check=True,
    )
    path = tmp_path / "in.jsonl"
    path.write_text(extracted.stdout, encoding="utf-8")
    policy = ErrorPolicy()
    articles = list(read_articles([path], policy=policy))
    assert [str(p) for p in policy.problems] == []
    assert len(articles) == len(extracted.stdout.splitlines())
