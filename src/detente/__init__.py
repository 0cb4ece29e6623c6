"""detente: news to political event data, coded in CAMEO and PLOVER.

::

    import detente
    events = detente.code_text("Gondor's army attacked Mordor.", date=datetime.date(2024, 1, 15))
    for article in detente.read_articles(["news/"]):
        ...
    with detente.Store("detente.duckdb") as store:
        store.events(actor="RUS", since="2024")
"""

from .errors import (
    ConfigError,
    DetenteError,
    DictionaryError,
    ErrorPolicy,
    InputError,
    OnError,
    StoreError,
)
from .ingest import read_articles
from .model import Actor, Article, CodedArticle, Event, Location, Plover, Sentence
from .pipeline import code_articles, code_text, make_coder, run
from .settings import VERSION, Settings
from .store import Store

__version__ = VERSION

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "ConfigError",
    "DetenteError",
    "DictionaryError",
    "ErrorPolicy",
    "Event",
    "InputError",
    "Location",
    "OnError",
    "Plover",
    "Sentence",
    "Settings",
    "Store",
    "StoreError",
    "code_articles",
    "code_text",
    "make_coder",
    "read_articles",
    "run",
]
