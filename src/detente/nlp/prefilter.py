"""Which sentences could hold an event, judged on raw text before spaCy sees them.

Parsing is most of a run's time and most news sentences code nothing, so a sentence is
parsed only when it holds every word of some verb form and every word of some actor
phrase (of two, where the coder needs a target as well as a source). Words are compared
as their letter-and-digit pieces ("U.S." is U and S, "al-Qaeda" is AL and QAEDA),
without regard to order, so the check errs towards parsing a sentence the coder will
find nothing in, rather than dropping one it would code. What it can miss:
a verb the coder finds only through its lemma, in an irregular inflection the verb
dictionary does not list (regular ones with a doubled consonant are allowed for), and
events named by words outside the dictionaries (``event_words``).

``split_sentences("Gondor attacked Mordor. Rain fell.\\nTalks go on")`` gives
``[(0, 23), (24, 34), (35, 46)]``; with GONDOR and MORDOR as actors and ATTACKED as a
verb form, ``candidate_spans`` of the same text keeps ``[(0, 23)]``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the type only: nlp runs before coding and imports none of it
    from detente.coding.dictionaries import Dictionaries

Span = tuple[int, int]  # character offsets in the article text, end exclusive

__all__ = [
    "ABBREVIATIONS",
    "UNCODED_VERBS",
    "Need",
    "Prefilter",
    "Span",
    "Vocab",
    "WordSet",
    "candidate_spans",
    "split_sentences",
    "words_of",
]

# A sentence ends at . ! or ? (and any closing quotes or brackets) before whitespace and a
# capital; group 1 is the whitespace, group 2 the first letter after any opening quote.
_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(\s+)[\"'\u201c\u2018(\[]*(\w)")
# The word before a full stop that does not end a sentence: initials ("U.S.", "J.") ...
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
# ... and the abbreviations news writes before names and numbers.
# fmt: off
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
    "gov", "sen", "rep", "pres", "sec", "amb", "rev", "hon", "st", "mt", "ft", "jr", "sr",
    "inc", "corp", "co", "ltd", "no", "nos", "vs", "approx", "dept", "univ", "fig", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# fmt: on
_PIECE = re.compile(r"[^\W_]+")  # a run of letters and digits
# Forms of be, have and do: the coder passes over verbs with those lemmas, so the verb
# dictionary's entries for them ("IS", "HAD") never code and would pass every sentence.
# fmt: off
UNCODED_VERBS = frozenset({
    "AM", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING",
    "HAVE", "HAS", "HAD", "HAVING", "DO", "DOES", "DID", "DONE", "DOING",
})
# fmt: on


def split_sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace, in order.

    A line break ends a sentence unless the next line starts in lower case: that is a
    wrapped line of the same sentence ("talks in\\nthe capital").
    """
    spans: list[Span] = []
    for start, end in _blocks(text):
        spans.extend(_split_block(text, start, end))
    return spans


def _blocks(text: str) -> list[Span]:
    """Lines, trimmed; a line starting in lower case joins the line right before it."""
    blocks: list[Span] = []
    follows = False  # the previous line is directly above, with no blank line between
    offset = 0
    for line in text.split("\n"):
        start, end = _trimmed(text, offset, offset + len(line))
        offset += len(line) + 1
        if start == end:
            follows = False
        elif follows and text[start].islower():
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
            follows = True
    return blocks


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_block(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    for found in _BREAK.finditer(text, start, end):
        if found.group(2).isupper() and not _abbreviation(text, start, found.start()):
            spans.append((start, found.start(1)))
            start = found.end(1)
    spans.append((start, end))
    return spans


def _abbreviation(text: str, block_start: int, stop: int) -> bool:
    """Whether the word before the full stop at ``stop`` is an abbreviation."""
    if text[stop] != ".":
        return False
    word_start = stop
    while word_start > block_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:stop].lstrip("\"'\u201c\u2018([")
    return bool(_INITIALS.fullmatch(word)) or word.lower() in ABBREVIATIONS


def words_of(text: str) -> list[str]:
    """The letter-and-digit pieces of ``text``, upper case and without accents.

    ``"Erdoğan's U.S.-backed"`` gives ``["ERDOGAN", "S", "U", "S", "BACKED"]``.
    """
    upper = text.upper()
    if not upper.isascii():
        decomposed = unicodedata.normalize("NFKD", upper)
        upper = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _PIECE.findall(upper)


@dataclass(frozen=True, slots=True)
class Need:
    """What a sentence must hold for one dictionary phrase to match in it."""

    pieces: frozenset[str]  # every piece of the phrase's exact words
    stem: str | None = None  # and a piece starting with this: an open phrase's last word

    @staticmethod
    def of(words: Sequence[str], open_end: bool = False) -> Need:
        """``("S.", "KOREA")``, open, needs S and a piece starting with KOREA.

        An open phrase's last word matches any word it starts: all its pieces but the
        last are whole pieces of that word too ("S.AFRIC" needs S and AFRIC...).
        """
        pieces = [piece for word in words for piece in words_of(word)]
        stem = pieces.pop() if open_end and pieces else None
        return Need(frozenset(pieces), stem)

    def met(self, pieces: AbstractSet[str]) -> bool:
        if not self.pieces <= pieces:
            return False
        return self.stem is None or any(piece.startswith(self.stem) for piece in pieces)


class WordSet:
    """Needs indexed by a key piece each, so that a check visits only a few of them."""

    def __init__(self, needs: Iterable[Need]) -> None:
        by_key: dict[str, list[Need]] = {}
        stems: set[str] = set()
        for need in needs:
            if need.pieces:
                by_key.setdefault(_key(need.pieces), []).append(need)
            elif need.stem:
                stems.add(need.stem)  # a one-word open phrase: any piece it starts
        self._by_key = {key: tuple(found) for key, found in by_key.items()}
        self._stems = frozenset(stems)
        self._stem_lengths = frozenset(len(stem) for stem in stems)

    @staticmethod
    def of(phrases: Iterable[Sequence[str]], stems: Iterable[str] = ()) -> WordSet:
        """From plain phrases (``[("MINAS", "TIRITH")]``) and one-word stems (``["ARGENTIN"]``)."""
        return WordSet([*map(Need.of, phrases), *(Need(frozenset(), s) for s in stems)])

    def __len__(self) -> int:
        return sum(map(len, self._by_key.values())) + len(self._stems)

    def found_in(self, counts: Mapping[str, int], at_least: int = 1) -> bool:
        """Whether ``counts`` (piece -> occurrences) may hold ``at_least`` mentions.

        Mentions do not overlap, and each holds its phrase's key piece: so there are no
        more mentions than occurrences of key pieces whose phrases all match.
        """
        present = set(counts)
        found = 0
        for piece, times in counts.items():
            if self._mentioned(piece, present):
                found += times
                if found >= at_least:
                    return True
        return False

    def _mentioned(self, piece: str, present: set[str]) -> bool:
        """A phrase keyed by ``piece`` matches, or ``piece`` starts with a stem."""
        if any(need.met(present) for need in self._by_key.get(piece, ())):
            return True
        return any(piece[:n] in self._stems for n in self._stem_lengths if n <= len(piece))


def _key(pieces: frozenset[str]) -> str:
    """The longest piece, the least common; ties broken the same way in every process,
    so that "U.S." and "U.S.A." share the key U and count as one mention."""
    return max(pieces, key=lambda piece: (len(piece), piece))


@dataclass(frozen=True, slots=True)
class Vocab:
    """The phrases that make a sentence worth parsing."""

    actors: WordSet  # actor phrases
    verbs: WordSet  # verb forms, and extra event words
    min_actors: int = 1  # 2 when the coder requires a target: source and target differ

    def keeps(self, sentence: str) -> bool:
        """A candidate verb form, and ``min_actors`` candidate actor mentions."""
        counts = Counter(words_of(sentence))
        return self.verbs.found_in(counts) and self.actors.found_in(counts, self.min_actors)


def candidate_spans(text: str, vocab: Vocab) -> list[Span]:
    """The spans of ``split_sentences(text)`` that ``vocab`` keeps."""
    return [(s, e) for s, e in split_sentences(text) if vocab.keeps(text[s:e])]


class Prefilter:
    """The sentence check for one set of dictionaries.

    ``min_actors`` is 2 for a coder that requires a target (``require_target``): an
    event's source and target are different actors, so the sentence mentions two.
    Agents ("FOREIGN_MINISTER") do not count: they refine an actor but name none alone.
    ``event_words`` adds words that name events without a dictionary verb, such as the
    coder's event nouns ("VISIT", "SANCTIONS"), so that sentences holding only those are
    parsed too.
    """

    def __init__(
        self, dictionaries: Dictionaries, *, min_actors: int = 1, event_words: Iterable[str] = ()
    ) -> None:
        verbs = _verb_words(dictionaries, event_words)
        self.vocab = Vocab(_actor_words(dictionaries), verbs, min_actors)

    def keeps(self, sentence: str) -> bool:
        return self.vocab.keeps(sentence)

    def candidate_spans(self, text: str) -> list[Span]:
        return candidate_spans(text, self.vocab)


def _actor_words(dictionaries: Dictionaries) -> WordSet:
    entries = (entry for actors in dictionaries.actors for entry in actors.entries)
    return WordSet(Need.of(p.words, p.open_end) for entry in entries for p in entry.phrases)


def _verb_words(dictionaries: Dictionaries, event_words: Iterable[str]) -> WordSet:
    needs = [Need.of([word]) for word in event_words]
    for form in dictionaries.verbs.forms:
        verb = form.words[form.verb_index]
        if verb not in UNCODED_VERBS:
            for spelling in _spellings(verb):
                words = list(form.words)
                words[form.verb_index] = spelling
                needs.append(Need.of(words))
    return WordSet(needs)


def _spellings(verb: str) -> tuple[str, ...]:
    """The word, and with its last consonant doubled before -ED or -ING.

    The dictionaries' generated forms spell REFERED for "referred", which the coder still
    finds through the lemma; the raw text has only "referred".
    """
    for suffix in ("ED", "ING"):
        stem = verb.removesuffix(suffix)
        if stem != verb and len(stem) > 1 and stem[-1] not in "AEIOUWXY":
            return (verb, stem + stem[-1] + suffix)
    return (verb,)
