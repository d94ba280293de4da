"""Entities: names, @handles, #hashtags, URLs, places, organisations, days and months.

An *entity* is an ``@handle``, a ``#hashtag``, a URL, a day or month name, a
name from the table of :mod:`.exonyms` (countries, cities, organisations,
nationalities, feasts: sort ``place``) or another proper name: a run of
capitalised words that is not a title (``President``, ``M.``), nor a common
word that a headline or a tweet capitalises. French days and months count in
lower case.

An entity is *rendered* when the other text has it as written (accents, case,
hyphens and possessive ``'s`` aside), spelt a little differently
(``Zelensky``/``Zelenski``, ``Yanukovych``/``Ianoukovitch``, an acronym with
its letters reordered: ``NATO``/``OTAN``), adapted (``Aristotle``/``Aristote``,
``Hollywood``/``hollywoodien``), or in its usual French form from the table
(``Germany`` → ``Allemagne`` or ``allemand``, ``White House`` →
``Maison-Blanche``, ``UN`` → ``ONU``, ``Monday`` → ``lundi``). URLs are
compared without scheme, ``www.`` and trailing slash; handles and hashtags
without case, or spelt out (``#BlackLivesMatter`` by ``Black Lives Matter``,
``@WhiteHouse`` by ``la Maison-Blanche``).

An unrendered English name and an unrendered French name that still share
most of their letters (translit ratio ≥ 65, an exonym missing from the table)
are taken as one name adapted, not as a change.

An English entity with no rendering is *changed* when the French has an
unrendered entity of the same sort (critical: ``Biden`` → ``Obama``,
``@nasa`` → ``@esa``, ``Monday`` → ``mardi``), *dropped* otherwise (major:
``our great USA`` → ``notre grand pays``); a French entity with no English
counterpart is *added* (major).

Precision comes first, so some entities are *weak*: reported when changed, not
when dropped or added, because professional renderings leave them out or add
them freely. They are a capitalised first word of a sentence (it may be an
ordinary word: ``Thanks``), a name glued to a capitalised common word (``Red
Tide``), a possessive place (``Indonesia's``), a nationality used as an
adjective (``a Welsh Conservative``), a place in apposition (``Manchester,
England``) or added as a French complement (``le Sénat des États-Unis``), a
day in a reporting frame (``said on Friday``), a possessive name taken up by
``son``/``sa``/``ses``, the link that closes a tweet (its attachment). Names in headline case, in capitals, inside the quoted
title of a work or inside the name of an institution (``National Weather
Service``), and unknown acronyms, are not reported at all (translators
translate them).

Codes: ``entity.changed``, ``entity.dropped``, ``entity.added``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

import regex
from rapidfuzz.fuzz import ratio

from ..lexicon import fold, french_word
from ..types import Finding, Span
from .context import Context
from .exonyms import (
    COMMON_EN,
    COMMON_FR,
    DAYS,
    EXONYMS,
    INSTITUTIONS_EN,
    INSTITUTIONS_FR,
    MONTHS,
    TITLES_EN,
    TITLES_FR,
)

# --- patterns ------------------------------------------------------------------------------------

_STOP = r"""\s<>"«»“”\[\]{}|\\^`"""
_URL = regex.compile(
    rf"""(?i)(?<![\p{{L}}\p{{N}}@/.])
    (?:(?:https?://|www\.)[^{_STOP}]+
      |(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|ly|fr|uk|eu|tv|me|info|co)(?:/[^{_STOP}]*)?(?![\p{{L}}\p{{N}}]))""",
    regex.X,
)
_HANDLE = regex.compile(r"(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]{1,30}(?![\p{L}\p{N}_])")
_HASHTAG = regex.compile(r"(?<![\p{L}\p{N}_&#/])#(?=[\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+")
_EMAIL = regex.compile(r"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}")
_WORD = regex.compile(r"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}\p{N}]*)*")
_ELISION = regex.compile(r"(?i)^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})")
_TRAILING = ".,;:!?)]}»\"'’”…"
_SYMBOL = regex.compile(r"[\p{So}\p{Sk}\uFE0F\u200D]")
_LETTER = regex.compile(r"\p{L}")
_CAMEL = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+")
_LAST_WORD = regex.compile(r"(\S+)\.$")
# a quoted passage; when its words are capitalised it is the title of a work ("The Beauty and the Sorrow")
_QUOTED = regex.compile(r"\"([^\"\n]{3,160})\"|“([^”\n]{3,160})”|«([^»\n]{3,160})»")
# a US lawmaker's party and state, (D-Mass.), R-South Carolina; a state after a town: Arlington, Va.
_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
    "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma",
    "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
    "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
}
_POSTAL = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "FL": "Florida", "GA": "Georgia", "IL": "Illinois", "KS": "Kansas", "KY": "Kentucky",
    "MD": "Maryland", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "NE": "Nebraska",
    "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
_ABBR_RE = "|".join(sorted((regex.escape(a) for a in _STATES), key=len, reverse=True))
_PARTY = regex.compile(
    rf"(?<![\p{{L}}-])(?P<party>[RDI])-\s?"
    rf"(?P<state>(?:{_ABBR_RE})\.|[A-Z]{{2}}(?![\p{{L}}])|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)
_STATE_AFTER_TOWN = regex.compile(rf"(?<=\p{{L}},\s)(?P<state>{_ABBR_RE})\.")
_PARTY_WORDS = {"D": ("democrat", "democrate", "democratic"), "R": ("republican", "republicain"),
                "I": ("independent", "independant")}
# what may stand between two words of one name
_GAP = {"en": regex.compile(r"[ \u00a0]?-[ \u00a0]?|[ \u00a0]"),
        "fr": regex.compile(r"[ \u00a0]?-[ \u00a0]?|[ \u00a0]|[ \u00a0][dlDL]['’]")}
_CONNECTORS = {
    "en": frozenset(("of", "the", "for", "de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den",
                     "la", "le", "bin", "ben", "al", "el", "y")),
    "fr": frozenset(("de", "du", "des", "la", "le", "les", "van", "von", "der", "den", "da", "di", "del", "al", "el",
                     "ben", "bin")),
}
# an abbreviation before a full stop does not end a sentence
_ABBREV = frozenset(("mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "no", "gen", "sen", "rep", "gov", "lt", "col",
                     "capt", "sgt", "prof", "rev", "inc", "co", "corp", "ltd", "m", "mme", "mlle", "mm", "me", "pr",
                     "ste", "jan", "feb", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "sens",
                     "reps", "adm", "brig", "det"))
_SKIP = frozenset(" \t\u00a0\u202f\"'“”‘’«»„*•·()[]—–-")
_OPENERS = frozenset("\"“«„")
_MONTH_BEFORE = regex.compile(r"(?i)(?:\b(?:in|on|of|since|until|till|by|early|late|mid|last|next|this|from|"
                              r"through|during|before|after)\s+$|\d[\s,]*$)")
# endings of English common words; the first set is safe for names too ("Manning", "Kelly" are names)
_COMMONISH = regex.compile(r"(?:tions?|sions?|ments?|ness|ous|ive|ful|less|able|ible|ance|ence|ity|ism|i[sz]ed?)$")
_COMMONISH_HEADLINE = regex.compile(r"(?:ed|ing|ly|ies|ers)$")
_FR_COMMONISH = regex.compile(
    r"(?:ment|tion|sion|ité|eur|euse|ant|ent|er|ez|é|ée|és|ées|ons|ait|aient|ique|isme|iste|able|ible|age|ure|"
    r"ence|ance|if|ive|eux|elle|ette|ière|ier|oire|aire|ages|ures|ences|ances|ifs|ives|ants|ents)$")
_ROMAN = regex.compile(r"(?i)^[ivxlcdm]+(?:e|er|ème|th|st|nd|rd)?$")
# a day in the reporting frame ("said on Friday", "a déclaré samedi") dates the report, not the words
_REPORTED = {
    "en": regex.compile(r"(?i)\b(?:said|says|say|told|tells|announced|reported|stated|added|wrote|tweeted|posted|"
                        r"confirmed|revealed|declared|testified|explained|noted|warned|insisted|argued|claimed|"
                        r"acknowledged|admitted|published|released|statement|interview)\b[\s,]*"
                        r"(?:(?:on|early|late|last|this|that|in|a)\s+){0,2}$"),
    "fr": regex.compile(r"(?i)\b(?:déclaré|dit|annoncé|indiqué|affirmé|ajouté|expliqué|écrit|tweeté|précisé|"
                        r"confirmé|révélé|assuré|estimé|souligné|publié|témoigné|déclare|annonce|indique|affirme|"
                        r"ajoute|explique|précise|confirme|communiqué|entretien)\b[\s,]*"
                        r"(?:(?:le|ce|dernier|dès|en|dans|la|journée|de)\s+){0,2}$"),
}
_FR_COMPLEMENT = regex.compile(r"(?i)(?<![\p{L}])(?:de|du|des|d['’])\s*(?:l['’]|la\s|le\s|les\s)?$")
_FR_POSSESSIVE = regex.compile(r"(?i)(?<![\p{L}])(?:son|sa|ses|leurs?)(?![\p{L}])")
_APPOSITION = regex.compile(r",\s")
_SUBJECT_VERB = {
    "en": regex.compile(r"\s+(?:is|was|has|had|will|would|can|could|should|must|may|might|did|does|says|said|"
                        r"tells|told|wants|wanted|met|meets|visited|visits|announced|called|asked|thinks|knows|"
                        r"needs|just|also|never|who|fell|went|came|got|made|took|gave|won|lost|left|ran|saw|sang|"
                        r"wrote|spoke|became|began|brought|bought|built|caught|chose|drove|fought|found|flew|grew|"
                        r"held|hit|kept|knew|led|paid|put|rose|sent|set|shot|sold|stood|struck|taught|thought|"
                        r"threw|wore|[a-z]+(?<![sui])s|[a-z]+ed)\b"),
    "fr": regex.compile(r"\s+(?:a|est|était|sera|serait|avait|aura|dit|déclare|affirme|veut|voulait|va|allait|"
                        r"rencontre|peut|pouvait|doit|devait|n['’]|ne|qui|se|s['’]|lui|l['’]|le|la|les|vient|"
                        r"annonce|appelle|demande|pense|sait|aussi|également|"
                        r"(?!(?:une|cette|notre|votre|toute|comme|entre|contre|elle|que|quand|avec|pendant|"
                        r"avant|après|selon|et|ou|mais|donc|dont|tout|tant|vers|sans|sous|dans|chez|pour|par)\b)"
                        r"[a-zàâçéèêëîïôûù]+[eatd])(?![\p{L}])"),
}
_ADJECTIVE = regex.compile(r"(?:an|ese|ish|sh|ch|ic|i|ss|im)$")  # nationality and religion adjectives
# capitalised words after a day that make it part of a name: "Sunday Times"; before it: "Black Friday"
_DATED_NAMES = frozenset(("times", "morning", "night", "evening", "afternoon", "live", "telegraph", "mail",
                          "express", "post", "herald", "mirror", "people", "sport", "sports", "league", "school",
                          "service", "edition", "show", "special", "club", "market", "massacre", "agreement",
                          "revolution", "uprising", "offensive", "accords"))
_DAY_QUALIFIERS = frozenset(("black", "good", "super", "cyber", "bloody", "holy", "great", "palm", "ash", "boxing",
                             "ascension"))
# small words a headline capitalises ("Dies To Ensure Hundreds On Plane")
_FUNCTION = frozenset(("to", "on", "in", "for", "of", "and", "can", "is", "be", "with", "at", "by", "from", "after",
                       "over", "into", "as", "are", "was", "will", "has", "have", "not", "but", "or", "up", "out",
                       "off", "the", "a", "an"))
_ARTICLES = frozenset(("un", "une", "le", "la", "les", "des", "du", "de", "ce", "cet", "cette", "ces", "mon", "ma",
                        "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs"))
# French adjectives made from a name: hollywoodien, cromwellienne
_DERIVED = frozenset(("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ain", "aine", "ains", "aines", "ois",
                      "oise", "oises", "an", "ane", "ans", "anes", "in", "ine", "ins", "ines", "een", "eenne", "eens",
                      "eennes", "iste", "istes", "ite", "ites", "ique", "iques"))
_TRANSLIT = (("tch", "ch"), ("sh", "ch"), ("ou", "u"), ("kh", "h"), ("dj", "j"), ("ph", "f"), ("ck", "k"),
             ("y", "i"), ("w", "v"), ("q", "k"), ("dh", "d"))
_DOUBLE = regex.compile(r"(.)\1+")


# --- folding and word classes ---------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """Folded form of one word: no case, accents, dots; ’ as '."""
    return fold(word.replace("’", "'").replace(".", ""))


@lru_cache(maxsize=65536)
def _translit(word: str) -> str:
    """A spelling key that English and French transliterations of one name share."""
    w = word.replace("'", "")
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return _DOUBLE.sub(r"\1", w)


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_key(w) for w in words)


_COMMON = {"en": _folded(COMMON_EN), "fr": _folded(COMMON_FR)}
_TITLES = {"en": _folded(TITLES_EN), "fr": _folded(TITLES_FR)}
_INSTITUTIONS = {"en": _folded(INSTITUTIONS_EN), "fr": _folded(INSTITUTIONS_FR)}
_FR_DATES: dict[str, str] = {v: "day" for v in DAYS.values()} | {fold(v): "month" for v in MONTHS.values()}


def _in(key: str, words: frozenset[str]) -> bool:
    """``key`` or its singular is in ``words``."""
    return key in words or (key.endswith("s") and key[:-1] in words) or (key.endswith("es") and key[:-2] in words)


def _looks_common(key: str, headline: bool = False) -> bool:
    """An English word that is most likely not a name: a common word or one of their endings."""
    if key in _COMMON["en"] or (len(key) >= 6 and _COMMONISH.search(key) is not None):
        return True
    return headline and len(key) >= 5 and _COMMONISH_HEADLINE.search(key) is not None


def _fr_namelike(key: str) -> bool:
    """A French capitalised first word that does not look like an ordinary word."""
    return key not in _COMMON["fr"] and len(key) >= 3 and _FR_COMMONISH.search(key) is None


# --- tokens --------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    key: str
    cap: bool  # capitalised, or with an inner capital (iPhone)
    caps: bool  # in capitals, two letters or more (also a plural acronym: MPs)
    initial: bool  # a capitalised first word of a sentence or of a quotation
    possessive: bool = False
    in_title: bool = False  # inside the quoted title of a work


def _initial(text: str, i: int) -> bool:
    j = i - 1
    opener = False
    while j >= 0 and (text[j] in _SKIP or _SYMBOL.match(text[j])):
        opener = opener or text[j] in _OPENERS
        j -= 1
    # a run of spaces or a tab is a break in pasted text: "… dans l'Aude  Bof, je m'en fous"
    gap = text[j + 1: i]
    if j < 0 or text[j] == "\n" or opener or text[j] in "!?…:" or "  " in gap or "\t" in gap:
        return True
    if text[j] != ".":
        return False
    m = _LAST_WORD.search(text, 0, j + 1)
    if m is None:
        return True
    before = m.group(1)
    if before.endswith(".") or not _LETTER.search(before):
        return True  # an ellipsis
    return not ("." in before or _key(before) in _ABBREV or (len(before) == 1 and before.isalpha()))


_MASKS = ((_URL, "."), (_EMAIL, "@"), (_HANDLE, "@"), (_HASHTAG, "#"), (_PARTY, "-"), (_STATE_AFTER_TOWN, ", "))


def _tokens(text: str, lang: str, mask: bool = True) -> list[_Tok]:
    """Words of ``text`` (URLs, e-mails, handles, hashtags, "(D-Mass.)" masked), elisions split off."""
    if mask:
        for pat, trigger in _MASKS:
            if trigger in text:
                text = pat.sub(lambda m: " " * len(m.group()), text)
    out: list[_Tok] = []
    for m in _WORD.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if lang == "fr" and ("'" in word or "’" in word):
            while (e := _ELISION.match(word)) is not None:
                start += e.end()
                word = word[e.end():]
        possessive = False
        if lang == "en" and len(word) > 2 and word[-1] in "sS" and word[-2] in "'’":
            word, end, possessive = word[:-2], end - 2, True
        upper = word.isupper()
        cap = word[0].isupper() or (len(word) > 2 and not word.islower() and not upper)
        caps = upper and len(word) >= 2 and sum(c.isalpha() for c in word) >= 2
        if not caps and len(word) >= 3 and word[-1] == "s" and word[:-1].isupper():
            caps = True  # a plural acronym: MPs, NGOs
        out.append(_Tok(word, start, end, _key(word), cap, caps, cap and _initial(text, start), possessive))
    if mask and ('"' in text or "“" in text or "«" in text):
        starts = [t.start for t in out]
        for q in _QUOTED.finditer(text):
            inside = out[bisect.bisect_right(starts, q.start()): bisect.bisect_left(starts, q.end())]
            long = [t for t in inside[1:] if len(t.key) >= 3 and t.key not in _FUNCTION
                    and t.key not in _CONNECTORS[lang]]
            if len(long) >= 2 and sum(t.cap for t in long) >= 0.6 * len(long):
                for t in inside:
                    t.in_title = True
    return out


def _mode(toks: list[_Tok]) -> str:
    """``shout`` for a text in capitals, ``title`` for headline case, else ``plain``."""
    words = [t for t in toks if len(t.key) >= 2]
    long = [t for t in words if len(t.key) >= 4]  # acronyms are mostly shorter: "l'OTAN, l'ONU, l'UE"
    shouted = sum(t.caps for t in long)
    if shouted >= 2 and shouted >= 0.5 * len(long):
        return "shout"
    inner = [t for t in words if not t.initial and len(t.key) >= 4]
    if len(inner) >= 3 and all(t.cap for t in inner if t.key not in _FUNCTION) and any(
            not t.cap and t.key in _FUNCTION for t in words):
        return "title"  # every word capitalised but the small ones: "Mass Slaughter on a Personal Level"
    if len(inner) >= 2 and sum(t.cap for t in inner) >= 0.6 * len(inner) and (
            sum(1 for t in inner if t.cap and _looks_common(t.key, True)) >= 2
            or any(t.cap and not t.initial and t.key in _FUNCTION for t in toks)):
        return "title"
    return "plain"


# --- the exonym table ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Form:
    words: tuple[str, ...]
    acronym: bool  # matches only in capitals
    star: bool  # the last word takes an inflection


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    en: tuple[_Form, ...]
    fr: tuple[_Form, ...]


def _parse_forms(forms: str, lang: str) -> tuple[_Form, ...]:
    out = []
    for f in forms.split("|"):
        f = f.strip()
        star = f.endswith("*")
        f = f.rstrip("*")
        letters = "".join(c for c in f if c.isalpha())
        acronym = len(letters) >= 2 and letters.isupper() and " " not in f
        words = (_key(f),) if acronym else tuple(t.key for t in _tokens(f, lang, mask=False))
        if words:
            out.append(_Form(words, acronym, star))
    return tuple(out)


_Map = dict[tuple[str, ...], list[tuple[int, bool]]]


def _build() -> tuple[list[_Entry], _Map, _Map, dict[tuple[str, ...], list[int]]]:
    entries: list[_Entry] = []
    en_map: _Map = {}
    fr_map: _Map = {}
    fr_stems: dict[tuple[str, ...], list[int]] = {}
    for en, fr in EXONYMS.items():
        i = len(entries)
        e = _Entry(en.split("|")[0], _parse_forms(en, "en"), _parse_forms(fr, "fr"))
        entries.append(e)
        for f in e.en:
            en_map.setdefault(f.words, []).append((i, f.acronym))
        for f in e.fr:
            if f.star:
                fr_stems.setdefault(f.words, []).append(i)
            fr_map.setdefault(f.words, []).append((i, f.acronym))
    return entries, en_map, fr_map, fr_stems


_ENTRIES, _EN_MAP, _FR_MAP, _FR_STEMS = _build()
# first words of the forms, to skip most tokens at once
_FIRST = {"en": frozenset(k[0] for k in _EN_MAP) | frozenset(k[0] + "s" for k in _EN_MAP),
          "fr": frozenset(k[0] for k in _FR_MAP)}
_STEM_FIRST = frozenset(k[0] for k in _FR_STEMS)


def _lookup(words: tuple[str, ...], lang: str) -> list[tuple[int, bool]]:
    """Table entries one of whose forms is ``words`` (folded), with whether that form is an acronym."""
    if lang == "en":
        hits = _EN_MAP.get(words)
        if hits is None and len(words[-1]) > 3 and words[-1].endswith("s"):
            hits = _EN_MAP.get((*words[:-1], words[-1][:-1]))
        return hits or []
    hits = _FR_MAP.get(words)
    if hits:
        return hits
    last = words[-1]
    for k in range(1, 5):
        if len(last) - k < 3:
            break
        stem = _FR_STEMS.get((*words[:-1], last[:-k]))
        if stem:
            return [(i, False) for i in stem]
    return []


def _may_start(key: str, lang: str) -> bool:
    if key in _FIRST[lang]:
        return True
    return lang == "fr" and any(key[:-k] in _STEM_FIRST for k in range(1, 5) if len(key) - k >= 3)


# --- entities ------------------------------------------------------------------------------------

@dataclass(slots=True)
class Entity:
    """One entity: ``sort`` is handle, hashtag, url, day, month, place (from the table) or name.

    ``reportable`` is false for an entity that only helps matching; a ``weak``
    one is reported only as changed (see the module docstring).
    """

    sort: str
    span: Span
    text: str
    key: str
    entries: tuple[int, ...] = ()  # indices into the exonym table
    words: tuple[str, ...] = ()  # folded words of a name
    reportable: bool = True
    weak: bool = False


def _url_key(url: str) -> str:
    return regex.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def _surface(text: str, lang: str) -> list[Entity]:
    out: list[Entity] = []
    if "." in text:
        for m in _URL.finditer(text):
            s = m.group().rstrip(_TRAILING)
            # a link closing the text is the tweet's attachment, which renderings leave out: reported only
            # when changed
            tail = not _LETTER.search(text, m.start() + len(s))
            out.append(Entity("url", Span(m.start(), m.start() + len(s)), s, _url_key(s), weak=tail))
    taken = [e.span for e in out] + [Span(m.start(), m.end()) for m in _EMAIL.finditer(text)]
    for sort, pat, mark in (("handle", _HANDLE, "@"), ("hashtag", _HASHTAG, "#")):
        if mark not in text:
            continue
        for m in pat.finditer(text):
            sp = Span(m.start(), m.end())
            if not any(t.overlaps(sp) for t in taken):
                body = m.group()[1:]
                # @NATO: l'OTAN; @WhiteHouse: la Maison-Blanche
                entries = tuple(dict.fromkeys(e for k in {(_key(body),), _camel(body)} if k
                                              for e, _acr in _lookup(k, lang)))
                out.append(Entity(sort, sp, m.group(), body.casefold(), entries))
    return out


def _camel(body: str) -> tuple[str, ...]:
    """The words of a handle or hashtag in camel case: WhiteHouse → white, house."""
    return tuple(_key(w) for w in _CAMEL.findall(body))


def _date(t: _Tok, text: str, lang: str) -> str | None:
    """``day`` or ``month`` when ``t`` names one."""
    if lang == "fr":
        k = t.key[:-1] if t.key.endswith("s") and _FR_DATES.get(t.key[:-1]) == "day" else t.key
        sort = _FR_DATES.get(k)
        if sort and k == "mars" and t.cap and not t.initial:
            return None  # the planet
        return sort
    if not t.cap or t.in_title:
        return None
    if t.key in DAYS or (t.key.endswith("s") and t.key[:-1] in DAYS):
        return "day"  # "on Sundays"
    if t.key not in MONTHS:
        return None
    before = text[max(0, t.start - 20): t.start]
    if t.key == "may":  # the verb, or Theresa May
        return "month" if _MONTH_BEFORE.search(before) or regex.match(r"\s*\d", text[t.end: t.end + 4]) else None
    if t.key == "march" and (t.initial or not regex.match(r"\s*\d|\s*$|\s*[,.;]", text[t.end: t.end + 3])):
        return "month" if _MONTH_BEFORE.search(before) else None
    if len(t.key) <= 4 and t.key not in ("june", "july"):  # Jan, Feb…: abbreviations only before . or a day
        return "month" if regex.match(r"\.|\s+\d", text[t.end: t.end + 3]) else None
    return "month"


def _joined(text: str, a: _Tok, b: _Tok, lang: str) -> bool:
    """Whether ``a`` and ``b`` may be two words of one name."""
    g = text[a.end: b.start]
    if _GAP[lang].fullmatch(g):
        return not a.possessive
    # an initial or an abbreviation: "Richard G. Lugar", "St. Petersburg"
    return g in (". ", ".\u00a0") and (len(a.key) == 1 or a.key in ("st", "jr", "mt", "ft"))


@dataclass(slots=True)
class _Text:
    """One side of a pair: its tokens, its entities, and what the other side matches against."""

    text: str
    lang: str
    toks: list[_Tok]
    mode: str
    ents: list[Entity] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    translit: list[str] = field(default_factory=list)
    first: dict[str, list[int]] = field(default_factory=dict)
    acronyms: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, text: str, lang: str) -> _Text:
        toks = _tokens(text, lang)
        mode = _mode(toks)
        if lang == "fr" and mode == "title":
            mode = "plain"  # French headlines are in sentence case
        t = cls(text, lang, toks, mode)
        t.ents = _find(t)
        return t

    def prepare(self) -> None:
        """The word lists the other side's entities are matched against."""
        toks, text = self.toks, self.text
        words = [t.key for t in toks]
        words += [w.rsplit("'", 1)[1] for w in words if "'" in w]  # L'Oreal: Oreal
        words += [a.key + b.key for a, b in pairwise(toks) if a.cap and b.cap]  # Sky Blues: Skyblues
        bodies = [e.text[1:] for e in self.ents if e.sort in ("handle", "hashtag")]  # @WHO: WHO
        for b in bodies:
            words += [_key(b), *_camel(b)]
        if self.mode != "shout":
            self.acronyms = {t.key for t in toks if t.caps} | {_key(b) for b in bodies if b.isupper()}
        expansions: list[str] = []
        if "-" in text or ", " in text:  # what "(D-Mass.)" and "Arlington, Va." stand for
            for m in _PARTY.finditer(text):
                words.extend(_PARTY_WORDS[m.group("party")])
                expansions.append(m.group("state"))
            expansions += [m.group("state") for m in _STATE_AFTER_TOWN.finditer(text)]
        expansions += [t.text for t in toks if t.caps and t.text in _POSTAL]  # AZ: Arizona
        for s in expansions:
            state = _STATES.get(s.rstrip("."), _POSTAL.get(s, s))
            state_words = tuple(t.key for t in _tokens(state, "en", mask=False))
            words.extend(state_words)
            for e, _acr in _lookup(state_words, "en") if state_words else ():
                words.extend(w for f in _ENTRIES[e].fr for w in f.words)
        self.words = words
        self.translit = [_translit(w) for w in words]
        self.first = {}
        for i, w in enumerate(words):
            self.first.setdefault(w, []).append(i)

    def has(self, form: _Form, plural: bool) -> bool:
        """Whether a table form occurs here."""
        if form.acronym:
            return form.words[0] in self.acronyms
        ws = form.words
        if len(ws) == 1 and (form.star or plural):
            w0 = ws[0]
            if w0 in self.first:
                return True
            if form.star:
                return any(w.startswith(w0) and len(w) - len(w0) <= 4 for w in self.words)
            return (w0 + "s") in self.first or (w0 + "es") in self.first
        for i in self.first.get(ws[0], ()):
            cand = self.words[i: i + len(ws)]
            if len(cand) != len(ws) or cand[:-1] != list(ws[:-1]):
                continue
            last = cand[-1]
            if last == ws[-1] or (form.star and last.startswith(ws[-1]) and len(last) - len(ws[-1]) <= 4) or (
                    plural and last in (ws[-1] + "s", ws[-1] + "es")):
                return True
        return False

    def similar(self, word: str, loose: bool = False) -> bool:
        """Whether a word here is ``word``, spelt alike or transliterated alike.

        ``loose`` also accepts a shared stem (``Aristotle``/``Aristote``,
        ``Majorca``/``Majorque``), the way a name is adapted to French.
        """
        if word in self.first:
            return True
        if "'" in word and self.similar(word.rsplit("'", 1)[1]):
            return True  # L'Oreal = Oreal
        if len(word) >= 4 and any(w.startswith(word) and w[len(word):] in _DERIVED for w in self.words):
            return True  # Hollywood = hollywoodienne
        tw = _translit(word)
        if len(tw) < 4:
            return tw in self.translit
        for t in self.translit:
            if t == tw or (len(t) >= 4 and t[0] == tw[0] and ratio(t, tw) >= 80):
                return True
            if loose and len(t) >= 4 and t[:4] == tw[:4]:
                k = 4
                while k < len(t) and k < len(tw) and t[k] == tw[k]:
                    k += 1
                if k >= 0.6 * min(len(t), len(tw)) and abs(len(t) - len(tw)) <= 4:
                    return True
        return False

    def anagram(self, word: str) -> bool:
        """An acronym here with the letters of ``word``: NATO/OTAN."""
        s = sorted(word)
        return any(sorted(a) == s for a in self.acronyms)

    def spelt_out(self, body: str) -> bool:
        """A handle or hashtag body written as consecutive words: #BlackLivesMatter."""
        body = fold(body).replace("_", "")
        for i in range(len(self.words)):
            acc = ""
            for n, w in enumerate(self.words[i: i + 5], start=1):
                acc += w.replace("'", "")
                # fuzzy only for several words spelt out: one word with a typo is a different handle
                if acc == body or (n >= 2 and len(body) >= 6 and len(acc) >= 6 and ratio(acc, body) >= 90):
                    return True
                if len(acc) > len(body) + 3:
                    break
        return False


def _find(t: _Text) -> list[Entity]:
    """The entities of one text, in reading order."""
    text, lang, toks, mode = t.text, t.lang, t.toks, t.mode
    out = _surface(text, lang)
    common, titles, connectors, institutions = _COMMON[lang], _TITLES[lang], _CONNECTORS[lang], _INSTITUTIONS[lang]
    n = len(toks)
    link = [_joined(text, a, b, lang) for a, b in pairwise(toks)]  # link[i]: toks[i] and toks[i+1] go together

    def distinctive(tok: _Tok) -> bool:
        if not tok.cap or len(tok.key) < 2 or tok.key in common or tok.key in connectors:
            return False
        if _in(tok.key, titles) or _in(tok.key, institutions):
            return False
        if _ROMAN.match(tok.key) and (tok.caps or lang == "fr"):
            return False  # XVIIe, II
        return lang == "fr" or not _looks_common(tok.key, mode == "title")

    dist = [distinctive(tok) for tok in toks]

    # days and months, unless part of a name ("Sunday Times", "Black Friday")
    dates: set[int] = set()
    for i, tok in enumerate(toks):
        if lang == "en" and tok.key not in DAYS and tok.key not in MONTHS and tok.key[:-1] not in DAYS:
            continue
        if lang == "fr" and tok.key not in _FR_DATES and tok.key[:-1] not in _FR_DATES:
            continue
        sort = _date(tok, text, lang)
        if not sort:
            continue
        if tok.cap and ((i + 1 < n and toks[i + 1].cap and link[i] and toks[i + 1].key in _DATED_NAMES) or (
                i > 0 and toks[i - 1].cap and link[i - 1] and toks[i - 1].key in _DAY_QUALIFIERS)):
            continue
        dates.add(i)
        key = fold(DAYS.get(tok.key) or DAYS.get(tok.key[:-1]) or MONTHS.get(tok.key) or tok.key) \
            if lang == "en" else fold(tok.key)
        framed = sort == "day" and _REPORTED[lang].search(text, max(0, tok.start - 40), tok.start) is not None
        out.append(Entity(sort, Span(tok.start, tok.end), tok.text,
                          key[:-1] if sort == "day" and key.endswith("s") else key, weak=framed))

    # runs of capitalised words that name an institution ("National Weather Service"): translated freely
    institution: set[int] = set()
    i = 0
    while i < n:
        if not toks[i].cap:
            i += 1
            continue
        j = i + 1
        while j < n and (toks[j].cap or ((toks[j].key in connectors or toks[j].key == "and") and j + 1 < n
                                         and toks[j + 1].cap)) and (link[j - 1] or toks[j].key == "and"):
            j += 1
        if j - i > 1 and any(toks[k].cap and _in(toks[k].key, institutions) for k in range(i, j)):
            institution.update(range(i, j))
        i = j

    # the table: runs of capitalised words (English); word groups holding a capital (French)
    hit_at: dict[int, tuple[int, tuple[int, ...]]] = {}
    i = 0
    while i < n:
        tok = toks[i]
        if i in dates or (lang == "en" and not tok.cap) or not _may_start(tok.key, lang):
            i += 1
            continue
        found = None
        j = i + 1
        end = i + 1  # the longest run that may be one name
        while end < min(n, i + 6) and link[end - 1] and end not in dates and (
                lang == "fr" or toks[end].cap or toks[end].key in connectors):
            end += 1
        for j in range(end, i, -1):
            seg = toks[i:j]
            if not any(x.cap for x in seg) or (j - i == 1 and _in(tok.key, titles)):
                continue  # "Sénateur" is a title, not the Senate
            hits = [e for e, acr in _lookup(tuple(x.key for x in seg), lang)
                    if not acr or (all(x.caps for x in seg) and mode != "shout")]
            if hits:
                found = (j, tuple(dict.fromkeys(hits)))
                break
        if found:
            hit_at[i] = found
            i = found[0]
        else:
            i += 1
    in_hit = {k for s, (e, _) in hit_at.items() for k in range(s, e)}
    # a one-word table hit glued to another name word is part of that name: "Jack White", "Washington Post"
    for s, (e, _found) in list(hit_at.items()):
        if e - s == 1 and ((s > 0 and link[s - 1] and dist[s - 1] and s - 1 not in in_hit and s - 1 not in dates)
                           or (s + 1 < n and link[s] and dist[s + 1] and s + 1 not in in_hit
                               and s + 1 not in dates)):
            del hit_at[s]
            in_hit.discard(s)
    for s, (e, found) in sorted(hit_at.items()):
        seg = toks[s:e]
        first = seg[0]
        if e - s == 1 and first.key in common and not first.caps and first.initial:
            continue  # a common word that is also a table key ("House", "Est") counts only mid-sentence
        entry = _ENTRIES[found[0]]
        # weak: a possessive place ("Israel's Iron Dome"), an adjective before a noun ("a Welsh
        # Conservative"), a place in apposition ("Manchester, England"), a French complement ("le Sénat des
        # États-Unis")
        weak = seg[-1].possessive
        if lang == "en":
            weak = weak or (e - s == 1 and e < n and link[s] and not first.caps and first.key not in (
                f.words[-1] for f in entry.en[:1]) and _ADJECTIVE.search(first.key) is not None)
            weak = weak or (s > 0 and toks[s - 1].cap and _APPOSITION.fullmatch(text, toks[s - 1].end, first.start)
                            is not None)
        else:
            weak = weak or _FR_COMPLEMENT.search(text, max(0, first.start - 12), first.start) is not None
        own_institution = any(_in(x.key, institutions) for x in seg)
        reportable = not first.in_title and (s not in institution or own_institution)
        if e - s == 1 and (first.key in common or _in(first.key, institutions)):
            reportable = False  # "Army", "Commission": often rendered by an ordinary word
        out.append(Entity("place", Span(first.start, seg[-1].end), text[first.start: seg[-1].end],
                          entry.name, found, tuple(x.key for x in seg), reportable, weak))

    # other names: runs of distinctive capitalised words, with "de", "of" or an initial inside
    i = 0
    while i < n:
        if i in in_hit or i in dates or not dist[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j not in in_hit and j not in dates:
            if dist[j] and link[j - 1]:
                j += 1
                continue
            k = j
            while k < n and k - j < 2 and ((toks[k].key in connectors and not toks[k].cap) or (
                    len(toks[k].key) == 1 and toks[k].cap and text.startswith(".", toks[k].end))):
                k += 1
            if j < k < n and k not in in_hit and k not in dates and dist[k] and all(link[j - 1: k]):
                j = k + 1
                continue
            break
        start, seg = i, toks[i:j]
        i = j
        names = [x for x in seg if distinctive(x)]
        reportable = (mode == "plain" and not all(x.caps for x in names) and not seg[0].in_title
                      and not any(k in institution for k in range(start, j)))
        weak = False
        # glued to a capitalised common word: "Red Tide", "Blue Box", "Presiding Officer"
        for k, ok in ((start - 1, start > 0 and link[start - 1]), (j, j < n and link[j - 1])):
            if ok and toks[k].cap and not toks[k].caps and toks[k].key not in _FUNCTION and toks[k].key not in _ARTICLES and (
                    toks[k].key in common or (k == j and _in(toks[k].key, titles))):
                weak = True
        w = seg[0]
        if w.initial and len(names) == 1:
            inner = not w.caps and any(c.isupper() for c in w.text[1:])
            elsewhere = any(x.key == w.key and x.cap and not x.initial for x in toks if x is not w)
            if not (w.possessive or inner or elsewhere):
                # a capitalised first word may be an ordinary word: a name only when it looks like one
                weak = True
                reportable = reportable and (not _looks_common(w.key, True) if lang == "en"
                                             else _fr_namelike(w.key))
        keys = tuple(x.key for x in names)
        words = (*keys, "".join(keys)) if len(keys) > 1 else keys  # "Sky Blues" = "Skyblues"
        extra = tuple(dict.fromkeys(e for x in names for e, acr in _lookup((x.key,), lang) if not acr or x.caps))
        out.append(Entity("name", Span(w.start, seg[-1].end), text[w.start: seg[-1].end], " ".join(keys),
                          extra, words, reportable, weak))
    out.sort(key=lambda e: e.span.start)
    return out


def entities(text: str, lang: str) -> list[Entity]:
    """The entities of ``text`` (``lang`` ``en`` or ``fr``), in reading order."""
    return _Text.of(text, lang).ents


# --- matching ------------------------------------------------------------------------------------

# the first member of a French compound of nations: "tchéco-allemand", "franco-britannique", "israélo-arabe";
# the learned stems that are no start of the country's name
_FR_COMPOUND_PREFIX = regex.compile(r"(?i)(?<![\p{L}-])(\p{L}{3,})o-\p{L}|(?<=\p{L}-)(\p{L}{3,})o(?=-\p{L})")
_LEARNED_PREFIX = {"german": "allemand", "sin": "chin", "angl": "anglais", "nipp": "japon", "helvetic": "suisse",
                   "lus": "portug", "hispan": "espagn", "gallo": "franc"}


def _compound_prefix(forms: tuple[_Form, ...], fr: str) -> bool:
    """The French renders a country by the first member of a compound ("tchéco-allemand" for "the Czech
    Republic and Germany"): the prefix without its -o starts one of the country's French forms."""
    if "o-" not in fr:
        return False
    folded = [fold(f.words[0]).lower() for f in forms if len(f.words) == 1 and not f.acronym]
    for m in _FR_COMPOUND_PREFIX.finditer(fr):
        stem = fold(m.group(1) or m.group(2)).lower()
        stem = _LEARNED_PREFIX.get(stem, stem)
        # "tchéco" / "tchèque": the stem's last letter may change before the ending
        if any(f.startswith(stem) or (len(stem) >= 5 and f.startswith(stem[:-1])) for f in folded if f):
            return True
    return False


def _rendered(e: Entity, own: _Text, other: _Text) -> bool:
    """Whether the entity ``e`` of ``own`` has a counterpart in ``other``."""
    if e.sort == "url":
        return any(o.sort == "url" and (o.key == e.key or o.key.startswith(e.key) or e.key.startswith(o.key))
                   for o in other.ents)
    if e.sort in ("handle", "hashtag"):
        if any(o.sort in ("handle", "hashtag") and o.key == e.key for o in other.ents):
            return True
        if any(o.sort == e.sort for o in other.ents):
            return False  # another handle (hashtag) stands there: a changed one, even by one letter
        if other.spelt_out(e.key):
            return True
        return any(other.has(f, plural=other.lang == "en") for i in e.entries
                   for f in (_ENTRIES[i].fr if other.lang == "fr" else _ENTRIES[i].en))
    if e.sort in ("day", "month"):
        if any(o.sort == e.sort and o.key == e.key for o in other.ents):
            return True
        if _date_rendered(e, own, other):
            return True
        # "on Saturday" rendered by the date ("le 29 septembre"), and the reverse
        swap = "month" if e.sort == "day" else "day"
        return any(o.sort == swap for o in other.ents) and not any(o.sort == swap for o in own.ents)
    for i in e.entries:
        forms = _ENTRIES[i].fr if other.lang == "fr" else _ENTRIES[i].en
        if any(other.has(f, plural=other.lang == "en") for f in forms):
            return True
        if other.lang == "fr" and e.sort == "place" and _compound_prefix(forms, other.text):
            return True
    return any(other.similar(w, loose=e.sort == "name") or (w.isalpha() and other.anagram(w)) for w in e.words) \
        or _expanded(e, own, other)


_MINOR_WORDS = frozenset("of and the for on in at to de du des la le les et d l en pour sur".split())


def _initials(e: Entity, text: str) -> str | None:
    """The acronym a name of several words spells ("Royal Navy" → ``rn``, "High Speed 2" → ``hs2``,
    function words left out), else ``None``."""
    parts = regex.findall(r"[\p{L}\p{N}]+", e.text)
    m = regex.match(r"[\s\u00a0]+(\p{N}+)(?![\p{L}\p{N}])", text[e.span.end :])
    if m is not None:
        parts.append(m.group(1))  # "High Speed 2": the number goes with the name
    parts = [p for p in parts if p.lower() not in _MINOR_WORDS]
    if len([p for p in parts if p[0].isalpha()]) < 2:
        return None
    return "".join(p if p.isdigit() else fold(p[0]).lower() for p in parts)


def _expanded(e: Entity, own: _Text, other: _Text) -> bool:
    """A name of several words whose initials are an acronym of the other side: "Royal Navy" for
    "RN", "Pharmaceutical Benefits Scheme" for "PBS" (the translator spells the acronym out, or the
    reverse)."""
    if e.sort not in ("name", "place") or not other.acronyms:
        return False
    ini = _initials(e, own.text)
    return ini is not None and (ini in other.acronyms or (ini.isalpha() and other.anagram(ini)))


_WEEK = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_DAY = {v: k for k, v in DAYS.items()}
_MONTH_NUMBER = {fold(v): i for i, v in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                                   "août", "septembre", "octobre", "novembre", "décembre"), 1)}
_NUMERIC_DATE = regex.compile(r"(?<![\p{N}.])(\p{N}{1,2})[./](\p{N}{1,2})[./](?:\p{N}{4}|\p{N}{2})(?![\p{N}])")
_NIGHT = regex.compile(r"(?i)\s+(?:night|overnight)(?![\p{L}])")


def _date_rendered(e: Entity, own: _Text, other: _Text) -> bool:
    """A day or a month given another way: "Saturday night" is the night to Sunday (a French rendering
    may name either day), a day named inside a name of the other side ("Black Friday" / "Vendredi noir"),
    a month written in a numeric date ("20.12.2012" / "20 décembre 2012")."""
    en, fr = (own, other) if own.lang == "en" else (other, own)
    if e.sort == "day":
        nights = [o for o in en.ents if o.sort == "day" and _NIGHT.match(en.text, o.span.end)]
        days = [o.key for o in fr.ents if o.sort == "day"]
        for n in nights:
            i = _WEEK.index(n.key) if n.key in _WEEK else None
            if i is None:
                continue
            near = {_WEEK[(i + 1) % 7], _WEEK[i - 1]}
            if (own is en and e is n and near & set(days)) or (own is fr and e.key in near):
                return True
        word = _EN_DAY.get(e.key, "") if other is en else e.key
        named = [o for o in other.ents if o.sort == "name"] if other is en else []
        if other is en and any(word in o.text.lower() for o in named):
            return True  # "Vendredi noir" for "Black Friday"
        if other is fr and regex.search(rf"(?i)(?<![\p{{L}}]){word}(?![\p{{L}}])", fr.text) and own is en \
                and e.text.lower() != word:
            return True
        return False
    month = _MONTH_NUMBER.get(e.key)
    if month is None:
        return False
    for m in _NUMERIC_DATE.finditer(other.text):
        if month in (int(m.group(1)), int(m.group(2))):
            return True
    return False


_SORT_WORDS = {"url": "link", "handle": "handle", "hashtag": "hashtag", "day": "day", "month": "month",
               "place": "name", "name": "name"}


def _subject(e: Entity, t: _Text) -> bool:
    """A weak name (a first word) that looks like the name of the subject: "Biden met", "Obama a dit"."""
    k = e.words[0] if e.words else e.key
    after = _SUBJECT_VERB[t.lang].match(t.text, e.span.end)
    if after is None:
        return False
    return len(k) >= 3 and not _looks_common(k, True) if t.lang == "en" else _fr_namelike(k)


def _alike(x: Entity, y: Entity) -> bool:
    """Two names that share enough letters to be one name in two spellings (not two table entries)."""
    if x.entries and y.entries and x.sort == y.sort == "place":
        return False  # two known places: Austria is not Australia
    for a in x.words:
        ta = _translit(a)
        for b in y.words:
            tb = _translit(b)
            if len(ta) < 4 or len(tb) < 4:
                continue
            if ta[0] == tb[0] and ratio(ta, tb) >= 65:
                return True
    return False


def _dedupe(ents: list[Entity]) -> list[Entity]:
    seen: set[str] = set()
    out = []
    for e in ents:
        k = f"#{e.entries[0]}" if e.sort == "place" else e.key
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def check(en: str, fr: str) -> list[Finding]:
    """Entity findings for an English text ``en`` and its French rendering ``fr``."""
    te, tf = _Text.of(en, "en"), _Text.of(fr, "fr")
    if not any(e.reportable for e in te.ents) and not any(e.reportable for e in tf.ents):
        return []
    te.prepare()
    tf.prepare()
    lost_en = [e for e in te.ents if e.reportable and not _rendered(e, te, tf)]
    lost_fr = [e for e in tf.ents if e.reportable and not _rendered(e, tf, te)]
    if lost_en and _FR_POSSESSIVE.search(fr):
        # "Flake's choice" → "son choix": a possessive name taken up by a possessive determiner
        for e in lost_en:
            if e.sort == "name" and en[e.span.end: e.span.end + 2] in ("'s", "’s"):
                e.weak = True
    # an unrendered English name and an unrendered French one that look alike are one name adapted
    # ("Sulawezi"/"Sulawesi", an exonym missing from the table)
    for x in [e for e in lost_en if e.sort in ("name", "place")]:
        y = next((y for y in lost_fr if y.sort in ("name", "place") and _alike(x, y)), None)
        if y is not None:
            lost_en.remove(x)
            lost_fr.remove(y)
    # a handle rendered by the name its holder goes by ("@realDonaldTrump" → "Trump"), or the reverse: one
    # entity named another way, reported as minor
    named: list[tuple[Entity, Entity, bool]] = []
    for own, other, other_text, handle_en in ((lost_en, lost_fr, tf, True), (lost_fr, lost_en, te, False)):
        for x in [e for e in own if e.sort == "handle"]:
            body = fold(x.key.lstrip("@"))
            # every word of the name is in the handle ("Donald Trump", "Trump"; not "Michelle Obama" for
            # @BarackObama); the name may count as rendered already, by the handle's letters
            y = next((y for y in [*other, *other_text.ents] if y.sort == "name" and y.words
                      and any(len(w) >= 4 for w in y.words) and all(w in body for w in y.words if len(w) >= 3)),
                     None)
            if y is not None:
                own.remove(x)
                if y in other:
                    other.remove(y)
                named.append((x, y, handle_en))
    out: list[Finding] = []
    for x, y, handle_en in named:
        if handle_en:
            out.append(Finding("entity.dropped", "minor", f"the handle {x.text!r} is not in the rendering, which "
                               f"names its holder {y.text!r}", x.span, y.span))
        else:
            out.append(Finding("entity.added", "minor", f"the rendering gives the handle {x.text!r} of "
                               f"{y.text!r}", y.span, x.span))
    for sort, word in _SORT_WORDS.items():
        a = _dedupe([e for e in lost_en if e.sort == sort])
        b = _dedupe([e for e in lost_fr if e.sort == sort])
        pairs: list[tuple[Entity, Entity]] = []
        # strong with strong first, then weak with strong; two weak names only when both look like the
        # subject of a verb ("Biden met" / "Obama a rencontré"): two first words are often ordinary words
        for weak_a, weak_b in ((False, False), (False, True), (True, False), (True, True)):
            both = weak_a and weak_b and sort == "name"
            for x in [e for e in a if e.weak == weak_a and (not both or _subject(e, te))]:
                y = next((e for e in b if e.weak == weak_b and (not both or _subject(e, tf))), None)
                if y is not None:
                    pairs.append((x, y))
                    a.remove(x)
                    b.remove(y)
        for x, y in sorted(pairs, key=lambda p: p[0].span.start):
            out.append(Finding("entity.changed", "critical", f"the {word} {x.text!r} became {y.text!r}",
                               x.span, y.span))
        out += [Finding("entity.dropped", "major", f"the {word} {x.text!r} is not in the rendering", x.span, None)
                for x in a if not x.weak]
        out += [Finding("entity.added", "major", f"the rendering adds the {word} {y.text!r}, not in the English",
                        None, y.span) for y in b if not y.weak]
    return out + _surname_changed(te, tf, lost_en)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname_changed(te: _Text, tf: _Text, lost: list[Entity]) -> list[Finding]:
    """A name of several words whose first name is in the French but whose last name is not, while
    the French name holding that first name has another word the English lacks: "Dennis M. Walcott"
    → "Dennis M. Morgan" is a changed name, though one of its words is there."""
    out: list[Finding] = []
    for x in te.ents:
        if x.sort != "name" or not x.reportable or x in lost:
            continue
        keys = [k for k in x.key.split() if k not in _SUFFIXES]
        last = keys[-1] if keys else ""
        if len(keys) < 2 or len(last) < 3 or tf.similar(last, loose=True) or tf.anagram(last) \
                or _lookup((last,), "en") or _looks_common(last, True):
            continue  # a place or a nationality in the table may be adapted ("Eintracht Francfort"); a common
            # word ends no person's name ("Dow Jones Industrial Average" → "Dow-Jones-Index")
        firsts = {k for k in keys[:-1] if len(k) >= 3 and tf.similar(k)}
        tl = _translit(last)

        def other(w: str) -> bool:  # a word of another name, not the last one adapted or inflected
            return len(w) >= 3 and w not in firsts and not te.similar(w, loose=True) and not french_word(w) \
                and ratio(_translit(w), tl) < 60 and not (tl.startswith(_translit(w)) and len(tl) - len(w) <= 2)

        y = next((y for y in tf.ents if y.sort == "name" and y.reportable and firsts & set(y.key.split())
                  and any(other(w) for w in y.key.split())), None)
        if y is not None:
            out.append(Finding("entity.changed", "critical", f"the name {x.text!r} became {y.text!r}", x.span, y.span))
    return out


# French words that take a name up: "the officers asked Manning" → "les officiers l'ont interrogé",
# "Gates and Rumsfeld" → "ces derniers"
_TAKE_UP_ONE = regex.compile(r"(?i)^(?:il|elle|lui|celui-ci|celle-ci|dernier|dernière)$")
_TAKE_UP_MANY = regex.compile(r"(?i)^(?:ils|elles|eux|leur|ceux-ci|celles-ci|derniers|dernières)$")
_CLITIC = regex.compile(r"(?i)^(?:l['’]|le|la|les)$")
_VERBISH = regex.compile(r"(?i)^(?:a|ai|as|ont|avait|avaient|aient|ait|est|était|sont|\p{L}{2,}(?:ent|ait|aient|é|ée|és|er))$")


RENDERED_LINK = 0.5


def _rendered_by_word(ctx: Context, found: list[Finding]) -> list[Finding]:
    """A dropped (added) *name* strongly linked to a word of the other side that is no entity there
    was translated as an ordinary word ("in Winter" → "en hiver", "a quick wiki" → "sur Wikipédia");
    a dropped name and an added one linked to each other are one name rendered ("Westerner" →
    "Occidental"): ``minor`` both."""
    al = ctx.alignment
    assert al is not None
    ents = {"en": entities(ctx.en, "en"), "fr": entities(ctx.fr, "fr")}
    out = list(found)
    for i, f in enumerate(found):
        if f.severity != "major" or f.code not in ("entity.dropped", "entity.added") \
                or not regex.match(r"the (?:name|place|day|month) |the rendering adds the (?:name|place|day|month) ",
                                   f.message):
            continue
        added = f.code == "entity.added"
        span = f.fr_span if added else f.en_span
        own_tokens, other_tokens = (al.fr_tokens, al.en_tokens) if added else (al.en_tokens, al.fr_tokens)
        other_text, other_lang = (ctx.en, "en") if added else (ctx.fr, "fr")
        best = None
        for lk in al.links:
            k, o = (lk.fr, lk.en) if added else (lk.en, lk.fr)
            t = own_tokens[k]
            if span.start <= t.start < span.end and lk.weight >= RENDERED_LINK and (best is None or lk.weight > best[0]):
                best = (lk.weight, other_tokens[o])
        if best is None:
            continue
        o = best[1]
        word = other_text[o.start : o.end]
        if not any(c.isalpha() for c in word):
            continue
        holder = next((e for e in ents[other_lang] if e.span.start <= o.start < e.span.end), None)
        partner = holder is not None and any(
            g.code == ("entity.dropped" if added else "entity.added")
            and (g.en_span if added else g.fr_span) is not None
            and (g.en_span if added else g.fr_span).start <= o.start < (g.en_span if added else g.fr_span).end
            for g in found)
        if holder is None or partner:
            how = f"rendered as “{word}”" if holder is None else f"linked to “{holder.text}”"
            out[i] = replace(f, severity="minor", message=f"{f.message}; {how}, check it")
    return out


def _translated_name(ctx: Context, found: list[Finding]) -> list[Finding]:
    """A changed *name* (not a handle, link, day or month) whose words are linked with a weight of
    :data:`RENDERED_LINK` or more to the words of the French name it "became" was translated, not
    replaced ("the Wall" → "le Mur", "the Partnership" → "le Partenariat", "Haus" → "Maison"):
    ``minor`` when the French name holds a French word (the dictionary of
    :func:`~quotecheck.lexicon.french_word`). Two names swapped are not a translation, however close
    their embeddings ("Merkel" → "Obama")."""
    al = ctx.alignment
    assert al is not None
    out = list(found)
    for i, f in enumerate(found):
        if f.code != "entity.changed" or f.severity != "critical" or f.en_span is None or f.fr_span is None \
                or not f.message.startswith("the name "):
            continue  # handles, links, days and months are compared letter for letter
        x = next((e for e in entities(ctx.en, "en") if e.span == f.en_span), None)
        y = next((e for e in entities(ctx.fr, "fr") if e.span == f.fr_span), None)
        if x is None or y is None or x.entries or y.entries:
            continue  # a place of the table is rendered by its table forms: two known places are two places
        w = max((lk.weight for lk in al.links
                 if f.en_span.start <= al.en_tokens[lk.en].start < f.en_span.end
                 and f.fr_span.start <= al.fr_tokens[lk.fr].start < f.fr_span.end), default=0.0)
        # a translation holds French words: two names linked closely ("Merkel", "Obama") are two people
        if w >= RENDERED_LINK and any(french_word(t) for t in regex.findall(r"\p{L}+", y.text)):
            out[i] = replace(f, severity="minor", message=f"{f.message}; linked as a translation, check it")
    return out


# English words that a French rendering may replace by the name they stand for: "he says" → "Peter
# Englund écrit", "during his time there" → "pendant ses études à Oxford"
_EN_TAKE_UP = regex.compile(r"(?i)^(?:he|she|him|his|her|hers|they|them|their|there|here)$")
_EN_PLACE_WORD = regex.compile(r"(?i)^(?:there|here)$")
# the French pronouns that would render them (the articles "le", "la", "l'" are left out: ambiguous)
_FR_PRONOUN = regex.compile(r"(?i)^(?:il|elle|ils|elles|lui|leur|leurs|eux|son|sa|ses|y|là|là-bas|ici|celui-ci|"
                            r"celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière|on)$")


def _names_a_pronoun(ctx: Context, found: list[Finding]) -> list[Finding]:
    """An added name where the English has a pronoun (or "there") that no French word renders: the
    French names whom (where) the English refers to, the mirror of a dropped name taken up by a
    pronoun: ``minor``."""
    al = ctx.alignment
    assert al is not None
    rendered = {lk.en for lk in al.links if lk.weight >= RENDERED_LINK
                and _FR_PRONOUN.match(ctx.fr[al.fr_tokens[lk.fr].start : al.fr_tokens[lk.fr].end])}
    free = [(ctx.en[t.start : t.end], t.start / max(1, len(ctx.en))) for k, t in enumerate(al.en_tokens)
            if k not in rendered and _EN_TAKE_UP.match(ctx.en[t.start : t.end])]
    places = {e.span.start for e in entities(ctx.fr, "fr") if e.sort == "place"}
    out = list(found)
    for i, f in enumerate(found):
        if f.code != "entity.added" or f.severity != "major" or not f.message.startswith("the rendering adds the name") \
                or f.fr_span is None:
            continue
        where = f.fr_span.start / max(1, len(ctx.fr))
        # a place for "there" / "here", a person for a personal pronoun, at about the same place in the text
        kind = _EN_PLACE_WORD if f.fr_span.start in places else _EN_TAKE_UP
        k = next((k for k, (w, pos) in enumerate(free) if kind.match(w) and abs(pos - where) <= 0.25), None)
        if k is None:
            continue
        word = free.pop(k)[0]
        out[i] = replace(f, severity="minor", message=f"{f.message}; the English may refer to it as “{word}”")
    return out


# English phrases that refer to a place without naming it ("this country", "at home", "the capital"), and the
# French words that would render them word for word
_EN_PLACE_REFERENCE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:this|that|our|the|my|your|their|his|her|its)\s+(?:own\s+)?"
    r"(?:country|countries|nation|state|land|capital|city|town|region|homeland)|at\s+home)(?![\p{L}])")
_FR_PLACE_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:pays|nations?|états?|terres?|capitales?|villes?|régions?|patrie|chez\s+(?:nous|eux|soi))(?![\p{L}])")


def _names_a_place_reference(ctx: Context, found: list[Finding]) -> list[Finding]:
    """An added *place* where the English refers to a place without naming it ("this country", "at home",
    "the capital") and the French has no word that renders the phrase ("pays", "capitale", "chez nous"):
    the French names the place the English means ("in this country" → "en Allemagne"): ``minor``, one
    for each such phrase."""
    refs = [m.group() for m in _EN_PLACE_REFERENCE.finditer(ctx.en)]
    if not refs:
        return found
    fr_ents = entities(ctx.fr, "fr")
    words = [m for m in _FR_PLACE_WORD.finditer(ctx.fr)  # "États" inside "États-Unis" is a name
             if not any(e.span.start <= m.start() < e.span.end for e in fr_ents)]
    refs = refs[len(words):]
    if not refs:
        return found
    places = {e.span.start for e in fr_ents if e.sort == "place"}
    return _places_referred_to(found, "entity.added", "fr", places, refs, "the English")


_FR_PLACE_REFERENCE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:ce|cet|cette|le|la|l['’]|du|au|notre|nos|leur|leurs|son|sa|ses|mon|ma|votre)\s*"
    r"(?:pays|nation|capitale|ville|région|patrie)|chez\s+(?:nous|eux))(?![\p{L}])")


def _place_taken_up(ctx: Context, found: list[Finding]) -> list[Finding]:
    """The mirror of :func:`_names_a_place_reference`: a dropped *place* where the French says "ce pays",
    "la capitale", "chez nous" and the English has no such phrase ("Germany" → "le pays"): ``minor``,
    one for each French phrase."""
    refs = [m.group() for m in _FR_PLACE_REFERENCE.finditer(ctx.fr)]
    refs = refs[len(list(_EN_PLACE_REFERENCE.finditer(ctx.en))):]
    if not refs:
        return found
    places = {e.span.start for e in entities(ctx.en, "en") if e.sort == "place"}
    return _places_referred_to(found, "entity.dropped", "en", places, refs, "the French")


# French phrases that take up an organisation named before without naming it ("la plateforme" for Twitter,
# "le constructeur" for Boeing), and the English words that would be their counterparts
_FR_ORG_REFERENCE = regex.compile(
    r"(?i)(?<![\p{L}])(?:le|la|l['’]|du|au|ce|cette|cet)\s*(?:plateforme|réseau\s+social|entreprise|société|firme|"
    r"groupe|géant(?:\s+\p{L}+)?|constructeur|compagnie|enseigne|marque|application|messagerie|start-up|"
    r"organisation|institution|club|formation|équipe)(?![\p{L}])")
_EN_ORG_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:platform|network|company|companies|firm|group|giant|maker|manufacturer|carrier|brand|"
    r"app|application|start-?up|organi[sz]ation|institution|club|party|team)s?(?![\p{L}])")


def _org_taken_up(ctx: Context, found: list[Finding]) -> list[Finding]:
    """A dropped *name* where the French takes an organisation up by a common noun ("la plateforme", "le
    réseau social", "l'entreprise", "le constructeur") that renders no English word ("a Twitter employee"
    → "un employé de la plateforme"): the reference is kept, the name is not written: ``minor``, one for
    each French phrase beyond the English words of that kind."""
    refs = [m.group() for m in _FR_ORG_REFERENCE.finditer(ctx.fr)]
    refs = refs[len(list(_EN_ORG_WORD.finditer(ctx.en))):]
    if not refs:
        return found
    names = {e.span.start for e in entities(ctx.en, "en") if e.sort in ("name", "place")}
    return _places_referred_to(found, "entity.dropped", "en", names, refs, "the French")


def _places_referred_to(found: list[Finding], code: str, side: str, places: set[int], refs: list[str],
                        other: str) -> list[Finding]:
    """``found`` with its major ``code`` findings on a place (by its start on ``side``) made minor,
    one for each phrase of ``refs`` by which ``other`` may refer to it, in order."""
    out = list(found)
    refs = list(refs)
    for i, f in enumerate(found):
        if not refs:
            break
        span = f.fr_span if side == "fr" else f.en_span
        if f.code != code or f.severity != "major" or span is None or span.start not in places:
            continue
        out[i] = replace(f, severity="minor", message=f"{f.message}; {other} may refer to it as “{refs.pop(0)}”")
    return out


def _first_word_rendered(ctx: Context, found: list[Finding]) -> list[Finding]:
    """A changed *name* one side of which is only a capitalised first word (a weak name) linked with a
    weight of :data:`RENDERED_LINK` or more to an ordinary word of the other side, outside the name
    it was paired with, was an ordinary word, rendered there ("Hostages taken…" → "… prise d'otages
    …  Bof, …"): ``minor``."""
    al = ctx.alignment
    assert al is not None
    ents = {"en": entities(ctx.en, "en"), "fr": entities(ctx.fr, "fr")}
    out = list(found)
    for i, f in enumerate(found):
        if f.code != "entity.changed" or f.severity != "critical" or f.en_span is None or f.fr_span is None \
                or not f.message.startswith("the name "):
            continue
        for lang, span, other in (("en", f.en_span, f.fr_span), ("fr", f.fr_span, f.en_span)):
            e = next((e for e in ents[lang] if e.span == span), None)
            if e is None or not e.weak:
                continue
            other_ents = ents["fr" if lang == "en" else "en"]
            word = None
            for lk in al.links:
                own, far = (al.en_tokens[lk.en], al.fr_tokens[lk.fr]) if lang == "en" else \
                    (al.fr_tokens[lk.fr], al.en_tokens[lk.en])
                if lk.weight >= RENDERED_LINK and span.start <= own.start < span.end \
                        and not other.start <= far.start < other.end \
                        and not any(x.span.start <= far.start < x.span.end for x in other_ents):
                    text = ctx.fr if lang == "en" else ctx.en
                    word = text[far.start: far.end]
                    break
            if word is not None and any(c.isalpha() for c in word):
                out[i] = replace(f, severity="minor",
                                 message=f"{f.message}; but “{(ctx.en if lang == 'en' else ctx.fr)[span.start: span.end]}” "
                                         f"is a first word rendered as “{word}”, check it")
                break
    return out


_EN_TITLE_ALONE = regex.compile(r"(?<![\p{L}])(\p{L}+)(?=\s+(?!\p{Lu})|\s*[,.;:!?)]|\s*$)")
_FR_BEFORE = regex.compile(r"(\p{L}+)\s+$")


def _names_a_title(ctx: Context, found: list[Finding]) -> list[Finding]:
    """An added name right after a French title ("le pape François", "la reine Elizabeth II") where the
    English names the holder by a title alone ("The Pope", "the Queen"): the French names whom the
    English speaks of: ``minor``."""
    titles = {m.group(1).lower() for m in _EN_TITLE_ALONE.finditer(ctx.en)} & TITLES_EN
    if not titles:
        return found
    out = list(found)
    for i, f in enumerate(found):
        if f.code != "entity.added" or f.severity != "major" or f.fr_span is None:
            continue
        before = _FR_BEFORE.search(ctx.fr, 0, f.fr_span.start)
        if before is not None and before.group(1).lower() in TITLES_FR and before.group(1)[:1].islower():
            out[i] = replace(f, severity="minor", message=f"{f.message}; the French names the "
                             f"“{before.group(1)}” the English speaks of, check it")
    return out


def check_pair(ctx: Context) -> list[Finding]:
    """:func:`check`, then, with an alignment: a dropped or added name rendered as an ordinary word
    (:func:`_rendered_by_word`) is ``minor``, and so is a changed name linked to the French name as its
    translation (:func:`_translated_name`) or a first word rendered elsewhere (:func:`_first_word_rendered`); a dropped name the French takes up with a pronoun that
    renders nothing else (a personal pronoun, an object clitic before its verb, "ces derniers")
    is ``minor``: the reference is kept, the name is not written."""
    found = check(ctx.en, ctx.fr)
    al = ctx.alignment
    if al is not None and found:
        found = _rendered_by_word(ctx, found)
        found = _translated_name(ctx, found)
        found = _first_word_rendered(ctx, found)
    if al is not None and any(f.code == "entity.added" and f.severity == "major" for f in found):
        found = _names_a_pronoun(ctx, found)
    if any(f.code == "entity.added" and f.severity == "major" for f in found):
        found = _names_a_place_reference(ctx, found)
        found = _names_a_title(ctx, found)
    if any(f.code == "entity.dropped" and f.severity == "major" for f in found):
        found = _place_taken_up(ctx, found)
        found = _org_taken_up(ctx, found)
    dropped = [i for i, f in enumerate(found) if f.code == "entity.dropped" and f.severity == "major"]
    if al is None or not dropped:
        return found
    linked = {lk.fr for lk in al.links}
    words = [ctx.fr[t.start : t.end] for t in al.fr_tokens]
    free: list[tuple[str, bool]] = []  # (word, takes up several)
    for j, w in enumerate(words):
        if j in linked:
            continue
        if _TAKE_UP_MANY.match(w):
            free.append((w, True))
        elif _TAKE_UP_ONE.match(w) or (_CLITIC.match(w) and j + 1 < len(words) and _VERBISH.match(words[j + 1])):
            free.append((w, False))
    out = list(found)
    for i in dropped:
        if not free:
            break
        word, many = free[0]
        if not many:
            free.pop(0)
        f = found[i]
        out[i] = replace(f, severity="minor", message=f.message.replace(" is not in ", " is not written in ")
                         + f"; the French may take it up as “{word}”")
    return out


__all__ = ["Entity", "check", "check_pair", "entities"]
