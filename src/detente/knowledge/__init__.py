"""Actor knowledge: leaders and their tenures, other people's positions (people.csv: vice
presidents, ministers, envoys, opposition leaders, judges...), organisations, armed
groups, memberships and metonyms, kept in CSV files under ``detente/data/knowledge`` and
turned into date-restricted actor entries for the coder.

::

    from datetime import date
    from detente.knowledge import bundled_knowledge

    k = bundled_knowledge()
    k.holders("DEU", "head_of_government", date(2025, 6, 1))[0].name   # 'Friedrich Merz'
    k.is_member("IGOWSTNAT", "SWE", date(2023, 6, 1))                   # False
    print(k.lookup("Erdoğan", date(2019, 1, 1)).explain())
    k.lookup("Vance", date(2025, 3, 1)).code                          # 'USAGOV' (people.csv)

``Knowledge.actor_dictionary(phoenix_actors)`` is the dictionary to put before the
Phoenix actor dictionaries, so its phrases win; see docs/actors.md.
"""

from ._knowledge import COVERAGE_START, Knowledge, Resolution, bundled_knowledge, load_knowledge
from ._wikidata import (
    QUERY,
    Change,
    RefreshReport,
    WikidataTenure,
    fetch_wikidata,
    parse_bindings,
    refresh_from_wikidata,
    write_leaders,
)
from .model import (
    CAMEO_COUNTRY,
    ArmedGroupCode,
    Membership,
    Metonym,
    Office,
    Organisation,
    Role,
    cameo_country,
)

__all__ = [
    "ArmedGroupCode",
    "CAMEO_COUNTRY",
    "COVERAGE_START",
    "Change",
    "Knowledge",
    "Membership",
    "Metonym",
    "Office",
    "Organisation",
    "QUERY",
    "RefreshReport",
    "Resolution",
    "Role",
    "WikidataTenure",
    "bundled_knowledge",
    "cameo_country",
    "fetch_wikidata",
    "load_knowledge",
    "parse_bindings",
    "refresh_from_wikidata",
    "write_leaders",
]
