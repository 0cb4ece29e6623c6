"""What the pipeline skips to save time changes no event: the sentence prefilter and the
entity recogniser run on demand, against parsing everything, on the validation suites
and the seed story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.errors import ErrorPolicy
from detente.ingest import read_articles
from detente.model import Article
from detente.pipeline import code_articles, make_coder
from detente.settings import Settings
from detente.validation import read_suite
from shared_data import shared_path

SAVING = Settings()
EVERYTHING = Settings(prefilter=False, entities_on_demand=False)
SUITES = {
    "petrarch2": ("validation/petrarch2/PETR.UnitTest.records.xml",
                  "dictionaries/petr-validate"),
    "universal": ("validation/universal-petrarch-2.02/PETR_Validate_records_2_02.xml",
                  "validation/universal-petrarch-2.02/dictionaries"),
}

pytestmark = [pytest.mark.model, pytest.mark.shared_data]


def coded(articles: list[Article], dictionaries: Path | None, settings: Settings) -> list[str]:
    coder = make_coder(dictionaries, settings)
    return [json.dumps(event.to_dict(), sort_keys=True, default=str)
            for article in code_articles(articles, coder) for event in article.events]


@pytest.mark.parametrize("name", sorted(SUITES))
def test_the_savings_change_no_event_of_a_validation_suite(name: str) -> None:
    suite, dictionaries = (shared_path("data", part) for part in SUITES[name])
    articles = [record.article() for record in read_suite(suite)]
    saving = coded(articles, dictionaries, SAVING)
    assert saving == coded(articles, dictionaries, EVERYTHING)
    assert len(saving) > 200


def test_the_savings_change_no_event_of_the_seed() -> None:
    seed = shared_path("seed", "putin-turkey.jsonl")
    articles = list(read_articles([seed], policy=ErrorPolicy()))
    saving = coded(articles, None, SAVING)
    assert saving == coded(articles, None, EVERYTHING)
    assert len(saving) >= 10


def test_worker_processes_code_as_one_process_does() -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    seed = shared_path("seed", "putin-turkey.jsonl")
    articles = list(read_articles([examples, seed], policy=ErrorPolicy()))
    assert len(articles) >= 5
    alone = coded(articles, None, SAVING)
    assert alone == coded(articles, None, Settings(n_process=2, batch_size=1))
    assert len(alone) >= 15
