"""Build normalised text while remembering where each character came from.

Readers feed pieces of the original (decoded) source to a :class:`TextBuilder`
together with the source offset of their first character. The builder
normalises as it goes and keeps, for every output character, the index of the
source character that produced it, so positions in the normalised text always
map back to ``line:column`` of the file.

Normalisation (all of it reversible through the offset map):

* CR LF and lone CR become LF;
* no-break, narrow no-break, thin and other fixed-width spaces become a space
  (French typography puts them before ``» : ! ?`` and after ``«``);
* typographic apostrophes (’ ʼ) become ``'`` (spaCy's French NER and our
  regexes read ``'`` better);
* zero-width spaces, BOMs, word joiners and soft hyphens are dropped;
* a base letter followed by combining marks is composed (NFC) when possible.

Quote marks are kept as written: their direction carries information.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable

import regex

_SPACES = "\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000"
_APOSTROPHES = "\u2019\u02bc\uff07"
_ONE_TO_ONE = str.maketrans(
    {**{c: " " for c in _SPACES}, **{c: "'" for c in _APOSTROPHES}, "\u201f": "\u201c", "\uff02": '"'}
)
_DROP = frozenset("\u200b\ufeff\u00ad\u2060\u200e\u200f")
# characters that need more than a 1:1 translation
_SPECIAL = regex.compile(r"[\r\u200b\ufeff\u00ad\u2060\u200e\u200f\p{M}]")
_WS_RUN = regex.compile(r"[ \t\n\r\f\v\u00a0\u202f\u2000-\u200a\u205f\u3000]+")


def normalise_char_map(s: str) -> tuple[str, list[int]]:
    """Normalise ``s``; return the text and, per output char, its index in ``s``."""
    b = TextBuilder()
    b.add(s, 0)
    return b.text, list(b.offsets)


class TextBuilder:
    """Accumulates normalised text and its per-character source offsets."""

    __slots__ = ("_parts", "offsets", "_last")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.offsets: array[int] = array("q")
        self._last = ""  # last character emitted ("" at the start)

    # -- output -------------------------------------------------------------
    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def __len__(self) -> int:
        return len(self.offsets)

    @property
    def last(self) -> str:
        return self._last

    # -- input --------------------------------------------------------------
    def _emit(self, s: str, offsets: Iterable[int]) -> None:
        if not s:
            return
        self._parts.append(s)
        self.offsets.extend(offsets)
        self._last = s[-1]

    def add(self, s: str, src_start: int, *, collapse: bool = False) -> None:
        """Append ``s``, whose first character is at ``src_start`` in the source.

        With ``collapse`` (HTML text), every run of white space becomes one
        space, and none is emitted at the start of a line.
        """
        if not s:
            return
        if collapse:
            pos = 0
            for m in _WS_RUN.finditer(s):
                if m.start() > pos:
                    self._add_plain(s[pos : m.start()], src_start + pos)
                if self._last not in ("", " ", "\n"):
                    self._emit(" ", (src_start + m.start(),))
                pos = m.end()
            if pos < len(s):
                self._add_plain(s[pos:], src_start + pos)
            return
        self._add_plain(s, src_start)

    def _add_plain(self, s: str, src_start: int) -> None:
        t = s.translate(_ONE_TO_ONE)
        if _SPECIAL.search(t) is None:
            self._emit(t, range(src_start, src_start + len(t)))
            return
        out: list[str] = []
        offs: list[int] = []
        n = len(t)
        i = 0
        while i < n:
            c = t[i]
            if c == "\r":
                if i + 1 < n and t[i + 1] == "\n":
                    i += 1
                    continue
                c = "\n"
            elif c in _DROP:
                i += 1
                continue
            elif out and unicodedata.combining(c):
                composed = unicodedata.normalize("NFC", out[-1] + c)
                if len(composed) == 1:  # keeps the base letter's offset
                    out[-1] = composed
                    i += 1
                    continue
            out.append(c)
            offs.append(src_start + i)
            i += 1
        self._emit("".join(out), offs)

    def add_fixed(self, s: str, src_pos: int) -> None:
        """Append ``s`` (an entity's value, a separator) with every char mapped to ``src_pos``."""
        if not s:
            return
        t = s.translate(_ONE_TO_ONE).replace("\r\n", "\n").replace("\r", "\n")
        t = "".join(c for c in t if c not in _DROP)
        if t and self._parts and unicodedata.combining(t[0]):
            composed = unicodedata.normalize("NFC", self._last + t[0])
            if len(composed) == 1:
                self._replace_last(composed)
                t = t[1:]
        if t:
            self._emit(t, [src_pos] * len(t))

    def _replace_last(self, c: str) -> None:
        last = self._parts[-1]
        self._parts[-1] = last[:-1] + c
        self._last = c

    def space(self, src_pos: int) -> None:
        """A word boundary: one space unless the text already ends with white space."""
        if self._last not in ("", " ", "\n"):
            self._emit(" ", (src_pos,))

    def _strip_trailing_spaces(self) -> None:
        while self._parts and self._parts[-1].endswith(" "):
            last = self._parts[-1]
            kept = last.rstrip(" ")
            del self.offsets[len(self.offsets) - (len(last) - len(kept)) :]
            if kept:
                self._parts[-1] = kept
            else:
                self._parts.pop()
        self._last = self._parts[-1][-1] if self._parts else ""

    def _trailing_newlines(self) -> int:
        n = 0
        for part in reversed(self._parts):
            stripped = part.rstrip("\n")
            n += len(part) - len(stripped)
            if stripped:
                break
        return n

    def newline(self, src_pos: int, count: int = 1) -> None:
        """End the current line (``count=2``: the current paragraph), never at the start."""
        self._strip_trailing_spaces()
        if not self._parts:
            return
        have = self._trailing_newlines()
        if have < count:
            self._emit("\n" * (count - have), [src_pos] * (count - have))

    def content_end(self) -> int:
        """Length of the text without its trailing spaces and line breaks."""
        n = len(self.offsets)
        for part in reversed(self._parts):
            stripped = part.rstrip(" \n")
            n -= len(part) - len(stripped)
            if stripped:
                break
        return n

    def finish(self) -> tuple[str, tuple[int, ...]]:
        """The text and its offsets (one source index per character)."""
        return self.text, tuple(self.offsets)
