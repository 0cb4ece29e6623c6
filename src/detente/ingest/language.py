"""A cheap guess at whether a text is English, so foreign text is reported, not skipped.

It looks at the first words only: mostly non-Latin script, or almost none of the most
common English function words, means "not English". Short texts are not judged.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

from detente.ingest.limits import (
    LANGUAGE_SAMPLE_WORDS,
    MIN_ENGLISH_STOPWORD_SHARE,
    MIN_LATIN_LETTER_SHARE,
    MIN_WORDS_FOR_STOPWORD_SHARE,
    MIN_WORDS_TO_JUDGE_LANGUAGE,
)

# Frequent English function words, leaving out those that are also common words in
# other European languages ("a", "in", "is", "on", "was", "an", "as", "die", "i").
# fmt: off
ENGLISH_STOPWORDS = frozenset(
    {
        "the", "of", "and", "to", "that", "for", "with", "by", "from", "it", "its", "said", "he",
        "his", "she", "her", "has", "have", "had", "be", "been", "are", "were", "will", "would",
        "not", "this", "which", "but", "their", "they", "them", "who", "after", "or", "we",
        "there", "than", "more", "about", "when", "you", "our", "also", "these", "those", "into",
        "over", "under", "between", "against",
    }
)
# Words English shares with other languages count half: a short English headline may have
# no other function word ("Erdogan is in Ankara"), a French one still scores low.
WEAK_STOPWORDS = frozenset({"a", "in", "is", "on", "was", "an", "as", "at"})
# fmt: on

_WORD = re.compile(r"[^\W\d_]+")


def not_english_reason(text: str) -> str | None:
    """Why ``text`` does not look like English; None when it does or is too short to tell.

    ``"Le ministre a rencontré son homologue mardi à Paris pour parler"`` gives
    ``"text does not look like English (0% common English words in the first 11)"``.
    """
    words = [m.group() for m in islice(_WORD.finditer(text), LANGUAGE_SAMPLE_WORDS)]
    if len(words) < MIN_WORDS_TO_JUDGE_LANGUAGE:
        return None
    if latin_share(words) < MIN_LATIN_LETTER_SHARE:
        return "text does not look like English (mostly non-Latin script)"
    share = sum(_weight(word.lower()) for word in words) / len(words)
    # a short English news sentence may hold no function word at all ("Russian police
    # arrested Russian students in Moscow today"): judge it only by foreign ones
    short = len(words) < MIN_WORDS_FOR_STOPWORD_SHARE
    if share < MIN_ENGLISH_STOPWORD_SHARE and (not short or _foreign(words) > share):
        return (
            f"text does not look like English ({share:.0%} common English words "
            f"in the first {len(words)})"
        )
    return None


def latin_share(words: list[str]) -> float:
    letters = [ch for word in words for ch in word]
    latin = sum(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return latin / len(letters) if letters else 1.0


# Function words of the languages most often mistaken for English input, none of them
# English words too.
FOREIGN_STOPWORDS = frozenset({
    "le", "la", "les", "des", "et", "est", "une", "du", "pour", "dans", "sur", "avec", "qui",
    "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "sich",
    "el", "los", "las", "y", "es", "por", "para", "con", "del", "que", "una", "su",
    "il", "di", "che", "per", "della", "dei", "sono",
    "os", "em", "um", "uma", "não", "com", "het", "een", "van", "zijn", "niet", "à",
})


def _foreign(words: list[str]) -> float:
    return sum(w.lower() in FOREIGN_STOPWORDS for w in words) / len(words)


def _weight(word: str) -> float:
    return 1.0 if word in ENGLISH_STOPWORDS else 0.5 if word in WEAK_STOPWORDS else 0.0
