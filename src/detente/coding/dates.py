"""When an event happened: a DATE phrase resolved against the publication date.

"next month" -> 2024-02 (month); "in 2022" -> 2022 (year); "on Monday" -> the Monday
of the publication week (day); "four years ago" -> 2020 (year). dateparser resolves what
these rules leave, given the phrase alone (it does badly on whole sentences).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

import dateparser

from ..model import DatePrecision

_LEAD = re.compile(r"^(?:in|on|at|since|by|during|until|from|of|for|as of|around|about)\s+",
                   re.I)
_HEDGE = re.compile(r"^(?:the\s+)?(?:(?:end|beginning|start|middle|summer|spring|autumn|"
                    r"fall|winter)\s+of\s+|early\s+|late\s+|mid-?\s*)", re.I)
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[-\u2013]\s*\d{1,2}\b")  # "May 8–10": its first day
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
# "four years", "the past two decades": spans of time, not dates (unless "... ago")
_DURATION = re.compile(r"^(?:the\s+)?(?:(?:last|past|next|coming|first)\s+)?(?:\d+|an?|one|two|"
                       r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|"
                       r"many|some|\w+-\w+)\s+(?:years?|months?|weeks?|days?|decades?|hours?)$",
                       re.I)
# the words that open a deadline, which is ahead whatever the verb's tense
DEADLINE_WORDS = frozenset({"by", "before"})
_DEADLINE = re.compile(rf"^(?:{'|'.join(sorted(DEADLINE_WORDS))})\s", re.I)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# What the recogniser calls a DATE but names none, and dateparser would make one of:
# scores and bare numbers ("3–2", "35"), adjectives ("three-day", "27-year", "20-year-old")
# and spans without an anchor ("forty years", "12 and 15 years").
_NO_DATE = re.compile(r"^[\d\s\-\u2013().:/]+$|-(?:year|month|week|day|hour)s?(?:-olds?)?\b"
                      r"|^(?!.*\b(?:ago|last|next|this|past|coming|previous)\b)"
                      r".*\b(?:years|months|weeks|days|decades|hours)\b")


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None: a day whose year is not told
    precision: DatePrecision
    text: str


@functools.lru_cache(maxsize=4096)  # one phrase is resolved for each event it dates
def resolve(
    text: str, base: dt.date, *, future: bool = False, past: bool = False,
) -> EventDate | None:
    """The date a phrase names, relative to ``base`` (the publication date); a deadline
    ("by the end of March", "before June 1") is ahead, whatever the verb's tense
    ("ordered Taiwan to relocate by the end of March", written in February); what is
    told in the ``past`` tense is not ahead ("agreed on October 21", written on the
    19th: last year's)."""
    future = future or bool(_DEADLINE.match(text.strip()))
    phrase = _HEDGE.sub("", _LEAD.sub("", text.strip().rstrip(".,"))).strip()
    phrase = _DAY_RANGE.sub(r"\1", phrase)
    low = phrase.lower()
    if not low or (_DURATION.match(low) and "ago" not in low):
        return None
    if _NO_DATE.search(low) and not _YEAR.match(low):
        return None
    day_of_month = functools.partial(_day_of_month, past=past and not future)
    for rule in (_year, _relative_year, _weekday, _named_month, day_of_month, _relative_day):
        found = rule(low, base, future)
        if found is not None:
            value, precision = found
            return EventDate(value, precision, text.strip())
    return _with_dateparser(phrase, base, future, text.strip())


Found = tuple[str | None, DatePrecision] | None


def _year(low: str, base: dt.date, future: bool) -> Found:
    return (low, "year") if _YEAR.match(low) else None


def _relative_year(low: str, base: dt.date, future: bool) -> Found:
    shift = {"this year": 0, "earlier this year": 0, "later this year": 0, "last year": -1,
             "next year": 1, "a year ago": -1, "this past year": 0}.get(low)
    return (str(base.year + shift), "year") if shift is not None else None


def _weekday(low: str, base: dt.date, future: bool) -> Found:
    words = low.replace("last ", "").replace("next ", "").replace("this ", "").split()
    if len(words) != 1 or words[0] not in _WEEKDAYS:
        return None
    delta = (base.weekday() - _WEEKDAYS[words[0]]) % 7
    # news says "on Monday" for the latest Monday (today included) or, of plans, the next
    day = base + dt.timedelta(days=(7 - delta) % 7) if future or "next" in low else (
        base - dt.timedelta(days=delta))
    return day.isoformat(), "day"


def _named_month(low: str, base: dt.date, future: bool) -> Found:
    words = low.split()
    month_word = words[-1] if words else ""
    if month_word not in _MONTHS or len(words) > 2 or (len(words) == 2 and words[0] not in
                                                       ("last", "next", "this")):
        return None
    month = _MONTHS[month_word]
    ahead = future or words[0] == "next"
    year = base.year
    if ahead and month < base.month:
        year += 1
    elif not ahead and (month > base.month or (words[0] == "last" and month == base.month)):
        year -= 1
    return f"{year:04d}-{month:02d}", "month"


_DAY_MONTH = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)|([a-z]+)\.?\s+(\d{1,2})"
                        r"(?:st|nd|rd|th)?)$")
# how far ahead a day named without its year is still read as coming, of what is told as
# done: "gives Ukraine a deadline of November 27" (written on the 21st), not last year's
_COMING_DAYS = 45
# ... and how far back one is still last year's or this: news names an older day with its
# year, so "the October 7 attacks", written the next June, are of a year not told
_RECALLED_DAYS = 183


def _day_of_month(low: str, base: dt.date, future: bool, *, past: bool = False) -> Found:
    """'November 27', '27 November': the latest such day, or, for a plan (or within
    ``_COMING_DAYS`` ahead, unless told in the ``past``), the next."""
    found = _DAY_MONTH.match(low)
    if found is None:
        return None
    day_word, month_word = (found.group(1), found.group(2)) if found.group(1) else (
        found.group(4), found.group(3))
    month = _MONTHS.get(month_word) or _ABBREVIATED.get(month_word[:3])
    if month is None:
        return None
    try:
        this_year = dt.date(base.year, month, int(day_word))
        latest = this_year if this_year <= base else this_year.replace(year=base.year - 1)
        coming = this_year if this_year >= base else this_year.replace(year=base.year + 1)
    except ValueError:
        return None  # "February 30", or "February 29" of a year without one
    soon = (coming - base).days <= _COMING_DAYS
    if future or soon and not past:
        return coming.isoformat(), "day"
    if not soon and (base - latest).days > _RECALLED_DAYS:
        return None, "unknown"  # which year's, the phrase does not say
    return latest.isoformat(), "day"


_ABBREVIATED = {name[:3]: i for name, i in _MONTHS.items()}


def _relative_day(low: str, base: dt.date, future: bool) -> Found:
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}.get(low)
    if shift is not None:
        return (base + dt.timedelta(days=shift)).isoformat(), "day"
    month = {"this month": 0, "last month": -1, "next month": 1, "earlier this month": 0}.get(low)
    if month is not None:
        total = base.year * 12 + base.month - 1 + month
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return None


def _precision(low: str) -> DatePrecision:
    if re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", low) and re.search(r"[a-z]", low) \
            or any(d in low for d in _WEEKDAYS) or re.match(r"^\d{4}-\d\d-\d\d$", low):
        return "day"
    if any(m in low.split() for m in _MONTHS) or "month" in low:
        return "month"
    if "week" in low or "day" in low:
        return "day"
    return "year"


def _with_dateparser(phrase: str, base: dt.date, future: bool, text: str) -> EventDate | None:
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    parsed = dateparser.parse(phrase, settings=settings, languages=["en"])
    if parsed is None:
        return None
    precision = _precision(phrase.lower())
    value = {"day": parsed.date().isoformat(), "month": parsed.strftime("%Y-%m"),
             "year": str(parsed.year)}[precision]
    return EventDate(value, precision, text)
