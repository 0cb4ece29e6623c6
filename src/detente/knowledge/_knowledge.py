"""``Knowledge``: who held which office when, who belonged to what, and what a name codes.

::

    k = bundled_knowledge()
    k.holders("DEU", "head_of_government", date(2025, 6, 1))   # (Office(Friedrich Merz ...),)
    k.is_member("IGOWSTNAT", "SWE", date(2023, 6, 1))           # False
    k.lookup("Erdoğan", date(2019, 1, 1)).code                   # 'TURGOV'
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..coding.dictionaries import ActorDictionary, ActorEntry
from ..coding.dictionaries.words import phrase_words
from ._entries import (
    armed_group_entries,
    metonym_entries,
    organisation_entries,
    person_entry,
    with_history,
)
from ._load import Tables, package_dir, read_tables
from .model import COVERAGE_START, ArmedGroupCode, Membership, Metonym, Office, Organisation

# The files aim at completeness from COVERAGE_START (2015-01-01) on; earlier tenures
# appear only when they were still running then (and for a few predecessors kept for
# context).
__all__ = ["COVERAGE_START", "Knowledge", "Resolution", "bundled_knowledge", "load_knowledge"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention codes to on a date, and why."""

    text: str
    on: dt.date | None
    code: str | None
    kind: str | None  # "person", "organisation", "armed_group", "metonym" or None
    matched: str = ""  # the words of ``text`` that named the entry
    entry: ActorEntry | None = None
    office: Office | None = None  # the office in force (or the last one, for a former holder)
    offices: tuple[Office, ...] = ()
    reason: str = ""

    def explain(self) -> str:
        head = f"{self.text!r} on {self.on or 'no date'}: {self.code or 'no code'}"
        if self.matched and self.matched != " ".join(phrase_words(self.text)):
            head += f" (from the words {self.matched!r})"
        lines = [head, self.reason]
        lines += [f"  {o.describe()}  [{o.source}]" for o in self.offices]
        if self.entry is not None and self.kind != "person":
            lines.append(f"  [{self.entry.source}]")
        return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Knowledge:
    tenures: tuple[Office, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    armed_groups: tuple[ArmedGroupCode, ...] = ()
    memberships: tuple[Membership, ...] = ()
    metonyms: tuple[Metonym, ...] = ()
    digest: str = "sha256:none"
    # people.csv: vice presidents, cabinet members, envoys, opposition leaders, judges...
    # each a position with a code of its own; ``holders`` never returns them
    people: tuple[Office, ...] = ()

    @classmethod
    def from_tables(cls, tables: Tables) -> Knowledge:
        return cls(
            tables.offices,
            tables.organisations,
            tables.armed_groups,
            tables.memberships,
            tables.metonyms,
            tables.digest,
            tables.people,
        )

    # --- offices -------------------------------------------------------------------

    def holders(self, country: str, role: str, on: dt.date) -> tuple[Office, ...]:
        """Who held ``role`` in ``country`` (ISO3, or CAMEO's KSV/TMP) on ``on``."""
        wanted = _ISO_OF_CAMEO.get(country, country)
        return tuple(
            o for o in self.tenures if o.body == wanted and o.role == role and o.holds_on(on)
        )

    def offices(self, person_id: str, on: dt.date | None = None) -> tuple[Office, ...]:
        """A person's offices and people.csv positions, or only those held on ``on``."""
        return tuple(
            o
            for o in (*self.tenures, *self.people)
            if o.person_id == person_id and (on is None or o.holds_on(on))
        )

    def uncertain(self) -> tuple[Office, ...]:
        """Tenures and people.csv positions known or likely to have ended on a date the
        files do not record."""
        return tuple(o for o in (*self.tenures, *self.people) if o.end_unknown)

    # --- memberships ---------------------------------------------------------------

    def membership_status(self, org_code: str, country: str, on: dt.date) -> str | None:
        """'member', 'suspended' (a member whose rights are suspended) or None."""
        rows = [m for m in self.memberships if m.org_code == org_code and m.country == country]
        if not any(m.status == "member" and m.covers(on) for m in rows):
            return None
        suspended = any(m.status == "suspended" and m.covers(on) for m in rows)
        return "suspended" if suspended else "member"

    def is_member(self, org_code: str, country: str, on: dt.date) -> bool:
        """Membership on ``on``; a suspended member is still a member."""
        return self.membership_status(org_code, country, on) is not None

    def members(self, org_code: str, on: dt.date) -> tuple[str, ...]:
        found = {m.country for m in self.memberships if m.org_code == org_code}
        return tuple(sorted(c for c in found if self.is_member(org_code, c, on)))

    # --- actor dictionary ----------------------------------------------------------

    def actor_entries(self) -> tuple[ActorEntry, ...]:
        """People, organisations, armed groups and metonyms as actor entries."""
        return tuple(e for e, _ in self._entries)

    def actor_dictionary(self, older: Sequence[ActorDictionary] = ()) -> ActorDictionary:
        """The entries as one dictionary; with ``older`` dictionaries (the Phoenix ones),
        each person also gets the codes those give them before 2015 or their first office.
        Put it before the older dictionaries: the first dictionary wins a shared phrase."""
        entries = self.actor_entries()
        if older:
            entries = with_history(entries, older, COVERAGE_START)
        return ActorDictionary(entries)

    @cached_property
    def _entries(self) -> tuple[tuple[ActorEntry, str], ...]:
        by_person: dict[str, list[Office]] = {}
        for office in (*self.tenures, *self.people):
            by_person.setdefault(office.person_id, []).append(office)
        people = [(person_entry(offices), "person") for offices in by_person.values()]
        return (
            *people,
            *((e, "organisation") for e in organisation_entries(self.organisations)),
            *((e, "armed_group") for e in armed_group_entries(self.armed_groups)),
            *((e, "metonym") for e in metonym_entries(self.metonyms)),
        )

    @cached_property
    def _by_phrase(self) -> dict[tuple[str, ...], tuple[ActorEntry, str]]:
        index: dict[tuple[str, ...], tuple[ActorEntry, str]] = {}
        for entry, kind in self._entries:
            for phrase in entry.phrases:
                index.setdefault(phrase.words, (entry, kind))
        return index

    # --- lookup --------------------------------------------------------------------

    def lookup(self, text: str, on: dt.date | None = None) -> Resolution:
        """What ``text`` codes to on ``on``, with the entry, the office and the reason.

        A whole name ("Friedrich Merz", "the Kremlin") is looked up as it is; in longer
        text ("Russian President Vladimir Putin") the longest known phrase answers."""
        found = self._longest_phrase(phrase_words(text))
        if found is None:
            return Resolution(text, on, None, None, reason="no knowledge entry has this phrase")
        words, (entry, kind) = found
        code, matched = entry.code_on(on), " ".join(words)
        if kind != "person":
            reason = f"{kind} {entry.name!r}"
            return Resolution(text, on, code, kind, matched, entry, reason=reason)
        offices = tuple(sorted(self._offices_of_entry(entry), key=lambda o: o.start))
        office, reason = _why(offices, on, code)
        return Resolution(text, on, code, kind, matched, entry, office, offices, reason)

    def _longest_phrase(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[ActorEntry, str]] | None:
        for size in range(len(words), 0, -1):
            # rightmost first: the head of an English noun phrase comes last
            for start in range(len(words) - size, -1, -1):
                found = self._by_phrase.get(words[start : start + size])
                if found is not None:
                    return words[start : start + size], found
        return None

    def _offices_of_entry(self, entry: ActorEntry) -> list[Office]:
        source = entry.source
        everyone = (*self.tenures, *self.people)
        person = next(o.person_id for o in everyone if o.source == source)
        return [o for o in everyone if o.person_id == person]


_ISO_OF_CAMEO = {"KSV": "XKX", "TMP": "TLS"}


def _why(
    offices: Sequence[Office], on: dt.date | None, code: str | None
) -> tuple[Office | None, str]:
    name = offices[0].name
    if on is None:
        return offices[-1], f"{name}: no date given, so the latest code"
    held = [o for o in offices if o.holds_on(on)]
    if held:
        office = next((o for o in held if o.code == code), held[0])
        return office, f"{name} held {office.describe()} -> {code}"
    if on < offices[0].start:
        first = offices[0].start
        return None, f"{name} held no office before {first}: a later office codes no earlier day"
    ended = [o for o in offices if o.end is not None and o.end <= on]
    last = max(ended, key=lambda o: o.end or on) if ended else None
    if last is None or code is None:
        return last, f"{name}: no office on this date and no country to be a former leader of"
    of = f"({last.body}, {last.code})" if last.is_position else f"of {last.body}"
    return last, f"{name}: former {last.role} {of} (until {last.end}) -> {code}"


@functools.cache
def bundled_knowledge() -> Knowledge:
    """The knowledge files shipped with detente."""
    return Knowledge.from_tables(read_tables(package_dir()))


def load_knowledge(directory: str | Path) -> Knowledge:
    """Knowledge from a directory holding the seven CSV files (a refreshed copy, say)."""
    return Knowledge.from_tables(read_tables(Path(directory)))
