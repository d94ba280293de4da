#!/usr/bin/env python3
"""Calibrate the fidelity score (``quotecheck/models/score.v1.json``) and draw its curves.

    python scripts/eval_inject.py --split dev --dump /tmp/dev.jsonl --dump-only
    python scripts/calibrate_score.py --pairs /tmp/dev.jsonl [--write] [--plots docs/img]

Data: the *dev* split of the error-injection suite only — WMT newstest 2012 and
2013 English-original pairs (faithful, label 1) and the same pairs with one
injected error each (label 0). The test split (newstest2014, newsdiscussdev2015,
NTREX, FLORES, MTNT, Tatoeba) and the human-labelled sets are never seen here.

Method: the checks run with the current model (the features do not depend on
it). Features: ``bias, cosine, critical, major, minor, demoted, coverage_en,
coverage_fr`` (counts capped at 3). Default ``--method pooled``: one logistic
regression on all pairs, classes weighted equally, so that the score reads as
the chance, in percent, that a rendering is faithful when faithful and broken
renderings are equally likely a priori. ``--method ranking`` takes the weights
from a logistic loss on the feature *differences* between each faithful pair
and its broken copy (no intercept), then fits a scale and a bias (Platt
scaling); on the dev split it ranks pairs slightly better (0.921 vs 0.912) but
separates faithful from broken renderings across pairs much worse (ROC-AUC on
critical errors 0.824 vs 0.904), so pooled is the default. Thresholds of the verdict: *faithful*
from the score that 90 % of the faithful dev pairs reach; *unfaithful* under the
score that 95 % of them reach (at most 5 % of faithful renderings called
unfaithful; a threshold set from the broken pairs instead depends on how many
of each kind the suite holds).

Prints the weights, the thresholds, the dev ROC-AUC and the reliability table;
``--write`` stores the model; ``--plots DIR`` writes reliability.png, roc.png and
scores.png (needs matplotlib: ``pip install matplotlib``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.score import Checker, PairInput  # noqa: E402
from quotecheck.score.verdict import MODEL_PATH, features  # noqa: E402

FEATURES = ("bias", "cosine", "critical", "major", "minor", "demoted", "coverage_en", "coverage_fr")
COUNTS = ("critical", "major", "minor", "demoted")
CAP = 3.0
L2 = 1e-2


def load(path: Path) -> tuple[list[dict], str]:
    raw = path.read_bytes()
    recs = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    return recs, hashlib.sha256(raw).hexdigest()[:16]


def ranking_pairs(recs: list[dict]) -> list[tuple[int, int]]:
    """(index of the faithful pair, index of its perturbed copy) for every perturbed record."""
    where = {r["id"]: i for i, r in enumerate(recs)}
    return [(where[r["faithful_id"]], i) for i, r in enumerate(recs) if r["perturbed"] and r.get("faithful_id") in where]


def fit_ranking(x: np.ndarray, y: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    """Weights that rank each faithful pair above its broken copy (logistic loss on feature
    differences, no intercept), then Platt scaling (a scale and a bias) for calibrated scores."""
    d = np.asarray([x[i, 1:] - x[j, 1:] for i, j in pairs])
    dd = np.vstack([d, -d])
    yy = np.concatenate([np.ones(len(d)), np.zeros(len(d))])
    w = fit(dd, yy, intercept=False)
    z = x[:, 1:] @ w
    a, b = fit(np.column_stack([np.ones(len(z)), z]), y)
    return np.concatenate([[a], b * w])


def paired_accuracy(scores: np.ndarray, pairs: list[tuple[int, int]]) -> float:
    return float(np.mean([scores[i] > scores[j] for i, j in pairs]))


def matrix(recs: list[dict]) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
    checker = Checker()
    rows, labels, cats = [], [], []
    for i in range(0, len(recs), 256):
        chunk = recs[i : i + 256]
        for rec, res in zip(chunk, checker.check([PairInput(r["id"], r["en"], r["fr"]) for r in chunk]), strict=True):
            f = features(res.cosine, list(res.findings), res.alignment)
            rows.append([min(CAP, f[k]) if k in COUNTS else f[k] for k in FEATURES])
            labels.append(0.0 if rec["perturbed"] else 1.0)
            cats.append(rec.get("severity") if rec["perturbed"] else None)
    return np.asarray(rows), np.asarray(labels), cats


def fit(x: np.ndarray, y: np.ndarray, intercept: bool = True, weights: np.ndarray | None = None) -> np.ndarray:
    """Weighted logistic regression by Newton's method (classes weighted equally, or by ``weights``);
    the first column is an unpenalised intercept when ``intercept``."""
    w_cls = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean())) if weights is None else weights
    beta = np.zeros(x.shape[1])
    penalty = L2 * np.eye(x.shape[1])
    if intercept:
        penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w_cls * (p - y)) + penalty @ beta
        hess = (x * (w_cls * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


# the direction each feature may push the score, from what it measures (0: free): more similarity and
# more coverage never make a rendering less faithful, more findings never make it more faithful
SIGNS = (0, +1, -1, -1, -1, -1, +1, +1)  # bias, cosine, critical, major, minor, demoted, coverage_en, coverage_fr


def category_weights(y: np.ndarray, categories: list[str | None]) -> np.ndarray:
    """Faithful pairs carry half the weight, broken ones the other half shared equally between the
    error categories, so that rare categories (clause drop, qualifier drop) count as much as the
    frequent ones (negation, addition) — the targets are per category."""
    out = np.zeros(len(y))
    ok = y == 1
    out[ok] = 0.5 / ok.sum()
    kinds = sorted({c for c in categories if c is not None})
    for k in kinds:
        idx = np.array([c == k for c in categories])
        out[idx] = 0.5 / len(kinds) / idx.sum()
    return out * len(y)


def fit_signed(x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """:func:`fit`, then any weight against its sign in :data:`SIGNS` is fixed at 0 and the others
    refitted (correlated features, cosine and coverage, can otherwise trade signs)."""
    keep = list(range(x.shape[1]))
    while True:
        beta = np.zeros(x.shape[1])
        beta[keep] = fit(x[:, keep], y, weights=weights)
        wrong = [k for k in keep if SIGNS[k] and np.sign(beta[k]) == -SIGNS[k]]
        if not wrong:
            return beta
        keep.remove(max(wrong, key=lambda k: abs(beta[k])))


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """P(score of a positive > score of a negative), ties counted half."""
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv))
    sorted_v = allv[order]
    i = 0
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and sorted_v[j + 1] == sorted_v[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    r_pos = ranks[: len(pos)].sum()
    return float((r_pos - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def thresholds(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """*faithful* from the score 90 % of the faithful dev pairs reach; *unfaithful* under the score
    95 % of them reach, so at most 5 % of faithful renderings are called unfaithful."""
    faithful = float(np.floor(np.percentile(scores[y == 1], 10)))
    unfaithful = float(np.floor(np.percentile(scores[y == 1], 5)))
    return faithful, min(unfaithful, faithful)


def reliability(scores: np.ndarray, y: np.ndarray, bins: int = 10) -> list[tuple[float, float, int]]:
    out = []
    for b in range(bins):
        lo, hi = 100 * b / bins, 100 * (b + 1) / bins
        m = (scores >= lo) & ((scores < hi) if b < bins - 1 else (scores <= hi))
        if m.any():
            # observed share of faithful pairs, re-weighted to the equal-prior the model assumes
            wpos = (y[m] == 1).sum() * 0.5 / y.mean()
            wneg = (y[m] == 0).sum() * 0.5 / (1 - y.mean())
            out.append((float(scores[m].mean()), float(100 * wpos / (wpos + wneg)), int(m.sum())))
    return out


def plots(outdir: Path, scores: np.ndarray, y: np.ndarray, cats: list[str | None], cosine: np.ndarray,
          rel: list[tuple[float, float, int]], faithful: float, unfaithful: float) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    outdir.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 100], [0, 100], color="grey", lw=0.8, ls="--", label="perfect calibration")
    ax.plot([r[0] for r in rel], [r[1] for r in rel], marker="o", label="score.v1 (dev)")
    ax.set_xlabel("score (predicted % faithful)")
    ax.set_ylabel("observed % faithful (equal prior)")
    ax.set_title("Reliability, dev split")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(outdir / "reliability.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    for name, values in (("score.v1", scores), ("USE cosine", cosine)):
        for sev in ("critical", "major"):
            neg = values[np.array([c == sev for c in cats])]
            pos = values[y == 1]
            ts = np.unique(np.concatenate([pos, neg]))[::-1]
            tpr = [(pos >= t).mean() for t in ts]
            fpr = [(neg >= t).mean() for t in ts]
            ax.plot([0, *fpr, 1], [0, *tpr, 1], label=f"{name}, {sev} (AUC {auc(pos, neg):.3f})",
                    ls="-" if name == "score.v1" else ":")
    ax.set_xlabel("broken renderings passed (FPR)")
    ax.set_ylabel("faithful renderings passed (TPR)")
    ax.set_title("ROC, faithful vs injected errors (dev)")
    ax.legend(loc="lower right", fontsize=7)
    fig.tight_layout()
    fig.savefig(outdir / "roc.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3.5))
    bins = np.linspace(0, 100, 41)
    ax.hist(scores[y == 1], bins=bins, alpha=0.6, label="faithful", density=True)
    ax.hist(scores[y == 0], bins=bins, alpha=0.6, label="one injected error", density=True)
    for t, name in ((faithful, "faithful ≥"), (unfaithful, "unfaithful <")):
        ax.axvline(t, color="black", lw=0.8)
        ax.text(t, ax.get_ylim()[1] * 0.9, f" {name} {t:g}", fontsize=7)
    ax.set_xlabel("score")
    ax.set_title("Scores on the dev split")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(outdir / "scores.png", dpi=110)
    plt.close(fig)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, required=True, help="the dev dump of scripts/eval_inject.py")
    ap.add_argument("--method", choices=("ranking", "pooled"), default="pooled",
                    help="ranking: weights from faithful-vs-own-broken-copy differences, then Platt scaling "
                         "(default); pooled: one logistic regression on all pairs")
    ap.add_argument("--balance", choices=("category", "class"), default="category",
                    help="pooled fit: weight the broken pairs equally per error category (default) or as one class")
    ap.add_argument("--cache", type=Path, default=None,
                    help="keep the feature matrix in this .npz (reused while the dump and the checks are unchanged; "
                         "delete it after changing a check)")
    ap.add_argument("--write", action="store_true", help=f"store the model in {MODEL_PATH.relative_to(ROOT)}")
    ap.add_argument("--plots", type=Path, default=None, help="write the curves (PNG) to this folder")
    args = ap.parse_args()
    recs, digest = load(args.pairs)
    if any(not r["id"].startswith(("newstest2012", "newstest2013")) for r in recs):
        print("refusing: calibration uses the dev split (newstest2012/2013) only", file=sys.stderr)
        return 2
    cache = args.cache
    if cache is not None and cache.exists() and str(np.load(cache)["digest"]) == digest:
        z = np.load(cache, allow_pickle=True)
        x, y, cats = z["x"], z["y"], list(z["cats"])
    else:
        x, y, cats = matrix(recs)
        if cache is not None:
            np.savez(cache, x=x, y=y, cats=np.asarray(cats, dtype=object), digest=digest)
    pairs = ranking_pairs(recs)
    categories = [r["category"] if r["perturbed"] else None for r in recs]
    weights = category_weights(y, categories) if args.balance == "category" else None
    beta = fit_ranking(x, y, pairs) if args.method == "ranking" else fit_signed(x, y, weights)
    scores = np.round(100 / (1 + np.exp(-np.clip(x @ beta, -30, 30))), 1)
    faithful, unfaithful = thresholds(scores, y)
    rel = reliability(scores, y)
    print(f"dev pairs {len(y)} (faithful {int(y.sum())}, broken {int((1 - y).sum())}), dump sha256:{digest}")
    print("weights: " + ", ".join(f"{k} {b:+.3f}" for k, b in zip(FEATURES, beta, strict=True)))
    print(f"thresholds: faithful >= {faithful:g}, unfaithful < {unfaithful:g}")
    for sev in ("critical", "major"):
        neg = scores[np.array([c == sev for c in cats])]
        cneg = x[:, 1][np.array([c == sev for c in cats])]
        print(f"dev ROC-AUC faithful vs {sev}: score {auc(scores[y == 1], neg):.3f}, "
              f"USE cosine {auc(x[:, 1][y == 1], cneg):.3f}")
    print(f"dev paired ranking accuracy (faithful > its broken copy): {paired_accuracy(scores, pairs):.3f}, "
          f"USE cosine {paired_accuracy(x[:, 1], pairs):.3f}")
    for k in sorted({c for c in categories if c is not None}):
        sub = [(i, j) for i, j in pairs if categories[j] == k]
        print(f"  {k}: paired ranking {paired_accuracy(scores, sub):.3f} (cosine {paired_accuracy(x[:, 1], sub):.3f}, "
              f"n {len(sub)})")
    print("reliability (mean score, observed % faithful, n): "
          + "; ".join(f"{a:.0f}→{b:.0f} ({n})" for a, b, n in rel))
    if args.write:
        model = {
            "name": "score.v1",
            "provisional": False,
            "features": list(FEATURES),
            "weights": [round(float(b), 4) for b in beta],
            "caps": {k: CAP for k in COUNTS},
            "thresholds": {"faithful": faithful, "unfaithful": unfaithful},
            "method": args.method if args.method == "ranking" else f"pooled, balanced by {args.balance}",
            "calibrated_on": {"data": "newstest2012+2013 en-orig, faithful and one injected error each "
                                      "(scripts/eval_inject.py --split dev)",
                              "pairs": len(y), "sha256": digest},
        }
        MODEL_PATH.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    if args.plots:
        plots(args.plots, scores, y, cats, x[:, 1], rel, faithful, unfaithful)
        print(f"wrote {args.plots}/reliability.png, roc.png, scores.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
