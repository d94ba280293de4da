"""The words around a quote: reporting cues, speakers, incises and translation cues.

French introduces quotes with a reporting verb before (``X a écrit : « … »``),
after (``« … », a tweeté X``), or inside (``« …, écrit-il, … »``), or with
``selon X``; translations with ``Traduction :``, ``que l'on pourrait traduire
par``, ``littéralement``… These patterns are the knowledge of this module; the
extractor decides what to do with a match.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# past participles and present forms of reporting verbs (Twitter's included)
_PP = (
    r"(?:écrit|tweeté|twitté|retweeté|posté|publié|partagé|relayé|ajouté|déclaré|affirmé|lancé|"
    r"poursuivi|expliqué|insisté|précisé|souligné|martelé|assuré|dit|indiqué|estimé|ironisé|"
    r"dénoncé|fustigé|réagi|répondu|commenté|renchéri|regretté|prévenu|annoncé|raillé|critiqué|"
    r"taclé|lâché|confié|rappelé|conclu|résumé|reconnu|admis|promis|averti|menacé|plaidé|salué|"
    r"répliqué|rétorqué|tonné|protesté|jugé|noté|observé|demandé|félicité|remercié|exhorté|"
    r"clamé|proclamé|revendiqué|moqué|accusé|attaqué|interpellé|mis en garde|fait savoir|"
    r"raconté|détaillé|glissé|témoigné|soupiré|plaisanté|avoué|confessé|complété|nuancé|répété|"
    r"enchaîné|relevé|constaté|souhaité|justifié|développé|écrit sur|"
    r"s'est\s+(?:dit|\p{L}+[éiu])e?s?)"
)
_PRES = (
    r"(?:écrit|tweete|twitte|poste|publie|partage|ajoute|déclare|affirme|lance|poursuit|explique|"
    r"insiste|précise|souligne|martèle|assure|dit|indique|estime|ironise|dénonce|fustige|réagit|"
    r"répond|commente|renchérit|regrette|prévient|annonce|raille|lâche|confie|rappelle|conclut|"
    r"résume|reconnaît|admet|promet|avertit|menace|plaide|salue|réplique|rétorque|tonne|"
    r"proteste|juge|note|observe|demande|clame|s'indigne|s'interroge|s'emporte|se félicite|"
    r"se réjouit|s'inquiète|s'agace|s'excuse|raconte|détaille|glisse|témoigne|soupire|plaisante|"
    r"avoue|enchaîne|relève|constate|répète|nuance|complète|justifie|développe)"
)
_PRON = r"(?:il|elle|ils|elles|on)"
_WHERE = r"(?:\s+(?:sur|dans|via)\s+(?:Twitter|X|Facebook|Instagram|Bluesky|Threads|son compte[^,.;:«»\n]{0,30}|le réseau social[^,.;:«»\n]{0,25}|un (?:tweet|message|post)[^,.;:«»\n]{0,25}))?"
_WHEN = (
    r"(?:\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|ce (?:matin|soir))"
    r"(?:\s+(?:matin|soir|après-midi))?|(?:un\s+)?peu\s+(?:après|plus\s+tard)|ensuite|alors|aussitôt|également|"
    r"aussi|encore|ainsi|plus\s+tard|dans\s+la\s+(?:foulée|soirée|matinée|journée|nuit)|"
    r"quelques\s+(?:minutes|heures)\s+plus\s+tard|aussitôt))*"
)
_NAME_WORD = r"(?:@\w+|\p{Lu}[\p{L}\p{M}'.-]*|(?:de|du|des|d'|van|von|der|den|la|le|ben|bin|al|el|Jr\.?)(?=\s+\p{Lu}|$|\s*[,:)]))"
_NAME = rf"(?:@\w+|\p{{Lu}}[\p{{L}}\p{{M}}'.-]*(?:\s+{_NAME_WORD}){{0,4}})"
_NOUN_PHRASE = (
    r"(?:(?i:le|la|les|l'|un|une|son|sa|ses|leur|notre|cet|cette|ce)\s*"
    r"(?:[\p{Ll}\p{M}'-]+)(?:\s+(?!(?:a|avait|ont|aurait|avaient|vient|est|sont|s'est|dans|sur|en|à|au|aux|"
    r"pour|avec|peu|après|avant|vers|depuis|lors|par|puis|ensuite|déjà|encore|un|une|qui|que|dont|et|ou|mais)\b)"
    r"(?:[\p{Ll}\p{M}\d'-]+|\p{Lu}[\p{L}\p{M}'.-]*)){0,5})"
)
SPEAKER = rf"(?:{_NAME}|{_NOUN_PHRASE})"

# after the closing mark: « … », a tweeté X / écrit-il / poursuit le maire / selon X
CUE_AFTER = regex.compile(
    rf"""^[ \t]*[,.]?[ \t]*(?P<cue>
        (?:a|avait|ont|aurait|avaient)(?:-t-{_PRON}|-{_PRON})?\s+{_PP}{_WHERE}{_WHEN}
      | {_PRES}(?:-t-{_PRON}|-{_PRON}){_WHERE}
      | {_PRES}{_WHERE}
      | selon | d'après | pour
    )(?:\s+(?P<speaker>{SPEAKER}))?""",
    regex.X | regex.V1,
)
# before the opening mark, at the end of the clause: X a écrit : « / selon X, « / X : «
CUE_BEFORE = regex.compile(
    rf"""(?:
        (?P<speaker>{SPEAKER}|{_PRON})\s*,?{_WHEN}\s+(?P<cue>(?:a|avait|ont|aurait|avaient|vient\s+d')\s*(?:également\s+|aussi\s+|ensuite\s+|alors\s+)?{_PP}|{_PRES}){_WHERE}{_WHEN}[^:«»"“\n.!?]{{0,40}}?\s*:\s*$
      | (?P<cue>[Ss]elon|[Dd]'après)\s+(?P<speaker>{SPEAKER})\s*,?\s*$
      | (?P<speaker>@\w+)\s*(?P<cue>:)\s*$
    )""",
    regex.X | regex.V1,
)
# a paragraph ending with a reporting verb and a colon announces what follows
COLON_CUE = regex.compile(
    rf"""(?P<cue>(?:a|avait|ont|aurait|avaient)(?:-t-{_PRON})?\s+(?:\w+\s+)?{_PP}
      | {_PRES}(?:-t-{_PRON}|-{_PRON})?)\b[^:«»"“\n.!?]{{0,50}}:\s*$""",
    regex.X | regex.V1,
)
# an incise inside a quote: « …, a écrit la ministre, … » / « …, écrit-il, … »
INCISE_INSIDE = regex.compile(
    rf"""(?<=\S),\s+(?P<cue>
        (?:a|avait)(?:-t-{_PRON})?\s+{_PP}{_WHERE}(?:\s+{SPEAKER})?
      | {_PRES}-(?:t-)?{_PRON}{_WHERE}
      | {_PRES}{_WHERE}\s+{SPEAKER}
    ),\s+(?=\S)""",
    regex.X | regex.V1,
)
# the gap between two quotes that are one: « … », a-t-il écrit, « … »
INCISE_BETWEEN = regex.compile(
    rf"""^\s*,\s*(?P<cue>
        (?:a|avait)(?:-t-{_PRON})?\s+{_PP}(?:\s+{SPEAKER})?{_WHERE}
      | {_PRES}-(?:t-)?{_PRON}
      | {_PRES}\s+{SPEAKER}
      | selon\s+{SPEAKER}
    )\s*,\s*$""",
    regex.X | regex.V1,
)
# a cue that announces a translation of what was just quoted
_TRANSLATION = r"""(?:
        \b(?:[Tt]raduction|[Tt]rad\.)(?:\s+(?:libre|française|en français))?\s*:\s*
      | \b(?:que\s+l'on|qu'on|que\s+nous|que\s+vous)\s+(?:pourrait|peut|pourrions|pouvons|pourriez|pouvez)\s+traduire\s+(?:par\s*)?:?\s*
      | \b(?:ce\s+qui|qui)\s+(?:se\s+traduit|signifie|veut\s+dire)\s*(?:par\s*)?:?\s*
      | \b[Ll]ittéralement\s*:?\s*
      | \bsoit,?\s+en\s+français,?\s*:?\s*
      | \b(?:traduit|traduite)\s+(?:en\s+français\s*)?(?:par\s*)?:\s*
      | \ben\s+français\s*:\s*
    )"""
TRANSLATION_CUE = regex.compile(_TRANSLATION + "$", regex.X | regex.V1)
TRANSLATION_CUE_ANY = regex.compile(_TRANSLATION, regex.X | regex.V1)
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})


@dataclass(frozen=True)
class CueMatch:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None


def _speaker(m: regex.Match[str], base: int) -> tuple[str | None, int | None, int | None]:
    sp = m.group("speaker")
    if not sp or sp.lower() in _PRONOUNS:
        return None, None, None
    sp = sp.rstrip(" ,.")
    return sp, base + m.start("speaker"), base + m.start("speaker") + len(sp)


def cue_after(text: str, pos: int, limit: int) -> CueMatch | None:
    """A reporting cue starting right after a closing mark at ``pos``."""
    m = CUE_AFTER.match(text[pos:limit])
    if m is None:
        return None
    sp, s0, s1 = _speaker(m, pos)
    cue = m.group("cue")
    if cue in ("pour",) and sp is None:
        return None
    end = pos + m.end("cue")
    return CueMatch(cue, pos + m.start("cue"), end, sp, s0, s1)


def cue_before(text: str, pos: int, floor: int) -> CueMatch | None:
    """A reporting cue ending right before an opening mark at ``pos``."""
    start = max(floor, pos - 160)
    window = text[start:pos]
    m = CUE_BEFORE.search(window)
    if m is None:
        return None
    sp, s0, s1 = _speaker(m, start)
    return CueMatch(m.group("cue"), start + m.start("cue"), start + m.end("cue"), sp, s0, s1)


def colon_cue(text: str, pos: int, floor: int) -> CueMatch | None:
    """The cue of a paragraph ending at ``pos`` with ``… a écrit :`` (speaker when given)."""
    full = cue_before(text, pos, floor)
    if full is not None:
        return full
    start = max(floor, pos - 160)
    m = COLON_CUE.search(text[start:pos])
    if m is None:
        return None
    return CueMatch(m.group("cue"), start + m.start("cue"), start + m.end("cue"), None, None, None)


# the subject of the sentence that embeds a quote: "Son entraîneur, Gilles Marot, s'est dit « … »"
SUBJECT_BEFORE = regex.compile(
    rf"""(?:^|[.!?:;»]\s+|\n)(?:[^,.!?«»\n]{{0,40}},\s+)?
    (?P<np>{SPEAKER})(?:\s*,\s*(?P<appo>{_NAME}|[^,«»\n]{{1,50}}?)\s*,)?
    \s+(?:a|avait|ont|aurait|s'est|se\s+dit|se\s+disait|juge|estime|dénonce|évoque|qualifie|promet)\b
    [^«»\n.!?]{{0,80}}$""",
    regex.X | regex.V1,
)


def subject_before(text: str, pos: int, floor: int) -> CueMatch | None:
    """The subject of the clause a quote at ``pos`` belongs to (no explicit cue)."""
    start = max(floor, pos - 220)
    m = SUBJECT_BEFORE.search(text[start:pos])
    if m is None:
        return None
    appo = m.group("appo")
    if appo and regex.fullmatch(_NAME, appo):
        group = "appo"
    else:
        group = "np"
    sp = m.group(group)
    if sp.lower() in _PRONOUNS:
        return None
    s0 = start + m.start(group)
    return CueMatch("", s0, s0, sp, s0, s0 + len(sp))


# indirect speech: "Le lendemain, l'élue a précisé que sa délégation reviendrait" —
# the frame ends with the reporting verb's "que"
REPORTED_FRAME = regex.compile(
    rf"""^[^«»"“”]{{0,140}}?\b(?:{_PP}|{_PRES}|indiqué|assuré|expliqué|affirme|reconnaît|contenté\s+de|borné\s+à)
    \b[^«»"“”.!?]{{0,60}}?\b(?:qu['’]|que\s+|de\s+|d['’]|à\s+)""",
    regex.X | regex.V1,
)


def reported_content(sentence: str) -> str:
    """The reported content of an indirect-speech sentence (the sentence itself if none)."""
    m = REPORTED_FRAME.match(sentence)
    if m is None or len(sentence) - m.end() < 15:
        return sentence
    return sentence[m.end() :]


def translation_cue_before(text: str, pos: int, floor: int) -> bool:
    """True when a translation cue (``Traduction :``, ``littéralement``…) ends at ``pos``."""
    return TRANSLATION_CUE.search(text[max(floor, pos - 60) : pos]) is not None


def translation_cue_end(text: str, start: int, end: int) -> int | None:
    """Where the French after a translation cue begins, searching ``[start, end)``."""
    m = TRANSLATION_CUE_ANY.search(text, start, end)
    if m is None:
        return None
    return m.end()
