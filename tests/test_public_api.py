"""The public surface: the package's names and the settings table."""

from __future__ import annotations

import dataclasses

import detente
from detente.settings import SETTINGS, Settings


def test_public_names_are_one_sorted_list() -> None:
    assert detente.__all__ == sorted(detente.__all__)
    assert all(hasattr(detente, name) for name in detente.__all__)


def test_the_settings_table_and_the_settings_object_agree() -> None:
    table = {s.name: s.default for s in SETTINGS}
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}
    assert table == fields
    assert all(s.help for s in SETTINGS)


def test_replace_ignores_unset_options() -> None:
    assert Settings().replace(n_process=None, batch_size=8) == Settings(batch_size=8)
