"""Find the spans that quote marks enclose, the way French articles write them.

Handled: « … » with or without inner (no-break) spaces, “ … ”, „ … “, "…",
‹ … ›; nesting to any depth (only the outermost span is a quote; inner ones
set the ``nested`` flag); AFP's ``+…+`` inner quotation (``afp-plus``);
reversed guillemets » … « (``reversed``); the French convention of reopening
« at the start of every paragraph of a long quote and closing it once at the
end (``multi-paragraph``); marks that are never closed or closed twice
(recovered at the paragraph end, ``unbalanced``). Nothing here raises on odd
input: the scanner always returns spans inside the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..types import Span

_MARK = regex.compile(r'[«»“”‹›„"]')
_OPENERS = {"«": "»", "“": "”", "‹": "›", "„": "“”", '"': '"'}
_CLOSER_OF = {"»": "«", "”": "“„", "›": "‹", "“": "„"}
_AFP = regex.compile(r"(?<![\w+])\+[^\s+](?:[^+\n]{0,80}?[^\s+])?\+(?![\w+])")
_PARA = regex.compile(r"\n[ \t]*\n\s*")


@dataclass
class Marked:
    """A top-level span enclosed by quote marks."""

    open: int  # position of the opening mark
    close: int  # position just after the closing mark (or the end of the recovered text)
    marks: str  # "«»", "“”", '""', "‹›", "„“", "»«"
    parts: list[Span] = field(default_factory=list)  # the quoted text, one span per paragraph
    flags: set[str] = field(default_factory=set)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


@dataclass
class _Open:
    char: str
    pos: int
    part_start: int  # where the current part's text starts
    parts: list[Span] = field(default_factory=list)
    nested: bool = False
    unbalanced: bool = False


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans (separated by blank lines), without surrounding white space."""
    spans: list[Span] = []
    pos = 0
    for m in _PARA.finditer(text):
        _append_trimmed(spans, text, pos, m.start())
        pos = m.end()
    _append_trimmed(spans, text, pos, len(text))
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def trim(text: str, start: int, end: int) -> Span:
    """``[start, end)`` without surrounding white space (may be empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _is_opener_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{«“—–-/:'") and not after.isspace()


def _is_closer_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}»”…-—–")


def scan(text: str, paras: list[Span] | None = None) -> list[Marked]:
    """Every top-level quoted span of ``text``, in order."""
    if paras is None:
        paras = paragraphs(text)
    out: list[Marked] = []
    carry: _Open | None = None  # a « still open at the end of the previous paragraph
    for k, para in enumerate(paras):
        marks = [(m.start(), m.group()) for m in _MARK.finditer(text, para.start, para.end)]
        reversed_para = _is_reversed(marks)
        stack: list[_Open] = []
        if carry is not None:
            # the paragraph starts with the reopening mark: it begins a new part
            first = marks[0][0] if marks else -1
            reopen = first == para.start and marks[0][1] == carry.char
            start = first + 1 if reopen else para.start
            if reopen:
                marks = marks[1:]
            carry.part_start = start
            stack.append(carry)
            carry = None
        for i, c in marks:
            if reversed_para and c in "«»":
                c = "«" if c == "»" else "»"
            if c == '"':
                top_is_straight = bool(stack) and stack[-1].char == '"'
                if top_is_straight and (_is_closer_context(text, i) or not _is_opener_context(text, i)):
                    _close(text, stack, len(stack) - 1, i, out, reversed_para)
                elif any(o.char == '"' for o in stack) and _is_closer_context(text, i) and not _is_opener_context(text, i):
                    idx = max(j for j, o in enumerate(stack) if o.char == '"')
                    _close(text, stack, idx, i, out, reversed_para)
                elif _is_opener_context(text, i) or not _is_closer_context(text, i):
                    stack.append(_Open('"', i, i + 1))
                continue  # otherwise a stray closing " (27" screens): ignored
            if c == "“" and stack and stack[-1].char == "„":
                _close(text, stack, len(stack) - 1, i, out, reversed_para)
                continue
            if c == "«" and stack and stack[-1].char == "»" and _is_closer_context(text, i):
                _close(text, stack, len(stack) - 1, i, out, True)
                continue
            if c in _OPENERS:
                stack.append(_Open(c, i, i + 1))
                continue
            want = _CLOSER_OF.get(c, "")
            idx = next((j for j in range(len(stack) - 1, -1, -1) if stack[j].char in want), None)
            if idx is None:
                if c == "»" and _is_opener_context(text, i):
                    stack.append(_Open("»", i, i + 1))  # reversed: » … «
                continue  # otherwise a stray closing mark: ignored
            _close(text, stack, idx, i, out, reversed_para)
        if not stack:
            continue
        bottom = stack[0]
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if (
            nxt is not None
            and bottom.char in "«“"
            and (text[nxt.start] == bottom.char or _closes_stray(text, nxt, bottom.char))
        ):
            bottom.parts.append(trim(text, bottom.part_start, para.end))
            bottom.nested = bottom.nested or len(stack) > 1
            carry = bottom
            continue
        # recover: close the outermost open mark at the end of the paragraph
        bottom.unbalanced = True
        bottom.nested = bottom.nested or len(stack) > 1
        _emit(text, bottom, para.end, para.end, out, reversed_para, closed=False)
    if carry is not None:
        carry.unbalanced = True
        last = paras[-1]
        _emit(text, carry, last.end, last.end, out, False, closed=False)
    out.sort(key=lambda m: m.open)
    return out


def _closes_stray(text: str, para: Span, opener: str) -> bool:
    """The paragraph closes a quote it never opened (a quote running on without a
    reopening mark): its first mark of this kind is a closing one."""
    closer = _OPENERS[opener][0]
    for m in _MARK.finditer(text, para.start, para.end):
        c = m.group()
        if c == opener:
            return False
        if c == closer:
            return True
    return False


def _is_reversed(marks: list[tuple[int, str]]) -> bool:
    """» … « … in this paragraph: guillemets alternate starting with »."""
    g = [c for _, c in marks if c in "«»"]
    if not g or g[0] != "»" or len(g) % 2:
        return False
    return all(c == ("»" if n % 2 == 0 else "«") for n, c in enumerate(g))


def _close(text: str, stack: list[_Open], idx: int, pos: int, out: list[Marked], rev: bool) -> None:
    entry = stack[idx]
    rev = rev or entry.char == "»"
    if idx + 1 < len(stack):  # inner marks left open inside: broken nesting
        entry.unbalanced = True
    del stack[idx:]
    if stack:
        stack[0].nested = True
        return
    _emit(text, entry, pos, pos + 1, out, rev, closed=True)


def _emit(
    text: str, entry: _Open, content_end: int, close: int, out: list[Marked], rev: bool, *, closed: bool
) -> None:
    entry.parts.append(trim(text, entry.part_start, content_end))
    parts = [p for p in entry.parts if len(p)] or [entry.parts[-1]]
    closer = text[content_end] if closed and content_end < len(text) else ""
    marks = "»«" if rev or entry.char == "»" else entry.char + (closer or _OPENERS[entry.char][0])
    rev = rev or entry.char == "»"
    m = Marked(open=entry.pos, close=close, marks=marks, parts=parts)
    if rev:
        m.flags.add("reversed")
    if entry.nested:
        m.flags.add("nested")
    if entry.unbalanced:
        m.flags.add("unbalanced")
    if len(entry.parts) > 1:
        m.flags.add("multi-paragraph")
    if any(_AFP.search(text, p.start, p.end) for p in parts):
        m.flags.add("afp-plus")
    out.append(m)
