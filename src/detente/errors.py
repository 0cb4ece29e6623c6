"""detente's exceptions and its one error policy.

The tree::

    DetenteError
    ├── InputError        an input (file, line, record) that cannot be read as articles
    ├── DictionaryError   a malformed dictionary line (file, line number, text)
    ├── StoreError        the event store cannot be opened or written
    └── ConfigError       a bad setting or option value

A run chooses once what happens to bad input (``ErrorPolicy``): raise at the first
problem, or skip it, record why, and go on with the rest of the batch.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field


class DetenteError(Exception):
    """Base of every error detente raises on purpose."""


class InputError(DetenteError):
    """An input that cannot be read: names the file and, where known, the position."""

    def __init__(self, path: str, reason: str, position: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.position = position
        where = f"{path}:{position}" if position else path
        super().__init__(f"{where}: {reason}")


class DictionaryError(DetenteError):
    """A dictionary line that does not parse."""

    def __init__(self, path: str, line_number: int, text: str, reason: str) -> None:
        self.path = path
        self.line_number = line_number
        self.text = text
        self.reason = reason
        super().__init__(f"{path}:{line_number}: {reason}: {text.strip()!r}")


class StoreError(DetenteError):
    """The event store cannot be opened, read or written."""


class ConfigError(DetenteError):
    """A setting or option with a value detente cannot use."""


class OnError(enum.Enum):
    RAISE = "raise"
    SKIP = "skip"


@dataclass
class ErrorPolicy:
    """What a run does with bad input; the readers and the pipeline report to it.

    With ``OnError.SKIP`` each problem is kept (``problems``) and passed to ``notify``
    (the CLI prints it at once), and the batch goes on.
    """

    on_error: OnError = OnError.SKIP
    notify: Callable[[InputError], None] | None = None
    problems: list[InputError] = field(default_factory=list)

    def handle(self, error: InputError) -> None:
        if self.on_error is OnError.RAISE:
            raise error
        self.problems.append(error)
        if self.notify is not None:
            self.notify(error)
