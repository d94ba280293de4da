#!/usr/bin/env python3
"""Speed of the check stage: scoring cost per pair, and ``compare --pairs`` throughput.

    python scripts/bench_check.py [--pairs 2000] [--set en-orig|comments] [--jobs 1 2] [--cli-only]
                                  [--wait-quiet MINUTES] [--data ../shared/data] [--against TREE]

Pairs (``--set``): ``en-orig`` (default), the English-original rows
(``origlang == en``) of WMT newsdiscussdev2015 (readers' comments, the register
closest to tweets), then of newstest2014, 2012 and 2013 (news sentences,
longer), in that order, first ``--pairs`` of them (3,357 exist); ``comments``,
every row of newsdiscussdev2015 and newsdiscusstest2015 (3,000 readers'
comments, both directions: the speed does not depend on it). The project's
corpus pairs when the data is absent.

1. *Scoring per pair, warm*: ``Checker.check`` on batches of 256 pairs, after a
   warm-up pair. The first pass has a cold embedding cache for these pairs'
   words; the second pass measures the cached steady state of a long batch.
2. *Scoring added to an article*: ``check_extraction`` minus ``pair_extraction``
   (pairing + alignment) on the corpus articles, per pair, warm, same run.
3. *CLI throughput*: ``quotecheck compare --pairs FILE --format jsonl --jobs N``
   as a new process for each N of ``--jobs``, wall time including start-up
   (imports, models), with the load average before and after; the outputs of
   every N are compared byte for byte, and each N's pairs/s is given as a ratio
   to ``--jobs 1`` (the single-process baseline) of the same run. On Linux it
   also says how much CPU other processes used during the run; with
   ``--wait-quiet M`` a run waits (up to M minutes) for a moment when other
   processes use less than 0.15 of a core, and is redone if they used more
   than 0.1 core on average meanwhile.

Targets (issue 4): scoring adds ≤ 10 ms per pair warm; ``compare --pairs``
≥ 200 pairs/s on 2 cores. Timings mean something on a quiet machine only: a
load average above the number of cores makes them several times slower.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.score import Checker, PairInput  # noqa: E402

SOURCES = ("newsdiscussdev2015", "newstest2014", "newstest2012", "newstest2013")


def pairs_from_data(data: Path, n: int, which: str = "en-orig") -> tuple[list[tuple[str, str]], str]:
    """The first ``n`` pairs of the set ``which``, and where they come from."""
    rows: list[tuple[str, str]] = []
    used: list[str] = []
    if which == "comments":
        d = data / "wmt_newstest_enfr"
        p = d / "newsdiscussdev2015.en-fr.tsv"
        if p.exists():
            with p.open(encoding="utf-8") as fh:
                rows = [(r["en"], r["fr"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
        if (d / "newsdiscusstest2015.en").exists():
            en = (d / "newsdiscusstest2015.en").read_text(encoding="utf-8").splitlines()
            fr = (d / "newsdiscusstest2015.fr").read_text(encoding="utf-8").splitlines()
            rows += list(zip(en, fr, strict=True))
        return rows[:n], f"WMT newsdiscussdev2015 + newsdiscusstest2015, all rows: {min(n, len(rows))}"
    for name in SOURCES:
        p = data / "wmt_newstest_enfr" / f"{name}.en-fr.tsv"
        if len(rows) >= n or not p.exists():
            continue
        with p.open(encoding="utf-8") as fh:
            got = [(r["en"], r["fr"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                   if r["origlang"] == "en"][: n - len(rows)]
        rows += got
        used.append(f"{name} {len(got)}")
    return rows, "WMT en-orig: " + ", ".join(used)


def corpus_articles() -> list[Path]:
    return sorted(p for p in (ROOT / "corpora" / "articles").iterdir() if p.suffix in (".txt", ".md", ".html"))


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def busy_cpu_seconds() -> float | None:
    """CPU time every process of the machine has used since boot (Linux), or None."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            ticks = [int(x) for x in fh.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def wait_for_quiet(deadline: float) -> None:
    """Return when other processes use less than 0.15 of a core over 3 s (or at ``deadline``)."""
    while time.monotonic() < deadline:
        b0 = busy_cpu_seconds()
        time.sleep(3)
        b1 = busy_cpu_seconds()
        if b0 is None or b1 is None or (b1 - b0) / 3 < 0.15:
            return
        time.sleep(10)


def children_cpu_seconds() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=2000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values of the CLI runs")
    ap.add_argument("--cli-only", action="store_true", help="only the compare --pairs runs (part 3)")
    ap.add_argument("--set", dest="which", choices=["en-orig", "comments"], default="en-orig")
    ap.add_argument("--wait-quiet", type=float, default=0, metavar="MINUTES",
                    help="wait for (and redo runs until) a quiet machine, at most this long per run")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--against", type=Path, metavar="TREE",
                    help="also time a baseline source tree (e.g. `git worktree add /tmp/base COMMIT`) in the "
                         "same run, each --jobs value right after this tree's")
    args = ap.parse_args()
    print(f"cpus {os.cpu_count()}, load average {load()}, "
          f"QUOTECHECK_THREADS={os.environ.get('QUOTECHECK_THREADS', 'default')}")

    from quotecheck.pipeline import check_extraction, extract_paths, pair_extraction

    pairs, source = pairs_from_data(args.data, args.pairs, args.which)
    arts = []
    if not pairs or not args.cli_only:
        arts = [x for x in extract_paths([str(p) for p in corpus_articles()]) if not isinstance(x, Exception)]
    if not pairs:
        source = "corpus pairs (no ../shared/data)"
        for ex in arts:
            q = {x.id: x for x in ex.quotes}
            for pr in pair_extraction(ex)[0].pairs:
                if pr.fr:
                    pairs.append((" ".join(ex.article.text[s.start:s.end] for s in pr.covered), q[pr.fr[0]].text))
    chars = sum(len(en) + len(fr) for en, fr in pairs) / max(1, len(pairs))
    print(f"{len(pairs)} pairs ({source}); {chars:.0f} characters a pair (English + French) on average")

    if not args.cli_only:
        checker = Checker()
        checker.check([PairInput("w", "Warm-up sentence for the models.", "Phrase pour chauffer les modèles.")])
        items = [PairInput(str(i), en, fr) for i, (en, fr) in enumerate(pairs)]
        if args.wait_quiet:
            wait_for_quiet(time.monotonic() + 60 * args.wait_quiet)
        for label in ("first pass (cold word cache)", "second pass (warm cache)"):
            busy0, own0 = busy_cpu_seconds(), time.process_time()
            t0 = time.perf_counter()
            for i in range(0, len(items), 256):
                checker.check(items[i : i + 256])
            dt = time.perf_counter() - t0
            busy1, own = busy_cpu_seconds(), time.process_time() - own0
            others = "" if busy0 is None or busy1 is None else \
                f"; other processes used {busy1 - busy0 - own:.1f} CPU-s meanwhile"
            print(f"Checker.check, {len(items)} pairs, {label}: {1000 * dt / len(items):.2f} ms/pair, "
                  f"{len(items) / dt:.0f} pairs/s; load average {load()}{others}")

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

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pairs.tsv"
        with path.open("w", encoding="utf-8") as fh:
            for i, (en, fr) in enumerate(pairs):
                fh.write(f"{en.replace(chr(9), ' ')}\t{fr.replace(chr(9), ' ')}\tp{i}\n")
        exe = Path(sys.executable).with_name("quotecheck")
        base_rate, base_out = None, None
        runs = [(jobs, None) for jobs in args.jobs]
        if args.against:  # each --jobs value with this tree, then with the baseline tree, in the same run
            runs = [(jobs, tree) for jobs in args.jobs for tree in (ROOT, args.against.resolve())]
        rates: dict[tuple[int, Path | None], float] = {}
        for jobs, tree in runs:
            out = Path(tmp) / f"out-{jobs}-{len(rates)}.jsonl"
            head = [str(exe) if exe.exists() else "quotecheck"] if tree is None else \
                [sys.executable, "-c", "import sys; from quotecheck.cli import main; main()"]
            cmd = [*head, "compare", "--pairs", str(path), "--format", "jsonl",
                   "-o", str(out), "--jobs", str(jobs)]
            env = None if tree is None else {**os.environ, "PYTHONPATH": str(tree)}
            deadline = time.monotonic() + 60 * args.wait_quiet
            while True:
                if args.wait_quiet:
                    wait_for_quiet(deadline)
                before, busy0, own0 = load(), busy_cpu_seconds(), children_cpu_seconds()
                t0 = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env,
                                      cwd=None if tree is None else str(tree))
                dt = time.perf_counter() - t0
                busy1, own = busy_cpu_seconds(), children_cpu_seconds() - own0
                # CPU the rest of the machine used meanwhile: above ~0.1 s a second, not a quiet figure
                foreign = None if busy0 is None or busy1 is None else busy1 - busy0 - own
                if not args.wait_quiet or foreign is None or foreign < 0.1 * dt or time.monotonic() > deadline:
                    break
                print(f"  (--jobs {jobs}: {dt:.1f} s, but other processes used {foreign:.1f} CPU-s meanwhile; again)")
            others = "" if foreign is None else \
                f"; other processes used {foreign:.1f} CPU-s meanwhile (this run {own:.1f})"
            rate = len(pairs) / dt
            rates[(jobs, tree)] = rate
            text = out.read_bytes() if out.exists() else b""
            if base_rate is None:
                base_rate, base_out = rate, text
            if tree is not None and tree != ROOT:
                print(f"  baseline tree {tree}, --jobs {jobs}: {dt:.1f} s wall, {rate:.0f} pairs/s; this tree is "
                      f"×{rates[(jobs, ROOT)] / rate:.2f} its speed; load average before {before}{others}")
                continue
            same = "identical to the first run's" if text == base_out else "DIFFERENT from the first run's"
            print(f"quotecheck compare --pairs ({len(pairs)} pairs) --jobs {jobs}, cold process, exit {proc.returncode}: "
                  f"{dt:.1f} s wall, {rate:.0f} pairs/s, ×{rate / base_rate:.2f} vs --jobs {args.jobs[0]}; "
                  f"output {same}; load average before {before}, after {load()}{others}")
            if proc.returncode:
                print(proc.stderr.strip()[-2000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
