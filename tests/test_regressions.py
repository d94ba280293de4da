"""Regressions found in review: each input once crashed, lost text or was slow."""

from __future__ import annotations

import json

import pytest

from quotecheck import Settings, extract_text
from quotecheck.ingest import iter_articles, read_string

NO_ENC = Settings(unmarked=False)


def quotes(s, fmt="text"):
    ex = extract_text(s, fmt, NO_ENC)
    return [(q.lang, q.kind, q.text) for q in ex.quotes], ex


@pytest.mark.parametrize("s", ["@jdoe : « Nous allons bien, merci à tous. »",
                               "Réponse de @jdoe : « Nous allons bien, merci à tous. »"])
def test_handle_colon_cue(s):
    got, ex = quotes(s)
    assert got == [("fr", "quoted", "Nous allons bien, merci à tous.")]
    assert ex.quotes[0].cue.speaker == "@jdoe"


@pytest.mark.parametrize("lang", ["zxx", "es"])
def test_embed_without_attribution_other_lang(lang):
    html = (f'<article><p>Le tweet.</p><blockquote class="twitter-tweet"><p lang="{lang}" dir="ltr">'
            '<a href="https://t.co/abc">pic.twitter.com/abc</a></p></blockquote></article>')
    got, ex = quotes(html, "html")
    assert got == [("en", "tweet", "")] and "stripped" in ex.quotes[0].flags


def test_wordless_embeds_are_stripped():
    html = ('<article><blockquote class="twitter-tweet"><a href="https://twitter.com/h/status/9">May 1, 2020</a>'
            '</blockquote></article>')
    got, ex = quotes(html, "html")
    assert got == [("en", "tweet", "")] and ex.quotes[0].tweet.url == "https://twitter.com/h/status/9"


def test_jsonl_with_line_separator_inside_a_string(write):
    lines = [json.dumps({"id": "a", "text": "Le maire a dit\u2028« nous partons » hier."}, ensure_ascii=False),
             json.dumps({"id": "b", "text": "« Oui »"})]
    items = list(iter_articles(write("x.jsonl", "\n".join(lines))))
    assert [i.record for i in items] == [1, 2]


def test_markdown_hyphen_attribution_and_nested_quote_and_handles():
    got, ex = quotes("We will reopen the bridge on Monday.\n- Ville de Portneuf (@PortneufVille) March 4, 2021\n",
                     "markdown")
    assert got == [("en", "tweet", "We will reopen the bridge on Monday.")]
    assert read_string("> > « Nous partons », a-t-il dit.\n", fmt="markdown").text.startswith("« Nous")
    got, ex = quotes("Merci ! — Jean (@jean__dupont) [March 4, 2021](https://twitter.com/j/status/123)\n",
                     "markdown")
    assert ex.quotes[0].tweet.handle == "@jean__dupont"
    assert ex.quotes[0].tweet.url == "https://twitter.com/j/status/123"


@pytest.mark.parametrize("html", [
    '<html><body><form id="form1"><article><p>Le maire a dit « nous rouvrirons le pont lundi » hier.</p>'
    '</article></form></body></html>',
    '<article class="post type-post tag-social"><p>Le maire a dit « nous rouvrirons le pont lundi » hier.</p></article>',
])
def test_html_containers_not_taken_for_boilerplate(html):
    assert "nous rouvrirons le pont lundi" in read_string(html, fmt="html").text


def test_embed_inside_social_wrapper_kept():
    html = ('<article><figure class="embed-social"><blockquote class="twitter-tweet"><p lang="en">We are back!</p>'
            '&mdash; Ann (@ann) <a href="https://twitter.com/ann/status/1">May 1, 2020</a></blockquote></figure></article>')
    got, _ = quotes(html, "html")
    assert got == [("en", "tweet", "We are back!")]


def test_declared_latin1_is_windows_1252(write):
    from quotecheck.ingest import read_path

    html = '<meta charset="iso-8859-1"><p>L’œuvre coûte 5 €</p>'.encode("cp1252")
    assert "L'œuvre coûte 5 €" in read_path(write("a.html", html))[0].text


def test_entity_values_are_normalised():
    a = read_string("<p>Le maire a dit « nous recons&shy;truirons le pont&#8203; » hier. AT&T;</p>", fmt="html")
    assert "nous reconstruirons le pont »" in a.text and "AT&T;" in a.text


def test_lone_cr_line_numbers():
    s = "Le maire a réagi.\r\r« Nous rouvrirons le pont lundi », a tweeté la mairie.\r"
    _, ex = quotes(s)
    assert str(ex.article.location(ex.quotes[0].start)) == "3:3"


def test_stray_straight_quote_and_paragraph_closing_mark():
    got, _ = quotes('Il a acheté un écran 27" hier. Puis il a dit « nous partons demain » au revoir.\n')
    assert got == [("fr", "quoted", "nous partons demain")]
    got, ex = quotes("« Nous allons reconstruire le pont.\n\n» Les travaux commenceront lundi.\n")
    assert got == [("fr", "quoted", "Nous allons reconstruire le pont.")]
    assert "unbalanced" not in ex.quotes[0].flags


def test_incises_with_place_and_in_english():
    got, ex = quotes("« Nous ne céderons pas, écrit-il sur Twitter, car la justice est de notre côté. »")
    assert ex.quotes[0].part_texts(ex.article.text) == ["Nous ne céderons pas", "car la justice est de notre côté."]
    got, ex = quotes("« We will not give up, a-t-il écrit, because justice is on our side. »")
    assert ex.quotes[0].lang == "en"
    assert ex.quotes[0].part_texts(ex.article.text) == ["We will not give up", "because justice is on our side."]


def test_apposition_gloss_stops_at_comma():
    got, _ = quotes("Le slogan « Make Portneuf great again », littéralement rendre sa grandeur à Portneuf, a fait florès.")
    assert ("fr", "gloss", "rendre sa grandeur à Portneuf") in got


def test_bilingual_halves_keep_the_cue():
    _, ex = quotes("« We will reopen the bridge on Monday. Nous rouvrirons le pont lundi », a tweeté la mairie.")
    assert [q.lang for q in ex.quotes] == ["en", "fr"]
    assert all(q.cue is not None and q.cue.speaker == "la mairie" for q in ex.quotes)


def test_encoder_cache_overflow_inside_one_call(monkeypatch):
    """A call that fills the cache past its limit still returns every row (it raised KeyError)."""
    from quotecheck import encoder, registry

    enc = registry.get("encoder", "use.v1")
    enc.encode(["premier mot"])
    monkeypatch.setattr(encoder, "CACHE_SIZE", 2)
    out = enc.encode(["premier mot", "second", "troisième", "premier mot"])
    assert out.shape == (4, 512)
    assert abs(float(out[0] @ out[3]) - 1.0) < 1e-5
