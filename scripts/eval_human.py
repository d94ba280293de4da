#!/usr/bin/env python3
"""quotecheck against real human labels: ParaCrawl, WMT20 MQM, DiaBLa.

    python scripts/eval_human.py [--data ../shared/data] [--only paracrawl|mqm|diabla]
                                 [--limit N] [--json] [--scorer auto|api|fallback]

Three data sets written and judged by others (``../shared/data``; a missing one
is skipped with one line saying so):

* ParaCrawl human evaluation (v3 + v7): web-crawled sentence pairs judged
  V (valid), F (free translation), E (translation error), A (misaligned).
  Positives V/F, negatives E/A; ROC-AUC of the quotecheck score, of plain USE
  cosine and of chrF between the English and the French (a copy signal: there
  is no reference). Rows whose English side is not identified as English or
  whose French side is not French (lingua, English/French only) are dropped.
* WMT20 QE task 3 (MQM): product descriptions machine-translated en→fr, with
  error spans (category, severity, character offsets into the French). Recall
  of gold spans of the categories quotecheck has a family for, precision of
  those findings against gold spans of any category, and a segment-level
  ROC-AUC (error-free vs major/critical error).
* DiaBLa: dialogue utterances machine-translated en→fr, judged by the French
  participant (perfect / medium / poor, problem tags). The MT output is checked
  against the English source; perfect vs medium/poor with a "meaning" tag.
  chrF of the MT against the human reference is the reference-based comparison.

The scorer is ``quotecheck.check_pairs`` when the package has it, otherwise a
fallback (findings of ``quotecheck.score.findings`` and
``100·cosine − 30·critical − 15·major``); the report says which.
ROC-AUC is the rank formula (ties count one half), with a 95 % stratified
bootstrap interval (500 resamples, seed 0). Higher is faithful for every signal.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARACRAWL_DIR = "paracrawl_human_eval_enfr"
PARACRAWL_FILES = ("paracrawl-v3-validation-data.sorted.en-fr.tsv", "paracrawl-v7-validation.sorted.en-fr.tsv")
MQM_FILE = "wmt20_qe_mqm_enfr/train_segments.jsonl"
DIABLA_FILE = "diabla_enfr/diabla_judged_utterances.tsv"

POSITIVE_LABELS = ("V", "F")
NEGATIVE_LABELS = ("E", "A")
BOOTSTRAP = 500


# --------------------------------------------------------------------------- statistics


def average_ranks(values: Sequence[float]) -> np.ndarray:
    """1-based ranks of ``values``; tied values share the mean of their ranks."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    if n == 0:
        return np.zeros(0)
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    first = np.r_[True, xs[1:] != xs[:-1]]  # where each run of equal values starts
    run = np.cumsum(first) - 1
    starts = np.flatnonzero(first)
    ends = np.r_[starts[1:], n] - 1
    ranks = np.empty(n, dtype=float)
    ranks[order] = ((starts + ends) / 2 + 1)[run]
    return ranks


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Probability that a random positive scores above a random negative (ties ½);
    ``None`` when one class is empty. Mann–Whitney rank formula."""
    y = np.asarray(labels, dtype=bool)
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    ranks = average_ranks(scores)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def bootstrap_auc(scores: Sequence[float], labels: Sequence[bool], n: int = BOOTSTRAP,
                  seed: int = 0) -> tuple[float, float] | None:
    """95 % percentile interval of the ROC-AUC, resampling positives and negatives
    separately (their counts stay fixed)."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    pos, neg = s[y], s[~y]
    if len(pos) < 2 or len(neg) < 2 or n <= 0:
        return None
    rng = np.random.default_rng(seed)
    lab = np.r_[np.ones(len(pos), bool), np.zeros(len(neg), bool)]
    values = []
    for _ in range(n):
        sample = np.r_[rng.choice(pos, len(pos)), rng.choice(neg, len(neg))]
        values.append(roc_auc(sample, lab))
    lo, hi = np.percentile(values, [2.5, 97.5])
    return float(lo), float(hi)


def auc_entry(scores: Sequence[float], labels: Sequence[bool], boot: int) -> dict[str, Any]:
    ci = bootstrap_auc(scores, labels, boot) if boot else None
    return {"auc": roc_auc(scores, labels), "ci95": list(ci) if ci else None,
            "n_pos": int(sum(labels)), "n_neg": int(len(labels) - sum(labels))}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether half-open ranges ``[a0, a1)`` and ``[b0, b1)`` share at least one character."""
    return max(a[0], b[0]) < min(a[1], b[1])


def chance_overlap(length: int, text_len: int, covered: np.ndarray) -> float:
    """Share of the positions of a span of ``length`` characters inside a text of
    ``text_len`` characters at which it would overlap a character marked in ``covered``."""
    length = max(1, min(length, text_len)) if text_len else 1
    if text_len == 0:
        return 0.0
    prefix = np.r_[0, np.cumsum(covered[:text_len].astype(int))]
    starts = np.arange(0, text_len - length + 1)
    return float(np.mean(prefix[starts + length] - prefix[starts] > 0))


def sha256_prefix(path: Path, n: int = 12) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:n]


def subsample(n: int, limit: int | None, seed: int = 0) -> list[int]:
    """Indices to keep: all, or ``limit`` of them drawn with a fixed seed, in file order."""
    if limit is None or limit >= n:
        return list(range(n))
    return sorted(random.Random(seed).sample(range(n), limit))


# --------------------------------------------------------------------------- readers


@dataclass(frozen=True)
class ParaRow:
    release: str  # v3 or v7
    line: int
    en: str
    fr: str
    label: str
    bicleaner: float | None = None  # the corpus builders' own classifier score, shipped in the file


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def read_paracrawl(path: Path) -> tuple[list[ParaRow], int]:
    """Rows of a ParaCrawl human-evaluation TSV (no header). Release 3 has 9 columns
    (url1 url2 src trg hunalign zipporah bicleaner evaluation comments), release 6/7
    has 8 (url1 url2 src trg bicleaner evaluation comments time). Returns the rows and
    the number of lines with another column count."""
    rows: list[ParaRow] = []
    bad = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for no, line in enumerate(fh, 1):
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) == 9:
                release, label, bicleaner = "v3", cols[7], _float(cols[6])
            elif len(cols) == 8:
                release, label, bicleaner = "v7", cols[5], _float(cols[4])
            else:
                bad += 1
                continue
            rows.append(ParaRow(release, no, cols[2].strip(), cols[3].strip(), label.strip(), bicleaner))
    return rows, bad


@dataclass
class MqmSegment:
    key: str  # doc_id:seg_id
    en: str
    fr: str
    spans: list[tuple[str, str, int, int]] = field(default_factory=list)  # category, severity, start, end


def read_mqm(path: Path) -> list[MqmSegment]:
    """Segments of ``train_segments.jsonl``; every gold span is attached to the segment
    its own ``seg_id`` points to (a few errors span two neighbouring segments)."""
    segs: dict[str, MqmSegment] = {}
    pending: list[tuple[str, str, str, int, int]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            key = f"{r['doc_id']}:{r['seg_id']}"
            segs[key] = MqmSegment(key, r["source_en"], r["mt_fr"])
            for err in r.get("errors", []):
                for sp in err.get("spans", []):
                    where = f"{r['doc_id']}:{sp.get('seg_id', r['seg_id'])}"
                    start = int(sp["start"])
                    pending.append((where, err["category"], err["severity"], start, start + int(sp["length"])))
    for where, cat, sev, a, b in pending:
        if where in segs:
            segs[where].spans.append((cat, sev, a, b))
    return list(segs.values())


@dataclass(frozen=True)
class DiablaRow:
    key: str
    en: str
    mt: str
    ref: str
    judgment: str
    problems: tuple[str, ...]


def read_diabla(path: Path) -> list[DiablaRow]:
    """en→fr rows of ``diabla_judged_utterances.tsv`` with a judgement. The English is
    ``source_original`` (what the MT system translated); fields hold literal quote
    characters, so the TSV is read without CSV quoting."""
    out: list[DiablaRow] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["direction"] != "en2fr" or r["judgment"] not in ("perfect", "medium", "poor"):
                continue
            probs = tuple(p.strip() for p in r["problems"].split(",") if p.strip())
            out.append(DiablaRow(f"{r['dialogue']}:{r['utt_id']}", r["source_original"], r["mt"],
                                 r["reference"], r["judgment"], probs))
    return out


def diabla_label(row: DiablaRow) -> bool | None:
    """True: judged perfect with no meaning problem; False: medium or poor with a
    "meaning" problem tag; None: neither (left out of the ROC-AUC)."""
    if row.judgment == "perfect" and "meaning" not in row.problems:
        return True
    if row.judgment in ("medium", "poor") and "meaning" in row.problems:
        return False
    return None


# --------------------------------------------------------------------------- scorers


@dataclass
class Judged:
    score: float
    findings: list[Any]
    cosine: float | None


def trim_encoder_cache(enc: Any, limit: int = 30_000) -> None:
    """Empty the shared encoder's embedding cache when it is large. Workaround: in
    ``USEEncoder.encode`` (quotecheck 0.1.0) a cache that overflows (> 50,000 entries)
    during a call is cleared after the call's already-cached texts were counted as
    present, and the call fails with a KeyError; clearing between calls avoids it."""
    cache = getattr(enc, "_cache", None)
    if isinstance(cache, dict) and len(cache) > limit:
        cache.clear()


class UseCosine:
    """Plain USE cosine of each English/French pair (the ``use.v1`` backend, raw texts)."""

    def __init__(self) -> None:
        from quotecheck import registry

        self.enc = registry.get("encoder", "use.v1")
        self.name = f"use.v1 ({getattr(self.enc, 'version', '?')})"

    def __call__(self, en: Sequence[str], fr: Sequence[str], chunk: int = 256) -> list[float]:
        out: list[float] = []
        for i in range(0, len(en), chunk):
            trim_encoder_cache(self.enc)
            a = self.enc.encode(list(en[i:i + chunk]))
            b = self.enc.encode(list(fr[i:i + chunk]))
            out.extend(float(x) for x in np.sum(a * b, axis=1))
        return out


class ApiScorer:
    """``quotecheck.check_pairs``: all pairs of a data set in one call."""

    def __init__(self) -> None:
        import quotecheck
        from quotecheck import check_pairs

        self._check = check_pairs
        self.name = f"quotecheck.check_pairs (quotecheck {quotecheck.__version__})"

    def judge(self, pairs: list[dict[str, str]], cosine: UseCosine) -> dict[str, Judged]:
        from quotecheck import registry

        enc = registry.get("encoder", "use.v1")

        def feed() -> Iterable[dict[str, str]]:
            # check_pairs pulls a whole batch before encoding it, so trimming between
            # pulls never interrupts an encoder call
            for p in pairs:
                trim_encoder_cache(enc)
                yield p

        out: dict[str, Judged] = {}
        for r in self._check(feed()):
            out[str(r.id)] = Judged(float(r.score), list(r.findings), getattr(r, "cosine", None))
        missing = [p["id"] for p in pairs if p["id"] not in out]
        if missing:
            raise SystemExit(f"eval_human: check_pairs returned no result for {len(missing)} of {len(pairs)} "
                             f"pairs (first: {missing[0]})")
        return out


class FallbackScorer:
    """Provisional score while ``check_pairs`` does not exist."""

    def __init__(self) -> None:
        import quotecheck
        from quotecheck.score import findings

        self._findings = findings
        self.name = (f"fallback (quotecheck {quotecheck.__version__}): 100·USE cosine − 30·critical − 15·major, "
                     "findings from quotecheck.score.findings")

    def judge(self, pairs: list[dict[str, str]], cosine: UseCosine) -> dict[str, Judged]:
        cos = cosine([p["en"] for p in pairs], [p["fr"] for p in pairs])
        out: dict[str, Judged] = {}
        for p, c in zip(pairs, cos):
            fs = self._findings(p["en"], p["fr"])
            sev = Counter(f.severity for f in fs)
            out[p["id"]] = Judged(100 * c - 30 * sev["critical"] - 15 * sev["major"], fs, c)
        return out


def make_scorer(kind: str) -> ApiScorer | FallbackScorer:
    if kind in ("auto", "api"):
        try:
            return ApiScorer()
        except ImportError:
            if kind == "api":
                raise SystemExit("eval_human: quotecheck.check_pairs is not available (--scorer api)") from None
    return FallbackScorer()


def english_french_detector() -> tuple[Callable[[str], str | None], str]:
    """lingua restricted to English and French, on the raw text. (quotecheck's own
    ``lingua.v1`` backend discounts capitalised words as names, which misreads the
    many Title Case headings of web-crawled data.)"""
    from importlib.metadata import version

    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()
    codes = {Language.ENGLISH: "en", Language.FRENCH: "fr"}

    def detect(text: str) -> str | None:
        return codes.get(detector.detect_language_of(text))  # type: ignore[arg-type]

    return detect, f"lingua-language-detector {version('lingua-language-detector')} (English/French only)"


def chrf_scores(hyps: Sequence[str], refs: Sequence[str]) -> tuple[list[float], str]:
    """Sentence chrF (sacrebleu defaults) of each hypothesis against its one reference."""
    from sacrebleu.metrics import CHRF

    metric = CHRF()
    values = [metric.sentence_score(h, [r]).score for h, r in zip(hyps, refs)]
    return values, str(metric.get_signature())


def serious(fs: Iterable[Any]) -> bool:
    return any(f.severity in ("critical", "major") for f in fs)


def family(code: str) -> str:
    return code.split(".", 1)[0]


# --------------------------------------------------------------------------- ParaCrawl


def eval_paracrawl(data: Path, scorer: Any, cosine: UseCosine, limit: int | None, boot: int,
                   files_used: list[Path]) -> dict[str, Any]:
    paths = [data / PARACRAWL_DIR / f for f in PARACRAWL_FILES]
    paths = [p for p in paths if p.exists()]
    if not paths:
        return {"skipped": f"{data / PARACRAWL_DIR} not found"}
    files_used.extend(paths)
    rows: list[ParaRow] = []
    malformed = 0
    for p in paths:
        r, bad = read_paracrawl(p)
        rows += r
        malformed += bad
    read_counts = Counter(r.label for r in rows)
    wanted = [r for r in rows if r.label in POSITIVE_LABELS + NEGATIVE_LABELS]
    detect, detector_name = english_french_detector()
    kept: list[ParaRow] = []
    dropped: Counter[str] = Counter()
    for r in wanted:
        if detect(r.en) == "en" and detect(r.fr) == "fr":
            kept.append(r)
        else:
            dropped[r.label] += 1
    kept = [kept[i] for i in subsample(len(kept), limit)]
    pairs = [{"en": r.en, "fr": r.fr, "id": f"{r.release}:{r.line}"} for r in kept]
    t0 = time.perf_counter()
    judged = scorer.judge(pairs, cosine)
    seconds = time.perf_counter() - t0
    q = [judged[p["id"]].score for p in pairs]
    cos = cosine([r.en for r in kept], [r.fr for r in kept])
    copy, chrf_sig = chrf_scores([r.fr for r in kept], [r.en for r in kept])
    signals = {"quotecheck": q, "use_cosine": cos, "chrf_en_fr_copy": copy}
    if all(r.bicleaner is not None for r in kept):
        # the score of the classifier that built the corpus (Bicleaner), as the file gives it: the
        # purpose-built reference point for telling these pairs apart
        signals["bicleaner"] = [float(r.bicleaner) for r in kept]  # type: ignore[arg-type]
    labels = [r.label for r in kept]

    def block(neg: tuple[str, ...], subset: Callable[[ParaRow], bool] = lambda r: True) -> dict[str, Any]:
        idx = [i for i, r in enumerate(kept) if (r.label in POSITIVE_LABELS or r.label in neg) and subset(r)]
        y = [labels[i] in POSITIVE_LABELS for i in idx]
        return {name: auc_entry([v[i] for i in idx], y, boot) for name, v in signals.items()}

    per_label = {}
    for lab in POSITIVE_LABELS + NEGATIVE_LABELS:
        idx = [i for i, r in enumerate(kept) if r.label == lab]
        if idx:
            per_label[lab] = {
                "n": len(idx),
                "mean_score": float(np.mean([q[i] for i in idx])),
                "mean_cosine": float(np.mean([cos[i] for i in idx])),
                "flagged_critical_or_major": float(np.mean([serious(judged[pairs[i]["id"]].findings)
                                                            for i in idx])),
            }
    return {
        "files": [str(p.relative_to(data)) for p in paths],
        "labels_read": dict(read_counts.most_common()),
        "malformed_lines": malformed,
        "language_filter": f"{detector_name}: src must be English, trg French",
        "dropped_by_language": dict(dropped.most_common()),
        "labels_kept": dict(Counter(labels).most_common()),
        "limit": limit,
        "auc": {
            "VF_vs_EA": block(NEGATIVE_LABELS),
            "VF_vs_E": block(("E",)),
            "VF_vs_A": block(("A",)),
            "VF_vs_EA_v3": block(NEGATIVE_LABELS, lambda r: r.release == "v3"),
            "VF_vs_EA_v7": block(NEGATIVE_LABELS, lambda r: r.release == "v7"),
        },
        "per_label": per_label,
        "reference": "none: chrF is computed between the French and the English (copy signal)",
        "chrf_signature": chrf_sig,
        "scoring_seconds": round(seconds, 1),
    }


# --------------------------------------------------------------------------- MQM

# (report row, gold categories, quotecheck families, matching rule)
MQM_ROWS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("Addition", ("Addition",), ("addition", "intensity"), "span"),
    ("Other POS Omitted (content words)", ("Other POS Omitted",), ("omission",), "segment"),
    ("Omitted, any (6 categories)", ("Omitted Determiner", "Omitted Preposition", "Other POS Omitted",
                                     "Omitted Conjunction", "Omitted Pronoun", "Omitted Auxiliary Verb"),
     ("omission",), "segment"),
    ("Named Entity", ("Named Entity",), ("entity",), "span"),
    ("Number", ("Number",), ("number",), "span"),
    ("Unit Conversion", ("Unit Conversion",), ("number",), "span"),
    ("Date/Time", ("Date/Time",), ("number",), "span"),
    ("Untranslated", ("Untranslated",), ("untranslated",), "span"),
)
MQM_FAMILIES = ("addition", "intensity", "omission", "entity", "number", "untranslated")
OMISSION_CATEGORIES = MQM_ROWS[2][1]
FAMILY_CATEGORIES: dict[str, set[str]] = defaultdict(set)
for _row, _cats, _fams, _rule in MQM_ROWS:
    for _f in _fams:
        FAMILY_CATEGORIES[_f].update(_cats)


def mqm_recall(segs: list[MqmSegment], judged: dict[str, Judged]) -> list[dict[str, Any]]:
    """Per report row: gold spans of its categories matched by a finding of its families.
    Span rule: the finding's French span overlaps the gold span by ≥ 1 character.
    Segment rule (omissions): any finding of the family in the segment."""
    out = []
    for name, cats, fams, rule in MQM_ROWS:
        n = found = found_any = 0
        segs_with = set()
        for s in segs:
            fs = judged[s.key].findings
            mine = [f for f in fs if family(f.code) in fams]
            for cat, _sev, a, b in s.spans:
                if cat not in cats:
                    continue
                n += 1
                segs_with.add(s.key)
                if rule == "segment":
                    hit = bool(mine)
                else:
                    hit = any(f.fr_span is not None and overlaps((f.fr_span.start, f.fr_span.end), (a, b))
                              for f in mine)
                found += hit
                found_any += any(f.fr_span is not None and overlaps((f.fr_span.start, f.fr_span.end), (a, b))
                                 for f in fs)
        flagged = sum(1 for s in segs if any(family(f.code) in fams for f in judged[s.key].findings))
        out.append({"row": name, "categories": list(cats), "families": list(fams), "rule": rule,
                    "gold_spans": n, "segments": len(segs_with), "found": found,
                    "recall": found / n if n else None,
                    "found_by_any_finding_span": found_any,
                    "share_of_all_segments_with_family_finding": flagged / len(segs) if segs else None})
    return out


def mqm_precision(segs: list[MqmSegment], judged: dict[str, Judged]) -> list[dict[str, Any]]:
    """Per family: findings whose French span overlaps a gold span of any category in
    the same segment. A finding without a French span counts as right when its segment
    has a gold error of a category mapped to its family or of an omission category.
    ``chance``: expected precision of same-length spans placed uniformly in the segment;
    ``chance_without_span``: share of all segments that would make a finding without a
    French span right."""
    out = []
    for fam in MQM_FAMILIES:
        n = right = n_span = 0
        chance: list[float] = []
        accept = FAMILY_CATEGORIES[fam] | set(OMISSION_CATEGORIES)
        base = sum(1 for s in segs if {c for c, *_ in s.spans} & accept) / len(segs) if segs else None
        for s in segs:
            covered = np.zeros(len(s.fr) + 1, dtype=bool)
            for _c, _sev, a, b in s.spans:
                covered[max(0, a):max(0, min(b, len(s.fr)))] = True
            cats = {c for c, *_ in s.spans}
            for f in judged[s.key].findings:
                if family(f.code) != fam:
                    continue
                n += 1
                if f.fr_span is not None:
                    n_span += 1
                    sp = (f.fr_span.start, f.fr_span.end)
                    right += any(overlaps(sp, (a, b)) for _c, _sev, a, b in s.spans)
                    chance.append(chance_overlap(sp[1] - sp[0], len(s.fr), covered))
                else:
                    right += bool(cats & accept)
        out.append({"family": fam, "findings": n, "with_fr_span": n_span, "right": right,
                    "precision": right / n if n else None,
                    "chance_precision_of_spans": float(np.mean(chance)) if chance else None,
                    "chance_without_span": base if n > n_span else None})
    return out


def eval_mqm(data: Path, scorer: Any, cosine: UseCosine, limit: int | None, boot: int,
             files_used: list[Path]) -> dict[str, Any]:
    path = data / MQM_FILE
    if not path.exists():
        return {"skipped": f"{path} not found"}
    files_used.append(path)
    segs = read_mqm(path)
    total_segments = len(segs)
    segs = [segs[i] for i in subsample(len(segs), limit)]
    cats = Counter(c for s in segs for c, *_ in s.spans)
    sevs = Counter(v for s in segs for _c, v, *_ in s.spans)
    pairs = [{"en": s.en, "fr": s.fr, "id": s.key} for s in segs]
    t0 = time.perf_counter()
    judged = scorer.judge(pairs, cosine)
    seconds = time.perf_counter() - t0
    codes = Counter(f.code for s in segs for f in judged[s.key].findings)

    # segment level: no gold span at all vs at least one major/critical span
    idx = [i for i, s in enumerate(segs)
           if not s.spans or any(v in ("major", "critical") for _c, v, *_ in s.spans)]
    y = [not segs[i].spans for i in idx]
    seg_level: dict[str, Any] = {"n_clean": sum(y), "n_major_critical": len(y) - sum(y),
                                 "n_minor_only_left_out": len(segs) - len(idx)}
    if sum(y) >= 30 and len(y) - sum(y) >= 30:
        sub = [segs[i] for i in idx]
        q = [judged[s.key].score for s in sub]
        cos = cosine([s.en for s in sub], [s.fr for s in sub])
        copy, _sig = chrf_scores([s.fr for s in sub], [s.en for s in sub])
        seg_level["auc"] = {"quotecheck": auc_entry(q, y, boot), "use_cosine": auc_entry(cos, y, boot),
                            "chrf_en_fr_copy": auc_entry(copy, y, boot)}
    else:
        seg_level["auc"] = None
    gold_chars = sum(len(s.fr) for s in segs)
    covered_chars = 0
    for s in segs:
        cov = np.zeros(len(s.fr), dtype=bool)
        for _c, _v, a, b in s.spans:
            cov[max(0, a):max(0, min(b, len(s.fr)))] = True
        covered_chars += int(cov.sum())
    return {
        "file": MQM_FILE,
        "segments": len(segs),
        "segments_in_file": total_segments,
        "documents": len({s.key.split(":")[0] for s in segs}),
        "limit": limit,
        "gold_categories": dict(cats.most_common()),
        "gold_severities": dict(sevs.most_common()),
        "share_of_french_characters_in_a_gold_span": covered_chars / gold_chars if gold_chars else None,
        "recall": mqm_recall(segs, judged),
        "precision": mqm_precision(segs, judged),
        "finding_codes": dict(codes.most_common()),
        "segment_level": seg_level,
        "reference": "none (MQM has no reference translation); chrF here is French vs English (copy signal)",
        "scoring_seconds": round(seconds, 1),
    }


# --------------------------------------------------------------------------- DiaBLa


def eval_diabla(data: Path, scorer: Any, cosine: UseCosine, limit: int | None, boot: int,
                files_used: list[Path]) -> dict[str, Any]:
    path = data / DIABLA_FILE
    if not path.exists():
        return {"skipped": f"{path} not found"}
    files_used.append(path)
    rows = read_diabla(path)
    rows = [rows[i] for i in subsample(len(rows), limit)]
    pairs = [{"en": r.en, "fr": r.mt, "id": r.key} for r in rows]
    t0 = time.perf_counter()
    judged = scorer.judge(pairs, cosine)
    seconds = time.perf_counter() - t0
    q = [judged[r.key].score for r in rows]
    cos = cosine([r.en for r in rows], [r.mt for r in rows])
    ref, ref_sig = chrf_scores([r.mt for r in rows], [r.ref for r in rows])
    copy, _sig = chrf_scores([r.mt for r in rows], [r.en for r in rows])
    signals = {"quotecheck": q, "use_cosine": cos, "chrf_vs_reference": ref, "chrf_en_fr_copy": copy}

    def block(label: Callable[[DiablaRow], bool | None]) -> dict[str, Any]:
        idx = [i for i, r in enumerate(rows) if label(r) is not None]
        y = [bool(label(rows[i])) for i in idx]
        return {name: auc_entry([v[i] for i in idx], y, boot) for name, v in signals.items()}

    per_judgment = {}
    for j in ("perfect", "medium", "poor"):
        idx = [i for i, r in enumerate(rows) if r.judgment == j]
        if idx:
            per_judgment[j] = {
                "n": len(idx),
                "with_meaning_tag": sum("meaning" in rows[i].problems for i in idx),
                "mean_score": float(np.mean([q[i] for i in idx])),
                "mean_cosine": float(np.mean([cos[i] for i in idx])),
                "mean_chrf_vs_reference": float(np.mean([ref[i] for i in idx])),
                "flagged_critical_or_major": float(np.mean([serious(judged[rows[i].key].findings) for i in idx])),
            }
    return {
        "file": DIABLA_FILE,
        "rows_en2fr_judged": len(rows),
        "limit": limit,
        "judgments": dict(Counter(r.judgment for r in rows).most_common()),
        "problem_tags": dict(Counter(p for r in rows for p in r.problems).most_common()),
        "auc": {
            "perfect_vs_meaning": block(diabla_label),
            "perfect_vs_poor_any_tag": block(
                lambda r: True if r.judgment == "perfect" and not r.problems
                else (False if r.judgment == "poor" else None)),
        },
        "per_judgment": per_judgment,
        "reference": "human reference translation (column reference); chrF of the MT against it",
        "chrf_signature": ref_sig,
        "scoring_seconds": round(seconds, 1),
    }


# --------------------------------------------------------------------------- output


def fmt_auc(e: dict[str, Any] | None) -> str:
    if not e or e.get("auc") is None:
        return "   n/a          "
    ci = e.get("ci95")
    return f"{e['auc']:.3f}" + (f" [{ci[0]:.3f}–{ci[1]:.3f}]" if ci else "")


def fmt_pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


SIGNAL_NAMES = {
    "quotecheck": "quotecheck score",
    "use_cosine": "USE cosine",
    "chrf_vs_reference": "chrF MT vs reference",
    "chrf_en_fr_copy": "chrF FR vs EN (copy)",
    "bicleaner": "Bicleaner (in the file)",
}


def auc_table(blocks: dict[str, dict[str, Any]], columns: list[tuple[str, str]]) -> list[str]:
    head = f"   {'':<24}" + "".join(f"{title:<24}" for _k, title in columns)
    lines = [head.rstrip()]
    names = list(next(iter(blocks.values())).keys())
    for name in names:
        lines.append(f"   {SIGNAL_NAMES.get(name, name):<24}" + "".join(
            f"{fmt_auc(blocks[k].get(name)):<24}" for k, _t in columns).rstrip())
    return lines


def text_report(report: dict[str, Any]) -> str:
    out = [f"scorer: {report['scorer']}",
           f"baseline encoder: {report['encoder']}",
           f"command: {report['command']}",
           f"data: {report['data']}"]
    for name, digest in report["data_files"].items():
        out.append(f"  sha256 {digest}  {name}")
    out.append("ROC-AUC: positive = faithful, higher signal = more faithful; ties ½; "
               f"[95 % stratified bootstrap, {report['bootstrap']} resamples]")
    p = report.get("paracrawl")
    if p is not None:
        out.append("")
        if "skipped" in p:
            out.append(f"== ParaCrawl human evaluation: skipped, {p['skipped']}")
        else:
            out.append("== ParaCrawl human evaluation (v3 + v7), direction unknown: src taken as English")
            out.append(" labels read:  " + "  ".join(f"{k} {v}" for k, v in p["labels_read"].items())
                       + (f"  (malformed lines {p['malformed_lines']})" if p["malformed_lines"] else ""))
            out.append(f" language filter ({p['language_filter']}) dropped: "
                       + ("  ".join(f"{k} {v}" for k, v in p["dropped_by_language"].items()) or "none"))
            out.append(" kept:  " + "  ".join(f"{k} {v}" for k, v in p["labels_kept"].items())
                       + (f"  (--limit {p['limit']})" if p["limit"] else ""))
            out += auc_table(p["auc"], [("VF_vs_EA", "V/F vs E/A"), ("VF_vs_E", "V/F vs E only"),
                                        ("VF_vs_A", "V/F vs A only")])
            out += auc_table(p["auc"], [("VF_vs_EA_v3", "v3 only: V/F vs E/A"),
                                        ("VF_vs_EA_v7", "v7 only: V/F vs E/A")])
            out.append("   per label: " + "; ".join(
                f"{k} n={v['n']} score {v['mean_score']:.1f} cos {v['mean_cosine']:.3f} "
                f"flagged {fmt_pct(v['flagged_critical_or_major'])}" for k, v in p["per_label"].items()))
            out.append(f" reference: {p['reference']}")
            out.append(f" chrF: {p['chrf_signature']}; scoring {p['scoring_seconds']} s")
    m = report.get("mqm")
    if m is not None:
        out.append("")
        if "skipped" in m:
            out.append(f"== WMT20 QE task 3 MQM: skipped, {m['skipped']}")
        else:
            out.append("== WMT20 QE task 3 MQM (product descriptions, English → French MT)")
            out.append(f" {m['segments']} segments ({m['documents']} documents"
                       + (f", --limit {m['limit']} of {m['segments_in_file']}" if m["limit"] else "") + ")"
                       + "; severities " + ", ".join(f"{k} {v}" for k, v in m["gold_severities"].items()))
            out.append(" gold categories (spans): " + ", ".join(f"{k} {v}" for k, v in m["gold_categories"].items()))
            out.append(f" French characters inside a gold span: {fmt_pct(m['share_of_french_characters_in_a_gold_span'])}")
            out.append(" recall rule: span = a finding of the family has a French span overlapping the gold span "
                       "by ≥ 1 character; segment = any finding of the family in the segment (MQM marks an omission "
                       "by a gap in the French, often empty or a space)")
            out.append(f"   {'gold category':<36}{'families':<22}{'rule':<9}{'spans':>6}{'found':>7}{'recall':>8}"
                       f"{'any-finding':>13}{'segs flagged':>14}")
            for r in m["recall"]:
                out.append(f"   {r['row']:<36}{'/'.join(r['families']):<22}{r['rule']:<9}{r['gold_spans']:>6}"
                           f"{r['found']:>7}{fmt_pct(r['recall']):>8}{r['found_by_any_finding_span']:>13}"
                           f"{fmt_pct(r['share_of_all_segments_with_family_finding']):>14}")
            out.append(" precision: a finding is right when its French span overlaps a gold span of any category in "
                       "its segment; without a French span, when the segment has a gold error of its family or an "
                       "omission; chance = same-length spans placed at random in the segment; chance, no span = "
                       "share of all segments where a span-less finding would count as right")
            out.append(f"   {'family':<14}{'findings':>9}{'fr span':>9}{'right':>7}{'precision':>11}{'chance':>9}"
                       f"{'chance, no span':>17}")
            for r in m["precision"]:
                out.append(f"   {r['family']:<14}{r['findings']:>9}{r['with_fr_span']:>9}{r['right']:>7}"
                           f"{fmt_pct(r['precision']):>11}{fmt_pct(r['chance_precision_of_spans']):>9}"
                           f"{fmt_pct(r['chance_without_span']):>17}")
            sl = m["segment_level"]
            out.append(f" segment level: error-free {sl['n_clean']} vs major/critical {sl['n_major_critical']} "
                       f"(minor-only left out: {sl['n_minor_only_left_out']})")
            if sl["auc"]:
                out += auc_table({"s": sl["auc"]}, [("s", "error-free vs maj/crit")])[1:]
            else:
                out.append("   too few segments in one class for a ROC-AUC")
            top = ", ".join(f"{k} {v}" for k, v in list(m["finding_codes"].items())[:12])
            out.append(f" finding codes: {top or 'none'}")
            out.append(f" reference: {m['reference']}; scoring {m['scoring_seconds']} s")
    d = report.get("diabla")
    if d is not None:
        out.append("")
        if "skipped" in d:
            out.append(f"== DiaBLa en→fr: skipped, {d['skipped']}")
        else:
            out.append("== DiaBLa en→fr (MT output checked against the English source)")
            out.append(f" {d['rows_en2fr_judged']} judged en→fr utterances"
                       + (f" (--limit {d['limit']})" if d["limit"] else "") + "; judgements "
                       + ", ".join(f"{k} {v}" for k, v in d["judgments"].items())
                       + "; tags " + ", ".join(f"{k} {v}" for k, v in d["problem_tags"].items()))
            out += auc_table(d["auc"], [("perfect_vs_meaning", "perfect vs meaning"),
                                        ("perfect_vs_poor_any_tag", "perfect (no tag) vs poor")])
            out.append(f"   {'judgement':<10}{'n':>6}{'meaning':>9}{'score':>8}{'cosine':>8}{'chrF ref':>10}{'flagged':>9}")
            for j, v in d["per_judgment"].items():
                out.append(f"   {j:<10}{v['n']:>6}{v['with_meaning_tag']:>9}{v['mean_score']:>8.1f}"
                           f"{v['mean_cosine']:>8.3f}{v['mean_chrf_vs_reference']:>10.1f}"
                           f"{fmt_pct(v['flagged_critical_or_major']):>9}")
            out.append(f" reference: {d['reference']}")
            out.append(f" chrF: {d['chrf_signature']}; scoring {d['scoring_seconds']} s")
    out.append("")
    out.append(f"total {report['seconds']} s")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--only", choices=("paracrawl", "mqm", "diabla"), action="append",
                    help="run only this data set (repeatable)")
    ap.add_argument("--limit", type=int, default=None, help="at most N pairs per data set (fixed-seed sample)")
    ap.add_argument("--json", action="store_true", help="print all figures as JSON")
    ap.add_argument("--scorer", choices=("auto", "api", "fallback"), default="auto",
                    help="auto: quotecheck.check_pairs when it exists, else the fallback")
    ap.add_argument("--bootstrap", type=int, default=BOOTSTRAP, help="bootstrap resamples for the CIs (0: none)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    chosen = args.only or ["paracrawl", "mqm", "diabla"]
    scorer = make_scorer(args.scorer)
    cosine = UseCosine()
    files: list[Path] = []
    report: dict[str, Any] = {
        "scorer": scorer.name,
        "encoder": cosine.name,
        "command": "python scripts/eval_human.py" + "".join(f" {a}" for a in (argv if argv is not None
                                                                               else sys.argv[1:])),
        "data": str(args.data),
        "bootstrap": args.bootstrap,
    }
    runners = {"paracrawl": eval_paracrawl, "mqm": eval_mqm, "diabla": eval_diabla}
    for name in ("paracrawl", "mqm", "diabla"):
        if name in chosen:
            res = runners[name](args.data, scorer, cosine, args.limit, args.bootstrap, files)
            report[name] = res
            if "skipped" in res and args.json:
                print(f"eval_human: {name} skipped, {res['skipped']}", file=sys.stderr)
    report["data_files"] = {str(p.relative_to(args.data)): sha256_prefix(p) for p in files}
    report["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(report, indent=1, ensure_ascii=False) if args.json else text_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
