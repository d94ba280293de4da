#!/usr/bin/env python3
"""Pairing quality on the gold corpus: precision / recall / F1 per pair kind.

    python scripts/eval_pair.py [--errors] [--only GLOB[,GLOB…]] [--exclude GLOB[,GLOB…]]

``--only``/``--exclude`` select gold files by name (comma-separated globs), e.g. the
held-out articles of a session against the rest.

A gold pair is (English quote, French passage) from the gold files: every id in
a French quote's ``renders`` (kind from its ``pair`` field: full, partial,
summary) and every entry of ``paraphrases`` (paraphrase or summary). Gold
quotes are mapped to extracted quotes exactly as in ``eval_extract.py``
(same language, span IoU >= 0.8). A predicted link counts as correct when it
joins the same English and French passages (for prose: overlapping spans);
its kind is scored separately. Pairs whose quotes extraction missed count as
misses here too: the figure is end to end. For French quotes that render
nothing, the ``source-absent`` reason is scored against the gold's
``source_absent`` flag.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_extract import IOU, corpus_hash, gold_units, iou, locate, prf

from quotecheck import Settings
from quotecheck.extract import extract
from quotecheck.pair import pair


def map_gold(article, gold, quotes):
    """gold quote id -> extracted quote id."""
    out = {}
    used = set()
    for g in gold.get("quotes", []):
        if g["kind"] == "tweet" and not g["text"]:
            continue
        loc = locate(article.text, g["text"], g.get("occurrence", 1))
        if loc is None:
            continue
        best = max(((iou(loc, (q.start, q.end)), q) for q in quotes if q.lang == g["lang"] and q.id not in used),
                   default=(0, None), key=lambda t: t[0])
        if best[1] is not None and best[0] >= IOU:
            out[g["id"]] = best[1].id
            used.add(best[1].id)
    return out


def _units(corpus: Path, pattern: str, exclude: str | None):
    from fnmatch import fnmatch

    seen = set()
    for pat in pattern.split(","):
        for article, gold, name in gold_units(corpus, pat.strip()):
            stem = name.rsplit(".", 1)[0].split("#")[0] if "#" not in name else name
            if name in seen or (exclude and any(fnmatch(name, x.strip()) or fnmatch(stem, x.strip())
                                                for x in exclude.split(","))):
                continue
            seen.add(name)
            yield article, gold, name


def evaluate(corpus: Path, pattern: str = "*", exclude: str | None = None):
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    absent = {"tp": 0, "fp": 0, "fn": 0}  # the source-absent reason on unpaired French quotes
    kind_ok = [0, 0]
    problems = []
    for article, gold, name in _units(corpus, pattern, exclude):
        ex = extract(article, Settings())
        res = pair(ex)
        m = map_gold(article, gold, ex.quotes)
        gold_links = {}  # (en_pred_id, fr key) -> kind
        for g in gold.get("quotes", []):
            for e in g.get("renders", []) or []:
                key = (m.get(e, f"?{e}"), m.get(g["id"], f"?{g['id']}"))
                gold_links[key] = g.get("pair", "full")
        prose_gold = []
        for p in gold.get("paraphrases", []) or []:
            loc = locate(article.text, p["text"])
            prose_gold.append((m.get(p["renders"], "?"), loc, p.get("pair", "paraphrase")))
        reasons = {u.quote: u.reason for u in res.unpaired}
        for g in gold.get("quotes", []):
            if g["lang"] != "fr" or g["kind"] == "tweet" or g.get("renders") or g["id"] not in m:
                continue
            said = reasons.get(m[g["id"]]) == "source-absent"
            want = bool(g.get("source_absent"))
            key = "tp" if said and want else "fp" if said else "fn" if want else "tn"
            absent[key] = absent.get(key, 0) + 1
        pred_links = {}
        prose_pred = []
        for pr in res.pairs:
            if pr.fr:
                for e in pr.en:
                    for f in pr.fr:
                        pred_links[(e, f)] = pr.kind
            else:
                prose_pred.append((pr.en[0], (pr.fr_span.start, pr.fr_span.end), pr.kind))
        for key, kind in gold_links.items():
            if key in pred_links:
                counts[kind]["tp"] += 1
                kind_ok[1] += 1
                ok = pred_links[key] == kind or {pred_links[key], kind} <= {"full", "summary"}
                kind_ok[0] += ok
                if not ok:
                    problems.append(f"KIND {name} {key} gold {kind} predicted {pred_links[key]}")
            else:
                counts[kind]["fn"] += 1
                problems.append(f"MISS {name} {key} {kind}")
        for key, kind in pred_links.items():
            if key not in gold_links:
                counts[kind]["fp"] += 1
                problems.append(f"FALSE {name} {key} {kind}")
        matched = set()
        for e, loc, kind in prose_gold:
            hit = next((i for i, (pe, ps, _) in enumerate(prose_pred)
                        if i not in matched and pe == e and loc and ps[0] < loc[1] and loc[0] < ps[1]), None)
            if hit is None:
                counts[kind]["fn"] += 1
                problems.append(f"MISS {name} prose {e} {kind}")
            else:
                matched.add(hit)
                counts[kind]["tp"] += 1
        for i, (e, _span, kind) in enumerate(prose_pred):
            if i not in matched:
                counts[kind]["fp"] += 1
                problems.append(f"FALSE {name} prose {e} {kind}")
    return counts, kind_ok, problems, absent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    ap.add_argument("--only", default="*", help="comma-separated globs on gold file names")
    ap.add_argument("--exclude", default=None, help="comma-separated globs of gold file names to leave out")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    counts, kind_ok, problems, absent = evaluate(args.corpus, args.only, args.exclude)
    total = {"tp": 0, "fp": 0, "fn": 0}
    print(f"corpus {args.corpus} sha256:{corpus_hash(args.corpus)}")
    print(f"{'kind':<12}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}")
    for k in sorted(counts):
        c = counts[k]
        for x in total:
            total[x] += c[x]
        p, r, f = prf(c)
        print(f"{k:<12}{p:>8.3f}{r:>8.3f}{f:>8.3f}{c['tp'] + c['fn']:>9}")
    p, r, f = prf(total)
    print(f"{'all':<12}{p:>8.3f}{r:>8.3f}{f:>8.3f}{total['tp'] + total['fn']:>9}")
    if kind_ok[1]:
        print(f"kind accuracy on matched quote pairs: {kind_ok[0] / kind_ok[1]:.3f} ({kind_ok[1]})")
    p, r, f = prf(absent)
    print(f"unpaired French quotes, reason source-absent: P {p:.3f} R {r:.3f} F1 {f:.3f} "
          f"(gold source-absent {absent['tp'] + absent['fn']}, other {absent['fp'] + absent.get('tn', 0)})")
    if args.errors:
        print("\n".join(problems), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
