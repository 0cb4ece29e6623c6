"""PETRARCH verb dictionaries (CAMEO.2.0.txt and the validation verbs) -> ``VerbDictionary``.

::

    &CURRENCY                 a synset: "+" lines follow
    +DOLLAR
    --- VISIT  [042:043] ---  a verb block and its code (":" gives the reciprocal code)
    VISIT                     a verb; regular forms are generated
    SPEED {SPEEDING SPEEDS SPED }        irregular forms, all listed
    +CORDON_OFF               a multi-word verb; "+" marks the word the parser calls the verb
    - * (TO BORDER)  [154]    a pattern: words before "*", the verb, words after;
                              (PREP NOUN) a prepositional phrase, {A B} a noun phrase,
                              &SYN a synset, $ source, + target, % compound actor,
                              A_B consecutive words
    ~ a (b . ATTACK) SAY = a b 112       a transformation
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from ...errors import DictionaryError
from .actors import Phrase, comment_free_lines
from .words import norm_word, phrase_words, plurals

TermKind = Literal["word", "synset", "source", "target", "compound", "skip"]

_BLOCK = re.compile(r"^-{3}\s*(?P<name>.*?)\s*\[(?P<code>[^\]]*)\][-\s]*$")
# A few validation patterns lack the leading "-" ("* (TO QUESTION) [110]"): still patterns.
_PATTERN = re.compile(r"^(?:-\s+|(?=\*))(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")
# Codes are CAMEO digits; the validation dictionaries also use test-only codes ("def", "075A").
_CODE = re.compile(r"^(?:---|[+#]{3}|[0-9A-Za-z]{2,5}\??|)$")
_VERB = re.compile(r"^(?P<verb>[^{\[]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?$")
# "^" skips a noun phrase ("- * EID AT ^ WITH +": "Eid at Osgiliath with Gondor")
_MARKERS: dict[str, TermKind] = {"$": "source", "+": "target", "%": "compound", "^": "skip"}


@dataclass(frozen=True, slots=True)
class Term:
    kind: TermKind
    text: str = ""  # the word (upper case) or the synset name ("&CURRENCY")
    joined: bool = False  # must directly follow the previous term ("A_B")
    # the head of a "{ }" noun phrase, right after the term before it (determiners aside)
    close: bool = False
    # a preposition alone in "( )": "(TO)" is no infinitive's "to" (where a word
    # follows, "(TO WITHDRAW)", the dictionaries mean the infinitive too)
    preposition: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    before: tuple[Term, ...]  # in text order, ending just before the verb
    after: tuple[Term, ...]
    code: str | None  # None for "---": the pattern blocks an event
    reciprocal: str | None
    line: str
    source: str  # "file:line"
    touches_verb: bool = False  # "RECENTLY_*": the last word before must precede the verb
    # "- * ON [190]  # PRESS": a pattern of particles alone makes a phrasal verb of the
    # block's verb its comment names ("press on"), and of no other ("demanded that ...
    # curbs on press freedom")
    verb: str | None = None

    @property
    def size(self) -> int:
        """How specific the pattern is: the longest matching pattern wins."""
        return sum(t.kind in ("word", "synset") for t in (*self.before, *self.after))


@dataclass(frozen=True, slots=True)
class VerbBlock:
    name: str
    code: str | None
    reciprocal: str | None
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True)
class VerbForm:
    words: tuple[str, ...]  # "CORDONED", "OFF"
    verb_index: int  # which of the words the parser tags as the verb
    block: int  # index into VerbDictionary.blocks
    code: str | None  # the verb's own code where it overrides the block's
    has_own_code: bool
    reciprocal: str | None = None  # the verb's own reciprocal code ("LEFT [042:043]")
    verb: str = ""  # the stem it is a form of: "PRESS" for "PRESSED"


@dataclass(frozen=True, slots=True)
class Transformation:
    """``~ a (b . ATTACK) SAY = a b 112``: when ``a`` says that ``b`` attacked (anyone),
    the event is ``a`` accusing ``b``. Inside the brackets, the reported event's source,
    target and verb: a letter names an actor, ``.`` any target or none, ``_`` any source;
    ``WILL_ATTACK`` is an attack still to come. ``Q`` as the verb is any event, and as
    the result's code keeps the reported event's code."""

    pattern: str  # "a (b . ATTACK) SAY"
    result: str  # "a b 112"
    source: str

    def parts(self) -> tuple[tuple[str, str, str, str, str], tuple[str, str, str]]:
        """((speaker, reported source, reported target, reported verb, verb), result)."""
        left = _TRANSFORM_LEFT.match(self.pattern)
        right = _TRANSFORM_RIGHT.match(self.result)
        assert left is not None and right is not None  # the reader checked both
        speaker, source, target, reported, verb = left.groups()
        return (speaker, source, target, reported, verb), right.groups()  # type: ignore[return-value]


_TRANSFORM_LEFT = re.compile(r"^(\w)\s*\(\s*(\w)\s+([\w.])\s+(\w+)\s*\)\s*(\w+)$")
_TRANSFORM_RIGHT = re.compile(r"^(\w)\s+(\w)\s+(\w+)$")


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    blocks: tuple[VerbBlock, ...] = ()
    forms: tuple[VerbForm, ...] = ()
    synsets: Mapping[str, tuple[Phrase, ...]] = field(default_factory=lambda: MappingProxyType({}))
    transformations: tuple[Transformation, ...] = ()


def split_code(text: str, where: tuple[str, int, str]) -> tuple[str | None, str | None]:
    """'042:043' -> ('042', '043'); '---' -> (None, None)."""
    parts = [p.strip() for p in text.strip().split(":")]
    if len(parts) > 2 or not all(_CODE.match(p) for p in parts):
        raise DictionaryError(where[0], where[1], where[2], f"bad event code [{text}]")
    codes = [None if p in ("---", "") else p.upper() for p in parts]
    return codes[0], codes[1] if len(codes) > 1 else None


def regular_forms(stem: str) -> tuple[str, ...]:
    """PETRARCH's generated forms: VISIT -> VISIT VISITS VISITED VISITING."""
    third = plurals(stem)[0] if not stem.endswith("MAN") else stem + "S"
    past = stem + "D" if stem.endswith("E") else stem + "ED"
    if third.endswith("IES"):  # CARRY -> CARRIED, as CARRIES (PETRARCH wrote CARRYED)
        past = stem[:-1] + "IED"
    ing = stem[:-1] + "ING" if stem.endswith("E") and stem[-2:-1] not in "AEIOU" else stem + "ING"
    return (stem, third, past, ing)


def past_tenses(verbs: VerbDictionary) -> dict[str, str]:
    """Each one-word verb's present forms -> its past: "SUMMONS" -> "SUMMONED", "MEETS"
    -> "MET" (the first listed form that is neither the stem, the third person nor the
    "-ING"; a verb that lists none, as PUT, is its own past)."""
    spellings: dict[str, list[str]] = {}
    for form in verbs.forms:
        if len(form.words) == 1:
            spellings.setdefault(form.verb, []).append(form.words[0])
    past: dict[str, str] = {}
    for stem, words in spellings.items():
        regular = regular_forms(stem)
        listed = [w for w in words if w not in regular[:2] and not w.endswith("ING")]
        then = regular[2] if regular[2] in words else next(iter(listed), stem)
        for present in regular[:2]:
            if present in words:
                past.setdefault(present, then)
    return past


def _verb_words(form: str) -> tuple[tuple[str, ...], int]:
    """'WIRE_+TAP' -> (('WIRE', 'TAP'), 1); 'VISIT' -> (('VISIT',), 0)."""
    parts = form.split("_")
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    index = marked[0] if marked else 0
    return tuple(norm_word(p.lstrip("+")) for p in parts if p.lstrip("+")), index


def _pattern_terms(text: str, where: tuple[str, int, str]) -> list[Term]:
    terms: list[Term] = []
    chunks = re.sub(r"([(){}])", r" \1 ", text).split()
    opened: int | None = None  # where the open "{ }" noun phrase's terms start
    for k, chunk in enumerate(chunks):
        if chunk == "{":
            opened = len(terms)
        elif chunk == "}":
            if opened is not None and len(terms) - opened > 1 and not terms[-1].joined:
                # the phrase's head follows its modifier: "{NEW &TIETYPES RELATIONS}" is
                # "new global economic relations", not "... economic trade relations"
                terms[-1] = dataclasses.replace(terms[-1], close=True)
            opened = None
        if chunk in ("(", ")", "{", "}"):
            continue
        alone = 0 < k < len(chunks) - 1 and chunks[k - 1] == "(" and chunks[k + 1] == ")"
        for i, piece in enumerate(p for p in chunk.split("_") if p or chunk == "_"):
            joined = i > 0
            if piece in _MARKERS:
                terms.append(Term(_MARKERS[piece], "", joined))
            elif piece.startswith("&"):
                terms.append(Term("synset", norm_word(piece), joined))
            elif piece:
                terms.append(Term("word", norm_word(piece), joined,
                                  preposition=alone and "_" not in chunk))
    if not terms and text.strip():
        raise DictionaryError(where[0], where[1], where[2], "empty pattern")
    return terms


def parse_pattern(body: str, code: str, where: tuple[str, int, str]) -> Pattern:
    """'- * (TO BORDER)  [154]' -> Pattern(after=(TO, BORDER), code='154')"""
    if body.count("*") != 1:
        raise DictionaryError(where[0], where[1], where[2], "a pattern needs exactly one *")
    if body.count("(") != body.count(")") or body.count("{") != body.count("}"):
        raise DictionaryError(where[0], where[1], where[2], "unbalanced brackets in pattern")
    before, after = body.split("*")
    primary, reciprocal = split_code(code, where)
    after_terms = _pattern_terms(after, where)
    if after.startswith("_") and after_terms:
        after_terms[0] = Term(after_terms[0].kind, after_terms[0].text, True)
    source = f"{Path(where[0]).name}:{where[1]}"
    return Pattern(
        tuple(_pattern_terms(before, where)), tuple(after_terms), primary, reciprocal,
        where[2].strip(), source, touches_verb=before.endswith("_"),
    )


@dataclass
class _Reader:
    path: str
    blocks: list[VerbBlock] = field(default_factory=list)
    forms: list[VerbForm] = field(default_factory=list)
    synsets: dict[str, list[Phrase]] = field(default_factory=dict)
    transformations: list[Transformation] = field(default_factory=list)
    block: tuple[str, str | None, str | None] | None = None
    patterns: list[Pattern] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)  # the open block's verbs
    synset: str | None = None

    def close_block(self) -> None:
        if self.block is not None:
            name, code, reciprocal = self.block
            patterns = tuple(_phrasal(p, self.stems) for p in self.patterns)
            self.blocks.append(VerbBlock(name, code, reciprocal, patterns))
        self.block, self.patterns, self.stems = None, [], set()

    def line(self, number: int, raw: str, line: str) -> None:
        where = (self.path, number, raw)
        text = line.strip()
        if text.startswith("&"):
            # "&PREPOSIT1_" (no plurals, in PETRARCH) is used as "&PREPOSIT1" in patterns
            self.synset = norm_word(text.split()[0]).rstrip("_")
            self.synsets.setdefault(self.synset, [])
        elif text.startswith("+") and self.synset is not None:
            self.synsets[self.synset].append(Phrase(phrase_words(text[1:])))
            return
        elif text.startswith("~"):
            self.transformation(text, where)
        elif text.startswith("---"):
            self.start_block(text, where)
        elif text.startswith(("-", "*")):
            self.pattern(text, where)
        else:
            self.verb(text, where)
        if not text.startswith("&"):
            self.synset = None  # a synset's "+" lines end at the first other line

    def start_block(self, text: str, where: tuple[str, int, str]) -> None:
        m = _BLOCK.match(text)
        if not m:
            raise DictionaryError(*where, "expected --- NAME [CODE] ---")
        self.close_block()
        self.synset = None
        self.block = (m.group("name"), *split_code(m.group("code"), where))

    def pattern(self, text: str, where: tuple[str, int, str]) -> None:
        m = _PATTERN.match(text)
        if not m or self.block is None:
            raise DictionaryError(*where, "expected - PATTERN [CODE] inside a verb block")
        self.patterns.append(parse_pattern(m.group("body"), m.group("code"), where))

    def verb(self, text: str, where: tuple[str, int, str]) -> None:
        if self.block is None:
            raise DictionaryError(*where, "verb outside a --- VERB [CODE] --- block")
        m = _VERB.match(text)
        if not m:
            raise DictionaryError(*where, "expected VERB {FORMS} [CODE]")
        own = m.group("code")
        code, reciprocal = split_code(own, where) if own else (self.block[1], None)
        listed = m.group("forms")
        stem = "_".join(m.group("verb").split())  # "LASH OUT" == "LASH_OUT"
        spellings = [stem, *listed.split()] if listed is not None else None
        verb = norm_word(stem.replace("+", ""))
        self.stems.add(verb)
        for spelling in spellings or _regular_spellings(stem):
            words, index = _verb_words(spelling)
            self.forms.append(VerbForm(words, index, len(self.blocks), code, own is not None,
                                       reciprocal, verb))

    def transformation(self, text: str, where: tuple[str, int, str]) -> None:
        if text.count("=") != 1:
            raise DictionaryError(*where, "a transformation needs one =")
        left, right = (part.strip() for part in text[1:].split("="))
        if not _TRANSFORM_LEFT.match(left) or not _TRANSFORM_RIGHT.match(right):
            raise DictionaryError(*where, "expected ~ a (b c VERB) VERB = a b CODE")
        self.transformations.append(
            Transformation(left, right, f"{Path(self.path).name}:{where[1]}")
        )


def _phrasal(pattern: Pattern, stems: set[str]) -> Pattern:
    """The pattern, tied to the block's verb its comment names where the pattern is
    particles alone ("- * ON [190]  # PRESS"). Comments naming no verb of the block
    (authors, dates) tie it to none, and patterns with a noun stay the block's."""
    terms = (*pattern.before, *pattern.after)
    if not terms or any(t.kind != "word" or t.text not in _PARTICLES for t in terms):
        return pattern
    comment = pattern.line.split("#", 1)[1].split() if "#" in pattern.line else []
    named = norm_word(comment[0]) if comment else ""
    return dataclasses.replace(pattern, verb=named) if named in stems else pattern


_PARTICLES = frozenset({"ON", "TO", "IN", "AT", "OF", "FOR", "FROM", "WITH", "UP", "OUT",
                        "OFF", "DOWN", "OVER", "BACK", "AWAY", "INTO", "UPON", "AGAINST",
                        "THROUGH", "ABOUT", "AROUND", "BY"})


def _regular_spellings(stem: str) -> list[str]:
    words, index = _verb_words(stem)
    out = []
    for form in regular_forms(words[index]):
        parts = list(words)
        parts[index] = "+" + form
        out.append("_".join(parts))
    return out


def read_verbs(path: Path) -> VerbDictionary:
    reader = _Reader(str(path))
    for number, raw, full in comment_free_lines(path.read_text(encoding="utf-8")):
        line = full.split(";", 1)[0]  # TABARI's ";" comments survive in verb files
        if line.strip().startswith("####") or not line.strip():
            continue
        reader.line(number, raw, line)
    reader.close_block()
    synsets = {k: tuple(v) for k, v in reader.synsets.items()}
    return VerbDictionary(
        tuple(reader.blocks), tuple(reader.forms), MappingProxyType(synsets),
        tuple(reader.transformations),
    )
