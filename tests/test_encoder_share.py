"""The shared-window forward pass gives the encoder's own embeddings, bit for bit."""

from __future__ import annotations

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


@pytest.fixture(scope="module")
def encoder() -> USEEncoder:
    return registry.get("encoder", "use.v1")


def test_token_ids_are_the_tokenizers(encoder):
    sp = encoder._model._model.sp
    for t in TEXTS:
        assert encoder_share.token_ids(sp, t) == sp.encode(t, out_type=int, add_bos=True, add_eos=True), t


def test_network_is_the_encoders_bit_for_bit(encoder):
    ref = encoder._network(TEXTS)
    assert np.array_equal(encoder_share.network(encoder, TEXTS), ref)
    # alone or with other texts, in any order: the same rows
    for i in (0, 2, 7, 17):
        assert np.array_equal(encoder_share.network(encoder, [TEXTS[i]])[0], ref[i])
    rev = encoder_share.network(encoder, TEXTS[::-1])
    assert np.array_equal(rev[::-1], ref)


def test_encode_reads_and_fills_the_cache(encoder):
    texts = ["Une phrase jamais vue dans ce test, numéro 1.", "another unseen sentence, number two"]
    for t in texts:
        encoder._cache.pop(t, None)
    mine = encoder_share.encode(encoder, texts + texts[:1])
    assert all(t in encoder._cache for t in texts)
    assert np.array_equal(mine[0], mine[2])
    for t in texts:
        encoder._cache.pop(t, None)
    assert np.array_equal(encoder.encode(texts), mine[:2])
    assert encoder_share.encode(encoder, []).shape == (0, 512)


def test_corpus_texts_bit_for_bit(encoder):
    """Every sentence, run and quote pairing embeds for a few corpus articles."""
    from pathlib import Path

    from quotecheck import Settings
    from quotecheck.extract import extract
    from quotecheck.ingest import read_path
    from quotecheck.pipeline import pair_extraction

    root = Path(__file__).resolve().parent.parent / "corpora" / "articles"
    s = Settings()
    seen: list[list[str]] = []
    real = encoder_share.network

    def spy(enc, texts):
        seen.append(list(texts))
        return real(enc, texts)

    encoder_share.network = spy
    try:
        for name in sorted(root.glob("*-pairing-*"))[:4]:
            for a in read_path(str(name)):
                encoder._cache.clear()
                pair_extraction(extract(a, s), s)
    finally:
        encoder_share.network = real
    assert seen
    for texts in seen:
        assert np.array_equal(real(encoder, texts), encoder._network(texts))
