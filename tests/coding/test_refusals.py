"""CAMEO's codes for refusing an act (no model)."""

from __future__ import annotations

import pytest

from detente.coding.refusals import refusal_code


@pytest.mark.parametrize(("act", "refusal"), [
    ("0334", "1224"),  # peacekeeping offered -> refused
    ("073", "1223"),  # humanitarian aid
    ("070", "122"),
    ("062", "1212"),  # military cooperation
    ("046", "125"),  # negotiations
    ("045", "126"),  # mediation
    ("057", "127"),  # an agreement signed
    ("0841", "1243"),  # persons released
    ("190", None),  # an attack: no refusal code, the act stays, negated
    ("163", None),  # sanctions imposed: likewise
])
def test_refusal_codes(act: str, refusal: str | None) -> None:
    assert refusal_code(act) == refusal
