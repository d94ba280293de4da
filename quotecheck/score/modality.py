"""Modality, tense and mood: "may" → "va", future → past, a question → a statement.

Codes:

* ``modality.changed`` (major) — the English states a possibility (may,
  might, could) or an obligation (must, should, have to) and the French keeps
  no modal at all (pouvoir, devoir, falloir, a conditional, peut-être,
  possible…): the French asserts what the tweet only allowed or required.
* ``tense.changed`` (major) — the English is only in the past and the French
  only in the future, or the reverse; or the English is only in the present and
  the French only in the past. Detected from auxiliaries and endings, so a
  sentence with several tenses is left alone.
* ``question.dropped`` / ``question.added`` (major) — the English asks and
  the French states, or the reverse (counted by question marks).
"""

from __future__ import annotations

import regex

from ..types import Finding, Span
from .context import Context

# "might as well" (autant) and "may I" are no possibility
_EN_POSSIBLE = regex.compile(r"(?i)(?<![\p{L}'])(?:may|might|could)(?![\p{L}])(?!\s+as\s+well)"
                            # "you might ask", "one may wonder": a rhetorical turn ("me direz-vous")
                            r"(?!\s+(?:well\s+)?(?:ask|wonder)(?![\p{L}]))"
                            # past perception: "she could see", "smoke that could be seen" (= "on voyait", "visible")
                            r"(?!(?:\s+(?:not|n['’]t|never|clearly|easily|already|just|still|barely|hardly|even|also))?"
                            r"\s+(?:be\s+)?(?:see|seen|hear|heard|feel|felt|smell|smelt|smelled|taste|tasted|sense|sensed)"
                            r"(?![\p{L}]))"
                            # a request: "Could you help me?" (= "Tu m'aides ?")
                            r"(?!\s+(?:you|we)\s+(?:please\s+)?\p{L}+[^.!?]*\?)")
# "May" the month: capitalised after a word or before a day or a year ("in May", "May 1991", "May 3")
_MONTH_MAY = regex.compile(r"(?<=(?:(?<![\p{L}])\p{Ll}\p{L}*|\p{N}),?\s+)May|May(?=\s+(?:\p{N}|of\b))")
_EN_OBLIGATION = regex.compile(
    r"(?i)(?<![\p{L}'])(?:must|should|shouldn't|mustn't|ought\s+to)(?![\p{L}])"
)
_FR_MODAL = regex.compile(
    r"(?i)(?<![\p{L}])(?:p(?:eu[tx]|euv\p{L}*|ouv\p{L}*|ourr\p{L}*|uiss\p{L}*|u|eut-être)|d(?:oi[st]|oiv\p{L}*|ev\p{L}*|u)|"
    r"faut|faudr\p{L}*|fallait|fallu|nécessaire|obligé\p{L}*|possibles?|possibilité|risqu\p{L}*|éventuel\p{L}*|"
    r"susceptibles?|capables?|peut-être|probable\p{L}*|permet\p{L}*|impossible\p{L}*|incapables?|"
    r"crain\p{L}*|craint\p{L}*|peurs?|menac\p{L}*|hypoth\p{L}*|éventualité|"
    # "il convient de" (it should be), "mieux vaut", "les formalités sont à accomplir" (must be done)
    r"convient|convenait|conviendrait|importe|vaut\s+mieux|vaudrait\s+mieux|mieux\s+vaut|"
    # "(ne pas) avoir le droit de" (may / must not); "ça a l'air", "semble", "paraît" (it might seem)
    r"droit\s+d(?:e|['’])|l['’]air|sembl\p{L}*|para[iî]t\p{L}*|"
    r"(?:est|sont|reste|restent|était|étaient)\s+à\s+\p{L}+(?:er|ir|re)|"
    r"\p{L}{2,}(?:rais|rait|raient|rions|riez)|dû|dûe?s?|puis(?=-je)|"
    # "sans doute", "sûrement", "forcément" render an epistemic "must"; "pas exclu" a "might"
    r"sans\s+doute|sûrement|certainement|forcément|exclu)(?![\p{L}])"
    # an imperative renders "you must", "you should", "we must": "Votez !", "Lisez-le.", "Ne lâchons rien."
    r"|(?:^|(?<=[.!?:;«\"“]\s*))(?:ne\s+|n['’])?(?-i:\p{Lu}?\p{Ll}+)(?:ez|ons)(?:-(?:le|la|les|moi|nous|vous|lui|leur|en|y))?"
    r"(?=\s|[!.,;]|$)"
    # "À lire absolument", "à voir": a recommendation
    r"|(?:^|(?<=[.!?:;«\"“]\s*))à\s+\p{L}+(?:er|ir|re)(?![\p{L}])"
    # a text that opens on "Que" is an injunction: "Qu'ils se taisent" (they should shut up)
    r"|(?<=^[\s\"«“]*)qu(?:e\s|['’])"
)

# an English -ed past: not -eed words that are no pasts ("succeed", "need", "exceed"; "agreed", "freed" are),
# nor adjectives and numbers in -ed ("hundred", "sacred", "naked")
_ED = r"(?:(?!(?i:hundred|sacred|naked|wicked|wretched|rugged|ragged|kindred|shred|indeed)(?![\p{L}]))\p{L}+(?<!e)ed|\p{L}*(?:agre|decre|fre|guarante|refere)ed)"
_EN_IF = regex.compile(r"(?i)(?<![\p{L}])(?:if|unless)(?![\p{L}])")
_FR_SI = regex.compile(r"(?i)(?<![\p{L}])(?:si|s['’]ils?|à\s+moins)(?![\p{L}])")
_EN_PAST = regex.compile(
    r"(?i)(?<![\p{L}'])(?:was|were|wasn't|weren't|did|didn't|had|hadn't|yesterday|ago|said|told|added|explained|"
    r"announced|declared|wrote|stated|insisted|claimed|noted|tweeted|warned|replied|"
    r"ha(?:s|ve)(?:n't|\s+not|\s+never)?\s+(?:(?:\p{L}+ly|also|already|just|now|since|ever|never|always|still|long|"
    r"since|yet|once|even|all|both)\s+){0,2}(?:been|" + _ED + r"|said|made|done|gone|come|taken|given|told|seen|known|"
    r"found|won|lost|paid|sent|built|kept|held|brought|become|left|begun|written|spoken|met|led|felt|meant|put|"
    r"had|got|gotten|shown|grown|drawn|thrown|flown|blown|risen|fallen|chosen|driven|eaten|forgotten|hidden|"
    r"stolen|broken|woken|worn|torn|sworn|beaten|bitten|ridden|shaken|fought|taught|caught|bought|sought|"
    r"thought|sold|heard|run|spent|lent|dealt|slept|swept|stood|understood|struck|stuck|hung|sung|drunk|"
    r"swum|overcome|undergone|withdrawn|forbidden|forgiven|arisen|mistaken|undertaken|overtaken|split|"
    r"spread|cut|set|hit|quit|shut|hurt|let|cost|read|fled|fed|bred|led|sped|won|spun|dug|lit|slid|"
    r"struck|sprung|shrunk|sunk|stunk|ground|wound|bound|found|fed)|"
    r"(?:I|you|he|she|it|we|they|who)\s+(?:\p{L}+ly\s+)?(?:" + _ED + r"|said|went|came|made|took|gave|told|saw|knew|"
    r"thought|found|left|became|began|won|lost|paid|sent|built|kept|held|brought|bought|fell|rose|ran|wrote|"
    r"spoke|met|led|stood|felt|meant|got))(?![\p{L}])"
)
# "researchers developed": an -ed verb after a word that is not an auxiliary, a determiner or a preposition
_EN_ED = regex.compile(
    r"(?i)(?<![\p{L}'])(?<!\b(?:is|are|was|were|be|been|being|am|has|have|had|get|got|gets|the|a|an|this|that|its|"
    r"their|his|her|our|your|my|of|for|with|by|in|on|at|to|from|and|or|newly|recently|well|so|highly|widely)\s)"
    r"(?:(?=\p{L}{5})" + _ED + r"(?!\s+by\b)|took|gave|went|came|knew|became|began|brought|bought|wrote|spoke|told|sold|taught|"
    r"fought|sought|grew|drew|threw|flew|chose|drove|forgot|broke|woke|wore|swore|rode|shook|sang|drank|swam|"
    r"overcame|underwent|withdrew|forgave|arose|mistook|undertook|overtook|fled|sprang|shrank|sank|"
    r"saw|made|found|thought|felt|kept|held|lost|met|paid|sent|built|won|heard|stood|understood|ran|sat|fell|"
    r"caught|struck|stole|froze|hid|shot|slept|spent|lent|stuck|sold|dealt|meant|led|fed|dug|swept|wept|"
    r"forbade|foresaw|overheard|outran|rebuilt|resold|retold|rewrote|upheld|withheld)(?![\p{L}])"
    # verbs whose past is their base form, after a subject that a present would give an -s: "it cost me"
    r"|(?<=(?<![\p{L}'])(?i:he|she|it|this|that|who)\s)"
    r"(?:cost|put|cut|hit|set|hurt|quit|spread|let|shut|bet|beat|burst|cast|split|upset)(?![\p{L}])"
)
_EN_FUTURE = regex.compile(r"(?i)(?<![\p{L}])(?:will|won't|shall|\p{L}+'ll|going\s+to|gonna|tomorrow)(?![\p{L}])")
_EN_REPORTING = regex.compile(
    r"(?i)(?<![\p{L}'])(?:says|say|tells|explains|adds|writes|recalls|notes|argues|insists|claims|suggests?|"
    r"reports|according\s+to)(?![\p{L}])")
# what in an English sentence may make a French future right: a future, a plan, a schedule, a condition
_EN_FUTURE_HINT = regex.compile(
    r"(?i)(?<![\p{L}'])(?:will|won't|shall|'ll|going\s+to|gonna|would|could|might|may|should|must|can|tomorrow|"
    r"next|soon|later|upcoming|coming|until|when|whenever|once|if|unless|plans?|planned|expects?|expected|hopes?|"
    r"intends?|wants?|aims?|due|about\s+to|set\s+to|scheduled|forecast\p{L}*|predict\p{L}*|promis\p{L}*|"
    r"future)(?![\p{L}])")
_EN_PAST_HINT = regex.compile(r"(?i)(?<![\p{L}'])(?:\p{L}+ed|was|were|had|did|been|ago|yesterday|last|former\p{L}*|"
                              r"once|used\s+to|would|could|might|when|since|then|earlier|previously|"
                              # the past of these is their base form: "we cut taxes" may be a past
                              r"cost|put|cut|hit|set|hurt|quit|read|spread|let|shut|bet|beat|burst|cast|split|upset)"
                              r"(?![\p{L}])")
_EN_PRESENT = regex.compile(r"(?i)(?<![\p{L}'])(?:is|are|am|isn't|aren't|do|does|don't|doesn't)(?![\p{L}])")

# words that end like a participle but are none: "il y a aussi", "n'a que", "a lieu", "a droit", "a du mal"
_FR_NOT_PP = (r"(?!(?:aussi|ainsi|lieu|que|qu|quoi|qui|ici|ceci|parmi|depuis|beaucoup|peu|droit|tort|trop|lui|celui|"
              r"oui|aujourd|quelqu|envie|priori|fortiori|du|tellement|vraiment|surtout|plus|si|ni|midi|souci)(?![\p{L}]))")
_FR_PP = (_FR_NOT_PP + r"(?:\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|eint|aint|ort)|été|eu|fait|"
          r"dit|pris|mis|vu|su|pu|dû|voulu|venu|né|mort)")
# nouns that end like a future: "les environs", "les patrons", "un affront", "du minerai"
_FR_NOT_FUTURE = r"(?!(?:envi|pat|mar|cit|lar|chev|poti|gi|hé|bûche|vigne|quarte|aff)(?:rons?|ront)(?![\p{L}])|minerai)"
_FR_ETRE_VERBS = (r"(?:allée?s?|venue?s?|arrivée?s?|partie?s?|morte?s?|née?s?|devenue?s?|tombée?s?|restée?s?|"
                  r"entrée?s?|sortie?s?|revenue?s?|rentrée?s?|passée?s?|montée?s?|descendue?s?|retournée?s?)")
# French conditional (future stem + imperfect ending): "serait", "pourrait", "devrait", "contribuerait" —
# a hypothesis or a reported future, not a past ("déclarait", "entrait" stay imperfects)
_FR_COND = (r"\p{L}*(?:er|dr|rr|ttr|îtr|oir|aur|evr|vivr|uivr|dir|lir|nir|fir|uir)(?:ais|ait|aient|ions|iez)"
            r"(?![\p{L}])")
# presents that end like a past: "connait", "parait", "nait" (the -aît verbs in the reformed spelling, no
# circumflex), and the third person plural of the -érer verbs ("considèrent", "génèrent", "diffèrent"),
# whose simple past is "considérèrent"
_FR_PRESENT_LOOKALIKE = (
    r"(?:re)?(?:re|mé)?(?:con)?nait|(?:ap|dis|re|trans)?parait|(?:dé|com)?plait|"
    r"(?:consid|(?:dés)?esp|g|(?:ré)?gén|diff|préf|tol|accél|décél|mod|(?:co)?op|récup|exag|lib|dig|sugg|réit|"
    r"vén|lac|alt|(?:ré|con|in|dé|inter|pro|trans)f|prosp|temp|rémun|énum|incarc|délib|pond|exasp|ins|prolif|"
    r"réverb|sid|adh|coh|inh|rév|ob)èrent")
_FR_PAST = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:(?:ai|as|a|avons|avez|ont|avait|avaient|avais|eut|eurent)\s+(?:\p{{L}}+ment\s+|pas\s+|"
    rf"jamais\s+|déjà\s+|bien\s+|plus\s+|tout\s+){{0,2}}{_FR_PP}|"
    rf"(?:s['’]|se\s|me\s|m['’]|te\s|t['’]|nous\s|vous\s)(?:est|sont|suis|es|sommes|êtes|était|étaient)\s+{_FR_PP}|"
    rf"(?:est|sont|suis|es|sommes|êtes|était|étaient)\s+{_FR_ETRE_VERBS}|"
    r"était|étaient|étais|fut|furent|(?!(?:" + _FR_PRESENT_LOOKALIKE + r")(?![\p{L}]))\p{L}{2,}èrent|hier|"
    r"(?!" + _FR_COND + r")\p{L}{2,}aient|(?!(?:" + _FR_PRESENT_LOOKALIKE + r")(?![\p{L}]))"
    r"(?!" + _FR_COND + r")(?!(?:sati|bien|mé|for|par|contre|sur|re)?fait\b|souhait|lait\b|trait\b|portrait|extrait|retrait|attrait|"
    r"abstrait|distrait|plait|plaît)\p{L}{3,}ait)(?![\p{L}])"
)
_FR_FUTURE = regex.compile(
    r"(?i)(?<![\p{L}])(?:" + _FR_NOT_FUTURE + r"(?-i:\p{Ll})\p{L}+(?:ront|rons|rez|rai)|sera|seras|aura|auras|fera|feras|ira|"
    r"pourra|devra|viendra|faudra|verra|saura|voudra|(?-i:\p{Ll})\p{L}{2,}(?:era|eras|erai|irai|ira)|"
    r"(?:va|vont|vais|vas|allons|allez)\s+(?:\p{L}+\s+)?\p{L}+(?:er|ir|re|oir)|demain)(?![\p{L}])"
)
_FR_PRESENT = regex.compile(r"(?i)(?<![\p{L}])(?:est|sont|suis|sommes|êtes|fait|font|peut|peuvent|doit)(?![\p{L}])")


def _tense(text: str, lang: str) -> set[str]:
    past, future, present = (_EN_PAST, _EN_FUTURE, _EN_PRESENT) if lang == "en" else (_FR_PAST, _FR_FUTURE, _FR_PRESENT)
    found = {name for name, pat in (("past", past), ("future", future), ("present", present)) if pat.search(text)}
    if lang == "en" and _EN_ED.search(text):
        found.add("past")
    return found


_FR_CONDITIONAL = regex.compile(r"(?i)(?<![\p{L}])" + _FR_COND)
_FR_IMPERFECT = regex.compile(r"(?i)(?:(?:avais|avait|avions|aviez|avaient|étais|était|étions|étiez|étaient)\s+\S+|"
                              r"\p{L}+(?:ais|ait|aient))")
_FR_SI_CLAUSE = regex.compile(r"(?i)(?<![\p{L}])(?:si|s['’]ils?)\s[^.;:!?,«»\"“”]{0,60}$")


def _hypothetical_past(fr: str) -> bool:
    """Every French past is an imperfect (or a pluperfect) in a ``si`` clause, and a conditional stands in
    the text: "si Walmart augmentait les salaires, cela coûterait …", "s'il avait su, il serait venu" — the
    mood of a hypothesis, not a past (the English may say "if it raises …, it will cost")."""
    if _FR_CONDITIONAL.search(fr) is None:
        return False
    pasts = list(_FR_PAST.finditer(fr))
    return bool(pasts) and all(_FR_IMPERFECT.fullmatch(m.group()) and _FR_SI_CLAUSE.search(fr, 0, m.start())
                               and not _FR_CONDITIONAL.fullmatch(m.group()) for m in pasts)


def _span(pattern: regex.Pattern[str], text: str) -> Span | None:
    m = pattern.search(text)
    return Span(m.start(), m.end()) if m else None


def check(en: str, fr: str) -> list[Finding]:
    out: list[Finding] = []
    fr_modal = _FR_MODAL.search(fr) is not None
    for pattern, what in ((_EN_POSSIBLE, "a possibility"), (_EN_OBLIGATION, "an obligation")):
        m = next((m for m in pattern.finditer(en)
                  if not ((mm := _MONTH_MAY.match(en, m.start())) and mm.end() == m.end())), None)
        if m and not fr_modal:
            # "if he is convicted, he could face…" → "s'il est condamné, il encourt…": the condition keeps it open
            conditional = _EN_IF.search(en) is not None and _FR_SI.search(fr) is not None
            out.append(Finding("modality.changed", "minor" if conditional else "major",
                               f"“{m.group()}” ({what}) is not rendered: the French asserts it"
                               + (" (within a condition, which keeps it open)" if conditional else ""),
                               en_span=Span(*m.span())))
            break
    te, tf = _tense(en, "en"), _tense(fr, "fr")
    if "past" in tf and _hypothetical_past(fr):
        tf = tf - {"past"}  # "si Walmart augmentait les salaires, cela coûterait": a hypothesis, not a past
    if "past" in tf and _FR_REPORTED_PAST.search(fr) and regex.search(
            r"(?i)(?<![\p{L}])(?:allait|allaient)\s+(?:pas\s+)?\p{L}+(?:er|ir|re|oir)(?![\p{L}])", fr):
        tf = tf | {"future"}  # "a déclaré qu'il allait chercher": a future in the past, next to the reporting past
    shift = None
    soft = False
    # "if she found a new love, he would not stand in her way": a past under "would" is a hypothesis
    hypothesis = te == {"past"} and regex.search(r"(?i)(?<![\p{L}])(?:would|wouldn['’]t|\p{L}+['’]d)(?![\p{L}])", en)
    if (te == {"past"} and tf == {"future"} and not hypothesis) or te == {"future"} and tf == {"past"}:
        shift = (next(iter(te)), next(iter(tf)))
    elif te == {"present"} and "past" in tf and not tf & {"present", "future"} and not _EN_REPORTING.search(en):
        shift = ("present", "past")
    elif te == {"present"} and tf == {"future"}:
        shift = ("present", "future")  # English presents often announce the future: minor
    elif te and "future" in tf and "future" not in te and not _EN_FUTURE_HINT.search(en):
        shift, soft = ("past" if "past" in te else "present", "future"), True  # nothing in the English looks ahead
    elif te == {"present"} and "past" in tf and not _EN_PAST_HINT.search(en):
        shift, soft = ("present", "past"), True  # a French past where the English has none at all
    if shift:
        pat = _FR_PAST if shift[1] == "past" else _FR_FUTURE
        # the clear-cut shifts are major; a French tense the English merely lacks, next to others, is minor
        out.append(Finding("tense.changed", "minor" if soft or shift == ("present", "future") else "major",
                           f"the English is in the {shift[0]}, the French in the {shift[1]}", fr_span=_span(pat, fr)))
    qe, qf = _questions(en), _questions(fr)
    # a question asked by its syntax only excuses the other side's question mark, it raises nothing
    qe = qe or (qf and _QUESTION_SYNTAX["en"].search(en) is not None)
    qf = qf or (qe and _QUESTION_SYNTAX["fr"].search(fr) is not None)
    if qe and not qf:
        indirect = _INDIRECT["fr"].search(fr) is not None
        out.append(Finding("question.dropped", "minor" if indirect else "major",
                           "the English asks a question; the French states it"
                           + (" (as an indirect question)" if indirect else ""),
                           en_span=Span(en.rindex("?"), en.rindex("?") + 1) if "?" in en else None))
    elif qf and not qe:
        request = _REQUEST.search(fr) is not None or _INDIRECT["en"].search(en) is not None
        out.append(Finding("question.added", "minor" if request else "major",
                           "the French asks a question the English does not"
                           + (" (a request or an indirect question put directly)" if request else ""),
                           fr_span=Span(fr.rindex("?"), fr.rindex("?") + 1) if "?" in fr else None))
    return out


# a question asked by its syntax when the question mark is missing: "Est-ce que cela ajoute … ."
# (French), "because where do we find work for them." (English)
_QUESTION_SYNTAX = {
    "fr": regex.compile(r"(?i)(?:^|[.!?:;«\"“]\s*)est-ce\s+(?:que\b|qu['’]|(?:un|une|le|la|là|vrai)\b)"),
    "en": regex.compile(r"(?:^|[.!?:;\"“]\s*|(?i:because|so|but|and),?\s+)(?i:(?:where|what|how|why|who|when)\s+)?"
                        r"(?i:do|does|did|can|could|would|will|is|are|was|has|have)\s+"
                        r"(?:I|(?i:you|we|they|he|she|it|this|that|there))\b(?!\s*[,;.!]|\s+(?:and|or)\b)"
                        # a question word opening a sentence: "Who knows.", "Why not.", "How about that"
                        r"|(?:^|(?<=[.!?:;\"“]\s*))(?i:who|why|how)\s+(?i:knows|cares|not|about|would|could|else|come|so)\b"),
}
# a question mark inside brackets is a doubt of the editor ("aged 18 [months?]"), not a question
_BRACKETED = regex.compile(r"[\[(][^\[\]()]{0,40}\?[^\[\]()]{0,10}[\])]")


def _questions(text: str) -> int:
    """Question marks of ``text``, those inside brackets aside."""
    return text.count("?") - sum(m.group().count("?") for m in _BRACKETED.finditer(text))


# "Please tell us about your work" → "Pourriez-vous nous parler de votre travail ?": a request put as a
# question; "explain how it was legal" → "comment était-ce légal ?", "asked what he agreed on?" →
# "lui a demandé sur quoi": a question put directly or indirectly
_REQUEST = regex.compile(r"(?i)(?<![\p{L}])(?:pourriez|pouvez|voudriez|voulez|auriez|accepteriez)-vous(?![\p{L}])")
_INDIRECT = {
    "en": regex.compile(r"(?i)(?<![\p{L}])(?:ask\p{L}*|wonder\p{L}*|explain|tell\s+(?:me|us)|question\s+is)[\s:,]+"
                        r"(?:(?:me|us|him|her|them)\s+)?(?:how|what|why|whether|if|who|where|when|which)(?![\p{L}])"),
    "fr": regex.compile(r"(?i)(?<![\p{L}])(?:demand\p{L}*|savoir|expliqu\p{L}*|question\s+est)[\s:,]+"
                        r"(?:(?:\p{L}+\s+){0,2})?(?:comment|pourquoi|si|s['’]il|s['’]ils|qui|quoi|où|quand|ce\s+que|"
                        r"ce\s+qui|combien|lequel|laquelle)(?![\p{L}])"),
}




_EN_TOK = {
    "past": regex.compile(r"(?i)^(?:was|were|wasn't|weren't|did|didn't|had|hadn't|(?=\p{L}{5})" + _ED + r"|said|went|came|made|took|"
                          r"gave|told|saw|knew|thought|found|left|became|began|won|lost|paid|sent|built|kept|held|"
                          r"brought|bought|fell|rose|ran|wrote|spoke|met|led|stood|felt|meant|got|could)$"),
    "future": regex.compile(r"(?i)^(?:will|won't|shall|'ll)$"),
    "present": regex.compile(r"(?i)^(?:is|are|am|isn't|aren't|do|does|don't|doesn't|can|can't|cannot|"
                             r"must|says|wants|needs|thinks|knows|seems|faces|remains)$"),
}
_FR_AUX_PRESENT = regex.compile(r"(?i)^(?:ai|as|a|avons|avez|ont)$")  # être + participle is mostly a passive
_EN_DETERMINERS = frozenset("the a an this that these those its his her their our my your of some any many few "
                            "several all both each every no".split())
_EN_FINITE_PAST = frozenset("was were wasn't weren't did didn't could".split())
_EN_BE_HAVE = frozenset("is are was were be been being am has have had 's 're 've get got".split())
_FR_AUX_FUTURE = regex.compile(r"(?i)^(?:aurai|auras|aura|aurons|aurez|auront|serai|seras|sera|serons|serez|seront)$")
_FR_AUX_PAST = regex.compile(r"(?i)^(?:avais|avait|avions|aviez|avaient|étais|était|étions|étiez|étaient|eut|eurent|"
                             r"fut|furent)$")
_FR_PP_TOK = regex.compile(rf"(?i)^{_FR_PP}$")
_FR_TOK = {
    "future": regex.compile(r"(?i)^(?:" + _FR_NOT_FUTURE + r"\p{L}{2,}(?:ront|rons|rez|rai|ras)|\p{L}{3,}(?:era|ira)|sera|aura|fera|ira|"
                            r"pourra|devra|viendra|faudra|verra|saura|voudra|ira)$"),
    "past": regex.compile(r"(?i)^(?!(?:" + _FR_PRESENT_LOOKALIKE + r")$)(?:était|étaient|étais|fut|furent|\p{L}{2,}èrent|"
                          r"(?!" + _FR_COND + r")\p{L}{2,}aient|"
                          r"(?!" + _FR_COND + r")(?!(?:sati|bien|mé|for|par|contre|sur|re)?fait$|souhait|lait$|trait$|portrait|extrait|"
                          r"retrait|attrait|abstrait|distrait)\p{L}{3,}ait)$"),
    "present": regex.compile(r"(?i)^(?:est|sont|suis|sommes|êtes|peut|peuvent|doit|doivent|fait|font|veut|veulent|"
                             r"va|vont|dit|disent|semble|semblent|reste|restent|\p{L}{3,}ent)$"),
}


# avoir + participle; with être only the verbs of motion and state that take it ("était venu"), since
# "était détesté" is a passive and "était pervertie" a state
_FR_AUX_PLUPERFECT = regex.compile(r"(?i)^(?:avais|avait|avions|aviez|avaient)$")
_FR_AUX_PLUPERFECT_ETRE = regex.compile(r"(?i)^(?:étais|était|étions|étiez|étaient)$")
_FR_ETRE_PP_TOK = regex.compile(rf"(?i)^{_FR_ETRE_VERBS}$")
# a past perfect or a reported past in the English makes a French pluperfect right; so does a word
# that sets the event before another past ("three months ago, she made" = "il y a trois mois, elle avait
# fait", "the thoughts he expressed months earlier"): English leaves the anteriority to the simple past
_EN_PERFECT = regex.compile(r"(?i)(?<![\p{L}])(?:had|hadn['’]t|\p{L}+['’]d|ago|earlier|previously|beforehand|"
                            r"formerly|prior\s+to|by\s+then|until\s+then|at\s+the\s+time)(?![\p{L}])")
_EN_SAID = regex.compile(r"(?i)^(?:said|told|explained|added|noted|wrote|claimed|insisted|admitted|recalled|testified|"
                         r"confirmed|denied|revealed|showed|suggested|acknowledged|complained|"
                         r"announced|reported|argued|thought|believed|knew|felt|realized|realised|learned|"
                         r"found|discovered|remembered|heard|saw|stated|declared|warned|replied)$")


def _fr_pluperfect(tokens: list[str], j: int) -> bool:
    """Whether French token ``j`` is part of a pluperfect ("avait déclaré", "était venu")."""
    skip = ("pas", "jamais", "déjà", "bien", "plus", "tout", "toujours", "encore", "n'", "ne")
    nxt = next((tokens[k] for k in range(j + 1, min(len(tokens), j + 3)) if tokens[k].lower() not in skip), "")
    prev = next((tokens[k] for k in range(j - 1, max(-1, j - 3), -1) if tokens[k].lower() not in skip), "")
    t = tokens[j]
    return bool((_FR_AUX_PLUPERFECT.match(t) and _FR_PP_TOK.match(nxt) and nxt.lower() != "été")
                or (_FR_PP_TOK.match(t) and t.lower() != "été" and _FR_AUX_PLUPERFECT.match(prev))
                or (_FR_AUX_PLUPERFECT_ETRE.match(t) and _FR_ETRE_PP_TOK.match(nxt))
                or (_FR_ETRE_PP_TOK.match(t) and _FR_AUX_PLUPERFECT_ETRE.match(prev)))


# the future in the past: after a reported past ("a déclaré que"), "allait + infinitive" is the French
# rendering of a reported "will" ("Monti said he will present" → "Monti a dit qu'il allait présenter")
_FR_REPORTED_PAST = regex.compile(
    r"(?i)(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:\p{L}+ment\s+|déjà\s+)?(?:dit|déclaré|affirmé|annoncé|assuré|"
    r"expliqué|indiqué|précisé|promis|estimé|averti|prévenu|répondu|écrit|confirmé|souligné|ajouté|jugé|"
    r"laissé\s+entendre|fait\s+savoir)(?:\s+\p{L}+){0,6}?\s+qu(?:e(?![\p{L}])|['’])")
_FR_ALLAIT = regex.compile(r"(?i)^(?:allait|allaient|allais|allions|alliez)$")
_FR_INFINITIVE = regex.compile(r"(?i)^\p{L}+(?:er|ir|re|oir)$")


def _fr_tense(tokens: list[str], j: int, text: str = "") -> str | None:
    """Tense of French token ``j`` in context: compound forms read from the auxiliary; "allait" +
    infinitive after a reported past is a future in the past."""
    t = tokens[j]
    nxt = next((tokens[k] for k in range(j + 1, min(len(tokens), j + 3)) if tokens[k].lower() not in
                ("pas", "jamais", "déjà", "bien", "plus", "tout", "toujours", "encore")), "")
    if text and _FR_ALLAIT.match(t) and _FR_INFINITIVE.match(nxt) and _FR_REPORTED_PAST.search(text):
        return "future"
    prev = next((tokens[k] for k in range(j - 1, max(-1, j - 3), -1) if tokens[k].lower() not in
                 ("pas", "jamais", "déjà", "bien", "plus", "tout", "toujours", "encore", "n'", "ne")), "")
    for aux, tense in ((_FR_AUX_PRESENT, "past"), (_FR_AUX_FUTURE, "future"), (_FR_AUX_PAST, "past")):
        if aux.match(t) and _FR_PP_TOK.match(nxt):
            return tense
        if _FR_PP_TOK.match(t) and aux.match(prev):
            return tense
    for tense in ("future", "past", "present"):
        if _FR_TOK[tense].match(t):
            return tense
    return None


def check_pair(ctx: Context) -> list[Finding]:
    """:func:`check`, plus, with an alignment, verb by verb: an English verb and the French verb
    linked to it in different tenses (past ↔ future, present → past: major; present → future,
    past → present: minor, these are ordinary translation choices as often as errors)."""
    found = check(ctx.en, ctx.fr)
    al = ctx.alignment
    if al is None or any(f.code == "tense.changed" for f in found):
        return found
    fr_toks = [ctx.fr[t.start : t.end] for t in al.fr_tokens]
    en_toks = [ctx.en[t.start : t.end].lower() for t in al.en_tokens]
    for lk in al.links:
        e = en_toks[lk.en]
        te = next((k for k, pat in _EN_TOK.items() if pat.match(e)), None)
        if lk.weight < 0.4:
            continue
        if te is None and regex.fullmatch(r"\p{L}{3,}[^s']s", e) and en_toks[lk.en - 1:lk.en] and \
                en_toks[lk.en - 1] not in _EN_DETERMINERS and _fr_tense(fr_toks, lk.fr) in ("future", "past"):
            te = "present"  # "begins" → "débutera": a third-person verb whose French counterpart is finite
        if te is None:
            continue
        if te == "past" and e not in _EN_FINITE_PAST and set(en_toks[max(0, lk.en - 3) : lk.en]) & _EN_BE_HAVE:
            continue  # a participle: "is expected", "has reached", "will not have thought"
        tf = _fr_tense(fr_toks, lk.fr, ctx.fr)
        if te == "past" and tf == "past" and e not in _EN_FINITE_PAST and _fr_pluperfect(fr_toks, lk.fr) \
                and not _EN_PERFECT.search(ctx.en) \
                and not any(_EN_SAID.match(w) or w == "that" for w in en_toks[: lk.en]) \
                and not set(en_toks[max(0, lk.en - 3) : lk.en]) & _EN_BE_HAVE:
            sp = al.fr_tokens[lk.fr]
            found.append(Finding("tense.changed", "major",
                                 f"“{e}” (a simple past) is rendered as a pluperfect: “{ctx.fr[sp.start : sp.end]}”",
                                 en_span=al.en_tokens[lk.en], fr_span=sp))
            break
        if tf is None or tf == te:
            continue
        severity = "major" if {te, tf} == {"past", "future"} else "minor"
        sp = al.fr_tokens[lk.fr]
        found.append(Finding("tense.changed", severity,  # type: ignore[arg-type]
                             f"“{e}” ({te}) is rendered in the {tf}: “{ctx.fr[sp.start : sp.end]}”",
                             en_span=al.en_tokens[lk.en], fr_span=sp))
        break
    return found


__all__ = ["check", "check_pair"]
