#!/usr/bin/env python3
"""Time that pairing and alignment add per article, warm (extraction not counted).

    python scripts/bench_pair.py [--repeat 5] [--only GLOB] [--exclude GLOB] [--corpus DIR]

Articles: the project's corpus (sample-sized news articles; ``--only`` selects
file names; ``--exclude '*-pairing-*'`` leaves some out). Baseline in the same run:
extraction alone on the same articles, so the ratio shows what the two stages
add on top of it. Wall time is what the target is about; the process CPU time
is printed too, because on a shared machine wall time also measures the
neighbours.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", default="*", help="glob on the article file names")
    ap.add_argument("--exclude", default=None, help="glob of file names to leave out")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    args = ap.parse_args()
    from quotecheck import Settings
    from quotecheck.extract import extract
    from quotecheck.ingest import read_path
    from quotecheck.pipeline import pair_extraction

    s = Settings()
    paths = sorted(str(p) for p in (args.corpus / "articles").glob(args.only)
                   if p.suffix != ".jsonl" and not (args.exclude and p.match(args.exclude)))
    arts = [a for p in paths for a in read_path(p)]
    exs = [extract(a, s) for a in arts]
    for ex in exs:  # warm models and caches
        pair_extraction(ex, s)
    t_pair, t_ext, c_pair = [], [], []
    for _ in range(args.repeat):
        from quotecheck import registry

        registry.get("encoder", s.encoder)._cache.clear()  # no help from the embedding cache
        t, c = time.perf_counter(), time.process_time()
        for ex in exs:
            pair_extraction(ex, s)
        t_pair.append(time.perf_counter() - t)
        c_pair.append(time.process_time() - c)
        registry.get("encoder", s.encoder)._cache.clear()
        t = time.perf_counter()
        for a in arts:
            extract(a, s)
        t_ext.append(time.perf_counter() - t)
    tp, te = statistics.median(t_pair), statistics.median(t_ext)
    n = len(exs)
    pairs = sum(len(pair_extraction(ex, s)[0].pairs) for ex in exs)
    print(f"{n} articles, {pairs} pairs; embedding cache cleared before each pass")
    print(f"pair + align: {1000 * tp / n:.1f} ms/article (median of {args.repeat}); "
          f"extraction alone: {1000 * te / n:.1f} ms/article; ratio {tp / te:.1f}")
    print(f"pair + align, process CPU time: {1000 * statistics.median(c_pair) / n:.1f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
