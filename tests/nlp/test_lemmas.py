from __future__ import annotations

import pytest

from detente.nlp import load_nlp
from detente.settings import Settings


@pytest.mark.model
def test_the_model_lemmatises_hope_as_hope() -> None:
    # "France hopes to withdraw its troops": the small model says "hop", which no rule
    # of modality knows, and the withdrawal read as made
    doc = load_nlp(Settings().model)("France hopes to withdraw. He hoped to go, hoping.")
    assert {t.text: t.lemma_ for t in doc if t.lower_.startswith("hop")} == {
        "hopes": "hope", "hoped": "hope", "hoping": "hope"}
