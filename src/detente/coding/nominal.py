"""Events named by nouns: "Russia's invasion of Ukraine in 2022", "Erdogan's visit to
Sochi", "a phone call with Zelensky". News tells most background events this way, and
PETRARCH-style coders, which read only verbs, miss them.

The source is the possessor, a "by" phrase or an actor word before the noun (for visits,
an actor word before the noun is the destination: "his Turkey trip"), else whoever the
surrounding clause is about; the target comes from "of/to/with/on/against/for" phrases.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Span, Token

from . import roles
from .dictionaries.words import plurals
from .modality import HYPOTHETICAL_GOVERNORS

FUTURE_MODIFIERS = frozenset({"upcoming", "planned", "proposed", "scheduled", "expected",
                              "forthcoming", "future", "next", "prospective", "anticipated",
                              "imminent", "plan", "schedule", "propose", "expect"})
HYPOTHETICAL_MODIFIERS = frozenset({"potential", "possible", "hypothetical", "rumoured",
                                    "rumored", "mooted"})
NEGATING_VERBS = frozenset({"cancel", "postpone", "delay", "defer", "scrap", "call", "rule",
                            "deny", "reject", "suspend", "halt", "shelve", "abandon", "block",
                            "veto",
                            # sanctions and tariffs ended or eased: "lifted its tariffs",
                            # "a trade agreement that reduces Canadian tariffs"
                            "lift", "remove", "ease", "pause", "drop", "waive", "revoke",
                            "reduce", "cut", "lower", "slash"})
# "pledged military aid", "proposed talks": what the verb's object names is still to come
PROMISING_VERBS = frozenset({"pledge", "promise", "offer", "plan", "propose", "vow", "intend",
                             "prepare", "schedule"})
PLANNING_NOUNS = frozenset({"preparation", "plan", "planning", "arrangement", "invitation"})
SOURCE_PREPOSITIONS = frozenset({"by"})
WITHDRAWALS = frozenset({"withdrawal", "pullout"})
# nouns an event noun qualifies as a kind, not an event: "invasion force"
KINDS = frozenset({"force", "troop", "soldier", "helicopter", "aircraft", "plane", "jet",
                   "drone", "group", "unit", "team", "vessel", "ship", "boat", "submarine",
                   "capability", "weapon", "missile", "route", "corridor",
                   # "a United Nations aid worker from France is killed": no aid given
                   "worker", "agency", "organization", "organisation", "official"})
# ("during" not: "said during a visit to Beijing" tells who visited)
TIME_PREPOSITIONS = roles.TIME_PREPOSITIONS
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})
TARGET_PREPOSITIONS = frozenset({"to", "of", "with", "on", "against", "for", "in", "into",
                                 "toward", "towards", "upon", "at"})
# CAMEO roots of statements, appeals, offers, consultations and cooperation
TALKING_ROOTS = frozenset({"01", "02", "03", "04", "05", "06"})
# ... and of protests: where they happen is no one they are made to ("protests in Tbilisi")
PLACED_ROOTS = TALKING_ROOTS | {"14"}
_HEAD_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# verbs whose subject is the one doing what their object names ("embarked on a visit",
# "imposed sanctions"); with others ("condemned the attack") the subject is a bystander
LIGHT_VERBS = frozenset({"embark", "make", "pay", "hold", "host", "conduct", "launch",
                         "carry", "begin", "start", "undertake", "plan", "have", "mount",
                         "stage", "impose", "issue", "continue", "order", "sign", "resume",
                         "attend", "join", "lead", "facilitate", "organize",
                         "organise", "announce", "prepare", "schedule", "complete",
                         "finish", "end", "wrap", "extend", "expand", "escalate", "step",
                         "pledge", "promise", "offer", "send", "provide", "deliver", "give",
                         "grant", "approve", "commit", "speed", "accelerate", "enact",
                         "introduce", "slap", "levy", "authorize", "authorise",
                         # ... or arranged: "orchestrated the killing of five American
                         # troops", "coordinated recent attacks on military facilities"
                         "orchestrate", "coordinate", "mastermind",
                         # kept up or made harder by whoever does it: "tightened the
                         # blockade of Serbia", "intensified airstrikes"
                         "tighten", "intensify", "maintain", "enforce", "renew", "toughen",
                         "widen", "broaden", "ramp", "reinforce",
                         # ... or raised: "raises tariffs on U.S. imports"
                         "raise", "hike", "increase"})


@dataclass(frozen=True, slots=True)
class EventNoun:
    words: tuple[str, ...]  # lemmas, the last is the head noun
    cameo: str
    destination: bool  # an actor word before the noun is the target, not the source
    person_target: bool  # with no target phrase, the nearest person (warrants, arrests)


@dataclass(frozen=True, slots=True)
class NounEvent:
    noun: EventNoun
    head: Token
    start: Token  # first token of the event phrase ("phone" in "phone call")
    sources: tuple[Token, ...]  # candidate nouns, best first
    targets: tuple[Token, ...]
    context: tuple[Token, ...]  # sources read from the clause around: must name an actor
    pronoun: Token | None  # "his visit": the possessor to resolve from the words before


@functools.cache
def event_nouns() -> dict[str, tuple[EventNoun, ...]]:
    """The packaged table, indexed by head lemma, longest phrase first."""
    text = (resources.files("detente") / "data" / "event_nouns.tsv").read_text("utf-8")
    table: dict[str, list[EventNoun]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        noun, cameo, destination, target = line.split("\t")
        entry = EventNoun(tuple(noun.split()), cameo, destination == "yes", target == "person")
        table.setdefault(entry.words[-1], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in table.items()}


def event_noun_words() -> tuple[str, ...]:
    """The head nouns and their plurals, upper case, for the sentence prefilter."""
    heads = {n.words[-1].upper() for group in event_nouns().values() for n in group}
    return tuple(sorted(heads | {plurals(h)[0] for h in heads}))


def find(sent: Span) -> Iterator[NounEvent]:
    table = event_nouns()
    for token in sent:
        if not names_event(token):
            continue
        noun = next((n for n in table[token.lemma_.lower()] if _fits(n, token)), None)
        # (a longer phrase says which: "a general strike", "went on strike")
        if noun is not None and (len(noun.words) > 1 or not _is_verbal_use(token)):
            start = token.doc[token.i - len(noun.words) + 1]
            yield NounEvent(noun, token, start, tuple(_sources(token, noun)),
                            tuple(_targets(token, noun)), tuple(_context_sources(token)),
                            next((c for c in token.children
                                  if c.dep_ == "poss" and c.pos_ == "PRON"), None))


def names_event(token: Token) -> bool:
    """Whether the noun may name an event of the table's (its phrase decides the code)."""
    table = event_nouns()
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in table:
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in table:
        return False  # "arrest" in "arrest warrant": the longer noun speaks
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return False  # "Department sanctions Karim Khan": a verb the parser took for a noun
    if token.dep_ == "compound" and token.pos_ == "PROPN":
        return False  # "National Rally politician Marine Le Pen": a name's word
    if token.pos_ == "PROPN" and token.is_title and any(
            c.dep_ == "compound" and c.is_title for c in token.children) and any(
            n.cameo[:2] == "14" for n in table[token.lemma_.lower()]):
        # "the ruling Democratic Rally", "the National Rally's nominee": a party's name
        # (but "issues a European Arrest Warrant" issues one)
        return False
    if token.lemma_.lower() in _CAMPAIGNED and any(t.lemma_.lower() == "campaign"
                                                   for t in token.sent):
        return False  # "returned to the campaign trail with a rally": no protest
    if token.lemma_.lower() in _CAMPAIGNED and _spoken_to(token):
        return False  # "addressing a rally", "told supporters at a rally": a speech
    if token.dep_ == "compound" and token.head.lemma_.lower() in KINDS:
        return False  # "invasion forces", "attack helicopters": a kind of thing
    if token.lemma_.lower() in _PRICED and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _UTILITIES
            for c in token.children):
        return False  # "raises electricity tariffs": a price, not a sanction
    # "withdrawal from the WHO" leaves an organisation, not a battlefield
    return token.lemma_.lower() not in WITHDRAWALS or _of_troops(token)


# what a state charges as a price as well as on another's goods
_PRICED = frozenset({"tariff"})
_UTILITIES = frozenset({"electricity", "power", "energy", "water", "gas", "utility", "fuel",
                        "heating", "transport", "rail", "bus", "postal", "telecom",
                        "feed", "grid"})
# protest nouns that an election campaign holds too
_CAMPAIGNED = frozenset({"rally"})
# what a speaker does to or at a rally of supporters
_SPEECH_VERBS = frozenset({"address", "tell", "speak", "say"})


def _spoken_to(noun: Token) -> bool:
    """A rally a speaker addresses ("addressing a rally in Dhaka") or speaks at ("told
    supporters at a rally in Beirut"): its own crowd, gathered to hear, protests nothing."""
    verb = governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in _SPEECH_VERBS


def protest_noun(head: Token) -> bool:
    """'protests', 'a rally': a noun of CAMEO's protests, which stands for its crowd."""
    return any(n.cameo[:2] == "14" and _fits(n, head)
               for n in event_nouns().get(head.lemma_.lower(), ()))


def _of_troops(head: Token) -> bool:
    """'the withdrawal of Russian troops', 'a military pullout': armed forces leave."""
    words = [c for c in head.children if c.dep_ in ("compound", "amod")]
    words += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return any(w.lemma_.lower() in _TROOPS for w in words)


_TROOPS = frozenset({"troop", "force", "soldier", "military", "army", "unit", "contingent",
                     "peacekeeper", "personnel", "marine", "battalion", "brigade"})


def _fits(noun: EventNoun, head: Token) -> bool:
    first = head.i - len(noun.words) + 1
    if first < head.sent.start:
        return False
    doc = head.doc
    if not all(doc[first + k].lemma_.lower() == w for k, w in enumerate(noun.words)):
        return False
    # "went on strike", "are out on strike"; not "a pause on strikes on the embassy"
    return noun.words[0] != "on" or doc[first].head.pos_ in ("VERB", "AUX")


def _is_verbal_use(token: Token) -> bool:
    # "a call for restraint" is an appeal, "strike" may be labour action: keep the
    # ambiguous heads only with a prepositional actor or possessor
    if token.lemma_.lower() not in ("call", "strike", "attack"):
        return False
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    if token.lemma_.lower() == "call":
        return "for" in preps or not ({"with", "between"} & preps)
    return not (preps & {"on", "against"} or any(c.dep_ == "poss" for c in token.children))


def _sources(head: Token, noun: EventNoun) -> Iterator[Token]:
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            yield child
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPOSITIONS:
            yield from (c for p in child.children if p.dep_ == "pobj"
                        for c in roles.conjuncts(p))
    # "talks between Russia and Ukraine": the first named is one side ...
    yield from parties(head, noun)[:1]
    if not noun.destination:
        # "anti-Trump protests", "a pro-EU rally": the side taken is no one who acts
        yield from (c for c in head.lefts if c.dep_ in _HEAD_DEPS and c.dep_ != "poss"
                    and roles.stance(_phrase_last(c)) is None)


def participation(noun: Token) -> Token | None:
    """'took part in the October 7 attacks', 'participated in the abduction': the verb
    of taking part that holds the event noun, whose subject does the event."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    holder = prep.head
    if holder.lemma_.lower() == "participate":
        return holder
    # "took part in", however the parser hangs the "in" (right after "part": "took part
    # in the attacks, in an airstrike" took no part in the airstrike)
    part = prep.doc[prep.i - 1]
    if part.lower_ != "part" or part.dep_ not in ("dobj", "obj"):
        return None
    verb = part.head
    return verb if verb.lemma_.lower() == "take" and holder.i in (part.i, verb.i) else None


def _owned(noun: Token) -> Token | None:
    """'Al-Shabaab claimed responsibility for the attack': the verb of owning up to the
    event noun, whose subject did it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in _CREDIT:
        return None
    credit = prep.head
    verb = credit.head
    return verb if credit.dep_ in ("dobj", "obj") and verb.lemma_.lower() in _OWNING else None


_CREDIT = frozenset({"responsibility", "credit"})
_OWNING = frozenset({"claim", "take", "accept", "admit", "assume"})


def _context_sources(head: Token) -> Iterator[Token]:
    """Who the surrounding clause is about: the nearest noun or subject above the noun."""
    if head.dep_ == "pobj" and head.head.lower_ == "on" and head.lemma_.lower() in _STRUCK \
            and head.head.head.pos_ in ("VERB", "AUX"):
        # "teachers went on strike", "workers are out on strike": who goes or is
        yield from roles.subject_tokens(head.head.head)
        return
    doing = _doing(head.head) if head.dep_ == "pobj" and head.head.lower_ == "in" \
        and head.lemma_.lower() == "protest" else None
    if doing is not None:
        # "boycotting the contest in protest of Israel's participation": who boycotts
        yield from roles.subject_tokens(doing)
        return
    if head.dep_ == "pobj" and head.head.lower_ in TOPIC_PREPOSITIONS:
        return  # "insights on the visit": the visit is talked about, not made, here
    if head.dep_ == "pobj" and head.head.lower_ in TIME_PREPOSITIONS:
        return  # "launched missiles after the strike on Iran": it only says when
    if _answered(head):
        return  # "struck ports in response to the attack on Tel Aviv": someone else's
    if head.head.i == head.i:
        # "Starmer visits Kyiv" parsed as one noun phrase: the names before the noun act
        yield head
        return
    taking_part = participation(head) or _owned(head)
    if taking_part is not None:
        yield from roles.subject_tokens(taking_part)
        return
    token = head
    for _ in range(6):  # a few steps up are enough: further, the clause is someone else's
        if token.head.i == token.i:
            return
        token = token.head
        if token.lemma_.lower() in _ANSWERABLE:
            return  # "sanctions on individuals responsible for attacks": theirs
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("pobj", "dobj"):
            yield token
        if token.pos_ in ("VERB", "AUX"):
            if token.lemma_.lower() in LIGHT_VERBS and not _struck_during(head, token):
                yield from roles.subject_tokens(token)
            return


def _struck_during(head: Token, verb: Token) -> bool:
    """'carries out airstrikes on the Hamas office in Doha during a meeting': a meeting
    struck is its attendees', not the attacker's (but "held talks during a visit to
    Beijing" visited)."""
    if not _during(head) or head.head.head.i != verb.i:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    # ("a series of airstrikes": what the series counts)
    objects += [p for o in objects if o.lemma_.lower() in _ROUNDS for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    table = event_nouns()
    return any(o.lemma_.lower() in table and table[o.lemma_.lower()][-1].cameo[:2] in _VIOLENT
               for o in objects)


_VIOLENT = frozenset({"18", "19", "20"})  # CAMEO: violence, military force, mass violence


def _doing(prep: Token) -> Token | None:
    """The verb a phrase of why says why of: the one it hangs on, or the one whose object
    the parser hung it on ("interrupts a Senate hearing in protest of the war")."""
    holder = prep.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in ("dobj", "obj"):
        holder = holder.head
    return holder if holder.pos_ in ("VERB", "AUX") else None


# nouns of the labour action one goes "on"
_STRUCK = frozenset({"strike"})
# words that lay a deed on the noun they describe
_ANSWERABLE = frozenset({"responsible", "accountable", "liable", "guilty", "suspected",
                         "accused", "blamed", "convicted", "charged",
                         # ... and the nouns that do: "issue arrest warrants ... on charges
                         # of complicity for a 2012 rocket attack" (no attack by the judges)
                         "charge", "accusation", "allegation", "indictment", "conviction",
                         "trial", "investigation", "probe", "inquiry", "warrant",
                         "sentence", "verdict", "prosecution", "lawsuit"})


def _answered(head: Token) -> bool:
    """The noun names what the clause answers ("in response to the attack", "in
    retaliation for the strikes"): an event of the other side's."""
    prep = head.head
    return head.dep_ == "pobj" and prep.dep_ == "prep" and \
        prep.head.lemma_.lower() in RESPONSE_NOUNS


def reply_phrase(token: Token, nouns: AbstractSet[str] | None = None) -> bool:
    """The noun of a phrase that says what the clause answers: "in response to", "in
    retaliation for", "as a reply to" (or, given ``nouns``, "in protest against")."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "as") \
        and token.lemma_.lower() in (RESPONSE_NOUNS if nouns is None else nouns)


RESPONSE_NOUNS = frozenset({"response", "retaliation", "reply", "reaction", "revenge",
                            "retribution", "answer"})


def _targets(head: Token, noun: EventNoun) -> Iterator[Token]:
    if head.lemma_.lower() in WITHDRAWALS:
        # "the withdrawal of troops from Syria": where from, however the parser hung it
        yield from (p for t in head.subtree if t.dep_ == "prep" and t.lower_ == "from"
                    for p in t.children if p.dep_ == "pobj")
        return
    named = parties(head, noun)
    if named:
        yield from named[1:]  # "talks between Russia and Ukraine": ... and the others
        return
    # "a summit in Paris", "talks at the Kremlin": where people meet or talk is no one
    # they meet (a "strike in Gaza" is on Gaza)
    venues = roles.VENUE_PREPOSITIONS if noun.cameo[:2] in PLACED_ROOTS else frozenset()
    # ("talks on Iran's nuclear program", "a summit on Ukraine": what is talked about is
    # no one talked with)
    matters = _MATTER_PREPOSITIONS if noun.cameo[:2] == "04" else frozenset()
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS - venues - matters:
            yield from (c for p in child.children if p.dep_ == "pobj" for c in roles.conjuncts(p))
        if child.dep_ == "acl":  # "the warrant issued ... for Putin" (but "the summit
            # held in Helsinki" is held there)
            yield from (t for t in roles.target_tokens(child)
                        if not (venues and roles.venue(t, child)))
    yield from (c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")
                and roles.stance(_phrase_last(c)) != "pro")


_BETWEEN = frozenset({"between", "among", "amongst"})
_MATTER_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})


def matter(head: Token, noun: EventNoun) -> set[int]:
    """The positions of the words a meeting or talks noun says are talked about ("a
    meeting on Venezuela"): no party to them, named or guessed."""
    if noun.cameo[:2] != "04":
        return set()
    return {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in _MATTER_PREPOSITIONS
            for t in c.subtree}
# nouns of a force both sides use: "clashes between the army and the rebels" (but
# "airstrikes between Beqaa and Hermel" are where they fell)
MUTUAL_FORCE = frozenset({"clash"})


def parties(head: Token, noun: EventNoun) -> list[Token]:
    """'talks (held in Istanbul) between Afghanistan and Pakistan': who the noun's
    "between" names, on the noun or on the participle describing it; for talks, meetings,
    agreements and clashes only."""
    if noun.cameo[:2] not in TALKING_ROOTS and head.lemma_.lower() not in MUTUAL_FORCE:
        return []
    holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return [c for h in holders for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in _BETWEEN
            for p in prep.children if p.dep_ == "pobj" for c in roles.conjuncts(p)]


def premodifiers(head: Token) -> set[int]:
    """The positions of the words that modify the noun before it ("Israeli – U.S." in
    "an Israeli–U.S. airstrike")."""
    return {t.i for c in head.lefts if c.dep_ in _HEAD_DEPS for t in c.subtree}


def _phrase_last(modifier: Token) -> Token:
    """The last word of a modifier before a noun: "Trump" of "anti - Trump"."""
    return max(modifier.subtree, key=lambda t: t.i)


def _hoped_for(head: Token) -> bool:
    """'the possibility of renewed Iran–U.S. talks', 'hopes of new talks', 'the threat
    of an attack': an event only spoken of as may be."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" \
        and head.head.head.lemma_.lower() in _MAY_BE


_MAY_BE = frozenset({"possibility", "prospect", "hope", "chance", "likelihood",
                     # feared, not yet done: "an imminent threat of an Iranian missile
                     # attack", "fears of a Russian invasion", "the risk of war"
                     "threat", "risk", "fear", "danger", "spectre", "specter"})
# nouns that count events: "a round of talks", "a wave of strikes"
_ROUNDS = frozenset({"round", "series", "wave", "spate", "string", "set", "cycle"})


def counted_in(noun: Token) -> Token:
    """'a round of talks': the noun that counts the event noun ("round"), else the noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _ROUNDS:
        return prep.head
    return noun


def status_of_noun(event: NounEvent, clause_status: str) -> str:
    """A planned or possible event by its modifiers, else the status of its clause."""
    head = event.head
    # ("a potential second round of talks": the round's words are the talks')
    modifiers = [c for h in {head, counted_in(head)} for c in h.children
                 if c.dep_ in ("amod", "acl", "compound")]
    words = {c.lemma_.lower() for c in modifiers} | {c.lower_ for c in modifiers}
    if clause_status == "negated" and _at_the_time(head) or _answered(head):
        # "failing to arrest Putin during his visit": the visit is when the arrest failed;
        # "bans Japanese nationals from entering in response to Japan's sanctions", "will
        # strike back in retaliation for the attack": what is answered was done
        clause_status = "asserted"
    # ("will not attend the next summit": no summit of theirs, however planned)
    if clause_status == "negated" or _ended_by_noun(head) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return "negated"
    if words & HYPOTHETICAL_MODIFIERS or _hoped_for(head):
        return "hypothetical"
    if words & FUTURE_MODIFIERS or _planned(head):
        return "future"
    verb = governing_verb(head)
    # ("pledged aid during a visit to Damascus": what is pledged is to come, the visit
    # during which it is pledged is made)
    if clause_status == "asserted" and verb is not None and \
            verb.lemma_.lower() in PROMISING_VERBS and not _during(head):
        return "future"
    return clause_status


def _during(head: Token) -> bool:
    return head.dep_ == "pobj" and head.head.lower_ == "during"


def _at_the_time(head: Token) -> bool:
    """Whether the noun says when another act was, or was not, done: "during his
    visit", "after the attack", "despite the sanctions"."""
    return head.dep_ == "pobj" and head.head.lower_ in _AT_THE_TIME


_AT_THE_TIME = TIME_PREPOSITIONS | {"during"}


def _ended_by_noun(head: Token) -> bool:
    """'following the lifting of U.S. sanctions on Syria', 'the cancellation of the
    visit': what a noun of lifting or calling off is "of" is no longer, or never was (but
    what is only sought lifted stands: "called for the lifting of sanctions")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" \
            or prep.head.lemma_.lower() not in _REVERSALS:
        return False
    verb = governing_verb(prep.head)
    return verb is None or verb.lemma_.lower() not in HYPOTHETICAL_GOVERNORS | PROMISING_VERBS


# nouns of lifting or calling off what was in force or planned
_REVERSALS = frozenset({"lifting", "removal", "suspension", "cancellation", "cancelation",
                        "postponement", "easing", "repeal", "abolition", "revocation",
                        "scrapping", "rollback"})


def _planned(head: Token) -> bool:
    """'preparations for the visit', 'plans for a summit'."""
    parent = head.head
    return parent.dep_ == "prep" and parent.head.lemma_.lower() in PLANNING_NOUNS


def governing_verb(head: Token) -> Token | None:
    """The verb the noun's phrase hangs from; none for a phrase that only says when
    ("suspended talks amid the offensive": the offensive is not suspended)."""
    if head.dep_ == "pobj" and head.head.lower_ in TIME_PREPOSITIONS \
            or head.head.i == head.i:
        return None
    return roles.clause_verb(head.head)


def negated_by_verb(verb: Token | None, noun: Token | None = None) -> bool:
    """'cancelled the visit', 'called off the talks', 'ruled out a meeting'; not what
    says why ("suspends the festival due to the U.S. blockade")."""
    if verb is None or noun is not None and (_a_reason(noun, verb) or _doer(noun, verb)
                                             or _at_the_time(noun)):
        return False
    lemma = verb.lemma_.lower()
    if noun is not None and lemma in _ANSWERING and noun.lemma_.lower() in _UTTERANCES:
        return False  # "denied Sudan's accusations": made, and answered
    if lemma in ("call", "rule"):
        return any(c.dep_ == "prt" and c.lower_ in ("off", "out") for c in verb.children)
    return lemma in NEGATING_VERBS


def _doer(noun: Token, verb: Token) -> bool:
    """Whether the noun's phrase is the subject of a verb with an object of its own: "the
    Iranian attack reduced its throughput" happened, and reduced something else (but
    "tariffs will drop to 30%" are lowered)."""
    token = noun
    while token.head.i not in (verb.i, token.i):
        token = token.head
    return token.head.i == verb.i and token.dep_ in ("nsubj", "csubj") and any(
        c.dep_ == "dobj" for c in verb.children)


# what is said stays said when denied or rejected: only its truth is answered
_UTTERANCES = frozenset({"accusation", "allegation", "claim", "charge", "condemnation",
                         "criticism"})
_ANSWERING = frozenset({"deny", "reject", "dismiss", "refute", "rebuff"})


def _a_reason(noun: Token, verb: Token) -> bool:
    """Whether the noun's phrase hangs from the verb by one that gives a reason."""
    token = noun
    while token.i != verb.i and token.head.i != token.i:
        # ("suspends all flights in protest against the fees", "in response to")
        if reply_phrase(token, _WHY_NOUNS):
            return True
        prep, token = token, token.head
        if prep.dep_ in ("prep", "pcomp") and prep.lower_ in _REASONS:
            return True
    return False


_WHY_NOUNS = RESPONSE_NOUNS | {"protest"}
# "amid", "after", "over", "due to", "because of": when, why, or what else happens
_REASONS = TIME_PREPOSITIONS | {"over", "due", "owing", "because"}


ANNOUNCING_VERBS = frozenset({"announce", "confirm", "declare", "unveil"})


def announcing_verb(head: Token) -> Token | None:
    """The verb that announces the event a noun names, a few links up ("announced ...,
    confirming that preparations are underway for the visit")."""
    token, found = head, None
    for _ in range(8):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in ANNOUNCING_VERBS:
            found = token  # the outermost: "announced" over "confirming"
    return found
