"""Pair: decide which French passage renders which English quote.

Signals for every (English quote, French quote) candidate of an article —
cross-lingual cosine of the whole quote, of its best sentence and of its best
contiguous run of sentences (fragments), length ratio, distance in paragraphs,
before/after, shared anchors (numbers, names, handles, hashtags, URLs, emoji)
and whether the French cue names the tweet's author — are combined by a
logistic model trained on articles built from real parallel news
(``scripts/train_pair.py``; weights in ``quotecheck/models/pair.v1.json``).

Decision: a global one-to-one assignment (Hungarian, on the model's
log-odds) accepted above the model's calibrated threshold, then the cases that
are not one-to-one: a French quote left over that clears the threshold joins
the tweet it renders (a rendering split in several quotes, or the same tweet
rendered twice); a rendering that reads better against a tweet plus the next
tweet of the same author takes both (a thread rendered as one quote). Tweets
still without a rendering are matched against French prose sentences nearby
(paraphrase or summary in indirect speech).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import regex

from . import registry
from .config import Settings
from .encoder import without_furniture
from .extract.cues import _PP as _CUE_PP
from .extract.cues import _PRES as _CUE_PRES
from .extract.cues import reported_content
from .extract.marks import paragraphs, trim
from .lexicon import NUMBER_WORDS, STOP_FR, fold
from .types import Extraction, Pairing, PairSignals, Quote, QuotePair, Span, Unpaired

FEATURES = (
    "cosine",
    "best_sentence",
    "coverage",
    "abs_log_length",
    "log_distance",
    "adjacent",
    "after",
    "anchors",
    "speaker",
    "mutual_best",
)
_SENT = regex.compile(r"(?<=[.!?…])[\"”»)]*\s+(?=\S)|\n+")
_MAX_SPAN_SENTENCES = 4
# a rendering must resemble its source at least this much (explicit glosses apart):
# the 75th percentile of unrelated same-story prose in scripts/calibrate_unmarked.py (0.388)
PARAPHRASE_MIN_COSINE = 0.40
# a prose rendering with fewer French words per English word than 99 % of professional
# translations condenses what it renders: a summary, not a paraphrase (1st percentile of
# the French/English word ratio of English-original newstest2012 segments: 0.667)
CONDENSED_WORD_RATIO = 0.667
SHORT_EN_WORDS = 3
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’]\p{L}+)?")
_STOP_FOLDED = frozenset(fold(w) for w in STOP_FR)
# the quote's sentence names its speaker as English-speaking: a translated remark
_ANGLOPHONE = regex.compile(
    r"(?i)\b(?:britanniques?|anglaise?s?|américaine?s?|irlandaise?s?|écossaise?s?|galloise?s?|"
    r"australiens?|australiennes?|néo-zélandaise?s?|californiens?|californiennes?|anglophones?)\b"
)


@dataclass(frozen=True)
class PairModel:
    name: str
    weights: tuple[float, ...]
    bias: float
    threshold: float
    meta: dict[str, Any]

    def logit(self, x: np.ndarray) -> np.ndarray:
        return x @ np.asarray(self.weights) + self.bias

    def prob(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logit(x)))


@lru_cache(maxsize=4)
def load_model(name: str = "pair.v1") -> PairModel:
    doc = json.loads((Path(__file__).parent / "models" / f"{name}.json").read_text(encoding="utf-8"))
    if tuple(doc["features"]) != FEATURES:
        raise ValueError(f"model {name} was trained on other features: {doc['features']}")
    return PairModel(name, tuple(doc["weights"]), doc["bias"], doc["threshold"], doc.get("meta", {}))


# -- small text helpers ---------------------------------------------------------
def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` as article spans."""
    out: list[Span] = []
    pos = start
    for m in _SENT.finditer(text, start, end):
        if text[pos : m.start()].strip():
            out.append(trim(text, pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append(trim(text, pos, end))
    return out or [Span(start, end)]


_ANCHOR = regex.compile(
    r"https?://\S+|[@#][\p{L}\p{N}_]+|\p{N}+(?:[ \u00a0\u202f.,]\p{N}{3})*(?:[.,]\p{N}+)?"
    r"|\p{Extended_Pictographic}|(?<=\S\s+)\p{Lu}[\p{L}'-]{2,}|\b\p{L}+\b",
    regex.V1,
)


def anchors(text: str) -> set[str]:
    """Language-independent tokens: numbers (normalised, number words 0–20 too),
    handles, hashtags, URLs, emoji, and capitalised words inside a sentence."""
    return set(_anchors(text))


@lru_cache(maxsize=4096)
def _anchors(text: str) -> frozenset[str]:
    out: set[str] = set()
    for m in _ANCHOR.finditer(text):
        t = m.group()
        c = t[0]
        if c.isdigit():
            digits = regex.sub(r"[ \u00a0\u202f.,](?=\p{N}{3}\b)", "", t).replace(",", ".")
            out.add("#num:" + digits.rstrip("0").rstrip(".") if "." in digits else "#num:" + digits)
        elif t.lower() in NUMBER_WORDS:
            out.add(f"#num:{NUMBER_WORDS[t.lower()]}")
        elif c in "@#":
            out.add(t.lower())
        elif t.startswith("http"):
            out.add(t)
        elif c.isupper():
            out.add("#name:" + fold(t))
        elif not c.isalpha():
            out.add(t)
    return frozenset(out)


def _anchor_score(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    if not a and not b:
        return 0.5
    return len(a & b) / len(a | b)


# a "speaker" that is the message itself (« La suite du message a fait sourire : « … » »,
# « Le tweet se termine par « … » »): no person, so no disagreement with the tweet's author
_MESSAGE_SUBJECT = regex.compile(
    r"(?i)\b(?:message|messages|tweet|tweets|texte|publication|post|billet|fil|suite|fin|début|"
    r"phrase|réponse|commentaire|légende)\b")


def _speaker_agreement(q: Quote, tweet: Quote) -> int:
    if q.cue is None or not q.cue.speaker or tweet.tweet is None:
        return 0
    if not q.cue.text and _MESSAGE_SUBJECT.search(q.cue.speaker):
        return 0
    sp = fold(q.cue.speaker)
    keys = set()
    if tweet.tweet.handle:
        keys.add(fold(tweet.tweet.handle.lstrip("@")))
    if tweet.tweet.author:
        keys.update(w for w in fold(tweet.tweet.author).split() if len(w) > 2)
    if any(k and k in sp for k in keys):
        return 1
    if q.cue.speaker.startswith("@") or _names(q.cue.speaker):
        return -1  # a named speaker who is not the tweet's author
    return 0  # « La distillerie », « Le chef »: capitalised only as the start of a sentence


def _names(speaker: str) -> list[str]:
    """Capitalised words of a speaker phrase that are names: not a determiner or a word
    capitalised only because it starts the sentence (« La distillerie », « Certains fans »)."""
    words = regex.findall(r"@?\p{Lu}[\p{L}\p{N}_'-]*", speaker)
    return [w for w in words if fold(w.split("'")[0]) not in _DETERMINERS | _SPEAKER_STARTS]


# first words of a speaker phrase that start a sentence without naming anyone
_SPEAKER_STARTS = frozenset(["son", "sa", "ses", "leur", "leurs", "certains", "certaines", "plusieurs",
                             "beaucoup", "nombre", "quelques", "un", "une", "des", "ce", "cette", "ces"])


_DETERMINERS = frozenset(["le", "la", "les", "l", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce",
                          "cette", "notre", "votre", "selon", "pour", "et"])


def _other_named_speaker(q: Quote, tweet: Quote) -> bool:
    """The quote's cue names its speaker (a capitalised name anywhere in the speaker's
    words: « le président du club, Martin Feld », « la direction du Hangar ») and none of
    those names is the tweet's author or handle."""
    if q.cue is None or not q.cue.speaker or tweet.tweet is None:
        return False
    names = [w for w in regex.findall(r"@?\p{Lu}[\p{L}\p{N}_'-]*", q.cue.speaker)
             if fold(w.split("'")[0]) not in _DETERMINERS]
    if not names:
        return False
    keys = {fold(w) for w in regex.findall(r"[\p{L}\p{N}_]{3,}", f"{tweet.tweet.author or ''} {tweet.tweet.handle or ''}")}
    handle = fold((tweet.tweet.handle or "").lstrip("@"))
    return not any(fold(n.lstrip("@")) in keys or (len(n) > 3 and fold(n.lstrip("@")) in handle) for n in names)


# -- features -------------------------------------------------------------------
@dataclass
class _Candidates:
    en: list[Quote]
    fr: list[Span]  # French passages (quotes or prose sentences)
    fr_quotes: list[Quote | None]
    x: np.ndarray  # (E, F, K)
    covered: list[list[Span]]  # [e][f] covered English span
    sims: np.ndarray  # (E, F) coverage cosine


def _para_index(paras: list[Span], pos: int) -> int:
    lo, hi = 0, len(paras) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paras[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _features(
    text: str, paras: list[Span], en: list[Quote], fr: list[Span], fr_quotes: list[Quote | None], encoder: Any,
    length_penalty: float | None = None, extra: list[str] | None = None,
) -> _Candidates:
    """Signals for every (English, French) candidate. The covered English run is
    the one whose cosine with the French, minus ``length_penalty`` × |log length
    ratio|, is highest (a fragment renders one sentence, not its neighbours)."""
    beta = load_model().meta.get("length_penalty", 0.0) if length_penalty is None else length_penalty
    E, F = len(en), len(fr)
    sent_spans: list[list[Span]] = []
    run_spans: list[list[Span]] = []
    for q in en:
        ss = sentence_spans(text, q.start, q.end)
        sent_spans.append(ss)
        runs = [
            Span(ss[i].start, ss[j].end)
            for i in range(len(ss))
            for j in range(i, min(len(ss), i + _MAX_SPAN_SENTENCES))
        ]
        if Span(q.start, q.end) not in runs:
            runs.append(Span(q.start, q.end))
        run_spans.append(runs)
    en_texts = [without_furniture(text[s.start : s.end]) for runs in run_spans for s in runs]
    fr_texts = [without_furniture(text[s.start : s.end]) for s in fr]
    # one encoder call per article: texts needed later (``extra``) ride along
    vec = encoder.encode(en_texts + fr_texts + (extra or []))
    ven, vfr = vec[: len(en_texts)], vec[len(en_texts) : len(en_texts) + len(fr_texts)]
    x = np.zeros((E, F, len(FEATURES)), dtype=np.float64)
    covered: list[list[Span]] = [[Span(0, 0)] * F for _ in range(E)]
    sims = np.zeros((E, F))
    offset = 0
    fr_anchor = [_anchors(text[s.start : s.end]) for s in fr]
    fr_para = [_para_index(paras, s.start) for s in fr]
    for e, q in enumerate(en):
        runs = run_spans[e]
        block = ven[offset : offset + len(runs)] @ vfr.T  # (runs, F)
        offset += len(runs)
        whole = runs.index(Span(q.start, q.end))
        singles = [i for i, r in enumerate(runs) if r in sent_spans[e]]
        e_anchor = _anchors(text[q.start : q.end])
        e_para = _para_index(paras, q.start)
        run_len = np.array([max(1, r.end - r.start) for r in runs], dtype=np.float64)
        for f in range(F):
            flen = max(1, fr[f].end - fr[f].start)
            best_run = int(np.argmax(block[:, f] - beta * np.abs(np.log(flen / run_len))))
            cov = runs[best_run]
            covered[e][f] = cov
            sims[e, f] = block[best_run, f]
            d = abs(fr_para[f] - e_para)
            fq = fr_quotes[f]
            x[e, f] = (
                block[whole, f],
                max(block[i, f] for i in singles),
                block[best_run, f],
                abs(math.log(flen / max(1, cov.end - cov.start))),
                math.log1p(d),
                1.0 if d <= 1 else 0.0,
                1.0 if fr[f].start > q.end else 0.0,
                _anchor_score(e_anchor & _anchor_scope(text, cov), fr_anchor[f]) if e_anchor else _anchor_score(set(), fr_anchor[f]),
                float(_speaker_agreement(fq, q)) if fq is not None else 0.0,
                0.0,
            )
    if E and F:
        cov = x[:, :, FEATURES.index("coverage")]
        best_f = cov.argmax(axis=1)
        best_e = cov.argmax(axis=0)
        for e in range(E):
            if best_e[best_f[e]] == e:
                x[e, best_f[e], FEATURES.index("mutual_best")] = 1.0
    return _Candidates(en, fr, fr_quotes, x, covered, sims)


def _anchor_scope(text: str, span: Span) -> frozenset[str]:
    return _anchors(text[span.start : span.end])


# -- decision ---------------------------------------------------------------------
def pair(extraction: Extraction, settings: Settings | None = None, model: PairModel | None = None) -> Pairing:
    """Pairs and unpaired quotes of one article."""
    s = settings or Settings()
    result = _pair(extraction, s, model)
    encoder = registry.get("encoder", s.encoder)
    if result.pairs and getattr(encoder, "_cache", None) is not None:
        # the aligner embeds every token of every pair (and English verb + particle
        # phrases): one batched call here instead of two per pair there
        encoder.encode(_alignment_texts(extraction, result.pairs))
    return result


def _alignment_texts(extraction: Extraction, pairs: tuple[QuotePair, ...]) -> list[str]:
    q = {x.id: x for x in extraction.quotes}
    return _token_texts(extraction.article.text, [
        ([part for fid in pr.fr for part in q[fid].parts] or ([pr.fr_span] if pr.fr_span else []), list(pr.covered))
        for pr in pairs])


def _token_texts(text: str, spans: list[tuple[list[Span], list[Span]]]) -> list[str]:
    """What the aligner embeds for pairs given as (French spans, covered English spans):
    every token, and English verb + particle phrases."""
    from .align import _PARTICLES
    from .align.tokens import tokenize

    out: dict[str, None] = {}
    for fr_spans, covered in spans:
        for sp in fr_spans:
            out.update(dict.fromkeys(t.text for t in tokenize(text[sp.start : sp.end])))
        for sp in covered:
            toks = tokenize(text[sp.start : sp.end])
            out.update(dict.fromkeys(t.text for t in toks))
            out.update(dict.fromkeys(f"{a.text} {b.text}" for a, b in pairwise(toks)
                                     if b.text.lower() in _PARTICLES and a.text[:1].isalpha()))
    return list(out)


def _pair(extraction: Extraction, s: Settings, model: PairModel | None) -> Pairing:
    m = model or load_model()
    text = extraction.article.text
    paras = paragraphs(text)
    en = [q for q in extraction.quotes if q.lang == "en" and q.text]
    fr_q = [q for q in extraction.quotes if q.lang == "fr" and q.kind != "tweet"]
    pairs: list[QuotePair] = []
    unpaired: list[Unpaired] = []
    if not en or not fr_q:
        prose_pairs = _paraphrases(text, paras, extraction, en, {}, s, m)
        pairs.extend(prose_pairs)
        done = {e for p in prose_pairs for e in p.en}
        for q in extraction.quotes:
            if q.lang == "en" and q.id not in done:
                unpaired.append(Unpaired(q.id, "no-candidate"))
            elif q.lang == "fr":
                unpaired.append(Unpaired(q.id, "no-candidate" if not en else "below-threshold"))
        return Pairing(extraction, tuple(pairs), tuple(unpaired))
    encoder = registry.get("encoder", s.encoder)
    # joined texts of same-author neighbours, for the thread test below
    joins = [_joined(text, [en[i], en[i + 1]]) for i in range(len(en) - 1) if _same_author(en[i], en[i + 1])]
    cand = _features(text, paras, en, [Span(q.start, q.end) for q in fr_q], list(fr_q), encoder,
                     m.meta.get("length_penalty", 0.0), extra=joins)
    p = m.prob(cand.x)
    # an explicit gloss is a link the article states: « EN » (FR), Traduction : « FR »…
    glossed = set(_gloss_links(text, en, fr_q))
    for e, f in glossed:
        p[e, :] = np.minimum(p[e, :], 1e-6)
        p[:, f] = np.minimum(p[:, f], 1e-6)
        p[e, f] = 1.0
    from scipy.optimize import linear_sum_assignment

    logit = np.log(np.clip(p, 1e-9, 1 - 1e-9)) - np.log(np.clip(1 - p, 1e-9, 1))
    # below the floor, a candidate is as (dis)similar as unrelated prose of the same story;
    # a few English words quoted in French prose (a slogan, a loanword) are paired only by a
    # gloss: the similarity of two short phrases says little
    for e in range(len(en)):
        short = en[e].kind != "tweet" and _n_words(text, en[e]) <= SHORT_EN_WORDS
        for f in range(len(fr_q)):
            if (cand.sims[e, f] < PARAPHRASE_MIN_COSINE or short) and (e, f) not in glossed:
                p[e, f] = min(p[e, f], 1e-6)
                logit[e, f] = -20.0
    rows, cols = linear_sum_assignment(-logit)
    groups: dict[int, list[int]] = {}
    taken: set[int] = set()
    for e, f in zip(rows, cols):
        if p[e, f] >= m.threshold:
            groups.setdefault(int(e), []).append(int(f))
            taken.add(int(f))
    # not one-to-one: leftover French quotes that clear the threshold join their best tweet
    for f in range(len(fr_q)):
        if f in taken:
            continue
        e = int(np.argmax(p[:, f]))
        if p[e, f] >= m.threshold and not _other_named_speaker(fr_q[f], en[e]):
            groups.setdefault(e, []).append(f)
            taken.add(f)
    # a quote that repeats words of a rendering verbatim (a subheading, a pull quote, a
    # fragment quoted again) renders the same tweet; its covered span is the rendering's
    repeats: dict[int, int] = {}
    for f in range(len(fr_q)):
        if f in taken or fr_q[f].kind == "gloss":
            continue
        g = _repeated_in(fr_q, f, [h for fs in groups.values() for h in fs])
        if g is not None:
            e = next(e for e, fs in groups.items() if g in fs)
            groups[e].append(f)
            taken.add(f)
            repeats[f] = g
    # fragments woven into the prose of a rendering: a quote left over in the paragraph of
    # a quote that renders tweet T, most similar to T among the tweets and not attributed
    # to another speaker, renders another part of T (short fragments embed poorly)
    fr_para = [_para_index(paras, q.start) for q in fr_q]
    for f in range(len(fr_q)):
        if f in taken or fr_q[f].kind == "gloss":
            continue
        e = int(np.argmax(cand.sims[:, f]))
        if e not in groups or not any(fr_para[g] == fr_para[f] for g in groups[e]):
            continue
        q = fr_q[f]
        if q.cue is not None and q.cue.speaker and _speaker_agreement(q, en[e]) < 1:
            continue
        groups[e].append(f)
        taken.add(f)
    orphans = _orphan_plan(text, paras, en, fr_q, taken, groups)
    if getattr(encoder, "_cache", None) is not None:
        # one encoder call for what the steps below may need: the orphans' texts, prose
        # that may render what no quote renders, and the words the aligner will embed for
        # the pairs found so far (each call costs a pass through the network whatever its size)
        encoder.encode(_speculative_texts(text, paras, extraction, en, fr_q, groups, cand, orphans))
    # short fragments left over: judged with the words around them and against the clauses
    # of the tweets nearby (a fragment renders a clause, and embeds poorly on its own)
    for f, e, span in _orphan_fragments(orphans, en, fr_q, cand, encoder):
        groups.setdefault(e, []).append(f)
        taken.add(f)
        p[e, f] = max(p[e, f], m.threshold)
        cand.covered[e][f] = span
    # a thread rendered as one quote: the next tweet of the same author joins
    merged: dict[int, list[int]] = {}
    part_cover: dict[int, list[Span]] = {}  # thread pairs found part by part: what each part covers
    used_en = set(groups)
    for e, fs in sorted(groups.items()):
        members = [e]
        if len(fs) == 1:
            base = float(cand.sims[e, fs[0]])
            grew = True
            while grew:  # take the previous or next tweet of the thread while the rendering reads better
                grew = False
                for nb in (members[0] - 1, members[-1] + 1):
                    if not 0 <= nb < len(en) or nb in used_en or not _same_author(en[e], en[nb]):
                        continue
                    trial = sorted(members + [nb])
                    gain = _thread_gain(text, encoder, [en[i] for i in trial], cand.fr[fs[0]], base)
                    if gain > 0:
                        members, base, grew = trial, base + gain, True
                        used_en.add(nb)
                        break
        if len(fs) == 1 and len(members) == 1 and len(fr_q[fs[0]].parts) > 1:
            # a quote in parts (around an incise) whose later part renders the next tweet
            more = _thread_parts(text, encoder, en, e, fr_q[fs[0]], used_en)
            if more:
                part_cover[e] = [cand.covered[e][fs[0]]] + [sp for _, sp in more]
                members = sorted({e} | {nb for nb, _ in more})
                used_en.update(members)
        merged[e] = members
    for e, fs in sorted(groups.items()):
        members = merged[e]
        fs = sorted(fs, key=lambda f: cand.fr[f].start)
        covered = _union([cand.covered[e][repeats.get(f, f)] for f in fs]) if len(members) == 1 else \
            _union(part_cover[e]) if e in part_cover else [Span(en[i].start, en[i].end) for i in members]
        # full when one French quote renders (nearly) all the words of the tweet; several
        # quotes that each render a part of it are partial renderings, as the gold has them
        whole = _n_words(text, en[e]) if len(members) == 1 else 1
        best_cov = max((_n_words(text, cand.covered[e][f]) for f in fs if f not in repeats), default=0) \
            if len(members) == 1 else 1
        if e in part_cover:  # each tweet of the thread (nearly) covered by the parts
            best_cov = min(sum(_n_words(text, c) for c in covered if en[i].start <= c.start < en[i].end)
                           / max(1, _n_words(text, en[i])) for i in members)
        kind = "full" if best_cov >= 0.8 * whole else "partial"
        best = max((f for f in fs if f not in repeats), key=lambda f: p[e, f])
        sig = _signals(cand.x[e, best])
        pairs.append(QuotePair(
            en=tuple(en[i].id for i in members), fr=tuple(fr_q[f].id for f in fs), kind=kind,
            confidence=round(float(p[e, best]), 4), covered=tuple(covered), signals=sig,
        ))
    paired_en = {i for members in merged.values() for i in members}
    # tweets, or the sentences of a tweet its quotes leave out, that prose may still render
    rest: list[Quote] = [q for i, q in enumerate(en) if i not in paired_en]
    quote_paras: dict[str, set[int]] = {}
    by_id = {q.id: q for q in fr_q}
    for pr in pairs:
        if pr.kind == "partial" and len(pr.en) == 1:
            t = en[[q.id for q in en].index(pr.en[0])]
            rest.extend(_uncovered(text, t, pr.covered))
            quote_paras[t.id] = {_para_index(paras, by_id[f].start) for f in pr.fr}
    prose = _paraphrases(text, paras, extraction, rest, quote_paras, s, m)
    pairs.extend(prose)
    paired_ids = {e for pr in pairs for e in pr.en}
    for i, q in enumerate(en):
        if q.id not in paired_ids:
            f = int(np.argmax(p[i]))
            unpaired.append(Unpaired(q.id, "below-threshold", fr_q[f].id, round(float(p[i, f]), 4)))
    for q in extraction.quotes:
        if q.lang == "en" and not q.text:
            unpaired.append(Unpaired(q.id, "no-candidate"))
    for f, q in enumerate(fr_q):
        if f not in taken:
            e = int(np.argmax(p[:, f]))
            reason = ("source-absent" if _announces_written_source(q, text) or _stands_alone(text, paras, q)
                      or _anglophone_speaker(q, text, extraction, en) else "below-threshold")
            unpaired.append(Unpaired(q.id, reason, en[e].id, round(float(p[e, f]), 4)))
    pairs.sort(key=lambda pr: _id_order(pr.en[0]))
    unpaired.sort(key=lambda u: (u.quote[:2], _id_order(u.quote)))
    return Pairing(extraction, tuple(pairs), tuple(unpaired))


_CLAUSE = regex.compile(r"(?<=[,;:–—])\s+")


def _clauses(text: str, q: Quote) -> list[Span]:
    """Sentences of a tweet and the clauses they are cut into by , ; : and dashes."""
    out: list[Span] = []
    for sp in sentence_spans(text, q.start, q.end):
        out.append(sp)
        pos = sp.start
        cuts = [m for m in _CLAUSE.finditer(text, sp.start, sp.end)]
        if not cuts:
            continue
        for m in cuts + [None]:
            end = m.start() if m is not None else sp.end
            piece = trim(text, pos, end)
            if len(_WORD.findall(without_furniture(text[piece.start : piece.end]))) >= 2:
                out.append(piece)
            if m is not None:
                pos = m.end()
    return list(dict.fromkeys(out))


def _woven_context(text: str, q: Quote, quotes: list[Quote]) -> Span:
    """The stretch of the quote's sentence that belongs to it: from the previous quote of
    the sentence (or its start) to the next one (or its end)."""
    sent = _sentence_around(text, q)
    lo, hi = sent.start, sent.end
    for o in quotes:
        if o is q or o.end <= sent.start or o.start >= sent.end:
            continue
        if o.end <= q.start:
            lo = max(lo, o.end)
        elif o.start >= q.end:
            hi = min(hi, o.start)
    return trim(text, lo, hi)


@dataclass
class _OrphanPlan:
    near: dict[int, list[int]]  # French quote -> candidate tweets
    clauses: dict[int, list[Span]]  # tweet -> its sentences and clauses
    ctx: dict[int, Span]  # French quote -> the stretch of its sentence around it
    en_texts: dict[int, list[str]]
    fr_texts: dict[int, list[str]]

    def texts(self) -> list[str]:
        return [t for e in sorted(self.en_texts) for t in self.en_texts[e]] + \
            [t for f in sorted(self.fr_texts) for t in self.fr_texts[f]]


def _orphan_plan(text, paras, en, fr_q, taken, groups) -> _OrphanPlan | None:
    """Quotes left over, the tweets near each (a block of consecutive tweets counts as one
    paragraph) not contradicted by a named speaker, and the texts to compare."""
    orphans = [f for f in range(len(fr_q)) if f not in taken and fr_q[f].kind == "quoted"]
    tweets = [e for e, q in enumerate(en) if q.kind == "tweet"]
    if not orphans or not tweets:
        return None
    fr_para = [_para_index(paras, q.start) for q in fr_q]
    en_para = [_para_index(paras, q.start) for q in en]
    tweet_paras = {en_para[e] for e in tweets}

    def prose_distance(a: int, b: int) -> int:
        lo, hi = min(a, b), max(a, b)
        return 1 + sum(1 for k in range(lo + 1, hi) if k not in tweet_paras) if hi > lo else 0

    near: dict[int, list[int]] = {}
    for f in orphans:
        cands = [e for e in tweets if prose_distance(en_para[e], fr_para[f]) <= 1
                 or any(fr_para[g] == fr_para[f] for g in groups.get(e, []))]
        q = fr_q[f]
        if _continues_message(text, q):  # « La suite du message : « … » »: the tweet quoted last
            prev = [(fr_q[g].start, e) for e, gs in groups.items() for g in gs if fr_q[g].end <= q.start]
            if prev:
                cands = sorted(set(cands) | {max(prev)[1]})
        cands = [e for e in cands if _speaker_agreement(q, en[e]) >= 0 and not _other_named_speaker(q, en[e])]
        if cands:
            near[f] = cands
    if not near:
        return None
    clauses = {e: _clauses(text, en[e]) for e in sorted({e for c in near.values() for e in c})}
    ctx = {f: _woven_context(text, fr_q[f], fr_q) for f in near}
    en_texts = {e: [without_furniture(text[c.start : c.end]) for c in cl] for e, cl in clauses.items()}
    fr_texts = {f: [without_furniture(fr_q[f].text), without_furniture(text[c.start : c.end])] for f, c in ctx.items()}
    return _OrphanPlan(near, clauses, ctx, en_texts, fr_texts)


_CONTINUES = regex.compile(
    r"(?i)\b(?:(?:la\s+)?(?:suite|fin|reste|conclusion)\s+(?:du|de\s+son|de\s+ce|de\s+leur)\s+"
    r"(?:message|tweet|texte|fil|publication|post|billet)"
    r"|(?:message|tweet|texte|fil|publication)\s+(?:se\s+poursuit|continue|se\s+termine|s'achève|s'achevait|se\s+poursuivait|se\s+terminait)"
    r"|et\s+de\s+(?:conclure|poursuivre|continuer|terminer|finir))\b")


def _continues_message(text: str, q: Quote) -> bool:
    """The words before the quote in its sentence say it is the rest of a message already
    quoted: « La suite du message : », « Le tweet se termine par », « Et de conclure : »."""
    sent = _sentence_around(text, q)
    return bool(_CONTINUES.search(text[sent.start : q.start]))


def _orphan_fragments(plan: _OrphanPlan | None, en, fr_q, cand, encoder) -> list[tuple[int, int, Span]]:
    """(French quote, tweet, covered clause) for the left-over quotes whose words, or the
    words around them, read like a clause or sentence of a tweet nearby (cosine >= the floor)."""
    if plan is None:
        return []
    flat_en = [t for e in sorted(plan.en_texts) for t in plan.en_texts[e]]
    vec = encoder.encode(plan.texts())
    ven, vfr = vec[: len(flat_en)], vec[len(flat_en) :]
    rows, pos = {}, 0
    for e in sorted(plan.en_texts):
        rows[e] = ven[pos : pos + len(plan.en_texts[e])]
        pos += len(plan.en_texts[e])
    out = []
    pos = 0
    for f in sorted(plan.fr_texts):
        v = vfr[pos : pos + 2]
        pos += 2
        sim = {e: (rows[e] @ v.T).max(axis=1) for e in plan.near[f]}  # per clause
        scores = {e: max(float(sim[e].max()), float(cand.sims[e, f])) for e in plan.near[f]}
        best = max(scores, key=lambda e: (scores[e], -e))
        if scores[best] >= PARAPHRASE_MIN_COSINE:
            span = plan.clauses[best][int(np.argmax(sim[best]))] if sim[best].max() >= cand.sims[best, f] \
                else cand.covered[best][f]
            out.append((f, best, span))
    return out


def _speculative_texts(text, paras, extraction, en, fr_q, groups, cand, orphans) -> list[str]:
    """Texts the rest of the decision may embed, known before it is made: the orphans',
    French prose next to the tweets no quote renders in full, and the aligner's words for
    the quote pairs found so far."""
    out = orphans.texts() if orphans is not None else []
    rest: list[Quote] = [q for e, q in enumerate(en) if e not in groups]
    quote_paras: dict[str, set[int]] = {}
    spans = []
    for e, fs in groups.items():
        covered = _union([cand.covered[e][f] for f in fs])
        spans.append(([part for f in fs for part in fr_q[f].parts], covered))
        if len(fs) == 1 and len(fr_q[fs[0]].parts) > 1:  # for the thread test
            out += [without_furniture(text[p.start : p.end]) for p in fr_q[fs[0]].parts]
        left = _uncovered(text, en[e], covered) if en[e].kind == "tweet" else []
        if left:
            rest.extend(left)
            quote_paras[en[e].id] = {_para_index(paras, fr_q[f].start) for f in fs}
    _sents, _edge, contents = _prose_candidates(text, paras, extraction, rest, quote_paras)
    out += [without_furniture(text[c.start : c.end]) for c in contents]
    return out + _token_texts(text, spans)


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text.replace("’", "'"))]


def _repeated_in(fr: list[Quote], f: int, paired: list[int]) -> int | None:
    """The paired French quote whose words contain all the words of quote ``f``, in
    order and contiguous (at least two words: one word is a coincidence)."""
    words = _words(fr[f].text)
    if len(words) < 2:
        return None
    n = len(words)
    for g in sorted(paired, key=lambda g: abs(fr[g].start - fr[f].start)):
        other = _words(fr[g].text)
        if len(other) > n and any(other[i : i + n] == words for i in range(len(other) - n + 1)):
            return g
    return None


_GLOSS_GAP = regex.compile(r"[\s,;:()«»“”\"'–—-]*(?:(?i:traduction|trad\.|littéralement|soit|que l'on pourrait traduire par|qu'on pourrait traduire par|ce qui signifie)[^«»“”\"\n]{0,25})?[\s:,(«»“”\"]*")


def _gloss_links(text: str, en: list[Quote], fr: list[Quote]) -> list[tuple[int, int]]:
    """(English index, French index) of glosses and the quotes they gloss: the two
    stand next to each other with only marks, brackets or a translation cue between."""
    links = []
    used_e: set[int] = set()
    for f, qf in enumerate(fr):
        for e, qe in enumerate(en):
            if e in used_e or "gloss" not in (qf.kind, qe.kind):
                continue
            a, b = (qe, qf) if qe.end <= qf.start else (qf, qe)
            gap = text[a.end : b.start]
            if len(gap) <= 60 and _GLOSS_GAP.fullmatch(gap):
                links.append((e, f))
                used_e.add(e)
                break
    return links


def _id_order(qid: str) -> tuple[str, int]:
    return qid[:2], int(qid[2:] or 0)


def _same_author(a: Quote, b: Quote) -> bool:
    return bool(a.tweet and b.tweet and a.tweet.handle and a.tweet.handle == b.tweet.handle)


def _joined(text: str, tweets: list[Quote]) -> str:
    return " ".join(without_furniture(text[t.start : t.end]) for t in tweets)


def _thread_gain(text: str, encoder: Any, tweets: list[Quote], fr: Span, base: float) -> float:
    v = encoder.encode([_joined(text, tweets), without_furniture(text[fr.start : fr.end])])
    return float(v[0] @ v[1]) - base


def _thread_parts(text: str, encoder: Any, en: list[Quote], e: int, q: Quote, used: set[int]) -> list[tuple[int, Span]]:
    """(neighbour tweet, sentence) for the parts of ``q`` that render a neighbour tweet of
    the same author: the part's best sentence among the tweets is the neighbour's, at a
    cosine above the floor."""
    nbs = [nb for nb in (e - 1, e + 1) if 0 <= nb < len(en) and nb not in used and _same_author(en[e], en[nb])]
    if not nbs:
        return []
    parts = [without_furniture(text[p.start : p.end]) for p in q.parts]
    owners = [i for i in [e] + nbs for _ in sentence_spans(text, en[i].start, en[i].end)]
    sents = [without_furniture(text[sp.start : sp.end]) for i in [e] + nbs
             for sp in sentence_spans(text, en[i].start, en[i].end)]
    v = encoder.encode(parts + sents)
    sim = v[: len(parts)] @ v[len(parts) :].T
    spans = [sp for i in [e] + nbs for sp in sentence_spans(text, en[i].start, en[i].end)]
    out = []
    for row in sim:
        j = int(np.argmax(row))
        if owners[j] != e and row[j] >= PARAPHRASE_MIN_COSINE:
            out.append((owners[j], spans[j]))
    return out


def _union(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: s.start):
        if out and sp.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, sp.end))
        else:
            out.append(sp)
    return out


def _signals(v: np.ndarray) -> PairSignals:
    d = dict(zip(FEATURES, (float(a) for a in v)))
    return PairSignals(
        cosine=round(d["cosine"], 4), best_sentence=round(d["best_sentence"], 4), coverage=round(d["coverage"], 4),
        length_ratio=round(math.exp(d["abs_log_length"]), 3), distance=round(math.expm1(d["log_distance"])),
        after=bool(d["after"]), anchors=round(d["anchors"], 3), speaker=int(d["speaker"]),
    )


_WRITTEN = regex.compile(r"(?i)tweet|twitt|écrit|post|publi|message|compte|réseau|\ben anglais\b|supprim")


def _announces_written_source(q: Quote, text: str = "") -> bool:
    """The cue, or the sentence leading to the quote, says it comes from a written,
    online source (a tweet, a message, a post…)."""
    if q.cue is not None and _WRITTEN.search(q.cue.text or ""):
        return True
    if not text:
        return False
    start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    return bool(_WRITTEN.search(text[start : q.start]))


def _sentence_around(text: str, q: Quote) -> Span:
    start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    ends = [i for i in (text.find(". ", q.end), text.find("\n", q.end)) if i >= 0]
    return Span(start, min(ends) if ends else len(text))


def _anglophone_speaker(q: Quote, text: str, extraction: Extraction, en: list[Quote]) -> bool:
    """The quote translates an English speaker: its cue names the author of an English
    tweet of the article, or its sentence (outside the quote marks) calls the speaker
    British, American, Irish…"""
    if any(_speaker_agreement(q, t) == 1 for t in en if t.kind == "tweet"):
        return True
    sent = _sentence_around(text, q)
    outside = text[sent.start : sent.end]
    for other in extraction.quotes:
        if sent.start <= other.start and other.end <= sent.end:
            outside = outside.replace(other.text, " ")
    return bool(_ANGLOPHONE.search(outside))


def _uncovered(text: str, t: Quote, covered: tuple[Span, ...] | list[Span]) -> list[Quote]:
    """The runs of sentences of tweet ``t`` that no covered span touches, as quotes."""
    out: list[Quote] = []
    run: list[Span] = []
    for sp in sentence_spans(text, t.start, t.end) + [None]:
        if sp is not None and not any(sp.overlaps(c) for c in covered) \
                and len(_WORD.findall(without_furniture(text[sp.start : sp.end]))) >= 2:
            run.append(sp)
            continue
        if run:
            out.append(replace(t, start=run[0].start, end=run[-1].end, text=text[run[0].start : run[-1].end],
                               parts=(Span(run[0].start, run[-1].end),)))
            run = []
    return out


_THREAD_COUNTER = regex.compile(r"\(?\b\d{1,2}/\d{0,2}\)?\s*$")


def _n_words(text: str, span: Span | Quote) -> int:
    """Words of a span that carry its message: links, handles, hashtags, emoji and a
    thread counter (``2/3``) left out."""
    body = _THREAD_COUNTER.sub("", without_furniture(text[span.start : span.end]))
    return len(_WORD.findall(body))


def _condensed(text: str, fr: Span, covered: Span) -> bool:
    """The French has fewer words per English word than professional translations ever do."""
    n_en = len(_WORD.findall(without_furniture(text[covered.start : covered.end])))
    n_fr = len(_WORD.findall(text[fr.start : fr.end]))
    return n_en > 0 and n_fr / n_en < CONDENSED_WORD_RATIO


def _stands_alone(text: str, paras: list[Span], q: Quote) -> bool:
    """The quote is a paragraph of its own (plus at most a short cue): the layout of a
    rendering, not of a remark woven into prose."""
    para = paras[_para_index(paras, q.start)]
    outside = len(text[para.start : para.end]) - (q.end - q.start)
    return outside <= 40


def _prose_candidates(
    text: str, paras: list[Span], extraction: Extraction, tweets: list[Quote], quote_paras: dict[str, set[int]],
) -> tuple[list[Span], list[tuple[int, bool, bool]], list[Span]]:
    """Prose sentences that may render ``tweets``: outside quotes and attribution lines, in
    the paragraphs next to a tweet or holding its quotes; with (paragraph, first in it, last
    in it) and their reported content (the frame « Le lendemain, X a précisé que » left out)."""
    tweets = [t for t in tweets if t.kind == "tweet" and t.text]
    if not tweets:
        return [], [], []
    quoted = [Span(q.start, q.end) for q in extraction.quotes]
    attributions = [q.tweet.attribution for q in extraction.quotes if q.tweet and q.tweet.attribution]
    blocked = quoted + [a for a in attributions if a is not None]
    near = {k for t in tweets for k in range(_para_index(paras, t.start) - 1, _para_index(paras, t.start) + 2)}
    near |= {k for t in tweets for k in quote_paras.get(t.id, ())}
    sents: list[Span] = []
    edge: list[tuple[int, bool, bool]] = []
    for k, para in enumerate(paras):
        if k not in near:
            continue  # only prose next to a tweet can be its paraphrase (distance <= 1 below)
        in_para = sentence_spans(text, para.start, para.end)
        for i, sp in enumerate(in_para):
            if any(sp.overlaps(b) for b in blocked) or len(regex.findall(r"\p{L}+", text[sp.start : sp.end])) < 5:
                continue
            sents.append(sp)
            edge.append((k, i == 0, i == len(in_para) - 1))
    contents = [Span(sp.end - len(reported_content(text[sp.start : sp.end])), sp.end) for sp in sents]
    return sents, edge, contents


def _paraphrases(
    text: str, paras: list[Span], extraction: Extraction, tweets: list[Quote], quote_paras: dict[str, set[int]],
    settings: Settings, model: PairModel,
) -> list[QuotePair]:
    """Prose sentences near an unrendered tweet (or the part of a tweet its quotes leave out;
    ``quote_paras``: the paragraphs of those quotes) that render it in indirect speech."""
    tweets = [t for t in tweets if t.kind == "tweet" and t.text]
    sents, edge, contents = _prose_candidates(text, paras, extraction, tweets, quote_paras)
    if not sents:
        return []
    encoder = registry.get("encoder", settings.encoder)
    out: list[QuotePair] = []
    cand = _features(text, paras, tweets, contents, [None] * len(sents), encoder,
                     model.meta.get("length_penalty", 0.0))
    prob = model.prob(cand.x)
    dist = cand.x[:, :, FEATURES.index("log_distance")]
    taken: set[int] = set()
    for e, t in enumerate(tweets):
        order = [f for f in np.argsort(-prob[e]) if dist[e, f] <= math.log1p(1) and f not in taken]
        if not order:
            continue
        f = int(order[0])
        if prob[e, f] < model.threshold or cand.sims[e, f] < PARAPHRASE_MIN_COSINE:
            continue
        if not _reports_speech(text[sents[f].start : sents[f].end], t):  # indirect speech, not a statement
            continue
        taken.add(f)
        cov = cand.covered[e][f]
        kind = "summary" if _condensed(text, contents[f], cov) else "paraphrase"
        out.append(QuotePair(
            en=(t.id,), fr=(), kind=kind, confidence=round(float(prob[e, f]), 4), covered=(cov,),
            signals=_signals(cand.x[e, f]), fr_span=sents[f],
        ))
    # summaries: a whole tweet left unrendered, and right next to it (the last sentence
    # before it or the first after it) a sentence that reports what its author said, with
    # a speech-act verb and words of content, not an announcement of the message itself
    # ("X a réagi", "X a publié ce message") — accepted at a lower similarity floor
    rendered = {pr.en[0] for pr in out}
    originals = {q.id: q for q in extraction.quotes}
    found = []
    for e, t in enumerate(tweets):
        o = originals.get(t.id)
        if t.id in rendered or o is None:
            continue
        tp = _para_index(paras, o.start)
        # the part its quotes leave out is told around those quotes
        part = (o.start, o.end) != (t.start, t.end)
        around = quote_paras.get(t.id, set()) if part else set()
        for f, sp in enumerate(sents):
            k, first, last = edge[f]
            if f in taken or not (k in around or not part and ((k == tp - 1 and last) or (k == tp + 1 and first))):
                continue
            if cand.sims[e, f] >= SUMMARY_MIN_COSINE and _reports_speech(text[sp.start : sp.end], t):
                found.append((-float(cand.sims[e, f]), e, f))
    used_e: set[int] = set()
    for _, e, f in sorted(found):
        if e in used_e or f in taken:
            continue
        used_e.add(e)
        taken.add(f)
        t = tweets[e]
        kind = "summary" if _condensed(text, contents[f], Span(t.start, t.end)) else "paraphrase"
        out.append(QuotePair(
            en=(t.id,), fr=(), kind=kind, confidence=round(float(prob[e, f]), 4), covered=(Span(t.start, t.end),),
            signals=_signals(cand.x[e, f]), fr_span=sents[f],
        ))
    return out


# a summary is judged on its words and its place; its similarity to the tweet need only be
# that of prose on the same subject rather than below it (the 25th percentile of
# unrelated same-story prose in scripts/calibrate_unmarked.py is about 0.15)
SUMMARY_MIN_COSINE = 0.15
# French speech-act verbs (finite forms, participles, gerunds) that report what was said
_SPEECH_ROOTS = (
    r"remerci|rassur|salu|accus|évoqu|appel|refus|espér|promet|promis|annonç|annonc|dénonç|dénonc|"
    r"rappel|soulign|regrett|estim|affirm|assur|répliqu|rétorqu|réjoui|félicit|excus|plaid|avert|exig|"
    r"réclam|demand|reproch|qualifi|jug|déplor|critiqu|fustig|ironis|moqu|insist|précis|expliqu|"
    r"indiqu|confi|reconn|admet|admis|avou|nuanc|minimis|défend|invit|exhort|suppli|implor|pardon|"
    r"déclar|prévien|prévenu|menac|protest|proclam|revendiqu|conseill|recommand|encourag|plaisant|"
    r"souhait"
)
# verb forms only (participles, gerunds, 3rd person): « les critiques », « un appel » are nouns
_SPEECH_ACT_RE = (
    rf"(?:(?:fait|font|faisait|faisaient) état|laiss\p{{L}}* entendre|fai\p{{L}}* amende honorable"
    rf"|(?:{_SPEECH_ROOTS})\p{{L}}*?(?:é|ée|és|ées|i|ie|is|ise|ant|ait|aient|(?<!m)ent))")
_SPEECH_ACT = regex.compile(rf"(?i)\b{_SPEECH_ACT_RE}\b")
# the sentence is about the message, not what it says: it announces or describes it
_ABOUT_MESSAGE = regex.compile(
    r"(?i)\b(?:messages?|tweets?|tweeté|post|posté|publi\p{L}*|réag\p{L}*|réaction|parole|fil|"
    r"vidéo|images?|photos?|capture)\b")
_TIME_WORDS = frozenset(fold(w) for w in (
    "lendemain", "veille", "soir", "soirée", "matin", "matinée", "journée", "nuit", "après-midi", "midi",
    "heure", "heures", "minutes", "fin", "début", "tard", "tôt", "ensuite", "puis", "aussitôt", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "semaine"))


# what follows a reporting verb in indirect speech: « que … », or an infinitive (« reconnaît
# avoir… », « s'est borné à indiquer… »)
_THAT = regex.compile(
    r"[^.!?:;«»]{0,60}?\b(?:que\s|qu['’])"
    r"|\s+(?:de\s+|d['’]|à\s+)?(?:ne\s+pas\s+|n['’])?"
    r"(?!(?:notre|votre|entre|contre|autre|premier|dernier|hier|quatre|leur|cher|mer|hiver|lettre|titre)\b)"
    r"(?:avoir|être|\p{Ll}{2,}(?:er|ir|re))\b")
# attribution without a verb, « Selon X, … », « Pour X, … », or a reporting verb put after
# the words it reports, « …, ajoute-t-elle. »
_SELON = regex.compile(r"(?i)^(?:[^,.;:]{0,40},\s*)?(?:selon\b|pour\s[^,.;:]{3,80},)")
_INVERTED = regex.compile(
    rf"(?i),\s*(?:{_CUE_PRES}|(?:a|avait|aurait))-(?:t-)?(?:il|elle|ils|elles|on)\b", regex.V1)
# a leading adverbial, « En Écosse, … », « Dans la soirée, … »: not the subject
_LEAD = regex.compile(r"(?i)^(?:en|à|au|aux|dans|sur|depuis|outre-\p{L}+|chez|après|avant|lors)\b[^,]{0,50},\s*")
_CUE_VERB = regex.compile(rf"(?i)\b(?:{_CUE_PP}|{_CUE_PRES}|{_SPEECH_ACT_RE})\b", regex.V1)


# a verb of communication that is not a reporting verb, then a colon and the content in
# prose (no quote marks after it): « a donné de ses nouvelles : … », « a fait le point : … »
_NEWS_COLON = regex.compile(
    r"(?i)\b(?:donn\p{L}*\s+(?:de\s+ses|de\s+leurs|des|de\s+ses\s+propres)\s+nouvelles"
    r"|fai\p{L}*\s+(?:le\s+point|savoir|part|état\s+de\s+la\s+situation)"
    r"|(?:s'est|se\s+sont)\s+(?:exprimée?s?|confiée?s?)|communiqu\p{L}*|pris\s+la\s+parole"
    r"|(?:a|ont)\s+(?:informé|prévenu|tenu\s+à\s+rassurer))\b[^:«»\"“”]{0,60}:(?=[^«»\"“”]+$)")


def _reports_speech(sentence: str, tweet: Quote) -> bool:
    """The sentence reports what someone said: indirect speech (a reporting verb then
    « que… » or an infinitive, or « selon X »), or a speech-act verb followed by at least
    two words of content (not only when it happened) in a sentence that is neither about
    the message as an object nor a lead-in ending in a colon; and no other named speaker
    as its subject."""
    s = sentence.strip().lstrip("»”\" ")
    m = next((v for v in _CUE_VERB.finditer(s) if _THAT.match(s, v.end())), None)  # « a dit que… »
    if m is None and (_SELON.match(s) or _INVERTED.search(s)):
        return True
    if m is None:  # « X a donné de ses nouvelles : la coureuse souffre… » — content after a colon
        m = _NEWS_COLON.search(s)
        if m is not None and len([w for w in _words(s[m.end() :]) if w not in _STOP_FOLDED]) < 3:
            m = None
    if m is None:  # a verb that carries content itself (remercier, rassurer…), with words after it
        if s.endswith(":") or _SPEECH_ACT.search(s) is None or _ABOUT_MESSAGE.search(s):
            return False
        m = _CUE_VERB.search(s)  # the first reporting verb: the subject is before it
        after = [w for w in _words(s[m.end() :]) if w not in _STOP_FOLDED and w not in _TIME_WORDS and len(w) > 2]
        if len(after) < 2:
            return False
    subject = s[: m.start()]
    subject = subject[_LEAD.match(subject).end() :] if _LEAD.match(subject) else subject
    names = [w for w in regex.findall(r"(?<=\S\s+)\p{Lu}[\p{L}'-]+", subject) if not w.isupper()]  # not PDG, DG
    if names and tweet.tweet is not None:
        keys = {fold(w) for w in regex.findall(r"\p{L}{3,}", (tweet.tweet.author or "") + " "
                                                + (tweet.tweet.handle or ""))}
        handle = fold(tweet.tweet.handle or "")
        if not any(fold(n) in keys or (len(n) > 3 and fold(n) in handle) for n in names):
            return False
    return True
