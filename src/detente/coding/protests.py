"""Who protests, and where, when no dictionary names the protesters.

News tells most protests by the crowd ("thousands of people demonstrate in Seoul"), not
by an actor a dictionary holds. As event coders code them (PLOVER's "people in Hong
Kong" are HKG civilians), a crowd is the people of the place it protests in.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from . import roles

# nouns for a crowd no one leads or names: its members are the people of the place
CROWDS = frozenset({
    "people", "demonstrator", "protester", "protestor", "crowd", "resident", "citizen",
    "activist", "supporter", "opponent", "student", "worker", "farmer", "youth",
    "villager", "rioter", "marcher", "teacher", "doctor", "nurse", "employee", "local",
    "pensioner", "miner", "driver", "voter", "woman", "man", "participant", "mourner",
    "thousand", "hundred", "dozen",  # "thousands protest in Sofia"
})
# the verbs a protest's purpose hangs from: "gather in Berlin to protest against Merz"
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def is_crowd(head: Token) -> bool:
    """'people', 'demonstrators', 'students': a crowd, not a named actor."""
    return head.pos_ in ("NOUN", "PRON") and head.lemma_.lower() in CROWDS


def anchors(verb: Token, crowd: Token) -> Iterator[Token]:
    """Where to read the place from: the verb, the verb whose purpose it is
    ("demonstrate in Seoul to protest against Yoon": the protest is where the
    demonstration is), and the crowd ("thousands of people across Italy")."""
    yield verb
    if verb.dep_ in PURPOSE_DEPS and verb.head.i != verb.i:
        yield verb.head
    yield crowd
    if crowd.dep_ == "pobj" and crowd.head.head.i != crowd.head.i:
        yield crowd.head.head  # "thousands" of "thousands of people across Italy"


# where a crowd protests, across a country as in a city
_HELD_IN = roles.VENUE_PREPOSITIONS | {"across", "throughout"}


def venue(token: Token, verb: Token) -> bool:
    """'demonstrate across Slovakia', 'gather in cities across the United States'."""
    return roles.venue(token, verb, prepositions=_HELD_IN)


def missions(verb: Token) -> Iterator[Token]:
    """'demonstrated outside the Russian embassy in London', 'marched to the U.S.
    consulate', 'a rally in front of the Israeli embassy': the foreign mission a crowd
    gathers at, whose country it protests to, wherever the mission stands."""
    # (on the verb, the verb whose purpose it is, what it holds: "held a protest", or,
    # for a protest noun, the verb that holds it: "a protest was held outside")
    above = verb.dep_ in PURPOSE_DEPS or verb.pos_ == "NOUN" and verb.head.pos_ == "VERB"
    anchors = [verb, *([verb.head] if above else []),
               *(c for c in verb.children if c.dep_ in roles.OBJECTS)]
    places = [p for anchor in anchors for prep in anchor.children
              if prep.dep_ == "prep" and prep.lower_ in _AT_A_MISSION
              for p in _objects(prep)]
    # ("in front of the embassy")
    places += [p for place in places if place.lemma_.lower() == "front"
               for prep in place.children if prep.lower_ == "of" for p in _objects(prep)]
    yield from (p for p in places if p.lemma_.lower() in MISSIONS)


def _objects(prep: Token) -> list[Token]:
    return [p for c in prep.children if c.dep_ == "pobj" for p in roles.conjuncts(c)]


# a country's missions abroad
MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery"})
# where a crowd stands at one, or goes to it
_AT_A_MISSION = frozenset({"at", "outside", "near", "before", "opposite", "in", "to",
                           "toward", "towards"})


def aside(token: Token) -> bool:
    """A noun that says when, or who led the protest, not whom it is against: "amid a
    government collapse", "a rally led by Tommy Robinson"."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in roles.TIME_PREPOSITIONS:
        return True
    return token.dep_ == "pobj" and prep.lower_ == "by" and prep.dep_ == "agent" \
        and prep.head.dep_ in ("acl", "relcl")


def purposes(verb: Token) -> Iterator[Token]:
    """Whom the protest's purpose names: "hold rallies to protest against the
    occupation", "demonstrate, asking for the removal of the president"."""
    for child in verb.children:
        if child.dep_ in PURPOSE_DEPS and _purpose(child):
            yield from roles.target_tokens(child)
        elif child.dep_ in roles.OBJECTS:  # "hold rallies and a strike to protest ..."
            for thing in roles.conjuncts(child):
                for clause in thing.children:
                    if clause.dep_ in ("acl", "relcl") and _infinitive(clause):
                        yield from roles.target_tokens(clause)


def _purpose(verb: Token) -> bool:
    """'to protest against ...', 'demanding ...': not a clause of its own ("while
    protesters clash with police")."""
    if verb.pos_ != "VERB" or any(c.dep_ == "mark" for c in verb.children):
        return False
    return _infinitive(verb) or verb.tag_ == "VBG"


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
