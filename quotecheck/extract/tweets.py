"""Tweets: attribution lines, status URLs and embeds, and where each tweet's text is.

An attribution line is ``— Name (@handle) Date`` with ``—``, ``–``, ``--`` or
``-``, an English, French, Russian, Dutch… date, ``via Twitter`` or ``Voir le
tweet`` instead of a date, an optional status URL, and possibly glued to the
next sentence (``…31 mai 2017Un autre…``). A status URL alone on its line
stands for the attribution too. The tweet's text is what precedes the
attribution: inside an embed, everything before it; elsewhere, the run of
sentences in one language that ends at the attribution (so French prose in the
same paragraph is left out), reaching back into the previous paragraph when
the attribution stands on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..types import Block, Span
from .dates import parse_date
from .marks import Marked, trim

_ATTR = regex.compile(
    r"""(?P<dash>—|–|―|‒|--|(?<=^|[ \t])-(?=[ \t]))
    [ \t]*
    (?P<name>[^\n()«»"“”—–]{0,80}?)
    [ \t]*\([ \t]*(?P<handle>@\w{1,30}|\[email(?:[ \t]|&nbsp;)?protected\])[ \t]*\)""",
    regex.X | regex.V1 | regex.M,
)
_STATUS_URL = regex.compile(
    r"https?://(?:(?:www|mobile)\.)?(?:twitter|x)\.com/(?P<user>\w{1,30})/status(?:es)?/\d+(?:[/?][^\s«»\"“”<>]*)?",
    regex.I,
)
_STATUS_LINE = regex.compile(r"^[ \t]*(?P<url>" + _STATUS_URL.pattern + r")[ \t]*$", regex.I | regex.M)
_NO_DATE = regex.compile(
    r"(?i:via\s+Twitter|voir\s+le\s+(?:tweet|message|post)|view\s+on\s+(?:Twitter|X)|sur\s+Twitter|on\s+Twitter)"
)
_UNIT_BREAK = regex.compile(r"\n+|(?<=[.!?…]+[\"”»)\]]*)[ \t]+|(?<=:)[ \t]+", regex.V1)
_SEP = regex.compile(r"[ \t]*(?:[·•,|][ \t]*)?")


@dataclass
class Attribution:
    start: int
    end: int
    author: str | None
    handle: str | None
    date: str | None
    date_text: str | None
    url: str | None
    standalone: bool  # nothing but white space before it on its line


def clean_status_url(url: str) -> str:
    m = regex.match(r"(https?://[^?#\s]+/status(?:es)?/\d+)", url, regex.I)
    return m.group(1) if m else url


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution line and lone status URL of ``text``, in order."""
    found: list[Attribution] = []
    for m in _ATTR.finditer(text):
        name = m.group("name").strip(" \t,:")
        if len(name.split()) > 8 or regex.search(r"[.!?]\s+\p{Lu}", name):
            continue
        pos = m.end()
        date = date_text = url = None
        end = pos
        sep = _SEP.match(text, pos)
        p = sep.end() if sep else pos
        d = parse_date(text, p)
        if d is not None:
            date_text, date, end = text[d[0] : d[1]], d[2], d[1]
        else:
            nd = _NO_DATE.match(text, p)
            if nd is not None:
                end = nd.end()
        sep = _SEP.match(text, end)
        p = sep.end() if sep else end
        u = _STATUS_URL.match(text, p)
        if u is not None:
            url, end = clean_status_url(u.group(0)), u.end()
        after = text[end : end + 1]
        if date is None and url is None and after and not (after.isspace() or after in ".;,)»”" or after.isupper()):
            continue  # "(@handle)" inside a sentence, not an attribution
        handle = m.group("handle")
        if handle.startswith("["):
            handle = None
        if handle is None and url:
            handle = "@" + _STATUS_URL.match(url).group("user")  # type: ignore[union-attr]
        line_start = text.rfind("\n", 0, m.start()) + 1
        found.append(
            Attribution(
                m.start(), end, name or None, handle, date, date_text, url,
                standalone=not text[line_start : m.start()].strip(),
            )
        )
    taken = [Span(a.start, a.end) for a in found]
    for m in _STATUS_LINE.finditer(text):
        span = Span(m.start("url"), m.end("url"))
        if any(span.overlaps(t) for t in taken):
            continue
        url = clean_status_url(m.group("url"))
        found.append(
            Attribution(span.start, span.end, None, "@" + m.group("user"), None, None, url, standalone=True)
        )
    found.sort(key=lambda a: a.start)
    return found


@dataclass
class TweetText:
    span: Span
    lang: str
    score: float


Identify = Callable[[str], tuple[str, float]]


def units(text: str, start: int, end: int, cuts: list[int]) -> list[Span]:
    """Sentence-like units of ``text[start:end]``: split at line breaks, sentence
    ends, colons and at the given ``cuts`` (quote boundaries)."""
    bounds = {start, end}
    for m in _UNIT_BREAK.finditer(text, start, end):
        bounds.add(m.start())
        bounds.add(m.end())
    bounds.update(c for c in cuts if start < c < end)
    points = sorted(bounds)
    out = []
    for a, b in zip(points, points[1:]):
        s = trim(text, a, b)
        if len(s):
            out.append(s)
    return out


def _word_count(s: str) -> int:
    """Words that carry language: hashtags, handles and URLs do not count."""
    return len(regex.findall(r"\p{L}+", regex.sub(r"[#@]\w+|https?://\S+|pic\.twitter\.com/\S+", " ", s)))


# a capitalised name set off by a comma at the start of a unit (an address or a place:
# "Lorvaux, I am so sorry.", "Paris, le 3 mai") says nothing of the language after it
_LEADING_NAME = regex.compile(r"^\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*){0,2},\s+(?=\S)")


def _without_leading_name(unit: str) -> str:
    """``unit`` without a leading capitalised name and its comma, if two words remain."""
    m = _LEADING_NAME.match(unit)
    return unit[m.end() :] if m and _word_count(unit[m.end() :]) >= 2 else unit


def english_run(
    text: str, scope: Span, identify: Identify, cuts: list[int]
) -> tuple[Span | None, str, float, bool]:
    """The run of one language ending at ``scope.end``.

    Returns ``(span, lang, score, reached_scope_start)``; ``span`` is None when
    the scope is empty.
    """
    us = units(text, scope.start, scope.end, cuts)
    if not us:
        return None, "und", 0.0, True
    run_lang: str | None = None
    best = 0.0
    first = len(us)
    for i in range(len(us) - 1, -1, -1):
        u = us[i]
        probe = _without_leading_name(text[u.start : u.end])
        lang, conf = identify(probe)
        words = _word_count(probe)
        if lang in ("neutral", "und") or words == 0:
            first = i
            continue
        weak = conf < 0.6 or words < 2  # too short or too unsure to decide anything
        if run_lang is None:
            if not weak:
                run_lang = lang
                best = conf
            first = i
            continue
        if lang == run_lang or weak or (conf < 0.75 and words <= 3):
            if lang == run_lang:
                best = max(best, conf)
            first = i
            continue
        break
    if first == len(us):
        return None, "und", 0.0, True
    span = Span(us[first].start, us[-1].end)
    return span, run_lang or "neutral", best, first == 0


def embed_for(blocks: tuple[Block, ...], pos: int) -> Block | None:
    for b in blocks:
        if b.kind == "tweet-embed" and b.start <= pos <= b.end:
            return b
    return None


def is_heading(blocks: tuple[Block, ...], span: Span) -> bool:
    return any(b.kind == "heading" and b.start <= span.start and span.end <= b.end for b in blocks)


__all__ = [
    "Attribution",
    "Marked",
    "TweetText",
    "clean_status_url",
    "embed_for",
    "english_run",
    "find_attributions",
    "is_heading",
    "units",
]
