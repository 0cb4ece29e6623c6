from __future__ import annotations

import re

import pytest

from detente.ingest.language import latin_share, not_english_reason


@pytest.mark.parametrize(
    "text",
    [
        "Orlen ferry link opens in spring after long delay",  # a headline, stopword-poor
        "Kastrava expelled two Marravian diplomats on Thursday, accusing them of activities "
        "incompatible with their status.",
        "Too short to judge: Außenminister trifft Kollegen",
        "",
    ],
)
def test_english_and_too_short_texts_pass(text: str) -> None:
    assert not_english_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Der Außenminister traf am Dienstag seinen Amtskollegen in der Hauptstadt, "
        "um über die Grenze zu sprechen.",
        "El ministro de asuntos exteriores se reunió el martes con su homólogo para "
        "hablar de la frontera y del comercio.",
    ],
)
def test_other_latin_script_languages_are_caught_by_stopwords(text: str) -> None:
    reason = not_english_reason(text)
    assert reason is not None
    assert re.match(r"text does not look like English \(\d+% common English words", reason)


def test_non_latin_script_is_caught_before_stopwords() -> None:
    text = "外交部长周二会见了邻国代表 讨论 边境 贸易 问题 以及 渔业 协议 的 细节"
    assert not_english_reason(text) == "text does not look like English (mostly non-Latin script)"


def test_only_the_first_words_are_judged() -> None:
    english = "The minister said that the talks with their neighbours would go on. " * 30
    assert (
        not_english_reason(english + "Der Minister sagte, die Gespräche gehen weiter. " * 500)
        is None
    )


def test_latin_share_counts_accented_letters_as_latin() -> None:
    assert latin_share(["café", "naïve", "Žilina"]) == 1.0
    assert latin_share(["Москва", "talks"]) == pytest.approx(5 / 11)
