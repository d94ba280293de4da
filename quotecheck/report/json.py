"""JSON reports: plain dicts in a documented, versioned schema.

The schema is ``quotecheck/schema/extract.schema.json`` (``schema`` field:
``quotecheck.extract/1``). Output is deterministic: the same input and settings
give the same bytes (no timestamps; keys in a fixed order).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import QuotecheckError
from ..types import Article, Extraction, Quote

SCHEMA_ID = "quotecheck.extract/1"


def _pos(article: Article, start: int, end: int) -> dict[str, int]:
    s = article.location(start)
    e = article.location(max(start, end - 1)) if end > start else s
    return {"line": s.line, "column": s.column, "end_line": e.line, "end_column": e.column + (1 if end > start else 0)}


def quote_to_dict(article: Article, q: Quote) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": q.id,
        "lang": q.lang,
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        **_pos(article, q.start, q.end),
        "parts": [{"start": p.start, "end": p.end, "text": article.text[p.start : p.end]} for p in q.parts],
        "marks": q.marks,
        "flags": list(q.flags),
        "lang_score": q.lang_score,
    }
    if q.tweet is not None:
        t = q.tweet
        d["tweet"] = {
            "author": t.author,
            "handle": t.handle,
            "date": t.date,
            "date_text": t.date_text,
            "url": t.url,
            "attribution": None
            if t.attribution is None
            else {"start": t.attribution.start, "end": t.attribution.end,
                  **_pos(article, t.attribution.start, t.attribution.end)},
        }
    if q.cue is not None:
        d["cue"] = {"text": q.cue.text, "start": q.cue.span.start, "end": q.cue.span.end, "speaker": q.cue.speaker}
    return d


def extraction_to_dict(ex: Extraction) -> dict[str, Any]:
    a = ex.article
    return {
        "id": a.id,
        "path": a.path,
        "record": a.record,
        "format": a.format,
        "encoding": a.encoding,
        "url": a.url,
        "outlet": a.outlet,
        "date": a.date,
        "counts": {
            "en_tweets": sum(1 for q in ex.quotes if q.lang == "en" and q.kind == "tweet"),
            "en_other": sum(1 for q in ex.quotes if q.lang == "en" and q.kind != "tweet"),
            "fr": sum(1 for q in ex.quotes if q.lang == "fr"),
        },
        "quotes": [quote_to_dict(a, q) for q in ex.quotes],
    }


def error_to_dict(err: QuotecheckError) -> dict[str, Any]:
    return {"path": err.path, "message": err.message}


def document(schema: str, signature: dict[str, Any], results: Iterable[Any],
             to_dict: Callable[[Any], dict[str, Any]]) -> str:
    """A report: ``schema``, ``signature``, one dict per article, one per input error."""
    articles, errors = [], []
    for r in results:
        if isinstance(r, QuotecheckError):
            errors.append(error_to_dict(r))
        else:
            articles.append(to_dict(r))
    doc = {"schema": schema, "signature": signature, "articles": articles, "errors": errors}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_json(results: Iterable[Extraction | QuotecheckError], signature: dict[str, Any]) -> str:
    return document(SCHEMA_ID, signature, results, extraction_to_dict)
