"""Intensity: hedges and intensifiers dropped or added.

A *hedge* softens a claim (maybe, probably, almost, reportedly, I think); an
*intensifier* hardens it (very, totally, absolutely). Each English word list
has its French counterparts; the check counts, per class, the words on each
side. When the English has hedges the French lacks, the claim became more
certain than the tweet (``major``); when the French adds intensifiers, the tone
was hardened (``major``). A dropped intensifier or an added hedge softens the
tweet (``minor``).

Codes: ``intensity.dropped``, ``intensity.added``. Ambiguous words are left
out on purpose (English "so", "too", "all", "about"; French "si", "bien",
"trop"), as are the negations (:mod:`.polarity`) and numbers.
"""

from __future__ import annotations

import regex

from ..lexicon import STOP_EN, STOP_FR
from ..types import Finding, Span
from .context import Context

RENDERED_LINK = 0.55


def _alternation(words: str) -> regex.Pattern[str]:
    items = sorted((w.replace("_", " ") for w in words.split()), key=len, reverse=True)
    body = "|".join(regex.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)
    # an item ending in an elision ("une sorte d'") is glued to the next word
    return regex.compile(rf"(?i)(?<![\p{{L}}'’-])(?:{body})(?:(?<=['’])|(?![\p{{L}}-]))")


_HEDGE = {
    "en": _alternation(
        "maybe perhaps possibly probably likely unlikely apparently seemingly reportedly allegedly supposedly "
        "presumably almost nearly approximately roughly kind_of sort_of i_think i_believe i_guess i_suppose "
        "it_seems seems seem seemed arguably somewhat partly"
    ),
    "fr": _alternation(
        "peut-être peut_être possiblement probablement probable probables vraisemblablement sans_doute apparemment "
        "semble-t-il semble semblent semblait sembler semblé semblerait sembleraient semblaient paraît-il il_paraît "
        "paraît paraissait paraissent parait-il parait_il parait paraissait prétendument présumé présumée présumés soi-disant supposément "
        "supposé supposée supposés presque presqu quasi quasiment près_de environ approximativement à_peu_près "
        "une_sorte_de une_espèce_de un_genre_de un_espèce_de une_sorte_d' une_espèce_d' un_genre_d' je_pense je_crois il_me_semble j'imagine je_suppose en_partie partiellement plutôt "
        "vers un_peu probabilité risque_de possible possibles improbable "
        "a_l'air ont_l'air avait_l'air avaient_l'air avoir_l'air failli faillit faillirent faillait "
        "présumément dit-on à_ce_qu'on_dit à_ce_qu'il_paraît selon_toute_vraisemblance selon_toute_probabilité "
        "je_trouve_que j'ai_l'impression à_mon_avis selon_moi"
    ),
}
# limiters and frequency words: "only 30 days", "sometimes fuzzy", "at least 15": often dropped, so minor
_LIMITER = {
    "en": _alternation(
        "only simply merely at_least at_most often sometimes usually largely mostly mainly partly "
        "primarily essentially nearly_all"
    ),
    "fr": _alternation(
        "seulement uniquement simplement juste ne_que n'_que au_moins au_plus souvent parfois quelquefois "
        "généralement habituellement largement principalement surtout essentiellement en_grande_partie "
        "notamment"
    ),
}
_INTENSIFIER = {
    "en": _alternation(
        "very really extremely totally completely absolutely incredibly highly deeply truly hugely massively "
        "utterly entirely fully strongly seriously terribly awfully super exceptionally particularly "
        "remarkably enormously tremendously insanely exceedingly immensely vastly starkly woefully desperately "
        "so_many so_much so_few so_little such_a definitely actually indeed bloody fucking freaking damn"
    ),
    "fr": _alternation(
        "très vraiment extrêmement totalement complètement absolument incroyablement hautement profondément "
        "réellement énormément massivement entièrement pleinement fortement sérieusement terriblement "
        "particulièrement vivement exceptionnellement remarquablement tellement ultra hyper super "
        "follement infiniment"
    ),
}


# "that kind of behaviour", "the same sort of president": a noun, not a hedge
_NOUN_KIND = regex.compile(
    r"(?i)(?<![\p{L}])(?:that|this|these|those|the|same|what|a|an|any|every|some|other|which|one|each|no|his|her|"
    r"their|its|our|my|your|new|different|right|wrong)\s+$")


# French forms that render an English hedge but are too common to count as an added one
# ("is likely to pass" → "devrait passer")
_HEDGE_RENDERING = _alternation("devrait devraient pourrait pourraient fort_à_parier voire")
# the French conditional of hearsay renders "apparently", "reportedly", "allegedly": "le vote aurait été
# de 45 voix" (the vote was apparently 45); counted when the English has such a hedge and fewer
# conditionals of its own ("would", "could", "might", "'d") than the French has
_EN_HEARSAY = _alternation("apparently reportedly allegedly supposedly purportedly seemingly")
_FR_HEARSAY_CONDITIONAL = _alternation("aurait auraient serait seraient")
_EN_CONDITIONAL = regex.compile(r"(?i)(?<![\p{L}])(?:would|could|might|should)(?![\p{L}])|['’]d(?![\p{L}])")
# English words that carry the degree a French intensifier spells out, not counted as intensifiers
# themselves (each absorbs one French intensifier of the listed forms): "especially" / "in particular"
# is "particulièrement"; "well below" is "très inférieur"; "a close friend" is "un très bon ami";
# an extreme adjective ("huge", "harsh", "tiny") is rendered "très" + a plain adjective
_INTENS_RENDERING = (
    (_alternation("especially specially in_particular"),
     regex.compile(r"(?i)(?:tout\s+)?(?:particulièrement|spécialement)")),
    (regex.compile(r"(?i)(?<![\p{L}])well\s+(?:below|above|over|under|ahead|behind|beyond|short|past|into|within)"
                   r"(?![\p{L}])"), regex.compile(r"(?i)très|bien|largement|nettement")),
    (regex.compile(r"(?i)(?<![\p{L}])(?:close|great|best|good)\s+(?:friend|friends|ally|allies)(?![\p{L}])"),
     regex.compile(r"(?i)très")),
    # "a major player" is "un acteur très important"; "the near future" is "un très proche avenir", "très
    # prochainement"; "well known", "well received" are "très connu", "très apprécié"
    # (not when the French has the word itself: "un acteur majeur")
    (regex.compile(r"(?i)(?<![\p{L}])major(?![\p{L}])"), regex.compile(r"(?i)très"),
     regex.compile(r"(?i)(?<![\p{L}])majeur(?:e|s|es)?(?![\p{L}])")),
    (regex.compile(r"(?i)(?<![\p{L}])near\s+(?:future|term)(?![\p{L}])"), regex.compile(r"(?i)très"),
     regex.compile(r"(?i)(?<![\p{L}])(?:proche\s+avenir|avenir\s+proche)(?![\p{L}])(?<!très\s+proche\s+avenir)")),
    (regex.compile(r"(?i)(?<![\p{L}])well[\s-]+(?:known|\p{L}+ed)(?![\p{L}])"), regex.compile(r"(?i)très"),
     regex.compile(r"(?i)(?<![\p{L}])bien[\s-]+(?:connu|\p{L}+[éiu])(?:e|s|es)?(?![\p{L}])")),
    # an English adjective of degree rendered by the French adverb made from it: "high risk" → "hautement
    # risqué", "a strong influence" → "fortement influencé", "a deep crisis" → "profondément en crise"
    (regex.compile(r"(?i)(?<![\p{L}])high(?:er|est)?(?![\p{L}])"), regex.compile(r"(?i)hautement")),
    (regex.compile(r"(?i)(?<![\p{L}])strong(?:er|est)?(?![\p{L}])"), regex.compile(r"(?i)fortement")),
    (regex.compile(r"(?i)(?<![\p{L}])deep(?:er|est)?(?![\p{L}])"), regex.compile(r"(?i)profondément")),
    (regex.compile(r"(?i)(?<![\p{L}])(?:heavy|heavier|heaviest)(?![\p{L}])"), regex.compile(r"(?i)fortement")),
    *((regex.compile(rf"(?i)(?<![\p{{L}}]){adj}(?![\p{{L}}])"), regex.compile(rf"(?i){adv}")) for adj, adv in (
        ("extreme", "extrêmement"), ("total", "totalement"), ("complete", "complètement"), ("absolute", "absolument"),
        ("serious", "sérieusement"), ("full", "pleinement"), ("entire", "entièrement"), ("real", "réellement"),
        ("true", "vraiment"), ("utter", "complètement|totalement"))),
    (_alternation(
        "huge enormous immense massive vast tiny minuscule harsh crucial vital ancient populous delighted thrilled "
        "terrified furious exhausted starving freezing boiling hilarious gorgeous stunning filthy distressing "
        "horrendous dreadful appalling excruciating overwhelming overjoyed devastating devastated"),
     regex.compile(r"(?i)très|extrêmement")),
)
# "vraiment" / "réellement" in a question asks whether something is so ("what does it really mean?",
# "de quoi s'agit-il vraiment ?"): it does not harden a claim
_FR_QUESTION_REALLY = regex.compile(r"(?i)vraiment|réellement")
_QUESTION_END = regex.compile(r"[^.!?…]*?\?")
# … or in a condition or under a doubt: "s'ils risquent vraiment de perdre" (actually), "je ne suis pas sûr
# qu'il ait vraiment refusé"
_DOUBT_BEFORE = regex.compile(r"(?i)(?:(?<![\p{L}])si\s|(?<![\p{L}])s['’]ils?\s|pas\s+sûre?s?\s+qu|doute\p{L}*\s+qu|"
                              r"(?<![\p{L}])(?:ne\s|n['’])\p{L}+\s+pas\s+qu)[^.!?;:]{0,60}$")


def _intensifier_renderings(en: str, fr: str, spans: list[Span], extra: int) -> list[Span]:
    """The French intensifier spans left once those rendering an English degree word
    (:data:`_INTENS_RENDERING`) or asking a question are taken out, at most ``extra`` of them."""
    out = list(spans)
    for sp in spans:
        if extra <= 0:
            break
        if _FR_QUESTION_REALLY.fullmatch(fr[sp.start : sp.end]) and (
                _QUESTION_END.match(fr, sp.end) or _DOUBT_BEFORE.search(fr[max(0, sp.start - 90) : sp.start])):
            out.remove(sp)
            extra -= 1
    for en_re, fr_re, *literal in _INTENS_RENDERING:
        if literal and literal[0].search(fr):
            continue  # the English word rendered by its own French word: it absorbs nothing
        for _ in en_re.finditer(en):
            if extra <= 0:
                return out
            hit = next((sp for sp in out if fr_re.fullmatch(fr[sp.start : sp.end])), None)
            if hit is not None:
                out.remove(hit)
                extra -= 1
    return out


# "urge" is rendered "inciter vivement", "exhorter", "recommander fortement": the adverb is part of the verb
_URGE = regex.compile(r"(?i)(?<![\p{L}])urg(?:e|es|ed|ing)(?![\p{L}])")


# "so" as an intensifier: after a copula ("it is so late", "you're so offended"), before an adverb in
# -ly or in "so … that" ("so effective that"); elsewhere "so" is a connective ("so I did")
_EN_SO = regex.compile(
    r"(?i)(?<=(?<![\p{L}])(?:is|are|was|were|be|been|being|am|seems?|seemed|looks?|looked|feels?|felt|gets?|got|"
    r"getting|becomes?|became|it['’]s|that['’]s|you['’]re|we['’]re|they['’]re|i['’]m|he['’]s|she['’]s)\s+)so"
    r"(?=\s+\p{L})|(?<![\p{L}])so(?=\s+\p{L}+ly(?![\p{L}])|\s+\p{L}+\s+that(?![\p{L}]))")
# emphatic "do": "people DO send", "prices do seem high" (rendered "vraiment", "effectivement")
_EN_EMPHATIC_DO = regex.compile(
    r"(?<![\p{L}])(?:DO|DOES|DID)(?=\s+(?!NOT)\p{L})|(?i:(?<=(?<![\p{L}])(?:i|you|we|they|he|she|it|\p{L}+s)\s+)"
    r"(?:do|does|did)(?=\s+(?:seem|look|feel|know|need|want|like|love|hate|care|think|believe|exist|matter|work|"
    r"help|mean)(?![\p{L}])))")
# a negated intensifier softens ("not very clever" = "pas très malin"): not counted
_NEGATED = {"en": regex.compile(r"(?i)(?<![\p{L}])(?:not|n['’]t|never)\s+$"),
            "fr": regex.compile(r"(?i)(?<![\p{L}])(?:pas|plus|jamais)\s+$")}
# French "super" before a noun is an adjective ("super article"); an intensifier after a copula
_FR_SUPER_ADJ = regex.compile(r"(?i)(?<![\p{L}])super$")
_FR_COPULA = regex.compile(r"(?i)(?<![\p{L}])(?:est|était|sont|suis|es|être|été|c['’]est|trop)\s+$")


def _found(pattern: regex.Pattern[str], text: str) -> list[Span]:
    lang = "en" if pattern is _INTENSIFIER["en"] else "fr" if pattern is _INTENSIFIER["fr"] else None
    out = [Span(m.start(), m.end()) for m in pattern.finditer(text)
           if not (m.group().lower().split()[0] in ("kind", "sort") and _NOUN_KIND.search(text[: m.start()]))]
    if lang is None:
        return out
    if lang == "en":
        out += [Span(m.start(), m.end()) for m in _EN_SO.finditer(text) if not any(s.start == m.start() for s in out)]
        out += [Span(m.start(), m.end()) for m in _EN_EMPHATIC_DO.finditer(text)]
        out.sort(key=lambda sp: sp.start)
    before = _NEGATED[lang]
    return [sp for sp in out if not before.search(text[max(0, sp.start - 12) : sp.start])
            and not (lang == "fr" and _FR_SUPER_ADJ.match(text[sp.start : sp.end])
                     and not _FR_COPULA.search(text[max(0, sp.start - 12) : sp.start]))]


def _linked(spans: list[Span], tokens: tuple[Span, ...], linked: dict[int, float]) -> list[bool]:
    """Whether each span holds a token linked with a weight of :data:`RENDERED_LINK` or more
    (``linked`` only holds links to content words of the other side)."""
    return [any(linked.get(i, 0.0) >= RENDERED_LINK for i, t in enumerate(tokens) if sp.start <= t.start < sp.end)
            for sp in spans]


def _content_links(ctx: Context, side: str) -> dict[int, float]:
    """Best link weight per token of ``side``, counting only links to content words of the other side."""
    al = ctx.alignment
    assert al is not None
    out: dict[int, float] = {}
    for lk in al.links:
        own, other = (lk.en, lk.fr) if side == "en" else (lk.fr, lk.en)
        sp = (al.fr_tokens if side == "en" else al.en_tokens)[other]
        word = (ctx.fr if side == "en" else ctx.en)[sp.start : sp.end].lower()
        if word in (STOP_FR if side == "en" else STOP_EN) or not word[:1].isalpha():
            continue
        out[own] = max(out.get(own, 0.0), lk.weight)
    return out


_WHAT = {("hedge", "en"): "the claim is more certain in the French", ("hedge", "fr"): "the claim is softened",
         ("intensifier", "en"): "the tone is softer", ("intensifier", "fr"): "the tone is hardened",
         ("limiter", "en"): "the French is less restrictive", ("limiter", "fr"): "the French is more restrictive"}


def check(en: str, fr: str, ctx: Context | None = None) -> list[Finding]:
    """Hedges, intensifiers and limiters by counts; with an alignment, a word strongly linked to a
    content word of the other side ("exceedingly" → "extrêmement", "likely" → "risque fort")
    counts as rendered."""
    al = ctx.alignment if ctx is not None else None
    out: list[Finding] = []
    for cls, table, dropped_sev, added_sev in (("hedge", _HEDGE, "major", "minor"),
                                               ("intensifier", _INTENSIFIER, "minor", "major"),
                                               ("limiter", _LIMITER, "minor", "minor")):
        e, f = _found(table["en"], en), _found(table["fr"], fr)
        if cls == "hedge" and len(e) > len(f):
            f = sorted(f + _found(_HEDGE_RENDERING, fr)[: len(e) - len(f)], key=lambda sp: sp.start)
        if cls == "hedge" and len(e) > len(f) and _EN_HEARSAY.search(en):
            conditionals = _found(_FR_HEARSAY_CONDITIONAL, fr)
            spare = len(conditionals) - len(_EN_CONDITIONAL.findall(en))
            hearsay = len(_EN_HEARSAY.findall(en))
            f = sorted(f + conditionals[: max(0, min(spare, hearsay, len(e) - len(f)))], key=lambda sp: sp.start)
        if cls == "intensifier" and _URGE.search(en):
            f = [sp for sp in f if fr[sp.start : sp.end].lower() not in ("vivement", "fortement")]
        if cls == "intensifier" and len(f) > len(e):
            f = _intensifier_renderings(en, fr, f, len(f) - len(e))
        if len(e) == len(f):
            continue
        side = "en" if len(e) > len(f) else "fr"
        spans, text, extra = (e, en, len(e) - len(f)) if side == "en" else (f, fr, len(f) - len(e))
        if al is not None and ctx is not None:
            tokens = al.en_tokens if side == "en" else al.fr_tokens
            spans = [sp for sp, ok in zip(spans, _linked(spans, tokens, _content_links(ctx, side)), strict=True)
                     if not ok]
        for sp in spans[:extra]:
            word = text[sp.start : sp.end]
            if side == "en":
                out.append(Finding("intensity.dropped", dropped_sev,  # type: ignore[arg-type]
                                   f"the {cls} “{word}” is not rendered: {_WHAT[cls, side]}", en_span=sp))
            else:
                out.append(Finding("intensity.added", added_sev,  # type: ignore[arg-type]
                                   f"the {cls} “{word}” is not in the English: {_WHAT[cls, side]}", fr_span=sp))
    return out


def check_pair(ctx: Context) -> list[Finding]:
    return check(ctx.en, ctx.fr, ctx)


__all__ = ["check", "check_pair"]
