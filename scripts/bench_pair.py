#!/usr/bin/env python3
"""Time that pairing and alignment add per article, warm models (extraction not counted).

    python scripts/bench_pair.py [--repeat 5] [--only GLOB] [--exclude GLOB] [--corpus DIR]

Two figures: *cold cache* (the embedding cache emptied before each pass, so every
sentence and word is encoded afresh, as for a new article: the honest figure) and
*warm cache* (the same articles again, every embedding cached). The load average is
printed before and after: a figure taken under load is not the quiet figure.

Articles: the project's corpus (sample-sized news articles; ``--only`` selects
file names; ``--exclude '*-pairing-*'`` leaves some out). Baseline in the same run:
extraction alone on the same articles, so the ratio shows what the two stages
add on top of it. Wall time is what the target is about; the process CPU time
is printed too, because on a shared machine wall time also measures the
neighbours.
"""

from __future__ import annotations

import argparse
import os
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
    from quotecheck import registry

    encoder = registry.get("encoder", s.encoder)
    calls = [0]
    network = getattr(encoder, "_network", None)
    if network is not None:  # count passes through the network (each costs a few ms whatever its size)
        def counted(texts, _network=network):
            calls[0] += 1
            return _network(texts)
        encoder._network = counted
    load_before = os.getloadavg()
    t_pair, t_ext, c_pair, t_warm = [], [], [], []
    for _ in range(args.repeat):
        encoder._cache.clear()  # no help from the embedding cache
        t, c = time.perf_counter(), time.process_time()
        for ex in exs:
            pair_extraction(ex, s)
        t_pair.append(time.perf_counter() - t)
        c_pair.append(time.process_time() - c)
        t = time.perf_counter()
        for ex in exs:  # the same again, every embedding now cached
            pair_extraction(ex, s)
        t_warm.append(time.perf_counter() - t)
        encoder._cache.clear()
        t = time.perf_counter()
        for a in arts:
            extract(a, s)
        t_ext.append(time.perf_counter() - t)
    load_after = os.getloadavg()
    tp, te = statistics.median(t_pair), statistics.median(t_ext)
    n = len(exs)
    encoder._cache.clear()
    calls[0] = 0
    pairs = sum(len(pair_extraction(ex, s)[0].pairs) for ex in exs)
    print(f"{n} articles, {pairs} pairs; load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (1 min)")
    print(f"pair + align, cold cache: {1000 * tp / n:.1f} ms/article (median of {args.repeat}); "
          f"extraction alone: {1000 * te / n:.1f} ms/article; ratio {tp / te:.1f}")
    print(f"pair + align, cold cache, process CPU time: {1000 * statistics.median(c_pair) / n:.1f} ms/article")
    print(f"pair + align, warm cache: {1000 * statistics.median(t_warm) / n:.1f} ms/article")
    if network is not None:
        print(f"encoder passes per article, cold cache: {calls[0] / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
