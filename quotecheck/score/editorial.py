"""Editorial marks: the journalist's words inside a French quote, not the tweeter's.

Recognised kinds:

* ``sic`` — ``(sic)``, ``[sic]``, ``(sic !)``;
* ``elision`` — ``(…)``, ``[…]``, ``(...)``, ``[...]``, and a bare ``…`` or
  ``...`` opening or closing the quote: the journalist left something out on
  purpose, which explains an omission at that place;
* ``note`` — ``(ndlr)``, ``(NDLR : …)``, ``(N.D.L.R.)``, ``(ndt)``,
  ``(en anglais dans le texte)``, ``(en français dans le texte)``;
* ``insertion`` — any other ``[bracketed words]``: a name or word put in
  place of a pronoun or to make the quote readable;
* ``inclusive`` — the suffix of inclusive writing: ``électeur·rice·s``,
  ``tou·te·s``, ``élu.e.s``, ``étudiant(e)s``, ``ami-e-s``.

:func:`blank` replaces the marks by spaces of the same length, so every check
runs on the tweeter's words only while all offsets stay valid.
"""

from __future__ import annotations

import regex

from ..types import EditorialMark, Span

_DOTS = r"(?:…|\.{3})"
_MARKS = regex.compile(
    rf"""(?P<sic>[(\[]\s*sic\s*!?\s*[)\]])
    |(?P<elision>[(\[]\s*{_DOTS}\s*[)\]]|^\s*{_DOTS}|{_DOTS}\s*$)
    |(?P<note>\((?:\s*(?:n\.?\s*d\.?\s*l\.?\s*r|n\.?\s*d\.?\s*t)\.?\b[^)]*
                |[^()]*[,;:\s]\s*(?:n\.?\s*d\.?\s*l\.?\s*r|n\.?\s*d\.?\s*t)\.?\s*
                |\s*en\s+(?:anglais|français)\s+dans\s+le\s+texte\s*)\))
    |(?P<insertion>\[[^\[\]]{{1,60}}\])
    |(?<=\p{{L}})(?P<inclusive>(?:[·•.\-](?:e|rice|euse|ice|ère|le|trice|te|se|ne|ve|x)(?:[·•.\-]?s)?
                               |\((?:e|rice|euse|le|te|ne|se|ère)\)s?)(?=$|[^\p{{L}}]))""",
    regex.X | regex.I | regex.V1 | regex.M,
)


_EN_BRACKET = regex.compile(r"\[[^\[\]]{1,60}\]")


def marks(fr: str, en: str | None = None) -> list[EditorialMark]:
    """Every editorial mark of a French text, in order. With the English, a French ``[bracket]``
    that renders one of the English text is the source's own, not the journalist's insertion:
    as many insertions as the English has brackets are left as text."""
    out: list[EditorialMark] = []
    source_brackets = len(_EN_BRACKET.findall(en)) if en else 0
    for m in _MARKS.finditer(fr):
        kind = m.lastgroup
        if kind is None:
            continue
        start, end = m.span(kind)
        if kind == "inclusive" and not _looks_inclusive(fr, start, end):
            continue
        if kind == "insertion" and source_brackets > 0:
            source_brackets -= 1
            continue
        out.append(EditorialMark(kind, Span(start, end)))  # type: ignore[arg-type]
    return out


def _looks_inclusive(fr: str, start: int, end: int) -> bool:
    """``élu.e.s`` but not a sentence end followed by a word ("fini.Les")."""
    suffix = fr[start:end]
    if suffix.startswith(".") and not regex.fullmatch(r"\.\p{Ll}+(?:\.s)?", suffix):
        return False
    return not (suffix.startswith("-") and suffix[1:].lower() in ("le", "se", "te", "ne", "ve"))


def blank(fr: str, found: list[EditorialMark]) -> str:
    """``fr`` with every mark replaced by spaces (same length, same offsets)."""
    chars = list(fr)
    for mk in found:
        for i in range(mk.span.start, mk.span.end):
            chars[i] = " "
    return "".join(chars)


def elided(found: list[EditorialMark]) -> bool:
    """Whether the journalist marked a cut."""
    return any(mk.kind == "elision" for mk in found)


__all__ = ["blank", "elided", "marks"]
