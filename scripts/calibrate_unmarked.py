#!/usr/bin/env python3
"""Calibrate ``unmarked_threshold``: when is a French paragraph under a tweet its rendering?

    python scripts/calibrate_unmarked.py [--data ../shared/data]

Data (read from ../shared/data, never copied): English-original documents of
WMT newstest 2012–2014 and newsdiscussdev2015 (``origlang == en``). From each
document, "tweets" of 1–3 consecutive English sentences are made:

* positive: the French translation of the same sentences (a faithful rendering);
* negative: the French of the sentences that *follow* in the same document — the
  prose that continues the story under a tweet, same topic, not a rendering.

The script prints the cosine distributions of both, and the threshold that
maximises F1 and the one with at most 1 % false positives; the default of
``Settings.unmarked_threshold`` is the larger of the two, rounded down to 0.01.
Documents are split in two halves by a hash of their id: thresholds are chosen
on the first half and the figures are reported on the second.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_docs(data: Path) -> dict[str, list[tuple[str, str]]]:
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in ("newstest2012", "newstest2013", "newstest2014", "newsdiscussdev2015"):
        path = data / "wmt_newstest_enfr" / f"{name}.en-fr.tsv"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            for row in reader:
                if row.get("origlang") == "en":
                    docs[f"{name}/{row['docid']}"].append((row["en"], row["fr"]))
    return docs


def make_items(docs, rng):
    pos, neg = [], []
    for doc_id, segs in sorted(docs.items()):
        i = 0
        while i + 1 < len(segs):
            n = rng.choice((1, 2, 3))
            if i + n >= len(segs):
                break
            en = " ".join(s[0] for s in segs[i : i + n])
            fr_true = " ".join(s[1] for s in segs[i : i + n])
            m = rng.choice((1, 2))
            fr_next = " ".join(s[1] for s in segs[i + n : i + n + m])
            half = int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2
            pos.append((half, en, fr_true))
            neg.append((half, en, fr_next))
            i += n + m
    return pos, neg


def best_thresholds(p: np.ndarray, n: np.ndarray) -> tuple[float, float]:
    grid = np.round(np.arange(0.30, 0.95, 0.01), 2)
    f1s = []
    for t in grid:
        tp, fp, fn = (p >= t).sum(), (n >= t).sum(), (p < t).sum()
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    t_f1 = float(grid[int(np.argmax(f1s))])
    t_fp = next(float(t) for t in grid if (n >= t).mean() <= 0.01)
    return t_f1, t_fp


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    docs = load_docs(args.data)
    if not docs:
        print(f"no newstest data under {args.data}; nothing to calibrate", file=sys.stderr)
        return 0
    from quotecheck import registry
    from quotecheck.encoder import without_furniture

    enc = registry.get("encoder", "use.v1")
    pos, neg = make_items(docs, random.Random(args.seed))

    def cos(items):
        a = enc.encode([without_furniture(x[1]) for x in items])  # as the extractor does
        b = enc.encode([without_furniture(x[2]) for x in items])
        return np.einsum("ij,ij->i", a, b), np.array([x[0] for x in items])

    pc, ph = cos(pos)
    nc, nh = cos(neg)
    print(f"documents: {len(docs)}  positives: {len(pc)}  negatives: {len(nc)}")
    for name, v in (("rendering", pc), ("next prose", nc)):
        q = np.percentile(v, [1, 5, 25, 50, 75, 95, 99])
        print(f"  {name:<11} cosine percentiles 1/5/25/50/75/95/99: " + " ".join(f"{x:.3f}" for x in q))
    t_f1, t_fp = best_thresholds(pc[ph == 0], nc[nh == 0])
    chosen = max(t_f1, t_fp)
    print(f"chosen on half A: best-F1 threshold {t_f1:.2f}, <=1% false-positive threshold {t_fp:.2f} -> {chosen:.2f}")
    p, n = pc[ph == 1], nc[nh == 1]
    for t in sorted({t_f1, t_fp, chosen}):
        tp, fp, fn = int((p >= t).sum()), int((n >= t).sum()), int((p < t).sum())
        prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print(f"  held-out half B @ {t:.2f}: precision {prec:.4f} recall {rec:.4f} "
              f"false-positive rate {fp / max(1, len(n)):.4f}")
    print(f"recommended unmarked_threshold = {chosen:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
