#!/usr/bin/env python3
"""Speed of the check stage: scoring cost per pair, and ``compare --pairs`` throughput.

    python scripts/bench_check.py [--pairs 2000] [--data ../shared/data]

1. *Scoring per pair, warm*: ``Checker.check`` on batches of 256 English-original
   pairs (newsdiscussdev2015 readers' comments, the register closest to tweets;
   the project's corpus pairs when the data is absent), after a warm-up batch of
   other pairs. The first pass has a cold embedding cache for these pairs' words;
   the second pass measures the cached steady state of a long batch.
2. *Scoring added to an article*: ``check_extraction`` minus ``pair_extraction``
   (pairing + alignment) on the corpus articles, per pair, warm, same run.
3. *CLI throughput*: ``quotecheck compare --pairs FILE --format jsonl`` as a
   subprocess on the same pairs, wall time including start-up.

Targets (issue 4): scoring adds ≤ 10 ms per pair warm; ``compare --pairs``
≥ 200 pairs/s on 2 cores.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.score import Checker, PairInput  # noqa: E402


def pairs_from_data(data: Path, n: int) -> list[tuple[str, str]]:
    p = data / "wmt_newstest_enfr" / "newsdiscussdev2015.en-fr.tsv"
    if not p.exists():
        return []
    with p.open(encoding="utf-8") as fh:
        rows = [(r["en"], r["fr"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["origlang"] == "en"]
    return rows[:n]


def corpus_articles() -> list[Path]:
    return sorted(p for p in (ROOT / "corpora" / "articles").iterdir() if p.suffix in (".txt", ".md", ".html"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=2000)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, "
          f"QUOTECHECK_THREADS={os.environ.get('QUOTECHECK_THREADS', 'default')}")

    from quotecheck.pipeline import check_extraction, extract_paths, pair_extraction

    arts = [x for x in extract_paths([str(p) for p in corpus_articles()]) if not isinstance(x, Exception)]
    pairs = pairs_from_data(args.data, args.pairs)
    source = "newsdiscussdev2015 en-orig"
    if not pairs:
        source = "corpus pairs (no ../shared/data)"
        for ex in arts:
            q = {x.id: x for x in ex.quotes}
            for pr in pair_extraction(ex)[0].pairs:
                if pr.fr:
                    pairs.append((" ".join(ex.article.text[s.start:s.end] for s in pr.covered), q[pr.fr[0]].text))
    checker = Checker()
    checker.check([PairInput("w", "Warm-up sentence for the models.", "Phrase pour chauffer les modèles.")])

    items = [PairInput(str(i), en, fr) for i, (en, fr) in enumerate(pairs)]
    for label in ("first pass (cold word cache)", "second pass (warm cache)"):
        t0 = time.perf_counter()
        for i in range(0, len(items), 256):
            checker.check(items[i : i + 256])
        dt = time.perf_counter() - t0
        print(f"Checker.check, {len(items)} pairs ({source}), {label}: {1000 * dt / len(items):.2f} ms/pair, "
              f"{len(items) / dt:.0f} pairs/s")

    # scoring added to articles: check_extraction vs pair_extraction, warm, same run
    for ex in arts:
        pair_extraction(ex)
        check_extraction(ex, checker=checker)
    t0 = time.perf_counter()
    n_pairs = 0
    for ex in arts:
        n_pairs += len(pair_extraction(ex)[0].pairs)
    t_pair = time.perf_counter() - t0
    t0 = time.perf_counter()
    for ex in arts:
        check_extraction(ex, checker=checker)
    t_check = time.perf_counter() - t0
    print(f"articles ({len(arts)}, {n_pairs} pairs), warm: pair+align {1000 * t_pair / len(arts):.1f} ms/article, "
          f"pair+check {1000 * t_check / len(arts):.1f} ms/article; scoring adds "
          f"{1000 * (t_check - t_pair) / max(1, n_pairs):.1f} ms/pair")

    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as fh:
        for i, (en, fr) in enumerate(pairs):
            fh.write(f"{en.replace(chr(9), ' ')}\t{fr.replace(chr(9), ' ')}\tp{i}\n")
        path = fh.name
    exe = Path(sys.executable).with_name("quotecheck")
    cmd = [str(exe) if exe.exists() else "quotecheck", "compare", "--pairs", path, "--format", "jsonl", "-o", os.devnull]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    dt = time.perf_counter() - t0
    os.unlink(path)
    print(f"quotecheck compare --pairs ({len(pairs)} pairs, cold process, exit {proc.returncode}): "
          f"{dt:.1f} s wall, {len(pairs) / dt:.0f} pairs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
