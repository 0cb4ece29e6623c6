"""How many people named in political sentences detente's actor knowledge resolves.

    python benchmarks/actor_coverage.py [--corpus PATH] [--limit N] [--top 30]

A political sentence holds a verb of the CAMEO verb dictionary that codes an event. Each
PERSON entity spaCy finds there counts as resolved when an actor entry (not an agent)
covers one of its words and gives a code on the article's date.

The recogniser also calls places PERSON ("Bandar Abbas", "Sumy Oblast"): a second figure
leaves out the entities the gazetteer knows as a place, and the list of unresolved names
shows the rest.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
from pathlib import Path

from detente.coding.dictionaries.words import norm_word
from detente.coding.places import load_gazetteer
from detente.ingest import read_articles
from detente.nlp import load_nlp
from detente.pipeline import make_coder

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_CORPUS = SHARED_DATA / "corpora" / "wcep_events_2025_2026.jsonl.gz"


def political(sent, coder) -> bool:  # type: ignore[no-untyped-def]
    normed = [norm_word(t.text) for t in sent]
    for t in sent:
        if t.pos_ == "VERB":
            form = coder._verbs.form(normed, t.i - sent.start, norm_word(t.lemma_))
            if form is not None and form.code is not None:
                return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus} is missing", file=sys.stderr)
        return 2
    coder = make_coder()
    nlp = load_nlp(coder.settings.model)
    articles = list(read_articles([args.corpus]))[: args.limit]
    gazetteer = load_gazetteer()
    total = resolved = places = 0
    missing: collections.Counter[str] = collections.Counter()
    items = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(items, as_tuples=True, batch_size=32):
        day = article.date or dt.date.today()
        for sent in doc.sents:
            if not political(sent, coder):
                continue
            mentions = coder.actor_index.find([t.text for t in sent])
            for ent in (e for e in sent.ents if e.label_ == "PERSON"):
                total += 1
                lo, hi = ent.start - sent.start, ent.end - sent.start
                hit = any(m.start < hi and lo < m.end and not m.is_agent
                          and m.entry.code_on(day) for m in mentions)
                resolved += hit
                if not hit and gazetteer.lookup(ent.text):
                    places += 1
                elif not hit:
                    missing[ent.text] += 1
    print(f"articles {len(articles)}  PERSON mentions in political sentences {total}  "
          f"resolved {resolved} ({resolved / max(total, 1):.1%})")
    people = total - places
    print(f"without the {places} that name a place in the gazetteer: {people}, "
          f"resolved {resolved} ({resolved / max(people, 1):.1%})")
    print(f"\nthe {args.top} most frequent unresolved names (places left out):")
    for name, count in missing.most_common(args.top):
        print(f"{count:6d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
