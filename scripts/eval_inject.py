#!/usr/bin/env python3
"""Error-injection suite: does the score rank a faithful rendering above the same rendering
with one injected error, and does the matching finding appear?

    python scripts/eval_inject.py [--split test|dev|dev-wide] [--data ../shared/data] [--limit N]
                                  [--seed 13] [--scorer auto|api|fallback] [--json]
                                  [--dump pairs.jsonl] [--dump-only] [--errors CATEGORY]

Faithful pairs are English-original professional translations read from
``../shared/data`` (never copied into the project; the script exits cleanly when
the folder is absent):

* ``--split dev``  : WMT newstest2012 + newstest2013 (``origlang == en``), for calibration;
* ``--split dev-wide`` : dev plus the development sets of ``eval_false_alarms.py --split
  dev-wide`` (the 2012–2013 rows translated from a third language, newsdiscusstest2015,
  MTNT fr→en read in reverse), for the evidence gate (``scripts/calibrate_gate.py``);
* ``--split test`` : newstest2014 + newsdiscussdev2015 (``origlang == en``), NTREX-128
  (France French; the Canadian French translation is kept as an independent
  reference), FLORES-200 devtest, MTNT valid en→fr, and a fixed sample of at most 2000
  Tatoeba pairs.

Every applicable perturbation of ``scripts/inject.py`` is applied to every faithful
pair, one at a time. Figures per category and per data set:

* ranking accuracy: share of perturbed pairs with score(faithful) > score(perturbed)
  (ties are failures);
* detection recall: share of perturbed pairs with a finding of the expected family
  that the faithful pair did not already have;
* baselines in the same run: USE cosine(en, fr) alone, and on NTREX sentence chrF
  (sacrebleu) against the Canadian French reference;
* false alarms: share of untouched faithful pairs with any critical or major finding.

The scorer is ``quotecheck.check_pairs`` when it exists (``--scorer auto``), else the
fallback: findings of ``quotecheck.score.findings`` with a provisional score
``100·cosine − 30·critical − 15·major``. The printout names the scorer, the seed and a
hash of the data files used.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import inject

TARGETS = {"critical": 0.95, "major": 0.90, "false_alarms": 0.05}
TATOEBA_CAP = 2000


# --------------------------------------------------------------------------- data


@dataclass
class Dataset:
    name: str
    pairs: list[tuple[str, str]]
    refs: list[str] | None = None  # an independent second French translation, same order
    files: list[Path] = field(default_factory=list)


def _read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.exists() else []


def _newstest(data: Path, name: str, third: bool = False) -> Dataset | None:
    """The English-original rows of a newstest set, or with ``third`` the rows translated from a third
    language (both sides translations)."""
    p = data / "wmt_newstest_enfr" / f"{name}.en-fr.tsv"
    if not p.exists():
        return None
    with p.open(encoding="utf-8", newline="") as fh:
        rows = [(r["en"], r["fr"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if (r["origlang"] not in ("en", "fr") if third else r["origlang"] == "en")]
    return Dataset(f"{name}-third" if third else name, rows, files=[p])


def _line_aligned(name: str, en_path: Path, fr_path: Path, ref_path: Path | None = None) -> Dataset | None:
    if not en_path.exists() or not fr_path.exists():
        return None
    en, fr = _read_lines(en_path), _read_lines(fr_path)
    if len(en) != len(fr):
        raise SystemExit(f"eval_inject: {en_path} and {fr_path} differ in length")
    files = [en_path, fr_path]
    refs = None
    if ref_path is not None and ref_path.exists():
        refs = _read_lines(ref_path)
        files.append(ref_path)
        if len(refs) != len(en):
            refs = None
    return Dataset(name, list(zip(en, fr)), refs, files)


def load(data: Path, split: str, seed: int) -> list[Dataset]:
    """The faithful data sets of a split (those present under ``data``)."""
    out: list[Dataset | None] = []
    if split in ("dev", "dev-wide"):
        out += [_newstest(data, "newstest2012"), _newstest(data, "newstest2013")]
    if split == "dev-wide":
        # the development sets of scripts/eval_false_alarms.py --split dev-wide: none is in test
        out += [_newstest(data, "newstest2012", third=True), _newstest(data, "newstest2013", third=True)]
        d = data / "wmt_newstest_enfr"
        out.append(_line_aligned("newsdiscusstest2015", d / "newsdiscusstest2015.en", d / "newsdiscusstest2015.fr"))
        p = data / "mtnt_enfr" / "valid.fr-en.tsv"
        if p.exists():
            with p.open(encoding="utf-8", newline="") as fh:
                rows = [(r[2], r[1]) for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 3]
            out.append(Dataset("mtnt-fr-en-reversed", rows, files=[p]))
    elif split == "test":
        out += [_newstest(data, "newstest2014"), _newstest(data, "newsdiscussdev2015")]
        d = data / "ntrex128_enfr"
        out.append(_line_aligned("ntrex128", d / "newstest2019-src.eng.txt",
                                 d / "newstest2019-ref.fra.txt", d / "newstest2019-ref.fra-CA.txt"))
        d = data / "flores200_enfr"
        out.append(_line_aligned("flores200", d / "eng_Latn.devtest", d / "fra_Latn.devtest"))
        p = data / "mtnt_enfr" / "valid.en-fr.tsv"
        if p.exists():
            with p.open(encoding="utf-8", newline="") as fh:
                rows = [(r[1], r[2]) for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                        if len(r) >= 3]
            out.append(Dataset("mtnt", rows, files=[p]))
        d = data / "tatoeba_enfr"
        tat = _line_aligned("tatoeba", d / "tatoeba-test-v2021-08-07.eng", d / "tatoeba-test-v2021-08-07.fra")
        if tat is not None:
            rows = tat.pairs
            if len(rows) > TATOEBA_CAP:
                keep = sorted(random.Random(f"tatoeba|{seed}").sample(range(len(rows)), TATOEBA_CAP))
                rows = [rows[i] for i in keep]
            tat.pairs = rows
            out.append(tat)
    sets = [d for d in out if d is not None]
    for d in sets:
        keep_idx = [i for i, (en, fr) in enumerate(d.pairs) if en.strip() and fr.strip()]
        d.pairs = [d.pairs[i] for i in keep_idx]
        if d.refs is not None:
            d.refs = [d.refs[i] for i in keep_idx]
    return sets


def corpus_hash(sets: Iterable[Dataset]) -> str:
    h = hashlib.sha256()
    for p in sorted({p for d in sets for p in d.files}):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


# --------------------------------------------------------------------------- scorers


@dataclass(frozen=True)
class Fnd:
    """A finding reduced to what the suite compares (picklable across worker processes)."""

    code: str
    severity: str
    en_span: tuple[int, int] | None
    fr_span: tuple[int, int] | None


def _fnd(f) -> Fnd:
    def span(x):
        return None if x is None else (x.start, x.end)

    return Fnd(f.code, f.severity, span(f.en_span), span(f.fr_span))


@dataclass
class Scored:
    id: str
    score: float
    verdict: str | None
    findings: list[Fnd]
    cosine: float  # plain USE cosine of the raw texts (the baseline)


class ApiScorer:
    """``quotecheck.check_pairs``: the project's own score and verdict."""

    name = "quotecheck.check_pairs"

    def __init__(self) -> None:
        from quotecheck import check_pairs

        self._check = check_pairs

    def score(self, items: list[dict]) -> list[tuple[float, str | None, list[Fnd]]]:
        return [(float(r.score), getattr(r, "verdict", None), [_fnd(f) for f in r.findings])
                for r in self._check(items)]


class FallbackScorer:
    """Provisional: ``100·cosine − 30·critical − 15·major`` over ``quotecheck.score.findings``."""

    name = "fallback (100*cosine - 30*critical - 15*major over quotecheck.score.findings)"

    def __init__(self) -> None:
        from quotecheck.score import findings

        self._findings = findings

    def score(self, items: list[dict]) -> list[tuple[float, str | None, list[Fnd]]]:
        cos = cosines([(it["en"], it["fr"]) for it in items])
        out = []
        for it, c in zip(items, cos):
            fs = self._findings(it["en"], it["fr"])
            crit = sum(f.severity == "critical" for f in fs)
            major = sum(f.severity == "major" for f in fs)
            out.append((100 * c - 30 * crit - 15 * major, None, [_fnd(f) for f in fs]))
        return out


def scorer_class(kind: str):
    if kind in ("auto", "api"):
        try:
            from quotecheck import check_pairs  # noqa: F401
            return ApiScorer
        except ImportError:
            if kind == "api":
                raise SystemExit("eval_inject: quotecheck.check_pairs is not available") from None
    return FallbackScorer


_ENCODER = None


def cosines(pairs: list[tuple[str, str]]) -> list[float]:
    """Plain USE cosine of each (en, fr), batched."""
    global _ENCODER
    if _ENCODER is None:
        from quotecheck import registry

        _ENCODER = registry.get("encoder", "use.v1")
    if not pairs:
        return []
    texts = list(dict.fromkeys([t for p in pairs for t in p]))
    vec = _ENCODER.encode(texts)
    row = {t: i for i, t in enumerate(texts)}
    return [float(vec[row[en]] @ vec[row[fr]]) for en, fr in pairs]


_WORKER: dict = {}
ENCODER_CACHE_LIMIT = 30_000


def _trim_encoder_cache() -> None:
    """Empty the shared use.v1 embedding cache between chunks while it is still small.

    Its own reset (past 50,000 entries) happens in the middle of an ``encode`` call and can
    drop texts that call is about to read (a KeyError after tens of thousands of pairs);
    emptying it here, before a chunk, keeps a long run clear of that point."""
    try:
        from quotecheck import registry

        enc = registry.get("encoder", "use.v1")
    except Exception:  # noqa: BLE001 - no encoder, nothing to trim
        return
    cache = getattr(enc, "_cache", None)
    if isinstance(cache, dict) and len(cache) > ENCODER_CACHE_LIMIT:
        cache.clear()


def _init_worker(cls, threads: int | None) -> None:
    if threads:
        os.environ["QUOTECHECK_THREADS"] = str(threads)
    _WORKER["scorer"] = cls()


def _score_chunk(items: list[dict]) -> list[Scored]:
    """Score one chunk of pairs (in a worker process, or in this one)."""
    if "scorer" not in _WORKER:
        raise RuntimeError("scorer not initialised")
    _trim_encoder_cache()
    res = _WORKER["scorer"].score(items)
    cos = cosines([(it["en"], it["fr"]) for it in items])
    return [Scored(it["id"], sc, verdict, fs, c) for it, (sc, verdict, fs), c in zip(items, res, cos)]


class Pool:
    """Scores pairs in chunks, in ``jobs`` worker processes (forked before any heavy work)."""

    def __init__(self, cls, jobs: int, chunk: int = 384) -> None:
        self.cls, self.jobs, self.chunk = cls, jobs, chunk
        self._pool = None
        if jobs > 1:
            import multiprocessing as mp

            self._pool = mp.get_context("fork").Pool(jobs, _init_worker, (cls, 1))
        else:
            _init_worker(cls, None)

    def score(self, items: list[dict], label: str = "") -> dict[str, Scored]:
        chunks = [items[i: i + self.chunk] for i in range(0, len(items), self.chunk)]
        runner = self._pool.imap(_score_chunk, chunks) if self._pool else map(_score_chunk, chunks)
        out: dict[str, Scored] = {}
        t0 = time.time()
        tty = sys.stderr.isatty()
        for k, part in enumerate(runner, 1):
            out.update((s.id, s) for s in part)
            if label and (tty or k % 20 == 0 or k == len(chunks)):
                rate = len(out) / max(1e-9, time.time() - t0)
                lead, end = ("\r", "") if tty else ("", "\n")
                print(f"{lead}  {label}: scored {len(out)}/{len(items)} ({rate:.0f}/s)",
                      end=end, file=sys.stderr, flush=True)
        if tty and label:
            print(file=sys.stderr)
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()


_CHRF = None


@functools.lru_cache(maxsize=65536)
def chrf(hyp: str, ref: str) -> float:
    global _CHRF
    if _CHRF is None:
        from sacrebleu.metrics import CHRF

        _CHRF = CHRF()
    return float(_CHRF.sentence_score(hyp, [ref]).score)


# --------------------------------------------------------------------------- the run


def _span_text(text: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    return text[span[0]: span[1]]


def _keys(findings: list, en: str, fr: str) -> Counter:
    """Findings as comparable keys: code plus the English words (or the French ones)."""
    out: Counter = Counter()
    for f in findings:
        anchor = _span_text(en, f.en_span)
        if anchor is None:
            anchor = "fr:" + (_span_text(fr, f.fr_span) or "")
        out[(f.code, anchor)] += 1
    return out


def serious(findings: list) -> bool:
    return any(f.severity in ("critical", "major") for f in findings)


@dataclass
class Case:
    dataset: str
    index: int
    category: str
    severity: str
    en: str
    fr: str
    base_id: str  # id of the faithful pair it is compared with
    info: dict
    id: str = ""


def perturb_dataset(ds: Dataset, seed: int, categories: list[str],
                    handle_share: float = 1.0) -> tuple[list[dict], list[Case]]:
    """Faithful items (plus handle_url bases) and the perturbed cases of one data set.

    ``handle_share``: the share of pairs *without* a shared @handle or URL that get one added
    (and then changed) for the handle_url category; pairs that have one always count."""
    inject.prime([fr for _en, fr in ds.pairs])
    items: list[dict] = []
    cases: list[Case] = []
    for i, (en, fr) in enumerate(ds.pairs):
        fid = f"{ds.name}/{i}"
        items.append({"id": fid, "en": en, "fr": fr})
        for cat in categories:
            if cat == "handle_url" and handle_share < 1.0 and not inject.shared_handles(en, fr) \
                    and inject.rng_for(seed, ds.name, i, "handle_url/sample").random() >= handle_share:
                continue
            res = inject.perturb(cat, en, fr, inject.rng_for(seed, ds.name, i, cat))
            if res is None:
                continue
            en2, fr2, info = res
            base_id = fid
            if "base" in info and (info["base"]["en"] != en or info["base"]["fr"] != fr):
                base_id = f"{fid}/{cat}/base"
                items.append({"id": base_id, "en": info["base"]["en"], "fr": info["base"]["fr"]})
            c = Case(ds.name, i, cat, inject.CATEGORIES[cat].severity, en2, fr2, base_id, info,
                     id=f"{fid}/{cat}")
            cases.append(c)
    return items, cases


def sample_cases(items: list[dict], cases: list[Case], cap: int, seed: int) -> tuple[list[dict], list[Case]]:
    """At most ``cap`` perturbed cases per category (a fixed random sample); every faithful
    pair stays (false alarms are measured on all of them), handle_url bases only when used."""
    by_cat: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        by_cat[c.category].append(c)
    kept: list[Case] = []
    for cat, group in by_cat.items():
        if len(group) > cap:
            group = random.Random(f"{seed}|{group[0].dataset}|{cat}|sample").sample(group, cap)
        kept += group
    kept.sort(key=lambda c: (c.index, list(inject.CATEGORIES).index(c.category)))
    used = {c.base_id for c in kept}
    return [it for it in items if not it["id"].endswith("/base") or it["id"] in used], kept


def run(args) -> dict:
    t0 = time.time()
    sets = load(args.data, args.split, args.seed)
    if args.limit:
        for d in sets:
            d.pairs = d.pairs[: args.limit]
            if d.refs is not None:
                d.refs = d.refs[: args.limit]
    categories = args.categories or list(inject.CATEGORIES)
    cls = None if args.dump_only else scorer_class(args.scorer)
    # workers are forked first, before spaCy and the perturbations fill this process
    pool = Pool(cls, args.jobs) if cls is not None and sets else None
    stats: dict[tuple[str, str], Counter] = defaultdict(Counter)
    fa: dict[str, Counter] = defaultdict(Counter)
    misses: list[dict] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    timing: dict[str, float] = {}
    try:
        t1 = time.time()
        work = []
        applicable: Counter = Counter()
        for ds in sets:
            items, cases = perturb_dataset(ds, args.seed, categories, args.handle_share)
            applicable.update((c.category, ds.name) for c in cases)
            if args.max_per_category:
                items, cases = sample_cases(items, cases, args.max_per_category, args.seed)
            work.append((ds, items, cases))
        timing["perturb"] = time.time() - t1
        res: dict[str, Scored] = {}
        if pool is not None:
            t2 = time.time()
            everything = [it for _ds, items, cases in work
                          for it in items + [{"id": c.id, "en": c.en, "fr": c.fr} for c in cases]]
            res = pool.score(everything, "all data sets")
            timing["score"] = time.time() - t2
        for ds, items, cases in work:
            by_id = {it["id"]: it for it in items}
            for cat in categories:
                stats[(cat, ds.name)]["pairs"] = len(ds.pairs)
                stats[(cat, ds.name)]["applicable"] = applicable[(cat, ds.name)]
            for i in range(len(ds.pairs)):
                fa[ds.name]["n"] += 1
                if res:
                    fa[ds.name]["flagged"] += serious(res[f"{ds.name}/{i}"].findings)
            for c in cases:
                st = stats[(c.category, ds.name)]
                st["n"] += 1
                if not res:
                    continue
                base = by_id[c.base_id]
                fb, fp = res[c.base_id], res[c.id]
                ok = fb.score > fp.score
                fam = inject.CATEGORIES[c.category].family
                new = _keys(fp.findings, c.en, c.fr) - _keys(fb.findings, base["en"], base["fr"])
                hit = any(code.startswith(fam) for code, _a in new)
                st["rank"] += ok
                st["detect"] += hit
                st["cos"] += fb.cosine > fp.cosine
                if ds.refs is not None:
                    ref = ds.refs[c.index]
                    st["chrf_n"] += 1
                    st["chrf"] += chrf(base["fr"], ref) > chrf(c.fr, ref)  # ties fail too
                if args.errors and c.category in args.errors and (not ok or not hit):
                    misses.append({"id": c.id, "rank_ok": ok, "detected": hit, "en": c.en,
                                   "fr": base["fr"], "fr2": c.fr, "score": round(fb.score, 2),
                                   "score2": round(fp.score, 2),
                                   "change": [c.info["before"], c.info["after"]],
                                   "findings": sorted({f.code for f in fb.findings}),
                                   "findings2": sorted({f.code for f in fp.findings})})
            if dump is not None:
                for it in items:
                    # a "/base" item is the faithful pair a handle_url error was made from
                    rec = {"id": it["id"], "dataset": ds.name, "category": None, "severity": None,
                           "perturbed": False, "base": it["id"].endswith("/base"),
                           "en": it["en"], "fr": it["fr"]}
                    if it["id"] in res:
                        rec.update(_scored(res[it["id"]]))
                    dump.write(json.dumps(rec, ensure_ascii=False) + "\n")
                for c in cases:
                    rec = {"id": c.id, "dataset": ds.name, "category": c.category, "severity": c.severity,
                           "perturbed": True, "faithful_id": c.base_id, "en": c.en, "fr": c.fr,
                           "change": {k: c.info[k] for k in ("variant", "start", "before", "after")}}
                    if c.id in res:
                        rec.update(_scored(res[c.id]))
                    dump.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if not args.json:
                print(f"  {ds.name}: {len(ds.pairs)} pairs, {len(cases)} perturbed", file=sys.stderr)
        if not args.json:
            print("  time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timing.items()), file=sys.stderr)
    finally:
        if pool is not None:
            pool.close()
        if dump is not None:
            dump.close()
    return {"sets": sets, "stats": stats, "fa": fa, "misses": misses,
            "scorer": cls.name if cls else None, "categories": categories,
            "seconds": time.time() - t0, "jobs": args.jobs}


def _scored(s: Scored) -> dict:
    return {"score": round(s.score, 3), "verdict": s.verdict, "cosine": round(s.cosine, 4),
            "findings": [{"code": f.code, "severity": f.severity} for f in s.findings]}


def _rate(num: float, den: float) -> float | None:
    return num / den if den else None


def figures(out: dict, args) -> dict:
    sets, stats, fa = out["sets"], out["stats"], out["fa"]
    names = [d.name for d in sets]
    cats = {}
    for cat in out["categories"]:
        per = {}
        tot: Counter = Counter()
        for n in names:
            st = stats[(cat, n)]
            tot.update(st)
            per[n] = {"pairs": st["pairs"], "n": st["n"], "applies": _rate(st["applicable"], st["pairs"]),
                      "ranking": _rate(st["rank"], st["n"]), "recall": _rate(st["detect"], st["n"]),
                      "cosine": _rate(st["cos"], st["n"]), "chrf": _rate(st["chrf"], st["chrf_n"])}
        cats[cat] = {"severity": inject.CATEGORIES[cat].severity, "pairs": tot["pairs"], "n": tot["n"],
                     "applies": _rate(tot["applicable"], tot["pairs"]),
                     "ranking": _rate(tot["rank"], tot["n"]),
                     "recall": _rate(tot["detect"], tot["n"]), "cosine": _rate(tot["cos"], tot["n"]),
                     "chrf": _rate(tot["chrf"], tot["chrf_n"]), "per_dataset": per}
    alarms = {n: _rate(fa[n]["flagged"], fa[n]["n"]) for n in names}
    tot_fa = sum(fa[n]["flagged"] for n in names)
    tot_n = sum(fa[n]["n"] for n in names)
    summary = {}
    for sev in ("critical", "major"):
        for key in ("ranking", "recall", "cosine", "chrf"):
            vals = [c[key] for c in cats.values() if c["severity"] == sev and c[key] is not None]
            summary[f"{sev}_{key}"] = sum(vals) / len(vals) if vals else None
    summary["false_alarms"] = _rate(tot_fa, tot_n)
    return {"split": args.split, "seed": args.seed, "scorer": out["scorer"],
            "corpus_hash": corpus_hash(sets), "limit": args.limit,
            "max_per_category": args.max_per_category,
            "datasets": {d.name: len(d.pairs) for d in sets}, "categories": cats,
            "false_alarms": alarms, "summary": summary, "targets": TARGETS,
            "seconds": round(out["seconds"], 1), "jobs": out["jobs"]}


def _pct(x: float | None) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


def print_report(fig: dict) -> None:
    names = list(fig["datasets"])
    print(f"error-injection suite  split={fig['split']}  seed={fig['seed']}  corpus={fig['corpus_hash']}"
          + (f"  limit={fig['limit']}" if fig["limit"] else "")
          + (f"  max-per-category={fig['max_per_category']}" if fig["max_per_category"] else ""))
    print(f"scorer: {fig['scorer']}")
    print("data: " + ", ".join(f"{n} {k}" for n, k in fig["datasets"].items()))
    print()
    head = f"{'category':15} {'sev':8} {'n':>6} {'applies':>7} {'rank':>6} {'recall':>6} {'cosine':>6} {'chrF':>6}"
    print(head + "   ranking per data set: " + " ".join(f"{n[:10]:>10}" for n in names))
    for cat, c in fig["categories"].items():
        per = " ".join(f"{_pct(c['per_dataset'][n]['ranking']):>10}" for n in names)
        print(f"{cat:15} {c['severity']:8} {c['n']:6d} {_pct(c['applies']):>7} {_pct(c['ranking'])} "
              f"{_pct(c['recall'])} {_pct(c['cosine'])} {_pct(c['chrf'])}   {' ' * 23}{per}")
    print()
    print("applies per data set:  " + "  ".join(
        f"{cat} " + "/".join(f"{(c['per_dataset'][n]['applies'] or 0):.2f}" for n in names)
        for cat, c in fig["categories"].items()))
    print("recall per data set:   " + "  ".join(
        f"{cat} " + "/".join(_pct(c['per_dataset'][n]['recall']).strip() for n in names)
        for cat, c in fig["categories"].items()))
    print()
    print("false alarms (any critical or major finding on the untouched pair): "
          + ", ".join(f"{n} {_pct(v).strip()}" for n, v in fig["false_alarms"].items()))
    s, t = fig["summary"], fig["targets"]

    def verdict(x, target, higher=True):
        if x is None:
            return ""
        return "meets" if (x >= target if higher else x <= target) else "BELOW" if higher else "ABOVE"

    print(f"critical mean ranking {_pct(s['critical_ranking'])} (target ≥ {t['critical']}) "
          f"{verdict(s['critical_ranking'], t['critical'])};  recall {_pct(s['critical_recall'])};  "
          f"cosine baseline {_pct(s['critical_cosine'])};  chrF baseline (NTREX) {_pct(s['critical_chrf'])}")
    print(f"major mean ranking    {_pct(s['major_ranking'])} (target ≥ {t['major']}) "
          f"{verdict(s['major_ranking'], t['major'])};  recall {_pct(s['major_recall'])};  "
          f"cosine baseline {_pct(s['major_cosine'])};  chrF baseline (NTREX) {_pct(s['major_chrf'])}")
    print(f"false alarms overall  {_pct(s['false_alarms'])} (target ≤ {t['false_alarms']}) "
          f"{verdict(s['false_alarms'], t['false_alarms'], higher=False)}")
    print(f"time {fig['seconds']} s ({fig['jobs']} scoring process(es))")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", choices=("test", "dev", "dev-wide"), default="test")
    ap.add_argument("--limit", type=int, default=0, help="first N pairs of each data set")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--scorer", choices=("auto", "api", "fallback"), default="auto")
    ap.add_argument("--category", dest="categories", action="append", choices=sorted(inject.CATEGORIES),
                    help="only these categories (repeatable)")
    ap.add_argument("--dump", type=Path, help="write every faithful and perturbed pair as JSONL")
    ap.add_argument("--dump-only", action="store_true", help="with --dump: perturb and write, no scoring")
    ap.add_argument("--errors", action="append", choices=sorted(inject.CATEGORIES),
                    help="print the misses (ranking or detection) of this category (repeatable)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--handle-share", type=float, default=0.25,
                    help="share of pairs without a shared @handle/URL that get one added for the "
                         "handle_url category (default 0.25: the added ones are all alike)")
    ap.add_argument("--max-per-category", type=int, default=0, metavar="N",
                    help="score at most N perturbed pairs per category and data set (a fixed sample; "
                         "all faithful pairs are still scored); 0 = all")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="scoring processes (default: 2, or 1 on a single core)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"eval_inject: no data at {args.data}; nothing to evaluate", file=sys.stderr)
        return 0
    out = run(args)
    if not out["sets"]:
        print(f"eval_inject: no data set of split {args.split} under {args.data}", file=sys.stderr)
        return 0
    fig = figures(out, args)
    if args.dump_only:
        print(f"wrote {args.dump}" if args.dump else "nothing scored (--dump-only)")
        print("applies: " + ", ".join(f"{c} {v['n']}/{v['pairs']}" for c, v in fig["categories"].items()))
        if args.max_per_category:
            print(f"(at most {args.max_per_category} per category and data set written)")
        return 0
    if args.json:
        if args.errors:
            fig["misses"] = out["misses"]
        print(json.dumps(fig, ensure_ascii=False, indent=1))
        return 0
    print_report(fig)
    if args.errors:
        print(f"\nmisses ({len(out['misses'])}): ranking failed or no new finding of the family")
    for m in out["misses"]:
        print(json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
