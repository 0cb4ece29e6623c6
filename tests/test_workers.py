"""Coding in worker processes: every article back once, in input order (no model: a
stand-in coding function runs in the workers)."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from detente.coding.coder import Coder
from detente.coding.dictionaries import load_dictionaries
from detente.model import Article, CodedArticle, Sentence
from detente.settings import Settings
from detente.workers import code_in_processes


def stand_in(articles: Iterable[Article], coder: Coder) -> Iterator[CodedArticle]:
    """Records which process coded each article; later batches finish first."""
    for article in articles:
        time.sleep(0.02 / (1 + int(article.id)))
        yield CodedArticle(article, (Sentence(0, str(os.getpid()), 0, 1),), ())


def failing(articles: Iterable[Article], coder: Coder) -> Iterator[CodedArticle]:
    for article in articles:
        if article.id == "5":
            raise ValueError("article 5 is bad")
        yield CodedArticle(article, (), ())


@pytest.fixture()
def coder(tiny_dicts: Path) -> Coder:
    return Coder(load_dictionaries(tiny_dicts), Settings(n_process=2, batch_size=3))


def articles(n: int) -> list[Article]:
    return [Article(str(i), f"Text {i}.", date=dt.date(2025, 1, 1)) for i in range(n)]


def test_every_article_comes_back_once_in_input_order(coder: Coder) -> None:
    done = list(code_in_processes(articles(17), coder, stand_in))
    assert [c.article.id for c in done] == [str(i) for i in range(17)]
    workers = {c.sentences[0].text for c in done}
    assert str(os.getpid()) not in workers  # coded in the workers, not here
    assert len(workers) == 2


def test_a_caller_may_stop_early(coder: Coder) -> None:
    first = code_in_processes(articles(1000), coder, stand_in)
    assert [next(first).article.id for _ in range(4)] == ["0", "1", "2", "3"]
    first.close()  # returns without coding the rest


def test_an_error_in_a_worker_reaches_the_caller(coder: Coder) -> None:
    done: list[str] = []
    with pytest.raises(ValueError, match="article 5 is bad"):
        for coded in code_in_processes(articles(12), coder, failing):
            done.append(coded.article.id)
    assert done == ["0", "1", "2"]  # the batches before the failing one
