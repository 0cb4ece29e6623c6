"""Reported events recoded by the verb that reports them: the verb dictionary's
transformations.

``~ a (b . ATTACK) SAY = a b 112``: "Arnor said Gondor attacked Mordor" is Arnor
accusing Gondor (112), not an attack known to have happened. A rule's verbs are verb
words: the reporting verb is matched by its lemma, the reported one by the CAMEO root of
the code the dictionary gives it (ATTACK: 19). ``WILL_ATTACK`` is an attack still to
come ("said it will attack": a threat). Where a reporting verb has rules of both kinds, a
rule without ``WILL_`` takes only reported events that are not in the future; where it
has no ``WILL_`` rule (WANT, ATTEMPT: their events are all still to come) tense does not
matter. A rule that keeps the reported code (``a (a b Q) SAY = a b Q``) changes nothing
detente does not already do: the reported event stands, with its own status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from .dictionaries import VerbDictionary
from .dictionaries.words import norm_word

ANY_EVENT = "Q"
FUTURE = "WILL_"
ANY_SOURCE = "_"
ANY_TARGET = "."
REPORTED = frozenset({"ccomp", "xcomp"})

__all__ = ["Recoded", "Rule", "Transformer"]


@dataclass(frozen=True, slots=True)
class Rule:
    verb: str  # the reporting verb's lemma, upper case: SAY
    speaker: str  # the variable naming the reporting verb's subject
    source: str  # the reported event's source: a variable or ANY_SOURCE
    target: str  # its target: a variable or ANY_TARGET
    root: str | None  # the CAMEO root its code must have; None: any
    future: bool
    result: tuple[str, str, str]  # source variable, target variable, code or ANY_EVENT
    line: str  # "CAMEO.2.0.txt:9180"


@dataclass(frozen=True, slots=True)
class Recoded:
    source: int  # 0: the speaker, 1: the reported source, 2: the reported target
    target: int
    code: str
    rule: Rule


class Transformer:
    """The transformations of one verb dictionary, with the codes of their verb words."""

    def __init__(self, verbs: VerbDictionary, code_of: Callable[[str], str | None]) -> None:
        """``code_of`` gives the code the dictionary gives a verb word."""
        self.rules = tuple(_rule(t.parts(), t.source, code_of) for t in verbs.transformations)
        self._verbs = frozenset(rule.verb for rule in self.rules)
        self._tensed = frozenset(rule.verb for rule in self.rules if rule.future)

    def __bool__(self) -> bool:
        return bool(self.rules)

    def reporter(self, verb: Token) -> Token | None:
        """The verb reporting ``verb`` ("said" in "said Gondor attacked"), if a rule has it;
        none where the report follows what it reports: "Rebels shelled Juba, relief
        officials said" names who told the news, not who accuses."""
        head = verb.head
        if verb.dep_ in REPORTED and head.i < verb.i and norm_word(head.lemma_) in self._verbs:
            return head
        return None

    def recode(
        self, reporter: Token, codes: Sequence[str | None], code: str, future: bool
    ) -> Recoded | None:
        """The first rule that fits: ``codes`` are the actor codes of the speaker, the
        reported source and the reported target (None where there is none)."""
        lemma = norm_word(reporter.lemma_)
        for rule in self.rules:
            tense_fits = rule.future == future or lemma not in self._tensed
            if rule.verb == lemma and tense_fits and _code_fits(rule, code):
                found = _bind(rule, codes)
                if found is not None:
                    return found
        return None


def _rule(
    parts: tuple[tuple[str, str, str, str, str], tuple[str, str, str]], line: str,
    code_of: Callable[[str], str | None],
) -> Rule:
    (speaker, source, target, reported, verb), result = parts
    future = reported.startswith(FUTURE)
    word = reported.removeprefix(FUTURE)
    reported_code = None if word == ANY_EVENT else code_of(word)
    root = reported_code[:2] if reported_code else None if word == ANY_EVENT else "--"
    return Rule(verb, speaker, source, target, root, future, result, line)


def _code_fits(rule: Rule, code: str) -> bool:
    return rule.root is None or code[:2] == rule.root


def _bind(rule: Rule, codes: Sequence[str | None]) -> Recoded | None:
    """Match the rule's variables to the three actors; None where they conflict."""
    speaker, source, target = codes
    where: dict[str, int] = {rule.speaker: 0}
    if rule.source != ANY_SOURCE:
        if rule.source in where and source != speaker:
            return None
        where.setdefault(rule.source, 1)
    if rule.target != ANY_TARGET:
        if target is None or rule.target in where and codes[where[rule.target]] != target:
            return None
        where.setdefault(rule.target, 2)
    result_source, result_target, code = rule.result
    if code == ANY_EVENT:
        return None  # the reported event itself
    if result_source not in where or result_target not in where:
        return None
    if codes[where[result_target]] is None or codes[where[result_source]] is None:
        return None
    return Recoded(where[result_source], where[result_target], code, rule)
