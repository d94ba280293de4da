#!/usr/bin/env python3
"""Alignment error rate (AER) on the project's hand-aligned gold (corpora/align/gold.jsonl).

    python scripts/eval_align.py

AER = 1 - (|A∩S| + |A∩P|) / (|A| + |S|), with S the sure and P the sure+possible
gold links (Och & Ney). Compared in the same run: SimAlign-style argmax (mutual
best) on the plain USE token matrix, and quotecheck's aligner (use-itermax.v1:
identity, numbers and cognates, distortion prior, iterated argmax, units).
Parameters were set before looking at the gold; the figures are also given on
each half of the gold so their spread shows.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck import registry  # noqa: E402
from quotecheck.align import Aligner, argmax_baseline, similarity  # noqa: E402
from quotecheck.align.tokens import tokenize  # noqa: E402


def aer(pred, sure, possible):
    a = set(map(tuple, pred))
    s = set(map(tuple, sure))
    p = s | set(map(tuple, possible))
    return a, s, p


def main() -> int:
    path = ROOT / "corpora" / "align" / "gold.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    enc = registry.get("encoder", "use.v1")
    aligner = Aligner(enc)
    totals = {name: [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]] for name in ("argmax", "quotecheck")}
    bad = 0
    for n, r in enumerate(rows):
        en, fr = tokenize(r["en"]), tokenize(r["fr"])
        if [t.text for t in en] != r["en_tokens"] or [t.text for t in fr] != r["fr_tokens"]:
            bad += 1
            continue
        preds = {"argmax": argmax_baseline(similarity(en, fr, enc)), "quotecheck": aligner.links(en, fr)[0]}
        for name, pred in preds.items():
            a, s, p = aer(pred, r["sure"], r["possible"])
            for slot in (0, 1 + (n >= len(rows) // 2)):
                t = totals[name][slot]
                t[0] += len(a & s)
                t[1] += len(a & p)
                t[2] += len(a)
                t[3] += len(s)
    print(f"gold {path.relative_to(ROOT)} sha256:{digest}  pairs: {len(rows)} (token mismatch, skipped: {bad})")
    print(f"{'aligner':<12}{'AER':>8}{'P':>8}{'R(sure)':>9}   AER first half / second half")
    for name, (allt, h1, h2) in totals.items():
        def rate(t):
            return 1 - (t[0] + t[1]) / max(1, t[2] + t[3])
        prec = allt[1] / max(1, allt[2])
        rec = allt[0] / max(1, allt[3])
        print(f"{name:<12}{rate(allt):>8.4f}{prec:>8.4f}{rec:>9.4f}   {rate(h1):.4f} / {rate(h2):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
