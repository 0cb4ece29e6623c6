"""Hand-built spaCy parses, so coder tests need no model.

``parsed("Gondor/PROPN/nsubj/1 attacked/VERB/ROOT/1 Mordor/PROPN/dobj/1 ./PUNCT/punct/1")``
gives a Doc: each token is text/POS/dep/head index, optionally /lemma/tag after it.
``ents`` gives entity labels as IOB tags, one a token: ``["B-GPE", "O", ...]``;
``glued`` the indices of tokens written with no space after them ("Crans-Montana").
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

# a blank English vocabulary gives lower-case and shape attributes without any model
_VOCAB = spacy.blank("en").vocab
_TAGS = {"VERB": "VBD", "AUX": "MD", "PROPN": "NNP", "NOUN": "NN", "PUNCT": ".", "ADP": "IN"}


def parsed(spec: str, ents: list[str] | None = None, glued: set[int] | None = None) -> Doc:
    words, pos, deps, heads, lemmas, tags = [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        text, p, dep, head = parts[0], parts[1], parts[2], int(parts[3])
        words.append(text)
        pos.append(p)
        deps.append(dep)
        heads.append(head)
        lemmas.append(parts[4] if len(parts) > 4 else text.lower())
        tags.append(parts[5] if len(parts) > 5 else _TAGS.get(p, "XX"))
    spaces = [i + 1 < len(words) and words[i + 1] not in ".,'s" and i not in (glued or ())
              for i in range(len(words))]
    return Doc(_VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads,
               lemmas=lemmas, tags=tags, ents=ents)
