"""Properties that must hold for any input, checked with hypothesis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from quotecheck import extract_text
from quotecheck.extract.marks import scan
from quotecheck.ingest import read_string
from quotecheck.ingest.builder import normalise_char_map

FRAGMENTS = [
    "« ", " »", "«", "»", "“", "”", '"', "‹", "›", "„", "+", "(", ")", ":", ", a-t-il écrit, ",
    "\n", "\n\n", "\u00a0", "\u202f", "\u2019", "\u200b", "e\u0301", "\r\n",
    "Nous rouvrirons le pont lundi. ", "We will reopen the bridge on Monday. ", "I like Mike ! ",
    "— Ville de Portneuf (@PortneufVille) March 4, 2021", " – Ann (@ann) 13 novembre 2018",
    "https://t.co/AbC123 ", "https://twitter.com/x/status/123\n", "#hashtag ", "@someone ",
    "Traduction : ", "que l'on pourrait traduire par ", "Le maire a écrit :", "🏆 ", "U bum",
]
texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), min_size=1, max_size=30).map("".join)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(texts)
def test_normalisation_offsets_are_monotonic_and_in_range(s):
    text, offs = normalise_char_map(s)
    assert len(text) == len(offs)
    assert all(0 <= o < len(s) for o in offs)
    assert all(a < b for a, b in zip(offs, offs[1:]))


@fast
@given(texts)
def test_marked_spans_lie_inside_the_text(s):
    text = read_string(s).text
    for m in scan(text):
        assert 0 <= m.open < len(text)
        for p in m.parts:
            assert 0 <= p.start <= p.end <= len(text)


@fast
@given(texts, st.sampled_from(["text", "markdown", "html"]))
def test_every_quote_text_is_its_span(s, fmt):
    ex = extract_text(s, fmt)
    text = ex.article.text
    ids = [q.id for q in ex.quotes]
    assert len(ids) == len(set(ids))
    for q in ex.quotes:
        assert text[q.start : q.end] == q.text
        assert q.parts and q.parts[0].start == q.start and q.parts[-1].end == q.end
        assert all(q.start <= p.start <= p.end <= q.end for p in q.parts)
        assert q.lang in ("en", "fr", "und") and q.kind in ("tweet", "quoted", "gloss", "unmarked")
        assert 0.0 <= q.lang_score <= 1.0
        loc = ex.article.location(q.start)
        assert loc.line >= 1 and loc.column >= 1


@fast
@given(texts)
def test_extraction_is_deterministic(s):
    from quotecheck import to_json

    assert to_json(extract_text(s)) == to_json(extract_text(s))
