#!/usr/bin/env python3
"""Time that pairing and alignment add per article, warm models (extraction not counted).

    python scripts/bench_pair.py [--repeat 5] [--only GLOB] [--exclude GLOB] [--corpus DIR]
                                 [--article PATH ...] [--history N] [--against DIR] [--threads N]

Three figures:

- *cold cache*: every cache emptied before each pass, so every sentence and word is
  encoded afresh — a process's first article;
- *unseen article, warm process*: what a long-running process (``check`` on many
  drafts, a batch) pays for an article it has not seen — the issue's "warm". The
  articles are split in two halves; before each half is timed, the caches are
  emptied, the words of ``--history`` sentence pairs of newstest2013 are embedded
  (news the process has seen before; ``../shared/data``, skipped when absent) and
  the other half is paired, untimed: the *vocabulary* caches (one-word embeddings,
  the words' piece ids, the token rows) now hold other text's words. Before each
  timed article every cached embedding of more than one word is dropped, so none
  of its sentences, runs or quotes is cached;
- *warm cache*: the same articles again, every embedding cached (a lower bound).

The load average is printed before and after: a figure taken under load is not
the quiet figure.

Articles: the project's corpus (sample-sized news articles; ``--only`` selects
file names; ``--exclude '*-pairing-*'`` leaves some out). Baseline in the same run:
extraction alone on the same articles, so the ratio shows what the two stages
add on top of it. Wall time is what the target is about; the process CPU time
is printed too, because on a shared machine wall time also measures the
neighbours.

``--against DIR`` times a second source tree's pairing in the same process, its
passes interleaved with this tree's (``git worktree add /tmp/base COMMIT``, or
``git archive COMMIT | tar -x -C /tmp/base``): both see the same load, so the
before/after comparison holds on a busy machine. Its package is imported under
another name; both use this tree's extraction and the same sentence-encoder
instance (caches emptied before every cold pass of either).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _load_tree(path: Path, name: str = "quotecheck_base"):
    """The ``quotecheck`` package of another source tree, imported as ``name``."""
    init = path / "quotecheck" / "__init__.py"
    spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(init.parent)])
    if spec is None or spec.loader is None:
        raise SystemExit(f"bench_pair: no quotecheck package under {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _history_words(n: int) -> list[str]:
    """The aligner's words (one-word texts) of the first ``n`` sentence pairs of newstest2013,
    English and French: what a process that has checked other articles holds in its
    vocabulary caches. Empty without ``../shared/data``."""
    import csv

    from quotecheck.align.tokens import tokenize

    path = ROOT.parent / "shared" / "data" / "wmt_newstest_enfr" / "newstest2013.en-fr.tsv"
    if n <= 0 or not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(n), csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))]
    return list(dict.fromkeys(t.text for r in rows for side in ("en", "fr") for t in tokenize(r[side])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", default="*", help="glob on the article file names")
    ap.add_argument("--exclude", default=None, help="glob of file names to leave out")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    ap.add_argument("--article", action="append", default=[],
                    help="time these article files instead of the corpus (repeatable), e.g. the seed")
    ap.add_argument("--against", type=Path, default=None, help="another source tree, timed in the same run")
    ap.add_argument("--history", type=int, default=3000,
                    help="sentence pairs of newstest2013 (../shared/data) whose words the warm process has seen")
    ap.add_argument("--threads", type=int, default=None, help="encoder BLAS threads (QUOTECHECK_THREADS)")
    args = ap.parse_args()
    if args.threads:
        os.environ["QUOTECHECK_THREADS"] = str(args.threads)
    from quotecheck import Settings
    from quotecheck.extract import extract
    from quotecheck.ingest import read_path
    from quotecheck.pipeline import pair_extraction

    s = Settings()
    paths = args.article or sorted(str(p) for p in (args.corpus / "articles").glob(args.only)
                                   if p.suffix != ".jsonl" and not (args.exclude and p.match(args.exclude)))
    arts = [a for p in paths for a in read_path(p)]
    exs = [extract(a, s) for a in arts]
    from quotecheck import registry

    encoder = registry.get("encoder", s.encoder)
    variants = {"this tree": pair_extraction}
    if args.against is not None:
        base = _load_tree(args.against.resolve())
        base_registry = importlib.import_module(f"{base.__name__}.registry")
        base_registry._CACHE[("encoder", s.encoder)] = encoder  # one encoder, one cache to empty
        variants = {f"against {args.against}": importlib.import_module(f"{base.__name__}.pipeline").pair_extraction,
                    **variants}
    calls = [0]
    shares = []
    for name in ("quotecheck.encoder_share", "quotecheck_base.encoder_share"):
        if name.split(".")[0] in sys.modules:
            try:
                shares.append(importlib.import_module(name))
            except ImportError:
                pass
    for mod in shares:  # count passes through the network (each costs a few ms whatever its size)
        def counted(*a, _forward=mod._forward):
            calls[0] += 1
            return _forward(*a)
        mod._forward = counted
    # caches keyed by a whole text: emptied before each article as well
    text_caches = [f for f in (getattr(sys.modules.get(m), name, None)
                               for m in ("quotecheck", "quotecheck_base")
                               for m, name in ((f"{m}.pair", "_anchors"), (f"{m}.align.tokens", "_tokens")))
                   if hasattr(f, "cache_clear")]

    def clear_caches() -> None:
        encoder.clear_caches()  # embeddings, words' piece ids, token rows
        for mod in shares:
            if hasattr(mod, "clear"):  # an older tree's own memo
                mod.clear()
        for f in text_caches:
            f.cache_clear()

    def forget_texts() -> None:
        """Keep only the vocabulary: one-word embeddings (the aligner's), the words' piece
        ids and the token rows stay cached; no text of more than one word does."""
        for key in [k for k in encoder._cache if len(k.split()) != 1]:
            del encoder._cache[key]
        for f in text_caches:
            f.cache_clear()

    history = _history_words(args.history)

    halves = (exs[0::2], exs[1::2])

    for run in variants.values():
        for ex in exs:  # warm models and code paths
            run(ex, s)
    load_before = os.getloadavg()
    t_pair = {k: [] for k in variants}
    c_pair = {k: [] for k in variants}
    t_warm = {k: [] for k in variants}
    t_unseen = {k: [] for k in variants}
    t_ext = []
    for _ in range(args.repeat):
        for name, run in variants.items():
            clear_caches()  # no help from the embedding cache
            t, c = time.perf_counter(), time.process_time()
            for ex in exs:
                run(ex, s)
            t_pair[name].append(time.perf_counter() - t)
            c_pair[name].append(time.process_time() - c)
            t = time.perf_counter()
            for ex in exs:  # the same again, every embedding now cached
                run(ex, s)
            t_warm[name].append(time.perf_counter() - t)
            total = 0.0
            for timed, other in (halves, halves[::-1]):
                clear_caches()
                encoder.encode(history)  # a process that has seen other text: news words
                for ex in other:  # and other articles
                    run(ex, s)
                for ex in timed:
                    forget_texts()
                    t = time.perf_counter()
                    run(ex, s)
                    total += time.perf_counter() - t
            t_unseen[name].append(total)
        clear_caches()
        t = time.perf_counter()
        for a in arts:
            extract(a, s)
        t_ext.append(time.perf_counter() - t)
    load_after = os.getloadavg()
    te = statistics.median(t_ext)
    n = len(exs)
    print(f"history for the warm process: {len(history)} words of {args.history} newstest2013 sentence pairs"
          if history else "history for the warm process: the other half of the articles only (no ../shared/data)")
    print(f"{n} articles; encoder threads {getattr(encoder, 'threads', '?')}; "
          f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (1 min)")
    print(f"extraction alone: {1000 * te / n:.1f} ms/article (median of {args.repeat})")
    for name, run in variants.items():
        clear_caches()
        calls[0] = 0
        pairs = sum(len(run(ex, s)[0].pairs) for ex in exs)
        tp = statistics.median(t_pair[name])
        print(f"[{name}] {pairs} pairs")
        print(f"  pair + align, cold cache: {1000 * tp / n:.1f} ms/article (median of {args.repeat}; "
              f"min {1000 * min(t_pair[name]) / n:.1f}); ratio to extraction {tp / te:.1f}")
        print(f"  pair + align, cold cache, process CPU time: {1000 * statistics.median(c_pair[name]) / n:.1f} ms/article")
        print(f"  pair + align, unseen article, warm process: {1000 * statistics.median(t_unseen[name]) / n:.1f} "
              f"ms/article (min {1000 * min(t_unseen[name]) / n:.1f})")
        print(f"  pair + align, warm cache: {1000 * statistics.median(t_warm[name]) / n:.1f} ms/article")
        print(f"  encoder passes per article, cold cache: {calls[0] / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
