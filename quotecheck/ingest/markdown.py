"""Markdown → text, dropping the syntax and keeping offsets.

Handled: ATX headings, ``>`` blockquotes (nested too), list markers, thematic
breaks, ``**``/``__``/``*`` emphasis, inline code ticks, backslash escapes,
links (``[text](url)`` keeps *text* and records the URL as a ``link`` block),
images (dropped) and autolinks. Not handled: setext headings, reference-style
links, tables (kept as text), HTML blocks other than Twitter embeds (kept as
written).
"""

from __future__ import annotations

import regex

from ..types import Block
from .builder import TextBuilder

_HEADING = regex.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_QUOTE = regex.compile(r" {0,3}>[ \t]?")  # matched at a position: nested > > too
_LIST = regex.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_ATTRIBUTION_LINE = regex.compile(r"^[ \t]*-[ \t]+[^\n()]{0,80}\(@\w+\)")  # "- Name (@handle) date"
_RULE = regex.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_INLINE = regex.compile(
    r"(?P<img>!\[(?P<alt>[^\]\n]{0,500})\]\([^)\n]{0,2048}\))"
    r"|(?P<link>\[(?P<ltext>[^\]\n]{1,500})\]\((?P<url>[^)\s]{1,2048})(?:[ \t]+\"[^\"\n]{0,200}\")?\))"
    r"|(?P<auto><(?P<aurl>https?://[^>\s]+)>)"
    r"|(?P<esc>\\[\\`*_{}\[\]()#+\-.!>|])"
    r"|(?P<strong>\*\*|(?<!\w)__|__(?!\w))"
    r"|(?P<em>(?<=^|[\s(\p{P}])\*(?=\S)|(?<=\S)\*(?=$|[\s)\p{P}]))"
    r"|(?P<code>`+)"
)
_CLOSING_HASHES = regex.compile(r"[ \t]+#+[ \t]*$")


def markdown_to_text(source: str) -> tuple[str, list[int], list[Block]]:
    b = TextBuilder()
    blocks: list[Block] = []
    pos = 0
    quote_start: int | None = None  # text position where the current blockquote began
    for line in source.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        offset = 0
        depth = 0
        while m := _QUOTE.match(body, offset):
            offset = m.end()
            depth += 1
        if depth and quote_start is None:
            b.newline(line_start, 2)
            quote_start = len(b)
        elif not depth and quote_start is not None and body.strip():
            _end_quote(b, blocks, quote_start, line_start)
            quote_start = None
        rest = body[offset:]
        if not rest.strip():
            if quote_start is not None and not depth:
                _end_quote(b, blocks, quote_start, line_start)
                quote_start = None
            b.newline(line_start + offset, 2)
            continue
        if _RULE.match(rest):
            b.newline(line_start, 2)
            continue
        kind = "paragraph"
        if m := _HEADING.match(rest):
            kind = "heading"
            offset += m.end()
            b.newline(line_start, 2)
        elif not _ATTRIBUTION_LINE.match(rest) and (m := _LIST.match(rest)):
            kind = "list-item"
            offset += m.end()
            b.newline(line_start, 2)
        content = body[offset:]
        if kind == "heading":
            content = _CLOSING_HASHES.sub("", content)
        start = len(b)
        _inline(b, content, line_start + offset, blocks)
        if kind == "heading":
            blocks.append(Block("heading", start, len(b)))
            b.newline(pos, 2)
        elif kind == "list-item":
            blocks.append(Block("list-item", start, len(b)))
            b.newline(pos, 1)
        else:
            b.newline(pos, 1)
    if quote_start is not None:
        _end_quote(b, blocks, quote_start, pos)
    text, offsets = b.finish()
    blocks.sort(key=lambda bl: (bl.start, -bl.end))
    return text, list(offsets), blocks


def _end_quote(b: TextBuilder, blocks: list[Block], start: int, src_pos: int) -> None:
    text = b.text
    end = len(text.rstrip())
    if end > start:
        blocks.append(Block("blockquote", start, end))
    b.newline(src_pos, 2)


def _inline(b: TextBuilder, content: str, base: int, blocks: list[Block]) -> None:
    pos = 0
    for m in _INLINE.finditer(content):
        if m.start() > pos:
            b.add(content[pos : m.start()], base + pos)
        pos = m.end()
        if m.group("link"):
            start = len(b)
            b.add(m.group("ltext"), base + m.start("ltext"))
            blocks.append(Block("link", start, len(b), url=m.group("url")))
        elif m.group("auto"):
            b.add(m.group("aurl"), base + m.start("aurl"))
        elif m.group("esc"):
            b.add(m.group("esc")[1], base + m.start() + 1)
        # images, emphasis markers and code ticks produce nothing
    if pos < len(content):
        b.add(content[pos:], base + pos)
