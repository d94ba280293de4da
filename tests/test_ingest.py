"""Ingest: decoding, normalisation with offsets, and the four readers."""

from __future__ import annotations

import codecs
import json

import pytest

from quotecheck.errors import InputError
from quotecheck.ingest import detect_format, iter_articles, read_path, read_string
from quotecheck.ingest.builder import normalise_char_map

FR = "Le maire a écrit : « Nous rouvrirons le pont lundi. »\n"


def test_utf8_plain(write):
    a = read_path(write("a.txt", FR))[0]
    assert a.encoding == "utf-8" and a.text.startswith("Le maire")


def test_utf8_bom_is_not_text(write):
    a = read_path(write("a.txt", codecs.BOM_UTF8 + FR.encode()))[0]
    assert a.encoding == "utf-8-sig" and a.text.startswith("Le maire")
    assert a.location(0).column == 1


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(write, enc):
    bom = codecs.BOM_UTF16_LE if enc.endswith("le") else codecs.BOM_UTF16_BE
    a = read_path(write("a.txt", bom + FR.encode(enc)))[0]
    assert "« Nous" in a.text.replace("\u00a0", " ")


def test_cp1252_detected(write):
    a = read_path(write("a.txt", FR.replace("Nous", "Nous\u2019")
                         .encode("cp1252")))[0]
    assert a.encoding == "cp1252"
    assert "écrit" in a.text and "«" in a.text


def test_latin1_when_not_cp1252(write):
    data = "Le maire a écrit\x81 ici".encode("latin-1")  # 0x81 is undefined in cp1252
    a = read_path(write("a.txt", data))[0]
    assert a.encoding == "latin-1" and "écrit" in a.text


def test_html_meta_charset_used(write):
    html = '<html><head><meta charset="windows-1252"></head><body><p>« Été »</p></body></html>'
    a = read_path(write("a.html", html.encode("cp1252")))[0]
    assert "« Été »" in a.text


def test_imposed_encoding(write):
    path = write("a.txt", FR.encode("cp1252"))
    assert "écrit" in read_path(path, encoding="cp1252")[0].text
    with pytest.raises(InputError, match="cannot be decoded as utf-8"):
        read_path(path, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_path(path, encoding="klingon-8")


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x00\x01\x02binary\x00" * 20, "binary")],
)
def test_bad_files(write, content, message):
    path = write("bad.txt", content)
    with pytest.raises(InputError, match=message) as info:
        read_path(path)
    assert info.value.path == path


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))


def test_normalisation_keeps_offsets():
    src = "Il a dit\u00a0: «\u202fOui\u202f» et l\u2019a\u200b écrit\r\nfin e\u0301te\u0301"
    text, offs = normalise_char_map(src)
    assert text == "Il a dit : « Oui » et l'a écrit\nfin été"
    assert len(offs) == len(text)
    assert offs == sorted(offs)
    # every normalised character comes from the source character at its offset
    for ch, o in zip(text, offs):
        assert ch == src[o] or src[o] in "\u00a0\u202f\u2019\r" or ch in "éé"


def test_location_maps_to_original_line_and_column(write):
    src = "Titre\n\nPremier paragraphe.\n\nIl a dit\u00a0: « bonjour ».\n"
    a = read_path(write("a.txt", src))[0]
    i = a.text.index("bonjour")
    loc = a.location(i)
    assert (loc.line, loc.column) == (5, src.splitlines()[4].index("bonjour") + 1)
    assert a.where(i).endswith(":5:14")


def test_html_boilerplate_dropped_and_article_kept():
    html = """<!DOCTYPE html><html><head><title>« Titre »</title><script>var x = "« no »";</script></head>
    <body><header><nav><a href="/">Accueil</a></nav></header>
    <div class="cookie-banner">Nous utilisons des cookies « essentiels »</div>
    <article><h1>Le maire s&rsquo;explique</h1>
    <p>Il a &eacute;crit&nbsp;: &laquo;&nbsp;Nous rouvrirons le pont&nbsp;&raquo;.</p>
    <aside class="related"><a href="/x">« Un autre article »</a></aside>
    </article>
    <section class="comments"><p>Great article!</p></section>
    <footer>© Journal</footer></body></html>"""
    a = read_string(html, fmt="html")
    assert "Le maire s'explique" in a.text
    assert "Il a écrit : « Nous rouvrirons le pont »." in a.text
    for junk in ("cookies", "Un autre article", "Great article", "Accueil", "Titre", "var x"):
        assert junk not in a.text
    i = a.text.index("Nous rouvrirons")
    assert html[a.source_offset(i) : a.source_offset(i) + 4] == "Nous"


def test_html_twitter_embed_block():
    html = """<article><p>Avant.</p>
    <blockquote class="twitter-tweet" data-lang="fr"><p lang="en" dir="ltr">We are back!<br>See you
    <a href="https://t.co/AbC">pic.twitter.com/AbC</a></p>&mdash; Ville (@Ville) <a
    href="https://twitter.com/Ville/status/123456?ref_src=twsrc%5Etfw">March 4, 2021</a></blockquote>
    <p>Après.</p></article>"""
    a = read_string(html, fmt="html")
    embeds = [b for b in a.blocks if b.kind == "tweet-embed"]
    assert len(embeds) == 1
    e = embeds[0]
    assert e.lang == "en" and e.url == "https://twitter.com/Ville/status/123456"
    body = a.text[e.start : e.end]
    assert body.startswith("We are back!\nSee you pic.twitter.com/AbC")
    assert "— Ville (@Ville) March 4, 2021" in body


def test_markdown_syntax_removed_with_offsets():
    md = "# Titre\n\nLe **maire** a [écrit](https://ex.org/a) :\n\n> « Nous *rouvrirons* le pont »\n> — Ville (@Ville) March 4, 2021\n"
    a = read_string(md, fmt="markdown")
    assert "Le maire a écrit :" in a.text
    assert "« Nous rouvrirons le pont »\n— Ville (@Ville) March 4, 2021" in a.text
    assert [b.kind for b in a.blocks if b.kind in ("heading", "blockquote")] == ["heading", "blockquote"]
    link = next(b for b in a.blocks if b.kind == "link")
    assert a.text[link.start : link.end] == "écrit" and link.url == "https://ex.org/a"
    i = a.text.index("rouvrirons")
    assert md[a.source_offset(i) : a.source_offset(i) + 10] == "rouvrirons"


def test_raw_embed_markup_in_text_is_parsed():
    raw = ('Texte avant.\n\n<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello world</p>'
           '&mdash; Ann (@ann) <a href="https://twitter.com/ann/status/42">May 1, 2020</a></blockquote>'
           '\n\nTexte après.')
    a = read_string(raw, fmt="text")
    assert "<blockquote" not in a.text
    assert "Hello world\n— Ann (@ann) May 1, 2020" in a.text
    i = a.text.index("Hello")
    assert raw[a.source_offset(i) : a.source_offset(i) + 5] == "Hello"
    assert any(b.kind == "tweet-embed" and b.url.endswith("/42") for b in a.blocks)


def test_jsonl_records_and_bad_lines(write):
    lines = [
        json.dumps({"id": "a", "text": "Il a dit « oui »."}),
        "{not json",
        json.dumps({"id": "b", "html": "<p>« non »</p>", "url": "https://ex.org", "outlet": "X"}),
        json.dumps({"id": "c"}),
    ]
    path = write("batch.jsonl", "\n".join(lines) + "\n")
    items = list(iter_articles(path))
    arts = [i for i in items if not isinstance(i, InputError)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert [a.id.rsplit("#", 1)[1] for a in arts] == ["a", "b"]
    assert arts[1].format == "html" and arts[1].outlet == "X" and arts[1].record == 3
    assert len(errs) == 2 and "line 2" in errs[0].message and "line 4" in errs[1].message
    col = "Il a dit « oui ».".index("oui") + 1
    assert arts[0].where(arts[0].text.index("oui")) == f"{path}#a:1:{col}"
    with pytest.raises(InputError):
        read_path(path)


def test_detect_format():
    assert detect_format("a.md") == "markdown"
    assert detect_format("a.HTM") == "html"
    assert detect_format("noext", "<!DOCTYPE html><html>") == "html"
    assert detect_format("noext", "Bonjour") == "text"
