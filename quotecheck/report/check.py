"""Reports of the check stage: ``check`` (articles) and ``compare`` (pairs).

JSON schemas: ``quotecheck.check/1`` (``quotecheck/schema/check.schema.json``)
for articles and ``quotecheck.compare/1`` for pairs; ``--format jsonl`` writes
one compare record per line. The terminal report puts each English quote and
its rendering side by side with the verdict, then one diagnostic line per
finding: ``file:line:col: severity code message``.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from typing import Any

from ..errors import QuotecheckError
from ..types import Article, ArticleCheck, Finding, PairCheck, Span
from .json import _pos, document, extraction_to_dict

CHECK_SCHEMA = "quotecheck.check/1"
COMPARE_SCHEMA = "quotecheck.compare/1"


def _local(text: str, sp: Span | None) -> dict[str, Any] | None:
    return None if sp is None else {"start": sp.start, "end": sp.end, "text": text[sp.start : sp.end]}


def _located(article: Article, sp: Span | None) -> dict[str, Any] | None:
    if sp is None:
        return None
    return {"start": sp.start, "end": sp.end, "text": article.text[sp.start : sp.end], **_pos(article, sp.start, sp.end)}


def finding_to_dict(f: Finding, en: str, fr: str) -> dict[str, Any]:
    return {"code": f.code, "severity": f.severity, "message": f.message,
            "en": _local(en, f.en_span), "fr": _local(fr, f.fr_span),
            "evidence": f.evidence, "demoted_from": f.demoted_from}


def pair_check_to_dict(pc: PairCheck) -> dict[str, Any]:
    """One compare record (also the ``judgement`` of an article pair)."""
    return {
        "id": pc.id,
        "en": pc.en,
        "fr": pc.fr,
        "score": pc.score,
        "verdict": pc.verdict,
        "cosine": pc.cosine,
        "coverage": None if pc.alignment is None else {"en": pc.alignment.coverage_en, "fr": pc.alignment.coverage_fr},
        "findings": [finding_to_dict(f, pc.en, pc.fr) for f in pc.findings],
        "silenced": [{**finding_to_dict(s.finding, pc.en, pc.fr), "reason": s.reason} for s in pc.silenced],
        "marks": [{"kind": m.kind, **(_local(pc.fr, m.span) or {})} for m in pc.marks],
        "reference": pc.reference,
    }


def article_check_to_dict(ac: ArticleCheck) -> dict[str, Any]:
    a = ac.article
    d = extraction_to_dict(ac.pairing.extraction)
    d["checks"] = []
    for qc in ac.quotes:
        pr, pc = qc.pair, qc.check
        rec = pair_check_to_dict(pc)
        del rec["id"]
        rec["findings"] = [
            {**finding_to_dict(f, pc.en, pc.fr), "en": _located(a, lf.en_span), "fr": _located(a, lf.fr_span)}
            for f, lf in zip(pc.findings, qc.findings, strict=True)
        ]
        d["checks"].append({"en_quotes": list(pr.en), "fr_quotes": list(pr.fr), "kind": pr.kind,
                            "pair_confidence": pr.confidence, **rec})
    d["unpaired"] = [{"quote": u.quote, "reason": u.reason} for u in ac.pairing.unpaired]
    return d


def render_check_json(results: Iterable[ArticleCheck | QuotecheckError], signature: dict[str, Any]) -> str:
    return document(CHECK_SCHEMA, signature, results, article_check_to_dict)


def _wrap(label: str, text: str) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), 92) or [""]
    return [f"   {label} {lines[0]}"] + [f"      {x}" for x in lines[1:]]


def render_check_text(results: Iterable[ArticleCheck | QuotecheckError]) -> tuple[str, str]:
    out: list[str] = []
    errs: list[str] = []
    for r in results:
        if isinstance(r, QuotecheckError):
            errs.append(f"quotecheck: error: {r}")
            continue
        a = r.article
        counts = {v: sum(1 for qc in r.quotes if qc.check.verdict == v) for v in ("faithful", "review", "unfaithful")}
        out.append(f"{a.id}: {len(r.quotes)} rendering(s) checked — {counts['faithful']} faithful, "
                   f"{counts['review']} to review, {counts['unfaithful']} unfaithful")
        q = {x.id: x for x in r.pairing.extraction.quotes}
        for qc in r.quotes:
            pr, pc = qc.pair, qc.check
            en_q = q[pr.en[0]]
            head = f"{pr.en[0]} {en_q.tweet.handle}" if en_q.tweet and en_q.tweet.handle else pr.en[0]
            out.append(f" {head} ⇄ {'+'.join(pr.fr) or 'prose'} ({pr.kind}): {pc.verdict.upper()}, "
                       f"score {pc.score:.0f}/100")
            out += _wrap("EN", pc.en)
            out += _wrap("FR", pc.fr)
            for f, lf in zip(pc.findings, qc.findings, strict=True):
                sp = lf.fr_span or lf.en_span
                where = a.where(sp.start) if sp else a.where(pr.covered[0].start if pr.covered else en_q.start)
                out.append(f"   {where}: {f.severity} {f.code} {f.message}")
            for s in pc.silenced:
                out.append(f"   (silenced: {s.finding.code} — {s.reason})")
            for m in pc.marks:
                out.append(f"   editorial mark ({m.kind}): {pc.fr[m.span.start : m.span.end]}")
        for u in r.pairing.unpaired:
            qq = q[u.quote]
            if qq.lang == "en" and qq.kind == "tweet":
                out.append(f" {a.where(qq.start)}: English tweet {u.quote} has no French rendering ({u.reason})")
            elif qq.lang == "fr":
                out.append(f" {a.where(qq.start)}: French quote {u.quote} renders no English quote here ({u.reason})")
        out.append("")
    return "\n".join(out), "\n".join(errs)


def render_compare(results: list[PairCheck], fmt: str, signature: dict[str, Any]) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(pair_check_to_dict(r), ensure_ascii=False) + "\n" for r in results)
    if fmt == "json":
        doc = {"schema": COMPARE_SCHEMA, "signature": signature, "pairs": [pair_check_to_dict(r) for r in results]}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    out: list[str] = []
    for r in results:
        out.append(f"[{r.id}] {r.verdict.upper()}, score {r.score:.0f}/100 (cosine {r.cosine:.2f})")
        out += _wrap("EN", r.en)
        out += _wrap("FR", r.fr)
        for f in r.findings:
            out.append(f"   {f.severity:<8} {f.code:<18} {f.message}")
        for s in r.silenced:
            out.append(f"   silenced {s.finding.code}: {s.reason}")
        for m in r.marks:
            out.append(f"   editorial mark ({m.kind}): {r.fr[m.span.start : m.span.end]}")
        if r.reference:
            ref = r.reference
            out.append(f"   against the reference: chrF {ref['chrf']:.1f}, BLEU {ref['bleu']:.1f}, TER {ref['ter']:.1f}"
                       f"  ({ref['chrf_signature']})")
        out.append("")
    return "\n".join(out)


__all__ = ["CHECK_SCHEMA", "COMPARE_SCHEMA", "article_check_to_dict", "pair_check_to_dict", "render_check_json",
           "render_check_text", "render_compare"]
