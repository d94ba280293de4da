"""Numbers: digits, number words, French formatting, percentages, money, units, times.

Values are compared, not strings: ``33,000`` = ``33 000`` = ``33.000`` (French
thousands), ``eleven`` = ``onze`` = ``11``, ``6%`` = ``6 %``, ``$2 trillion`` =
``2 000 milliards de dollars``, ``150 mph`` ≈ ``240 km/h``, ``6pm`` = ``18 h``.
A number in the English with no equal value in the French is *changed* when
the French has an unmatched number of its own (critical), *omitted* otherwise
(major); a French number with no English counterpart is *added* (major).

Codes: ``number.changed``, ``number.omitted``, ``number.added``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from ..lexicon import NUMBER_WORDS, NUMBER_WORDS_EN, NUMBER_WORDS_FR, fold
from ..types import Finding, Span

_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_TENS_FR = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
            "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}
_TENS = {**_TENS_EN, **_TENS_FR}
_SCALES = {"bn": 1e9, "hundred": 1e2, "cent": 1e2, "cents": 1e2, "thousand": 1e3, "mille": 1e3, "k": 1e3,
           "million": 1e6, "millions": 1e6, "m": 1e6, "billion": 1e9, "billions": 1e9,
           "milliard": 1e9, "milliards": 1e9, "trillion": 1e12, "trillions": 1e12,
           "dozen": 12, "dozens": 12, "douzaine": 12, "douzaines": 12}
_FR_BILLION = 1e12  # French "billion" is 10^12
# unit → (dimension, factor to the metric base)
_UNITS = {
    "mph": ("speed", 1.609344), "km/h": ("speed", 1.0), "kmh": ("speed", 1.0),
    "miles": ("length", 1.609344), "mile": ("length", 1.609344), "km": ("length", 1.0),
    "kilomètres": ("length", 1.0), "kilometres": ("length", 1.0), "kilometers": ("length", 1.0),
    "feet": ("height", 0.3048), "ft": ("height", 0.3048), "foot": ("height", 0.3048),
    "m": ("height", 1.0), "mètres": ("height", 1.0), "meters": ("height", 1.0), "metres": ("height", 1.0),
    "pounds": ("mass", 0.45359), "lbs": ("mass", 0.45359), "lb": ("mass", 0.45359),
    "kg": ("mass", 1.0), "kilos": ("mass", 1.0), "livres": ("mass", 0.45359), "livre": ("mass", 0.45359),
    "inches": ("small", 2.54), "inch": ("small", 2.54), "cm": ("small", 1.0),
    "pouces": ("small", 2.54), "pouce": ("small", 2.54), "pieds": ("height", 0.3048), "pied": ("height", 0.3048),
    "milles": ("length", 1.609344),
    "°f": ("temp", None), "°c": ("temp", 1.0),
    "decades": ("years", 10.0), "decade": ("years", 10.0), "décennies": ("years", 10.0), "décennie": ("years", 10.0),
    "years": ("years", 1.0), "year": ("years", 1.0), "ans": ("years", 1.0), "an": ("years", 1.0),
    "années": ("years", 1.0), "année": ("years", 1.0),
    # shorter durations, in years: "18 months" = "un an et demi", "48 hours" = "deux jours" (a French
    # "heures" is read as a clock time; against it, a duration compares as written: "48 hours" = "48 heures")
    "months": ("years", 1 / 12), "month": ("years", 1 / 12), "mois": ("years", 1 / 12),
    "weeks": ("years", 7 / 365.25), "semaines": ("years", 7 / 365.25),  # not "week": "un week-end"
    "semaine": ("years", 7 / 365.25), "fortnights": ("years", 14 / 365.25), "fortnight": ("years", 14 / 365.25),
    "days": ("years", 1 / 365.25), "day": ("years", 1 / 365.25), "jours": ("years", 1 / 365.25),
    "jour": ("years", 1 / 365.25), "journées": ("years", 1 / 365.25), "journée": ("years", 1 / 365.25),
    "hours": ("years", 1 / 8766), "hour": ("years", 1 / 8766), "hrs": ("years", 1 / 8766),
    "minutes": ("years", 1 / 525960), "minute": ("years", 1 / 525960), "mins": ("years", 1 / 525960),
    "seconds": ("years", 1 / 31557600), "secondes": ("years", 1 / 31557600),
    "ounces": ("mass", 0.028350), "ounce": ("mass", 0.028350), "oz": ("mass", 0.028350),
    "grammes": ("mass", 0.001), "gramme": ("mass", 0.001), "grams": ("mass", 0.001), "g": ("mass", 0.001),
    "mètre": ("height", 1.0), "metre": ("height", 1.0), "meter": ("height", 1.0),
    "yards": ("height", 0.9144), "yard": ("height", 0.9144), "yd": ("height", 0.9144),
    "kilomètre": ("length", 1.0), "kilometre": ("length", 1.0), "kilometer": ("length", 1.0),
    "kilogrammes": ("mass", 1.0), "kilogramme": ("mass", 1.0), "kilograms": ("mass", 1.0),
    "kilogram": ("mass", 1.0), "kilo": ("mass", 1.0),
    "centimètres": ("small", 1.0), "centimètre": ("small", 1.0), "centimetres": ("small", 1.0),
    "centimeters": ("small", 1.0), "centimetre": ("small", 1.0), "centimeter": ("small", 1.0),
    "acres": ("area", 0.404686), "acre": ("area", 0.404686), "hectares": ("area", 1.0), "hectare": ("area", 1.0),
    "ha": ("area", 1.0),
    "gallons": ("volume", 3.78541), "gallon": ("volume", 3.78541), "litres": ("volume", 1.0),
    "litre": ("volume", 1.0), "liters": ("volume", 1.0), "liter": ("volume", 1.0),
    "degrees fahrenheit": ("temp", None), "degrees f": ("temp", None),
    "degrees celsius": ("temp", 1.0), "degrees c": ("temp", 1.0), "degrees": ("temp", 1.0),
    "degrés celsius": ("temp", 1.0), "degrés": ("temp", 1.0),
}
# English temperatures in these units are Fahrenheit; "degrees" alone may be either scale
_FAHRENHEIT = frozenset({"°f", "degrees fahrenheit", "degrees f"})
# after "un"/"une" these are words, not units: "un livre" is a book, "un pied" a foot of the body
_WORD_UNITS = frozenset({"livre", "livres", "pied", "pieds", "pouce", "pouces", "m", "an"})
_WORDS = {"en": NUMBER_WORDS_EN, "fr": NUMBER_WORDS_FR}
_LANG_TENS = {"en": _TENS_EN, "fr": _TENS_FR}
_UNITS_RE = "|".join(sorted((regex.escape(u) for u in _UNITS), key=len, reverse=True))


def _number_re(lang: str) -> regex.Pattern[str]:
    words = "|".join(sorted((regex.escape(w) for w in [*_WORDS[lang], *_LANG_TENS[lang]]), key=len, reverse=True))
    # "two hundred and five", "vingt et un"; not "between five and ten", "deux cent et quatre cent"
    hundreds, thousands, joiner = (
        ("hundred", "hundred|thousand", r"(?<=(?i:hundred|thousand))\s+and\s+") if lang == "en" else
        ("cents?", "cents?|mille", r"\s+et\s+(?=(?i:un|une|onze)(?![\p{L}]))"))
    # a clock: 14:30, 14h30; English "6.30 a.m." and the military "0600"
    clock_extra = (r"|\p{N}{1,2}\.\p{N}{2}(?=\s?[ap]\.?m\.?)|0\p{N}[0-5]\p{N}(?!\p{N})" if lang == "en" else
                   r"|[0-2]?\p{N}\.[0-5]\p{N}(?=\s?h(?:eures?)?(?![\p{L}]))")  # "15.30 heures"
    hour_words = r"|heures?(?:\s\d\d(?!\p{N}))?" if lang == "fr" else ""
    # "0, 5 %": a French decimal comma typed with a space, before a percent sign only
    spaced_decimal = r"|(?<=(?<!\p{N})\p{N}{1,2}),\s\p{N}(?=\s?%)" if lang == "fr" else ""
    scales = "|".join(sorted((regex.escape(w) for w in _SCALES if len(w) > 2), key=len, reverse=True))
    # "£3m" is three million; a French "1,88 m" is metres (the French million is "M": "3 M€")
    letters = "[kKmM]" if lang == "en" else "[kKM]"
    ordinal = "st|nd|rd|th" if lang == "en" else "ère|ere|re|er|e|ème|ᵉ|eme"
    # an adjective between the number and its unit: "six dernières décennies", "two more years"
    unit_adj = (r"(?i:more|full|whole|long|additional|extra|consecutive|straight|previous)" if lang == "en" else
                r"(?i:derni(?:er|ère|ers|ères)|premi(?:er|ère|ers|ères)|prochain(?:e|s|es)?|longues?|longs|"
                r"bonnes?|petites?|autres|nouvelles?|nouveaux|pleine?s?)")
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{N}}])
        (?P<cur>[$€£])?\s?
        (?:(?P<clock>\p{{N}}{{1,2}}(?::|\s?h\s?)\p{{N}}{{2}}(?!\p{{N}}){clock_extra})
          |(?P<num>\p{{N}}+(?:[ \u00a0\u202f.,]\p{{N}}{{3}})*(?:[.,]\p{{N}}+{spaced_decimal})?)
          |(?P<word>(?i:{words}|{hundreds})(?:(?:[\s-]+|{joiner})(?i:{words}|{thousands}))*)(?![\p{{L}}]))
        (?:[\s-]?(?P<scale>(?i:{scales})(?![\p{{L}}])|(?:{letters}|bn)(?:n)?(?![\p{{L}}\p{{N}}/]))|)
        (?P<ord>{ordinal})?
        (?:\s?(?P<pct>%|(?i:pour[\s-]?cent|percent|per\s?cent)))?
        (?:\s?(?P<time>(?i:[ap]\.?m\.?)(?![\p{{L}}])|h(?:\s?\d\d)?(?![\p{{L}}]){hour_words}))?
        (?:[\s-]?(?:{unit_adj}\s+)?(?P<unit>(?i:{_UNITS_RE}))(?![\p{{L}}]))?
        (?:\s(?:de\s|d')?(?P<cur2>dollars?|euros?|livres?|pounds?\s(?:sterling)?))?""",
        regex.X | regex.V1,
    )


_NUMBER = {"en": _number_re("en"), "fr": _number_re("fr")}

# Quantities that are implied rather than written: they match a number of the other side, but one
# left without a counterpart is no finding ("both sides" → "des deux côtés", "a year" → "un an",
# "the Eighties" → "les années 80", "hundreds" → "des centaines", "first" → "1er").
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
            "eighties": 80, "nineties": 90}
_APPROX_FR = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
              "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
_ORDINALS = {"en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                    "eighth": 8, "ninth": 9, "tenth": 10},
             "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "deuxième": 2, "second": 2,
                    "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
                    "huitième": 8, "neuvième": 9, "dixième": 10}}
# "doubled" / "le double" (two times), "tripler" (three times): implied counts on either side
_MULTIPLE = {"doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 2, "twofold": 2, "threefold": 3, "fourfold": 4,
             "fivefold": 5, "tenfold": 10, "hundredfold": 100}
_COUNTED = {"bienn": 2, "trienn": 3, "quadrienn": 4, "quinquenn": 5, "sexenn": 6, "septenn": 7, "décenn": 10,
            "vicenn": 20, "duo": 2, "trio": 3, "quatuor": 4, "quintette": 5, "binôme": 2, "bicamér": 2,
            "bimestr": 2, "trimestr": 3, "semestr": 6, "cinquantenaire": 50, "centenaire": 100,
            "bicentenaire": 200, "tricentenaire": 300, "millénaire": 1000}
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"]
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int | None:
    """The value of a Roman numeral written in the usual subtractive form ("XIX" → 19), else ``None``."""
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    if total <= 0 or _to_roman(total) != s:
        return None
    return total


def _to_roman(n: int) -> str:
    out = ""
    for v, r in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += r
            n -= v
    return out


# minutes of a duration in words; the share of a fraction in words (both languages)
_DURATIONS = {r"heure\s+et\s+demie|hour\s+and\s+a\s+half": 90, r"demi-heure|half\s+an\s+hour": 30,
              r"heure\s+et\s+quart|hour\s+and\s+a\s+quarter": 75,
              r"trois\s+quarts": 45, r"quart": 15}
_SHARES = {r"half|moitié": 0.5, r"two[\s-]+thirds|deux\s+tiers": 2 / 3, r"third|tiers": 1 / 3,
           r"three[\s-]+quarters|trois\s+quarts": 0.75, r"quarter|quart": 0.25}
_PLURAL_SCALE = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                 "dizaines": 10, "douzaines": 12, "centaines": 100, "milliers": 1e3,
                 "milliards": 1e9}
_SOFT = {
    "en": regex.compile(
        r"(?i)(?<![\p{L}\p{N}'-])(?:"
        r"(?P<two>both|either|neither|twin|twins|dual|pair|(?:a\s+)?couple\s+of|twice)|(?P<three>thrice)"
        r"|(?P<half>(?:a\s+)?half(?:\s+an?)?[\s-]+(?:dozen|hundred|thousand|million|billion))"
        # durations and shares written in words: "an hour and a half" (90 minutes), "a fortnight",
        # "one in five" (20 %), "three quarters" (75 %), "24/7"
        r"|(?P<hours>an?\s+hour\s+and\s+a\s+(?:half|quarter)|half\s+an\s+hour|(?:a|one)\s+quarter\s+of\s+an\s+hour)"
        r"|(?P<yearhalf>(?:a|one)\s+year\s+and\s+a\s+half|one\s+and\s+a\s+half\s+years)"
        r"|(?P<weeks>(?:a|one)\s+week|(?:a\s+)?fortnight|two\s+weeks)"
        r"|(?P<frac>(?:a\s+|one\s+)?half|(?:a|one)\s+third|two[\s-]+thirds|(?:a|one)\s+quarter"
        r"|three[\s-]+quarters|(?:one|1)\s+(?:in|out\s+of)\s+(?P<denom>two|three|four|five|six|ten|\d{1,3}(?!\p{N})))"
        r"|(?P<always>24\s?/\s?7)|(?P<noon>noon|midday)|(?P<midnight>midnight)"
        r"|(?:the\s+)?(?P<decade>" + "|".join(_DECADES) + r")"
        r"|(?P<fewscale>(?:several|a\s+few|few|many)\s+(?:hundred|thousand|million|billion|dozen)s?)"
        r"|(?P<few>several|a\s+few|few|a\s+handful\s+of)"
        r"|(?P<plural>dozens|hundreds|thousands|millions|billions)"
        r"|(?P<ordw>" + "|".join(_ORDINALS["en"]) + r")"
        r"|an?\s+(?P<unit1>year|decade|century|dozen|hundred|thousand|million|billion|mile|foot|pound|inch)"
        r"|(?P<mult>doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|"
        r"(?:two|three|four|five|ten|hundred)fold)"
        r")(?![\p{L}-])"
        # digits glued to a name: "Ariane5", "HS2" (the French writes "Ariane 5")
        r"|(?<=\p{L})(?P<glued>[0-9]{1,4})(?![\p{N}])"),
    "fr": regex.compile(
        r"(?i)(?:(?<=(?<![\p{L}])[dl]['’])|(?<![\p{L}\p{N}'’-]))(?:"
        r"(?P<approx>une\s+(?:" + "|".join(_APPROX_FR) + r"))"
        r"|(?P<hours>une\s+heure\s+et\s+(?:demie|quart)|une\s+demi-heure|(?:un|trois)\s+quarts?\s+d['’]heure)"
        r"|(?P<yearhalf>une?\s+(?:an|année)\s+et\s+demie?)"
        r"|(?P<frac>(?:la\s+)?moitié|(?:un|le)\s+tiers|deux\s+tiers|(?:un|le)\s+quart|(?:les\s+)?trois\s+quarts)"
        r"|(?P<always>(?P<every>\d{1,2})\s?(?:heures|h|jours)\s+sur\s+(?P=every))|(?P<noon>midi)|(?P<midnight>minuit)"
        # "zero" rendered "nul", "aucun"; "en dessous de zéro" (the English "below zero" is a sign)
        r"|(?P<zero>nulle?s?|aucune?|(?<=(?:dessous|dessus)\s+de\s+)zéro)"
        r"|(?P<mult>doubl\p{L}*|tripl\p{L}*|quadrupl\p{L}*)"
        # words that hold a count: "triennal" (3-year), "semestre" (six months), "centenaire" (100th anniversary)
        r"|(?P<counted>(?:bi|tri|quadri|quinqu|sex|sept|dé|vic)enn(?:al|ale|aux|ales|at|ats|ie|ies)|bimestr\p{L}*|"
        r"trimestr\p{L}*|semestr\p{L}*|cinquantenaire|centenaire|bicentenaire|tricentenaire|millénaire"
        # a group of N: "le trio" (the three), "un duo", "bicaméral" (two-chamber)
        r"|duos?|trios?|quatuors?|quintettes?|binômes?|bicamér\p{L}*)(?![\p{L}])"
        r"|(?P<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
        # "une heure du matin" (1 a.m.), "une heure de l'après-midi" (1 p.m.): the "une" is the number
        r"|une\s+heure(?=\s+(?:(?P<am>du\s+matin|de\s+la\s+nuit)|de\s+l['’]après-midi|du\s+soir))"
        # a Roman numeral: "le XIXe siècle" (the 19th century), "au XVIII"
        r"|(?-i:(?P<roman>[IVXLC]{2,7}|[IVX](?=(?:e|er|re|ème|ᵉ)?\s+siècle)))(?:e|er|re|ème|ᵉ)?(?=[\s,.;:!?)]|$)"
        r"|(?:les|des|aux|leurs|nos|vos|ces|ses|mes|tes)\s+(?P<two>deux)"
        r"(?!\s+(?:douzaines?|dizaines?|centaines?|cents?|mille|milliers|millions?|milliards?)(?![\p{L}]))"
        r"|(?:des|quelques|plusieurs|de)\s+(?P<plural>dizaines|douzaines|centaines|milliers|millions|milliards)"
        r"|(?P<ordw>" + "|".join(_ORDINALS["fr"]) + r")"
        r"|(?P<half>(?:une?\s+)?demi-(?:douzaine|million|milliard))"
        r"|une?\s+(?P<unit1>an|année|décennie|douzaine|centaine|millier|mille|million|milliard)"
        r"(?!\s+(?:de\s+\p{L}+\s+)?et\s+demi)"  # "un million et demi" is read as 1.5 million below
        r")(?![\p{L}-])"),
}
def _words_value(phrase: str, words: dict[str, int] = NUMBER_WORDS) -> float | None:
    """``six hundred seventy-two`` → 672, ``soixante-douze`` → 72, ``deux mille`` → 2000."""
    total, current = 0.0, 0.0
    seen = False
    prev = ""
    for w in regex.split(r"[\s-]+", phrase.lower()):
        if w in ("and", "et", ""):
            continue
        if w in ("hundred", "cent", "cents"):
            current = (current or 1) * 100
        elif w in ("thousand", "mille"):
            total += (current or 1) * 1000
            current = 0
        elif w in ("vingt", "vingts") and prev == "quatre":
            current += 80 - 4  # quatre-vingt(s): 4 × 20
        elif w in _TENS:
            current += _TENS[w]
        elif w in words:
            current += words[w]
        elif fold(w) in words:
            current += words[fold(w)]
        else:
            return None
        seen = True
        prev = w
    return total + current if seen else None


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: str  # plain | percent | money | time | unit:<dimension> | ordinal
    span: Span
    alternatives: tuple[float, ...] = ()  # other readings of an ambiguous number ("3,158" in French)
    soft: bool = False  # implied ("both", "a year", "hundreds"): matches, but is never reported alone
    within: tuple[float, float] | None = None  # a range rather than a value ("des centaines", "une trentaine")
    raw: float | None = None  # a duration's number as written, before its conversion to years ("18" months)

    @property
    def values(self) -> tuple[float, ...]:
        return (self.value, *self.alternatives)

    def holds(self, x: float) -> bool:
        if self.within is not None:
            return self.within[0] <= x <= self.within[1]
        return any(abs(x - y) <= 1e-9 * max(1.0, abs(x)) for y in self.values)


def _parse_digits(s: str, lang: str) -> float | None:
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if regex.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", s):
        sep = regex.findall(r"[ ,.]", s)
        if len(set(sep)) == 1:
            if lang == "en" and sep[0] == "." and len(sep) == 1:
                return float(s)  # 1.500 in English is one and a half
            if lang == "fr" and sep[0] == "," and len(sep) == 1:
                return float(s.replace(",", "."))  # 1,500 in French is one and a half
            return float(s.replace(sep[0], ""))
    s = s.replace(" ", "")
    if lang == "fr":
        s = regex.sub(r",\s+(?=\d{1,2}$)", ",", s)  # "0, 5 %": a decimal comma typed with a space
        s = s.replace(".", "").replace(",", ".") if "," in s else s
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _soft_quantities(text: str, lang: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _SOFT[lang].finditer(text):
        g = {k: v.lower() for k, v in m.groupdict().items() if v}
        sp = Span(m.start(), m.end())
        if "noon" in g or "midnight" in g:
            q = Quantity(12, "time", sp, soft=True) if "noon" in g else Quantity(0, "time", sp, (24,), soft=True)
        elif "hours" in g:
            minutes = next(v for k, v in _DURATIONS.items() if regex.search(k, g["hours"]))
            q = Quantity(minutes, "plain", sp, (minutes / 60,), soft=True)
        elif "yearhalf" in g:
            q = Quantity(1.5, "unit:years", sp, soft=True)  # "a year and a half" = "18 mois"
        elif "weeks" in g:
            q = Quantity(1, "plain", sp, (7, 8), soft=True) if "week" in g["weeks"] and "two" not in g["weeks"] \
                else Quantity(2, "plain", sp, (14, 15), soft=True)  # "huit jours", "quinze jours"
        elif "frac" in g:
            share = next((v for k, v in _SHARES.items() if regex.search(k, g["frac"])), None)
            if "denom" in g:
                d = g["denom"]
                n = float(d) if d.isdigit() else _WORDS["en"].get(d, 0)
                if not n:
                    continue
                share, extra = 1 / n, (n,)  # "one in five": the French may keep the count ("un sur cinq")
            else:
                extra = ()
            if share is None:
                continue
            pct = 100 * share
            q = Quantity(round(pct), "plain", sp, (round(pct, 1), share, *extra), soft=True)
        elif "always" in g:
            v = float(g["every"]) if g.get("every") else 24.0
            q = Quantity(v, "plain", sp, (7.0,) if v == 24 and "every" not in g else (), soft=True)
        elif "two" in g:
            q = Quantity(2, "plain", sp, soft=True)
        elif "three" in g:
            q = Quantity(3, "plain", sp, soft=True)
        elif "half" in g:
            q = Quantity(0.5 * _SCALES[regex.split(r"[\s-]+", g["half"])[-1]], "plain", sp)
        elif "decade" in g:
            v = _DECADES[g["decade"]]
            q = Quantity(v, "plain", sp, (1900 + v, 2000 + v) if v < 30 else (1900 + v,), soft=True)
        elif "fewscale" in g:
            scale = _SCALES[regex.split(r"\s+", g["fewscale"])[-1].rstrip("s")]
            q = Quantity(2 * scale, "plain", sp, soft=True, within=(2 * scale, 20 * scale))
        elif "few" in g:
            q = Quantity(3, "plain", sp, soft=True, within=(2, 9))
        elif "plural" in g:
            scale = _PLURAL_SCALE[g["plural"]]
            q = Quantity(2 * scale, "plain", sp, soft=True, within=(2 * scale, 1000 * scale))
        elif "ordw" in g:
            prev = regex.search(r"([\p{L}\p{N}-]+)\s+$", text[max(0, m.start() - 25) : m.start()])
            if prev is not None and (prev.group(1).isdigit() or prev.group(1).lower() in _WORDS[lang]
                                     or prev.group(1).lower() in _LANG_TENS[lang]):
                continue  # "les quatre premières années": an adjective between a number and its unit
            q = Quantity(_ORDINALS[lang][g["ordw"]], "ordinal", sp, soft=True)
        elif m.group().lower().startswith("une") and "heure" in m.group().lower():
            q = Quantity(1 if m.group("am") else 13, "time", sp, soft=True)
        elif "mult" in g:
            q = Quantity(next(v for k, v in _MULTIPLE.items() if g["mult"].startswith(k)), "plain", sp, soft=True)
        elif "counted" in g:
            q = Quantity(next(v for k, v in _COUNTED.items() if g["counted"].startswith(k)), "plain", sp, soft=True)
        elif "month" in g:
            # a month matches the number of a date written in figures ("5/12/2019" = "12 mai 2019")
            q = Quantity(_MONTHS.index(g["month"]) + 1, "plain", sp, soft=True)
        elif "glued" in g:
            v = float(g["glued"])  # "GBBO15" may be the 2015 edition
            q = Quantity(v, "plain", sp, (2000 + v, 1900 + v) if len(g["glued"]) == 2 else (), soft=True)
        elif "zero" in g:
            q = Quantity(0, "plain", sp, soft=True)
        elif "roman" in g:
            v = _roman(m.group("roman"))
            if v is None:
                continue
            q = Quantity(v, "ordinal", sp, soft=True)
        elif "approx" in g:
            v = _APPROX_FR[g["approx"].split()[-1]]
            q = Quantity(v, "plain", sp, within=(0.75 * v, 1.3 * v))
        else:
            unit = g["unit1"]
            if unit == "century":
                q = Quantity(100, "plain", sp, soft=True)  # "a century ago" = "il y a cent ans"
            elif unit in _SCALES or unit in ("centaine", "millier"):
                v = _SCALES.get(unit) or {"centaine": 100, "millier": 1000}[unit]
                q = Quantity(v, "plain", sp, soft=True)
            elif unit in _UNITS:
                dim, factor = _UNITS[unit]
                q = Quantity(1 * (factor or 1), f"unit:{dim}", sp, soft=True)
            else:
                continue
        out.append(q)
    if lang == "fr":  # "le 11-Septembre": a month glued to its day
        out += [Quantity(_MONTHS.index(m.group(1).lower()) + 1, "plain", Span(m.start(1), m.end(1)), soft=True)
                for m in _GLUED_MONTH.finditer(text)]
    return out


_COMPOUND_UNITS = (
    (regex.compile(r"(?i)(?<![\p{N}.,])(\d{1,2})\s?(ft|feet|foot|['’])\s?(\d{1,2})\s?(?:in|inches|inch|[\"”])(?![\p{L}])"),
     "height", 0.3048, 0.0254),
    (regex.compile(r"(?i)(?<![\p{N}.,])(\d{1,3})\s?(lbs?|pounds?)\s?(\d{1,2})\s?(?:oz|ounces?)(?![\p{L}])"),
     "mass", 0.45359, 0.028350),
)
_GLUED_MONTH = regex.compile(r"(?i)(?<=\d[-‑])(" + "|".join(_MONTHS) + r")(?![\p{L}])")
# a date in figures: "5/12/2019", "12.05.19", "2019-05-12", "9/11" (a part of two digits: no fraction)
_NUMERIC_DATE = regex.compile(r"(?<![\p{N}/.-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([/.-])(\d{1,2})\5(\d{4}|\d{2})"
                              r"|(\d{1,2})/(\d{1,2})(?=(?:\s|[,;:!?)]|\.(?!\d)|$))(?<=\d\d(?:/\d{1,2})?|\d/\d\d))(?![\p{N}/])")


def _dates(found: list[regex.Match[str]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in found:
        for k in range(1, 10):
            if m.group(k) and k != 5 and m.group(k).isdecimal():
                v = float(m.group(k))
                alt = (2000 + v, 1900 + v) if k == 7 and len(m.group(k)) == 2 else ()
                out.append(Quantity(v, "plain", Span(m.start(k), m.end(k)), alt))
    return out


def quantities(text: str, lang: str) -> list[Quantity]:
    """Every quantity of ``text`` in language ``lang`` ("en" or "fr"), with its value and kind."""
    out = _soft_quantities(text, lang)
    if lang == "en":  # "6ft 2in", "6 feet 2 inches", "11 lb 4 oz": one quantity
        out += [Quantity(float(m[1]) * major + float(m[3]) * minor, f"unit:{dim}", Span(m.start(), m.end()))
                for pattern, dim, major, minor in _COMPOUND_UNITS for m in pattern.finditer(text)]
    soft = [q.span for q in out]
    dates = [m for m in _NUMERIC_DATE.finditer(text) if not any(s.start <= m.start() < s.end for s in soft)]
    out += _dates(dates)
    taken = soft + [Span(m.start(), m.end()) for m in dates]
    words = _WORDS[lang]
    for m in _NUMBER[lang].finditer(text):
        if any(s.start <= m.start() < s.end or m.start() <= s.start < m.end() for s in taken):
            continue
        alt: tuple[float, ...] = ()
        written_as: float | None = None
        if m.group("clock"):
            c = m.group("clock")
            h, mins = (c[:2], c[2:]) if regex.fullmatch(r"\d{4}", c) else regex.split(r"\s?[:h.]\s?", c)
            if not (h.isdecimal() and mins.isdecimal()):
                continue  # "³⁴:³⁴": number characters that are no digits
            v = int(h) + int(mins) / 60
            if lang == "en" and v < 12 and not m.group("time") and not regex.fullmatch(r"\d{4}", c):
                alt = (v + 12,)  # "at 5:30" without a.m. or p.m. may be "17 h 30"
        elif m.group("num"):
            v = _parse_digits(m.group("num"), lang)
            other = _parse_digits(m.group("num"), "en" if lang == "fr" else "fr")
            if other is not None and v is not None and other != v:
                alt = (other,)  # writers mix conventions: "3,158" in a French text
            if v is not None and 1900 <= v < 2100 and regex.match(r"['’]?s(?![\p{L}])", text[m.end("num"):]):
                alt = (v % 100,)  # "the 1980s" → "les années 80"
            elif v is not None and v < 100 and v % 10 == 0 and regex.match(r"['’]?s(?![\p{L}])", text[m.end("num"):]):
                alt = (1900 + v, 2000 + v) if v < 30 else (1900 + v,)  # "the 80's" → "les années 1980"
            pre = text[max(0, m.start("num") - 5) : m.start("num")]
            if regex.fullmatch(r"(?:19|20)\d\d[/–-]", pre) and len(m.group("num")) == 2 and m.group("num").isdecimal():
                v = float(pre[:2] + m.group("num"))  # 2011/12 is 2011/2012, "the 2019-20 season"
            if regex.match(r"/\d(?!\d)", text[m.end("num"):]) or regex.search(r"(?<!\d)\d/$", pre):
                continue  # a fraction: "5 1/2"
            frac = regex.match(r"[\s-](\d)/(\d)(?!\d)", text[m.end("num"):])
            if frac and v is not None:
                v += int(frac[1]) / int(frac[2])
        else:
            v = _words_value(m.group("word"), words)
            if v is None:
                continue
            word = m.group("word").lower()
            if m.group("word")[:1].isupper() and regex.search(r"\p{Lu}[\p{L}.]*\s+$", text[max(0, m.start() - 30):m.start()]):
                # part of a name ("BBC Two", "Formula One", "the Big Four"): matches "Formule 1", never reported
                out.append(Quantity(float(v), "plain", Span(m.start(), m.end()), soft=True))
                continue
            if lang == "fr" and word in ("un", "une") and not m.group("scale") and not m.group("pct") and (
                    not m.group("unit") or m.group("unit").lower() in _WORD_UNITS):
                continue  # French article, not a number
            if lang == "en" and word == "one" and not (m.group("scale") or m.group("unit") or m.group("pct")) \
                    and not regex.search(r"(?i)(?:plus|minus)\s+$", text[max(0, m.start() - 7) : m.start()]):
                continue  # "one of", "no one": rarely a count worth checking
            if lang == "en" and word == "zero" and regex.match(r"(?i)\s*(?:°\s*)?(?:degrees?\s+)?(?:below|above)\b|",
                                                               text[m.end():]) and regex.search(
                    r"(?i)(?:below|above)\s+$", text[max(0, m.start() - 7) : m.start()]):
                continue  # "below zero": a sign, the French writes "-5 °C"
        if v is None:
            continue
        scale = (m.group("scale") or "").lower()
        factor = 1.0
        if scale:
            factor = _FR_BILLION if (lang == "fr" and scale.startswith("billion")) else _SCALES.get(scale, 1.0)
            v *= factor
            if lang == "fr" and regex.match(r"\s+(?:de\s+\p{L}+\s+)?et\s+demie?(?![\p{L}])", text[m.end():]):
                v += 0.5 * factor  # "2 millions et demi" is 2.5 million
        elif lang == "fr" and m.group("unit") and regex.match(r"\s+et\s+demie?(?![\p{L}])", text[m.end():]):
            v += 0.5  # "deux ans et demi" is two and a half years
        kind = "plain"
        if m.group("pct"):
            kind = "percent"
        elif m.group("cur") or m.group("cur2"):
            kind = "money"
        elif m.group("clock") or m.group("time"):
            t = (m.group("time") or "").lower().replace(".", "")
            if t.startswith("h") and regex.search(r"\d", t):
                v += int(regex.sub(r"\D", "", t)) / 60  # "1h45", "11 heures 10"
            if t.startswith("p") and v < 12:
                v += 12
            kind = "time"
        elif m.group("unit"):
            dim, ufactor = _UNITS[m.group("unit").lower()]
            if dim == "temp":
                unit = m.group("unit").lower()
                if unit in _FAHRENHEIT:
                    v = (v - 32) * 5 / 9
                elif lang == "en" and unit == "degrees":
                    alt = ((v - 32) * 5 / 9,)  # "90 degrees" in an American text is Fahrenheit
            else:
                if dim == "years" and ufactor != 1.0:
                    written_as = v
                v *= ufactor
                alt = tuple(a * factor * ufactor for a in alt)
            kind = f"unit:{dim}"
        elif m.group("ord"):
            kind = "ordinal"
        start = m.start("cur") if m.group("cur") else next(m.start(k) for k in ("clock", "num", "word") if m.group(k))
        if not m.group("unit"):
            alt = tuple(a * factor for a in alt)
        soft = kind == "ordinal" and v == 1  # "1er", "1st": dates and ranks more than counts
        if written_as == 1 and m.group("word"):
            soft = True  # "un jour" (some day), "one day", "un mois de loyer": may match, never reported alone
        if lang == "fr" and m.group("unit") and m.group("unit").lower() == "milles" and m.group("num"):
            raw = _parse_digits(m.group("num"), lang)
            if raw is not None:
                alt = (*alt, raw * 1000)  # "10 milles": the thousands misspelt, as often as miles
        out.append(Quantity(v, kind, Span(start, m.end()), alt, soft=soft, raw=written_as))
    out.sort(key=lambda q: q.span.start)
    # a quantity in parentheses right after another converts it ("5 miles (8 km)"; amounts have their own rule);
    # a number hyphened to a
    # letter names something ("G-20", "F-16", "Covid-19"): both may match, neither is reported
    out = [replace(q, soft=True) if not q.soft and q.kind != "money" and (
        (regex.search(r"\(\s*(?:about|around|roughly|some|approx\.?|~|environ|soit)?\s*[$€£]?$", text[max(0, q.span.start - 12): q.span.start])
         and any(p.span.end <= q.span.start and q.span.start - p.span.end <= 14 and not p.soft for p in out))
        or regex.search(r"(?<![\p{L}])\p{L}{1,5}-$", text[max(0, q.span.start - 6): q.span.start])) else q for q in out]
    # a number inside an idiom ("cloud nine", "à quatre pattes", "cent fois") counts nothing: it may match,
    # it is never reported
    idioms = [(m.start(), m.end()) for m in _IDIOMS[lang].finditer(text)]
    if idioms:
        out = [replace(q, soft=True) if any(a <= q.span.start < b for a, b in idioms) else q for q in out]
    return _merge_spelt_thousands(text, out) if lang == "fr" else out


_IDIOMS = {
    "en": regex.compile(
        r"(?i)(?<![\p{L}])(?:cloud\s+nine|nine[\s-]to[\s-]five|(?:on\s+)?all\s+fours|catch[\s-]22"
        r"|(?:a|one)\s+(?:million|thousand|hundred)\s+(?:times|thanks|things|reasons|ways)"
        r"|thanks\s+a\s+(?:million|bunch)|group\s+of\s+(?:seven|eight|twenty)|sixes\s+and\s+sevens"
        r"|in\s+(?:his|her|their|my|your|our)\s+(?:early\s+|late\s+|mid-?)?(?:\d0['’]?s|twenties|thirties|"
        r"forties|fifties|sixties|seventies|eighties|nineties)|(?:\d0|twenty|thirty|forty|fifty|sixty)-somethings?"
        r"|(?:a|one)\s+hundred\s+(?:percent|per\s+cent)|100\s?%(?=\s*(?:[.!,;]|$|sure|right|behind|agree|correct))"
        r"|one\s+of\s+a\s+kind|second\s+to\s+none|number\s+one|first\s+of\s+all|at\s+first|first\s+and\s+foremost"
        r"|(?:in\s+)?(?:a|one)\s+(?:sec|second|minute|moment)(?![\p{L}])|(?:the\s+)?(?:fourth|4th)\s+of\s+july)"
        r"(?![\p{L}])"),
    "fr": regex.compile(
        r"(?i)(?<![\p{L}])(?:deux\s+poids,?\s+deux\s+mesures|à\s+quatre\s+pattes|entre\s+quatre\s+(?:yeux|murs|z['’]yeux)"
        r"|(?:se\s+|me\s+|te\s+|nous\s+|vous\s+)?m\p{L}+\s+en\s+quatre|(?:en|dans|de)\s+deux\s+(?:secondes|minutes)"
        r"|deux\s+secondes|(?:cent|mille)\s+fois|mille\s+mercis|trente-six|(?:un\s+jour|une\s+fois)\s+sur\s+deux"
        r"|(?:de\s+)?(?:39-45|14-18)|deux\s+temps,?\s+trois\s+mouvements|septième\s+ciel|sept\s+à\s+huit"
        r"|quart\s+de\s+tour|tous\s+les\s+quatre\s+matins|un\s+de\s+ces\s+quatre|quatre\s+cents\s+coups"
        r"|d['’]une\s+pierre\s+deux\s+coups|(?:à\s+)?cent\s+pour\s+cent|(?:la|une)\s+(?:vingtaine|trentaine|"
        r"quarantaine|cinquantaine|soixantaine)\s*(?:[.!,;]|$)|(?:trente|quarante|cinquante|soixante)naire)"
        r"(?![\p{L}])"),
}


_SCALE_END = regex.compile(r"(?i)(?<![\p{L}])(?P<scale>mille|millions?|milliards?)$")


def _merge_spelt_thousands(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"5 mille 352 pesos", "5 millions 143 mille 312 dollars": numbers written with the scale words in
    place of the thousands separators are one number."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and not prev.soft and not q.soft and prev.within is None and q.within is None \
                and not text[prev.span.end : q.span.start].strip():
            m = _SCALE_END.search(text[prev.span.start : prev.span.end])
            scale = _SCALES.get(m.group("scale").lower(), 0) if m else 0
            if m and 0 < q.value < scale and prev.kind in ("plain", q.kind):
                out[-1] = Quantity(prev.value + q.value, q.kind, Span(prev.span.start, q.span.end))
                continue
        out.append(q)
    return out


def _same(a: Quantity, b: Quantity) -> bool:
    if a.within is not None or b.within is not None:
        ranged, other = (a, b) if a.within is not None else (b, a)
        return other.within is not None or any(ranged.holds(x) for x in other.values)
    if a.kind.startswith("unit:") or b.kind.startswith("unit:"):
        written = next((q for q in (a, b) if q.raw is not None), None)
        if written is not None and a.kind != b.kind and {a.kind, b.kind} & {"plain", "time"}:
            other = b if written is a else a  # "18 months" against a bare "18", "48 hours" against "48 heures"
            return any(other.holds(x) for x in (written.raw, *written.values))
        if a.kind != b.kind and "plain" not in (a.kind, b.kind):
            return False
        if a.kind == b.kind == "unit:temp":  # a converted temperature is rounded to the degree
            return any(abs(x - y) <= 0.6 for x in a.values for y in b.values)
        tol = 0.1 if a.kind == b.kind else 1e-9
        return any(abs(x - y) <= tol * max(abs(x), abs(y), 1e-9) for x in a.values for y in b.values)
    if {a.kind, b.kind} <= {"plain", "ordinal"} or a.kind == b.kind or "plain" in (a.kind, b.kind) \
            or {a.kind, b.kind} == {"time", "plain"}:
        return any(a.holds(x) for x in b.values)
    return False


# words of approximation right before a number: the other side may give it rounded
_APPROX = {
    "en": regex.compile(r"(?i)(?<![\p{L}])(?:about|around|roughly|nearly|almost|some|approximately|approx\.?|"
                        r"close\s+to|more\s+than|over|just\s+over|just\s+under|under|less\s+than|up\s+to|~)\s+"
                        r"(?:[$€£]\s?)?$"),
    "fr": regex.compile(r"(?i)(?<![\p{L}])(?:environ|quelque|près\s+de|presque|autour\s+de|approximativement|"
                        r"plus\s+de|moins\s+de|un\s+peu\s+plus\s+de|un\s+peu\s+moins\s+de|jusqu['’]à|quasiment|"
                        r"pratiquement|d['’]environ|~)\s*(?:[$€£]\s?)?$"),
}


def _rounded(a: Quantity, b: Quantity) -> bool:
    """The two values differ by 10 % at most (the same kind of quantity)."""
    if a.kind != b.kind and "plain" not in (a.kind, b.kind):
        return False
    return any(x and y and abs(x - y) <= 0.1 * max(abs(x), abs(y)) for x in a.values for y in b.values)


_CURRENCY = (("£", r"£|\bpounds?\b|\blivres?\b|\bsterling\b|\bgbp\b"), ("$", r"\$|\bdollars?\b|\busd\b"),
             ("€", r"€|\beuros?\b|\beur\b"), ("¥", r"¥|\byens?\b|\byuans?\b"),
             ("₽", r"\broubles?\b|\brubles?\b"), ("fr", r"\bfrancs?\b"))


def _currency(text: str, span: Span) -> str | None:
    """The currency written with an amount (in it or right after it: "10 €", "£9"), else ``None``."""
    around = text[span.start : span.end + 12].lower()
    for sign, pattern in _CURRENCY:
        m = regex.search(pattern, around)
        if m is not None and m.start() <= span.end - span.start + 2:
            return sign
    return None


# "£9 ($14)": the amount in parentheses converts the one before it
_CONVERSION_GLOSS = regex.compile(r"(?:[$€£¥]\s?\p{N}[\p{N}.,]*|\p{N}[\p{N}.,]*\s?(?:[$€£¥]|pounds?|euros?|dollars?))"
                                  r"[\s\p{L}]{0,12}\(\s*(?:about|around|roughly|some|approx\.?|~)?\s*$")
_POUND = regex.compile(r"(?i)£|\bpounds?\b|\bsterling\b|\bgbp\b")


def check(en: str, fr: str) -> list[Finding]:
    qe, qf = quantities(en, "en"), quantities(fr, "fr")
    # French "livres" is pounds sterling, pounds of weight or books: read it as the English has it
    mass = any(q.kind == "unit:mass" for q in qe)
    money = _POUND.search(en) is not None and not mass
    fixed = []
    for q in qf:
        if q.kind in ("money", "unit:mass") and "livre" in fr[q.span.start : q.span.end].lower() and not mass:
            raw = 1 / _UNITS["livres"][1] if q.kind == "unit:mass" else 1.0
            q = replace(q, kind="money" if money else "plain", value=q.value * raw,
                        alternatives=tuple(a * raw for a in q.alternatives))
        fixed.append(q)
    qf = fixed
    used: set[int] = set()
    left: list[Quantity] = []
    for a in sorted(qe, key=lambda q: q.soft):  # written numbers first, then the implied ones
        # a written number of the same value first, a range or an implied one after ("plus de 140" before
        # "des dizaines" for "more than 140")
        matches = [j for j, b in enumerate(qf) if j not in used and _same(a, b)]
        j = min(matches, key=lambda j: (qf[j].soft or qf[j].within is not None, j)) if matches else None
        if j is None:
            if not a.soft:
                left.append(a)
        else:
            used.add(j)
    extra = [b for j, b in enumerate(qf) if j not in used and not b.soft]
    # "every few years" → "tous les deux ou trois ans": a range of one side covers several numbers
    left = [a for a in left if not any(b.within and b.holds(x) for b in qf for x in a.values)]
    extra = [b for b in extra if not any(a.within and a.holds(x) for a in qe for x in b.values)]
    out: list[Finding] = []
    for a in left:
        if extra:
            b = extra.pop(0)
            ca, cb = _currency(en, a.span), _currency(fr, b.span)
            converted = ca is not None and cb is not None and ca != cb
            rounded = not converted and _rounded(a, b) and (
                _APPROX["en"].search(en[max(0, a.span.start - 25): a.span.start])
                or _APPROX["fr"].search(fr[max(0, b.span.start - 25): b.span.start]))
            out.append(Finding("number.changed", "minor" if converted or rounded else "critical",
                               f"{en[a.span.start:a.span.end]!r} became {fr[b.span.start:b.span.end]!r}"
                               + (" (in another currency: a conversion?)" if converted else "")
                               + (" (rounded, with a word of approximation)" if rounded else ""),
                               a.span, b.span))
        elif _CONVERSION_GLOSS.search(en[max(0, a.span.start - 40) : a.span.start]) \
                and regex.match(r"\s*\)", en[a.span.end :]):
            out.append(Finding("number.omitted", "minor", f"{en[a.span.start:a.span.end]!r} is not in the rendering "
                               "(an amount converted in parentheses)", a.span, None))
        else:
            out.append(Finding("number.omitted", "major",
                               f"{en[a.span.start:a.span.end]!r} is not in the rendering", a.span, None))
    for b in extra:
        out.append(Finding("number.added", "major",
                           f"{fr[b.span.start:b.span.end]!r} has no counterpart in the English", None, b.span))
    return out
