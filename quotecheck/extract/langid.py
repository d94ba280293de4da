"""Language identification for short texts, English vs French.

Backend ``lingua.v1``: ``lingua-language-detector`` restricted to English and
French (offline, ~13 µs a short text, right on hard short cases such as
"MAKE FRANCE GREAT AGAIN" or "I like Mike !"). Before detection, what carries
no language is removed: URLs, @handles, the ``#`` of hashtags (their words
stay), emoji, digits and punctuation. A text with no letters left is
``neutral``; one too short to call is ``und``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

import regex

_URL = regex.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|\b[\w.-]+\.(?:com|fr|org|net|co|ly)/\S*", regex.I)
_HANDLE = regex.compile(r"@\w+")
_NON_LETTER = regex.compile(r"[^\p{L}'\s-]+")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_SPACES = regex.compile(r"\s+")


def strip_neutral(text: str) -> str:
    """``text`` without URLs, handles, emoji, digits and punctuation; hashtag words split."""
    t = _URL.sub(" ", text)
    t = _HANDLE.sub(" ", t)
    t = regex.sub(r"#(\w+)", lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", t)
    t = _NON_LETTER.sub(" ", t)
    return _SPACES.sub(" ", t).strip(" '-")


_SENTENCE_START = regex.compile(r"(?:^|[.!?…:]\s+|\n)\s*(\p{L}+)")
_TITLE_WORD = regex.compile(r"\b\p{Lu}\p{Ll}+\b")


def drop_names(text: str) -> str:
    """``text`` without capitalised words that do not start a sentence (proper
    names carry little language), unless that would leave no word."""
    starts = {m.start(1) for m in _SENTENCE_START.finditer(text)}
    kept = _TITLE_WORD.sub(lambda m: m.group() if m.start() in starts else " ", text)
    return kept if regex.search(r"\p{L}{2,}", kept) else text


class LanguageIdentifier(Protocol):
    name: str

    def identify(self, text: str) -> tuple[str, float]:
        """``(lang, confidence)`` with lang ``en``, ``fr``, ``neutral`` or ``und``."""
        ...


# plain ASCII words both languages could spell: no rule settles it, so every n-gram
# model (1 to 5 letters) of both languages is loaded
_WARM_UP = "the people who voted for this law"


class LinguaIdentifier:
    """English/French identification with lingua (``lingua.v1``)."""

    name = "lingua.v1"

    def __init__(self) -> None:
        from lingua import Language, LanguageDetectorBuilder

        self._en = Language.ENGLISH
        # Models loaded by a first detection here, in this thread, rather than with
        # lingua's preloading: that loads them in a pool of threads that stays alive
        # (a process with threads must not fork: ``compare --jobs`` forks workers that
        # share the loaded models) and costs more CPU (0.44 s against 0.37 s).
        self._detector = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()
        self._detector.compute_language_confidence_values(_WARM_UP)
        self.identify = lru_cache(maxsize=65536)(self._identify)  # type: ignore[method-assign]
        self.english = lru_cache(maxsize=65536)(self._english)  # type: ignore[method-assign]

    def _english(self, text: str) -> float:
        """lingua's confidence (0–1) that ``text``, as it is, is English rather than French."""
        return float(self._detector.compute_language_confidence(text, self._en))

    def _identify(self, text: str) -> tuple[str, float]:
        full = strip_neutral(text)
        if not regex.search(r"\p{L}{2,}", full):
            return "neutral", 0.0
        words = strip_neutral(drop_names(_HANDLE.sub(" ", _URL.sub(" ", text))))
        if not regex.search(r"\p{L}{2,}", words):
            words = full
        if words.isupper():
            words = words.lower()  # all-caps slogans read better lower-cased
        values = self._detector.compute_language_confidence_values(words)
        if not values:
            return "und", 0.0
        best = values[0]
        lang = "en" if best.language == self._en else "fr"
        conf = float(best.value)
        if _name_heavy(full):
            conf = min(conf, 0.5)  # a list of names says little about the language
        return lang, conf


def _name_heavy(words: str) -> bool:
    tokens = regex.findall(r"\p{L}{2,}", words)
    if len(tokens) < 2 or words.isupper():
        return False
    titled = sum(1 for t in tokens if t[0].isupper() and not t.isupper())
    return titled / len(tokens) >= 0.6
