"""HTML → visible article text, with offsets into the markup.

Python's :mod:`html.parser` reports where every tag, text run and entity
starts, which is what lets every character of the visible text point back to
``line:column`` of the page. Two passes: the first turns the page into a flat
list of events and finds the article's container; the second builds the text
from the events that belong to it.

Kept: the main ``<article>`` (or ``<main>``, or ``itemprop=articleBody``) when
the page has one, else the body. Dropped: scripts, styles, navigation, site
header/footer, asides, forms, and containers whose class or id says cookie
banner, share bar, related links, comments, newsletter, advertising…

Twitter embeds (``blockquote.twitter-tweet``) become a tweet text line then the
attribution line, and a :class:`~quotecheck.types.Block` of kind
``tweet-embed`` that remembers ``p[lang]`` and the status URL.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from html.parser import HTMLParser

import regex

from ..types import Block
from .builder import TextBuilder

_SKIP = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio "
    "head title nav button select textarea option footer aside dialog map".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 blockquote li ul ol table tr pre dl dt dd "
    "figure figcaption header address hr details summary center".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_BOILER = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:cookies?|consent|gdpr|banner|related|share|sharing|social|comments?|"
    r"newsletter|subscribe|subscription|promo|advert\w*|ads?|sponsor\w*|sidebar|menu|breadcrumbs?|"
    r"footer|navbar|nav|paywall|popup|modal|outbrain|taboola|recommend\w*|most-read|trending|"
    r"author-bio|tags|toolbar|widget-area)(?![\p{L}\d])"
)
_EMBED_CLASS = regex.compile(r"(?i)(?<![\w-])twitter-(?:tweet|video)(?![\w-])")
_STATUS = regex.compile(r"(?i)^https?://(?:(?:www|mobile)\.)?(?:twitter|x)\.com/[^/?#\s]+/status(?:es)?/\d+")
_KEEP_CLASS = regex.compile(r"(?i)embed|tweet|twitter")
_NEVER_BOILER = frozenset("html body article main".split())
_MAIN_HINT = regex.compile(r"(?i)articleBody|article-body|article__body|post-content|entry-content")


@dataclass
class _Event:
    kind: str  # text | fixed | break | open | close
    value: str
    pos: int
    container: int  # index of the article container it lies in (0: none)
    extra: str | None = None


class _Collector(HTMLParser):
    def __init__(self, line_starts: list[int]) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = line_starts
        self.events: list[_Event] = []
        self.stack: list[tuple[str, bool, bool, int]] = []  # tag, skipping, embed, container
        self.open_count: dict[str, int] = {}
        self.skip_depth = 0
        self.container = 0
        self.n_containers = 0
        self.in_embed = 0
        self.in_pre = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _add(self, kind: str, value: str, extra: str | None = None) -> None:
        if not self.skip_depth:
            self.events.append(_Event(kind, value, self._pos(), self.container, extra))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        cls = f"{a.get('class', '')} {a.get('id', '')}"
        embed = tag == "blockquote" and bool(_EMBED_CLASS.search(a.get("class", "")))
        skip = (
            tag in _SKIP
            or (tag == "header" and not self.container)
            or (
                not embed
                and tag not in _VOID
                and tag not in _NEVER_BOILER
                and bool(_BOILER.search(cls))
                and not _KEEP_CLASS.search(cls)
            )
            or "hidden" in a
            or regex.search(r"display\s*:\s*none", a.get("style", "")) is not None
        )
        if tag in _VOID:
            if tag == "br":
                self._add("break", "1")
            elif tag == "hr":
                self._add("break", "2")
            elif tag == "img" and a.get("alt") and self.in_embed:
                self._add("fixed", a["alt"])  # emoji images inside embeds carry their alt text
            return
        container = self.container
        if not self.skip_depth and not self.container and (
            tag in ("article", "main") or a.get("role") == "main"
            or _MAIN_HINT.search(a.get("itemprop", "") + " " + cls)
        ):
            self.n_containers += 1
            self.container = self.n_containers
        self.stack.append((tag, skip, embed, container))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if skip:
            self.skip_depth += 1
            return
        if embed:
            self.in_embed += 1
            self._add("open", "tweet-embed")
        elif tag in _HEADINGS:
            self._add("break", "2")
            self._add("open", "heading")
        elif tag == "blockquote":
            self._add("break", "2")
            self._add("open", "blockquote")
        elif tag == "li":
            self._add("break", "2")
            self._add("open", "list-item")
        elif tag == "p" and self.in_embed:
            self._add("break", "1")
            if a.get("lang"):
                self._add("lang", a["lang"])
        elif tag in _BLOCKS:
            self._add("break", "2")
        elif tag in ("td", "th"):
            self._add("space", " ")
        if tag == "pre":
            self.in_pre += 1
        if tag == "a" and a.get("href"):
            self._add("open", "link", a["href"])

    def handle_endtag(self, tag: str) -> None:
        # close up to the matching open tag (HTML allows unclosed <p>, <li>…)
        if not self.open_count.get(tag):
            return  # a stray end tag
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                break
        else:
            return
        while len(self.stack) > i:
            t, skip, embed, container = self.stack.pop()
            self.open_count[t] -= 1
            self._close(t, skip, embed)
            self.container = container

    def _close(self, tag: str, skip: bool, embed: bool) -> None:
        if skip:
            self.skip_depth -= 1
            return
        if tag == "a":
            self._add("close", "link")
        if tag == "pre":
            self.in_pre -= 1
        if embed:
            self.in_embed -= 1
            self._add("close", "tweet-embed")
            self._add("break", "2")
        elif tag in _HEADINGS:
            self._add("close", "heading")
            self._add("break", "2")
        elif tag == "blockquote":
            self._add("close", "blockquote")
            self._add("break", "2")
        elif tag == "li":
            self._add("close", "list-item")
            self._add("break", "2")
        elif tag == "p" and self.in_embed:
            self._add("break", "1")
        elif tag in _BLOCKS:
            self._add("break", "2")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        self._add("pre" if self.in_pre else "text", data)

    def handle_entityref(self, name: str) -> None:
        self._add("fixed", html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._add("fixed", html.unescape(f"&#{name};"))


def _line_starts(source: str) -> list[int]:
    starts = [0]
    pos = source.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = source.find("\n", pos + 1)
    return starts


def html_to_text(source: str, base: int = 0, *, whole: bool = False) -> tuple[str, list[int], list[Block]]:
    """Visible text of ``source``; offsets are ``base`` + index in ``source``.

    ``whole=True`` keeps everything (no search for the article container), for
    fragments such as a raw embed found inside a text.
    """
    parser = _Collector(_line_starts(source))
    parser.feed(source)
    parser.close()
    events = parser.events
    keep = 0
    if not whole and parser.n_containers:
        sizes: dict[int, int] = {}
        for e in events:
            if e.kind in ("text", "fixed", "pre") and e.container:
                sizes[e.container] = sizes.get(e.container, 0) + len(e.value.strip())
        if sizes:
            keep = max(sizes, key=lambda c: (sizes[c], -c))
    b = TextBuilder()
    blocks: list[Block] = []
    open_blocks: list[tuple[str, int, str | None]] = []
    embed_lang: list[str | None] = []
    embed_url: list[str | None] = []
    for e in events:
        if keep and e.container != keep:
            continue
        pos = base + e.pos
        if e.kind == "text":
            b.add(e.value, pos, collapse=True)
        elif e.kind == "pre":
            b.add(e.value, pos)
        elif e.kind == "fixed":
            b.add_fixed(e.value, pos)
        elif e.kind == "space":
            b.space(pos)
        elif e.kind == "break":
            b.newline(pos, int(e.value))
        elif e.kind == "lang":
            if embed_lang:
                embed_lang[-1] = e.value
        elif e.kind == "open":
            open_blocks.append((e.value, len(b), e.extra))
            if e.value == "tweet-embed":
                embed_lang.append(None)
                embed_url.append(None)
            elif e.value == "link" and embed_url and e.extra and _STATUS.match(e.extra):
                embed_url[-1] = _STATUS.match(e.extra).group(0)  # type: ignore[union-attr]
        elif e.kind == "close":
            for i in range(len(open_blocks) - 1, -1, -1):
                if open_blocks[i][0] == e.value:
                    kind, start, url = open_blocks.pop(i)
                    break
            else:
                continue
            end = max(start, b.content_end())
            if kind == "tweet-embed":
                blocks.append(Block("tweet-embed", start, max(start, end), embed_lang.pop(), embed_url.pop()))
            elif kind == "link":
                if url and end > start:
                    blocks.append(Block("link", start, end, url=url))
            elif end > start:
                blocks.append(Block(kind, start, end))  # type: ignore[arg-type]
    text, offsets = b.finish()
    blocks.sort(key=lambda bl: (bl.start, -bl.end))
    return text, list(offsets), blocks
