"""Helpers of scripts/eval_human.py on tiny hand-written inputs (no shared data needed)."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import numpy as np
import pytest

from quotecheck.types import Finding, Span

_PATH = Path(__file__).resolve().parent.parent / "scripts" / "eval_human.py"
_spec = importlib.util.spec_from_file_location("eval_human", _PATH)
assert _spec and _spec.loader
eh = importlib.util.module_from_spec(_spec)
sys.modules["eval_human"] = eh
_spec.loader.exec_module(eh)


def brute_auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p, n in itertools.product(pos, neg))
    return wins / (len(pos) * len(neg))


def test_average_ranks_share_ties():
    assert eh.average_ranks([10, 20, 20, 5]).tolist() == [2.0, 3.5, 3.5, 1.0]
    assert eh.average_ranks([]).tolist() == []


def test_roc_auc_extremes_and_ties():
    assert eh.roc_auc([3, 4, 1, 2], [True, True, False, False]) == 1.0
    assert eh.roc_auc([1, 2, 3, 4], [True, True, False, False]) == 0.0
    assert eh.roc_auc([7, 7, 7], [True, False, False]) == 0.5
    # one positive tied with one of two negatives, above the other: (0.5 + 1) / 2
    assert eh.roc_auc([5, 5, 1], [True, False, False]) == 0.75
    assert eh.roc_auc([1, 2], [True, True]) is None


def test_roc_auc_matches_pairwise_count():
    rng = np.random.default_rng(1)
    scores = rng.integers(0, 6, 60).tolist()  # many ties
    labels = (rng.random(60) < 0.4).tolist()
    assert eh.roc_auc(scores, labels) == pytest.approx(brute_auc(scores, labels))


def test_bootstrap_interval_brackets_the_estimate_and_is_reproducible():
    scores = [0.9, 0.8, 0.7, 0.4, 0.6, 0.3, 0.2, 0.5]
    labels = [True, True, True, True, False, False, False, False]
    ci = eh.bootstrap_auc(scores, labels, n=200)
    assert ci == eh.bootstrap_auc(scores, labels, n=200)
    assert ci[0] <= eh.roc_auc(scores, labels) <= ci[1]
    assert eh.bootstrap_auc([1, 2], [True, False]) is None


def test_overlap_needs_one_shared_character():
    assert eh.overlaps((0, 3), (2, 5))
    assert not eh.overlaps((0, 3), (3, 5))  # touching is not overlapping
    assert not eh.overlaps((4, 4), (0, 10))  # an empty span overlaps nothing


def test_chance_overlap():
    covered = np.array([False, False, True, False])
    # a 1-char span hits 1 of 4 positions; a 2-char span 2 of 3 start positions
    assert eh.chance_overlap(1, 4, covered) == pytest.approx(0.25)
    assert eh.chance_overlap(2, 4, covered) == pytest.approx(2 / 3)


def test_subsample_is_fixed_and_in_order():
    assert eh.subsample(5, None) == [0, 1, 2, 3, 4]
    a = eh.subsample(100, 10)
    assert a == eh.subsample(100, 10) and a == sorted(a) and len(set(a)) == 10


def test_read_paracrawl_both_releases(tmp_path):
    f = tmp_path / "p.tsv"
    f.write_text(
        "u1\tu2\tHello world\tBonjour le monde\t1.0\t-0.5\t0.5\tV\t\n"  # v3: 9 columns
        "u1\tu2\tThe red car\tLa voiture bleue\t0.5\tE\tcolour\t12\n"  # v7: 8 columns
        "just one column\n",
        encoding="utf-8",
    )
    rows, bad = eh.read_paracrawl(f)
    assert bad == 1
    assert [(r.release, r.line, r.en, r.fr, r.label) for r in rows] == [
        ("v3", 1, "Hello world", "Bonjour le monde", "V"),
        ("v7", 2, "The red car", "La voiture bleue", "E"),
    ]
    assert [r.bicleaner for r in rows] == [0.5, 0.5]  # v3 column 7, v7 column 5


def test_read_mqm_attaches_spans_to_their_own_segment(tmp_path):
    f = tmp_path / "m.jsonl"
    f.write_text(
        '{"doc_id": "d", "seg_id": 0, "source_en": "Two cats", "mt_fr": "Trois chats", "errors": ['
        '{"category": "Number", "severity": "major", "spans": [{"seg_id": 0, "start": 0, "length": 5, "text": "Trois"},'
        ' {"seg_id": 1, "start": 3, "length": 4, "text": "chat"}]}]}\n'
        '{"doc_id": "d", "seg_id": 1, "source_en": "A dog", "mt_fr": "Un chat", "errors": []}\n',
        encoding="utf-8",
    )
    segs = {s.key: s for s in eh.read_mqm(f)}
    assert segs["d:0"].spans == [("Number", "major", 0, 5)]
    assert segs["d:1"].spans == [("Number", "major", 3, 7)]


def test_read_diabla_keeps_judged_en2fr_with_literal_quotes(tmp_path):
    f = tmp_path / "d.tsv"
    head = "dialogue\tutt_id\tmodel\tdirection\tsource_original\tsource_normalised\tmt\treference\tjudgment\tproblems\tverbatim\n"
    f.write_text(
        head
        + 'x\t0\tbaseline\ten2fr\t"Hi" she said\t\t« Salut » dit-elle\tElle dit « salut »\tmedium\tmeaning,style\t"Hi" ok\n'
        + "x\t1\tbaseline\tfr2en\tBonjour\t\tHello\tHello\tperfect\t\t\n"
        + "x\t2\tbaseline\ten2fr\tYes\t\tOui\tOui\t\t\t\n"
        + "x\t3\tbaseline\ten2fr\tNo\t\tNon\tNon\tperfect\t\t\n",
        encoding="utf-8",
    )
    rows = eh.read_diabla(f)
    assert [r.key for r in rows] == ["x:0", "x:3"]
    assert rows[0].en == '"Hi" she said' and rows[0].problems == ("meaning", "style")
    assert [eh.diabla_label(r) for r in rows] == [False, True]
    assert eh.diabla_label(eh.DiablaRow("k", "a", "b", "c", "poor", ("grammar",))) is None
    assert eh.diabla_label(eh.DiablaRow("k", "a", "b", "c", "perfect", ("meaning",))) is None


def _judged(findings):
    return eh.Judged(score=50.0, findings=findings, cosine=0.5)


def test_mqm_recall_and_precision_rules():
    seg = eh.MqmSegment("d:0", "Two red cats", "Trois chats rouges",
                        spans=[("Number", "major", 0, 5), ("Other POS Omitted", "major", 11, 12)])
    clean = eh.MqmSegment("d:1", "A dog", "Un chien")
    judged = {
        "d:0": _judged([Finding("number.changed", "critical", "", Span(0, 3), Span(0, 5)),
                        Finding("omission.content", "major", "", Span(4, 7), None)]),
        "d:1": _judged([Finding("number.added", "major", "", None, Span(0, 2))]),
    }
    recall = {r["row"]: r for r in eh.mqm_recall([seg, clean], judged)}
    assert recall["Number"]["gold_spans"] == 1 and recall["Number"]["recall"] == 1.0
    assert recall["Other POS Omitted (content words)"]["recall"] == 1.0  # segment-level rule
    assert recall["Addition"]["recall"] is None
    precision = {r["family"]: r for r in eh.mqm_precision([seg, clean], judged)}
    assert precision["number"]["findings"] == 2 and precision["number"]["right"] == 1
    assert precision["omission"]["right"] == 1  # no French span, segment has an omission error
    assert precision["omission"]["chance_without_span"] == 0.5  # one segment of two qualifies
    assert precision["number"]["chance_without_span"] is None  # every number finding had a span
