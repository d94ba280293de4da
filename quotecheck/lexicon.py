"""Small shared word lists and folds used by several stages."""

from __future__ import annotations

import unicodedata

# number words 0–20, English and French, to their value ("eleven" = "onze" = 11)
NUMBER_WORDS: dict[str, int] = {
    w: n
    for n, ws in enumerate(
        [("zero", "zéro"), ("one", "un", "une"), ("two", "deux"), ("three", "trois"), ("four", "quatre"),
         ("five", "cinq"), ("six",), ("seven", "sept"), ("eight", "huit"), ("nine", "neuf"), ("ten", "dix"),
         ("eleven", "onze"), ("twelve", "douze"), ("thirteen", "treize"), ("fourteen", "quatorze"),
         ("fifteen", "quinze"), ("sixteen", "seize"), ("seventeen", "dix-sept"), ("eighteen", "dix-huit"),
         ("nineteen", "dix-neuf"), ("twenty", "vingt")])
    for w in ws
}


def fold(s: str) -> str:
    """Lower case without accents: ``Été`` → ``ete``."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
