"""Coding on every core: batches of articles go to worker processes, each of which parses
and codes them whole, and the coded articles come back in input order.

spaCy's own ``n_process`` would parse in the workers and code in this process: each Doc
then crosses between processes twice, as msgpack, and this process, which also codes,
becomes the bottleneck (on 1,000 WCEP summaries, serialising Docs cost it more time than
coding them). Here only articles go out and coded articles come back, and the coding is
shared out with the parsing.

Workers are forked where the platform allows, after the model, the coder and its
prefilter are built, so they start at once and share those pages; elsewhere they are
spawned and the coder travels to them pickled.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .batches import batched
from .coding.coder import Coder
from .model import Article, CodedArticle

# Batches in flight per worker: enough to keep each busy while one comes back, few
# enough that memory stays set by the batch, not by the input.
IN_FLIGHT = 2

Code = Callable[[Iterable[Article], Coder], Iterator[CodedArticle]]

__all__ = ["IN_FLIGHT", "code_in_processes"]

# This worker process's coder and coding function, set once as the process starts.
_WORKER: dict[str, object] = {}


def code_in_processes(
    articles: Iterable[Article], coder: Coder, code: Code
) -> Iterator[CodedArticle]:
    """``code(batch, coder)`` for each batch of ``settings.batch_size`` articles, in
    ``settings.n_process`` worker processes; results in input order."""
    s = coder.settings
    with ProcessPoolExecutor(s.n_process, mp_context=_context(),
                             initializer=_start, initargs=(coder, code)) as pool:
        pending: deque[Future[list[CodedArticle]]] = deque()
        try:
            for batch in batched(articles, s.batch_size):
                pending.append(pool.submit(_code_batch, batch))
                if len(pending) >= IN_FLIGHT * s.n_process:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:  # the caller stopped early, or a batch failed
                future.cancel()


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _start(coder: Coder, code: Code) -> None:
    _WORKER["coder"], _WORKER["code"] = coder, code


def _code_batch(batch: list[Article]) -> list[CodedArticle]:
    code: Code = _WORKER["code"]  # type: ignore[assignment]
    coder: Coder = _WORKER["coder"]  # type: ignore[assignment]
    return list(code(batch, coder))
