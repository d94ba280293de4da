"""Align: word and phrase links inside a pair.

Backend ``use-itermax.v1``. A similarity matrix from USE embeddings of single
tokens (thanks→merci 0.93, not→pas 0.94), raised to 1 for tokens that are the
same after normalisation (names, handles, hashtags, URLs, numbers — digits and
number words alike: eleven = onze = 11) and towards 1 for cognates (rapidfuzz
ratio), minus a distortion prior on relative position. Links are extracted by
iterated mutual argmax (SimAlign's "itermax" idea), then multi-word units are
linked as units: French ``ne … pas/jamais/plus/rien``, ``avoir besoin de``
and ``il y a``, and an English particle verb ("give up") takes its particle
along.

``argmax_baseline`` is the published baseline (SimAlign argmax: mutual best on
the plain USE matrix), kept for evaluation in the same run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import regex

from ..lexicon import NUMBER_WORDS, fold
from ..types import Alignment, Link, Span
from .tokens import Token, tokenize

DISTORTION = 0.15
MIN_SIM = 0.35
ITERATIONS = 2
_PUNCT = regex.compile(r"^[\p{P}\p{S}]+$")
_FUNCTION_EN = frozenset(["a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "is", "are", "was", "were", "be", "been", "it", "this", "that"])
_FUNCTION_FR = frozenset(["le", "la", "les", "l'", "un", "une", "des", "de", "d'", "du", "et", "ou", "à", "au", "aux", "en", "est", "sont", "ce", "cette"])
_NEG_FR = frozenset(("pas", "jamais", "plus", "rien", "personne", "aucun", "aucune", "guère"))
_BESOIN_MATES = frozenset(("ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "avoir",
                           "aurons", "aurait", "de", "d'", "eu"))
_PARTICLES = frozenset(["up", "down", "out", "off", "over", "away", "back", "in", "on"])
@lru_cache(maxsize=65536)
def _norm(tok: str) -> str:
    t = fold(tok.rstrip("'’"))
    if tok.lower() in NUMBER_WORDS:
        return str(NUMBER_WORDS[tok.lower()])
    if t[:1].isdigit():
        t = regex.sub(r"[ \u00a0\u202f.,](?=\d{3}\b)", "", t).replace(",", ".")
    return t


@lru_cache(maxsize=65536)
def is_content(tok: str, lang: str) -> bool:
    low = tok.lower()
    if _PUNCT.match(tok):
        return False
    return low not in (_FUNCTION_EN if lang == "en" else _FUNCTION_FR)


def similarity(en: list[Token], fr: list[Token], encoder: Any) -> np.ndarray:
    """Plain USE cosine between every English and every French token."""
    if not en or not fr:
        return np.zeros((len(en), len(fr)))
    vec = encoder.encode([t.text for t in en] + [t.text for t in fr])
    return np.asarray(vec[: len(en)] @ vec[len(en) :].T, dtype=np.float64)


def boosted(en: list[Token], fr: list[Token], base: np.ndarray) -> np.ndarray:
    """``base`` raised by identity and cognates, lowered by a distortion prior."""
    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import cdist

    s = base.copy()
    ne, nf = [_norm(t.text) for t in en], [_norm(t.text) for t in fr]
    # cognates: words of 4+ characters whose edit-distance ratio is ≥ 0.75
    rows = [i for i, a in enumerate(ne) if len(a) >= 4 and not _PUNCT.match(a)]
    cols = [j for j, b in enumerate(nf) if len(b) >= 4]
    if rows and cols:
        r = cdist([ne[i] for i in rows], [nf[j] for j in cols], scorer=ratio, dtype=np.float64) / 100.0
        block = np.ix_(rows, cols)
        s[block] = np.where(r >= 0.75, np.maximum(s[block], 0.5 + 0.5 * r), s[block])
    # the same after normalisation (names, handles, numbers): 1, over any cognate score
    where: dict[str, list[int]] = {}
    for j, b in enumerate(nf):
        where.setdefault(b, []).append(j)
    same = [(i, j) for i, a in enumerate(ne) if a for j in where.get(a, ())]
    if same:
        s[tuple(np.array(same).T)] = 1.0
    if len(en) > 1 and len(fr) > 1:
        pe = np.arange(len(en))[:, None] / (len(en) - 1)
        pf = np.arange(len(fr))[None, :] / (len(fr) - 1)
        s -= DISTORTION * np.abs(pe - pf)
    return s


def _mutual_argmax(s: np.ndarray, mask: np.ndarray) -> list[tuple[int, int]]:
    m = np.where(mask, s, -np.inf)
    if not np.isfinite(m).any():
        return []
    best_f = m.argmax(axis=1)
    best_e = m.argmax(axis=0)
    return [(i, int(best_f[i])) for i in range(s.shape[0])
            if np.isfinite(m[i, best_f[i]]) and best_e[best_f[i]] == i]


def itermax(s: np.ndarray, min_sim: float = MIN_SIM, iterations: int = ITERATIONS) -> set[tuple[int, int]]:
    """Iterated mutual argmax: links, then mutual best among still-unlinked rows/columns."""
    links: set[tuple[int, int]] = set()
    mask = np.ones_like(s, dtype=bool)
    for _ in range(iterations):
        new = [(i, j) for i, j in _mutual_argmax(s, mask) if s[i, j] >= min_sim]
        if not new:
            break
        links.update(new)
        linked_e = {i for i, _ in links}
        linked_f = {j for _, j in links}
        mask = np.ones_like(s, dtype=bool)
        for i in linked_e:
            mask[i, :] = False
        for j in linked_f:
            mask[:, j] = False
    return links


def argmax_baseline(s: np.ndarray) -> set[tuple[int, int]]:
    """SimAlign's argmax: mutual best on the plain similarity matrix."""
    return set(_mutual_argmax(s, np.ones_like(s, dtype=bool)))


def _units(en: list[Token], fr: list[Token], links: set[tuple[int, int]]) -> set[tuple[int, int]]:
    out = set(links)
    ftxt = [t.text.lower() for t in fr]
    for j, t in enumerate(ftxt):
        if t in ("ne", "n'"):
            k = next((k for k in range(j + 1, min(len(ftxt), j + 6)) if ftxt[k] in _NEG_FR), None)
            if k is not None:
                for i, jj in links:
                    if jj == k:
                        out.add((i, j))
                    if jj == j:
                        out.add((i, k))
    # "avoir besoin de" ↔ need, "il y a" ↔ there is / ago: the unit's words share the links
    for j, t in enumerate(ftxt):
        if t == "besoin":
            unit = [k for k in (j - 1, j + 1) if 0 <= k < len(ftxt) and ftxt[k] in _BESOIN_MATES]
        elif t == "y" and 0 < j < len(ftxt) - 1 and ftxt[j - 1] == "il" and ftxt[j + 1] == "a":
            unit = [j - 1, j + 1]
        else:
            continue
        heads = [i for i, jj in out if jj == j]
        for i in heads:
            out.update((i, k) for k in unit)
    etxt = [t.text.lower() for t in en]
    for i, t in enumerate(etxt[1:], start=1):
        if t in _PARTICLES and not any(ii == i for ii, _ in out):
            for ii, j in list(out):
                if ii == i - 1:
                    out.add((i, j))
    return out


@dataclass(frozen=True)
class Aligner:
    """``use-itermax.v1``: align two texts (or article spans)."""

    encoder: Any
    name: str = "use-itermax.v1"

    def links(self, en: list[Token], fr: list[Token]) -> tuple[set[tuple[int, int]], np.ndarray]:
        first, s = self._first_links(en, fr)
        if not en or not fr:
            return set(), s
        return first | self._particle_verbs(en, fr, first, s), s

    def _first_links(self, en: list[Token], fr: list[Token]) -> tuple[set[tuple[int, int]], np.ndarray]:
        """Links before the particle-verb pass, and the boosted matrix."""
        s = boosted(en, fr, similarity(en, fr, self.encoder))
        if not en or not fr:
            return set(), s
        return _units(en, fr, itermax(s)), s

    @staticmethod
    def _particle_texts(en: list[Token], fr: list[Token], links: set[tuple[int, int]]) -> tuple[list[int], list[int], list[str]]:
        """Unlinked English verb + particle candidates, free French content tokens, and the
        texts the particle pass embeds (the phrases, then those French tokens)."""
        linked_e = {i for i, _ in links}
        linked_f = {j for _, j in links}
        cands = [i for i in range(1, len(en)) if en[i].text.lower() in _PARTICLES
                 and i not in linked_e and i - 1 not in linked_e and en[i - 1].text[:1].isalpha()]
        free_f = [j for j in range(len(fr)) if j not in linked_f and is_content(fr[j].text, "fr")]
        if not cands or not free_f:
            return cands, free_f, []
        return cands, free_f, [f"{en[i - 1].text} {en[i].text}" for i in cands] + [fr[j].text for j in free_f]

    def _particle_verbs(
        self, en: list[Token], fr: list[Token], links: set[tuple[int, int]], s: np.ndarray
    ) -> set[tuple[int, int]]:
        """English verb + particle ("give up") still unlinked: embed the phrase as one
        and link both words to the French token it matches best, if still free."""
        cands, free_f, texts = self._particle_texts(en, fr, links)
        if not texts:
            return set()
        phrases = texts[: len(cands)]
        vec = self.encoder.encode(texts)
        sim = vec[: len(phrases)] @ vec[len(phrases) :].T
        out: set[tuple[int, int]] = set()
        for row, i in enumerate(cands):
            col = int(np.argmax(sim[row]))
            if sim[row, col] >= MIN_SIM + 0.15:
                out |= {(i - 1, free_f[col]), (i, free_f[col])}
        return out

    def align(self, text: str, en_spans: list[Span], fr_spans: list[Span]) -> Alignment:
        en = [Token(t.text, sp.start + t.start, sp.start + t.end)
              for sp in en_spans for t in tokenize(text[sp.start : sp.end])]
        fr = [Token(t.text, sp.start + t.start, sp.start + t.end)
              for sp in fr_spans for t in tokenize(text[sp.start : sp.end])]
        return self._alignment(en, fr)

    def align_texts(self, en: str, fr: str) -> Alignment:
        """Alignment of two plain strings; spans are offsets into each string."""
        return self.align_texts_matrix(en, fr)[0]

    def align_texts_matrix(self, en: str, fr: str) -> tuple[Alignment, np.ndarray]:
        """:meth:`align_texts` and the boosted similarity matrix it was read from."""
        return self._alignment_matrix(tokenize(en), tokenize(fr))

    def align_tokens_many(
        self, pairs: Sequence[tuple[list[Token], list[Token]]]
    ) -> list[tuple[Alignment, np.ndarray]]:
        """:meth:`align_texts_matrix` of many tokenised pairs (``tokenize(en), tokenize(fr)``),
        the same alignments, with one encoder call for every pair's particle-verb phrases
        instead of one call per pair (the token embeddings should be in the encoder's
        cache already: one call for every token of a batch)."""
        first = [self._first_links(en, fr) for en, fr in pairs]
        if getattr(self.encoder, "_cache", None) is not None:
            wanted = [t for (en, fr), (links, _s) in zip(pairs, first, strict=True) if en and fr
                      for t in self._particle_texts(en, fr, links)[2]]
            if wanted:
                self.encoder.encode(wanted)
        out = []
        for (en, fr), (links, s) in zip(pairs, first, strict=True):
            if en and fr:
                links = links | self._particle_verbs(en, fr, links, s)
            out.append((self._from_links(en, fr, links, s), s))
        return out

    def _alignment(self, en: list[Token], fr: list[Token]) -> Alignment:
        return self._alignment_matrix(en, fr)[0]

    def _alignment_matrix(self, en: list[Token], fr: list[Token]) -> tuple[Alignment, np.ndarray]:
        pairs, s = self.links(en, fr)
        return self._from_links(en, fr, pairs, s), s

    def _from_links(self, en: list[Token], fr: list[Token], pairs: set[tuple[int, int]], s: np.ndarray) -> Alignment:
        ordered = sorted(pairs)
        weights = s[tuple(np.array(ordered).T)].tolist() if ordered else []
        links = tuple(Link(i, j, round(w, 4)) for (i, j), w in zip(ordered, weights, strict=True))
        le = {i for i, _ in pairs}
        lf = {j for _, j in pairs}
        content_e = [i for i, t in enumerate(en) if is_content(t.text, "en")]
        content_f = [j for j, t in enumerate(fr) if is_content(t.text, "fr")]
        return Alignment(
            en_tokens=tuple(Span(t.start, t.end) for t in en),
            fr_tokens=tuple(Span(t.start, t.end) for t in fr),
            links=links,
            unaligned_en=tuple(_runs(en, [i for i in content_e if i not in le])),
            unaligned_fr=tuple(_runs(fr, [j for j in content_f if j not in lf])),
            coverage_en=round(sum(i in le for i in content_e) / max(1, len(content_e)), 4),
            coverage_fr=round(sum(j in lf for j in content_f) / max(1, len(content_f)), 4),
        )


def _runs(tokens: list[Token], idx: list[int]) -> list[Span]:
    out: list[Span] = []
    prev = -2
    for i in idx:
        if out and i == prev + 1:
            out[-1] = Span(out[-1].start, tokens[i].end)
        else:
            out.append(Span(tokens[i].start, tokens[i].end))
        prev = i
    return out


__all__ = ["Aligner", "argmax_baseline", "boosted", "itermax", "similarity", "tokenize"]
