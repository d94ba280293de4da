"""quotecheck: find English tweets quoted in French articles and check their French renderings.

The Python API mirrors the command line::

    from quotecheck import Settings, extract_article, extract_text

    ex = extract_article("article.html")          # -> Extraction
    for q in ex.quotes:
        print(ex.article.where(q.start), q.lang, q.kind, q.text)

    result = check_article("article.html")        # -> ArticleCheck
    for qc in result.quotes:
        print(qc.pair.kind, qc.check.score, qc.check.verdict, [f.code for f in qc.check.findings])

    for r in check_pairs([{"en": "We lost 11 jobs.", "fr": "Nous avons perdu 45 emplois."}]):
        print(r.score, r.verdict, r.findings)

Nothing heavy is imported until a function needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .about import __version__
from .config import Settings, signature
from .errors import BackendError, ConfigError, InputError, QuotecheckError
from .types import (
    Article,
    ArticleCheck,
    Block,
    Cue,
    Extraction,
    Finding,
    Location,
    PairCheck,
    Quote,
    QuoteCheck,
    Span,
    TweetInfo,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


def read_article(path: str, settings: Settings | None = None) -> list[Article]:
    """Read a file into articles (one per JSONL record). Raises :class:`InputError`."""
    from .ingest import read_path

    s = settings or Settings()
    return read_path(path, encoding=s.encoding, format=s.input_format)


def extract_article(article: str | Article, settings: Settings | None = None) -> Extraction:
    """Quotes of one article, given as a path (its first article) or an :class:`Article`."""
    from .extract import extract

    s = settings or Settings()
    if isinstance(article, str):
        article = read_article(article, s)[0]
    return extract(article, s)


def extract_text(text: str, fmt: str = "text", settings: Settings | None = None) -> Extraction:
    """Quotes of an article given as a string (``fmt``: text, markdown or html)."""
    from .pipeline import extract_string

    return extract_string(text, fmt, settings)


def extract_paths(paths: list[str], settings: Settings | None = None) -> Iterator[Extraction | QuotecheckError]:
    """Extraction of every article of every path; unreadable inputs come as error values."""
    from .pipeline import extract_paths as _run

    return _run(paths, settings)


def check_article(article: str | Article, settings: Settings | None = None,
                  references: dict[str, str] | None = None) -> ArticleCheck:
    """Extract, pair, align and judge one article (a path — its first article — or an :class:`Article`).

    Each :class:`QuoteCheck` of the result holds the pair, its :class:`PairCheck` (score,
    verdict, findings) and the findings at article offsets (``article.where(offset)``).
    """
    from .pipeline import check_extraction

    s = settings or Settings()
    return check_extraction(extract_article(article, s), s, references=references)


def check_pairs(pairs: Iterable[Any], settings: Settings | None = None, batch_size: int = 256,
                jobs: int = 1) -> Iterator[PairCheck]:
    """Judge (English, French) pairs, in batches: dicts ``{"en", "fr", "id"?, "reference"?}``,
    tuples ``(en, fr[, id])`` or :class:`~quotecheck.score.PairInput`. Yields a
    :class:`PairCheck` per pair, in order; an item without id gets its 1-based position.
    ``jobs``: worker processes for the batches (0: one per CPU), same results as with 1."""
    from .pipeline import check_pairs as _run

    return _run(pairs, settings, batch_size, jobs)


def to_json(results: Any, settings: Settings | None = None) -> str:
    """The JSON report (schema ``quotecheck.extract/1``) of extraction results."""
    from .report import render_json

    items = [results] if isinstance(results, Extraction) else list(results)
    return render_json(items, signature(settings or Settings()))


__all__ = [
    "Article",
    "ArticleCheck",
    "BackendError",
    "Block",
    "ConfigError",
    "Cue",
    "Extraction",
    "Finding",
    "InputError",
    "Location",
    "PairCheck",
    "Quote",
    "QuoteCheck",
    "QuotecheckError",
    "Settings",
    "Span",
    "TweetInfo",
    "__version__",
    "check_article",
    "check_pairs",
    "extract_article",
    "extract_paths",
    "extract_text",
    "read_article",
    "signature",
    "to_json",
]
