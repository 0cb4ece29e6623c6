"""Choosing a verb's CAMEO code: its dictionary form, then the most specific pattern that
the words around it satisfy (PETRARCH: "the longest pattern wins").

Matching works on a sentence flattened to words (``Clause``): the words before the verb
and the words after it within the verb's own phrase, in order. Pattern terms match in
order with gaps, except joined terms (``A_B``), which must be adjacent, and the head of a
braced noun phrase (``{NEW &TIETYPES RELATIONS}``), which must follow the term before it
but for determiners and conjoined modifiers ("new global economic relations", "death and
injury toll"; not "economic trade relations").
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .dictionaries import Pattern, Phrase, Term, VerbBlock, VerbDictionary, VerbForm

# a synset's phrases by (name, read backwards) and first word, so a word meets only the
# phrases it can start: &CURRENCY alone has over a hundred
SynsetIndex = Mapping[tuple[str, bool], Mapping[str, list[tuple[str, ...]]]]


def index_synsets(synsets: Mapping[str, tuple[Phrase, ...]]) -> SynsetIndex:
    index: dict[tuple[str, bool], dict[str, list[tuple[str, ...]]]] = {}
    for name, phrases in synsets.items():
        for backwards in (False, True):
            by_first = index.setdefault((name, backwards), {})
            for phrase in phrases:
                seq = tuple(reversed(phrase.words)) if backwards else phrase.words
                if seq:
                    by_first.setdefault(seq[0], []).append(seq)
    return index


NEGATION_WORDS = frozenset({"NOT", "N'T", "NEVER", "NO"})

# codes the validation dictionaries use to mark patterns that must not decide the code
PLACEHOLDER_CODES = frozenset({"+++", "###"})


@dataclass(frozen=True, slots=True)
class Word:
    index: int  # token index in the sentence
    text: str  # normalised (upper case, no accents)
    lemma: str
    actor_start: bool = False  # an actor mention starts here
    phrase_end: int = 0  # where the noun phrase it starts or is in ends (0: the next word)
    infinitive: bool = False  # the "to" of an infinitive, no preposition
    # a modifier of a noun that names a matter: "border" in "the border dispute"
    of_matter: bool = False
    # in a phrase that says when ("during Rahmon's state visit"): a pattern reaches it
    # only through its own DURING ("(DURING PROTEST)")
    timed: bool = False


@dataclass(frozen=True, slots=True)
class Clause:
    before: tuple[Word, ...]  # the verb's own phrase, before the verb, in text order
    after: tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class VerbMatch:
    code: str | None  # None: the dictionary says this use codes no event
    pattern: Pattern | None
    block: VerbBlock
    form: VerbForm
    source_at: int | None = None  # token index a "$" marker pointed to
    target_at: int | None = None  # token index a "+" marker pointed to
    reciprocal: str | None = None  # "[032:033]": the target's code toward the source
    # "[:111]" alone: only the target acts, on the source ("faced criticism from Arnor")
    reverse: bool = False


def inflects(word: str, lemma: str) -> bool:
    """Whether English spelling lets the word be a regular form of the lemma the parser
    gave it: "departes" is lemmatised DEPART, but PETRARCH's verb forms (and English)
    have no such word, so a typo codes no event ("DEPARTS", "WATCHES", "DELAYED" do)."""
    if not word.startswith(lemma):
        return True  # irregular ("FOUGHT") or lemma-changing ("TRIES"): the parser knows
    ending = word[len(lemma):]
    sibilant = lemma.endswith(("S", "X", "Z", "CH", "SH"))
    return {"S": not sibilant, "ES": sibilant or lemma.endswith("O"), "D": lemma.endswith("E"),
            "ED": not lemma.endswith("E")}.get(ending, True)


class VerbIndex:
    def __init__(self, verbs: VerbDictionary) -> None:
        self._verbs = verbs
        self._by_word: dict[str, list[VerbForm]] = defaultdict(list)
        # a pattern's plain words: one missing from the clause rules the pattern out
        self._literals = {
            id(p): frozenset(t.text for t in (*p.before, *p.after) if t.kind == "word")
            for block in verbs.blocks for p in block.patterns
        }
        self._synsets = index_synsets(verbs.synsets)
        for form in verbs.forms:
            self._by_word[form.words[form.verb_index]].append(form)

    def spells_negation(self, pattern: Pattern | None) -> bool:
        """'- WILL NOT * [081]', '- &NEGATVAUXVRB * OVER EFFORTS': the pattern's code
        already says what not doing it means, so the event is not negated again."""
        if pattern is None:
            return False
        for term in (*pattern.before, *pattern.after):
            if term.kind == "word" and term.text in NEGATION_WORDS:
                return True
            if term.kind == "synset" and any(NEGATION_WORDS.intersection(p.words)
                                             for p in self._verbs.synsets.get(term.text, ())):
                return True
        return False

    def form(self, words: Sequence[str], at: int, lemma: str) -> VerbForm | None:
        """The longest dictionary form whose verb word is ``words[at]`` (or its lemma)."""
        candidates = self._by_word.get(words[at], []) or (
            self._by_word.get(lemma, []) if inflects(words[at], lemma) else [])
        fitting = [f for f in candidates if _fits(f, words, at)]
        return max(fitting, key=lambda f: len(f.words), default=None)

    def match(self, form: VerbForm, clause: Clause) -> VerbMatch:
        block = self._verbs.blocks[form.block]
        best: VerbMatch | None = None
        best_rank = (0, 0)
        present = {x for w in (*clause.before, *clause.after) for x in (w.text, w.lemma)}
        for pattern in block.patterns:
            # a pattern whose words are not all in the clause cannot match: most can't;
            # nor can another verb's phrasal pattern
            if pattern.code in PLACEHOLDER_CODES or not self._literals[id(pattern)] <= present \
                    or pattern.verb is not None and pattern.verb != form.verb:
                continue
            found = _match_pattern(pattern, clause, self._synsets)
            if found is None:
                continue
            # the longest pattern wins; of two as long, the one matching more words
            # ("&HYPERCURR" on "austrian gold florin" over "&CURRENCY" on "florin")
            rank = (pattern.size, found[2])
            if best is None or rank > best_rank:
                best, best_rank = VerbMatch(pattern.code, pattern, block, form, *found[:2],
                                            reciprocal=pattern.reciprocal), rank
        if best is not None and best.code is None and best.reciprocal is not None:
            return dataclasses.replace(best, code=best.reciprocal, reciprocal=None, reverse=True)
        if best is not None:
            return best
        reciprocal = form.reciprocal if form.has_own_code else block.reciprocal
        return VerbMatch(form.code, None, block, form, reciprocal=reciprocal)


def _fits(form: VerbForm, words: Sequence[str], at: int) -> bool:
    start = at - form.verb_index
    if start < 0 or start + len(form.words) > len(words):
        return False
    return all(words[start + k] == w for k, w in enumerate(form.words) if k != form.verb_index)


# the markers, and how many words the pattern's words and synsets matched
Found = tuple[int | None, int | None, int]


def _match_pattern(
    pattern: Pattern, clause: Clause, synsets: SynsetIndex
) -> Found | None:
    after = _match_terms(pattern.after, clause.after, synsets)
    # before-terms read backwards from the verb, so the nearest words are tried first
    before = _match_terms(
        tuple(reversed(pattern.before)), tuple(reversed(clause.before)), synsets,
        backwards=True, touches_verb=pattern.touches_verb,
    )
    if after is None or before is None:
        return None
    return (after[0] if after[0] is not None else before[0],
            after[1] if after[1] is not None else before[1], after[2] + before[2])


def _match_terms(
    terms: Sequence[Term],
    words: Sequence[Word],
    synsets: SynsetIndex,
    *,
    backwards: bool = False,
    touches_verb: bool = False,
) -> Found | None:
    source: int | None = None
    target: int | None = None
    pos = 0
    matched = 0
    timed = False  # whether the pattern has entered a "during" phrase by its DURING
    for n, term in enumerate(terms):
        # read backwards, a term's link is the one of the term after it in the text
        joined = term.joined if not backwards else (
            terms[n - 1].joined if n > 0 else touches_verb)
        close = term.close if not backwards else n > 0 and terms[n - 1].close
        if term.kind in ("source", "target", "compound"):
            found = _next_actor(words, pos, adjacent=joined)
            if found is None:
                return None
            if term.kind == "source":
                source = words[found].index
            elif term.kind == "target":
                target = words[found].index
            pos = found + 1
            continue
        start = _past_determiners(words, pos, backwards) if close else pos
        timed = timed or term.text == "DURING"
        found_at = _next_term(term, words, start, synsets, adjacent=joined or close,
                              backwards=backwards, timed=timed)
        if found_at is None:
            return None
        pos, width = found_at
        if not backwards and n == len(terms) - 1 and term.kind != "skip" \
                and words[pos - 1].of_matter:
            # "end the border dispute" closes no border: the pattern's last noun only
            # names what the dispute is about
            return None
        if term.kind != "skip":
            matched += width
    return source, target, matched


def _past_determiners(words: Sequence[Word], pos: int, backwards: bool) -> int:
    """Past the determiners and conjoined modifiers that may stand between a noun phrase's
    modifier and its head: "death and injury toll" is a "{DEATH TOLL}" (read backwards
    from the head, the conjunction comes second: "toll injury and death")."""
    conjunction = 1 if backwards else 0
    while pos < len(words):
        if words[pos].text in _DETERMINERS:
            pos += 1
        elif pos + 2 < len(words) and words[pos + conjunction].text in ("AND", "OR"):
            pos += 2
        else:
            break
    return pos


# what may stand between a pattern's noun phrase "{ }" modifier and head
_DETERMINERS = frozenset({"THE", "A", "AN", "SOME", "ANY", "THIS", "THAT", "THESE", "THOSE",
                          "ITS", "THEIR", "HIS", "HER", "OUR", "EACH", "EVERY", "ALL",
                          "BOTH", "SEVERAL"})


def _next_actor(words: Sequence[Word], pos: int, *, adjacent: bool) -> int | None:
    for i in range(pos, len(words)):
        if words[i].actor_start:
            return i
        if adjacent:
            return None
    return None


def _next_term(
    term: Term,
    words: Sequence[Word],
    pos: int,
    synsets: SynsetIndex,
    *,
    adjacent: bool,
    backwards: bool,
    timed: bool = False,
) -> tuple[int, int] | None:
    """The position after the term's match at or after ``pos`` and the match's width, or
    None; a word of a "during" phrase only where ``timed``."""
    last = pos + 1 if adjacent else len(words)
    for i in range(pos, min(last, len(words))):
        if words[i].timed and not timed and term.kind != "skip":
            continue
        width = _term_width(term, words, i, synsets, backwards)
        if width:
            return i + width, width
    return None


def _term_width(
    term: Term,
    words: Sequence[Word],
    i: int,
    synsets: SynsetIndex,
    backwards: bool,
) -> int:
    if term.kind == "skip":
        # a noun phrase ("AT ^ +": "at the Gondor of the Prince" skips "the Gondor"), or
        # at least one word; the terms after it may start further on
        return 1 if backwards else max(1, words[i].phrase_end - words[i].index)
    if term.kind == "word":
        w = words[i]
        if term.preposition and w.infinitive:
            return 0  # "(TO) *" is "to the accord", not "to accord"
        return 1 if term.text in (w.text, w.lemma) else 0
    w = words[i]
    index = synsets.get((term.text, backwards), {})
    for seq in (*index.get(w.text, ()), *index.get(w.lemma, ())):
        if _phrase_at(seq, words, i):
            return len(seq)
    return 0


def _phrase_at(seq: Sequence[str], words: Sequence[Word], i: int) -> bool:
    if i + len(seq) > len(words):
        return False
    return all(s in (words[i + k].text, words[i + k].lemma) for k, s in enumerate(seq))
