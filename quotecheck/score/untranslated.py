"""Untranslated: English left inside the French rendering.

* ``untranslated.copy`` (major) — the "rendering" is mostly the English text
  itself: chrF of the French against the English (sacrebleu, character
  n-grams) of :data:`COPY_CHRF` or more.
* ``untranslated.words`` — runs of French tokens that are English words of the
  tweet (same spelling) and that the language identifier reads as English:
  ``major`` for a run of two words or more ("fake news", "the people"),
  ``minor`` for one word ("losers"), which may be an accepted borrowing.
  Numbers, @handles, #hashtags, URLs and names (words capitalised in the
  English, inside a sentence) are not counted, nor words the journalist marked
  as a gloss: inside parentheses or inner quotes.
"""

from __future__ import annotations

import regex

from ..lexicon import NUMBER_WORDS_FR
from ..types import Finding, Span
from .context import Context

COPY_CHRF = 60.0
WORD_CONFIDENCE = 0.80
RUN_CONFIDENCE = 0.70
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_SLANG = frozenset(["lol", "lmao", "lmfao", "rofl", "omg", "wtf", "smh", "tbh", "btw", "fyi", "imo", "imho", "idk", "irl", "afaik"])
# a gloss: a few words in parentheses or inner quotes ("les perdants (losers)", « fake news »)
_GLOSS = regex.compile(r"\((?:[^()\s]+\s?){1,4}\)|“(?:[^”\s]+\s?){1,4}”|\"(?:[^\"\s]+\s?){1,4}\"|‹(?:[^›\s]+\s?){1,4}›"
                       r"|«\s?(?:[^»\s]+\s?){1,4}»")
# English words that are not French words: a run holding one is English
_EN_ONLY = frozenset("the of and his her their its our your my is are was were be been with from that this these those "
                     "which who what when where how why will would should could have has had do does did not no "
                     "to for by at on in it they them we you he she i me".split()) - frozenset(["on", "me"])


COPY_SHARE = 0.5
_TITLE_LINK = frozenset("of the and a an in on for to de".split())


def _copied_share(en: str, fr: str) -> float:
    """Share of the French words (names and numbers aside) written as in the English: a copy,
    not cognates ("fascination", "techniques") in a French sentence."""
    en_lower = {w.lower() for w in _WORD.findall(en)}
    every = list(_WORD.finditer(fr))
    words = [m for m in every if not (m.group()[:1].isupper() and m.start() > 0 and m.group() in en)]
    if len(words) < len(every) / 2:
        words = every  # headline case ("Apple Announces New Phone"): capitals do not mark names here
    if not words:
        return 0.0
    return sum(m.group().lower() in en_lower for m in words) / len(words)


def _borrowed(fr: str, run: list[regex.Match[str]]) -> str | None:
    """Why a run of English words may be a kept name rather than an untranslated passage: a title
    in title case ("Northern Soul", "Game of Thrones"). A borrowed term in lower case ("la safety
    car") looks like an untranslated passage and stays ``major``: the allow-list records it."""
    words = [m.group() for m in run]
    after = _WORD.match(fr, run[-1].end() + 1) if run[-1].end() + 1 < len(fr) else None
    if after is not None and after.group()[:1].isupper() and fr[run[-1].end() : after.start()] == " ":
        words.append(after.group())  # "Game of Thrones": the name that closes the title is not in the run
    before = regex.search(r"([\p{L}][\p{L}'’-]*)([ ,:]{1,2})$", fr[: run[0].start()])
    if before is not None and before.group(1)[:1].isupper() and after is not None and words[-1] == after.group():
        words.insert(0, before.group(1))  # "The Beauty and the Sorrow": the link words between two names
    if words[0][:1].isupper() and words[-1][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_LINK
                                                                  for w in words):
        return "a title or a name kept in English"
    return None


class _LazyChrf:
    """sacrebleu's chrF, built on first use (importing sacrebleu costs ~0.1 s)."""

    _metric = None

    def sentence_score(self, hyp: str, refs: list[str]):
        if _LazyChrf._metric is None:
            from sacrebleu.metrics import CHRF

            _LazyChrf._metric = CHRF()
        return _LazyChrf._metric.sentence_score(hyp, refs)


_CHRF = _LazyChrf()


def check_pair(ctx: Context) -> list[Finding]:
    en, fr = ctx.en, ctx.fr
    english = ctx.langid.english if ctx.langid is not None else (lambda _text: 0.0)
    out: list[Finding] = []
    # the share of French words written as in the English first: it is cheap, and a copy needs it
    if len(en.split()) >= 4 and len(fr.split()) >= 3 and _copied_share(en, fr) >= COPY_SHARE:
        chrf = _CHRF.sentence_score(fr, [en]).score
        # a copy holds English grammar words ("the", "is", "for"); names and numbers alone do not make one
        if chrf >= COPY_CHRF and (
                any(w.lower() in _EN_ONLY for w in _WORD.findall(fr)) or english(fr) >= RUN_CONFIDENCE):
            return [Finding("untranslated.copy", "major",
                            f"the French is mostly the English text (chrF {chrf:.0f} against it)",
                            en_span=Span(0, len(en)), fr_span=Span(0, len(fr)))]
    en_words: dict[str, bool] = {}  # lower-case word -> seen in lower case (not a name) somewhere
    for m in _WORD.finditer(en):
        w = m.group()
        sentence_start = not en[: m.start()].strip() or en[: m.start()].rstrip()[-1:] in ".!?:"
        en_words[w.lower()] = en_words.get(w.lower(), False) or w.islower() or sentence_start
    glossed = [Span(*g.span()) for g in _GLOSS.finditer(fr)]
    runs: list[list[regex.Match[str]]] = []
    prev_end = -1
    for m in _WORD.finditer(fr):
        w = m.group().lower()
        keep = en_words.get(w, False) and len(w) > 1 and not any(g.start <= m.start() < g.end for g in glossed)
        if not keep:
            prev_end = -1
            continue
        if runs and prev_end >= 0 and not fr[prev_end : m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
        prev_end = m.end()
    for run in runs:
        span = Span(run[0].start(), run[-1].end())
        words = fr[span.start : span.end]
        if len(run) >= 2:
            lowered = [m.group().lower() for m in run]
            if all(w in NUMBER_WORDS_FR or m.group()[:1].isupper() for w, m in zip(lowered, run, strict=True)) \
                    and any(w in NUMBER_WORDS_FR for w in lowered):
                continue  # "six Boeing": a number word both languages spell alike, and a name
            if (any(w in _EN_ONLY for w in lowered) and not all(w in ("on", "a", "me") for w in lowered)) \
                    or any(w.endswith("ing") and len(w) > 5 for w in lowered) or english(words) >= RUN_CONFIDENCE:
                why = _borrowed(fr, run)
                out.append(Finding("untranslated.words", "minor" if why else "major",
                                   f"“{words}” is left in English" + (f" ({why}?)" if why else ""), fr_span=span))
        elif words.lower() in _SLANG or (len(words) > 2 and english(words) >= WORD_CONFIDENCE):
            out.append(Finding("untranslated.words", "minor",
                               f"“{words}” is left in English (an accepted borrowing?)", fr_span=span))
    return out


__all__ = ["COPY_CHRF", "check_pair"]
