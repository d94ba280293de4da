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

_EN_POSSIBLE = regex.compile(r"(?i)(?<![\p{L}'])(?:may|might|could)(?![\p{L}])")
_EN_OBLIGATION = regex.compile(
    r"(?i)(?<![\p{L}'])(?:must|should|shouldn't|mustn't|ought\s+to)(?![\p{L}])"
)
_FR_MODAL = regex.compile(
    r"(?i)(?<![\p{L}])(?:p(?:eu[tx]|euv\p{L}*|ouv\p{L}*|ourr\p{L}*|uiss\p{L}*|u|eut-être)|d(?:oi[st]|oiv\p{L}*|ev\p{L}*|u)|"
    r"faut|faudr\p{L}*|fallait|fallu|nécessaire|obligé\p{L}*|possibles?|possibilité|risqu\p{L}*|éventuel\p{L}*|"
    r"susceptibles?|capables?|peut-être|probable\p{L}*|permet\p{L}*|impossible\p{L}*|incapables?|"
    r"\p{L}{2,}(?:rais|rait|raient|rions|riez))(?![\p{L}])"
)

_EN_PAST = regex.compile(
    r"(?i)(?<![\p{L}'])(?:was|were|wasn't|weren't|did|didn't|had|hadn't|yesterday|ago|said|told|added|explained|"
    r"announced|declared|wrote|stated|insisted|claimed|noted|tweeted|warned|replied|"
    r"ha(?:s|ve)(?:n't)?\s+(?:\p{L}+ly\s+)?(?:been|\p{L}+ed|said|made|done|gone|come|taken|given|told|seen|known|"
    r"found|won|lost|paid|sent|built|kept|held|brought|become|left|begun|written|spoken|met|led|felt|meant|put|"
    r"had|got|gotten)|"
    r"(?:I|you|he|she|it|we|they|who)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|said|went|came|made|took|gave|told|saw|knew|"
    r"thought|found|left|became|began|won|lost|paid|sent|built|kept|held|brought|bought|fell|rose|ran|wrote|"
    r"spoke|met|led|stood|felt|meant|got))(?![\p{L}])"
)
_EN_FUTURE = regex.compile(r"(?i)(?<![\p{L}])(?:will|won't|shall|\p{L}+'ll|going\s+to|gonna|tomorrow)(?![\p{L}])")
_EN_PRESENT = regex.compile(r"(?i)(?<![\p{L}'])(?:is|are|am|isn't|aren't|do|does|don't|doesn't)(?![\p{L}])")

_FR_PP = (r"(?:\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|eint|aint|ort)|été|eu|fait|dit|pris|"
          r"mis|vu|su|pu|dû|voulu|venu|né|mort)")
_FR_ETRE_VERBS = (r"(?:allée?s?|venue?s?|arrivée?s?|partie?s?|morte?s?|née?s?|devenue?s?|tombée?s?|restée?s?|"
                  r"entrée?s?|sortie?s?|revenue?s?|rentrée?s?|passée?s?|montée?s?|descendue?s?|retournée?s?)")
_FR_PAST = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:(?:ai|as|a|avons|avez|ont|avait|avaient|avais|eut|eurent)\s+(?:\p{{L}}+ment\s+|pas\s+|"
    rf"jamais\s+|déjà\s+|bien\s+|plus\s+|tout\s+){{0,2}}{_FR_PP}|"
    rf"(?:s['’]|se\s|me\s|m['’]|te\s|t['’]|nous\s|vous\s)(?:est|sont|suis|es|sommes|êtes|était|étaient)\s+{_FR_PP}|"
    rf"(?:est|sont|suis|es|sommes|êtes|était|étaient)\s+{_FR_ETRE_VERBS}|"
    r"était|étaient|étais|fut|furent|\p{L}{2,}èrent|hier)(?![\p{L}])"
)
_FR_FUTURE = regex.compile(
    r"(?i)(?<![\p{L}])(?:\p{L}{2,}(?:ront|rons|rez)|sera|seras|aura|auras|fera|feras|ira|pourra|devra|viendra|"
    r"faudra|verra|saura|voudra|\p{L}{3,}(?:era|eras|erai|irai|ira)|"
    r"(?:va|vont|vais|vas|allons|allez)\s+(?:\p{L}+\s+)?\p{L}+(?:er|ir|re|oir)|demain)(?![\p{L}])"
)
_FR_PRESENT = regex.compile(r"(?i)(?<![\p{L}])(?:est|sont|suis|sommes|êtes|fait|font|peut|peuvent|doit)(?![\p{L}])")


def _tense(text: str, lang: str) -> set[str]:
    past, future, present = (_EN_PAST, _EN_FUTURE, _EN_PRESENT) if lang == "en" else (_FR_PAST, _FR_FUTURE, _FR_PRESENT)
    found = {name for name, pat in (("past", past), ("future", future), ("present", present)) if pat.search(text)}
    return found


def _span(pattern: regex.Pattern[str], text: str) -> Span | None:
    m = pattern.search(text)
    return Span(m.start(), m.end()) if m else None


def check(en: str, fr: str) -> list[Finding]:
    out: list[Finding] = []
    fr_modal = _FR_MODAL.search(fr) is not None
    for pattern, what in ((_EN_POSSIBLE, "a possibility"), (_EN_OBLIGATION, "an obligation")):
        m = pattern.search(en)
        if m and not fr_modal:
            out.append(Finding("modality.changed", "major",
                               f"“{m.group()}” ({what}) is not rendered: the French asserts it", en_span=Span(*m.span())))
            break
    te, tf = _tense(en, "en"), _tense(fr, "fr")
    shift = None
    if te == {"past"} and tf == {"future"} or te == {"future"} and tf == {"past"}:
        shift = (next(iter(te)), next(iter(tf)))
    elif te == {"present"} and "past" in tf and not tf & {"present", "future"}:
        shift = ("present", "past")
    if shift:
        pat = _FR_PAST if shift[1] == "past" else _FR_FUTURE
        out.append(Finding("tense.changed", "major", f"the English is in the {shift[0]}, the French in the {shift[1]}",
                           fr_span=_span(pat, fr)))
    qe, qf = en.count("?"), fr.count("?")
    if qe and not qf:
        out.append(Finding("question.dropped", "major", "the English asks a question; the French states it",
                           en_span=Span(en.rindex("?"), en.rindex("?") + 1)))
    elif qf and not qe:
        out.append(Finding("question.added", "major", "the French asks a question the English does not",
                           fr_span=Span(fr.rindex("?"), fr.rindex("?") + 1)))
    return out


__all__ = ["check"]
