#!/usr/bin/env python3
"""Pairing on articles built from real news (never used in training), against a baseline.

    python scripts/eval_pair_realdata.py [--data ../shared/data] [--seeds 0 1 2]

Articles: ``scripts/pairdata.py`` on the English-original documents of
newsdiscussdev2015 and newstest2014 (the model was trained on newstest2012 and
its threshold chosen on newstest2013). Tweets of 2–4 sentences rendered in
full, by one sentence (fragment), split in two quotes, merged with the next
tweet of a thread, or not at all; renderings before or after, alone or as a
block; French distractor quotes from other documents.

Both systems see the quotes quotecheck extracts:

* baseline: USE cosine between whole English and French quotes, Hungarian
  assignment, and the threshold that gives the baseline its best F1 on this
  very data (an oracle: the baseline's best case);
* quotecheck: ``quotecheck.pair.pair`` with its trained model.

Prints link precision / recall / F1, and for fragments (a tweet rendered by one
French sentence of its translation, in one quote) the share whose covered
English span is exactly the gold sentence; a fragment left unpaired counts as
wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_pair import SETTINGS, match  # noqa: E402

from quotecheck import registry  # noqa: E402
from quotecheck.encoder import without_furniture  # noqa: E402
from quotecheck.extract import extract  # noqa: E402
from quotecheck.ingest import read_string  # noqa: E402
from quotecheck.pair import pair  # noqa: E402


def prf(tp, fp, fn):
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = ap.parse_args()
    from pairdata import build_articles

    arts = [a for s in args.seeds for a in build_articles(args.data, ("newsdiscussdev2015", "newstest2014"), seed=s)]
    if not arts:
        print(f"no data under {args.data}; nothing to evaluate", file=sys.stderr)
        return 0
    enc = registry.get("encoder", "use.v1")
    ours = [0, 0, 0]
    frag_ok = frag_n = 0
    base_items = []
    n_gold = 0
    for art in arts:
        ex = extract(read_string(art.text), SETTINGS)
        en, fr, gold = match(ex, art)
        n_gold += len(gold)
        got = set()
        res = pair(ex, SETTINGS)
        for pr in res.pairs:
            for e in pr.en:
                for f in pr.fr:
                    got.add((e, f))
        ours[0] += len(got & gold)
        ours[1] += len(got - gold)
        ours[2] += len(gold - got)
        # fragments: covered span against the gold sentence
        qid = {q.text.strip(): q.id for q in fr}
        for g in art.french_quotes:
            if g["kind"] != "partial" or len(g["covers"]) != 1 or g["text"].strip() not in qid:
                continue
            tweet = next(t for t in art.tweets if t["tweet_index"] == g["renders"])
            if tweet["rendering"] != "fragment":
                continue  # a part of a split rendering: its pair covers the union of the parts
            want = tweet["sentences"][g["covers"][0]].strip()
            frag_n += 1
            for pr in res.pairs:
                if qid[g["text"].strip()] in pr.fr and len(pr.fr) == 1:
                    cov = " ".join(ex.article.text[c.start : c.end] for c in pr.covered).strip()
                    frag_ok += cov == want
        if en and fr:
            v = enc.encode([without_furniture(q.text) for q in en] + [without_furniture(q.text) for q in fr])
            sim = v[: len(en)] @ v[len(en) :].T
            base_items.append((sim, [q.id for q in en], [q.id for q in fr], gold))
        else:
            base_items.append((None, [], [], gold))
    best = None
    for t in np.round(np.arange(-0.20, 0.92, 0.02), 2):
        tp = fp = fn = 0
        for sim, ens, frs, gold in base_items:
            got = set()
            if sim is not None:
                rows, cols = linear_sum_assignment(-sim)
                got = {(ens[r], frs[c]) for r, c in zip(rows, cols) if sim[r, c] >= t}
            tp += len(got & gold)
            fp += len(got - gold)
            fn += len(gold - got)
        f1 = prf(tp, fp, fn)
        if best is None or f1[2] > best[1][2]:
            best = (float(t), f1)
    print(f"articles: {len(arts)} (seeds {args.seeds}), gold links: {n_gold}")
    bp, br, bf = best[1]
    print(f"baseline  USE cosine + Hungarian @ best threshold {best[0]:.2f}: P {bp:.4f} R {br:.4f} F1 {bf:.4f}")
    p, r, f = prf(*ours)
    print(f"quotecheck pair.v1:                                P {p:.4f} R {r:.4f} F1 {f:.4f}")
    if frag_n:
        print(f"fragments: covered English span exactly the gold sentence in {frag_ok}/{frag_n} = {frag_ok / frag_n:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
