#!/usr/bin/env python3
"""False alarms of the fidelity checks on professional translations.

    python scripts/eval_false_alarms.py [--data ../shared/data]

Faithful pairs (English original → professional French): WMT newstest
2012–2014 and newsdiscussdev2015 rows with ``origlang == en``, NTREX-128
(France French), FLORES-200 devtest. A finding on such a pair is, in the main,
a false alarm (professional translations are not perfect, so this is an upper
bound). Prints, per data set and per finding code, the share of pairs flagged.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.score import findings  # noqa: E402


def datasets(data: Path):
    rows = []
    for name in ("newstest2012", "newstest2013", "newstest2014", "newsdiscussdev2015"):
        p = data / "wmt_newstest_enfr" / f"{name}.en-fr.tsv"
        if p.exists():
            with p.open(encoding="utf-8") as fh:
                rows += [(r["en"], r["fr"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                         if r["origlang"] == "en"]
    yield "newstest (en-orig)", rows
    d = data / "ntrex128_enfr"
    if d.exists():
        en = (d / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
        fr = (d / "newstest2019-ref.fra.txt").read_text(encoding="utf-8").splitlines()
        yield "NTREX-128 fra", list(zip(en, fr))
    d = data / "flores200_enfr"
    if d.exists():
        en = (d / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()
        fr = (d / "fra_Latn.devtest").read_text(encoding="utf-8").splitlines()
        yield "FLORES-200 devtest", list(zip(en, fr))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--show", type=int, default=0, help="print N flagged pairs per code")
    args = ap.parse_args()
    for name, pairs in datasets(args.data):
        codes: Counter[str] = Counter()
        flagged = 0
        shown: Counter[str] = Counter()
        for en, fr in pairs:
            fs = findings(en, fr)
            flagged += bool(fs)
            for c in {f.code for f in fs}:
                codes[c] += 1
            for f in fs:
                if shown[f.code] < args.show:
                    shown[f.code] += 1
                    print(f"  [{f.code}] {f.message}\n     EN {en[:160]}\n     FR {fr[:160]}")
        n = max(1, len(pairs))
        print(f"{name}: {len(pairs)} pairs, any finding {flagged / n:.3f}; "
              + ", ".join(f"{c} {v / n:.3f}" for c, v in sorted(codes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
