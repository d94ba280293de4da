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
    r"fail(?:s|ed|ing)?\s+to|unable|hardly|barely|"
    # the contractions of chat and comments, written without the apostrophe: "I dont", "Cant OWN"
    r"(?:do|does|did|is|are|was|were|could|would|should|have|has|had|must|need)nt|cant|wont|aint|dunno)(?![\p{L}'])"
    r"|n['’]t(?![\p{L}])"
)
# lexical negatives on the French side, the counterpart of "failed to", "unable"
_SANS_FIXED = regex.compile(
    r"(?i)[\s-]+(?:abris?|foyers?|domiciles?|emplois?|papiers|fil|doute|cesse|plus|précédents?|égal|pareil|"
    r"faute|conteste|arrêt|relâche|frontières|gêne|complexes?|gluten|alcool|plomb|contact|discernement|"
    r"aucun\s+doute|suite|oublier|solde|compter|parler\s+d\p{L}*|cesser|tarder|délai|exception|problèmes?|encombre)(?![\p{L}])"
)
# adverbial idioms that render a plain adverb ("sans ambages" = frankly, "sans hésiter" = readily, "sans
# peine" = easily) as often as a "without" ("without hesitation", "without restriction"): counted only
# when the English has a negation more to match
_SANS_SOFT = regex.compile(
    r"(?i)[\s-]+(?:ambages|détours?|équivoque|hésit\p{L}*|réserves?|attendre|peine|difficultés?|broncher|répit|"
    # the English "-less" adjectives, which carry no negation: spotless, flawless, endless, merciless, limitless
    r"taches?|failles?|fin|pitié|merci|limites?)(?![\p{L}])"
)
_FR_LEXICAL = regex.compile(r"(?i)(?<![\p{L}])(?:échou\p{L}*\s+à|incapables?|à\s+peine)(?![\p{L}])")
_FR_NE = regex.compile(r"(?i)(?<![\p{L}])(?:ne\s|n['’])")
_FR_PARTNER = regex.compile(
    r"(?i)(?<![\p{L}])(?:pas|jamais|(?<!(?:\bde|\bnon)\s+)plus|rien|personne|aucune?|guère|nullement|nulle\s+part)(?![\p{L}])"
)
# "ne" alone with these verbs is a full negation in written French: "ils ne peuvent être satisfaits"
_FR_BARE_NE_VERB = regex.compile(r"(?i)(?:ne\s+|n['’])(?:[mtsl]['’]|(?:me|te|se|le|la|les|lui|leur|nous|vous|en|y)\s+)?"
                                 r"(?:pou|peu|puis|pourr|sa[uvi]|sai|sach|os|cess)\p{L}*")
_FR_ALONE = regex.compile(
    r"(?i)(?<![\p{L}])(?<![\p{L}]['’](?=pas|non|ni))(?:sans|non(?=\s*[,.;:!?»)\-–—]|\s*$|\s+(?:qu|à\b))"
    r"|(?<=\b(?:et|ou|mais)\s+)non|ni|jamais|aucune?|"
    r"aucunement|rien|personne|pas)(?![\p{L}-])"
)
# "no longer", "not even", "not only … but": still one negation
_EN_NOT_NEG = regex.compile(
    r"(?i)\bnot\s+only\b|(?<!\b(?:is|are|was|were|be|been|being|has|have|had|there['’]s)\s+)\bno\s+doubt\b"
    r"|\bno\s+matter\b|\bnot\s+long\s+(?:after|before|ago)\b"
    r"|\bnot\s+unlike\b|\bnot\s+least\b|\bnot\s+without\b|\bor\s+not\b|\bnot\s+to\s+mention\b"
    # "why not" (a suggestion), "nothing but" (only), "me neither" / "neither am I" (agreement)
    r"|\bwhy\s+(?:on\s+earth\s+|the\s+hell\s+)?not\b|\bnothing\s+but\b|\bnone\s+other\s+than\b"
    r"|\bnothing\s+(?:short|less)\s+(?:of|than)\b|\bno-no\b|\bme\s+neither\b"
    # "nothing other than" (simply), "by no means least" (not least)
    r"|\bnothing\s+(?:other|else)\s+than\b|\b(?:by\s+no\s+means|but\s+not)\s+(?:the\s+)?least\b"
    r"|\b(?:neither|nor)\s+(?:am|are|is|do|does|did|have|has|had|can|could|will|would|was|were|should)\s+"
    r"(?:I|we|you|they|he|she|it)\s*(?:[.!?,;]|$)"
    # a tag question: "They beat each other, don't they?" = "n'est-ce pas ?"
    r"|(?:,\s*|\s+)(?:do|does|did|is|are|was|were|can|could|will|would|wo|have|has|had|should|must)n['’]t\s+"
    r"(?:I|we|you|they|he|she|it|there)\s*(?:\?|\.\.\.|…|$)"
    # "do without" (se passer de), "without delay" (sans tarder), "can't stop laughing" (keep)
    r"|\b(?:do|does|did|doing|done|go|goes|went|going|gone|manage|cope)\s+(?:(?:very|just|perfectly|quite)\s+)?"
    r"(?:(?:well|fine)\s+)?without\b|\bwithout\s+(?:delay|fail|(?:a|any|the\s+slightest)\s+doubt|doubt|question|exception|hesitat\p{L}*|"
    r"(?:any\s+)?(?:reservations?|difficulty|difficulties|problems?|trouble|a\s+hitch|respite))\b"
    r"|\bwith\s+no\s+(?:problems?|difficulty|trouble|hesitation|reservations?)\b"
    r"|(?:\bnot|n['’]t|\bnever)\s+stop(?:s|ped|ping)?\s+\p{L}+ing\b"
    r"|(?:\bnot|n['’]t|\bnever)\s+hesitat\p{L}*"  # "don't hesitate to" = "n'hésitez pas à": readily
    # a noun compound in no- ("a no-fly zone" = "une zone d'exclusion aérienne", "no-go", "no-win"), but not
    # "no-one" (nobody)
    r"|\bno-(?!one\b|body\b)(?=\p{L})\p{L}+"
    r"|(?:\bcannot|\bcan['’]t|\bcould(?:n['’]t|\s+not)|\bnot)\s+(?:be\s+)?(?:ruled\s+out|excluded)\b"
    # "two-speed, if not multi-speed," (or even; "si ce n'est"), "never-ending" (endless, "infini")
    r"|(?<=,\s{0,2})if\s+not\b(?=\s+(?:\p{L}+[\s-]+){0,2}\p{L}+\s*[,.;:!?)])|\bnever[\s-]+ending\b"
)
# the litotes "not far from" (near): a negation only when the French has one to match it ("pas loin de");
# "proche de", "près de" render it without one
# so are the turns of eagerness and full agreement: "can't wait" (vivement, j'ai hâte), "couldn't agree more"
# (tout à fait d'accord), "couldn't be happier", "can't thank you enough", and "not bad" (pas mal, bien)
_EN_NOT_FAR = regex.compile(
    r"(?i)(?:(?<![\p{L}])not\s+(?:too\s+|very\s+|so\s+)?far\s+(?:from|away)|(?<![\p{L}])not\s+bad"
    r"|(?<=\bca)n['’]?t(?=\s+wait\b)|(?<=\bcan)not(?=\s+wait\b)"
    r"|(?<=\bcould)(?:n['’]?t|\s+not)(?=\s+(?:agree\s+more|be\s+(?:happier|prouder|better|more\s+\p{L}+)))"
    r"|(?<=\bca)n['’]?t(?=\s+thank\s+\p{L}+\s+enough)|(?<=\bcan)not(?=\s+thank\s+\p{L}+\s+enough))(?![\p{L}])")
# French idioms that hold a negation word but no negation: "pas mal de", "qu'on le veuille ou non",
# "n'importe quoi" (anything), "n'est-ce pas", "il n'en reste pas moins" (still), "rien que" (only),
# "pourquoi pas", "il n'arrête pas de" (keeps), "trois fois rien"
_FR_NOT_NEG = regex.compile(
    r"(?i)(?<![\p{L}])(?:pas\s+mal|ou\s+(?:non|pas)(?![\p{L}])|n['’]importe\s+(?:qui|quoi|où|quand|comment|lequel|"
    r"laquelle|lesquel\p{L}*|quel\p{L}*)|n['’]est-ce\s+pas|(?<=,\s{0,3})pas\s+vrai(?![\p{L}])|(?<=,\s{0,3})non\s*\?"
    r"|(?:ne\s+|n['’])(?:[mtsl]['’]\s*)?en\s+(?:\p{L}+\s+){1,2}pas\s+moins|rien\s+que|trois\s+fois\s+rien"
    r"|(?:(?:ne\s+|n['’])(?:[\p{L}'’]+\s+){0,2})?rien\s+(?:d['’]autre|de\s+plus|de\s+moins)\s+qu(?:e(?![\p{L}])|['’])"
    r"|(?<=de\s+rien\s+)n['’]était"  # "comme si de rien n'était": one negation, the "rien"
    # "il n'est pas exclu que": a possibility (might), no negation; the English "can't be ruled out" likewise
    r"|(?:ne\s+|n['’])(?:\p{L}+\s+){0,2}pas\s+exclue?s?(?![\p{L}])"
    # "si ce n'est" (if not, or even: "à deux vitesses, si ce n'est à plusieurs"); "si ce n'est pour" (if not
    # for, without) keeps its negation, as the English does
    r"|si\s+ce\s+n['’]est(?:\s+pas)?(?!\s+(?:pour|grâce)(?![\p{L}]))"
    r"|(?:ne\s+|n['’])hésit\p{L}*\s+pas|pourquoi\s+(?:donc\s+)?pas|(?:(?:ne\s+|n['’])(?:\p{L}+\s+)?)?(?:pas\s+)?(?:arrêt|cess)\p{L}*\s+(?:pas\s+)?d(?:e\s|['’]))"
)
# an answer particle at the start of a sentence ("No, it is not", "Non ce n'est pas"): not counted
_ANSWER = {
    "en": regex.compile(r"(?i)(?:no|nope|nah)(?=\s*[,.!;:?\-–—](?!\s*one\b)|\s*$|\s+(?:it|I|that|this|you|we|they|he|"
                        r"she|there|the|not|sir|thanks|her|his|my|your|our|their)(?![\p{L}]))"),
    "fr": regex.compile(r"(?i)non(?!\s+(?:(?:seulement|plus|pas|à)(?![\p{L}])|qu))"),
}
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;,\"“”«»(\-–—]\s*)(?:@\S+\s*)*$")


def _answer(text: str, start: int, lang: str) -> bool:
    """Whether the word at ``start`` is an answer particle opening a sentence."""
    return _ANSWER[lang].match(text, start) is not None \
        and _SENTENCE_START.search(text[max(0, start - 40) : start]) is not None
# comparative "ne": "plus Mexicains que je ne le pensais", "mieux qu'on ne le croit"
_EXPLETIVE_COMPARATIVE = regex.compile(
    r"(?i)(?<![\p{L}])(?:plus|moins|mieux|pire|autre|autrement|davantage)(?![\p{L}])[^.;!?]{0,60}"
    r"(?<![\p{L}])qu(?:e\s+|['’])(?:[\p{L}'’]+\s+){0,2}$"
)
_SANS_QUE = regex.compile(r"(?i)(?<![\p{L}])sans\s+qu(?:e\s|['’])[^.;!?]{0,40}$")
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
            if any(s.start <= m.start() < s.end for s in skip) or _answer(text, m.start(), "en"):
                continue
            if m.group().lower() == "nor" and spans and m.start() - spans[-1].end < 80:
                continue  # "neither … nor", "not … nor": the nor goes on with a negation already counted
            spans.append(Span(m.start(), m.end()))
        return spans
    out: list[Span] = []
    subject_ne: list[Span] = []  # "personne ne …": the ne of a negative subject, counted with the subject
    taken: set[int] = set()
    idioms = [Span(m.start(), m.end()) for m in _FR_NOT_NEG.finditer(text)]
    for m in _FR_NE.finditer(text):
        if any(i.start <= m.start() < i.end for i in idioms):
            continue  # "n'importe quoi, c'est même pas …": the idiom's n' takes no partner
        partner = _FR_PARTNER.search(text, m.end(), min(len(text), m.end() + 60))
        bare = _FR_BARE_NE_VERB.match(text, m.start())
        if _SANS_QUE.search(text[max(0, m.start() - 60) : m.start()]) or (
                partner is not None and partner.group().lower() in ("rien", "personne", "aucun", "aucune")
                and _EXPLETIVE.search(text[max(0, m.start() - 80) : m.start()])):
            if partner is not None:
                taken.add(partner.start())
            continue  # "sans que cela n'amène aucun profit", "avant que quiconque ne remarque rien": the ne is
            # expletive, the aucun (rien) is "any" ("anything")
        if partner is not None and partner.group().lower() == "plus" \
                and regex.match(r"\s+(?:tard|tôt)(?![\p{L}])", text[partner.end() :]) \
                and _EXPLETIVE.search(text[max(0, m.start() - 80) : m.start()]):
            partner = None  # "avant que Galilée ne l'utilisât un an plus tard": expletive ne, "plus tard"
        if partner is not None and regex.search(r"(?i)(?<![\p{L}])qu(?:e(?![\p{L}])|['’])", text[m.end() : partner.start()]):
            partner = None  # "n'en sera que plus respectée": ne … que restricts, the plus is "more"
        if partner is not None and bare is not None and _FR_NE.search(text, m.end(), partner.start()):
            partner = None  # "ils ne peuvent être … qu'ils ne sont pas": the pas belongs to the next ne
        if partner is not None and partner.start() in taken:
            continue  # "ils ne bégayent … ou ne s'agitent pas": coordinated, one negation
        lead = max(0, m.start() - 80)
        subject = regex.search(r"(?i)(?<![\p{L}])(?<!(?:la|une|cette|chaque|toute|de|du|les)\s+)"
                               r"(personne|rien|aucune?|(nul(?:le)?)|jamais|(?<=^\s*|[.!?;:«\"]\s*)pas\s+une?(?:\s+seule?)?)(?:[\s,.]+[\p{L}\p{N}'’-]+){0,10}[\s,]*$",
                               text[lead : m.start()])
        if subject is not None and (lead + subject.start(1) in taken
                                    or any(s.start <= lead + subject.start(1) < s.end for s in out)):
            subject = None  # "ne sera jamais assez bon, nos liens … ne seront": that jamais is a partner
        if partner is not None and subject is not None and not subject.group(2) \
                and partner.group().lower() not in ("pas", "personne") \
                and not _FR_NE.search(text, m.end(), partner.start()) \
                and not _FR_NE.match(text, partner.end() + 1):
            subject_ne.append(Span(m.start(), m.end()))
            taken.add(partner.start())
            continue  # "personne ne sait rien", "rien ne va plus": one negation, the subject's
        if partner is not None:
            out.append(Span(m.start(), partner.end()))
            taken.add(partner.start())
        elif _EXPLETIVE.search(text[max(0, m.start() - 80) : m.start()]) \
                or _EXPLETIVE_COMPARATIVE.search(text[max(0, m.start() - 90) : m.start()]):
            continue  # expletive ne: no negation
        elif subject is not None and not subject.group(2):
            subject_ne.append(Span(m.start(), m.end()))
            continue  # "Personne n'est venu", "rien ne pourra": the ne goes with the subject, counted below
        elif bare is not None and not regex.match(r"\s+(?:(?!\p{L}+(?:er|ir|re|oir)\s)\p{L}+\s+)?qu(?:e(?![\p{L}])|['’])",
                                                  text[bare.end() :]):  # "ne peut nier que" is a negation
            out.append(Span(m.start(), bare.end()))  # "ils ne peuvent être satisfaits", "nul ne peut nier"
        elif bare is not None:
            continue  # "ne peut que signifier": a restriction ("can only"), not a negation
        elif subject is not None:
            out.append(Span(m.start(), m.end()))  # "nul n'est censé": nul is not counted on its own
        elif regex.search(r"(?<![\p{L}'’])qu(?:e\b|['’])", text[m.end() : m.end() + 60]) is None:
            out.append(Span(m.start(), m.end()))  # "ne … que" restricts, it does not negate
    for m in _FR_LEXICAL.finditer(text):
        out.append(Span(m.start(), m.end()))
    out = [s for s in out if not any(i.start <= s.start < i.end for i in idioms)]
    for m in _FR_ALONE.finditer(text):
        if m.start() in taken or any(s.start <= m.start() < s.end for s in out + idioms):
            continue
        word = m.group().lower()
        if word == "non" and _answer(text, m.start(), "fr"):
            continue  # "Non, …": an answer particle, like the English "No,"
        if word in ("aucun", "aucune", "rien", "personne", "jamais") and any(
                s.end <= m.start() and m.start() - s.end <= 25 and regex.match(r"(?i)ne\s|n['’]", text[s.start :])
                and not regex.search(r"(?i)(?<![\p{L}])(?:ne\s|n['’])|[.!?;:]", text[s.end : m.start()])
                for s in out + subject_ne):
            continue  # "ne vous sert plus à rien", "personne ne sait rien": one negation with two words (one sentence)
        if word in ("aucun", "aucune", "rien", "personne", "jamais") and regex.search(
                r"(?i)(?<![\p{L}])ni\s+$", text[max(0, m.start() - 5) : m.start()]):
            continue  # "ni aucun gagnant": the ni already counts
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if word == "personne" and not regex.search(r"(?i)(?<![\p{L}])(?:ne\s|n['’])",
                                                   text[max(0, m.start() - 40) : m.end() + 30]) \
                and not regex.match(r"\s*[.!?…]", text[m.end() :]):
            continue  # "la plus vieille personne": a noun; the pronoun goes with ne or stands alone ("Personne.")
        if word in ("pas", "personne") and regex.search(
            r"(?:\b(?:faux|un|le|la|ce|cette|du|au|premiers?|grands?|petits?|deux|quelques|mes|ses|leurs?|"
            r"chaque|une|toute|à|de|en|seule?|bonnes?|jeunes?|vieilles?|certaines?|dernières?|"
            r"premières?|moindre|telle)|pas\s+à)\s*$", before):
            continue  # a noun: "un faux pas", "la personne"
        if word == "jamais" and regex.search(
            r"(?:\bque|\bsi|\bplus|\bmoins|premi\p{L}+|meilleure?s?|seule?s?|pire|\bd['’])[^.;!?]{0,40}$",
            text[max(0, m.start() - 50) : m.start()].lower()) \
                and not regex.search(r"(?i)(?<![\p{L}])plus\s+$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "ever": "plus forte que jamais", "le premier … jamais fabriqué"
        fixed = (regex.match(_SANS_FIXED, text[m.end() :]) or regex.match(_SANS_SOFT, text[m.end() :])) \
            if word == "sans" else None
        if fixed:
            idioms.append(Span(m.start(), m.end() + fixed.end()))
            continue  # "sans foyer" (homeless), "sans doute" (probably), "sans suite": words, not negations
        if regex.match(r"(?i)non\s+seulement", text[m.start() :]):
            continue  # "non seulement" is "not only"
        if m.group().lower() == "ni" and any(m.start() - s.end < 80 for s in out):
            continue  # "ne … aucun … ni …": the ni goes on with a negation already counted
        prev = out[-1] if out else None
        if prev is not None and regex.fullmatch(r"(?i)sans\s*|ni\s*|non[\s,]*", text[prev.start : m.start()]):
            out[-1] = Span(prev.start, m.end())  # "sans aucun doute", "non pas": one negation
            continue
        out.append(Span(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


def _weak(text: str, span: Span) -> bool:
    """A near-negation: "barely", "hardly", "à peine", "almost nothing", "presque rien"."""
    word = regex.sub(r"\s+", " ", text[span.start : span.end].lower())
    return word in ("barely", "hardly", "à peine") or regex.search(
        r"(?i)(?<![\p{L}])(?:almost|nearly|virtually|practically|next\s+to|presque|quasiment|pratiquement)\s+$",
        text[max(0, span.start - 20) : span.start]
    ) is not None


_OPENING_NO = {"en": regex.compile(r"(?i)[\s\"“«'‘(]*no(?![\p{L}])"), "fr": regex.compile(r"(?i)[\s\"“«'‘(]*non(?![\p{L}])")}


def _soft_sans(fr: str) -> list[Span]:
    """The "sans" of the adverbial idioms of :data:`_SANS_SOFT`."""
    return [Span(m.start(), m.end()) for m in regex.finditer(r"(?i)(?<![\p{L}'’])sans(?=" + _SANS_SOFT.pattern[4:] + ")",
                                                              fr)]


_NEITHER_NOR = regex.compile(r"(?i)(?<![\p{L}])neither(?![\p{L}])[^.;!?]{1,80}?(?<![\p{L}])nor(?![\p{L}])")


def _neither_nor(en: str) -> int:
    """How many "neither … nor" the English has: one negation counted, which a rendering may spell
    out as two ("ni … ni" counts one, "n'est pas … n'est pas" two)."""
    return sum(1 for m in _NEITHER_NOR.finditer(en) if not _EN_NOT_NEG.search(m.group()))


def check(en: str, fr: str) -> list[Finding]:
    ne, nf = negations(en, "en"), negations(fr, "fr")
    if len(ne) > len(nf):
        nf = sorted(nf + _soft_sans(fr)[: len(ne) - len(nf)], key=lambda sp: sp.start)
    if len(ne) > len(nf):
        litotes = [sp for sp in ne if _EN_NOT_FAR.match(en, sp.start)][: len(ne) - len(nf)]
        ne = [sp for sp in ne if sp not in litotes]
    opening = _OPENING_NO["en"].match(en)
    if len(ne) > len(nf) and opening and ne[0].end == opening.end() and _OPENING_NO["fr"].match(fr) \
            and not any(s.start < 8 for s in nf):
        ne = ne[1:]  # "No Marine is not right" / "Non Marine n'a pas raison": the opening answer, without its comma
    if len(ne) > len(nf):
        span = ne[len(nf)] if nf else ne[0]
        weak = all(_weak(en, s) for s in ne) and not nf
        return [Finding("polarity.dropped", "minor" if weak else "critical",
                        f"the English says {en[span.start:span.end]!r}; the rendering has "
                        f"{len(nf)} negation(s) for {len(ne)}: "
                        + ("a near-negation, the rendering may be close" if weak else "it may say the opposite"),
                        span, None)]
    if len(ne) < len(nf) <= len(ne) + _neither_nor(en):
        nf = nf[: len(ne)]  # "neither unique nor the best" → "n'est pas unique, n'est pas la meilleure": two negations
    if len(nf) > len(ne):
        span = nf[len(ne)] if ne else nf[0]
        weak = all(_weak(fr, s) for s in nf) and not ne
        return [Finding("polarity.added", "minor" if weak else "critical",
                        f"the rendering adds {fr[span.start:span.end]!r} ({len(nf)} negation(s) for "
                        f"{len(ne)} in the English): "
                        + ("a near-negation, the rendering may be close" if weak else "it may say the opposite"),
                        None, span)]
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
        r"anti-?\p{L}+|whether|otherwise|except|only|zero|forg[eo]t\p{L}*|too\s+(?:\p{L}+\s+){1,2}to|"
        r"less\s+than(?!\s+(?:\p{N}|a\s|an\s|one|two|three|half))|\p{L}{3,}-free|free\s+of|"
        r"(?:tax|duty|fee|cost|risk|toll|debt|crime|sugar|gluten|smoke|hands|care)\s+free|difficult\p{L}*|"
        r"hard(?:er)?\s+to|less\s+(?!than)\p{L}+|exempt\p{L}*|"
        # the privative dis-: "disregarding" = "sans tenir compte", "disappeared" = "n'est plus là"
        r"dis(?:regard|approv|obey|allow|connect|continu|qualif|abl|arm|appear|pleas|trust|belie|loyal|organi[sz]|"
        r"satisf|interest|unit|respect|credit|honou?r|own)\p{L}*|unpaid|short-lived|"
        # "declined to comment" = "n'a pas souhaité commenter", "kept silent" = "n'a rien dit", "remember to"
        # = "n'oubliez pas de" ("cheap" and "far from" are left out: "pas cher" renders the one and "pas
        # bon marché" says its opposite; "far from stupid" is "pas du tout stupide", "far from the river" is
        # not "pas loin de la rivière")
        r"declin(?:e|es|ed|ing)\s+to|silen(?:t|ce|tly)|kept\s+quiet|"
        r"remember\s+to)(?![\p{L}])"),
    "fr": regex.compile(
        r"(?i)(?<![\p{L}'’])(?:non-\p{L}+|peu|in(?:connu|capable|utile|juste|exact|correct|égal|acceptable|possible)\p{L}*|"
        r"impossible\p{L}*|illégal\p{L}*|malhonnête\p{L}*|absen\p{L}*|manqu\p{L}*|échou\p{L}*|refus\p{L}*|"
        r"interdi\p{L}*|évit\p{L}*|empêch\p{L}*|toujours|encore|seulement|uniquement|sinon|sauf|"
        r"désaccord|déplai\p{L}*|mal\p{L}*|hésit\p{L}*|arrêt\p{L}*|cess\p{L}*|oubli\p{L}*|"
        r"fout(?:re|s|t|ent|ait|aient)?|fiche(?:nt|s|r)?|difficile\p{L}*|exempt\p{L}*|"
        # "do not know" = "ignorer", "not often" = "rarement", "not have" = "être privé de"
        r"ignor\p{L}*|rarement|priv(?:é|ée|és|ées|er|ant)|incompris\p{L}*|insuffisant\p{L}*|orphelin\p{L}*|"
        # "ça ne vous dérange pas", "cela ne me gêne pas" (you are fine with it)
        r"dérang\p{L}*|gên(?:e|es|ent|er|ait|aient))(?![\p{L}])"),
}


# "not correct" = "faux", "pas terrible" = "poor", "not all bad" = "bon": a negated judgement renders
# the opposite judgement
_JUDGEMENT = {
    ("en", True): "true|right|correct|accurate|good|great|fair|ok|okay|nice",
    ("fr", True): "vrai|vraie|correcte?|exacte?|juste|bon|bonne|terribles?|génial|fameux|top|glorieux",
    ("en", False): "wrong|false|untrue|incorrect|inaccurate|bad|poor|lousy|rubbish|awful|unfair",
    ("fr", False): "faux|fausse|fausses|erronée?s?|inexacte?s?|mauvaise?s?|nulle?s?|médiocres?|injustes?",
}
_JUDGED = {k: regex.compile(rf"(?i)(?:\W+\p{{L}}+){{0,2}}?\W+(?:{v})(?![\p{{L}}])") for k, v in _JUDGEMENT.items()}
_JUDGEMENT_WORD = {k: regex.compile(rf"(?i)(?<![\p{{L}}])(?:{v})(?![\p{{L}}])") for k, v in _JUDGEMENT.items()}


def _negated_judgement(own: str, own_lang: str, span: Span, other: str, other_lang: str) -> str | None:
    """The other side's word when the negation at ``span`` negates a judgement the other side renders
    by its opposite ("not correct" / "faux"), else ``None``."""
    for positive in (True, False):
        if _JUDGED[own_lang, positive].match(own, span.end):
            opposite = _JUDGEMENT_WORD[other_lang, not positive].search(other)
            if opposite:
                return opposite.group()
    return None


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
        opposite = _negated_judgement(own_text, own_lang, span, other_text, other_lang)
        if opposite:
            note = f" (a negated judgement, which may render “{opposite}”)"
            return [replace(f, severity="minor", message=f.message + note)]
        from .antonyms import negated_opposite  # antonyms reads the negations of this module

        pair = negated_opposite(own_text, own_lang, span, other_text)
        if pair:
            note = f" (“{pair[0]}” negated says “{pair[1]}”: the opposite word, negated, may say the same)"
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
