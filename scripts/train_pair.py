#!/usr/bin/env python3
"""Train the pairing model (quotecheck/models/pair.v1.json) on articles built from real news.

    python scripts/train_pair.py [--data ../shared/data] [--out quotecheck/models/pair.v1.json]

Articles: ``scripts/pairdata.py`` builds them from English-original documents
of WMT newstest2012 (training) and newstest2013 (validation: threshold
choice). newsdiscussdev2015 and newstest2014 are never seen here: they are the
evaluation sets of ``scripts/eval_pair.py``.

Each document gives ``--variants`` articles (different seeds: different
tweets, renderings and placements). Every (English quote, French quote) candidate of an article, as found by
quotecheck's own extractor, becomes one example; its label says whether the
gold says the French quote renders that tweet. The model is an L2-regularised
logistic regression over ``quotecheck.pair.FEATURES``. The threshold is the one
that maximises pair F1 of the whole decision procedure on validation.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from quotecheck import Settings, Span, registry  # noqa: E402
from quotecheck.extract import extract  # noqa: E402
from quotecheck.extract.marks import paragraphs  # noqa: E402
from quotecheck.ingest import read_string  # noqa: E402
from quotecheck.pair import FEATURES, PairModel, _features, pair  # noqa: E402

SETTINGS = Settings(unmarked=False)


def match(extraction, art):
    """Map gold tweets / French quotes to extracted quotes (by text containment)."""
    en = [q for q in extraction.quotes if q.lang == "en" and q.text]
    fr = [q for q in extraction.quotes if q.lang == "fr" and q.kind != "tweet"]
    tweet_of: dict[int, str] = {}
    for t in art.tweets:
        for q in en:
            if q.text.strip() == t["text"].strip() or (t["text"] in q.text and len(t["text"]) > 0.8 * len(q.text)):
                tweet_of[t["tweet_index"]] = q.id
    gold: set[tuple[str, str]] = set()
    for g in art.french_quotes:
        if g["renders"] is None:
            continue
        for q in fr:
            if g["text"].strip() == q.text.strip() and g["renders"] in tweet_of:
                gold.add((tweet_of[g["renders"]], q.id))
    return en, fr, gold


def choose_length_penalty(arts, encoder):
    """The penalty on |log length ratio| that best recovers the covered sentence of
    fragments (training articles only)."""
    best = None
    for beta in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4):
        ok = n = 0
        for art in arts:
            ex = extract(read_string(art.text), SETTINGS)
            en, fr, gold = match(ex, art)
            qid = {q.text.strip(): i for i, q in enumerate(fr)}
            eid = {q.id: i for i, q in enumerate(en)}
            frags = [g for g in art.french_quotes if g["kind"] == "partial" and len(g["covers"]) == 1
                     and g["text"].strip() in qid]
            if not frags or not en:
                continue
            text = ex.article.text
            cand = _features(text, paragraphs(text), en, [Span(q.start, q.end) for q in fr], fr, encoder, beta)
            for g in frags:
                f = qid[g["text"].strip()]
                pairs = [e for (e, ff) in gold if ff == fr[f].id]
                if not pairs:
                    continue
                e = eid[pairs[0]]
                tweet = next(t for t in art.tweets if t["tweet_index"] == g["renders"])
                want = tweet["sentences"][g["covers"][0]].strip()
                c = cand.covered[e][f]
                n += 1
                ok += text[c.start : c.end].strip() == want
        acc = ok / max(1, n)
        print(f"  length penalty {beta:.2f}: fragment covered-span accuracy {acc:.4f} ({n})")
        if best is None or acc > best[1] + 1e-9:
            best = (beta, acc)
    return best[0]


def examples(arts, encoder, beta=0.0):
    xs, ys, items = [], [], []
    for art in arts:
        ex = extract(read_string(art.text), SETTINGS)
        en, fr, gold = match(ex, art)
        items.append((ex, gold))
        if not en or not fr:
            continue
        text = ex.article.text
        cand = _features(text, paragraphs(text), en, [Span(q.start, q.end) for q in fr], fr, encoder, beta)
        for e, qe in enumerate(en):
            for f, qf in enumerate(fr):
                xs.append(cand.x[e, f])
                ys.append(1.0 if (qe.id, qf.id) in gold else 0.0)
    return np.array(xs), np.array(ys), items


def fit(x, y, l2=1.0):
    def loss(w):
        z = x @ w[:-1] + w[-1]
        p = 1 / (1 + np.exp(-z))
        eps = 1e-12
        ll = -(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)).sum()
        grad_z = p - y
        g = np.concatenate([x.T @ grad_z + l2 * w[:-1], [grad_z.sum()]])
        return ll + 0.5 * l2 * (w[:-1] ** 2).sum(), g

    res = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B")
    return res.x[:-1], float(res.x[-1])


def pair_f1(items, model):
    tp = fp = fn = 0
    for ex, gold in items:
        got = set()
        for pr in pair(ex, SETTINGS, model).pairs:
            for e in pr.en:
                for f in pr.fr:
                    got.add((e, f))
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    prec = tp / max(1, tp + fp)
    rec = tp / max(1, tp + fn)
    return 2 * prec * rec / max(1e-9, prec + rec), prec, rec


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "quotecheck" / "models" / "pair.v1.json")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--variants", type=int, default=5, help="articles built per document (different seeds)")
    args = ap.parse_args()
    from pairdata import build_articles

    seeds = range(args.seed, args.seed + args.variants)
    train = [a for k in seeds for a in build_articles(args.data, ("newstest2012",), seed=k)]
    val = [a for k in seeds for a in build_articles(args.data, ("newstest2013",), seed=k)]
    if not train:
        print(f"no data under {args.data}", file=sys.stderr)
        return 1
    encoder = registry.get("encoder", "use.v1")
    beta = choose_length_penalty(train, encoder)
    x, y, _ = examples(train, encoder, beta)
    w, b = fit(x, y)
    print(f"train: {len(train)} articles, {len(y)} candidates, {int(y.sum())} positives")
    print("weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in zip(FEATURES, w)) + f", bias {b:+.2f}")
    _, _, val_items = examples(val, encoder, beta)
    best = None
    for t in np.round(np.arange(0.2, 0.91, 0.05), 2):
        model = PairModel("pair.v1", tuple(w), b, float(t), {"length_penalty": beta})
        f1, p, r = pair_f1(val_items, model)
        print(f"  validation threshold {t:.2f}: F1 {f1:.4f} P {p:.4f} R {r:.4f}")
        if best is None or f1 > best[0] + 1e-9 or (abs(f1 - best[0]) <= 1e-9 and abs(t - 0.5) < abs(best[1] - 0.5)):
            best = (f1, float(t))
    digest = hashlib.sha256(json.dumps([a.text for a in train + val]).encode()).hexdigest()[:16]
    doc = {
        "name": "pair.v1",
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6),
        "threshold": best[1],
        "meta": {
            "trained_on": "scripts/pairdata.py articles from WMT newstest2012 (train), newstest2013 (threshold)",
            "seeds": list(seeds),
            "train_articles": len(train),
            "validation_articles": len(val),
            "articles_sha256_16": digest,
            "validation_f1": round(best[0], 4),
            "length_penalty": beta,
            "command": "python scripts/train_pair.py",
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(f"threshold {best[1]:.2f} (validation F1 {best[0]:.4f}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
