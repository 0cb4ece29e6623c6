"""What refusing an act is in CAMEO, where CAMEO has a code for it.

CAMEO's REJECT root (12) mirrors the acts it refuses: refusing to provide aid is 122x,
to cooperate 121x, to meet or negotiate 125, to release persons 1243. "Pakistan refused
to deploy peacekeepers" is the refusal (1224) that happened, not a deployment negated;
an act with no such code ("refused to attack") stays the act, negated.
"""

from __future__ import annotations

# the refused act's code (longest prefix first) -> the refusal's
_REFUSING = (
    ("0331", "1221"), ("0332", "1222"), ("0333", "1223"), ("0334", "1224"), ("033", "122"),
    ("071", "1221"), ("072", "1222"), ("073", "1223"), ("074", "1224"), ("07", "122"),
    ("061", "1211"), ("062", "1212"), ("06", "121"),
    ("045", "126"), ("04", "125"), ("036", "125"),
    ("057", "127"),
    ("081", "1241"), ("084", "1243"), ("085", "1244"), ("086", "1245"), ("087", "1246"),
    ("08", "124"),
)


def refusal_code(code: str) -> str | None:
    """'0334' (deploy peacekeepers) -> '1224' (refuse peacekeeping); None for an act
    CAMEO codes no refusal of."""
    return next((refusal for act, refusal in _REFUSING if code.startswith(act)), None)
