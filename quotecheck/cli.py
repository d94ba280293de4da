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


@cli.command()
@click.argument("english")
@click.argument("french")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def compare(english: str, french: str, fmt: str) -> None:
    """Check one French rendering against its English original (preliminary).

    Prints the findings of the check families built so far (numbers,
    polarity), each with its code, severity, explanation and the words at
    issue. No fidelity score or verdict yet: those will be calibrated first.
    """
    import json

    from .score import findings

    found = findings(english, french)
    if fmt == "json":
        click.echo(json.dumps({"schema": "quotecheck.compare/0", "findings": [
            {"code": f.code, "severity": f.severity, "message": f.message,
             "en": None if f.en_span is None else {"start": f.en_span.start, "end": f.en_span.end,
                                                   "text": english[f.en_span.start : f.en_span.end]},
             "fr": None if f.fr_span is None else {"start": f.fr_span.start, "end": f.fr_span.end,
                                                   "text": french[f.fr_span.start : f.fr_span.end]}}
            for f in found]}, ensure_ascii=False, indent=2))
    elif not found:
        click.echo("no finding (checks so far: numbers, polarity)")
    else:
        for f in found:
            click.echo(f"{f.severity:<8} {f.code:<18} {f.message}")
    sys.exit(EXIT_OK)


def _finish(results: list[Any], fmt: str, output: str | None,
            as_json: Callable[[list[Any]], str], as_text: Callable[[list[Any]], tuple[str, str]]) -> None:
    """Write the report, print errors one per line, exit 2 if any input failed."""
    errors = [r for r in results if isinstance(r, QuotecheckError)]
    if fmt == "json":
        report, err_text = as_json(results), "\n".join(f"quotecheck: error: {e}" for e in errors)
    else:
        report, err_text = as_text(results)
    if report.strip():
        _write(report, output)
    if err_text:
        click.echo(err_text, err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_OK)


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
