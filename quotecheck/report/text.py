"""Terminal report: each quote with ``file:line:col``, language, kind and who/how."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from ..errors import QuotecheckError
from ..types import Extraction, Quote


def _describe(q: Quote) -> str:
    bits = [q.kind]
    if q.marks:
        bits.append(q.marks)
    if q.tweet is not None:
        t = q.tweet
        who = t.handle or "?"
        if t.author:
            who += f" ({t.author})"
        bits.append(who)
        if t.date or t.date_text:
            bits.append(t.date or t.date_text or "")
    if q.cue is not None and q.cue.text:
        bits.append(f"cue: {q.cue.text}" + (f" — {q.cue.speaker}" if q.cue.speaker else ""))
    elif q.cue is not None and q.cue.speaker:
        bits.append(f"speaker: {q.cue.speaker}")
    if q.flags:
        bits.append("[" + ", ".join(q.flags) + "]")
    return "  ".join(bits)


def _quote_lines(ex: Extraction, q: Quote) -> list[str]:
    head = f"  {ex.article.where(q.start)}  {q.id:<4} {q.lang}  {_describe(q)}"
    body = q.text.replace("\n", " ⏎ ") if q.text else "(text stripped from the page)"
    wrapped = textwrap.wrap(f"“{body}”" if q.text else body, width=96) or [""]
    return [head] + ["      " + w for w in wrapped]


def render_text(results: Iterable[Extraction | QuotecheckError]) -> tuple[str, str]:
    """``(report, errors)``: the report for stdout and error lines for stderr."""
    out: list[str] = []
    errs: list[str] = []
    for r in results:
        if isinstance(r, QuotecheckError):
            errs.append(f"quotecheck: error: {r}")
            continue
        tweets = [q for q in r.quotes if q.lang == "en" and q.kind == "tweet"]
        other_en = [q for q in r.quotes if q.lang == "en" and q.kind != "tweet"]
        fr = [q for q in r.quotes if q.lang == "fr"]
        out.append(
            f"{r.article.id}: {len(tweets)} English tweet(s), {len(other_en)} other English quote(s), "
            f"{len(fr)} French quote(s)"
        )
        for title, group in (("English tweets", tweets), ("Other English quotes", other_en), ("French quotes", fr)):
            if not group:
                continue
            out.append(f" {title}:")
            for q in group:
                out.extend(_quote_lines(r, q))
        out.append("")
    return "\n".join(out), "\n".join(errs)
