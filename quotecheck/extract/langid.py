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


class LanguageIdentifier(Protocol):
    name: str

    def identify(self, text: str) -> tuple[str, float]:
        """``(lang, confidence)`` with lang ``en``, ``fr``, ``neutral`` or ``und``."""
        ...


class LinguaIdentifier:
    """English/French identification with lingua (``lingua.v1``)."""

    name = "lingua.v1"

    def __init__(self) -> None:
        from lingua import Language, LanguageDetectorBuilder

        self._en = Language.ENGLISH
        self._detector = (
            LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH)
            .with_preloaded_language_models()
            .build()
        )
        self.identify = lru_cache(maxsize=65536)(self._identify)  # type: ignore[method-assign]

    def _identify(self, text: str) -> tuple[str, float]:
        words = strip_neutral(text)
        if not regex.search(r"\p{L}{2,}", words):
            return "neutral", 0.0
        if words.isupper():
            words = words.lower()  # all-caps slogans read better lower-cased
        values = self._detector.compute_language_confidence_values(words)
        if not values:
            return "und", 0.0
        best = values[0]
        lang = "en" if best.language == self._en else "fr"
        return lang, float(best.value)
