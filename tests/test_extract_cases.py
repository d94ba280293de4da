"""Data-driven extraction cases (tests/cases/extract.json), one per layout or tricky case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck import extract_text

CASES = json.loads((Path(__file__).parent / "cases" / "extract.json").read_text(encoding="utf-8"))["cases"]


def _key(q):
    return (q["lang"], q["kind"], q["text"])


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case, request):
    if case["expect"] == "fail":
        request.node.add_marker(pytest.mark.xfail(strict=True, reason="known failure"))
    ex = extract_text(case["text"], case["format"])
    got = {(q.lang, q.kind, q.text): q for q in ex.quotes}
    want = {_key(q): q for q in case["quotes"]}
    assert sorted(got) == sorted(want)
    for key, w in want.items():
        q = got[key]
        assert ex.article.text[q.start : q.end] == q.text
        if "parts" in w:
            assert q.part_texts(ex.article.text) == w["parts"]
        if "flags" in w:
            assert set(w["flags"]) <= set(q.flags), q.flags
        if "marks" in w:
            assert q.marks == w["marks"]
        for attr in ("handle", "author", "date", "url"):
            if attr in w:
                assert getattr(q.tweet, attr) == w[attr], attr
        if "cue" in w:
            assert q.cue is not None and q.cue.text == w["cue"]
        if "speaker" in w:
            assert q.cue is not None and q.cue.speaker == w["speaker"]
