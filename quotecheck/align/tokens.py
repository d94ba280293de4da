"""Word tokens for alignment, the same for English and French.

A token is a URL, an @handle, a #hashtag, a number (``1 000,5``, ``33,000``,
``3e``), a word with its elided article kept apart (``l'`` + ``homme``,
``qu'`` + ``on``; English ``n't`` is its own token: ``can`` + ``n't``), an
emoji or one punctuation mark. Offsets are kept so links point into the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

_TOKEN = regex.compile(
    r"""https?://\S+|pic\.twitter\.com/\S+
    |[@#][\p{L}\p{N}_]+
    |\p{N}+(?:[ \u00a0\u202f.,]\p{N}{3})*(?:[.,]\p{N}+)?(?:e|er|ère|ème|st|nd|rd|th|%)?(?!\p{L})
    |(?i:aujourd['’]hui|prud['’]hom\p{L}*|presqu['’]île)
    |(?i:n['’]t)(?!\p{L})
    |\p{L}+(?=(?i:n['’]t)(?!\p{L}))
    |\p{L}+['’](?=\p{L})
    |[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*
    |\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*
    |\S""",
    regex.X | regex.V1,
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with their character offsets."""
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[Token, ...]:
    # pairing, the aligner and the checks tokenise the same quotes: each text once
    return tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))
