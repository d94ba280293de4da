"""Ingest: files and strings → :class:`~quotecheck.types.Article`.

``read_path`` decides the format from the extension (``.txt``, ``.md``,
``.html``, ``.jsonl``; anything else is sniffed), decodes the bytes, builds the
normalised text with its offset map, and returns one article per file (one per
record for JSONL). Raw Twitter embed markup pasted into a text (``<blockquote
class="twitter-tweet">…``) is parsed as HTML wherever it appears.
"""

from __future__ import annotations

import bisect
import json
import os
from collections.abc import Iterator

import regex

from ..errors import InputError, one_of
from ..types import Article, Block
from .builder import TextBuilder
from .decode import decode
from .html import html_to_text
from .markdown import markdown_to_text

FORMATS = ("text", "markdown", "html", "jsonl")
_EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
_RAW_EMBED = regex.compile(
    r"<blockquote\b[^<>]*?class\s*=\s*[\"'][^\"']*twitter-tweet[^\"']*[\"'][^<>]*>.*?</blockquote>"
    r"(?:\s*<script\b[^<>]*>\s*</script>)?",
    regex.S | regex.I,
)
_HTML_SNIFF = regex.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[ >])", regex.I)


def detect_format(path: str, text: str | None = None) -> str:
    """The input format of ``path`` from its extension, else by looking at ``text``."""
    ext = os.path.splitext(path)[1].lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if text is not None:
        if _HTML_SNIFF.match(text):
            return "html"
        first = text.lstrip()[:1]
        if first == "{":
            return "jsonl"
    return "text"


def read_path(path: str, *, encoding: str | None = None, format: str | None = None) -> list[Article]:
    """Read one file into articles (several for JSONL).

    Raises :class:`~quotecheck.errors.InputError` with a message naming the file
    when it is missing, a directory, unreadable, binary, undecodable or empty.
    """
    items = list(iter_articles(path, encoding=encoding, format=format))
    for item in items:
        if isinstance(item, InputError):
            raise item
    return items  # type: ignore[return-value]


def _load(path: str, encoding: str | None, format: str | None) -> tuple[str, str, str]:
    if format is not None and format not in FORMATS:
        raise one_of("input format", format, FORMATS)
    if not os.path.exists(path):
        raise InputError("no such file; check the path", path)
    if os.path.isdir(path):
        raise InputError("is a directory; give the article files inside it (e.g. DIR/*.html)", path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror}); check its permissions", path) from None
    source, used = decode(data, path, encoding)
    return source, used, format or detect_format(path, source)


def read_string(
    source: str,
    *,
    fmt: str = "text",
    id: str = "<string>",
    path: str | None = None,
    encoding: str = "utf-8",
    url: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    record: int | None = None,
) -> Article:
    """Build an :class:`Article` from an already decoded string."""
    if fmt not in ("text", "markdown", "html"):
        raise one_of("article format", fmt, ("text", "markdown", "html"))
    if fmt == "html":
        text, offsets, blocks = html_to_text(source)
    elif fmt == "markdown":
        text, offsets, blocks = markdown_to_text(source)
    else:
        b = TextBuilder()
        b.add(source, 0)
        text, offs = b.finish()
        offsets, blocks = list(offs), []
    text, offsets, blocks = _expand_raw_embeds(text, offsets, blocks)
    return Article(
        id=id,
        path=path or id,
        text=text,
        source=source,
        offsets=tuple(offsets),
        format=fmt,  # type: ignore[arg-type]
        encoding=encoding,
        blocks=tuple(blocks),
        url=url,
        outlet=outlet,
        date=date,
        record=record,
    )


def _expand_raw_embeds(
    text: str, offsets: list[int], blocks: list[Block]
) -> tuple[str, list[int], list[Block]]:
    """Replace raw embed markup left in a text by its visible text (offsets composed).

    Each embed becomes its own paragraph; blocks after it are shifted.
    """
    if "twitter-tweet" not in text:
        return text, offsets, blocks
    pieces: list[str] = []
    offs: list[int] = []
    new_blocks: list[Block] = []
    shifts: list[tuple[int, int]] = []  # (old position, shift from there on)
    pos = 0
    length = 0  # characters in pieces so far
    for m in _RAW_EMBED.finditer(text):
        sub, sub_offs, sub_blocks = html_to_text(m.group(0), whole=True)
        lead = len(sub) - len(sub.lstrip())
        sub = sub.strip()
        sub_offs = sub_offs[lead : lead + len(sub)]
        pieces.append(text[pos : m.start()])
        length += m.start() - pos
        offs.extend(offsets[pos : m.start()])
        prev = text[max(0, m.start() - 2) : m.start()]
        before = "" if m.start() == 0 or prev == "\n\n" else ("\n" if prev.endswith("\n") else "\n\n")
        nxt = text[m.end() : m.end() + 2]
        after = "" if m.end() >= len(text) or nxt == "\n\n" else ("\n" if nxt.startswith("\n") else "\n\n")
        here = length + len(before)
        pieces += [before, sub, after]
        length = here + len(sub) + len(after)
        offs.extend([offsets[m.start()]] * len(before))
        offs.extend(offsets[m.start() + o] for o in sub_offs)
        offs.extend([offsets[m.end() - 1]] * len(after))
        for bl in sub_blocks:
            s = min(max(bl.start - lead, 0), len(sub)) + here
            e = min(max(bl.end - lead, 0), len(sub)) + here
            new_blocks.append(Block(bl.kind, s, e, bl.lang, bl.url))
        shifts.append((m.end(), here + len(sub) + len(after) - m.end()))
        pos = m.end()
    if not shifts:
        return text, offsets, blocks
    pieces.append(text[pos:])
    offs.extend(offsets[pos:])

    ats = [at for at, _ in shifts]

    def shift(p: int) -> int:
        i = bisect.bisect_right(ats, p) - 1
        return p + shifts[i][1] if i >= 0 else p

    new_blocks.extend(Block(bl.kind, shift(bl.start), shift(bl.end), bl.lang, bl.url) for bl in blocks)
    new_blocks.sort(key=lambda bl: (bl.start, -bl.end))
    return "".join(pieces), offs, new_blocks


def iter_articles(
    path: str, *, encoding: str | None = None, format: str | None = None
) -> Iterator[Article | InputError]:
    """Articles of one file, yielding an :class:`InputError` *value* for each
    unreadable JSONL record (and for a file that cannot be read at all) so a
    batch goes on with the rest."""
    try:
        source, used, fmt = _load(path, encoding, format)
    except InputError as exc:
        yield exc
        return
    if fmt == "jsonl":
        yield from _jsonl_articles(source, path, used)
    else:
        yield read_string(source, fmt=fmt, id=path, path=path, encoding=used)


def _jsonl_articles(source: str, path: str, encoding: str) -> Iterator[Article | InputError]:
    for n, line in enumerate(source.split("\n"), start=1):  # JSON strings may hold U+2028
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"line {n} is not valid JSON ({exc.msg}); fix or remove that line", path)
            continue
        if not isinstance(rec, dict) or not (
            isinstance(rec.get("text"), str) or isinstance(rec.get("html"), str)
        ):
            yield InputError(f'line {n} has no "text" or "html" string field', path)
            continue
        rid = str(rec.get("id", n))
        is_html = isinstance(rec.get("html"), str)
        body = rec["html"] if is_html else rec["text"]
        if not body.strip():
            yield InputError(f"record {rid!r} (line {n}) has an empty text", path)
            continue
        yield read_string(
            body,
            fmt="html" if is_html else "text",
            id=f"{path}#{rid}",
            path=path,
            encoding=encoding,
            url=rec.get("url"),
            outlet=rec.get("outlet"),
            date=rec.get("date"),
            record=n,
        )


__all__ = ["FORMATS", "detect_format", "iter_articles", "read_path", "read_string"]
