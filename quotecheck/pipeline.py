"""The only module that knows the order of the stages.

ingest → extract → pair → align → score. Functions here
take paths or strings and :class:`~quotecheck.config.Settings`, and yield
results or error *values*, so one bad article never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain, islice
from typing import Any

from .config import Settings
from .errors import ConfigError, QuotecheckError
from .types import Article, ArticleCheck, Extraction, PairCheck, QuoteCheck, Segments, Span


class ArticleError(QuotecheckError):
    """An article that failed inside a stage (a bug, reported instead of raised)."""


def extract_paths(
    paths: Iterable[str], settings: Settings | None = None
) -> Iterator[Extraction | QuotecheckError]:
    """Extraction for every article of every path, in order; errors as values."""
    from .ingest import iter_articles  # here, not above: compare --pairs needs no extractor

    s = settings or Settings()
    for path in paths:
        for item in iter_articles(path, encoding=s.encoding, format=s.input_format):
            if isinstance(item, QuotecheckError):
                yield item
                continue
            yield _safe_extract(item, s)


def _safe_extract(article: Article, settings: Settings) -> Extraction | QuotecheckError:
    from .extract import extract

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
    from .extract import extract
    from .ingest import read_string

    return extract(read_string(text, fmt=fmt, id=id), settings or Settings())


def _joined(text: str, spans: list[Span]) -> tuple[str, Segments]:
    """The texts of ``spans`` joined by a space, and where each piece came from."""
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    pos = 0
    for sp in spans:
        piece = text[sp.start : sp.end]
        pieces.append((pos, sp.start, len(piece)))
        out.append(piece)
        pos += len(piece) + 1
    return " ".join(out), Segments(tuple(pieces))


# a paraphrase or summary is judged on what it may not change, not on wording
_PROSE_FAMILIES = ("number.", "entity.", "polarity.")


def check_extraction(extraction: Extraction, settings: Settings | None = None, checker=None,
                     references: dict[str, str] | None = None) -> ArticleCheck:
    """Pair one extraction and check every pair (``references``: approved translations by
    quote id, ``ARTICLE:id`` or English text)."""
    from .pair import pair
    from .score import Checker, PairInput

    s = settings or Settings()
    checker = checker or Checker(s)
    p = pair(extraction, s)
    text = extraction.article.text
    q = {x.id: x for x in extraction.quotes}
    inputs, maps = [], []
    for pr in p.pairs:
        fr_spans = [part for fid in pr.fr for part in q[fid].parts] or ([pr.fr_span] if pr.fr_span else [])
        en, en_map = _joined(text, list(pr.covered))
        fr, fr_map = _joined(text, fr_spans)
        ref = None
        if references:
            eq = q[pr.en[0]]
            ref = next((references[k] for k in (f"{extraction.article.id}:{eq.id}", eq.id, eq.text.strip(), en.strip())
                        if k in references), None)
        inputs.append(PairInput(f"{pr.en[0]}-{pr.fr[0] if pr.fr else 'prose'}", en, fr, ref))
        maps.append((en_map, fr_map))
    checks = checker.check(inputs)
    quotes = []
    for pr, chk, (en_map, fr_map) in zip(p.pairs, checks, maps, strict=True):
        if pr.kind in ("paraphrase", "summary"):
            kept = tuple(f for f in chk.findings if f.code.startswith(_PROSE_FAMILIES))
            score = checker.rescore(chk, kept)
            chk = replace(chk, findings=kept, score=score, verdict=checker.model.verdict(score, kept))
        located = tuple(replace(f, en_span=en_map.to_article(f.en_span), fr_span=fr_map.to_article(f.fr_span))
                        for f in chk.findings)
        quotes.append(QuoteCheck(pr, chk, en_map, fr_map, located))
    return ArticleCheck(p, tuple(quotes))


def check_paths(paths: Iterable[str], settings: Settings | None = None,
                references: dict[str, str] | None = None) -> Iterator[ArticleCheck | QuotecheckError]:
    """:class:`ArticleCheck` for every article of every path; errors as values."""
    from .score import Checker

    s = settings or Settings()
    checker = None
    for item in extract_paths(paths, s):
        if isinstance(item, QuotecheckError):
            yield item
            continue
        try:
            checker = checker or Checker(s)
            yield check_extraction(item, s, checker, references)
        except QuotecheckError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the batch
            yield ArticleError(f"internal error while checking ({type(exc).__name__}: {exc}); "
                               "please report it with this article attached", item.article.id)


def check_pairs(pairs: Iterable[Any], settings: Settings | None = None, batch_size: int = 256,
                jobs: int = 1) -> Iterator[PairCheck]:
    """Check (English, French) pairs in batches. Items are :class:`~quotecheck.score.PairInput`,
    dicts with ``en``, ``fr`` and optional ``id``, ``reference``, or tuples ``(en, fr[, id])``;
    an item without an id gets its 1-based position.

    ``jobs``: processes that check batches side by side (``0``: one per CPU). Results come
    in input order and are the same as with one process; each worker loads the models
    (about 2 s), so this pays from a few batches on. With more than one job, call this
    under ``if __name__ == "__main__":`` (workers are started with ``spawn``)."""
    s = settings or Settings()
    n = resolve_jobs(jobs)
    if n > 1:
        _import_numpy_single_threaded()  # before _pair_batches imports it: workers may be forked
    batches = _pair_batches(pairs, batch_size)
    if n > 1:
        head = list(islice(batches, 2))
        batches = chain(head, batches)
        if len(head) < 2:  # one batch: no worker would have anything to share
            n = 1
    if n == 1:
        from .score import Checker

        checker = Checker(s)
        for batch in batches:
            yield from checker.check(batch)
        return
    yield from _check_in_workers(batches, s, n)


def resolve_jobs(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: itself, or one per usable CPU for 0."""
    import os

    if jobs < 0:
        raise ConfigError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    if jobs:
        return jobs
    affinity = getattr(os, "sched_getaffinity", None)
    return max(1, len(affinity(0)) if affinity else os.cpu_count() or 1)


def _pair_batches(pairs: Iterable[Any], batch_size: int) -> Iterator[list[Any]]:
    """:class:`PairInput` batches of ``batch_size``, ids given by position where missing."""
    from .score import PairInput

    batch: list[PairInput] = []
    for n, item in enumerate(pairs, start=1):
        if isinstance(item, PairInput):
            batch.append(item)
        elif isinstance(item, dict):
            batch.append(PairInput(str(item.get("id") or n), item["en"], item["fr"], item.get("reference")))
        else:
            en, fr, *rest = item
            batch.append(PairInput(str(rest[0]) if rest and rest[0] else str(n), en, fr))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _check_in_workers(batches: Iterator[list[Any]], settings: Settings, jobs: int) -> Iterator[PairCheck]:
    """Batches checked by ``jobs`` worker processes, results in input order.

    On Linux, from a process with no other thread, the models are loaded here once and the
    workers are forked: they share them and start at once, instead of each spending about
    1.7 s of CPU loading its own copy. Anywhere else (or with ``QUOTECHECK_START=spawn``)
    the workers are spawned and load the models themselves."""
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global last_start_method
    if _load_for_fork(settings):
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_worker_forked)
        last_start_method = "fork"
    else:
        from .score.policy import load_policy

        load_policy(settings.allow_list, settings.severity)  # a bad allow-list fails here, not in every worker
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_worker_start, initargs=(settings,))
        last_start_method = "spawn"
    try:
        gc.freeze()  # the workers do not copy the loaded models' pages by collecting them
        try:
            results = pool.map(_worker_check, batches)  # submits every batch: the workers exist now
        finally:
            gc.unfreeze()
            _WORKER.pop("checker", None)  # the forked workers have their copy
            default = _WORKER.pop("blas_default", None)
            if default is not None and default.isdigit():
                from .encoder import set_blas_threads

                set_blas_threads(int(default))  # what OpenBLAS would have started with
        for checks in results:
            yield from checks
    except BrokenProcessPool:
        raise QuotecheckError(f"a worker process died (out of memory?); retry with fewer jobs than {jobs}") from None
    finally:  # the workers exit while the caller writes the results
        pool.shutdown(wait=False, cancel_futures=True)


_WORKER: dict[str, Any] = {}
last_start_method: str | None = None  # how the last workers were started: "fork" or "spawn" (for tests)


def _threads() -> int:
    """Threads of this process, native ones included (0 where /proc cannot tell)."""
    import os

    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def _import_numpy_single_threaded() -> None:
    """Import numpy, if it is not imported yet, with one OpenBLAS thread: it starts one per
    extra core otherwise, and a process with threads must not fork. Later BLAS calls may
    still ask for more threads (:func:`~quotecheck.encoder.set_blas_threads`); after the
    fork this process gets its default back (:func:`_check_in_workers`)."""
    import os
    import sys

    if "numpy" in sys.modules or sys.platform != "linux":
        return
    before = os.environ.get("OPENBLAS_NUM_THREADS")
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        import numpy  # noqa: F401
    finally:
        if before is None:
            del os.environ["OPENBLAS_NUM_THREADS"]
        else:
            os.environ["OPENBLAS_NUM_THREADS"] = before
    _WORKER["blas_default"] = before or str(resolve_jobs(0))


def _load_for_fork(settings: Settings) -> bool:
    """Load the models in this process for forked workers, if forking is safe: Linux, and
    no thread other than this one (a thread holding a lock at the fork would leave it held
    forever in the worker; numpy is imported with one OpenBLAS thread by
    :func:`_import_numpy_single_threaded`, and lingua loads its models without its thread
    pool, ``extract/langid.py``). False, with nothing loaded, when the workers must be
    spawned instead."""
    import multiprocessing
    import os
    import sys
    import threading

    if (sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods()
            or os.environ.get("QUOTECHECK_START", "").lower() == "spawn"
            or threading.active_count() != 1 or _threads() != 1):
        return False
    from .score import Checker

    checker = Checker(settings)  # a bad allow-list fails here, before any worker exists
    load = getattr(checker.encoder, "load", None)
    if load is not None:
        load()
    if threading.active_count() != 1 or _threads() != 1:
        return False  # a backend started a thread: spawn after all
    _WORKER["checker"] = checker
    return True


def _worker_forked() -> None:
    """In a forked worker: one BLAS thread (the processes share the cores); the models
    are the parent's, already loaded."""
    import os

    os.environ["QUOTECHECK_THREADS"] = "1"
    from .encoder import set_blas_threads

    set_blas_threads(1)
    encoder = _WORKER["checker"].encoder
    if hasattr(encoder, "threads"):
        encoder.threads = 1


def _worker_start(settings: Settings) -> None:
    """In a spawned worker: one BLAS thread (the processes share the cores), settings kept."""
    import os

    os.environ["QUOTECHECK_THREADS"] = "1"
    from .encoder import set_blas_threads

    set_blas_threads(1)
    _WORKER["settings"] = settings


def _worker_check(batch: list[Any]) -> list[PairCheck]:
    """In a worker process: one batch checked (a spawned worker loads the models with its first batch)."""
    if "checker" not in _WORKER:
        from .score import Checker

        _WORKER["checker"] = Checker(_WORKER["settings"])
    return _WORKER["checker"].check(batch)  # type: ignore[no-any-return]


def read_pairs(path: str) -> Iterator[dict[str, Any] | QuotecheckError]:
    """Records of a pairs file: TSV ``en<TAB>fr[<TAB>id]`` or JSONL ``{"en", "fr", "id"?, "reference"?}``
    (JSONL when the first non-blank line starts with ``{``; ``-`` is standard input). A bad line
    comes as an :class:`InputError` value naming the file and line; the others still come."""
    import json
    import sys

    from .errors import InputError

    try:
        if path == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(path, encoding="utf-8-sig") as fh:
                lines = fh.read().splitlines()
    except FileNotFoundError:
        raise InputError("no such file; check the path of --pairs", path) from None
    except IsADirectoryError:
        raise InputError("is a directory; give a TSV or JSONL file of pairs", path) from None
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text; convert it (e.g. iconv -t UTF-8) and retry", path) from None
    jsonl = next((ln.lstrip().startswith("{") for ln in lines if ln.strip()), False)
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        if jsonl:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(f"line is not valid JSON ({exc.msg}); skipped", where)
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("en"), str) or not isinstance(rec.get("fr"), str):
                yield InputError('a record needs "en" and "fr" strings; skipped', where)
                continue
            ref = rec.get("reference")
            yield {"id": str(rec.get("id") or n), "en": rec["en"], "fr": rec["fr"],
                   "reference": ref if isinstance(ref, str) else None}
        else:
            cols = line.split("\t")
            if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
                yield InputError("expected en<TAB>fr[<TAB>id]; skipped", where)
                continue
            yield {"id": (cols[2].strip() if len(cols) > 2 and cols[2].strip() else str(n)),
                   "en": cols[0], "fr": cols[1], "reference": None}


def read_references(path: str) -> dict[str, str]:
    """Approved translations: TSV ``key<TAB>french`` or JSONL ``{"id" or "en": key, "reference": french}``;
    the key is a quote id (``q3`` or ``ARTICLE:q3``) or the English text."""
    import json

    from .errors import InputError

    out: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8-sig") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the references ({exc}); give a UTF-8 TSV or JSONL file", path) from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                rec = json.loads(line)
                key, ref = str(rec.get("id") or rec["en"]), str(rec.get("reference") or rec["fr"])
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
                raise InputError('a reference record needs "id" or "en", and "reference"', f"{path}:{n}") from None
        else:
            key, sep, ref = line.partition("\t")
            if not sep:
                raise InputError("expected key<TAB>french", f"{path}:{n}")
        out[key.strip()] = ref.strip()
    return out
