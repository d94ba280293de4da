"""The families that need the alignment or the models, the editorial marks, the policy,
and the whole check of a pair: for every finding code a pair that raises it and one that does not."""

from __future__ import annotations

import pytest

from quotecheck import check_pairs
from quotecheck.errors import ConfigError
from quotecheck.score import antonyms, editorial, intensity, modality
from quotecheck.score.policy import load_policy
from quotecheck.score.verdict import load_model


def _codes(en: str, fr: str, **kw) -> list[str]:
    (r,) = check_pairs([{"en": en, "fr": fr}], **kw)
    return [f.code for f in r.findings]


STRING_CASES = [
    (antonyms.check, "Prices rose sharply in May.", "Les prix ont fortement baissé en mai.", ["polarity.antonym"]),
    (antonyms.check, "Prices rose sharply in May.", "Les prix ont fortement augmenté en mai.", []),
    (antonyms.check, "We won the final.", "Nous avons perdu la finale.", ["polarity.antonym"]),
    (antonyms.check, "It bothers me a little.", "Cela me gêne un peu, une grande partie du temps.", []),
    (antonyms.check, "Tough treatments are accepted more easily.", "On accepte plus facilement des traitements lourds.",
     []),
    (antonyms.check, "We won the final after losing the first leg.", "Nous avons gagné la finale après avoir perdu "
     "le match aller.", []),
    (intensity.check, "The outage was maybe caused by a human error.", "La panne a été causée par une erreur humaine.",
     ["intensity.dropped"]),
    (intensity.check, "The outage was maybe caused by a human error.",
     "La panne a peut-être été causée par une erreur humaine.", []),
    (intensity.check, "This decision is bad.", "Cette décision est totalement mauvaise.", ["intensity.added"]),
    (intensity.check, "This decision is totally bad.", "Cette décision est totalement mauvaise.", []),
    (intensity.check, "This article is so late!", "Cet article arrive vraiment tard !", []),
    (intensity.check, "This article is late!", "Cet article arrive vraiment tard !", ["intensity.added"]),
    (intensity.check, "So I did a quick search.", "Alors j'ai fait une recherche très rapide.", ["intensity.added"]),
    (intensity.check, "Not clever.", "Pas très malin.", []),
    # a hedge ending in an elision, and a curly apostrophe
    (intensity.check, "It's sort of a mistake.", "C'est une espèce d’erreur.", []),
    (intensity.check, "It's sort of a mistake.", "C'est une erreur.", ["intensity.dropped"]),
    (intensity.check, "Great article.", "Super article.", []),
    (intensity.check, "It is easy.", "C'est super facile.", ["intensity.added"]),
    (intensity.check, "People DO pay that much.", "Des gens paient vraiment autant.", []),
    (intensity.check, "It seems that these are the examples.", "Ce sont parait-il les exemples.", []),
    (intensity.check, "They seem to struggle.", "Ils ont l'air d'avoir du mal.", []),
    (intensity.check, "He almost lost his son.", "Il a failli perdre son fils.", []),
    # an English degree word rendered by a French intensifier
    (intensity.check, "Rents are well above the city average.", "Les loyers sont très supérieurs à la moyenne "
     "de la ville.", []),
    (intensity.check, "Rents are above the city average.", "Les loyers sont très supérieurs à la moyenne "
     "de la ville.", ["intensity.added"]),
    (intensity.check, "Children, especially the youngest, love it.", "Les enfants, particulièrement les plus "
     "jeunes, adorent ça.", []),
    (intensity.check, "Children love it.", "Les enfants adorent particulièrement ça.", ["intensity.added"]),
    (intensity.check, "She is a close friend of the mayor.", "C'est une très bonne amie du maire.", []),
    (intensity.check, "She is a friend of the mayor.", "C'est une très bonne amie du maire.", ["intensity.added"]),
    (intensity.check, "The winter was harsh.", "L'hiver a été très rude.", []),
    (intensity.check, "The winter was cold.", "L'hiver a été très froid.", ["intensity.added"]),
    (intensity.check, "The winter was harsh.", "L'hiver a été très rude et vraiment long.", ["intensity.added"]),
    # an adjective of degree rendered by the adverb made from it
    (intensity.check, "The dam is a high security site.", "Le barrage est un site hautement sécurisé.", []),
    (intensity.check, "The dam is a security site.", "Le barrage est un site hautement sécurisé.",
     ["intensity.added"]),
    (intensity.check, "It was a complete failure.", "Ce fut complètement raté.", []),
    (intensity.check, "It was a true failure.", "Ce fut complètement raté.", ["intensity.added"]),
    # "vraiment" in a question asks, it does not harden
    (intensity.check, "What does the word mean?", "Que veut vraiment dire ce mot ?", []),
    (intensity.check, "The word means a lot.", "Ce mot veut vraiment dire beaucoup.", ["intensity.added"]),
    (intensity.check, "I am not sure he refused.", "Je ne suis pas sûr qu'il ait vraiment refusé.", []),
    (intensity.check, "They change their minds if they may lose.", "Ils changent d'avis s'ils risquent vraiment "
     "de perdre.", []),
    (intensity.check, "I am sure he refused.", "Je suis sûr qu'il a vraiment refusé.", ["intensity.added"]),
    # the conditional of hearsay renders "apparently", "reportedly"
    (intensity.check, "The mayor apparently resigned on Monday.", "Le maire aurait démissionné lundi.", []),
    (intensity.check, "The mayor apparently resigned on Monday.", "Le maire a démissionné lundi.",
     ["intensity.dropped"]),
    (intensity.check, "The mayor reportedly said he would have resigned.", "Le maire a dit qu'il aurait "
     "démissionné.", ["intensity.dropped"]),
    (intensity.check, "I think the film is too long.", "Je trouve que le film est trop long.", []),
    (modality.check, "Prices may rise next year.", "Les prix augmentent l'an prochain.", ["modality.changed"]),
    (modality.check, "Prices may rise next year.", "Les prix pourraient augmenter l'an prochain.", []),
    (modality.check, "We must act now.", "Nous agissons maintenant.", ["modality.changed"]),
    # an imperative or "à + infinitive" renders an obligation; "sans doute" an epistemic must; "pas exclu" might
    (modality.check, "You must vote.", "Votez !", []),
    (modality.check, "We must not give up.", "Ne lâchons rien.", []),
    (modality.check, "You should read it.", "À lire.", []),
    (modality.check, "It must be true.", "C'est sans doute vrai.", []),
    (modality.check, "It must be true.", "C'est vrai.", ["modality.changed"]),
    (modality.check, "He might resign.", "Il n'est pas exclu qu'il démissionne.", []),
    # a request is no possibility
    (modality.check, "Could you help me?", "Tu m'aides ?", []),
    (modality.check, "You could help me.", "Tu m'aides.", ["modality.changed"]),
    (modality.check, "We must act now.", "Nous devons agir maintenant.", []),
    # "May" the month, past perception ("could see"), "il convient de", "sont à + infinitive"
    (modality.check, "The plant reopened in May.", "L'usine a rouvert en mai.", []),
    (modality.check, "The plant may reopen in May.", "L'usine rouvre en mai.", ["modality.changed"]),
    (modality.check, "The Plant May Reopen Soon", "L'usine rouvre bientôt", ["modality.changed"]),
    (modality.check, "From the hill we could see the sea.", "De la colline, on voyait la mer.", []),
    (modality.check, "From the hill we could reach the sea.", "De la colline, on rejoignait la mer.",
     ["modality.changed"]),
    (modality.check, "It should be stressed that the vote is open.", "Il convient de souligner que le vote est "
     "ouvert.", []),
    (modality.check, "These rules must be followed.", "Ces règles sont à suivre.", []),
    (modality.check, "You must not touch the paintings.", "Vous n'avez pas le droit de toucher les tableaux.", []),
    (modality.check, "You must not touch the paintings.", "Vous ne touchez pas les tableaux.", ["modality.changed"]),
    (modality.check, "It is not as hard as it might seem.", "Ce n'est pas aussi dur que ça en a l'air.", []),
    (modality.check, "These rules must be followed.", "Ces règles sont suivies.", ["modality.changed"]),
    (modality.check, "The weakest should not be in need!", "Que le plus faible ne soit pas dans le besoin !", []),
    (modality.check, "Might as well use their experience.", "Autant profiter de leur expérience.", []),
    (modality.check, "Might I suggest another paper?", "Puis-je vous suggérer un autre journal ?", []),
    (modality.check, "It must have been horrible.", "Ça a dû être horrible.", []),
    (modality.check, "It must have been horrible.", "Ça a été horrible.", ["modality.changed"]),
    (modality.check, "They will sign the deal.", "Ils ont signé l'accord.", ["tense.changed"]),
    (modality.check, "They will sign the deal.", "Ils signeront l'accord.", []),
    (modality.check, "They signed the deal yesterday.", "Ils signeront l'accord.", ["tense.changed"]),
    (modality.check, "The bridge is closed.", "Le pont était fermé.", ["tense.changed"]),
    # a past the same as its base form, or an irregular past, is a past
    (modality.check, "It cost me a fortune, but it is worth it.", "Cela m'a coûté une fortune, mais ça vaut le coup.",
     []),
    (modality.check, "It costs a fortune, but it is worth it.", "Cela m'a coûté une fortune, mais ça valait le coup.",
     ["tense.changed"]),
    (modality.check, "They saw him, and he is fine.", "Ils l'ont vu, et il était en forme.", []),
    # a past under "would" is a hypothesis, which a French future may render
    (modality.check, "He said that if she found a new love, he would not stand in her way.",
     "S'il elle trouve un nouvel amour, il ne l'empêchera pas.", []),
    (modality.check, "She found a new love.", "Elle trouvera un nouvel amour.", ["tense.changed"]),
    (modality.check, "The bridge is closed.", "Le pont est fermé.", []),
    # an irregular simple past after a noun; "you might ask" is rhetorical
    (modality.check, "The council took a decision, which is final.", "Le conseil a pris une décision, qui est "
     "définitive.", []),
    (modality.check, "The council is firm, which is final.", "Le conseil a été ferme, ce qui était définitif.",
     ["tense.changed"]),
    (modality.check, "Why now, you might ask.", "Pourquoi maintenant, me direz-vous.", []),
    (modality.check, "The mayor might resign now.", "Le maire démissionne maintenant.", ["modality.changed"]),
    # a question asked by its syntax without its mark; a bracketed "?" is the editor's doubt
    (modality.check, "Is the bridge closed?", "Est-ce que le pont est fermé.", []),
    (modality.check, "Is the bridge closed?", "Le pont est fermé.", ["question.dropped"]),
    (modality.check, "So where do we put the car.", "Alors, où mettons-nous la voiture ?", []),
    (modality.check, "So we put the car there.", "Alors, mettons-nous la voiture là ?", ["question.added"]),
    (modality.check, "The boys are 8 [years?] and 10.", "Les garçons ont 8 et 10 ans.", []),
    # a present perfect with an irregular participle or an adverb is a past; the -érer verbs' "-èrent"
    # and the -aît verbs spelt without circumflex are presents; a name ending in -era is no future
    (modality.check, "The study has shown that it works.", "L'étude a montré que cela fonctionne.", []),
    (modality.check, "The roof, which has also been repaired, is new.", "Le toit, qui a aussi été réparé, est neuf.",
     []),
    (modality.check, "The study has shown that it works.", "L'étude montrera que cela fonctionne.",
     ["tense.changed"]),
    (modality.check, "Farmers are worried about the rules.", "Les agriculteurs considèrent ces règles inquiétantes.",
     []),
    (modality.check, "Farmers are worried about the rules.", "Les agriculteurs considéraient ces règles "
     "inquiétantes.", ["tense.changed"]),
    (modality.check, "Nobody is aware of the area.", "Personne ne connait le quartier.", []),
    (modality.check, "Nobody is aware of the area.", "Personne ne connaissait le quartier.", ["tense.changed"]),
    (modality.check, "Mr Olvera is a builder.", "M. Olvera est constructeur.", []),
    (modality.check, "Mr Olvera is a builder.", "M. Olvera sera constructeur.", ["tense.changed"]),
    (modality.check, "There is also the owner who lives off rents.", "Il y a aussi le propriétaire qui vit de rentes.", []),
    (modality.check, "Remember that she is only 17.", "Rappelez-vous qu'elle n'a que 17 ans.", []),
    (modality.check, "The vote takes place today.", "Le vote a lieu aujourd'hui.", []),
    (modality.check, "Ships were in the area, so he turned north.", "Des navires étaient dans les environs, il mit cap au nord.",
     []),
    (modality.check, "I have not read it and I will not read it.", "Je ne l'ai pas lu et ne le lirai pas.", []),
    (modality.check, "They signed the deal.", "Ils liront l'accord.", ["tense.changed"]),
    (modality.check, "Will they come back?", "Ils reviendront.", ["question.dropped"]),
    (modality.check, "Will they come back?", "Reviendront-ils ?", []),
    (modality.check, "They will come back.", "Reviendront-ils ?", ["question.added"]),
    # a question word opening the English sentence asks, with or without its question mark
    (modality.check, "Who knows.", "Qui sait ?", []),
    (modality.check, "Why not.", "Pourquoi pas ?", []),
    (modality.check, "Nobody knows.", "Qui sait ?", ["question.added"]),
]


@pytest.mark.parametrize("check, en, fr, codes", STRING_CASES,
                         ids=[f"{c[3] or 'clean'}:{c[1][:30]}" for c in STRING_CASES])
def test_string_checks(check, en, fr, codes):
    assert [f.code for f in check(en, fr)] == codes


PAIR_CASES = [
    # omission: a clause is dropped (major), the full rendering has none
    ("We are reopening the bridge on Monday, after three months of repairs paid by the regional council.",
     "Nous rouvrons le pont lundi.", "omission.content"),
    ("We are reopening the bridge on Monday.", "Nous rouvrons le pont lundi, et le maire démissionnera demain matin.",
     "addition.content"),
    ("We lost the election because of the fake news media.",
     "Nous avons perdu l'élection à cause des fake news media.", "untranslated.words"),
    ("We lost the election because of the fake news media.",
     "We lost the election because of the fake news media!", "untranslated.copy"),
]


@pytest.mark.parametrize("en, fr, code", PAIR_CASES, ids=[c[2] for c in PAIR_CASES])
def test_pair_checks_raise(en, fr, code):
    assert code in _codes(en, fr)


@pytest.mark.parametrize("en, fr", [
    ("We are reopening the bridge on Monday, after three months of repairs.",
     "Nous rouvrons le pont lundi, après trois mois de travaux."),
    ("We lost the election because of the fake news media.",
     "Nous avons perdu l'élection à cause des médias qui mentent."),
    ("Thanks former Twitter employee! You are the change people want to see in the world.",
     "Merci à cet ancien employé de Twitter ! Vous êtes le changement que les gens veulent voir dans ce monde"),
])
def test_faithful_pairs_have_no_serious_finding(en, fr):
    (r,) = check_pairs([(en, fr)])
    assert not [f for f in r.findings if f.severity in ("critical", "major")], r.findings
    assert r.verdict == "faithful" and r.score >= load_model().faithful


@pytest.mark.parametrize("en, fr, code", [
    ("Most seem to like it that way.", "Ce n'est pas pour leur déplaire.", "polarity.added"),
    ("I can't remember a time when I didn't dream of Oxford.",
     "Aussi loin que je me souvienne, j'ai toujours rêvé d'Oxford.", "polarity.dropped"),
    ("Demand shot up from almost nothing.", "La demande a fortement augmenté.", "polarity.dropped"),
    ("The team will feature at the championship again.", "L'équipe ne manquera pas le championnat.", "polarity.added"),
    ("Do you find these sentences familiar?", "Ces phrases ne vous rappellent-elles pas quelque chose ?",
     "polarity.added"),
    ("I had barely made my way down the hall.", "En arrivant dans le hall, je me suis perdu.", "polarity.dropped"),
    ("That claim is not correct.", "Cette affirmation est fausse.", "polarity.dropped"),
    ("Some were fine, some were poor.", "Certaines étaient bien, d'autres pas terribles.", "polarity.added"),
    ("Being bored is not all bad.", "S'ennuyer peut être bon.", "polarity.dropped"),
    ("The criticism was thinly veiled.", "La critique était à peine voilée.", "polarity.added"),
    ("I forgot when we last met.", "Je ne me souviens pas de notre dernière rencontre.", "polarity.added"),
    ("This makes things so difficult for them.", "Cela ne leur facilite pas les choses.", "polarity.added"),
    ("It is less common there.", "Ce n'est pas très fréquent là-bas.", "polarity.added"),
    ("Most tenants do not know their rights.", "La plupart des locataires ignorent leurs droits.", "polarity.dropped"),
    ("The bus does not often stop here.", "Le bus s'arrête rarement ici.", "polarity.dropped"),
    ("They are happy to share the flat.", "Cela ne les dérange pas de partager l'appartement.", "polarity.added"),
    ("They built it disregarding the rules.", "Ils l'ont construit sans tenir compte des règles.", "polarity.added"),
])
def test_double_negatives_are_minor(en, fr, code):
    """Also near-negations ("from almost nothing")."""
    (r,) = check_pairs([(en, fr)])
    got = [f for f in r.findings if f.code == code]
    assert got and all(f.severity == "minor" for f in got), r.findings


@pytest.mark.parametrize("en, fr", [
    ("The mayor said the city will close the bridge.", "Le maire a déclaré que la ville allait fermer le pont."),
    ("That would do more to create a state than the bid at the UN.",
     "Cela contribuerait bien plus à la création d'un État que la demande à l'ONU."),
    ("To do so would require it crossing six states.", "Pour ce faire, il lui faudrait traverser six États."),
    ("The government says the aim is to deter young people from smoking.",
     "Le gouvernement a déclaré que l'objectif était de dissuader les jeunes de fumer."),
])
def test_conditional_and_reported_speech_are_not_tense_shifts(en, fr):
    (r,) = check_pairs([(en, fr)])
    assert not [f for f in r.findings if f.code == "tense.changed" and f.severity == "major"], r.findings


def test_third_person_verb_rendered_in_the_future():
    (r,) = check_pairs([("The new book begins with a long list of characters.",
                         "Le nouveau livre débutera par une longue liste de personnages.")])
    assert [f.code for f in r.findings if f.code == "tense.changed"], r.findings
    (r,) = check_pairs([("The new book begins with a long list of characters.",
                         "Le nouveau livre débute par une longue liste de personnages.")])
    assert not [f for f in r.findings if f.code == "tense.changed"], r.findings


@pytest.mark.parametrize("en, fr, flagged", [
    ("Do you believe that you will succeed?", "Pensez-vous que vous réussirez ?", False),  # -eed is no past
    ("Prices exceed the limit again.", "Les prix dépassent de nouveau la limite.", False),
    ("They agreed to the plan.", "Ils accepteront le plan.", True),  # but "agreed" is one
    ("He freed the hostages.", "Il libérera les otages.", True),
])
def test_words_in_eed_are_pasts_only_when_they_are(en, fr, flagged):
    (r,) = check_pairs([(en, fr)])
    assert bool([f for f in r.findings if f.code == "tense.changed" and f.severity == "major"]) == flagged, r.findings


@pytest.mark.parametrize("en, fr, severity", [
    ("The prose is supple and perfectly suited to his task.", "La prose sera souple et parfaitement adaptée à sa tâche.",
     "minor"),
    ("It is a corrective to the notion that the war is only about trenches.",
     "Il apportait un démenti à l'idée que la guerre se résume aux tranchées.", "major"),
    ("People begin to ask why their leaders are making them fight.",
     "Les gens commençaient à se demander pourquoi leurs dirigeants leur font une guerre.", "minor"),
    ("The prose will be supple, as the editor plans.", "La prose sera souple, comme le prévoit l'éditeur.", None),
])
def test_a_french_tense_the_english_lacks(en, fr, severity):
    (r,) = check_pairs([(en, fr)])
    got = [f.severity for f in r.findings if f.code == "tense.changed"]
    assert (severity in got) if severity else not got, r.findings


def test_present_to_past_is_still_a_tense_shift():
    (r,) = check_pairs([("The aim is to deter young people from smoking.",
                         "L'objectif était de dissuader les jeunes de fumer.")])
    assert [f.severity for f in r.findings if f.code == "tense.changed"] == ["major"], r.findings


def test_dropped_name_taken_up_by_a_pronoun_is_minor():
    (r,) = check_pairs([("The officers asked Manning directly about his treatment.",
                         "Les officiers l'ont directement interrogé sur son traitement.")])
    assert [(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")] == [("entity.dropped", "minor")]
    (r,) = check_pairs([("Thanks to Elon Musk for the rocket.", "Merci pour la fusée.")])
    assert [(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")] == [("entity.dropped", "major")]


def _entity_codes(en: str, fr: str) -> list[tuple[str, str]]:
    (r,) = check_pairs([(en, fr)])
    return [(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")]


def test_a_handle_rendered_by_the_name_of_its_holder_is_minor():
    assert _entity_codes("Earlier today @realdonaldtrump's account was deactivated.",
                         "Plus tôt aujourd'hui, le compte de Trump a été désactivé.") == [("entity.dropped", "minor")]
    assert _entity_codes("Trump's account was deactivated.",
                         "Le compte de @realDonaldTrump a été désactivé.") == [("entity.added", "minor")]
    # every word of the name must be in the handle: another Obama is another person
    assert _entity_codes("Thanks @BarackObama!", "Merci Michelle Obama !") == [("entity.dropped", "major")]


def test_an_organisation_taken_up_by_a_common_noun_is_minor():
    assert _entity_codes("This was done by a Twitter customer support employee on his last day.",
                         "C'était l'œuvre d'un employé du support client de la plateforme lors de son dernier "
                         "jour.") == [("entity.dropped", "minor")]
    # one phrase, one name: the second stays major
    assert sorted(_entity_codes("We met people from Twitter and Facebook.",
                                "Nous avons rencontré des gens de la plateforme.")) == [
        ("entity.dropped", "major"), ("entity.dropped", "minor")]
    # an English word the phrase renders ("company" -> "l'entreprise") leaves the name dropped
    assert _entity_codes("The Boeing company will cut 500 jobs.", "L'entreprise supprimera 500 emplois.") == [
        ("entity.dropped", "major")]


def test_added_name_for_a_pronoun_is_minor():
    (r,) = check_pairs([("Back at the office, she wrote: \"Never again.\"",
                         "De retour au bureau, Marie Curtis écrivit : « Plus jamais. »")])
    assert [(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")] == [("entity.added", "minor")]
    (r,) = check_pairs([("She said the report was ready.", "Elle a dit que le rapport de Marie Curtis était prêt.")])
    assert [(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")] == [("entity.added", "major")]
    # the holder of a title the English names alone: minor too (see test_name_rendered_as_an_ordinary_word_is_minor)
    (r,) = check_pairs([("The minister said the report was ready.", "La ministre Marie Curtis a dit que le rapport "
                         "était prêt.")])
    assert [(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")] == [("entity.added", "minor")]


@pytest.mark.parametrize("en, fr, code, severity", [
    ("If he is convicted, he could face a life sentence.", "S'il est condamné, il encourt la perpétuité.",
     "modality.changed", "minor"),
    ("He could face a life sentence.", "Il encourt la perpétuité.", "modality.changed", "major"),
    ("Fears that it could push the economy into recession.", "La peur que l'économie ne rentre en récession.",
     "modality.changed", None),
    ("That kind of behaviour is unacceptable.", "Ce genre de comportement est inacceptable.", "intensity.dropped", None),
    ("It is kind of strange.", "C'est étrange.", "intensity.dropped", "major"),
    ("It seemed her body had been washed.", "Il m'a semblé que son corps avait été lavé.", "intensity.dropped", None),
    ("A ruling is likely in May.", "Une décision devrait être prise en mai.", "intensity.dropped", None),
    ("A ruling is likely in May.", "Une décision sera prise en mai.", "intensity.dropped", "major"),
    ("ADB urges Asia to help.", "La BASD incite vivement l'Asie à aider.", "intensity.added", None),
    ("ADB asks Asia to help.", "La BASD demande vivement à l'Asie d'aider.", "intensity.added", "major"),
    ("I have so many interests.", "J'ai tellement de centres d'intérêt.", "intensity.added", None),
])
def test_modality_and_hedges_in_context(en, fr, code, severity):
    (r,) = check_pairs([(en, fr)])
    assert [f.severity for f in r.findings if f.code == code] == ([severity] if severity else []), r.findings


def test_untranslated_gloss_is_not_flagged():
    codes = _codes("They are losers and haters.", "Ce sont des perdants (losers) et des rageux (haters).")
    assert "untranslated.words" not in codes


def test_editorial_marks_found_and_not_scored():
    fr = "Nous avons (sic) gagné [la mairie] (…) et les électeur·rice·s (ndlr : de Portneuf) sont là"
    kinds = [(m.kind, fr[m.span.start : m.span.end]) for m in editorial.marks(fr)]
    assert kinds == [("sic", "(sic)"), ("insertion", "[la mairie]"), ("elision", "(…)"), ("inclusive", "·rice·s"),
                     ("note", "(ndlr : de Portneuf)")]
    blanked = editorial.blank(fr, editorial.marks(fr))
    assert len(blanked) == len(fr) and "sic" not in blanked and "mairie" not in blanked
    (r,) = check_pairs([("We won the town hall and the voters are here.", fr)])
    assert not any(f.code == "addition.content" and "mairie" in r.fr[f.fr_span.start : f.fr_span.end]
                   for f in r.findings if f.fr_span)
    assert [m.kind for m in r.marks] == ["sic", "insertion", "elision", "inclusive", "note"]


@pytest.mark.parametrize("en, fr, expected", [
    # an amount converted to another currency, and the converted amount in parentheses
    ("A coffee costs £4 ($6) there.", "Un café y coûte 5 €.", [("number.changed", "minor"), ("number.omitted", "minor")]),
    ("A coffee costs £4 there.", "Un café y coûte 5 livres.", [("number.changed", "critical")]),
    ("A coffee costs $4 there.", "Un café y coûte 5 dollars.", [("number.changed", "critical")]),
    ("A coffee costs $4 and a tea $6 there.", "Un café y coûte 4 dollars.", [("number.omitted", "major")]),
])
def test_currency_conversions(en, fr, expected):
    from quotecheck.score.numbers import check as numbers_check
    assert [(f.code, f.severity) for f in numbers_check(en, fr)] == expected


@pytest.mark.parametrize("en, fr, expected", [
    # a request put as a question, an indirect question put directly or the reverse: minor
    ("Please describe your job.", "Pourriez-vous décrire votre travail ?", "minor"),
    ("Describe your job.", "Vous décrivez votre travail ?", "major"),
    ("Explain why the plan failed.", "Pourquoi le plan a-t-il échoué ?", "minor"),
    ("Then she asked him where he lived?", "Puis elle lui a demandé où il habitait.", "minor"),
    ("Then she asked him: do you live here?", "Puis elle lui a dit qu'il habitait ici.", "major"),
])
def test_questions_put_another_way(en, fr, expected):
    got = [f.severity for f in modality.check(en, fr) if f.code.startswith("question.")]
    assert got == [expected]


def test_bracket_of_the_source_is_not_an_insertion():
    en = "He said it would cost [the city] $300 to fix."
    fr = "Il a dit que cela coûterait [à la ville] 300 dollars à réparer."
    assert [m.kind for m in editorial.marks(fr, en)] == []
    assert [m.kind for m in editorial.marks(fr)] == ["insertion"]
    assert "number.omitted" not in _codes("It would take years [to fix a roof that costs $300].",
                                          "Il faudrait des années [pour réparer un toit qui coûte 300 dollars].")
    assert "number.changed" in _codes("It would take years [to fix a roof that costs $300].",
                                      "Il faudrait des années [pour réparer un toit qui coûte 500 dollars].")


def test_elision_downgrades_omission():
    en = "We are reopening the bridge on Monday, after three months of repairs paid by the regional council."
    (plain,) = check_pairs([(en, "Nous rouvrons le pont lundi.")])
    (elided,) = check_pairs([(en, "Nous rouvrons le pont lundi (…).")])
    assert any(f.code == "omission.content" and f.severity == "major" for f in plain.findings)
    om = [f for f in elided.findings if f.code == "omission.content"]
    assert om and all(f.severity == "minor" for f in om)


def test_not_a_mark():
    for fr in ("arrive-t-il", "fais-le", "là-bas", "fini. Les", "le vis-à-vis"):
        assert editorial.marks(fr) == [], fr


def test_score_orders_faithful_above_broken():
    en = "The account was down for 11 minutes, we are sorry."
    good, bad = check_pairs([(en, "Le compte a été désactivé pendant 11 minutes, nous sommes désolés."),
                             (en, "Le compte a été désactivé pendant 45 minutes, nous ne sommes pas désolés.")])
    assert good.score > bad.score
    assert bad.verdict == "unfaithful" and good.verdict == "faithful"


def test_ids_and_order():
    out = list(check_pairs([("One.", "Un."), {"en": "Two.", "fr": "Deux.", "id": "x"}, ("Three.", "Trois.", "t3")],
                           batch_size=2))
    assert [r.id for r in out] == ["1", "x", "t3"]


def test_reference_metrics_carry_signatures():
    (r,) = check_pairs([{"en": "We won.", "fr": "Nous avons gagné.", "reference": "Nous avons gagné !"}])
    assert r.reference["chrf"] > 80 and "nrefs:1" in r.reference["chrf_signature"]
    assert set(r.reference) >= {"bleu", "ter", "bleu_signature", "ter_signature"}


def test_allow_list_silences_with_reason(tmp_path):
    from quotecheck.config import Settings

    p = tmp_path / "allow.toml"
    p.write_text('[[allow]]\ncode = "untranslated."\nfr = "fake news"\nreason = "house style"\n\n'
                 '[severity]\n"number." = "minor"\n', encoding="utf-8")
    s = Settings(allow_list=str(p))
    (r,) = check_pairs([("We lost 11 seats because of the fake news media.",
                         "Nous avons perdu 45 sièges à cause des fake news media.")], s)
    assert [x.reason for x in r.silenced] == ["house style"]
    assert [(f.code, f.severity) for f in r.findings if f.code.startswith("number.")] == [("number.changed", "minor")]


@pytest.mark.parametrize("text, needle", [("[[allow]]\ncode = 'x'\n", "'reason'"), ("[severity]\nx = 'huge'\n", "LEVEL"),
                                          ("not = [toml", "TOML")])
def test_bad_allow_list(tmp_path, text, needle):
    p = tmp_path / "a.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle):
        load_policy(str(p))


@pytest.mark.parametrize("en, fr, severity", [
    ("Prices rose sharply in May.", "Les prix ont fortement baissé en mai.", "critical"),
    ("He liked the old house.", "Il détestait la vieille maison.", "critical"),
    # "bigger" is rendered by "plus importantes"; the "petite" is about something else
    ("They gave the elite bigger bonuses while workers got nothing.",
     "Ils ont donné aux élites des primes plus importantes, et aux salariés une petite part seulement.", "minor"),
])
def test_antonym_rendered_by_another_word_is_minor(en, fr, severity):
    (r,) = check_pairs([(en, fr)])
    assert [f.severity for f in r.findings if f.code == "polarity.antonym"] == [severity], r.findings


@pytest.mark.parametrize("en, fr, expected", [
    ("I seldom get ill in Winter.", "Je tombe rarement malade en hiver.", {("entity.dropped", "minor")}),
    ("And I am a Westerner, so I approve.", "Et moi je suis un Occidental, donc j'approuve.",
     {("entity.dropped", "minor"), ("entity.added", "minor")}),
    ("So I did a quick wiki search.", "Alors j'ai fait une rapide recherche sur Wikipédia.", {("entity.added", "minor")}),
    ("The talks in Germany failed.", "Les pourparlers ont échoué.", {("entity.dropped", "major")}),
    # a name given to the holder of a title the English names alone: shown, minor; a name out of nowhere: major
    ("The minister met the press.", "Le ministre Jean Dupont a rencontré la presse.", {("entity.added", "minor")}),
    ("The Queen died.", "La reine Elizabeth II est morte.", {("entity.added", "minor")}),
    ("President Biden met the press.", "Le président Biden et le ministre Dupont ont rencontré la presse.",
     {("entity.added", "major")}),
    ("The talks failed.", "Les pourparlers avec Jean Dupont ont échoué.", {("entity.added", "major")}),
])
def test_name_rendered_as_an_ordinary_word_is_minor(en, fr, expected):
    (r,) = check_pairs([(en, fr)])
    assert {(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")} == expected, r.findings


@pytest.mark.parametrize("en, fr, expected", [
    # a title and a comment pasted with two spaces between them: "Faits" opens a sentence, no name
    ("Hostages taken in a supermarket in Aude. Annoying.",
     "Une prise d'otages en cours dans un supermarché de l'Aude  Faits chier.", set()),
    ("Hostages are held in Aude. Hey, we said no mums!",
     "Une prise d'otages dans l'Aude  Hé, on avait dit pas les mamans !", set()),
    # two people's names close in the embedding space are no translation of each other
    ("Merkel met Putin in Moscow.", "Obama a rencontré Poutine à Moscou.", {("entity.changed", "critical")}),
    ("The Trade Partnership was signed in Rome.", "Le Partenariat commercial a été signé à Rome.",
     {("entity.changed", "minor")}),
    # the first name kept, the surname swapped; a surname dropped is no change; a place adapted inside a name
    ("Elizabeth Thomas, a spokeswoman, said no.", "Elizabeth Wallace, une porte-parole, a dit non.",
     {("entity.changed", "critical")}),
    ("Peter Englund's book begins.", "Le livre de Peter Englund commence.", set()),
    ("Peter Englund's book begins.", "Le livre d'Englund commence.", set()),
    ("Gordon Schildenfeld (Eintracht Frankfurt) was on the field.",
     "Gordon Schildenfeld (Eintracht Francfort) était sur le terrain.", set()),
])
def test_a_first_word_or_a_translation_is_no_changed_name(en, fr, expected):
    (r,) = check_pairs([(en, fr)])
    assert {(f.code, f.severity) for f in r.findings if f.code.startswith("entity.")} == expected, r.findings


def test_french_word_reads_the_installed_dictionary():
    from quotecheck.lexicon import french_word

    assert french_word("Mur") and french_word("phares") and french_word("Partenariat")
    assert not french_word("Obama") and not french_word("Merkel")


@pytest.mark.parametrize("en, fr, expected", [
    ("It is not the league that sends out the safety car.", "Ce n'est pas la ligue qui fait sortir la safety car.",
     {("untranslated.words", "major")}),
    ("Northern soul is still alive.", "La Northern Soul est toujours vivante.", {("untranslated.words", "minor")}),
    ("We watched Game of Thrones!", "On a regardé Game of Thrones !", set()),
    ("We will win this hard fight because the people are with us.",
     "Nous gagnerons ce combat difficile because the people are with us.",
     {("untranslated.words", "major")}),
    ("Still the same fascination for surveillance techniques.",
     "Toujours la même fascination pour des techniques de surveillance.", set()),
    ("The new law is great for small farms.", "The new law is great for small farms.", {("untranslated.copy", "major")}),
    ("Apple Announces A New Phone For Small Farms", "Apple Announces A New Phone For Small Farms",
     {("untranslated.copy", "major")}),
    # link words inside a title kept in English; a number word both languages share, next to a name
    ("She runs the Friends of the Earth branch in town.", "Elle dirige l'antenne locale de Friends of the Earth.",
     {("untranslated.words", "minor")}),
    ("She runs the local branch of the party in town.", "Elle dirige l'antenne locale of the party.",
     {("untranslated.words", "major")}),
    ("Airbus delivered six Airbus planes to Qantas.", "Airbus a livré six Airbus à Qantas.", set()),
    # a line of names is the same in both languages: no copy without English grammar words
    ("Lionel Messi (Barcelona), Cristiano Ronaldo (Real Madrid), Neymar (PSG)",
     "Lionel Messi (Barcelone), Cristiano Ronaldo (Real Madrid), Neymar (PSG)", set()),
])
def test_borrowings_and_cognates_are_not_untranslated_text(en, fr, expected):
    (r,) = check_pairs([(en, fr)])
    assert {(f.code, f.severity) for f in r.findings if f.code.startswith("untranslated.")} == expected, r.findings


def test_future_in_the_past_needs_a_reported_past():
    (r,) = check_pairs([("The city will close the bridge.", "La ville allait fermer le pont.")])
    assert any(f.code == "tense.changed" and f.severity == "major" for f in r.findings), r.findings


@pytest.mark.parametrize("en, fr, flagged", [
    ("Freeman noted an increase in reviews.", "Freeman avait remarqué une augmentation des critiques.", True),
    ("Freeman noted an increase in reviews.", "Freeman a remarqué une augmentation des critiques.", False),
    ("He said he did it.", "Il a dit qu'il l'avait fait.", False),  # concordance after a reporting verb
    ("She had left when we arrived.", "Elle était partie quand nous sommes arrivés.", False),
    ("He was hated by many.", "Il était détesté par beaucoup.", False),  # a passive, not a pluperfect
    # a word that sets the event before another past: the French pluperfect is right
    ("Two years ago, Freeman noted an increase in reviews.",
     "Il y a deux ans, Freeman avait remarqué une augmentation des critiques.", False),
    ("Two years on, Freeman noted an increase in reviews.",
     "Deux ans plus tard, Freeman avait remarqué une augmentation des critiques.", True),
])
def test_simple_past_rendered_as_a_pluperfect(en, fr, flagged):
    (r,) = check_pairs([(en, fr)])
    got = [f for f in r.findings if f.code == "tense.changed" and "pluperfect" in f.message]
    assert bool(got) == flagged, r.findings


@pytest.mark.parametrize("en, fr, flagged", [
    # an English first conditional rendered as a French hypothesis: si + imperfect, then a conditional
    ("If the shop raises its prices, each meal will cost two euros more.",
     "Si la boutique augmentait ses prix, chaque repas coûterait deux euros de plus.", False),
    ("If the club wins, the mayor will give a party.", "Si le club gagnait, le maire donnerait une fête.", False),
    # without the conditional the imperfect is a past
    ("If the club wins, the mayor will give a party.", "Si le club gagnait, le maire donnait une fête.", True),
    # an imperfect outside the si clause is a past
    ("The shop will raise its prices and it will cost more.", "La boutique augmentait ses prix et cela coûterait plus.",
     True),
])
def test_si_imperfect_with_a_conditional_is_a_hypothesis(en, fr, flagged):
    (r,) = check_pairs([(en, fr)])
    got = [f for f in r.findings if f.code == "tense.changed" and f.severity == "major"]
    assert bool(got) == flagged, r.findings


@pytest.mark.parametrize("en, fr, flagged", [
    # "neither … nor" is one negation counted; spelt out as two French negations it is rendered
    ("The plan is neither cheap nor the fastest one.", "Le plan n'est pas bon marché et n'est pas le plus rapide.",
     False),
    ("The plan is neither cheap nor the fastest one.", "Le plan n'est ni bon marché ni le plus rapide.", False),
    # a third French negation is one more than the two
    ("The plan is neither cheap nor the fastest one, and it works.",
     "Le plan n'est pas bon marché, n'est pas le plus rapide et ne marche pas.", True),
    ("The plan is cheap, and it works.", "Le plan n'est pas bon marché, et il marche.", True),
])
def test_neither_nor_may_be_two_negations(en, fr, flagged):
    (r,) = check_pairs([(en, fr)])
    got = [f for f in r.findings if f.code == "polarity.added" and f.severity == "critical"]
    assert bool(got) == flagged, r.findings


@pytest.mark.parametrize("en, fr, flagged", [
    # "sans tache", "sans fin", "sans faille" render English "-less" adjectives, which have no negation
    ("Her record is spotless and her patience endless.", "Son dossier est sans tache et sa patience sans fin.", False),
    ("They showed flawless discipline.", "Ils ont fait preuve d'une discipline sans faille.", False),
    # "without mercy" is a negation the "sans pitié" renders
    ("They fought without mercy.", "Ils se sont battus sans pitié.", False),
    # a real added negation next to the idiom is still one too many
    ("Her record is clean and she is patient.", "Son dossier est sans tache et elle n'est pas patiente.", True),
])
def test_sans_idioms_of_less_adjectives(en, fr, flagged):
    (r,) = check_pairs([(en, fr)])
    got = [f for f in r.findings if f.code.startswith("polarity.") and f.severity == "critical"]
    assert bool(got) == flagged, r.findings


@pytest.mark.parametrize("en, fr, flagged", [
    # "major", "the near future", "well known" carry the degree a French "très" spells out
    ("The port is a major hub for the region.", "Le port est une plaque tournante très importante de la région.",
     False),
    ("We will open a shop in the near future.", "Nous ouvrirons très prochainement une boutique.", False),
    ("The singer is well known in her town.", "La chanteuse est très connue dans sa ville.", False),
    # rendered by their own word, they absorb nothing: the "très" is added
    ("The port is a major hub in a busy region.", "Le port est une plaque tournante majeure dans une région très "
     "animée.", True),
    ("The singer is well known in a small town.", "La chanteuse est bien connue dans une très petite ville.", True),
    ("The port is a hub for the region.", "Le port est une plaque tournante très importante de la région.", True),
])
def test_degree_words_that_absorb_tres(en, fr, flagged):
    (r,) = check_pairs([(en, fr)])
    got = [f for f in r.findings if f.code == "intensity.added" and f.severity == "major"]
    assert bool(got) == flagged, r.findings


@pytest.mark.parametrize("en, fr, flagged", [
    # "not far from" is near: rendered with or without a negation
    ("A farm not far from the river burned.", "Une ferme proche de la rivière a brûlé.", False),
    ("A farm not far from the river burned.", "Une ferme non loin de la rivière a brûlé.", False),
    # a noun compound in no- is no negation of the clause
    ("They agreed on a no-fly zone.", "Ils se sont mis d'accord sur une zone d'exclusion aérienne.", False),
    # still caught: "no-one", a plain "not", and "far" rendered as "pas loin"
    ("No-one came to the farm.", "Tout le monde est venu à la ferme.", True),
    ("The farm is not near the river.", "La ferme est proche de la rivière.", True),
    ("The farm is far from the river.", "La ferme n'est pas loin de la rivière.", True),
    # eagerness and full agreement: the negation is a turn of phrase, rendered with or without one
    ("I can't wait to see you!", "J'ai hâte de te voir !", False),
    ("I can't wait to see you!", "Je ne peux pas attendre de te voir !", False),
    ("I couldn't agree more.", "Je suis tout à fait d'accord.", False),
    ("I can't go to the farm.", "Je vais à la ferme.", True),
    # a refusal or a silence may be rendered by a negated verb
    ("He declined to comment.", "Il n'a pas souhaité faire de commentaire.", False),
    ("He kept silent.", "Il n'a rien dit.", False),
    ("He agreed to comment.", "Il n'a pas souhaité faire de commentaire.", True),
    # the opposite word negated says the same: "rejected" = "n'a pas accepté", "closed" = "n'est pas ouvert"
    ("He rejected the offer.", "Il n'a pas accepté l'offre.", False),
    ("The shop is closed.", "Le magasin n'est pas ouvert.", False),
    ("He is wrong.", "Il n'a pas raison.", False),
    ("He accepted the offer.", "Il n'a pas accepté l'offre.", True),
    ("The shop is open.", "Le magasin n'est pas ouvert.", True),
    # "pas une seule personne … ne" is one negation; "plus jamais" is never again; an expletive ne with "rien"
    ("Not a single person came.", "Pas une seule personne n'est venue.", False),
    ("Never again!", "Plus jamais ça !", False),
    ("Again!", "Plus jamais ça !", True),
    ("He left before anyone noticed.", "Il est parti avant que quiconque ne remarque rien.", False),
    # "n'est pas exclu" (might) and "can't be ruled out" hold no negation
    ("He might resign.", "Il n'est pas exclu qu'il démissionne.", False),
    ("A resignation cannot be ruled out.", "Une démission n'est pas exclue.", False),
    # ", if not" (or even) and "si ce n'est", "never ending" (endless) hold no negation; "If not," does
    ("It is hard, if not impossible.", "C'est difficile, voire impossible.", False),
    ("A two-speed, if not multi-speed, Europe.", "Une Europe à deux vitesses, si ce n'est à plusieurs.", False),
    ("It is like a never ending story.", "C'est comme une histoire infinie.", False),
    ("If not, we will leave.", "Dans ce cas, nous partirons.", True),
    ("If not for science, they would do other things.", "Si ce n'est pour la science, ils feraient autre chose.",
     False),
    ("If it were not for science, they would do other things.", "Sans la science, ils feraient autre chose.", False),
    ("It will never end.", "Cela finira.", True),
])
def test_not_far_and_no_compounds(en, fr, flagged):
    (r,) = check_pairs([(en, fr)])
    got = [f for f in r.findings if f.code.startswith("polarity.") and f.severity == "critical"]
    assert bool(got) == flagged, r.findings


def test_an_escaped_line_break_is_no_letter():
    # scraped text keeps "\\n" literally: "\\nThanks" is no name "nThanks", and the report keeps the text as given
    en = "\\nI have to say that I don't go out much.\\n\\nThanks"
    fr = "\\nJe dois dire que je ne sors pas beaucoup.\\n\\nMerci"
    (r,) = check_pairs([(en, fr)])
    assert not [f for f in r.findings if f.code.startswith("entity.")], r.findings
    assert r.en == en and r.fr == fr


@pytest.mark.parametrize("en, fr, severity", [
    ("About 1,960 people died.", "Quelque 2 000 personnes sont mortes.", "minor"),
    ("It cost 2.47 million.", "Cela a coûté près de 2,5 millions.", "minor"),
    ("1,960 people died.", "2 000 personnes sont mortes.", "critical"),  # rounded without saying so
    ("About 1,960 people died.", "Quelque 3 000 personnes sont mortes.", "critical"),
])
def test_a_rounding_under_a_word_of_approximation_is_minor(en, fr, severity):
    (r,) = check_pairs([(en, fr)])
    assert [f.severity for f in r.findings if f.code == "number.changed"] == [severity], r.findings

