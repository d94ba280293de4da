"""The only module that knows the order of the stages.

ingest → extract (→ pair → align → score, in later versions). Functions here
take paths or strings and :class:`~quotecheck.config.Settings`, and yield
results or error *values*, so one bad article never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .config import Settings
from .errors import QuotecheckError
from .extract import extract
from .ingest import iter_articles, read_string
from .types import Article, Extraction


class ArticleError(QuotecheckError):
    """An article that failed inside a stage (a bug, reported instead of raised)."""


def extract_paths(
    paths: Iterable[str], settings: Settings | None = None
) -> Iterator[Extraction | QuotecheckError]:
    """Extraction for every article of every path, in order; errors as values."""
    s = settings or Settings()
    for path in paths:
        for item in iter_articles(path, encoding=s.encoding, format=s.input_format):
            if isinstance(item, QuotecheckError):
                yield item
                continue
            yield _safe_extract(item, s)


def _safe_extract(article: Article, settings: Settings) -> Extraction | QuotecheckError:
    try:
        return extract(article, settings)
    except QuotecheckError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the batch
        return ArticleError(
            f"internal error while extracting ({type(exc).__name__}: {exc}); "
            "please report it with this article attached",
            article.id,
        )


def pair_extraction(extraction: Extraction, settings: Settings | None = None):
    """Pairs of one extraction, and the word alignment of each pair."""
    from . import registry
    from .align import Aligner
    from .pair import pair

    s = settings or Settings()
    p = pair(extraction, s)
    aligner = Aligner(registry.get("encoder", s.encoder))
    q = {x.id: x for x in extraction.quotes}
    alignments = []
    for pr in p.pairs:
        fr_spans = [part for fid in pr.fr for part in q[fid].parts] or ([pr.fr_span] if pr.fr_span else [])
        alignments.append(aligner.align(extraction.article.text, list(pr.covered), fr_spans))
    return p, alignments


def pair_paths(paths: Iterable[str], settings: Settings | None = None):
    """(Pairing, alignments) for every article of every path; errors as values."""
    s = settings or Settings()
    for item in extract_paths(paths, s):
        if isinstance(item, QuotecheckError):
            yield item
            continue
        try:
            yield pair_extraction(item, s)
        except QuotecheckError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the batch
            yield ArticleError(f"internal error while pairing ({type(exc).__name__}: {exc}); "
                               "please report it with this article attached", item.article.id)


def extract_string(text: str, fmt: str = "text", settings: Settings | None = None, id: str = "<string>") -> Extraction:
    """Extraction for an article given as a string (``fmt``: text, markdown or html)."""
    return extract(read_string(text, fmt=fmt, id=id), settings or Settings())
