"""PETRARCH/TABARI validation suites: read the records, code them, score the codings.

A suite is a file of records, each a sentence with the codings it should give::

    <Sentence date="19950101" id="DEMO-01" category="DEMO">
    <EventCoding sourcecode="ARN" targetcode="GON" eventcode="050" />
    <Text>Arnor is about to restore full diplomatic ties with Gondor ...</Text>
    </Sentence>

    -> SuiteRecord("DEMO-01", date(1995, 1, 1), "Arnor is about to restore ...", "DEMO",
                   gold=frozenset({Coding("ARN", "GON", "050")}))

Reading and scoring follow ``shared/eval/petr_suite.py`` exactly, so that both measure
alike (a test holds their figures equal), quirks included:

- the file is read as text, not parsed as XML: comments are dropped first, entities stay
  as written, and only double-quoted attributes count (``sourcecode='"X"'`` is no code);
- a record with ``evaluate="false"`` or without ``<Text>`` is left out;
- a coding needs an ``eventcode``; an actor code that is absent, ``---``, ``-``, ``None``
  or ``null`` means "no actor" (``""``), while ``+++`` and ``---GOV`` are codes as written;
- a ``noevents`` or ``error`` record has no gold codings, so it expects no events;
- events find their record by article id, so records sharing an id (the suites have a
  few) are each scored against the events of all of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from .coding.coder import Coder
from .errors import ConfigError, InputError
from .model import Article, CoderInfo, Event
from .pipeline import code_articles

__all__ = [
    "FIGURES",
    "CategoryScore",
    "Coding",
    "Failure",
    "RecordResult",
    "SuiteRecord",
    "SuiteResult",
    "SuiteScore",
    "evaluate",
    "failures",
    "read_suite",
    "run_suite",
    "score_records",
]

#: The ratios of a ``CategoryScore``, in the order the scorer prints them.
FIGURES: tuple[str, ...] = ("correct", "uncoded", "extra", "records_exact", "null_ok")

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RECORD = re.compile(r"<Sentence\b(.*?)>(.*?)</Sentence>", re.S)
_CODING = re.compile(r"<EventCoding\b(.*?)/?>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_NO_ACTOR = frozenset({"", "---", "-", "None", "null"})


def _actor_code(value: str | None) -> str:
    value = (value or "").strip()
    return "" if value in _NO_ACTOR else value


@dataclass(frozen=True, slots=True, order=True)
class Coding:
    """One (source, target, CAMEO) triple; ``""`` where there is no actor."""

    source: str
    target: str
    cameo: str

    @classmethod
    def of(cls, event: Event) -> Coding:
        return cls(
            _actor_code(event.source.code if event.source else None),
            _actor_code(event.target.code if event.target else None),
            event.cameo.strip(),
        )

    def __str__(self) -> str:
        return f"{self.source or '-'} {self.target or '-'} {self.cameo}"


@dataclass(frozen=True, slots=True)
class SuiteRecord:
    id: str
    date: dt.date | None
    text: str  # whitespace runs collapsed to one space
    category: str  # "" when the record names none
    gold: frozenset[Coding]
    noevents: bool = False  # marked as a sentence without events
    error: str | None = None  # why an error record should give nothing: "storydiscard"...

    def article(self) -> Article:
        return Article(self.id, self.text, date=self.date)


# --- reading ---------------------------------------------------------------------------


def read_suite(path: str | Path, *, category: str | None = None) -> tuple[SuiteRecord, ...]:
    """The evaluated records of a suite, in file order; only ``category``'s if given."""
    path = Path(path)
    try:
        xml = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(path), f"cannot read the suite: {err}") from err
    records = tuple(
        record
        for number, (attributes, body) in enumerate(_RECORD.findall(xml), 1)
        if (record := _record(path, number, dict(_ATTRIBUTE.findall(attributes)), body))
    )
    if category is None:
        return records
    chosen = tuple(r for r in records if r.category == category)
    if not chosen:
        known = ", ".join(sorted({r.category for r in records})) or "none"
        raise ConfigError(f"{path} has no records of category {category!r} (it has: {known})")
    return chosen


def _record(path: Path, number: int, attributes: dict[str, str], body: str) -> SuiteRecord | None:
    if attributes.get("evaluate", "true").lower() == "false":
        return None
    text = _TEXT.search(body)
    if text is None:
        return None
    if "id" not in attributes:
        raise InputError(str(path), "a <Sentence> without an id", f"record {number}")
    codings = [dict(_ATTRIBUTE.findall(c)) for c in _CODING.findall(body)]
    return SuiteRecord(
        id=attributes["id"],
        date=_date(path, attributes),
        text=" ".join(text.group(1).split()),
        category=attributes.get("category", ""),
        gold=frozenset(
            Coding(_actor_code(c.get("sourcecode")), _actor_code(c.get("targetcode")),
                   c["eventcode"].strip())
            for c in codings
            if "eventcode" in c
        ),
        noevents=any(c.get("noevents", "false").lower() != "false" for c in codings),
        error=next((c["error"] for c in codings if "error" in c), None),
    )


def _date(path: Path, attributes: dict[str, str]) -> dt.date | None:
    """``date="19950101"`` -> 1995-01-01; anything but eight characters -> None."""
    value = attributes.get("date", "")
    if len(value) != 8:
        return None
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError as err:
        where = f"record {attributes['id']}"
        raise InputError(str(path), f"bad date {value!r}: {err}", where) from err


# --- scoring ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CategoryScore:
    """Counts over some records, and the scorer's ratios of them.

    A ratio over nothing is 0 (so ``uncoded`` is 1 with no gold codings), as in the scorer.
    """

    category: str | None  # None: every record of the run
    records: int
    gold_codings: int
    correct_codings: int  # gold codings that were produced
    extra_codings: int  # produced codings that are not gold
    exact_records: int  # records whose produced set equals the gold set
    null_records: int  # records with no gold codings
    null_ok_records: int  # ... that produced none

    @property
    def correct(self) -> float:
        return self.correct_codings / (self.gold_codings or 1)

    @property
    def uncoded(self) -> float:
        return 1 - self.correct

    @property
    def extra(self) -> float:
        """Produced codings that are not gold, per record (can pass 1)."""
        return self.extra_codings / (self.records or 1)

    @property
    def records_exact(self) -> float:
        return self.exact_records / (self.records or 1)

    @property
    def null_ok(self) -> float:
        return self.null_ok_records / (self.null_records or 1)

    def figures(self) -> dict[str, float]:
        """The ``FIGURES`` by name."""
        return {name: float(getattr(self, name)) for name in FIGURES}


@dataclass(frozen=True, slots=True)
class SuiteScore:
    total: CategoryScore
    categories: tuple[CategoryScore, ...]  # sorted by category name

    def category(self, name: str) -> CategoryScore:
        for score in self.categories:
            if score.category == name:
                return score
        raise KeyError(name)

    def rows(self) -> tuple[CategoryScore, ...]:
        """One row a category, then the total: a table in a stable order."""
        return (*self.categories, self.total)


@dataclass(frozen=True, slots=True)
class RecordResult:
    record: SuiteRecord
    got: frozenset[Coding]

    @property
    def correct(self) -> frozenset[Coding]:
        return self.record.gold & self.got

    @property
    def missing(self) -> frozenset[Coding]:
        return self.record.gold - self.got

    @property
    def extra(self) -> frozenset[Coding]:
        return self.got - self.record.gold

    @property
    def exact(self) -> bool:
        return self.got == self.record.gold


@dataclass(frozen=True, slots=True)
class SuiteResult:
    suite: str  # the suite's path
    coder: CoderInfo | None  # None when scoring events coded elsewhere
    records: tuple[RecordResult, ...]  # in suite order
    events: tuple[Event, ...]  # every event coded for the records, in coding order
    score: SuiteScore


def score_records(results: Sequence[RecordResult]) -> SuiteScore:
    by_category: dict[str, list[RecordResult]] = defaultdict(list)
    for result in results:
        by_category[result.record.category].append(result)
    return SuiteScore(
        total=_tally(None, results),
        categories=tuple(_tally(name, by_category[name]) for name in sorted(by_category)),
    )


def _tally(category: str | None, results: Sequence[RecordResult]) -> CategoryScore:
    nulls = [r for r in results if not r.record.gold]
    return CategoryScore(
        category=category,
        records=len(results),
        gold_codings=sum(len(r.record.gold) for r in results),
        correct_codings=sum(len(r.correct) for r in results),
        extra_codings=sum(len(r.extra) for r in results),
        exact_records=sum(r.exact for r in results),
        null_records=len(nulls),
        null_ok_records=sum(not r.got for r in nulls),
    )


def evaluate(
    records: Sequence[SuiteRecord],
    events: Iterable[Event],
    *,
    suite: str = "",
    coder: CoderInfo | None = None,
) -> SuiteResult:
    """Score events against records; an event counts for the records of its article id."""
    coded = tuple(events)
    produced: Mapping[str, set[Coding]] = _codings_by_article(coded)
    results = tuple(
        RecordResult(record, frozenset(produced.get(record.id, ()))) for record in records
    )
    return SuiteResult(suite, coder, results, coded, score_records(results))


def _codings_by_article(events: Iterable[Event]) -> dict[str, set[Coding]]:
    produced: dict[str, set[Coding]] = defaultdict(set)
    for event in events:
        produced[event.article_id].add(Coding.of(event))
    return produced


def run_suite(path: str | Path, coder: Coder, *, category: str | None = None) -> SuiteResult:
    """Code a suite's records with ``coder`` and score them (all, or ``category``'s)."""
    records = read_suite(path, category=category)
    coded = code_articles((r.article() for r in records), coder)
    events = (event for article in coded for event in article.events)
    return evaluate(records, events, suite=str(path), coder=coder.info)


# --- failures --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Failure:
    """A record not coded exactly: what it should give and what it gave, each sorted."""

    id: str
    category: str
    text: str
    gold: tuple[Coding, ...]
    got: tuple[Coding, ...]

    @property
    def missing(self) -> tuple[Coding, ...]:
        return tuple(c for c in self.gold if c not in self.got)

    @property
    def extra(self) -> tuple[Coding, ...]:
        return tuple(c for c in self.got if c not in self.gold)


def failures(result: SuiteResult, limit: int | None = None) -> list[Failure]:
    """The first ``limit`` (None: all) records not coded exactly, in suite order."""
    return list(islice(_failures(result.records), limit))


def _failures(results: Iterable[RecordResult]) -> Iterator[Failure]:
    for r in results:
        if not r.exact:
            yield Failure(r.record.id, r.record.category, r.record.text,
                          tuple(sorted(r.record.gold)), tuple(sorted(r.got)))
