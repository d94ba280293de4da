"""The ``quotecheck`` command: a thin layer over the library.

Each command builds :class:`~quotecheck.config.Settings` from its options,
calls one library function, writes the output and picks the exit code. Errors
become one-line messages here and nowhere else: exit 2 for usage or input
errors (after every other file was processed), 0 otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from .about import __version__
from .errors import QuotecheckError

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def _common_input(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option(
        "--encoding", metavar="NAME",
        help="Decode inputs with this encoding (e.g. cp1252) instead of detecting it.",
    )(f)
    f = click.option(
        "--input-format", type=click.Choice(["text", "markdown", "html", "jsonl"]),
        help="Read every input as this format instead of going by its extension.",
    )(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotecheck")
def cli() -> None:
    """Check French renderings of English tweets quoted in articles."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE instead of standard output.")
@click.option("--unmarked/--no-unmarked", default=None,
              help="Look for French renderings without quote marks under a tweet (loads the sentence "
                   "encoder) [default: on].")
@_common_input
def extract(paths: Sequence[str], fmt: str, output: str | None, unmarked: bool | None,
            encoding: str | None, input_format: str | None) -> None:
    """Find every English quote (tweets first) and every French quote in articles.

    PATH is a .txt, .md, .html or .jsonl file (one article per line:
    {"id", "text" or "html", "url", "outlet", "date"}). Positions are
    file:line:col of the original file.
    """
    from .config import Settings, signature
    from .pipeline import extract_paths
    from .report import render_json, render_text

    settings = Settings.from_env(encoding=encoding, input_format=input_format, unmarked=unmarked)
    results = list(extract_paths(paths, settings))
    _finish(results, fmt, output, lambda r: render_json(r, signature(settings)), render_text)


@cli.command("pair")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE instead of standard output.")
@_common_input
def pair_cmd(paths: Sequence[str], fmt: str, output: str | None, encoding: str | None,
             input_format: str | None) -> None:
    """Show which French passage renders which English quote, aligned word by word.

    For each pair: the English and French text side by side with unaligned
    words in ⟦ ⟧, the kind (full, partial, paraphrase, summary), the confidence
    and the signals behind it; every quote left unpaired comes with a reason.
    """
    from .config import Settings, signature
    from .pipeline import pair_paths
    from .report.pairs import render_pairs_json, render_pairs_text

    settings = Settings.from_env(encoding=encoding, input_format=input_format)
    results = list(pair_paths(paths, settings))
    sig = signature(settings, stages=("extract", "pair", "align"))
    _finish(results, fmt, output, lambda r: render_pairs_json(r, sig), render_pairs_text)


def _check_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--allow-list", type=click.Path(dir_okay=False), metavar="FILE",
                     help="TOML allow-list of newsroom conventions (see the README).")(f)
    f = click.option("--severity", "severity", multiple=True, metavar="CODE=LEVEL",
                     help="Override the severity of a finding code or family (repeatable), "
                          "e.g. intensity.added=minor.")(f)
    f = click.option("--fail-under", type=click.FloatRange(0, 100), metavar="SCORE",
                     help="Exit 1 when a rendering scores under SCORE.")(f)
    f = click.option("--fail-on", type=click.Choice(["critical", "major", "minor"]),
                     help="Exit 1 when a finding of this severity or worse remains.")(f)
    f = click.option("--evidence/--no-evidence", default=None,
                     help="Demote to minor the serious findings the sentence similarity does not confirm "
                          "(default: on; env QUOTECHECK_EVIDENCE).")(f)
    return f


def _crosses(checks: list[Any], fail_under: float | None, fail_on: str | None) -> bool:
    worst = {"critical": ("critical",), "major": ("critical", "major"), "minor": ("critical", "major", "minor")}
    levels = worst.get(fail_on or "", ())
    return any((fail_under is not None and c.score < fail_under) or any(f.severity in levels for f in c.findings)
               for c in checks)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE instead of standard output.")
@click.option("--reference", type=click.Path(dir_okay=False), metavar="FILE",
              help="Approved translations (TSV key<TAB>french, or JSONL with key and reference; the key is a "
                   "quote id or the English text): adds chrF, BLEU and TER against them.")
@_check_options
@_common_input
def check(paths: Sequence[str], fmt: str, output: str | None, reference: str | None, allow_list: str | None,
          severity: tuple[str, ...], fail_under: float | None, fail_on: str | None, evidence: bool | None,
          encoding: str | None, input_format: str | None) -> None:
    """Judge every French rendering of an English quote in articles.

    For each pair: a fidelity score (0–100), a verdict (faithful, review,
    unfaithful) and findings with file:line:col. Exit 0 when nothing crosses
    --fail-under/--fail-on, 1 when something does, 2 on usage or input errors.
    """
    from .config import Settings, signature
    from .pipeline import check_paths
    from .report.check import render_check_json, render_check_text

    settings = Settings.from_env(encoding=encoding, input_format=input_format, allow_list=allow_list,
                                 severity=severity or None, evidence=evidence)
    from .pipeline import read_references

    refs = read_references(reference) if reference else None
    results = list(check_paths(paths, settings, references=refs))
    sig = signature(settings, stages=("extract", "pair", "align", "score"))
    checks = [qc.check for r in results if not isinstance(r, QuotecheckError) for qc in r.quotes]
    _finish(results, fmt, output, lambda r: render_check_json(r, sig), render_check_text,
            found=_crosses(checks, fail_under, fail_on))


@cli.command()
@click.argument("english", required=False)
@click.argument("french", required=False)
@click.option("--pairs", "pairs_file", type=click.Path(dir_okay=False, allow_dash=True), metavar="FILE",
              help="Many pairs: TSV en<TAB>fr[<TAB>id] or JSONL with en, fr and optional id, reference "
                   "('-' reads standard input).")
@click.option("--reference", metavar="FRENCH", help="An approved translation of ENGLISH (chrF, BLEU, TER).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE instead of standard output.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="With --pairs: check batches of 256 pairs in N processes (0: one per CPU). Same output "
                   "as with 1; each process loads the models (~2 s), so it pays from about 1000 pairs.")
@_check_options
def compare(english: str | None, french: str | None, pairs_file: str | None, reference: str | None, fmt: str,
            output: str | None, jobs: int, allow_list: str | None, severity: tuple[str, ...],
            fail_under: float | None, fail_on: str | None, evidence: bool | None) -> None:
    """Judge French renderings given directly: one pair, or a file of pairs.

    Each record carries the input's id (its line number when it has none), the
    score, the verdict and the findings with their spans. Exit codes as for
    `check`.
    """
    from .config import Settings, signature
    from .pipeline import check_pairs, read_pairs
    from .report.check import render_compare

    if pairs_file is None and (english is None or french is None):
        raise click.UsageError("give ENGLISH and FRENCH, or --pairs FILE")
    if pairs_file is not None and (english is not None or reference is not None):
        raise click.UsageError("--pairs replaces ENGLISH and FRENCH (put references in the JSONL records)")
    settings = Settings.from_env(allow_list=allow_list, severity=severity or None, evidence=evidence)
    if pairs_file is not None:
        records = list(read_pairs(pairs_file))
    else:
        records = [{"id": "1", "en": english, "fr": french, "reference": reference}]
    errors = [r for r in records if isinstance(r, QuotecheckError)]
    results = list(check_pairs([r for r in records if not isinstance(r, QuotecheckError)], settings, jobs=jobs))
    _write(render_compare(results, fmt, signature(settings, stages=("score",))), output)
    for e in errors:
        click.echo(f"quotecheck: error: {e}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_FOUND if _crosses(results, fail_under, fail_on) else EXIT_OK)


def _finish(results: list[Any], fmt: str, output: str | None,
            as_json: Callable[[list[Any]], str], as_text: Callable[[list[Any]], tuple[str, str]],
            found: bool = False) -> None:
    """Write the report, print errors one per line; exit 2 if any input failed, else 1 if ``found``."""
    errors = [r for r in results if isinstance(r, QuotecheckError)]
    if fmt == "json":
        report, err_text = as_json(results), "\n".join(f"quotecheck: error: {e}" for e in errors)
    else:
        report, err_text = as_text(results)
    if report.strip():
        _write(report, output)
    if err_text:
        click.echo(err_text, err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_FOUND if found else EXIT_OK)


def _write(report: str, output: str | None) -> None:
    if output is None:
        click.echo(report, nl=not report.endswith("\n"))
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(report)
    except OSError as exc:
        raise QuotecheckError(f"cannot write the report ({exc.strerror}); choose another -o path", output) from None


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: runs the CLI and turns quotecheck errors into messages and exit codes."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="quotecheck", standalone_mode=False)
    except QuotecheckError as exc:
        click.echo(f"quotecheck: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("quotecheck: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR if exc.exit_code == 2 else exc.exit_code)
    except SystemExit:
        raise
    sys.exit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
