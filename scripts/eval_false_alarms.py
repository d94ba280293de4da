#!/usr/bin/env python3
"""False alarms of the fidelity checks on professional translations.

    python scripts/eval_false_alarms.py [--split dev|dev-wide|test] [--show N] [--code CODE]

Faithful pairs (English original → professional French). ``dev`` (used to set
the checks' thresholds): WMT newstest 2012 and 2013 rows with ``origlang ==
en``. ``dev-wide`` adds, to look at more free renderings while developing, the
2012/2013 rows translated from a third language (both sides are translations)
newsdiscusstest2015 and MTNT fr→en (French-original comments with their English
translation, read as English → French); none of these is in ``test``. ``test`` (never tuned on): newstest2014 and newsdiscussdev2015
(``origlang == en``), NTREX-128 (France French), FLORES-200 devtest, MTNT
en→fr. A critical or major finding on such a pair is, in the main, a false
alarm (professional translations are not perfect, so this is an upper bound).
Prints, per data set, the share of pairs with a critical or major finding and
with any finding, and the share per finding code.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.score import Checker, PairInput

SPLITS = {"dev": ("newstest2012", "newstest2013"), "test": ("newstest2014", "newsdiscussdev2015"),
          "dev-wide": ("newstest2012", "newstest2013")}


def datasets(data: Path, split: str, limit: int | None = None):
    for name in SPLITS[split]:
        p = data / "wmt_newstest_enfr" / f"{name}.en-fr.tsv"
        if p.exists():
            with p.open(encoding="utf-8") as fh:
                rows = [(r["en"], r["fr"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                        if r["origlang"] == "en"]
            yield f"{name} (en-orig)", rows[:limit]
            if split == "dev-wide":
                with p.open(encoding="utf-8") as fh:
                    rows = [(r["en"], r["fr"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                            if r["origlang"] not in ("en", "fr")]
                yield f"{name} (third-language originals)", rows[:limit]
    if split == "dev-wide":
        d = data / "wmt_newstest_enfr"
        if (d / "newsdiscusstest2015.en").exists():
            en = (d / "newsdiscusstest2015.en").read_text(encoding="utf-8").splitlines()
            fr = (d / "newsdiscusstest2015.fr").read_text(encoding="utf-8").splitlines()
            yield "newsdiscusstest2015", list(zip(en, fr, strict=True))[:limit]
        p = data / "mtnt_enfr" / "valid.fr-en.tsv"
        if p.exists():
            # French-original comments and their English translations: the test set's register
            # (MTNT en→fr) in the other direction, with none of its sentences
            rows = [line.split("\t") for line in p.read_text(encoding="utf-8").splitlines()]
            yield "MTNT fr→en (reversed)", [(r[2], r[1]) for r in rows if len(r) >= 3][:limit]
    if split != "test":
        return
    d = data / "ntrex128_enfr"
    if d.exists():
        en = (d / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
        fr = (d / "newstest2019-ref.fra.txt").read_text(encoding="utf-8").splitlines()
        yield "NTREX-128 fra", list(zip(en, fr, strict=True))[:limit]
    d = data / "flores200_enfr"
    if d.exists():
        en = (d / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()
        fr = (d / "fra_Latn.devtest").read_text(encoding="utf-8").splitlines()
        yield "FLORES-200 devtest", list(zip(en, fr, strict=True))[:limit]
    p = data / "mtnt_enfr" / "valid.en-fr.tsv"
    if p.exists():
        rows = [line.split("\t") for line in p.read_text(encoding="utf-8").splitlines()]
        yield "MTNT en→fr", [(r[1], r[2]) for r in rows if len(r) >= 3][:limit]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", choices=sorted(SPLITS), default="test")
    ap.add_argument("--limit", type=int, default=None, help="first N pairs per data set")
    ap.add_argument("--show", type=int, default=0, help="print N flagged pairs per code")
    ap.add_argument("--code", default=None, help="only show this code (prefix)")
    ap.add_argument("--only", default=None, help="only the data sets whose name contains this text")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}; nothing to evaluate")
        return 0
    checker = Checker()
    for name, pairs in datasets(args.data, args.split, args.limit):
        if args.only and args.only not in name:
            continue
        t0 = time.perf_counter()
        results = []
        for i in range(0, len(pairs), 256):
            results += checker.check([PairInput(str(i + k), en, fr) for k, (en, fr) in enumerate(pairs[i : i + 256])])
        elapsed = time.perf_counter() - t0
        codes: Counter[str] = Counter()
        shown: Counter[str] = Counter()
        serious = anything = 0
        for r in results:
            serious += any(f.severity in ("critical", "major") for f in r.findings)
            anything += bool(r.findings)
            for c in {f"{f.code}:{f.severity}" for f in r.findings}:
                codes[c] += 1
            for f in r.findings:
                if shown[f.code] < args.show and f.severity != "minor" and f.code.startswith(args.code or ""):
                    shown[f.code] += 1
                    print(f"  [{f.code} {f.severity}] {f.message}\n     EN {r.en[:200]}\n     FR {r.fr[:200]}")
        n = max(1, len(pairs))
        print(f"{name}: {len(pairs)} pairs, critical/major {serious / n:.3f}, any {anything / n:.3f} "
              f"({1000 * elapsed / n:.1f} ms/pair)")
        print("   " + ", ".join(f"{c} {v / n:.3f}" for c, v in sorted(codes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
