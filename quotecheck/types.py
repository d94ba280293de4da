"""The typed values that flow between quotecheck's stages.

Every stage takes and returns these frozen dataclasses; none of them needs a
model to be built, so tests construct them by hand. All positions are character
offsets into :attr:`Article.text` (the normalised text); :meth:`Article.location`
maps them back to ``line:column`` of the original file.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Lang = Literal["en", "fr", "und"]
QuoteKind = Literal["tweet", "quoted", "gloss", "unmarked"]
Format = Literal["text", "markdown", "html"]

LANGS: tuple[str, ...] = ("en", "fr", "und")
QUOTE_KINDS: tuple[str, ...] = ("tweet", "quoted", "gloss", "unmarked")
QUOTE_FLAGS: tuple[str, ...] = (
    "incise",  # one quote in several parts around a reporting clause
    "multi-paragraph",  # « reopened at each paragraph
    "unbalanced",  # a mark is missing; the quote was closed at the paragraph end
    "reversed",  # » … «
    "nested",  # holds an inner quotation
    "afp-plus",  # holds an AFP +…+ inner quotation
    "bilingual-block",  # one pair of marks held two languages and was split
    "stripped",  # a tweet whose text was removed (embed without text)
    "in-marks",  # a tweet shown inside quote marks
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of :attr:`Article.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Location:
    """1-based line and column (in characters) in the original file."""

    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Block:
    """A structural hint from a reader: a paragraph, heading, blockquote, embed or link."""

    kind: Literal["paragraph", "heading", "blockquote", "tweet-embed", "link", "list-item"]
    start: int
    end: int
    lang: str | None = None  # ``p[lang]`` of a Twitter embed
    url: str | None = None  # a link target, or the status URL of an embed


@dataclass(frozen=True, slots=True)
class Article:
    """One article: normalised text, the way back to the original, and metadata.

    ``offsets[i]`` is the index in ``source`` of the character that produced
    ``text[i]``; ``source`` is the decoded original (for HTML, the markup).
    """

    id: str
    path: str
    text: str
    source: str = field(repr=False)
    offsets: tuple[int, ...] = field(repr=False)
    format: Format = "text"
    encoding: str = "utf-8"
    blocks: tuple[Block, ...] = ()
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    record: int | None = None  # 1-based line of the record in a JSONL file

    def __post_init__(self) -> None:
        if len(self.offsets) != len(self.text):
            raise ValueError("offsets must have one entry per character of text")

    def source_offset(self, i: int) -> int:
        """Index in :attr:`source` of text position ``i`` (``len(text)`` maps past the end)."""
        if i < len(self.offsets):
            return self.offsets[i]
        return self.offsets[-1] + 1 if self.offsets else 0

    def location(self, i: int) -> Location:
        """``line:column`` in the original file of text position ``i``."""
        return _line_col(self.source, self.source_offset(i))

    def where(self, i: int) -> str:
        """``path:line:col`` (``path#record:line:col`` inside a JSONL record)."""
        loc = self.location(i)
        prefix = self.path if self.record is None else f"{self.path}#{self.id.rsplit('#', 1)[-1]}"
        return f"{prefix}:{loc}"


_LINE_STARTS: dict[int, tuple[str, list[int]]] = {}
_NEWLINE = re.compile(r"\r\n|\r|\n")


def _line_col(source: str, offset: int) -> Location:
    key = id(source)
    cached = _LINE_STARTS.get(key)
    if cached is None or cached[0] is not source:
        starts = [0]
        if "\r" in source:  # CR LF, lone CR and LF all end a line
            starts.extend(m.end() for m in _NEWLINE.finditer(source))
        else:
            find = source.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
        if len(_LINE_STARTS) > 64:
            _LINE_STARTS.clear()
        cached = _LINE_STARTS[key] = (source, starts)
    starts = cached[1]
    line = bisect.bisect_right(starts, offset) - 1
    return Location(line + 1, offset - starts[line] + 1)


@dataclass(frozen=True, slots=True)
class TweetInfo:
    """What the attribution line, embed or status URL says about a tweet."""

    author: str | None = None
    handle: str | None = None  # with its @
    date: str | None = None  # ISO 8601 when parsed
    date_text: str | None = None  # the date as written
    url: str | None = None  # status URL, query string removed
    attribution: Span | None = None  # where the attribution line (or URL) is


@dataclass(frozen=True, slots=True)
class Cue:
    """How the article introduces a quote: the reporting words and who speaks."""

    text: str  # the reporting words as written: "a tweeté", "selon", "a-t-il écrit"
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One English or French quote found in an article.

    ``text == article.text[start:end]``. A quote split by an incise or spanning
    paragraphs has several ``parts`` (the quoted words only); otherwise one.
    """

    id: str
    lang: Lang
    kind: QuoteKind
    start: int
    end: int
    text: str
    parts: tuple[Span, ...]
    marks: str | None = None  # outer marks as written: "«»", "“”", '""', "‹›", "»«"; None unmarked
    flags: tuple[str, ...] = ()
    lang_score: float = 1.0  # confidence of the language decision
    tweet: TweetInfo | None = None
    cue: Cue | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def part_texts(self, article_text: str) -> list[str]:
        return [article_text[p.start : p.end] for p in self.parts]


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of the extract stage for one article."""

    article: Article
    quotes: tuple[Quote, ...]

    @property
    def english(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.lang == "en")

    @property
    def french(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.lang == "fr")


PairKind = Literal["full", "partial", "paraphrase", "summary"]
UnpairedReason = Literal["no-candidate", "below-threshold", "source-absent"]


@dataclass(frozen=True, slots=True)
class PairSignals:
    """The measurements behind a pairing decision (what the model saw)."""

    cosine: float  # whole English quote vs French passage
    best_sentence: float  # best single English sentence vs French passage
    coverage: float  # best contiguous English sentence span vs French passage
    length_ratio: float  # French length / covered English length
    distance: int  # paragraphs between them
    after: bool  # the French comes after the English
    anchors: float  # share of numbers, names, handles, tags, URLs, emoji in common
    speaker: int  # +1 cue names the tweet's author, -1 names someone else, 0 unknown


@dataclass(frozen=True, slots=True)
class QuotePair:
    """French passage(s) rendering English quote(s).

    ``fr`` lists French quote ids (several for a rendering split around an
    incise or a subheading); for a paraphrase in prose it is empty and
    ``fr_span`` gives the prose sentence. ``covered`` are the English spans
    rendered (all of the tweet for ``full``).
    """

    en: tuple[str, ...]
    fr: tuple[str, ...]
    kind: PairKind
    confidence: float
    covered: tuple[Span, ...]
    signals: PairSignals
    fr_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Unpaired:
    quote: str  # quote id
    reason: UnpairedReason
    best: str | None = None  # the closest candidate, when there was one
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Pairing:
    """The result of the pair stage for one article."""

    extraction: Extraction
    pairs: tuple[QuotePair, ...]
    unpaired: tuple[Unpaired, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """An English token aligned to a French token (indices into the token lists)."""

    en: int
    fr: int
    weight: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """Word alignment inside one pair; token spans are article offsets."""

    en_tokens: tuple[Span, ...]
    fr_tokens: tuple[Span, ...]
    links: tuple[Link, ...]
    unaligned_en: tuple[Span, ...]  # runs of content tokens with no link
    unaligned_fr: tuple[Span, ...]
    coverage_en: float  # share of English content tokens linked
    coverage_fr: float


Severity = Literal["critical", "major", "minor"]
SEVERITIES: tuple[str, ...] = ("critical", "major", "minor")


@dataclass(frozen=True, slots=True)
class Finding:
    """One verifiable difference between an English quote and its rendering.

    ``code`` is stable (``number.changed``, ``polarity.dropped``…); spans are
    offsets into the English and the French text given to the check (the
    pipeline shifts them to article offsets). ``evidence`` and ``demoted_from`` are set
    by the evidence gate (:mod:`quotecheck.score.evidence`) on serious findings it judged.
    """

    code: str
    severity: Severity
    message: str
    en_span: Span | None = None
    fr_span: Span | None = None
    evidence: float | None = None  # cosine change when the difference is undone (score/evidence.py)
    demoted_from: Severity | None = None  # the severity before the evidence gate demoted it to minor


MarkKind = Literal["sic", "elision", "note", "insertion", "inclusive"]
Verdict = Literal["faithful", "review", "unfaithful"]
VERDICTS: tuple[str, ...] = ("faithful", "review", "unfaithful")


@dataclass(frozen=True, slots=True)
class EditorialMark:
    """A journalist's mark inside a French quote — ``(sic)``, ``[…]``, ``(ndlr)``,
    ``[Joe Biden]``, ``électeur·rice·s`` — shown, never scored as the tweeter's words."""

    kind: MarkKind
    span: Span  # offsets into the French text given to the checks


@dataclass(frozen=True, slots=True)
class Silenced:
    """A finding the newsroom's allow-list silenced, with the recorded reason."""

    finding: Finding
    reason: str


@dataclass(frozen=True, slots=True)
class PairCheck:
    """The fidelity judgement of one English text and its French rendering.

    Spans in ``findings``, ``marks`` and ``alignment`` are offsets into ``en``
    and ``fr`` as given (for an article, the covered English and the French
    passage; :class:`ArticleCheck` maps them back to the article).
    """

    id: str
    en: str
    fr: str
    score: float  # 0–100, calibrated: the estimated chance, in percent, that the rendering is faithful
    verdict: Verdict
    findings: tuple[Finding, ...]
    cosine: float  # USE cosine of the two texts
    alignment: Alignment | None = None
    marks: tuple[EditorialMark, ...] = ()
    reference: dict[str, Any] | None = None  # chrF/BLEU/TER against an approved translation
    silenced: tuple[Silenced, ...] = ()


@dataclass(frozen=True, slots=True)
class Segments:
    """Where the pieces of a joined text come from: ``(local_start, article_start, length)``."""

    pieces: tuple[tuple[int, int, int], ...]

    def to_article(self, sp: Span | None) -> Span | None:
        """A span of the joined text as a span of the article (clipped to the pieces it touches)."""
        if sp is None:
            return None
        starts = [a + (sp.start - loc) for loc, a, n in self.pieces if loc <= sp.start < loc + n]
        ends = [a + (sp.end - loc) for loc, a, n in self.pieces if loc < sp.end <= loc + n]
        if not starts or not ends:
            inside = [(loc, a, n) for loc, a, n in self.pieces if loc < sp.end and sp.start < loc + n]
            if not inside:
                return None
            first, last = inside[0], inside[-1]
            starts = starts or [first[1] + max(0, sp.start - first[0])]
            ends = ends or [last[1] + min(last[2], sp.end - last[0])]
        return Span(starts[0], ends[0])


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """The check of one pair of an article: the pair, its judgement, and where things are.

    ``check`` spans are offsets into ``check.en``/``check.fr`` (the covered
    English and the French passage, pieces joined by a space); ``en_map`` and
    ``fr_map`` take them back to the article; ``findings`` are the same
    findings with article offsets.
    """

    pair: QuotePair
    check: PairCheck
    en_map: Segments
    fr_map: Segments
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class ArticleCheck:
    """Every pair of one article, checked; the unpaired quotes with their reasons."""

    pairing: Pairing
    quotes: tuple[QuoteCheck, ...]

    @property
    def article(self) -> Article:
        return self.pairing.extraction.article


def to_dict(value: Any) -> Any:
    """Plain-JSON form of any of these dataclasses (tuples become lists)."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: to_dict(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_dict(v) for v in value]
    if isinstance(value, dict):
        return {k: to_dict(v) for k, v in value.items()}
    return value


__all__ = [
    "Alignment",
    "Article",
    "ArticleCheck",
    "Block",
    "Cue",
    "EditorialMark",
    "Extraction",
    "Finding",
    "Location",
    "PairCheck",
    "QuoteCheck",
    "Segments",
    "Silenced",
    "Quote",
    "Span",
    "TweetInfo",
    "asdict",
    "to_dict",
]
