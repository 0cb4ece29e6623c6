"""The actor lookup splits a mention as spaCy does, so what it finds is what the coder
finds in a parsed sentence (no model)."""

from __future__ import annotations

import spacy

from detente.coding.lookup import words_of


def test_hyphens_and_possessives_split_as_spacy_splits_them() -> None:
    text = "Kim Yo-jong's U.S. visit"
    assert words_of(text) == ["Kim", "Yo", "-", "jong", "'s", "U.S.", "visit"]
    assert words_of(text) == [t.text for t in spacy.blank("en")(text)]
