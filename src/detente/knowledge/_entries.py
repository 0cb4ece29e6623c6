"""Knowledge -> ``ActorEntry`` objects with date-restricted codes.

A person's codes follow their offices and nothing else::

    Olaf Scholz: DEUGOV 2021-12-08..2025-05-05, DEUELI from 2025-05-06
    Donald Trump: USAGOV 2017-01-20..2021-01-19, USAELI 2021-01-20..2025-01-19,
                  USAGOV from 2025-01-20

Before the first office there is no code at all (a later office never leaks backwards),
between and after offices the person is the elite (``ELI``) of the last country served.
Organisations, armed groups and metonyms code the same on every date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ..coding.dictionaries import ActorDictionary, ActorEntry, DatedCode, Phrase
from .model import ArmedGroupCode, Metonym, Office, Organisation, Role, cameo_country

ONE_DAY = dt.timedelta(days=1)
# When a person holds two offices at once, the code of the higher one names them.
_RANK = {r.value: i for i, r in enumerate(Role)}
_ORG_RANK = len(_RANK)


def exact(text: str) -> Phrase:
    """'Recep Tayyip Erdoğan' -> the exact (not stem) phrase RECEP TAYYIP ERDOGAN."""
    return Phrase.parse(text.strip() + "_")


def _phrases(texts: Iterable[str]) -> tuple[Phrase, ...]:
    seen: dict[tuple[str, ...], Phrase] = {}
    for text in texts:
        phrase = exact(text)
        if phrase.words:
            seen.setdefault(phrase.words, phrase)
    return tuple(seen.values())


def person_entry(offices: Sequence[Office]) -> ActorEntry:
    """One person's entry from all their offices (national, organisational and the
    people.csv positions)."""
    first = min(offices, key=lambda o: o.start)
    names = [first.name, *(a for o in offices for a in (o.name, *o.aliases))]
    return ActorEntry(first.name, _phrases(names), person_codes(offices), first.source)


def person_codes(offices: Sequence[Office]) -> tuple[DatedCode, ...]:
    """Dated codes over the elementary periods between every start and end."""
    # an end_unknown tenure has no end: it stays open
    cuts = sorted({o.start for o in offices} | {o.end for o in offices if o.end})
    spans: list[tuple[str, dt.date, dt.date | None]] = []
    for i, begin in enumerate(cuts):
        stop = cuts[i + 1] if i + 1 < len(cuts) else None
        code = _code_during(offices, begin)
        if code is None:
            continue
        if spans and spans[-1][0] == code and spans[-1][2] == begin:
            spans[-1] = (code, spans[-1][1], stop)
        else:
            spans.append((code, begin, stop))
    return tuple(
        DatedCode(code, start, stop - ONE_DAY if stop else None) for code, start, stop in spans
    )


def _code_during(offices: Sequence[Office], day: dt.date) -> str | None:
    held = [o for o in offices if o.holds_on(day)]
    if held:
        return min(held, key=_rank).code
    ended = [o for o in offices if o.end is not None and o.end <= day and o.former_country]
    if not ended:
        return None
    # (an office held ex officio ends with the person's own, and yields to it: Hollande
    # is France's elite after 2017, not Andorra's, whose co-prince he was as president)
    last = max(ended, key=lambda o: (o.end or day, not o.ex_officio))
    return f"{cameo_country(last.former_country or '')}ELI"


def _rank(office: Office) -> tuple[int, bool]:
    # an ex officio office yields to the person's own (Charles III is GBRGOV, not ATGGOV)
    if office.is_position:
        return _ORG_RANK + 1, False  # a people.csv position yields to any office that day
    role = _RANK.get(office.role, _ORG_RANK) if office.national else _ORG_RANK
    return role, office.ex_officio


def organisation_entries(organisations: Sequence[Organisation]) -> tuple[ActorEntry, ...]:
    return tuple(
        ActorEntry(o.name, _phrases([o.name, *o.aliases]), (DatedCode(o.code),), o.source)
        for o in organisations
    )


def armed_group_entries(rows: Sequence[ArmedGroupCode]) -> tuple[ActorEntry, ...]:
    """Rows with the same name are one group whose code changed over time."""
    groups: dict[str, list[ArmedGroupCode]] = {}
    for row in rows:
        groups.setdefault(row.name, []).append(row)
    entries = []
    for name, parts in groups.items():
        codes = tuple(DatedCode(p.code, p.start, p.end) for p in parts)
        texts = [name, *(a for p in parts for a in p.aliases)]
        entries.append(ActorEntry(name, _phrases(texts), codes, parts[0].source))
    return tuple(entries)


def metonym_entries(metonyms: Sequence[Metonym]) -> tuple[ActorEntry, ...]:
    return tuple(
        ActorEntry(m.phrase, _phrases([m.phrase]), (DatedCode(m.code),), m.source) for m in metonyms
    )


def with_history(
    entries: Sequence[ActorEntry], older: Sequence[ActorDictionary], before: dt.date
) -> tuple[ActorEntry, ...]:
    """Give each person what an older dictionary knows of them: its codes before
    ``before`` and its phrases.

    The knowledge starts in 2015; PETRARCH's files know Putin's earlier tenures. An older
    entry is the same person when its primary phrase (two words or more) is one of the
    person's phrases; its codes are cut to end the day before the person's first office
    here, or ``before``, whichever is earlier. Its phrases ("CHANCELLOR_ANGELA_MERKEL")
    join the person's, so the older entry's open-ended codes no longer win those
    longer matches.
    """
    by_phrase: dict[tuple[str, ...], list[ActorEntry]] = {}
    for dictionary in older:
        for entry in dictionary.entries:
            words = entry.phrases[0].words if entry.phrases else ()
            if len(words) >= 2:
                by_phrase.setdefault(words, []).append(entry)
    return tuple(_add_history(e, by_phrase, before) for e in entries)


def _add_history(
    entry: ActorEntry, by_phrase: dict[tuple[str, ...], list[ActorEntry]], before: dt.date
) -> ActorEntry:
    restricted = [c for c in entry.codes if c.start is not None]
    if not restricted or len(restricted) != len(entry.codes):
        return entry  # not a person: organisations and metonyms code the same always
    first = min(c.start for c in restricted if c.start is not None)
    cutoff = min(first, before) - ONE_DAY
    matches = [m for p in entry.phrases for m in by_phrase.get(p.words, [])]
    if not matches:
        return entry
    old = [c for m in matches for c in _clip(m.codes, cutoff)]
    phrases = {p.words: p for p in entry.phrases}
    for match in matches:
        for phrase in match.phrases:
            # exact: ActorIndex lets the last dictionary win a stem, the first an exact phrase
            phrases.setdefault(phrase.words, Phrase(phrase.words))
    # older periods first: with no date, ``code_on`` falls back to the last code
    codes = tuple(dict.fromkeys(old)) + entry.codes
    return ActorEntry(entry.name, tuple(phrases.values()), codes, entry.source)


def _clip(codes: Iterable[DatedCode], cutoff: dt.date) -> list[DatedCode]:
    out = []
    for c in codes:
        if c.start is not None and c.start > cutoff:
            continue
        end = cutoff if c.end is None or c.end > cutoff else c.end
        out.append(DatedCode(c.code, c.start, end))
    return out
