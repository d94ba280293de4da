"""Polarity: negation dropped or added between the English and the French.

English negators: not, n't, never, no, none, nobody, nothing, nowhere,
neither, nor, without, cannot. French: ``ne``/``n'`` … pas, jamais, plus,
rien, personne, aucun(e), guère, nullement, nulle part; ``sans``, ``non``,
``ni``. A ``ne`` and its partner count once. When the English has more
negations than the French, one was *dropped*; fewer, one was *added*. Both are
critical: the rendering may say the opposite.

Codes: ``polarity.dropped``, ``polarity.added``.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..types import Finding, Span
from .context import Context

_EN = regex.compile(
    r"(?i)(?<![\p{L}])(?<![\p{L}]['’])(?:not|never|no|none|nobody|nothing|nowhere|neither|nor|without|cannot|"
    r"fail(?:s|ed|ing)?\s+to|unable|hardly|barely)(?![\p{L}'])"
    r"|n['’]t(?![\p{L}])"
)
# lexical negatives on the French side, the counterpart of "failed to", "unable"
_SANS_FIXED = regex.compile(
    r"(?i)[\s-]+(?:abris?|foyers?|domiciles?|emplois?|papiers|fil|doute|cesse|plus|précédents?|égal|pareil|"
    r"faute|conteste|arrêt|relâche|frontières|gêne|complexes?|gluten|alcool|plomb|contact|discernement|"
    r"aucun\s+doute|suite|oublier|solde|compter|parler\s+d\p{L}*|cesser|tarder)(?![\p{L}])"
)
_FR_LEXICAL = regex.compile(r"(?i)(?<![\p{L}])(?:échou\p{L}*\s+à|incapables?|à\s+peine)(?![\p{L}])")
_FR_NE = regex.compile(r"(?i)(?<![\p{L}])(?:ne\s|n['’])")
_FR_PARTNER = regex.compile(
    r"(?i)(?<![\p{L}])(?:pas|jamais|plus|rien|personne|aucune?|guère|nullement|nulle\s+part)(?![\p{L}])"
)
_FR_ALONE = regex.compile(
    r"(?i)(?<![\p{L}])(?<![\p{L}]['’](?=pas|non|ni))(?:sans|non(?=\s*[,.;:!?»)\-–—]|\s*$)|(?<=\b(?:et|ou|mais)\s+)non|ni|jamais|aucune?|"
    r"aucunement|rien|personne|pas)(?![\p{L}-])"
)
# "no longer", "not even", "not only … but": still one negation
_EN_NOT_NEG = regex.compile(
    r"(?i)\bnot\s+only\b|\bno\s+doubt\b|\bno\s+matter\b|\bnot\s+long\s+(?:after|before|ago)\b"
    r"|\bnot\s+unlike\b|\bnot\s+least\b|\bnot\s+without\b|\bor\s+not\b|\bnot\s+to\s+mention\b"
)
# French idioms that hold a negation word but no negation: "pas mal de", "qu'on le veuille ou non"
_FR_NOT_NEG = regex.compile(r"(?i)(?<![\p{L}])(?:pas\s+mal|ou\s+(?:non|pas)(?![\p{L}]))")
# comparative "ne": "plus Mexicains que je ne le pensais", "mieux qu'on ne le croit"
_EXPLETIVE_COMPARATIVE = regex.compile(
    r"(?i)(?<![\p{L}])(?:plus|moins|mieux|pire|autre|autrement|davantage)(?![\p{L}])[^.;!?]{0,60}"
    r"(?<![\p{L}])qu(?:e\s+|['’])(?:[\p{L}'’]+\s+){0,2}$"
)
# expletive ne: "avant qu'il ne fasse", "la peur que l'économie ne rentre" — no negation
_EXPLETIVE = regex.compile(
    r"(?i)(?:avant|peur|crainte|moins|crain\p{L}*|redout\p{L}*|empêch\p{L}*|éviter)\s+(?:\p{L}+\s+){0,2}qu[e'’][^.;!?]{0,40}$"
)


def negations(text: str, lang: str) -> list[Span]:
    """Spans of the negations of ``text``."""
    if lang == "en":
        skip = [Span(m.start(), m.end()) for m in _EN_NOT_NEG.finditer(text)]
        spans: list[Span] = []
        for m in _EN.finditer(text):
            if any(s.start <= m.start() < s.end for s in skip):
                continue
            if m.group().lower() == "nor" and spans and m.start() - spans[-1].end < 80:
                continue  # "neither … nor", "not … nor": the nor goes on with a negation already counted
            spans.append(Span(m.start(), m.end()))
        return spans
    out: list[Span] = []
    taken: set[int] = set()
    for m in _FR_NE.finditer(text):
        partner = _FR_PARTNER.search(text, m.end(), min(len(text), m.end() + 60))
        if partner is not None and partner.start() in taken:
            continue  # "ils ne bégayent … ou ne s'agitent pas": coordinated, one negation
        if partner is not None:
            out.append(Span(m.start(), partner.end()))
            taken.add(partner.start())
        elif _EXPLETIVE.search(text[max(0, m.start() - 80) : m.start()]) \
                or _EXPLETIVE_COMPARATIVE.search(text[max(0, m.start() - 90) : m.start()]):
            continue  # expletive ne: no negation
        elif regex.search(r"(?i)(?<![\p{L}])(?:personne|rien|aucune?|nul(?:le)?|jamais)(?:[\s,]+[\p{L}\p{N}'’-]+){0,7}[\s,]*$",
                          text[max(0, m.start() - 60) : m.start()]):
            continue  # "Personne n'est venu": the ne goes with the subject, counted below
        elif regex.search(r"(?<![\p{L}'’])qu(?:e\b|['’])", text[m.end() : m.end() + 60]) is None:
            out.append(Span(m.start(), m.end()))  # "ne … que" restricts, it does not negate
    for m in _FR_LEXICAL.finditer(text):
        out.append(Span(m.start(), m.end()))
    idioms = [Span(m.start(), m.end()) for m in _FR_NOT_NEG.finditer(text)]
    out = [s for s in out if not any(i.start <= s.start < i.end for i in idioms)]
    for m in _FR_ALONE.finditer(text):
        if m.start() in taken or any(s.start <= m.start() < s.end for s in out + idioms):
            continue
        word = m.group().lower()
        if word in ("aucun", "aucune", "rien", "personne", "jamais") and any(
                s.end <= m.start() and m.start() - s.end <= 25 and regex.match(r"(?i)ne\s|n['’]", text[s.start :])
                and not regex.search(r"(?i)(?<![\p{L}])(?:ne\s|n['’])", text[s.end : m.start()]) for s in out):
            continue  # "ne vous sert plus à rien", "ne … jamais rien": one negation with two words
        if word in ("aucun", "aucune", "rien", "personne", "jamais") and regex.search(
                r"(?i)(?<![\p{L}])ni\s+$", text[max(0, m.start() - 5) : m.start()]):
            continue  # "ni aucun gagnant": the ni already counts
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if word in ("pas", "personne") and regex.search(
            r"(?:\b(?:faux|un|le|la|ce|cette|du|au|premiers?|grands?|petits?|deux|quelques|mes|ses|leurs?|"
            r"chaque|une|toute|à|de|en)|pas\s+à)\s*$", before):
            continue  # a noun: "un faux pas", "la personne"
        if word == "jamais" and regex.search(
            r"(?:\bque|\bsi|\bplus|\bmoins|premi\p{L}+|meilleure?s?|seule?s?|pire|\bd['’])[^.;!?]{0,40}$",
            text[max(0, m.start() - 50) : m.start()].lower()):
            continue  # "ever": "plus forte que jamais", "le premier … jamais fabriqué"
        fixed = regex.match(_SANS_FIXED, text[m.end() :]) if word == "sans" else None
        if fixed:
            idioms.append(Span(m.start(), m.end() + fixed.end()))
            continue  # "sans foyer" (homeless), "sans doute" (probably), "sans suite": words, not negations
        if regex.match(r"(?i)non\s+seulement", text[m.start() :]):
            continue  # "non seulement" is "not only"
        if m.group().lower() == "ni" and any(m.start() - s.end < 80 for s in out):
            continue  # "ne … aucun … ni …": the ni goes on with a negation already counted
        prev = out[-1] if out else None
        if prev is not None and regex.fullmatch(r"(?i)sans\s*|ni\s*", text[prev.start : m.start()]):
            out[-1] = Span(prev.start, m.end())  # "sans aucun doute": one negation
            continue
        out.append(Span(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


def _weak(text: str, span: Span) -> bool:
    """A near-negation: "barely", "hardly", "almost nothing", "next to none"."""
    word = text[span.start : span.end].lower()
    return word in ("barely", "hardly") or regex.search(
        r"(?i)(?<![\p{L}])(?:almost|nearly|virtually|practically|next\s+to)\s+$", text[max(0, span.start - 20) : span.start]
    ) is not None


def check(en: str, fr: str) -> list[Finding]:
    ne, nf = negations(en, "en"), negations(fr, "fr")
    if len(ne) > len(nf):
        span = ne[len(nf)] if nf else ne[0]
        weak = all(_weak(en, s) for s in ne) and not nf
        return [Finding("polarity.dropped", "minor" if weak else "critical",
                        f"the English says {en[span.start:span.end]!r}; the rendering has "
                        f"{len(nf)} negation(s) for {len(ne)}: "
                        + ("a near-negation, the rendering may be close" if weak else "it may say the opposite"),
                        span, None)]
    if len(nf) > len(ne):
        span = nf[len(ne)] if ne else nf[0]
        return [Finding("polarity.added", "critical",
                        f"the rendering adds {fr[span.start:span.end]!r} ({len(nf)} negation(s) for "
                        f"{len(ne)} in the English): it may say the opposite", None, span)]
    return []


EXPLAINED_LINK = 0.5
# words that carry a negation in their form or meaning: a negation of the other side linked to one is rendered
_LEXNEG = {
    "en": regex.compile(r"(?i)^(?:(?:un|in|im|il|ir|dis|non|anti|mis)\p{L}{3,}|\p{L}{3,}less(?:ly|ness)?|few|little|"
                        r"hardly|barely|rarely|seldom|scarcely|lack\p{L}*|absen\p{L}*|fail\p{L}*|refus\p{L}*|"
                        r"den(?:y|ied|ies)|instead|rather|ban\p{L}*|avoid\p{L}*|prevent\p{L}*|doubt\p{L}*|"
                        r"free|only|just|but|except|neither|nor|either|any|ever|yet|until|till)$"),
    "fr": regex.compile(r"(?i)^(?:(?:in|im|il|ir|dé|dés|mé|non|anti|mal)\p{L}{3,}|peu|guère|manqu\p{L}*|absen\p{L}*|"
                        r"échec|échou\p{L}*|refus\p{L}*|évit\p{L}*|empêch\p{L}*|interdi\p{L}*|seul\p{L}*|"
                        r"que|qu['’]|sauf|hormis|libre|exempt\p{L}*|dépourvu\p{L}*|nul\p{L}*)$"),
}


# words whose form or meaning holds a negation, counted on the side with fewer explicit negations
_LEXICAL_NEG = {
    "en": regex.compile(
        r"(?i)(?<![\p{L}'])(?:un(?!der|til|ion|ite|iver|ique|it\b|less)\p{L}{4,}|non-?\p{L}{3,}|\p{L}{3,}less(?:ly|ness)?|"
        r"few|little|rarely|seldom|lack\p{L}*|fail\p{L}*|refus\p{L}*|den(?:y|ied|ies)|prohibit\p{L}*|ban(?:s|ned)?|"
        r"avoid\p{L}*|prevent\p{L}*|loath|impossible|inaccurat\p{L}*|incorrect\p{L}*|inappropriate|illegal\p{L}*|"
        r"invalid|dishonest|disagree\p{L}*|dislike\p{L}*|absent|absence|instead|rather\s+than|still|yet|"
        r"until|till|unless|neglect\p{L}*|ignor\p{L}*|omit\p{L}*|cease\p{L}*|stop(?:s|ped|ping)?|"
        r"anti-?\p{L}+|whether|otherwise|except|only)(?![\p{L}])"),
    "fr": regex.compile(
        r"(?i)(?<![\p{L}'’])(?:non-\p{L}+|peu|in(?:connu|capable|utile|juste|exact|correct|égal|acceptable|possible)\p{L}*|"
        r"impossible\p{L}*|illégal\p{L}*|malhonnête\p{L}*|absen\p{L}*|manqu\p{L}*|échou\p{L}*|refus\p{L}*|"
        r"interdi\p{L}*|évit\p{L}*|empêch\p{L}*|toujours|encore|seulement|uniquement|sinon|sauf|"
        r"désaccord|déplai\p{L}*|mal\p{L}*|hésit\p{L}*|arrêt\p{L}*|cess\p{L}*)(?![\p{L}])"),
}


def check_pair(ctx: Context) -> list[Finding]:
    """:func:`check`, then, with an alignment, an unmatched negation strongly linked to a word of the
    other side that carries a negation in its form or meaning counts as rendered lexically
    ("unshowy" → "non ostentatoire", "few" → "à peine", "failed to" → "n'a pas réussi")."""
    found = check(ctx.en, ctx.fr)
    al = ctx.alignment
    if not found or al is None:
        return found
    f = found[0]
    added = f.code == "polarity.added"
    own, other = (al.fr_tokens, al.en_tokens) if added else (al.en_tokens, al.fr_tokens)
    span = f.fr_span if added else f.en_span
    other_text, other_lang = (ctx.en, "en") if added else (ctx.fr, "fr")
    for lk in al.links:
        i, j = (lk.fr, lk.en) if added else (lk.en, lk.fr)
        t, o = own[i], other[j]
        if span is not None and span.start <= t.start < span.end and lk.weight >= EXPLAINED_LINK \
                and _LEXNEG[other_lang].match(other_text[o.start : o.end]):
            return []
    own_text, own_lang = (ctx.fr, "fr") if added else (ctx.en, "en")
    n_own, n_other = (len(negations(ctx.fr, "fr")), len(negations(ctx.en, "en")))
    if not added:
        n_own, n_other = n_other, n_own
    if n_own == 2 and n_other == 0:
        note = " (two negations that may cancel out: “I can't remember when I didn't” is “always”)"
        return [replace(f, severity="minor", message=f.message + note)]
    if span is not None:
        end = regex.search(r"[.!?…]|$", own_text[span.end :])
        if added and end is not None and own_text[span.end + end.start() : span.end + end.end()] == "?":
            note = " (in a question, which a negation often only makes rhetorical: “ne … pas ?”)"
            return [replace(f, severity="minor", message=f.message + note)]
        scope = own_text[span.start : span.end + 40]
        litotes = _LEXICAL_NEG[own_lang].search(scope)
        if litotes and not regex.search(r"[,.;:!?]", scope[: litotes.start()]):
            note = f" (with “{litotes.group()}” it is a double negative, which may say the same)"
            return [replace(f, severity="minor", message=f.message + note)]
    gap = abs(len(negations(ctx.en, "en")) - len(negations(ctx.fr, "fr")))
    lexical = _LEXICAL_NEG[other_lang].findall(other_text)
    if len(lexical) >= gap:
        note = f" (the {'English' if added else 'French'} has “{lexical[0]}”, which may carry it)"
        return [replace(f, severity="minor", message=f.message + note)]
    return found
