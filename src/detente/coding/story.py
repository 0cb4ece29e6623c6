"""The country a story is about, for sides it names by their role alone.

"Police fired tear gas at the protesters" names no country; news leaves it to the rest
of the story ("... in Nairobi", "Kenya's opposition"). Where one country has most of the
places the story names, its police and protesters are that country's.

Read from the article's text, not its parse, so that it is the same whichever sentences
the prefilter lets the parser skip.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .actors import ActorIndex, combine
from .dictionaries.words import phrase_words
from .places import Gazetteer

__all__ = ["story_country"]

# what separates words as the parser would, but for the full stop of an abbreviation
_BREAKS = re.compile(r"[\s,;:!?\"“”()\[\]{}]+|(?<![A-Z])\.(?=[\s\"“”’)]|$)|(?<=\.)-")


def story_country(text: str, actors: ActorIndex, gazetteer: Gazetteer,
                  day: dt.date) -> str | None:
    """The country of more than half of the places the story names as actors, if any
    ("Kenya", "Nairobi"; not "Russian", which names who acts, not where: "a Russian strike
    on Kryvyi Rih, Ukraine")."""
    counts: Counter[str] = Counter()
    words = _words(text)
    for mention in actors.find_normed(words):
        if mention.is_agent:
            continue
        actor = combine([mention], day)
        name = " ".join(words[mention.start:mention.end])
        if actor is not None and actor.country and any(
                p.country == actor.country for p in gazetteer.lookup(name)):
            counts[actor.country] += 1
    if not counts:
        return None
    country, most = counts.most_common(1)[0]
    return country if 2 * most > sum(counts.values()) else None


def _words(text: str) -> list[str]:
    return [w for piece in _BREAKS.split(text) if piece for w in phrase_words(piece)]
