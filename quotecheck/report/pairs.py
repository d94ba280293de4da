"""Reports of the pair stage: JSON (schema ``quotecheck.pair/1``) and terminal."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Any

from ..errors import QuotecheckError
from ..types import Alignment, Article, Pairing, Span
from .json import _pos, document, extraction_to_dict

SCHEMA_ID = "quotecheck.pair/1"


def _span(article: Article, sp: Span) -> dict[str, Any]:
    return {"start": sp.start, "end": sp.end, "text": article.text[sp.start : sp.end], **_pos(article, sp.start, sp.end)}


def alignment_to_dict(article: Article, al: Alignment) -> dict[str, Any]:
    t = article.text
    return {
        "links": [
            {"en": t[al.en_tokens[k.en].start : al.en_tokens[k.en].end],
             "fr": t[al.fr_tokens[k.fr].start : al.fr_tokens[k.fr].end],
             "en_start": al.en_tokens[k.en].start, "fr_start": al.fr_tokens[k.fr].start, "weight": k.weight}
            for k in al.links
        ],
        "unaligned_en": [_span(article, s) for s in al.unaligned_en],
        "unaligned_fr": [_span(article, s) for s in al.unaligned_fr],
        "coverage_en": al.coverage_en,
        "coverage_fr": al.coverage_fr,
    }


def pairing_to_dict(p: Pairing, alignments: list[Alignment]) -> dict[str, Any]:
    a = p.extraction.article
    d = extraction_to_dict(p.extraction)
    d["pairs"] = [
        {
            "en": list(pr.en),
            "fr": list(pr.fr),
            "kind": pr.kind,
            "confidence": pr.confidence,
            "covered": [_span(a, s) for s in pr.covered],
            "prose": None if pr.fr_span is None else _span(a, pr.fr_span),
            "signals": {k: getattr(pr.signals, k) for k in pr.signals.__slots__},
            "alignment": alignment_to_dict(a, al),
        }
        for pr, al in zip(p.pairs, alignments)
    ]
    d["unpaired"] = [{"quote": u.quote, "reason": u.reason, "best": u.best, "confidence": u.confidence}
                     for u in p.unpaired]
    return d


def render_pairs_json(results: Iterable[tuple[Pairing, list[Alignment]] | QuotecheckError],
                      signature: dict[str, Any]) -> str:
    return document(SCHEMA_ID, signature, results, lambda r: pairing_to_dict(*r))


def _marked(text: str, start: int, end: int, holes: tuple[Span, ...]) -> str:
    """``text[start:end]`` with the unaligned runs shown in ⟦ ⟧."""
    out, pos = [], start
    for h in holes:
        if h.start < start or h.end > end:
            continue
        out += [text[pos : h.start], "⟦", text[h.start : h.end], "⟧"]
        pos = h.end
    out.append(text[pos:end])
    return "".join(out).replace("\n", " ⏎ ")


def render_pairs_text(results: Iterable[tuple[Pairing, list[Alignment]] | QuotecheckError]) -> tuple[str, str]:
    out: list[str] = []
    errs: list[str] = []
    for r in results:
        if isinstance(r, QuotecheckError):
            errs.append(f"quotecheck: error: {r}")
            continue
        p, als = r
        a = p.extraction.article
        t = a.text
        q = {x.id: x for x in p.extraction.quotes}
        out.append(f"{a.id}: {len(p.pairs)} pair(s), {len(p.unpaired)} unpaired quote(s)")
        for pr, al in zip(p.pairs, als):
            sig = pr.signals
            where = f"{sig.distance} paragraph(s) {'after' if sig.after else 'before'}"
            out.append(f" {'+'.join(pr.en)} ⇄ {'+'.join(pr.fr) or 'prose'}  {pr.kind}  confidence {pr.confidence:.2f}"
                       f"  (cosine {sig.coverage:.2f}, {where}, coverage EN {al.coverage_en:.0%} FR {al.coverage_fr:.0%})")
            for eid in pr.en:
                e = q[eid]
                out.append(f"   EN {a.where(e.start)}")
                out += ["      " + w for w in textwrap.wrap(_marked(t, e.start, e.end, al.unaligned_en), 96)]
            fr_spans = [p_ for fid in pr.fr for p_ in q[fid].parts] or ([pr.fr_span] if pr.fr_span else [])
            for sp in fr_spans:
                out.append(f"   FR {a.where(sp.start)}")
                out += ["      " + w for w in textwrap.wrap(_marked(t, sp.start, sp.end, al.unaligned_fr), 96)]
            if pr.kind == "partial":
                out.append("   covers: " + " | ".join(t[c.start : c.end][:80] for c in pr.covered))
        for u in p.unpaired:
            qq = q[u.quote]
            extra = f" (closest {u.best}, {u.confidence:.2f})" if u.best else ""
            out.append(f" unpaired {u.quote} {qq.lang} {qq.kind} {a.where(qq.start)}: {u.reason}{extra}")
        out.append("")
    return "\n".join(out), "\n".join(errs)
