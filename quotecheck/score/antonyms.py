"""Antonyms: the French says the opposite word ("rise" → "baisse", "won" → "perdu").

A bilingual table of opposite concepts written for quotecheck: each concept
has English and French word stems. When the English has words of one pole and
none of the other, and the French has words of the other pole and none of the
first, the rendering turned the meaning around: ``polarity.antonym``
(critical). Requiring the *absence* of the first pole in the French keeps
renderings that merely restructure ("prices fell" → "la baisse des prix") out.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..types import Finding, Span
from .context import Context
from .polarity import negations

# (English pole A, French pole A, English pole B, French pole B); stems end with * for any ending
_TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("increas* rise rises rising rose risen grow* grew soar* climb* surg*",
     "augment* hausse* croissance croît croître accroiss* accru* monté* grimp* envol*",
     "decreas* fall falls falling fell fallen declin* drop drops dropped dropping shrink* shrank plung* slump*",
     "diminu* baisse* baissé* recul* chute* chuté* chuter déclin* réduction* effondr* dégringol*"),
    ("win wins winning won victor* triumph*", "gagn* victoire* remport* vainqu* triomph*",
     "lose loses losing lost defeat* loser*", "perd* perdu* défaite* vaincu* perdant*"),
    ("better best improv*", "meilleur* mieux amélior*", "worse worst worsen* deteriorat*", "pire* pis aggrav* détérior*"),
    ("accept* approv* agree agreed agrees", "accept* approuv* approbation",
     "reject* refus* disapprov*", "rejet* rejeté* rejeter refus* désapprouv*"),
    ("open opens opened opening", "ouvr* ouvert*", "close closes closed closing shut*", "ferm*"),
    ("rich richer richest wealthy", "riche* fortuné*", "poor poorer poorest", "pauvre*"),
    ("strong stronger strongest", "fort forte forts fortes puissant*", "weak weaker weakest", "faible*"),
    ("success* succeed*", "succès réussi* réussite*", "failure* failed fail fails", "échec* échou*"),
    ("true", "vrai vraie vrais vraies", "false fake", "faux fausse fausses"),
    ("easy easier easiest easily", "facile* aisé*", "difficult hard harder hardest tough tougher toughest challenging",
     "difficile* dur dure durs dures ardu*"),
    ("legal", "légal légale légaux légales", "illegal", "illégal*"),
    ("love loves loved likes liked", "aim* ador*", "hate hates hated", "détest* hai* haï*"),
    ("support supports supported supporting", "soutien* soutient soutenu* appui* appuy*",
     "oppos*", "oppos*"),
    ("allow* permit* authoriz* authoris*", "autoris* permet* permis*", "ban bans banned forbid* prohibit*",
     "interdi* prohib*"),
    ("buy buys bought buying", "achet* achat*", "sell sells sold selling", "vend* vente*"),
    ("happy happier", "heureux heureuse* content* ravi*", "sad unhappy", "triste* malheureu*"),
    ("large big bigger biggest larger largest huge", "grand grande grands grandes gros grosse* énorme*",
     "small smaller smallest little tiny", "petit* minuscule*"),
    ("early earlier", "tôt", "late later", "tard"),
    ("friend*", "ami amie amis amies amical*", "enem*", "ennemi*"),
    ("guilty", "coupable*", "innocent*", "innocent*"),
    ("safe safer safest", "sûr sûre sûrs sûres sécurité", "dangerous unsafe", "dangereu*"),
    ("high higher highest", "haut haute hauts hautes élevé* supérieur*", "low lower lowest", "bas basse basses faible* inférieur*"),
    (("more most larger largest bigger biggest higher highest greater greatest stronger strongest stricter strictest "
      "longer longest faster fastest richer richest"), "plus davantage", "less least fewer fewest", "moins"),
    ("long longer longest lengthy extended", "long longue longs longues longtemps", "short shorter shortest brief",
     "court courte courts courtes bref brève"),
    ("new newer newest", "nouveau nouvel nouvelle nouveaux nouvelles neuf neuve récent*", "old older oldest former",
     "ancien* vieux vieille* vieil"),
    ("positive* favorabl*", "positi* favorable*", "negative* adverse*", "négati* défavorable*"),
    ("before pre-*", "avant", "after post-*", "après"),
    ("first", "premier première premiers premières", "last", "dernier dernière derniers dernières"),
    ("start* begin* began begun", "commenc* début* démarr*", "end ends ended ending stop* finish*", "termin* arrêt* achev* fin"),
    ("include* including", "inclu* compris", "exclud* excluding", "exclu*"),
    ("import imports imported", "import*", "export exports exported", "export*"),
    ("full", "plein pleine pleins pleines", "empty", "vide*"),
    ("peace", "paix", "war wars", "guerre*"),
    ("right correct", "raison correct* exact*", "wrong incorrect mistaken", "tort faux fausse erron* inexact*"),
    ("truth truthful honest*", "vérité véridique* honnête*", "lie lies lied lying liar* dishonest*",
     "mens* mensonge* malhonnête*"),
    ("present", "présent* là", "absent*", "absent*"),
)


def _pattern(words: str) -> regex.Pattern[str]:
    parts = [regex.escape(w[:-1]) + r"\p{L}*" if w.endswith("*") else regex.escape(w) for w in words.split()]
    return regex.compile(rf"(?i)(?<![\p{{L}}'-])(?:{'|'.join(parts)})(?![\p{{L}}-])")


_COMPILED = tuple(tuple(_pattern(w) for w in row) for row in _TABLE)


def _negated(text: str, lang: str, at: int) -> bool:
    """Whether a negation of ``text`` covers or closely precedes position ``at`` ("n'a pas réussi")."""
    return any(s.end <= at and at - s.end <= 12 for s in negations(text, lang))


# uses of a table word that are not the concept: "a little" (un peu), "at least", "first of all"
_EN_NOT_CONCEPT = regex.compile(r"(?i)\ba\s+little\b|\bat\s+(?:least|last|first)\b|\bmore\s+or\s+less\b"
                                r"|\bfirst\s+of\s+all\b|\blast\s+but\s+not\s+least\b|\bsooner\s+or\s+later\b")


def _search(pattern: regex.Pattern[str], text: str, skip: list[tuple[int, int]]) -> regex.Match[str] | None:
    for m in pattern.finditer(text):
        if not any(a <= m.start() < b for a, b in skip):
            return m
    return None


def check(en: str, fr: str) -> list[Finding]:
    return _candidates(en, fr)[:1]


def _candidates(en: str, fr: str) -> list[Finding]:
    out: list[Finding] = []
    skip = [m.span() for m in _EN_NOT_CONCEPT.finditer(en)]
    for en_a, fr_a, en_b, fr_b in _COMPILED:
        for e_from, e_to, f_from, f_to in ((en_a, en_b, fr_a, fr_b), (en_b, en_a, fr_b, fr_a)):
            m_en = _search(e_from, en, skip)
            if m_en is None or _search(e_to, en, skip) or f_from.search(fr):
                continue
            m_fr = f_to.search(fr)
            if m_fr is not None and _negated(fr, "fr", m_fr.start()) != _negated(en, "en", m_en.start()):
                continue  # "failed" → "n'a pas réussi": the opposite word, negated, says the same
            if m_fr is not None and e_from.pattern != e_to.pattern:
                out.append(Finding("polarity.antonym", "critical",
                                   f"“{m_en.group()}” became “{m_fr.group()}”: the French says the opposite",
                                   Span(*m_en.span()), Span(*m_fr.span())))
    return out


_NEXT_WORDS = regex.compile(r"(?:[\s,]*[\p{L}'’-]+){1,4}")


def negated_opposite(own: str, own_lang: str, span: Span, other: str) -> tuple[str, str] | None:
    """The negated word and the other side's word when the negation at ``span`` of ``own`` governs a word
    (within a few words after it) whose opposite the other side has, not negated there: "rejected" →
    "n'a pas accepté", "closed" → "n'est pas ouvert", "not open" → "fermé". Else ``None``."""
    lang_other = "en" if own_lang == "fr" else "fr"
    after = _NEXT_WORDS.match(own, span.end)
    scope = own[span.start: after.end() if after else span.end]
    own_col, other_col = (1, 0) if own_lang == "fr" else (0, 1)
    for row in _COMPILED:
        for a, b in ((0, 2), (2, 0)):  # own pole a (negated) against the other side's pole b
            m_own = row[a + own_col].search(scope)
            if m_own is None:
                continue
            for m_other in row[b + other_col].finditer(other):
                if row[a + other_col].search(other) is None and not _negated(other, lang_other, m_other.start()):
                    return m_own.group(), m_other.group()
    return None


RENDERED_LINK = 0.5


def check_pair(ctx: Context) -> list[Finding]:
    """:func:`check`, then, with an alignment: an English word strongly linked to a French word other
    than the opposite one is rendered there ("places like Ireland" → "comme l'Irlande", not "haine"):
    the finding drops to minor."""
    found = _candidates(ctx.en, ctx.fr)
    al = ctx.alignment
    if not found or al is None:
        return found[:1]
    kept: list[Finding] = []
    for f in found:
        best = None
        for lk in al.links:
            t = al.en_tokens[lk.en]
            if f.en_span.start <= t.start < f.en_span.end and (best is None or lk.weight > best.weight):
                best = lk
        if best is not None and best.weight >= RENDERED_LINK:
            o = al.fr_tokens[best.fr]
            if not (f.fr_span.start <= o.start < f.fr_span.end):
                word = ctx.fr[o.start : o.end]
                kept.append(replace(f, severity="minor",
                                    message=f.message.replace(": the French says the opposite", "")
                                    + f" (but “{ctx.en[f.en_span.start:f.en_span.end]}” is linked to “{word}”:"
                                    " check the sense)"))
                continue
        kept.append(f)
    kept.sort(key=lambda f: f.severity != "critical")
    return kept[:1]


__all__ = ["check", "check_pair"]
