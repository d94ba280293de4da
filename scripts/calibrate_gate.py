#!/usr/bin/env python3
"""Fit the evidence gate (``quotecheck/models/gate.v1.json``) on development data only.

    python scripts/eval_inject.py --split dev-wide --dump /tmp/devwide.jsonl --dump-only
    python scripts/calibrate_gate.py --pairs /tmp/devwide.jsonl [--keep 0.95] [--write]

Data, never the test split nor the human-labelled sets:

the ``dev-wide`` split of the injection suite — newstest 2012–2013 (English
originals and the rows translated from a third language), newsdiscusstest2015 and
MTNT fr→en read in reverse, the development sets of ``eval_false_alarms.py``.
Errors and faithful renderings come from the same sets, so the gate cannot learn
to tell the sets apart instead of the errors:

* *errors*: a serious finding on a perturbed pair, of the injected category's
  family, that the faithful pair did not have, is a positive;
* *faithful renderings*: every serious finding on an untouched pair is a negative
  (in the main a false alarm; some are real liberties of the translator, which
  only makes the gate more cautious).

The checks run with the gate off. For every serious finding and every edit of
:mod:`quotecheck.score.evidence` that applies, the evidence (cosine change of the
counterfactual pair) is measured. Per code, the edit whose evidence best separates
positives from negatives (ROC-AUC) is kept when it applies to at least ``--min-pos``
positives and ``--min-neg`` negatives and the AUC reaches ``--min-auc``; its threshold is
the evidence that a share ``--keep`` of the positives reach. Prints, per code, the
edit, the AUC, the threshold and the shares of positives and negatives the gate
would demote, then the share of faithful dev pairs with a serious finding before and
after; ``--write`` stores the gate.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import inject  # noqa: E402

from quotecheck.config import Settings  # noqa: E402
from quotecheck.encoder import without_furniture  # noqa: E402
from quotecheck.pipeline import check_pairs  # noqa: E402
from quotecheck.score import Checker, PairInput  # noqa: E402
from quotecheck.score.evidence import GATE_PATH, KINDS, SERIOUS, counterfactual  # noqa: E402


# never gated: the sentence encoder barely sees a negation or an opposite (a negation flip moves the
# tweet/rendering cosine from about 0.86 to 0.82, design.md), so a clear flip ("she is patient" ->
# "elle n'est pas patiente") would be demoted with the false alarms
NEVER = ("polarity.",)
DEV_SETS = {"newstest2012", "newstest2013", "newstest2012-third", "newstest2013-third", "newsdiscusstest2015",
            "mtnt-fr-en-reversed"}


def _key(f, en: str, fr: str) -> tuple[str, str]:
    if f.en_span is not None:
        return f.code, en[f.en_span.start : f.en_span.end]
    return f.code, "fr:" + (fr[f.fr_span.start : f.fr_span.end] if f.fr_span else "")


def auc(pos: list[float], neg: list[float]) -> float:
    """ROC-AUC by the rank formula (ties count one half)."""
    if not pos or not neg:
        return float("nan")
    from scipy.stats import rankdata

    r = rankdata(np.concatenate([pos, neg]))
    return float((r[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def examples(recs: list[dict], results: dict) -> list[tuple[int, object, str, str, str]]:
    """``(label, finding, en, fr, record id)`` for every serious finding that is labelled."""
    by_id = {r["id"]: r for r in recs}
    out = []
    for r in recs:
        res = results[r["id"]]
        if not r.get("perturbed"):
            out += [(0, f, r["en"], r["fr"], r["id"]) for f in res.findings if f.severity in SERIOUS]
            continue
        base = by_id[r["faithful_id"]]
        had = Counter(_key(f, base["en"], base["fr"]) for f in results[base["id"]].findings)
        fam = inject.CATEGORIES[r["category"]].family
        for f in res.findings:
            if f.severity in SERIOUS and f.code.startswith(fam) and not had[_key(f, r["en"], r["fr"])]:
                out.append((1, f, r["en"], r["fr"], r["id"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, required=True, help="the dev dump of scripts/eval_inject.py")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--keep", type=float, default=0.95, help="share of dev errors a threshold keeps serious")
    ap.add_argument("--min-pos", type=int, default=30)
    ap.add_argument("--min-neg", type=int, default=10)
    ap.add_argument("--min-auc", type=float, default=0.7)
    ap.add_argument("--jobs", type=int, default=2, help="processes that run the checks")
    ap.add_argument("--cache", type=Path, help="keep the check results here between runs (pickle)")
    ap.add_argument("--save", type=Path, help="write every labelled finding with its evidence as JSONL")
    ap.add_argument("--write", action="store_true", help=f"store the gate in {GATE_PATH.relative_to(ROOT)}")
    args = ap.parse_args(argv)

    raw = args.pairs.read_bytes()
    recs = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    outside = {r.get("dataset") for r in recs} - DEV_SETS
    if outside:
        print(f"calibrate_gate: the dump holds pairs outside the development sets ({', '.join(sorted(outside))}); "
              "make it with --split dev-wide", file=sys.stderr)
        return 2
    digest = hashlib.sha256(raw).hexdigest()[:16]
    print(f"data: {len(recs)} pairs ({sum(not r.get('perturbed') for r in recs)} faithful), dump sha256:{digest}")

    checker = Checker(Settings(evidence=False))
    results = {}
    if args.cache and args.cache.exists():
        results = pickle.loads(args.cache.read_bytes())
    if set(results) != {r["id"] for r in recs}:
        items = [PairInput(r["id"], r["en"], r["fr"]) for r in recs]
        results = {res.id: res for res in check_pairs(items, Settings(evidence=False), jobs=args.jobs)}
        if args.cache:
            args.cache.write_bytes(pickle.dumps(results))
    ex = examples(recs, results)

    texts, slots = [], []
    for _lab, f, en, fr, _rid in ex:
        slot = {"base": len(texts)}
        texts += [without_furniture(en) or en, without_furniture(fr) or fr]
        for kind in KINDS:
            cf = counterfactual(kind, f, en, fr)
            if cf is not None:
                slot[kind] = len(texts)
                texts += [without_furniture(t) or t for t in cf]
        slots.append(slot)
    vec = checker.encoder.encode(texts)

    def cos(i: int) -> float:
        return float(vec[i] @ vec[i + 1])

    ev = [{k: cos(i) - cos(slot["base"]) for k, i in slot.items() if k != "base"} for slot in slots]
    if args.save:
        with args.save.open("w", encoding="utf-8") as fh:
            for (lab, f, en, fr, rid), e in zip(ex, ev, strict=True):
                res = results[rid]
                al = res.alignment
                fh.write(json.dumps({"label": lab, "code": f.code, "id": rid, "evidence": e, "cosine": res.cosine,
                                     "coverage": [al.coverage_en, al.coverage_fr] if al else None,
                                     "serious": sum(g.severity in SERIOUS for g in res.findings),
                                     "span": [len(f.en_span) if f.en_span else 0, len(f.fr_span) if f.fr_span else 0],
                                     "length": [len(en), len(fr)]}) + "\n")
    by_code: dict[str, list[int]] = defaultdict(list)
    for n, (_lab, f, *_rest) in enumerate(ex):
        by_code[f.code].append(n)

    def best(idx: list[int], exclude: str | None = None) -> tuple[str, float, list[float], list[float]] | None:
        """The edit whose evidence best separates positives from negatives among the findings ``idx``."""
        scores = {}
        for kind in KINDS:
            pos = [ev[n][kind] for n in idx if ex[n][0] == 1 and kind in ev[n]]
            neg = [ev[n][kind] for n in idx if ex[n][0] == 0 and kind in ev[n]]
            if kind != exclude and pos and neg:  # the edit applies to some findings (not to links, say)
                scores[kind] = (auc(pos, neg), pos, neg)
        if not scores:
            return None
        kind, (a, pos, neg) = max(scores.items(), key=lambda kv: kv[1][0])
        return kind, a, pos, neg

    def fitted(kind: str, a: float, pos: list[float], neg: list[float]) -> dict | None:
        if len(pos) < args.min_pos or len(neg) < args.min_neg or a < args.min_auc:
            return None
        t = float(np.quantile(pos, 1 - args.keep))
        return {"kind": kind, "threshold": round(t, 4), "auc": round(a, 3), "positives": len(pos),
                "negatives": len(neg), "pos_demoted": round(float(np.mean(np.array(pos) < t)), 3),
                "neg_demoted": round(float(np.mean(np.array(neg) < t)), 3)}

    rules = {}
    print(f"\n{'code':22s} {'pos':>5s} {'neg':>5s}  {'edit':10s} {'AUC':>6s} {'thresh':>8s} "
          f"{'pos demoted':>11s} {'neg demoted':>11s}")
    for code in sorted(by_code):
        idx = by_code[code]
        pos_n = sum(ex[n][0] for n in idx)
        head = f"{code:22s} {pos_n:5d} {len(idx) - pos_n:5d}  "
        found = best(idx)
        if found is None:
            print(f"{head}{'-':10s}   no edit applies")
            continue
        kind, a, pos, neg = found
        rule = None if code.startswith(NEVER) else fitted(kind, a, pos, neg)
        if rule is None:
            print(f"{head}{kind:10s} {a:6.3f}   {'never' if code.startswith(NEVER) else 'not'} gated")
            continue
        # a fallback for the findings the main edit cannot judge (short texts for both_del, say)
        rest = [n for n in idx if kind not in ev[n]]
        alt = best(rest, exclude=kind) if rest else None
        fallback = fitted(*alt) if alt is not None else None
        rules[code] = {**rule, **({"fallback": fallback} if fallback else {})}
        for r, label in ((rule, kind), *(((fallback, f"  then {fallback['kind']}"),) if fallback else ())):
            print(f"{head if r is rule else ' ' * len(head)}{label:10s} {r['auc']:6.3f} {r['threshold']:+8.4f} "
                  f"{r['pos_demoted']:11.3f} {r['neg_demoted']:11.3f}   ({r['positives']} / {r['negatives']} judged)")

    def demoted(n: int) -> bool:
        rule = rules.get(ex[n][1].code)
        for r in (rule, (rule or {}).get("fallback")):
            if r and r["kind"] in ev[n]:
                return ev[n][r["kind"]] < r["threshold"]
        return False

    # the share of faithful pairs with a serious finding, before and after
    left: dict[str, int] = Counter()
    for n, (lab, _f, _en, _fr, rid) in enumerate(ex):
        if lab == 0 and not demoted(n):
            left[rid] += 1
    print()
    for ds in sorted({r["dataset"] for r in recs}):
        faithful = [r for r in recs if r["dataset"] == ds and not r.get("perturbed") and not r.get("base")]
        before = sum(any(f.severity in SERIOUS for f in results[r["id"]].findings) for r in faithful)
        after = sum(left[r["id"]] > 0 for r in faithful)
        print(f"  {ds:40s} {len(faithful):5d} pairs: serious findings {before / len(faithful):.3f} -> "
              f"{after / len(faithful):.3f}")

    if args.write:
        model = {"name": "gate.v1", "keep": args.keep,
                 "data": f"eval_inject.py --split dev-wide dump sha256:{digest}",
                 "rules": rules}
        GATE_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {GATE_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
