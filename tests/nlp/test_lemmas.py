from __future__ import annotations

import pytest

from detente.nlp import load_nlp
from detente.settings import Settings


@pytest.mark.model
def test_the_model_lemmatises_hope_and_stage_as_themselves() -> None:
    # "France hopes to withdraw its troops": the small model says "hop", which no rule
    # of modality knows, and the withdrawal read as made; "staged airstrikes": "stag"
    doc = load_nlp(Settings().model)("France hopes to withdraw. He hoped to go, hoping. "
                                     "Israel staged airstrikes and is staging more.")
    assert {t.text: t.lemma_ for t in doc if t.lower_.startswith(("hop", "stag"))} == {
        "hopes": "hope", "hoped": "hope", "hoping": "hope", "staged": "stage",
        "staging": "stage"}
