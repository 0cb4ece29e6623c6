"""Reuters-21578 SGML (``reut2-*.sgm``): one article a ``<REUTERS>`` story.

::

    <REUTERS TOPICS="YES" NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE> ...
    <TEXT><TITLE>BAHIA COCOA REVIEW</TITLE> ... <BODY>Showers continued throughout
    the week in the Bahia cocoa zone ...
     Reuter
    &#3;</BODY></TEXT></REUTERS>

becomes ``Article(id="reuters-1", title="BAHIA COCOA REVIEW", date=date(1987, 2, 26),
text="Showers continued throughout the week in the Bahia cocoa zone ...")``. The wire's
fixed-width lines are joined back into paragraphs, so that sentence splitting sees
sentences rather than 70-character lines.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator

from detente.errors import InputError
from detente.ingest.context import Position, ReadContext
from detente.model import Article

ID_PREFIX = "reuters-"

_STORY = re.compile(r"<REUTERS\b(?P<attrs>[^>]*)>(?P<body>.*?)</REUTERS>", re.DOTALL)
_NEWID = re.compile(r'\bNEWID="(\d+)"')
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# Control characters the wire framed stories with (&#2; start, &#3; end, &#5;, &#22;...).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TAGS = re.compile(r"<[A-Z]+\b[^>]*>|</[A-Z]+>")
# The agency's sign-off closing nearly every body: " Reuter" on a line of its own.
_SIGN_OFF = re.compile(r"(?:^|\n)\s*REUTER\s*$", re.IGNORECASE)


def read_sgml(data: bytes, ctx: ReadContext) -> Iterator[Article]:
    # The collection is Latin-1 (a few high bytes in names); Latin-1 decodes any byte.
    text = data.decode("latin-1")
    stories = list(_STORY.finditer(text))
    if not stories:
        raise ctx.error("no <REUTERS> stories in SGML")
    for number, story in enumerate(stories, start=1):
        try:
            article = _story_article(story, ctx, Position("record", number))
        except InputError as error:
            ctx.report(error)
            continue
        if article is not None:
            yield article


def _story_article(story: re.Match[str], ctx: ReadContext, position: Position) -> Article | None:
    """The story's article; None for a story with no text at all, which is no article."""
    content = story.group("body")
    body = _element(content, "BODY")
    if body is None:
        _refuse_bodiless(content, ctx, position)
        return None
    newid = _NEWID.search(story.group("attrs"))
    return ctx.make_article(
        reflow(_clean(body)),
        title=_clean(_element(content, "TITLE") or ""),
        date=parse_reuters_date(_element(content, "DATE") or ""),
        article_id=ID_PREFIX + newid.group(1) if newid else None,
        position=position,
    )


def _refuse_bodiless(content: str, ctx: ReadContext, position: Position) -> None:
    """An ``InputError`` for a story without BODY that holds other text (a title only,
    or the unprocessed tables of ``TYPE="UNPROC"``); nothing for an empty story."""
    text = _element(content, "TEXT") or ""
    if not _clean(_TAGS.sub(" ", text)):
        return None
    kind = "a title only" if _element(text, "TITLE") is not None else "unprocessed text only"
    raise ctx.error(f"story has no BODY ({kind})", position)


def _element(content: str, tag: str) -> str | None:
    """The content of the first ``<TAG ...>...</TAG>``, or None when there is none."""
    found = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", content, re.DOTALL)
    return found.group(1) if found else None


def _clean(text: str) -> str:
    return _CONTROL.sub("", html.unescape(text)).strip()


def reflow(body: str) -> str:
    """Wire lines back into paragraphs: an indented line starts a paragraph, others go on.

    ``"Showers continued in\\nthe Bahia zone.\\n    The dry period"`` gives
    ``"Showers continued in the Bahia zone.\\nThe dry period"``.
    """
    paragraphs: list[list[str]] = []
    for line in _SIGN_OFF.sub("", body).split("\n"):
        if not line.strip():
            paragraphs.append([])
        elif line[:1].isspace() or not paragraphs:
            paragraphs.append([line.strip()])
        else:
            paragraphs[-1].append(line.strip())
    return "\n".join(" ".join(words) for words in paragraphs if words)


def parse_reuters_date(value: str) -> dt.date | None:
    """``"26-FEB-1987 15:01:01.79"`` gives ``date(1987, 2, 26)``; None when unreadable."""
    found = _DATE.search(value)
    if found is None or found.group(2).upper() not in _MONTHS:
        return None
    day, month, year = found.groups()
    try:
        return dt.date(int(year), _MONTHS.index(month.upper()) + 1, int(day))
    except ValueError:
        return None
