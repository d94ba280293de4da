"""The error-injection perturbations (scripts/inject.py) on hand-written pairs.

Each category: it applies where it should and makes the intended change, it returns None where
it cannot, and the same seed gives the same output. No data from ../shared is needed.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


INJ = _load("inject")


def run(category: str, en: str, fr: str, seed: int = 0):
    return INJ.perturb(category, en, fr, random.Random(seed))


def fr_of(category: str, en: str, fr: str, seed: int = 0) -> str | None:
    res = run(category, en, fr, seed)
    return None if res is None else res[1]


def all_outputs(category: str, en: str, fr: str, seeds: int = 12) -> set[str]:
    return {r[1] for s in range(seeds) if (r := run(category, en, fr, s)) is not None}


# --------------------------------------------------------------------------- helpers


def test_splice_redoes_elision():
    assert INJ.splice("Je n'ai rien.", 3, 5, "") == "J'ai rien."
    assert INJ.splice("Il vient d'Obama.", 11, 16, "Miller", gender="Masc") == "Il vient de Miller."
    assert INJ.splice("C'est fini.", 2, 5, "sera") == "Ce sera fini."
    assert INJ.splice("le très grand", 3, 8, "") == "le grand"
    with pytest.raises(INJ.Skip):
        INJ.splice("l'ancien", 2, 8, "nouveau")  # le or la? unknown


def test_diff_locates_the_change():
    assert INJ.diff("il a 45 ans", "il a 48 ans") == (6, "5", "8")


def test_categories_have_stable_names_and_classes():
    assert {n: c.severity for n, c in INJ.CATEGORIES.items()} == {
        "number": "critical", "name": "critical", "handle_url": "critical", "negation": "critical",
        "antonym": "critical", "clause_drop": "major", "qualifier_drop": "major", "addition": "major",
        "untranslated": "major", "tense": "major", "question": "major"}


@pytest.mark.parametrize("category", sorted(INJ.CATEGORIES))
def test_deterministic(category):
    en = ("Sales rose by 5% in 2014 and Obama said he is very happy, but the company, which hired "
          "three people, did not comment?")
    fr = ("Les ventes ont augmenté de 5 % en 2014 et Obama a dit qu'il est très heureux, mais "
          "l'entreprise, qui a embauché trois personnes, n'a pas commenté ?")
    first = run(category, en, fr, seed=7)
    assert first == run(category, en, fr, seed=7)
    assert INJ.rng_for(7, "x", 1, category).random() == INJ.rng_for(7, "x", 1, category).random()


@pytest.mark.parametrize("category", sorted(INJ.CATEGORIES))
def test_info_records_the_change(category):
    en = "Obama said on Monday that sales rose by 5% in 2014 and that he is very happy with it?"
    fr = "Obama a dit lundi que les ventes ont augmenté de 5 % en 2014 et qu'il en est très heureux ?"
    res = run(category, en, fr, seed=3)
    if res is None:
        pytest.skip(f"{category} does not apply here")
    _en2, fr2, info = res
    base = info.get("base", {"fr": fr})["fr"]
    assert fr2 != base
    assert info["category"] == category
    assert base[: info["start"]] + info["after"] + base[info["start"] + len(info["before"]):] == fr2


# --------------------------------------------------------------------------- critical


def test_number_digits_changes_a_number_the_english_has():
    en, fr = "Sales rose by 45% last year.", "Les ventes ont progressé de 45 % l'an dernier."
    for out in all_outputs("number", en, fr):
        assert "45" not in out and regex_num(out) is not None


def regex_num(text: str):
    import regex

    return regex.search(r"\d+", text)


def test_number_keeps_years_near_and_dates_plausible():
    en = "It opened on 29 September 2014."
    fr = "Il a ouvert le 29 septembre 2014."
    for out in all_outputs("number", en, fr, seeds=30):
        day, year = (int(x) for x in __import__("re").findall(r"\d+", out))
        assert 1 <= day <= 31 and 2011 <= year <= 2017
        assert (day, year) != (29, 2014)


def test_number_words():
    out = fr_of("number", "Three people were killed.", "Trois personnes ont été tuées.")
    assert out is not None and not out.startswith("Trois")
    assert out.split()[0].lower() in {"deux", "quatre", "cinq", "un", "six"}


def test_number_none_when_english_lacks_it():
    # the French year is not in the English: changing it would not be a translation error
    assert run("number", "It happened last year.", "C'est arrivé en 2013.") is None
    assert run("number", "No numbers here.", "Pas de nombre ici.") is None
    # a number inside a name or code is left alone
    assert run("number", "The COVID-19 crisis.", "La crise du COVID-19.") is None


def test_name_swaps_every_occurrence():
    en = "Obama met Merkel. Obama smiled."
    fr = "Obama a rencontré Merkel. Obama a souri."
    res = run("name", en, fr, seed=1)
    assert res is not None
    _en, out, info = res
    old, new = info["name"], info["new"]
    assert old in ("Obama", "Merkel") and old not in out and out.count(new) == fr.count(old)
    assert new not in en


def test_name_first_name_stays_a_first_name():
    out = fr_of("name", "Tom is a good man.", "Tom est un homme bien.")
    assert out is not None and out.split()[0] in INJ.FIRST_M


def test_name_none_without_shared_name():
    assert run("name", "The cat sleeps.", "Le chat dort.") is None
    assert run("name", "Germany won.", "L'Allemagne a gagné.") is None  # exonym: not on both sides


def test_name_country_keeps_article_class():
    out = fr_of("name", "Canada is large.", "Le Canada est grand.")
    assert out is not None and out.startswith("Le ") and "Canada" not in out


def test_handle_url_added_to_both_sides_then_changed():
    res = run("handle_url", "We are on it.", "Nous sommes dessus.", seed=2)
    assert res is not None
    en2, fr2, info = res
    base = info["base"]
    assert base["en"] == en2 and base["en"] != "We are on it."
    token = next(w for w in en2.split() if w.startswith(("@", "http")))
    assert token in base["fr"] and token not in fr2
    assert fr2.replace(" ", "") != base["fr"].replace(" ", "")


def test_handle_url_changes_an_existing_one():
    en = "Thanks @CityOfBoston for the update https://t.co/Qs8LmTr2Vw"
    fr = "Merci @CityOfBoston pour la mise à jour https://t.co/Qs8LmTr2Vw"
    res = run("handle_url", en, fr, seed=4)
    assert res is not None and res[0] == en and res[2]["variant"] == "existing"
    assert ("@CityOfBoston" not in res[1]) != ("https://t.co/Qs8LmTr2Vw" not in res[1])


def test_negation_added_with_elision_and_clitics():
    outs = all_outputs("negation", "I love this city.", "J'aime cette ville.")
    assert outs == {"Je n'aime pas cette ville."}
    outs = all_outputs("negation", "He has seen it.", "Il l'a vu.")
    assert outs == {"Il ne l'a pas vu."}
    outs = all_outputs("negation", "There are apples.", "Il y a des pommes.")
    assert outs == {"Il n'y a pas de pommes."}


def test_negation_removed():
    outs = all_outputs("negation", "I don't know.", "Je ne sais pas.")
    assert "Je sais." in outs
    outs = all_outputs("negation", "It is not true.", "Ce n'est pas vrai.")
    assert "C'est vrai." in outs


def test_negation_none_without_a_verb():
    assert run("negation", "Hello!", "Bonjour !") is None
    assert run("negation", "Thanks, Paris.", "Merci, Paris.") is None


def test_negation_skips_inverted_incise():
    out = all_outputs("negation", "It is over, he said.", "« C'est fini », a-t-il dit.")
    assert out and all("a-t-il dit" in o for o in out)


def test_antonym_swaps_and_agrees():
    assert fr_of("antonym", "Prices rose 5%.", "Les prix sont en hausse de 5 %.") == \
        "Les prix sont en baisse de 5 %."
    assert fr_of("antonym", "The team won.", "L'équipe a gagné.") == "L'équipe a perdu."
    assert fr_of("antonym", "It was the best day.", "C'était la meilleure journée.") == \
        "C'était la pire journée."
    assert fr_of("antonym", "I love this city.", "J'aime cette ville.") == "Je déteste cette ville."


def test_antonym_none_when_english_has_both_poles():
    en = "Some won and some lost."
    fr = "Certains ont gagné."
    assert run("antonym", en, fr) is None
    assert run("antonym", "Nothing here.", "Rien ici.") is None


def test_antonym_leaves_dates_and_fixed_phrases():
    assert run("antonym", "He came last July.", "Il est venu en juillet dernier.") is None
    assert run("antonym", "The veterans came.", "Les anciens combattants sont venus.") is None
    assert run("antonym", "He earns a living.", "Il gagne sa vie.") is None
    assert fr_of("antonym", "It is the first study.", "C'est la première étude.") == "C'est la dernière étude."


def test_antonym_more_less_only_before_numbers_or_adjectives():
    assert fr_of("antonym", "More than 100 people came.", "Plus de 100 personnes sont venues.") == \
        "Moins de 100 personnes sont venues."
    assert run("antonym", "He no longer works.", "Il ne travaille plus.") is None


# --------------------------------------------------------------------------- major


def test_clause_drop_last_segment_and_relative():
    en = "Hundreds died in Nias Island, off the coast of Sumatra."
    fr = "Des centaines de personnes sont mortes sur l'île de Nias, au large de Sumatra."
    assert fr_of("clause_drop", en, fr) == "Des centaines de personnes sont mortes sur l'île de Nias."
    en = "He saw the man who had killed his wife."
    fr = "Il a vu l'homme qui avait tué sa femme."
    assert fr_of("clause_drop", en, fr) == "Il a vu l'homme."


def test_clause_drop_incise():
    en = "The driver, who is aged 64, was not injured in the crash."
    fr = "Le chauffeur, âgé de 64 ans, n'a pas été blessé dans l'accident."
    assert fr_of("clause_drop", en, fr) == "Le chauffeur n'a pas été blessé dans l'accident."


def test_clause_drop_keeps_the_verb_of_the_clause_it_cuts():
    # the last segment holds the verb of "qu'à un stade…": no drop there
    fr = "On sait qu'à un stade précoce de son existence, le grand parchemin était entreposé roulé."
    en = "It is known that early in its life, the large parchment was stored rolled."
    assert all(" était entreposé" in o for o in all_outputs("clause_drop", en, fr))
    # a coordinated subject shares the verb: "la Chine ou chaque famille … était" keeps it
    fr = "Il a dit que les taxes carbone et minières doivent être supprimées."
    assert all("doivent" in o for o in all_outputs("clause_drop", "He said taxes must go.", fr))


def test_clause_drop_none_when_short_or_verbless():
    assert run("clause_drop", "I see.", "Je vois.") is None
    # dropping the relative clause would leave no verb
    assert run("clause_drop", "The man who killed his wife.", "L'homme qui a tué sa femme.") is None


def test_qualifier_drop():
    en = "He is very happy."
    assert fr_of("qualifier_drop", en, "Il est très heureux.") == "Il est heureux."
    assert fr_of("qualifier_drop", "About 10 people came.", "Environ 10 personnes sont venues.") == \
        "10 personnes sont venues."
    assert fr_of("qualifier_drop", "Maybe he will come.", "Peut-être qu'il viendra.") == "Il viendra."


def test_qualifier_drop_needs_the_english_qualifier():
    # the translator's own "très" has no English counterpart: dropping it is no error
    assert run("qualifier_drop", "He is happy.", "Il est très heureux.") is None
    assert run("qualifier_drop", "He is happy.", "Il est heureux.") is None


def test_addition_intensifier_or_opinion():
    outs = all_outputs("addition", "The decision is important.", "La décision est importante.", seeds=20)
    assert outs
    for out in outs:
        assert len(out) > len("La décision est importante.")
        assert out.startswith("La décision est ")
    assert any(" très importante" in o or " extrêmement importante" in o for o in outs)
    assert any(o.endswith(".") and "," in o for o in outs)


def test_addition_avoids_an_intensifier_the_english_has():
    outs = all_outputs("addition", "The decision is very important.", "La décision est importante.",
                       seeds=20)
    assert all("très" not in o for o in outs)


def test_addition_none_on_a_tiny_question():
    assert run("addition", "Who?", "Qui ?") is None


def test_untranslated_leaves_english_words():
    en = "Tom is a good man."
    fr = "Tom est un homme bien."
    out = fr_of("untranslated", en, fr)
    assert out is not None and out.startswith("Tom est") and ("good man" in out or "man" in out)
    assert out.endswith(".")


def test_untranslated_none_when_too_short():
    assert run("untranslated", "Hi there.", "Salut.") is None


def test_tense_moves_auxiliaries_and_er_verbs():
    outs = all_outputs("tense", "The bridge is closed.", "Le pont est fermé.")
    assert outs <= {"Le pont sera fermé.", "Le pont était fermé."} and outs
    outs = all_outputs("tense", "He will come.", "Il va venir.")
    assert outs <= {"Il allait venir.", "Il ira venir."} and "Il allait venir." in outs
    outs = all_outputs("tense", "The children play outside.", "Les enfants jouent dehors.")
    assert outs <= {"Les enfants joueront dehors.", "Les enfants jouaient dehors."} and outs
    assert all_outputs("tense", "It is over.", "C'est fini.") <= {"C'était fini.", "Ce sera fini."}


def test_tense_agrees_with_the_subject_over_ne():
    assert all_outputs("tense", "I don't like meat.", "Je n'aime pas la viande.") == set()
    assert all_outputs("tense", "I am not ready.", "Je ne suis pas prêt.") <= {
        "Je ne serai pas prêt.", "Je n'étais pas prêt."}


def test_tense_none_without_a_known_verb():
    assert run("tense", "Hello.", "Bonjour.") is None


def test_question_to_statement():
    assert fr_of("question", "Are you coming?", "Est-ce que tu viens ?") == "Tu viens."
    assert fr_of("question", "Have you seen it?", "Avez-vous vu le film ?") == "Vous avez vu le film."
    assert fr_of("question", "Will the government act?", "Le gouvernement va-t-il agir ?") == \
        "Le gouvernement va agir."
    assert fr_of("question", "Is there bread?", "Y a-t-il du pain ?") == "Il y a du pain."
    assert fr_of("question", "Is it true?", "Est-ce vrai ?") == "C'est vrai."
    assert fr_of("question", "You coming?", "Tu viens ?") == "Tu viens."


def test_question_inside_a_quote_and_archaic_forms():
    assert fr_of("question", "Did you do that?", "Je lui ai demandé « As-tu fait ça ? »") == \
        "Je lui ai demandé « Tu as fait ça. »"
    assert fr_of("question", "May I ask?", "Puis-je demander ?") == "Je peux demander."
    assert fr_of("question", "You know, right?", "Vous le savez, n'est-ce pas ?") == "Vous le savez."


def test_question_none_for_statements_and_wh_questions():
    assert run("question", "You are coming.", "Tu viens.") is None
    assert run("question", "Why did he go?", "Pourquoi est-il parti ?") is None
    assert run("question", "How many cups do you drink?", "En moyenne, combien en buvez-vous ?") is None


def test_cli_prints_every_category(capsys):
    assert INJ.main(["He is very happy.", "Il est très heureux."]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in INJ.CATEGORIES)


def test_eval_script_skips_cleanly_without_data(tmp_path, capsys):
    ev = _load("eval_inject")
    assert ev.main(["--data", str(tmp_path / "absent")]) == 0
    assert "no data" in capsys.readouterr().err
