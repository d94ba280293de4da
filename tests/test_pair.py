"""Pairing and alignment on hand-built articles, plus their properties."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotecheck import Settings, extract_text, registry
from quotecheck.align import Aligner
from quotecheck.align.tokens import tokenize
from quotecheck.cli import cli
from quotecheck.pipeline import pair_extraction, pair_paths
from quotecheck.report.pairs import pairing_to_dict

S = Settings(unmarked=False)


def run(text):
    p, als = pair_extraction(extract_text(text, "text", S), S)
    return p, als, {(pr.en, pr.fr): pr for pr in p.pairs}, {u.quote: u for u in p.unpaired}


RENDERING_FIRST = (
    "La mairie a réagi dimanche soir.\n\n"
    "« Nous rouvrirons le pont lundi matin après les réparations », a tweeté la mairie.\n\n"
    "We will reopen the bridge on Monday morning after the repairs. — Ville de Portneuf (@PortneufVille) March 4, 2021\n\n"
    "Le préfet, lui, a jugé la situation « sous contrôle » lors d'un point presse."
)


def test_rendering_first_and_a_distractor():
    _, _, pairs, unpaired = run(RENDERING_FIRST)
    assert list(pairs) == [(("en1",), ("fr1",))]
    assert pairs[(("en1",), ("fr1",))].kind == "full"
    assert unpaired["fr2"].reason == "below-threshold"


def test_thread_rendered_as_one_quote():
    text = ("Today is a hard day for all of us at the studio. — Nolan Fenwick (@nolanf) May 2, 2022\n\n"
            "We are closing the studio in Port Halden. Thank you for everything. — Nolan Fenwick (@nolanf) May 2, 2022\n\n"
            "« C'est un jour difficile pour nous tous au studio. Nous fermons le studio de Port Halden. "
            "Merci pour tout », a écrit Nolan Fenwick.")
    _, _, pairs, _ = run(text)
    assert list(pairs) == [(("en1", "en2"), ("fr1",))]


def test_split_rendering_is_one_pair_with_two_quotes():
    text = ("We are not closing the factory. All 300 jobs stay in Portneuf. — Voltwing (@Voltwing) June 1, 2022\n\n"
            "« Nous ne fermons pas l'usine », a écrit l'entreprise. « Les 300 emplois restent à Portneuf », "
            "a-t-elle ajouté.")
    _, _, pairs, _ = run(text)
    assert list(pairs) == [(("en1",), ("fr1", "fr2"))]


def test_explicit_gloss_is_paired_whatever_the_similarity():
    _, _, pairs, _ = run("Sur la banderole, on lisait « U bum » (espèce de nul) en lettres capitales.")
    assert (("en1",), ("fr1",)) in pairs


def test_no_french_quote_means_no_candidate():
    _, _, pairs, unpaired = run("Big news today! — Ann Lee (@annlee) May 1, 2020\n\nLe conseil se réunira mardi.")
    assert not pairs and unpaired["en1"].reason == "no-candidate"


def test_alignment_links_known_equivalents():
    al = Aligner(registry.get("encoder", "use.v1"))
    en, fr = "Thanks to the eleven volunteers, we did not give up!", "Merci aux 11 bénévoles, nous n'avons pas abandonné !"
    text = en + "\n\n" + fr
    from quotecheck.types import Span

    a = al.align(text, [Span(0, len(en))], [Span(len(en) + 2, len(text))])
    words = {(text[a.en_tokens[k.en].start : a.en_tokens[k.en].end].lower(),
              text[a.fr_tokens[k.fr].start : a.fr_tokens[k.fr].end].lower()) for k in a.links}
    assert ("thanks", "merci") in words and ("eleven", "11") in words
    assert ("not", "pas") in words and ("not", "n'") in words  # ne … pas linked as a unit
    assert ("up", "abandonné") in words  # the particle goes with its verb


def test_links_point_inside_both_texts():
    p, als, _, _ = run(RENDERING_FIRST)
    text = p.extraction.article.text
    for pr, al in zip(p.pairs, als):
        for k in al.links:
            e, f = al.en_tokens[k.en], al.fr_tokens[k.fr]
            assert any(c.start <= e.start and e.end <= c.end for c in pr.covered)
            assert text[e.start : e.end] and text[f.start : f.end]
        assert 0 <= al.coverage_en <= 1 and 0 <= al.coverage_fr <= 1


def test_tokens_keep_offsets():
    s = "On ne peut pas s'arrêter : 33 000 fans 😅 https://t.co/x #Go"
    for t in tokenize(s):
        assert s[t.start : t.end] == t.text


def test_deterministic_and_independent_of_file_order(write):
    a = write("a.txt", RENDERING_FIRST)
    b = write("b.txt", "Thanks everyone! — Ann (@ann) May 1, 2020\n\n« Merci à tous ! », a écrit Ann.")

    def dicts(paths):
        return {r[0].extraction.article.id: json.dumps(pairing_to_dict(*r), sort_keys=True)
                for r in pair_paths(paths, S)}

    first = dicts([a, b])
    assert first == dicts([b, a]) == dicts([a, b])


def test_cli_pair_json(write):
    path = write("a.txt", RENDERING_FIRST)
    r = CliRunner().invoke(cli, ["pair", path, "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    from pathlib import Path

    import jsonschema

    import quotecheck

    schema = json.loads((Path(quotecheck.__file__).parent / "schema" / "pair.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    assert doc["schema"] == "quotecheck.pair/1" and "pair:pair.v1" in doc["signature"]["text"]
    pr = doc["articles"][0]["pairs"][0]
    assert pr["en"] == ["en1"] and pr["fr"] == ["fr1"] and pr["alignment"]["links"]
    r = CliRunner().invoke(cli, ["pair", path])
    assert r.exit_code == 0 and "en1 ⇄ fr1  full" in r.output


from .conftest import SHARED

SEED = SHARED / "seed" / "twitter-employee-last-day.fr.txt"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the project")
def test_seed_pairs_as_its_readme_says():
    from quotecheck import extract_article

    p, _ = pair_extraction(extract_article(str(SEED)), Settings())
    got = {(pr.en, pr.fr, pr.kind) for pr in p.pairs}
    assert got == {(("en1",), (), "paraphrase"), (("en2",), (), "summary"),
                   (("en3",), ("fr1",), "full"), (("en4",), ("fr2",), "full")}
    assert [(u.quote, u.reason) for u in p.unpaired] == [("fr3", "source-absent")]


def test_reported_content_strips_the_frame():
    from quotecheck.extract.cues import reported_content

    assert reported_content("Le lendemain, l'élue britannique a précisé que sa délégation reviendrait en juin.") \
        == "sa délégation reviendrait en juin."
    plain = "Le conseil municipal se réunira mardi soir à la mairie."
    assert reported_content(plain) == plain


def test_paraphrase_in_prose_is_found():
    text = ("Le lendemain, la maire a précisé que le pont rouvrirait lundi matin après les réparations.\n\n"
            "The bridge will reopen on Monday morning after the repairs. — Mayor Lee (@mayorlee) June 1, 2020\n\n"
            "Les commerçants attendent cette réouverture avec impatience.")
    _, _, pairs, _ = run(text)
    (key, pr), = pairs.items()
    assert key == (("en1",), ()) and pr.kind in ("paraphrase", "summary")
    assert pr.fr_span is not None


def test_avoir_besoin_de_is_a_unit():
    from quotecheck.types import Span

    al = Aligner(registry.get("encoder", "use.v1"))
    en, fr = "We need your help.", "Nous avons besoin de votre aide."
    text = en + "\n\n" + fr
    a = al.align(text, [Span(0, len(en))], [Span(len(en) + 2, len(text))])
    linked = {text[a.fr_tokens[k.fr].start : a.fr_tokens[k.fr].end] for k in a.links
              if text[a.en_tokens[k.en].start : a.en_tokens[k.en].end] == "need"}
    assert {"avons", "besoin", "de"} <= linked


def test_short_fragment_in_the_paragraph_of_a_rendering_joins_its_tweet():
    text = ("We will not back down, and we will not let our seabed turn into a desert. "
            "The ban on bottom trawling stays in force, whatever the pressure. "
            "— Helen Brodie (@HelenBrodieMP) March 18, 2021\n\n"
            "« Nous ne reculerons pas, et nous ne laisserons pas nos fonds marins devenir un désert », a écrit "
            "la ministre. L'interdiction, a-t-elle martelé, « reste en vigueur ».\n\n"
            "Le maire de Bellmouth, lui, a jugé la décision « incompréhensible » devant les pêcheurs.")
    _, _, pairs, unpaired = run(text)
    assert list(pairs) == [(("en1",), ("fr1", "fr2"))]  # « reste en vigueur » alone embeds poorly
    assert "fr3" in unpaired  # another paragraph, another speaker


def test_condensed_prose_is_a_summary_and_close_prose_a_paraphrase():
    text = ("Dans un premier temps, la mairie a expliqué que le pont de Harlow avait été fermé par erreur à cause "
            "d'une erreur humaine d'un employé municipal.\n\n"
            "Earlier today the Harlow Bridge was closed by mistake due to human error by a council employee. "
            "The bridge was closed for 40 minutes and has since reopened. — Harlow Council (@HarlowCouncil) May 3, 2021\n\n"
            "Plus tard, la mairie a indiqué que c'était l'œuvre d'un employé de la maintenance lors de son dernier jour !\n\n"
            "Through our investigation we have learned that this was done by a council maintenance employee who "
            "did this on the employee's last day of work. We are conducting a full review. "
            "— Harlow Council (@HarlowCouncil) May 3, 2021")
    _, _, pairs, _ = run(text)
    kinds = {key[0]: pr.kind for key, pr in pairs.items() if not key[1]}  # 17 FR words for 17 EN; 12 for 26
    assert kinds == {("en1",): "paraphrase", ("en2",): "summary"}


def test_prose_renders_the_sentence_a_partial_quote_leaves_out():
    text = ("Due to a gearbox fault, all sailings to Skerrow are cancelled until 14 August. We know how hard this is "
            "for islanders and visitors alike. Tickets will be refunded automatically. "
            "— Northwind Ferries (@NorthwindFerries) August 3, 2022\n\n"
            "« Nous savons à quel point c'est difficile pour les habitants comme pour les visiteurs », a reconnu "
            "l'entreprise. La compagnie a également assuré que les billets seraient remboursés automatiquement.")
    p, _, pairs, _ = run(text)
    assert (("en1",), ("fr1",)) in pairs and pairs[(("en1",), ("fr1",))].kind == "partial"
    prose = pairs[(("en1",), ())]
    t = p.extraction.article.text
    assert t[prose.fr_span.start : prose.fr_span.end].startswith("La compagnie a également assuré")
    assert t[prose.covered[0].start : prose.covered[0].end] == "Tickets will be refunded automatically."


def test_remark_of_an_english_speaker_is_source_absent_a_french_one_is_not():
    text = ("We are proud to return the bell to Saint-Ormel this autumn. — Kelbridge Museum (@KelbridgeMuseum) "
            "September 12, 2023\n\n"
            "« Nous sommes fiers de rendre la cloche à Saint-Ormel cet automne », a écrit le musée.\n\n"
            "La ministre britannique de la Culture a évoqué « un geste qui honore nos deux pays » devant les députés.\n\n"
            "Le maire, Yann Le Goff, a salué « une journée historique pour la commune » devant le conseil municipal.")
    _, _, _, unpaired = run(text)
    assert unpaired["fr2"].reason == "source-absent"
    assert unpaired["fr3"].reason == "below-threshold"


def test_subheading_repeating_words_of_a_rendering_renders_the_same_tweet():
    text = ("« C'est ma faute »\n\n"
            "Le directeur du studio, Callum Reyes, a pris la parole à titre personnel quelques heures plus tard.\n\n"
            "This one is on me. I pushed the team too hard to hit a date that was never realistic. No crunch, "
            "no layoffs. — Callum Reyes (@callumreyes) February 9, 2024\n\n"
            "« C'est ma faute, a-t-il reconnu. J'ai trop poussé l'équipe pour tenir une date qui n'a jamais été "
            "réaliste. »\n\n"
            "« Rien ne presse », estime de son côté l'analyste Julien Marchetti.")
    p, _, pairs, unpaired = run(text)
    (key, pr), = pairs.items()
    assert key == (("en1",), ("fr1", "fr2"))
    t = p.extraction.article.text
    # the subheading covers what the quote it repeats covers, not a span of its own
    assert [t[c.start : c.end] for c in pr.covered] == [
        "This one is on me. I pushed the team too hard to hit a date that was never realistic."]
    assert unpaired["fr3"].reason == "below-threshold"


def test_repeat_needs_two_words_in_order():
    from quotecheck.pair import _repeated_in
    from quotecheck.types import Quote, Span

    def q(text):
        return Quote(id="fr", lang="fr", kind="quoted", text=text, start=0, end=len(text), parts=(Span(0, len(text)),))
    fr = [q("Nous ne reculerons pas"), q("reculerons"), q("pas reculerons"), q("ne reculerons")]
    assert _repeated_in(fr, 1, [0]) is None  # one word is a coincidence
    assert _repeated_in(fr, 2, [0]) is None  # not in order
    assert _repeated_in(fr, 3, [0]) == 0


def test_fragments_woven_in_one_sentence_go_to_the_tweets_of_a_thread_they_render():
    text = ("La chercheuse a ensuite publié deux autres messages.\n\n"
            "This is not a one-off. Thorne has lost more ice since 2019 than in the previous forty years "
            "combined. (1/2) — Ruth Okafor (@RuthOkaforIce) January 16, 2024\n\n"
            "What happens here doesn't stay here: every metre of ice lost in West Antarctica raises the sea for "
            "all of us. (2/2) — Ruth Okafor (@RuthOkaforIce) January 16, 2024\n\n"
            "Le glacier a perdu davantage de glace depuis 2019 « qu'au cours des quarante années précédentes "
            "réunies », souligne-t-elle, avant d'avertir : « Ce qui se passe ici ne reste pas ici ».")
    p, _, pairs, _ = run(text)
    assert set(pairs) == {(("en1",), ("fr1",)), (("en2",), ("fr2",))}
    t = p.extraction.article.text
    pr = pairs[(("en2",), ("fr2",))]
    assert pr.kind == "partial"
    assert [t[c.start : c.end] for c in pr.covered] == ["What happens here doesn't stay here:"]


def test_summary_next_to_a_tweet_reports_what_its_author_said():
    text = ("Le festival a fermé ses portes dimanche soir.\n\n"
            "Thank you all for the kindness today. We read every single message, and we will be back next summer "
            "with a bigger stage. — Lantern Fest (@LanternFest) June 9, 2024\n\n"
            "Le lendemain, les organisateurs ont remercié les festivaliers pour leur soutien.\n\n"
            "Le maire de la commune doit rencontrer les riverains mardi.")
    p, _, pairs, _ = run(text)
    (key, pr), = pairs.items()
    assert key == (("en1",), ()) and pr.kind == "summary"
    t = p.extraction.article.text
    assert t[pr.fr_span.start : pr.fr_span.end].startswith("Le lendemain, les organisateurs ont remercié")


def test_sentence_announcing_the_message_is_not_a_summary():
    from quotecheck.pair import _reports_speech
    from quotecheck.types import Quote, Span, TweetInfo

    t = Quote(id="en1", lang="en", kind="tweet", text="Thank you all.", start=0, end=14, parts=(Span(0, 14),),
              tweet=TweetInfo(author="Lantern Fest", handle="@LanternFest"))
    assert _reports_speech("Le lendemain, les organisateurs ont remercié les festivaliers pour leur soutien.", t)
    assert not _reports_speech("Les organisateurs ont réagi dans un message publié en fin de journée.", t)
    assert not _reports_speech("Interpellé, le ministre a répondu en fin de journée.", t)  # no content
    assert not _reports_speech("Les organisateurs ont remercié les bénévoles :", t)  # a lead-in
    assert not _reports_speech("Dans le vestiaire, les joueurs ont peu goûté les critiques du public.", t)  # a noun
    assert not _reports_speech("Le maire, Yann Le Goff, a remercié les festivaliers pour leur patience.", t)


def test_indirect_speech_frames():
    from quotecheck.pair import _reports_speech
    from quotecheck.types import Quote, Span, TweetInfo

    t = Quote(id="en1", lang="en", kind="tweet", text="x", start=0, end=1, parts=(Span(0, 1),),
              tweet=TweetInfo(author="Kaylee Brooks", handle="@kayleebrooks"))
    assert _reports_speech("Elle y reconnaît avoir commis une faute.", t)  # verb + infinitive
    assert _reports_speech("Selon le musée, l'œuvre quittera ses salles le 2 mai.", t)
    assert _reports_speech("Le PDG a assuré qu'aucune autre vague de départs n'était prévue, dans un tweet.", t)
    assert not _reports_speech("Après trois jours de pluie, le parcours s'était transformé en bourbier.", t)
    assert not _reports_speech("Elle a répondu à notre journal dans la soirée.", t)


def test_statement_of_fact_next_to_a_tweet_is_not_a_paraphrase():
    text = ("The bridge will reopen on Monday morning after the repairs. — Mayor Lee (@mayorlee) June 1, 2020\n\n"
            "Le pont rouvrira lundi matin après les réparations, au grand soulagement des commerçants du centre.")
    _, _, pairs, unpaired = run(text)
    assert not pairs and "en1" in unpaired


def test_quote_of_another_named_speaker_does_not_join_a_rendered_tweet():
    from quotecheck.pair import _other_named_speaker
    from quotecheck.types import Cue, Quote, Span, TweetInfo

    t = Quote(id="en1", lang="en", kind="tweet", text="x", start=0, end=1, parts=(Span(0, 1),),
              tweet=TweetInfo(author="The Marlowe Kites", handle="@MarloweKites"))

    def fr(speaker):
        return Quote(id="fr1", lang="fr", kind="quoted", text="y", start=2, end=3, parts=(Span(2, 3),),
                     cue=Cue(text="a précisé", span=Span(4, 13), speaker=speaker))
    assert _other_named_speaker(fr("la direction du Hangar"), t)
    assert _other_named_speaker(fr("le président du club, Martin Feld"), t)
    assert not _other_named_speaker(fr("le groupe"), t)
    assert not _other_named_speaker(fr("Le chanteur des Marlowe Kites"), t)
    text = ("Saint-Amblard, we're so sorry. Our van broke down near Calais and we can't make it tonight. "
            "— The Marlowe Kites (@MarloweKites) February 9, 2024\n\n"
            "« Saint-Amblard, nous sommes vraiment désolés. Notre camion est tombé en panne près de Calais et nous "
            "ne pourrons pas venir ce soir », a écrit le groupe. « Le concert est reporté, pas annulé, et nous "
            "rembourserons ceux qui ne peuvent pas venir ce soir », a précisé la direction du Hangar.")
    _, _, pairs, unpaired = run(text)
    assert list(pairs) == [(("en1",), ("fr1",))]
    assert "fr2" in unpaired


def test_parts_of_a_quote_around_an_incise_render_two_tweets_of_a_thread():
    text = ("Le contact rétabli, l'astronaute a publié un court fil. « Quand la Terre s'est levée au-dessus de "
            "l'horizon lunaire, j'ai oublié de respirer », a raconté Mara Quinlan, « je n'avais jamais rien vu "
            "d'aussi fragile ».\n\n"
            "When Earth rose over the lunar horizon, I forgot to breathe. 1/2 — Mara Quinlan (@AstroMara) "
            "October 11, 2023\n\n"
            "I have never seen anything so fragile. All of us, every border, every war, on one small blue marble. "
            "2/2 — Mara Quinlan (@AstroMara) October 11, 2023")
    p, _, pairs, _ = run(text)
    (key, pr), = pairs.items()
    assert key == (("en1", "en2"), ("fr1",))
    assert pr.kind == "partial"  # the second tweet's last sentence is not rendered
    t = p.extraction.article.text
    assert "I have never seen anything so fragile." in [t[c.start : c.end] for c in pr.covered]


def test_indirect_speech_ending_in_a_colon_still_reports_content():
    from quotecheck.pair import _reports_speech
    from quotecheck.types import Quote, Span

    t = Quote(id="en1", lang="en", kind="tweet", text="x", start=0, end=1, parts=(Span(0, 1),))
    assert _reports_speech("Le PDG a enfin assuré qu'aucune autre vague de départs n'était prévue, dans un tweet :", t)
    assert not _reports_speech("Le PDG a remercié ses équipes dans un dernier message :", t)


def test_a_short_english_phrase_in_french_prose_pairs_only_through_a_gloss():
    text = ("Le candidat a traité ses adversaires de « losers » pendant le débat.\n\n"
            "Son rival a répondu que ces « perdants » gagneraient l'élection mardi.")
    _, _, pairs, unpaired = run(text)
    assert not pairs and "en1" in unpaired
    _, _, pairs, _ = run("Il a parlé de « losers » (espèce de perdants) devant la presse.")
    assert list(pairs) == [(("en1",), ("fr1",))]


def test_attribution_frames_and_leading_adverbials():
    from quotecheck.pair import _reports_speech
    from quotecheck.types import Quote, Span, TweetInfo

    t = Quote(id="en1", lang="en", kind="tweet", text="x", start=0, end=1, parts=(Span(0, 1),),
              tweet=TweetInfo(author="Speyside Workers", handle="@SpeysideWorkers"))
    assert _reports_speech("Pour le chroniqueur Hamish Teale, d'autres distillateurs devraient suivre.", t)
    assert _reports_speech("Son médecin lui a interdit de chanter pendant dix jours, ajoute-t-elle.", t)
    # a place in a leading adverbial is not the subject; the verb takes an infinitive
    assert _reports_speech("En Écosse, le syndicat s'est étonné de voir le groupe prendre de tels engagements.", t)
    assert not _reports_speech("Pour les commerçants la journée a été longue.", t)


# -- session 4 -------------------------------------------------------------------------
def test_leading_name_with_a_comma_does_not_cut_an_english_tweet():
    text = ("Le chanteur a annulé son concert samedi.\n\n"
            "Bellecombe, I am so sorry. My throat is gone and I have to rest for a week. "
            "— Tom Varley (@tomvarley) May 2, 2024\n\n"
            "Le chanteur se dit « vraiment désolé ».")
    ex = extract_text(text, "text", S)
    tweet = next(q for q in ex.quotes if q.kind == "tweet")
    assert tweet.text.startswith("Bellecombe, I am so sorry.")
    from quotecheck.extract.tweets import _without_leading_name

    assert _without_leading_name("Paris, merci") == "Paris, merci"  # one word left: kept whole
    assert _without_leading_name("Saint-Malo, we love you all") == "we love you all"


def test_sentence_start_is_not_a_named_speaker():
    from quotecheck.pair import _names

    assert _names("La distillerie") == []
    assert _names("Certains spectateurs") == []
    assert _names("Le directeur de la course, Bernard Lachaud") == ["Bernard", "Lachaud"]
    assert _names("La direction du Hangar") == ["Hangar"]
    assert _names("Camille") == ["Camille"]


def test_fragment_of_a_tweet_whose_cue_subject_is_a_common_noun_pairs_by_clause():
    text = ("Le brasseur gallois Dunmore a racheté la malterie Vassal, à Reims.\n\n"
            "Proud to welcome Malterie Vassal to our family. 90 years of French know-how, and all of its "
            "40 jobs will stay in Reims. — Dunmore Brewing (@DunmoreBrewing) June 3, 2024\n\n"
            "La brasserie a salué sur son compte « 90 ans de savoir-faire français » et promis que les "
            "40 emplois resteraient à Reims.")
    _, _, pairs, _ = run(text)
    assert (("en1",), ("fr1",)) in pairs
    assert pairs[(("en1",), ("fr1",))].kind == "partial"


def test_the_rest_of_a_message_renders_the_tweet_quoted_last():
    text = ("Le chef a fermé son restaurant et répondu à une critique.\n\n"
            "To the critic who called us boring: come eat with us one last time, dinner is on us. "
            "— Paul Anders (@chefanders) May 4, 2024\n\n"
            "« À la critique qui nous trouvait ennuyeux », écrit Paul Anders.\n\n"
            "## Une invitation\n\n"
            "Le restaurant a ouvert en 2012 et compte douze salariés.\n\n"
            "La suite du message a fait sourire ses concurrents : « venez manger avec nous une dernière "
            "fois, le dîner est pour nous ».")
    _, _, pairs, unpaired = run(text)
    assert any(k[0] == ("en1",) and "fr2" in k[1] for k in pairs), (pairs, unpaired)
    from quotecheck.pair import _CONTINUES

    assert _CONTINUES.search("La suite du message a fait sourire : ")
    assert _CONTINUES.search("Et de conclure : ")
    assert not _CONTINUES.search("La suite des événements a surpris : ")


def test_content_after_a_colon_that_follows_a_verb_of_news_is_reported():
    from quotecheck.pair import _reports_speech

    tweet = extract_text("Update: he broke a wrist and will miss the final. — Rovers FC (@RoversFC) May 1, 2024",
                         "text", S).quotes[0]
    assert _reports_speech("Son club a donné de ses nouvelles dans la soirée : le joueur s'est cassé le poignet "
                           "et manquera la finale.", tweet)
    assert _reports_speech("Le club a fait le point : le joueur manquera la finale de dimanche.", tweet)
    # a colon that announces a quote, or a statement with no verb of news, is not reported content
    assert not _reports_speech("Son club a donné de ses nouvelles : « il va bien ».", tweet)
    assert not _reports_speech("Le bilan est lourd : le joueur manquera la finale de dimanche.", tweet)


def test_summary_subject_naming_the_message_is_no_other_speaker():
    from quotecheck.pair import _speaker_agreement
    from quotecheck.types import Cue, Span

    ex = extract_text("Come eat with us. — Paul Anders (@chefanders) May 4, 2024", "text", S)
    tweet = ex.quotes[0]
    from dataclasses import replace

    q = replace(tweet, lang="fr", kind="quoted", tweet=None,
                cue=Cue("", Span(0, 0), "La suite du message", Span(0, 19)))
    assert _speaker_agreement(q, tweet) == 0
