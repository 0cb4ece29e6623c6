"""The event ontologies: CAMEO codes (names, Goldstein scores, quad classes) and the
CAMEO-to-PLOVER table.

``load_cameo()`` and ``load_plover()`` read the tables shipped in the package, once;
``read_cameo`` and ``read_plover`` read other copies of the same formats.
"""

from __future__ import annotations

from .cameo import CameoTable, load_cameo, read_cameo
from .plover import PloverTable, load_plover, read_plover

__all__ = [
    "CameoTable",
    "PloverTable",
    "load_cameo",
    "load_plover",
    "read_cameo",
    "read_plover",
]
