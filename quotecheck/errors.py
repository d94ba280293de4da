"""Every error quotecheck raises on purpose, and the messages users see.

Library code raises these; the CLI turns them into one-line messages and exit
codes in one place (:func:`quotecheck.cli.main`). Each message names the file
(when there is one), says what is wrong and what to try.
"""

from __future__ import annotations

from collections.abc import Iterable


class QuotecheckError(Exception):
    """Base class: anything quotecheck reports to a user instead of a traceback."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class InputError(QuotecheckError):
    """An article cannot be read: missing, a directory, binary, undecodable, empty."""


class ConfigError(QuotecheckError):
    """A setting or option has a value quotecheck does not accept."""


class BackendError(QuotecheckError):
    """A backend name is unknown or its optional dependency is missing."""


def one_of(name: str, value: object, options: Iterable[str]) -> ConfigError:
    """``ConfigError`` saying that ``name`` must be one of ``options``."""
    opts = ", ".join(repr(o) for o in sorted(options))
    return ConfigError(f"{name} must be one of {{{opts}}}, not {value!r}")
