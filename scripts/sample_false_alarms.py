#!/usr/bin/env python3
"""A fixed random sample of the flagged faithful pairs of a split, for a reading audit.

    python scripts/sample_false_alarms.py --split test --n 150 --out sample.jsonl

Scores every faithful pair of the error-injection suite's split (the same pairs as
``scripts/eval_inject.py``), keeps those with a critical or major finding, and writes a
random sample (seed fixed) with their serious findings and the words each points at, for a
reader to judge whether each finding is a real divergence of the professional translation or a
false alarm. Prints only counts, never the pairs, so the person who writes the checks can run it
without reading the test examples.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_inject  # noqa: E402

from quotecheck.score import Checker, PairInput  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", choices=("dev", "test"), default="test")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    checker = Checker()
    flagged, total = [], 0
    for ds in eval_inject.load(args.data, args.split, 13):
        items = [PairInput(f"{ds.name}/{i}", en, fr) for i, (en, fr) in enumerate(ds.pairs)]
        total += len(items)
        for k in range(0, len(items), 256):
            for r in checker.check(items[k: k + 256]):
                serious = [f for f in r.findings if f.severity in ("critical", "major")]
                if serious:
                    flagged.append({"id": r.id, "en": r.en, "fr": r.fr, "findings": [
                        {"code": f.code, "severity": f.severity, "message": f.message,
                         "en_words": r.en[f.en_span.start: f.en_span.end] if f.en_span else None,
                         "fr_words": r.fr[f.fr_span.start: f.fr_span.end] if f.fr_span else None}
                        for f in serious]})
    sample = random.Random(args.seed).sample(flagged, min(args.n, len(flagged)))
    sample.sort(key=lambda x: x["id"])
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in sample:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(flagged)} of {total} faithful pairs flagged ({len(flagged) / max(1, total):.3f}); "
          f"wrote a sample of {len(sample)} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
