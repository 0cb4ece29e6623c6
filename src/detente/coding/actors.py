"""Finding actors in a sentence: dictionary phrases over its words, longest match first,
then combining what one noun phrase holds into one CAMEO actor code.

"Turkish Foreign Minister" -> TUR (actor) + GOVFRM (agent) -> TURGOVFRM;
"Russian President Vladimir Putin" -> the Putin entry, RUSGOV on the article's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .dictionaries import ActorEntry, AgentEntry, Dictionaries, Phrase
from .dictionaries.words import norm_word

# Leading parts of CAMEO actor codes that are not countries (CAMEO manual, chapter 3).
NON_STATE_PREFIXES = frozenset({"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "---", "SPY"})
# Primary role codes: what follows the country in RUSGOV.
SECTORS = frozenset(
    [
        "COP",
        "GOV",
        "INS",
        "JUD",
        "MIL",
        "OPP",
        "REB",
        "SEP",
        "SPY",
        "UAF",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "DEV",
        "EDU",
        "ELI",
        "ENV",
        "HLH",
        "HRI",
        "LAB",
        "LEG",
        "MED",
        "REF",
        "MOD",
        "RAD",
    ]
)

# Agents that say no more than "people": they give way to any other ("~PPL" in PETRARCH).
GENERIC_AGENTS = frozenset({"PPL"})

Entry = ActorEntry | AgentEntry
STEM_KEY = 4  # stems are at least this long (dictionaries.actors._MIN_STEM)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token index in the sentence, inclusive
    end: int  # exclusive
    entry: Entry

    @property
    def is_agent(self) -> bool:
        return isinstance(self.entry, AgentEntry)


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    # open-ended phrases by the first letters of their stem: the root holds thousands, and
    # each word of each sentence is tried against them
    stems: dict[str, list[tuple[str, Entry]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    code: str
    country: str | None
    sector: str | None
    name: str | None
    start: int  # token range the actor was read from
    end: int


class ActorIndex:
    """A word trie over every actor and agent phrase of the dictionaries."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        self._root = _Node()
        for actors in dictionaries.actors:
            for entry in actors.entries:
                self._add_all(entry.phrases, entry)
        for agents in dictionaries.agents:
            for agent in agents.entries:
                self._add_all(agent.phrases, agent)

    def _add_all(self, phrases: Iterable[Phrase], entry: Entry) -> None:
        for phrase in phrases:
            self._add_path(phrase, entry, self._root, 0)

    def _add_path(self, phrase: Phrase, entry: Entry, node: _Node, at: int) -> None:
        words = phrase.words[:-1] if phrase.open_end else phrase.words
        for k in range(at, len(words)):
            word = words[k]
            if k + 1 < len(words) and _possessive(word):
                # dictionaries drop the apostrophe news writes: "DEMOCRATIC_PEOPLES_REPUBLIC"
                # is "Democratic People's Republic", "WORKERS_PARTY" "Workers' Party"
                singular = node.children.setdefault(word[:-1], _Node())
                self._add_path(phrase, entry, singular.children.setdefault("'S", _Node()), k + 1)
                plural = node.children.setdefault(word, _Node())
                self._add_path(phrase, entry, plural.children.setdefault("'", _Node()), k + 1)
            node = node.children.setdefault(word, _Node())
        self._add_end(phrase, entry, node)

    @staticmethod
    def _add_end(phrase: Phrase, entry: Entry, node: _Node) -> None:
        if phrase.open_end:
            stem = phrase.words[-1]
            node.stems.setdefault(stem[:STEM_KEY], []).append((stem, entry))
        else:
            node.entries.append(entry)

    def find(self, words: Sequence[str]) -> list[Mention]:
        """Non-overlapping mentions, left to right, each the longest phrase at its start."""
        return self.find_normed([norm_word(w) for w in words])

    def find_normed(self, normed: Sequence[str]) -> list[Mention]:
        """``find`` for words already through ``norm_word`` (the coder has them)."""
        mentions: list[Mention] = []
        i = 0
        while i < len(normed):
            best = self._longest(normed, i)
            if best is None:
                i += 1
                continue
            best = self._past_the_article(normed, i, best)
            mentions.append(best)
            i = best.end
        return mentions

    def _past_the_article(self, normed: Sequence[str], i: int, best: Mention) -> Mention:
        """'the Commonwealth of Independent States' is the CIS, not 'the Commonwealth' of
        Nations and some states: a one-word name after the article yields to a longer
        name of another body that starts with that word (but "the UN Security Council"
        stays the UN's, with the council's role)."""
        if normed[i] != "THE" or best.end != i + 2:
            return best
        after = self._longest(normed, i + 1)
        if after is None or after.end <= best.end or _body(after) == _body(best):
            return best
        return after

    def _longest(self, words: Sequence[str], start: int) -> Mention | None:
        node: _Node | None = self._root
        best: Mention | None = None
        i = start
        while node is not None and i < len(words):
            for stem, entry in node.stems.get(words[i][:STEM_KEY], ()):
                if words[i].startswith(stem) and not _another_name(words[i], stem, entry):
                    best = Mention(start, i + 1, entry)
            child = node.children.get(words[i])
            if child is None and i > start and words[i] == "-" and i + 1 < len(words) \
                    and _continues(node, words[i + 1]):
                # "Timor-Leste" is TIMOR_LESTE_: a hyphen may join a name's words
                i += 1
                continue
            skip = _modifier_end(words, i) if child is None and i > start else None
            if skip is not None and not any(self._longest(words, k) for k in range(i, skip)):
                # "Ithilen state-run television" is ITHILEN TELEVISION: a hyphenated
                # modifier inside a name's phrase (TABARI's "disconnected" phrase), but
                # not one that names someone ("alleged Al-Shabaab militants")
                i = skip
                continue
            if child is None and i == start:
                # "ethnic Albanians", "Iraqis": the plural of a people's one-word name
                # ("ALBANIAN_") names the same people
                people = _people(node, words[i])
                if people is not None:
                    return Mention(start, i + 1, people)
            node = child
            i += 1
            if node is not None and node.entries:
                best = Mention(start, i, _prefer_actor(node.entries))
        return best


def _another_name(word: str, stem: str, entry: Entry) -> bool:
    """A name of a person or body written as a stem ("+ASSAD", Bashar al-Assad's) names
    them, not whoever bears a longer name that starts with it ("Ahmed al-Assadi"); a
    country's stem ("ARGENTIN") is its adjective's too."""
    return word not in (stem, stem + "S") and isinstance(entry, ActorEntry) \
        and len(entry.name.split()) > 1 and all(len(c.code) > 3 for c in entry.codes)


def _continues(node: _Node, word: str) -> bool:
    """Whether a phrase goes on from ``node`` with ``word``."""
    return word in node.children or any(
        word.startswith(stem) for stem, _ in node.stems.get(word[:STEM_KEY], ()))


def _modifier_end(words: Sequence[str], at: int) -> int | None:
    """Where a hyphenated modifier starting at ``at`` ("state - run", "war - torn")
    ends, when a word follows it; None when none starts there."""
    end = at + 1
    while end + 1 < len(words) and words[end] == "-" and words[end + 1] != "-":
        end += 2
    return end if end > at + 1 and end < len(words) else None


def _possessive(word: str) -> bool:
    """A plural word inside a name, which news may write as a possessive."""
    return len(word) > 3 and word.endswith("S") and not word.endswith("SS") and word.isalpha()


def _people(node: _Node, word: str) -> Entry | None:
    singular = node.children.get(word[:-1]) if len(word) > 3 and word.endswith("S") else None
    if singular is None or not any(isinstance(e, ActorEntry) for e in singular.entries):
        return None
    return _prefer_actor(singular.entries)


def _prefer_actor(entries: list[Entry]) -> Entry:
    # a phrase in both an actor and an agent dictionary is the actor ("PRESIDENT_PUTIN")
    actors = [e for e in entries if isinstance(e, ActorEntry)]
    return actors[0] if actors else entries[0]


def split_code(code: str) -> tuple[str | None, str | None]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNO' -> (None, 'IGO')."""
    head = code[:3]
    if head in NON_STATE_PREFIXES:
        return None, head if head != "---" else None
    rest = code[3:6]
    return head, rest if rest in SECTORS else (rest or None)


def _stacked(agents: Sequence[Mention], actors: Sequence[Mention]) -> list[Mention]:
    """The agents that qualify the phrase together, in text order: the last one and those
    right before it, with only actors between ("an MSF Arnor diplomat"); not the items
    of a list ("military and intelligence centre") or of another phrase ("People's
    Party"). A generic "people" gives way to any other agent, as in PETRARCH."""
    if not agents:
        return []
    ordered = sorted(agents, key=lambda m: m.start)
    chain = [ordered[-1]]
    covered = {k for m in actors for k in range(m.start, m.end)}
    for m in reversed(ordered[:-1]):
        if all(k in covered for k in range(m.end, chain[0].start)):
            chain.insert(0, m)
        else:
            break
    specific = [m for m in chain
                if not isinstance(m.entry, AgentEntry) or m.entry.code not in GENERIC_AGENTS]
    return specific or chain


def _posted(actors: Sequence[tuple[Mention, str]],
            agents: Sequence[Mention]) -> tuple[Mention, str] | None:
    """The country whose diplomat is posted to the organisation named after it: "Russia's
    UN ambassador", "the Turkish NATO envoy"."""
    last, code = actors[-1]
    if len(actors) < 2 or not code.startswith("IGO") or not any(
            m.start >= last.end and _diplomat(m.entry) for m in agents):
        return None
    states = [(m, c) for m, c in actors[:-1] if len(c) == 3 and split_code(c)[0]]
    return states[-1] if states else None


def _owned_body(actors: Sequence[tuple[Mention, str]], mention: Mention, code: str) -> str:
    """'the German Foreign Office', 'Germany's Foreign Office', 'the Philippine Department
    of Defense': a country named right before another country's state body says whose
    such body it is (the dictionaries know the British and American ones by those bare
    names); not a person ("the Russian Trump envoy" stays whoever the name is)."""
    # (right before, or before a possessive's "'s": "Germany's Foreign Office")
    owners = [c for m, c in actors if mention.start - m.end in (0, 1) and len(c) == 3]
    country, sector = split_code(code)
    owner = split_code(owners[-1])[0] if owners else None
    if owner is None or country is None or owner == country or sector not in _STATE_BODIES \
            or holds_offices(mention.entry):
        return code
    return owner + code[3:]


# the sectors of a state's own bodies, which another state may have by the same name
_STATE_BODIES = frozenset({"GOV", "MIL"})


def _diplomat(entry: Entry) -> bool:
    return isinstance(entry, AgentEntry) and any(
        p.words[0] in _DIPLOMATS for p in entry.phrases)


# first words of the agents' phrases for diplomats ("PERMANENT" opens
# PERMANENT_REPRESENTATIVE_TO_THE_UNITED_NATIONS)
_DIPLOMATS = frozenset({"AMBASSADOR", "ENVOY", "DIPLOMAT", "DIPLOMATS", "REPRESENTATIVE",
                        "PERMANENT", "DELEGATE", "DELEGATION"})


# Offices whose former holders are the country's elite: "former Gondor prosecutors"
# are GONELI, as PETRARCH codes them and as the knowledge base codes past leaders.
OFFICES = frozenset({"GOV", "COP", "JUD", "LEG", "SPY"})  # a former soldier is no elite


def holds_offices(entry: object) -> bool:
    """A person, whose codes change with the offices held (the White House does not)."""
    return isinstance(entry, ActorEntry) and any(c.restricted for c in entry.codes)


def _body(mention: Mention) -> str | None:
    """The country or organisation a mention's entry codes, without its roles."""
    code = mention.entry.code_on(None) if isinstance(mention.entry, ActorEntry) else None
    return code[:6] if code and code.startswith("IGO") else code[:3] if code else None


def combine(
    mentions: Sequence[Mention], day: dt.date | None, more: Sequence[Mention] = (),
    *, former: bool = False,
) -> ResolvedActor | None:
    """One actor from the mentions inside one noun phrase, qualified further by the agents
    in ``more`` ("Danish Islamist media and government": the government's agent joins
    DNKMUS); None when nothing codes. A ``former`` office holder is the elite instead."""
    coded = [(m, m.entry.code_on(day)) for m in mentions if isinstance(m.entry, ActorEntry)]
    actors = [(m, c) for m, c in coded if c and c != "---"]
    agents = [m for m in mentions if isinstance(m.entry, AgentEntry)]
    if not actors:
        return None
    # the actor nearest the head of the phrase (its last word) names it (but "Russia's UN
    # ambassador" is Russia's, at the UN)
    mention, code = _posted(actors, agents) or actors[-1]
    code = _owned_body(actors, mention, code)
    own_code = code
    used = [mention]
    # agents qualify a country or a group ("Gondor police" -> GONCOP, "Amnesty activists"
    # -> NGMOPP), each in turn ("Danish Islamist media" -> DNKMUSMED), and never twice;
    # a code that has its role already (a leader's RUSGOV) takes no other role, only
    # what is no role ("West German world government activists": GMWGOV, WGO)
    has_role = not (len(code) == 3 or split_code(code)[0] is None
                    or code[3:6] not in SECTORS)
    for m in (*_stacked(agents, [m for m, _ in actors]), *more):
        agent = m.entry
        assert isinstance(agent, AgentEntry)
        if has_role and (agent.code[:3] in SECTORS or agent.code in GENERIC_AGENTS):
            continue
        if agent.code not in code[3:]:
            code = agent.code + code if agent.prefix else code + agent.code
            used.append(m)
    held = split_code(own_code)
    if former and held[0] and held[1] in OFFICES and holds_offices(mention.entry):
        code = held[0] + "ELI"  # "former president Bolsonaro", whatever the date says
    elif former and any(isinstance(m.entry, AgentEntry) and m.entry.code in OFFICES
                        for m in (*agents, *more)):
        code = own_code if "ELI" in own_code else own_code + "ELI"
    country, sector = split_code(code)
    assert isinstance(mention.entry, ActorEntry)
    return ResolvedActor(
        code=code,
        country=country,
        sector=sector,
        name=mention.entry.name,
        start=min(m.start for m in used),
        end=max(m.end for m in used),
    )
