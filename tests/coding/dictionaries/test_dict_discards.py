from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding.dictionaries import DiscardDictionary, Phrase
from detente.coding.dictionaries.discards import read_discards
from detente.errors import DictionaryError

Write = Callable[[str, str], Path]


def test_plain_lines_discard_a_sentence_plus_lines_a_story(write: Write) -> None:
    path = write(
        "test.discards.txt",
        """
        # sports and games
        PIPE-WEED CONTEST
        +Shire Cup Final   # pas 26-Feb-2014
        + ROHAN DERBY
        BASEBALL
        """,
    )
    assert read_discards(path) == DiscardDictionary(
        sentence=(Phrase(("PIPE", "-", "WEED", "CONTEST")), Phrase(("BASEBALL",))),
        story=(Phrase(("SHIRE", "CUP", "FINAL")), Phrase(("ROHAN", "DERBY"))),
    )


def test_discards_match_whole_words(write: Write) -> None:
    (phrase,) = read_discards(write("test.discards.txt", "CHAMPIONSHIP\n")).sentence
    assert not phrase.open_end


@pytest.mark.parametrize("text", ["BASEBALL [SPORT]", "+"])
def test_malformed_lines_name_file_line_and_text(write: Write, text: str) -> None:
    path = write("test.discards.txt", f"BASEBALL\n{text}\n")
    with pytest.raises(DictionaryError) as info:
        read_discards(path)
    assert str(info.value) == f"{path}:2: expected a discard phrase: {text!r}"
