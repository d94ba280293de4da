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

from dataclasses import dataclass

import regex

from ..lexicon import NUMBER_WORDS, fold
from ..types import Finding, Span

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}
_SCALES = {"bn": 1e9, "hundred": 1e2, "cent": 1e2, "cents": 1e2, "thousand": 1e3, "mille": 1e3, "k": 1e3,
           "million": 1e6, "millions": 1e6, "m": 1e6, "billion": 1e9, "billions": 1e9,
           "milliard": 1e9, "milliards": 1e9, "trillion": 1e12, "trillions": 1e12}
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
}
_WORDS_RE = "|".join(sorted((regex.escape(w) for w in list(NUMBER_WORDS) + list(_TENS)), key=len, reverse=True))
_SCALES_RE = "|".join(sorted((regex.escape(w) for w in _SCALES if len(w) > 2), key=len, reverse=True))
_UNITS_RE = "|".join(sorted((regex.escape(u) for u in _UNITS), key=len, reverse=True))
_NUMBER = regex.compile(
    rf"""(?<![\p{{L}}\p{{N}}])
    (?P<cur>[$€£])?\s?
    (?:(?P<num>\p{{N}}+(?:[ \u00a0\u202f.,]\p{{N}}{{3}})*(?:[.,]\p{{N}}+)?)
      |(?P<word>(?i:{_WORDS_RE}|hundred|cent)(?:(?:[\s-]+|\s+(?:and|et)\s+)(?i:{_WORDS_RE}|hundred|cents?|thousand|mille))*)(?![\p{{L}}]))
    (?:[\s-]?(?P<scale>(?i:{_SCALES_RE})|(?:[kKmM]|bn)(?:n)?(?![\p{{L}}]))|)
    (?P<ord>st|nd|rd|th|er|e|ème|ᵉ)?
    (?:\s?(?P<pct>%|(?i:pour\s?cent|percent|per\s?cent)))?
    (?:\s?(?P<time>(?i:[ap]\.?m\.?)(?![\p{{L}}])|h(?:\s?\d\d)?(?![\p{{L}}])))?
    (?:[\s-]?(?P<unit>(?i:{_UNITS_RE}))(?![\p{{L}}]))?
    (?:\s(?:de\s|d')?(?P<cur2>dollars?|euros?|livres?|pounds?\s(?:sterling)?))?""",
    regex.X | regex.V1,
)


def _words_value(phrase: str) -> float | None:
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
        elif w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        elif fold(w) in NUMBER_WORDS:
            current += NUMBER_WORDS[fold(w)]
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

    @property
    def values(self) -> tuple[float, ...]:
        return (self.value, *self.alternatives)


def _parse_digits(s: str, lang: str) -> float | None:
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if regex.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", s) and not (lang == "en" and "." in s and "," not in s and s.count(".") == 1 and False):
        sep = regex.findall(r"[ ,.]", s)
        if len(set(sep)) == 1:
            if lang == "en" and sep[0] == "." and len(sep) == 1:
                return float(s)  # 1.500 in English is one and a half
            if lang == "fr" and sep[0] == "," and len(sep) == 1:
                return float(s.replace(",", "."))  # 1,500 in French is one and a half
            return float(s.replace(sep[0], ""))
    s = s.replace(" ", "")
    if lang == "fr":
        s = s.replace(".", "").replace(",", ".") if "," in s else s
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def quantities(text: str, lang: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        alt: tuple[float, ...] = ()
        if m.group("num"):
            v = _parse_digits(m.group("num"), lang)
            other = _parse_digits(m.group("num"), "en" if lang == "fr" else "fr")
            if other is not None and v is not None and other != v:
                alt = (other,)  # writers mix conventions: "3,158" in a French text
            yr = regex.match(r"(?<=(?:19|20)\d\d/)\d\d$", m.group("num"))
            pre = text[max(0, m.start("num") - 5) : m.start("num")]
            if regex.fullmatch(r"(?:19|20)\d\d/", pre) and len(m.group("num")) == 2:
                v = float(pre[:2] + m.group("num"))  # 2011/12 is 2011/2012
            del yr
        else:
            v = _words_value(m.group("word"))
            if v is None:
                continue
            if lang == "fr" and m.group("word").lower() in ("un", "une") and not (m.group("scale") or m.group("unit")):
                continue  # French article, not a number
            if lang == "en" and m.group("word").lower() == "one" and not (m.group("scale") or m.group("unit")):
                continue  # "one of", "no one": rarely a count worth checking
        if v is None:
            continue
        scale = (m.group("scale") or "").lower()
        factor = 1.0
        if scale:
            factor = _FR_BILLION if (lang == "fr" and scale.startswith("billion")) else _SCALES.get(scale, 1.0)
            v *= factor
        kind = "plain"
        if m.group("pct"):
            kind = "percent"
        elif m.group("cur") or m.group("cur2"):
            kind = "money"
        elif m.group("time"):
            t = m.group("time").lower().replace(".", "")
            if t.startswith("p") and v < 12:
                v += 12
            kind = "time"
        elif m.group("unit"):
            dim, ufactor = _UNITS[m.group("unit").lower()]
            if dim == "temp":
                v = (v - 32) * 5 / 9 if m.group("unit").lower() == "°f" else v
            else:
                v *= ufactor
                alt = tuple(a * factor * ufactor for a in alt)
            kind = f"unit:{dim}"
        elif m.group("ord"):
            kind = "ordinal"
        start = m.start("cur") if m.group("cur") else (m.start("num") if m.group("num") else m.start("word"))
        if not m.group("unit"):
            alt = tuple(a * factor for a in alt)
        out.append(Quantity(v, kind, Span(start, m.end()), alt))
    return out


def _same(a: Quantity, b: Quantity) -> bool:
    if a.kind.startswith("unit:") or b.kind.startswith("unit:"):
        if a.kind != b.kind and "plain" not in (a.kind, b.kind):
            return False
        tol = 0.1 if a.kind == b.kind else 1e-9
        return any(abs(x - y) <= tol * max(abs(x), abs(y), 1e-9) for x in a.values for y in b.values)
    if {a.kind, b.kind} <= {"plain", "ordinal"} or a.kind == b.kind or "plain" in (a.kind, b.kind):
        return any(abs(x - y) <= 1e-9 * max(1.0, abs(x)) for x in a.values for y in b.values)
    return False


def check(en: str, fr: str) -> list[Finding]:
    qe, qf = quantities(en, "en"), quantities(fr, "fr")
    used: set[int] = set()
    left: list[Quantity] = []
    for a in qe:
        j = next((j for j, b in enumerate(qf) if j not in used and _same(a, b)), None)
        if j is None:
            left.append(a)
        else:
            used.add(j)
    extra = [b for j, b in enumerate(qf) if j not in used]
    out: list[Finding] = []
    for a in left:
        if extra:
            b = extra.pop(0)
            out.append(Finding("number.changed", "critical",
                               f"{en[a.span.start:a.span.end]!r} became {fr[b.span.start:b.span.end]!r}",
                               a.span, b.span))
        else:
            out.append(Finding("number.omitted", "major",
                               f"{en[a.span.start:a.span.end]!r} is not in the rendering", a.span, None))
    for b in extra:
        out.append(Finding("number.added", "major",
                           f"{fr[b.span.start:b.span.end]!r} has no counterpart in the English", None, b.span))
    return out
