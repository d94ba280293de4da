#!/usr/bin/env python3
"""Extraction quality on the gold corpus: precision / recall / F1 per language and kind.

    python scripts/eval_extract.py                       # table + corpus hash
    python scripts/eval_extract.py --errors              # also list every miss and false alarm
    python scripts/eval_extract.py --check corpora/floors.json   # exit 1 below a pinned floor
    python scripts/eval_extract.py --json                # machine-readable figures

Matching: a predicted quote matches a gold quote of the same language when
their character spans overlap with IoU >= 0.8 (after both are located in the
article's normalised text; gold texts are found by their words, so white space,
apostrophe and NBSP differences do not matter). A match counts for a class
only when the kinds agree too: a French quote found as ``quoted`` but annotated
``gloss`` is a false alarm for one class and a miss for the other. Tweets whose
text was stripped are matched by handle. Attributes (handle, author, date, url,
speaker) are scored on matched pairs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck import Settings  # noqa: E402
from quotecheck.extract import extract  # noqa: E402
from quotecheck.ingest import read_path  # noqa: E402

IOU = 0.8
_WS = regex.compile(r"\s+")


def corpus_hash(corpus: Path) -> str:
    h = hashlib.sha256()
    for sub in ("articles", "gold"):
        for p in sorted((corpus / sub).glob("*")):
            h.update(f"{sub}/{p.name}\0".encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _norm_map(text: str) -> tuple[str, list[int]]:
    """Collapse white space, map ’ to ' and no-break spaces to spaces; keep positions."""
    out: list[str] = []
    pos: list[int] = []
    prev_space = True
    for i, c in enumerate(text):
        if c in "’ʼ":
            c = "'"
        if c.isspace():
            if prev_space:
                continue
            c = " "
            prev_space = True
        else:
            prev_space = False
        out.append(c)
        pos.append(i)
    return "".join(out), pos


def _norm(s: str) -> str:
    return _WS.sub(" ", s.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")).strip()


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    hay, pos = _norm_map(text)
    n = _norm(needle)
    if not n:
        return None
    start = -1
    for _ in range(occurrence):
        start = hay.find(n, start + 1)
        if start < 0:
            return None
    return pos[start], pos[start + len(n) - 1] + 1


def cls(lang: str, kind: str) -> str:
    if lang == "en":
        return "en:tweet" if kind == "tweet" else f"en:{kind}"
    return f"fr:{kind}"


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 1.0


def gold_units(corpus: Path, pattern: str = "*"):
    """(article, gold record) for every article of the corpus."""
    for gpath in sorted((corpus / "gold").glob(f"{pattern}.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        apath = corpus / "articles" / gold["article"]
        articles = read_path(str(apath))
        if "records" in gold:
            by_id = {a.id.rsplit("#", 1)[-1]: a for a in articles}
            for rec in gold["records"]:
                yield by_id[str(rec["id"])], rec, f"{gold['article']}#{rec['id']}"
        else:
            yield articles[0], gold, gold["article"]


def evaluate(corpus: Path, settings: Settings, pattern: str = "*") -> dict:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    attrs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    problems: list[str] = []
    n_articles = 0
    for article, gold, name in gold_units(corpus, pattern):
        n_articles += 1
        ex = extract(article, settings)
        preds = [
            {"lang": q.lang, "kind": q.kind, "span": (q.start, q.end), "q": q, "used": False}
            for q in ex.quotes
        ]
        for g in gold.get("quotes", []):
            gclass = cls(g["lang"], g["kind"])
            if g["kind"] == "tweet" and not g["text"]:
                cand = [p for p in preds if not p["used"] and p["kind"] == "tweet" and p["q"].text == ""
                        and (p["q"].tweet and (p["q"].tweet.handle or "").lower() == (g.get("handle") or "").lower())]
                best = cand[0] if cand else None
            else:
                loc = locate(article.text, g["text"], g.get("occurrence", 1))
                if loc is None:
                    problems.append(f"GOLD-NOT-FOUND {name} {g['id']}: {g['text'][:60]!r}")
                    counts[gclass]["fn"] += 1
                    continue
                scored = [(iou(loc, p["span"]), p) for p in preds if not p["used"] and p["lang"] == g["lang"]]
                scored = [s for s in scored if s[0] >= IOU]
                best = max(scored, key=lambda s: s[0])[1] if scored else None
            if best is None:
                counts[gclass]["fn"] += 1
                problems.append(f"MISS {name} {g['id']} {gclass}: {g['text'][:70]!r}")
                continue
            best["used"] = True
            pclass = cls(best["lang"], best["kind"])
            if pclass == gclass:
                counts[gclass]["tp"] += 1
            else:
                counts[gclass]["fn"] += 1
                counts[pclass]["fp"] += 1
                problems.append(f"KIND {name} {g['id']} gold {gclass} found {pclass}: {g['text'][:60]!r}")
            q = best["q"]
            if g["kind"] == "tweet" and q.tweet is not None:
                for key, got in (("handle", q.tweet.handle), ("date", q.tweet.date), ("author", q.tweet.author),
                                 ("url", q.tweet.url)):
                    if key in g:
                        ok = _norm(str(got or "")) == _norm(str(g[key] or "")) if key != "handle" else (
                            (got or "").lower() == (g[key] or "").lower())
                        attrs[f"tweet.{key}"][0] += ok
                        attrs[f"tweet.{key}"][1] += 1
                        if not ok:
                            problems.append(f"ATTR {name} {g['id']} {key}: gold {g[key]!r} found {got!r}")
            if g["lang"] == "fr" and "speaker" in g and g["kind"] != "tweet":
                got = q.cue.speaker if q.cue else None
                ok = _norm(got or "").lower() == _norm(g["speaker"] or "").lower()
                attrs["fr.speaker"][0] += ok
                attrs["fr.speaker"][1] += 1
                if not ok:
                    problems.append(f"ATTR {name} {g['id']} speaker: gold {g['speaker']!r} found {got!r}")
        for p in preds:
            if not p["used"]:
                counts[cls(p["lang"], p["kind"])]["fp"] += 1
                problems.append(f"FALSE {name} {p['q'].id} {cls(p['lang'], p['kind'])}: {p['q'].text[:70]!r}")
    return {"articles": n_articles, "counts": dict(counts), "attributes": dict(attrs), "problems": problems}


def coverage(corpus: Path) -> dict[str, dict[str, int]]:
    """How many gold articles show each layout tag, quote kind, flag and drift family."""
    out: dict[str, dict[str, int]] = {"layouts": defaultdict(int), "kinds": defaultdict(int),
                                      "flags": defaultdict(int), "drift": defaultdict(int), "formats": defaultdict(int)}
    for _article, gold, name in gold_units(corpus):
        out["formats"][name.split("#")[0].rsplit(".", 1)[1]] += 1
        for lay in set(gold.get("layouts", [])):
            out["layouts"][lay] += 1
        for q in gold.get("quotes", []):
            out["kinds"][cls(q["lang"], q["kind"])] += 1
            for f in q.get("flags", []):
                out["flags"][f] += 1
            for d in q.get("drift", []) or []:
                out["drift"][d.split(":")[0].strip()] += 1
            if q["kind"] == "tweet" and not q["text"]:
                out["flags"]["stripped (empty text)"] += 1
            if q.get("source_absent"):
                out["flags"]["source_absent"] += 1
        if not gold.get("quotes"):
            out["layouts"]["(no quote at all)"] += 1
    return {k: dict(sorted(v.items())) for k, v in out.items()}


def prf(c: dict[str, int]) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summary(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    groups: dict[str, dict[str, int]] = {k: dict(v) for k, v in counts.items()}
    for name, pred in (("fr:all", lambda k: k.startswith("fr:")), ("en:all", lambda k: k.startswith("en:")),
                       ("all", lambda k: True)):
        tot = {"tp": 0, "fp": 0, "fn": 0}
        for k, v in counts.items():
            if pred(k):
                for x in tot:
                    tot[x] += v[x]
        groups[name] = tot
    out = {}
    for k in sorted(groups):
        p, r, f = prf(groups[k])
        out[k] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                  "support": groups[k]["tp"] + groups[k]["fn"], **groups[k]}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    ap.add_argument("--errors", action="store_true", help="list every miss, false alarm and attribute error")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--only", default="*", metavar="GLOB", help="gold files to use, e.g. 'md-*'")
    ap.add_argument("--coverage", action="store_true", help="print what the corpus covers and exit")
    ap.add_argument("--check", type=Path, help="floors file: exit 1 if any figure is below its floor")
    args = ap.parse_args()
    if args.coverage:
        for section, counts in coverage(args.corpus).items():
            print(f"{section}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        return 0
    res = evaluate(args.corpus, Settings(), args.only)
    table = summary(res["counts"])
    digest = corpus_hash(args.corpus)
    attrs = {k: round(v[0] / v[1], 4) if v[1] else None for k, v in sorted(res["attributes"].items())}
    if args.json:
        print(json.dumps({"corpus_sha256_16": digest, "articles": res["articles"], "classes": table,
                          "attributes": attrs}, indent=2))
    else:
        print(f"corpus {args.corpus} sha256:{digest}  articles: {res['articles']}  IoU>={IOU}")
        print(f"{'class':<14}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}{'tp':>6}{'fp':>6}{'fn':>6}")
        for k, v in table.items():
            print(f"{k:<14}{v['precision']:>8.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}{v['support']:>9}"
                  f"{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}")
        print("attributes (accuracy on matched quotes): " + ", ".join(f"{k} {v}" for k, v in attrs.items()))
    if args.errors:
        print("\n".join(res["problems"]), file=sys.stderr)
    if args.check:
        floors = json.loads(args.check.read_text())
        failed = []
        for k, fl in floors.get("classes", {}).items():
            for metric, floor in fl.items():
                got = table.get(k, {}).get(metric, 0.0)
                if got + 1e-9 < floor:
                    failed.append(f"{k} {metric} {got:.4f} < floor {floor}")
        if failed:
            print("EVAL GATE FAILED:\n  " + "\n  ".join(failed), file=sys.stderr)
            return 1
        print(f"eval gate: all floors of {args.check} met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
