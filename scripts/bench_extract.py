#!/usr/bin/env python3
"""Extraction speed, cold start, memory and cost against article length.

    python scripts/bench_extract.py [--repeat 5]

Prints, all measured in this run on this machine:

* cold: wall time of ``quotecheck extract`` on one article in a new process
  (imports, model loads, work), with and without the sentence encoder;
* warm: articles/s over the corpus (``corpora/articles``), and the ratio of
  extraction time to ingest time (the baseline: reading and normalising only);
* scaling: time per character for the sample-sized article repeated 1×, 10×,
  100× (1.0 = perfectly linear);
* peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cold(path: str, extra: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quotecheck.cli", "extract", path, *extra],
                   check=False, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from quotecheck import Settings
    from quotecheck.extract import extract
    from quotecheck.ingest import read_path, read_string

    sample = ROOT / "corpora" / "articles" / "txt-01-quillstream-panne.txt"
    colds = [cold(str(sample), []) for _ in range(3)]
    colds_nu = [cold(str(sample), ["--no-unmarked"]) for _ in range(3)]
    print(f"cold, one article, new process: {statistics.median(colds):.2f} s "
          f"(--no-unmarked: {statistics.median(colds_nu):.2f} s), median of 3")

    paths = sorted(str(p) for p in (ROOT / "corpora" / "articles").glob("*") if p.suffix != ".jsonl")
    settings = Settings()
    articles = [a for p in paths for a in read_path(p)]
    for a in articles:  # warm every model and cache once
        extract(a, settings)
    t_ingest, t_extract = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for p in paths:
            read_path(p)
        t_ingest.append(time.perf_counter() - t)
        t = time.perf_counter()
        for a in articles:
            extract(a, settings)
        t_extract.append(time.perf_counter() - t)
    ti, te = statistics.median(t_ingest), statistics.median(t_extract)
    chars = sum(len(a.text) for a in articles)
    print(f"warm, {len(articles)} corpus articles ({chars / len(articles):.0f} chars on average): "
          f"extract {len(articles) / te:.0f} articles/s ({1000 * te / len(articles):.2f} ms/article); "
          f"ingest {len(articles) / ti:.0f} articles/s; extract/ingest time ratio {te / ti:.1f}")

    base = sample.read_text(encoding="utf-8")
    per_char = {}
    for k in (1, 10, 100):
        text = "\n\n".join([base] * k)
        art = read_string(text, fmt="text")
        extract(art, settings)
        runs = []
        for _ in range(max(1, args.repeat // (1 if k < 100 else 2))):
            t = time.perf_counter()
            extract(art, settings)
            runs.append(time.perf_counter() - t)
        per_char[k] = statistics.median(runs) / len(text)
        print(f"scaling {k:>3}x ({len(text):>7} chars): {1000 * statistics.median(runs):8.1f} ms, "
              f"per-char cost ratio to 1x: {per_char[k] / per_char[1]:.2f}")
    # inputs that once were quadratic (found in review): time ratio when the input doubles
    from quotecheck import extract_text

    nosim = Settings(unmarked=False)
    cases = {
        "many 'a écrit :' paragraphs": ("text", lambda n: "".join(
            f"Le maire a écrit :\n\nNous partons demain matin {i}.\n\n" for i in range(n))),
        "unclosed markdown links": ("markdown", lambda n: "[a](" * (20 * n)),
        "stray HTML end tags": ("html", lambda n: "<p>Un paragraphe de texte.</font>\n" * (5 * n)),
        "repeated translation cues": ("text", lambda n: "Traduction : " * (8 * n)),
        "long run of spaces": ("markdown", lambda n: "a" + " " * (400 * n) + "\nb"),
    }
    for name, (fmt, make) in cases.items():
        times = {}
        for n in (200, 400, 800):
            s = make(n)
            t = time.perf_counter()
            extract_text(s, fmt, nosim)
            times[n] = time.perf_counter() - t
        print(f"pathological '{name}': {1000 * times[800]:.0f} ms at 800 units; "
              f"time ratio x2 input: {times[400] / times[200]:.2f}, {times[800] / times[400]:.2f} (2.0 = linear)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
