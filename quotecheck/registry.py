"""Versioned backend names → lazily imported factories.

A backend that changes what it computes gets a new versioned name
(``lingua.v1`` → ``lingua.v2``); the names in use go into every report's
signature. Third-party backends register through the entry-point group
``quotecheck.<kind>`` (e.g. ``quotecheck.langid``), so nothing heavy is imported
until a backend is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from .errors import BackendError

# kind -> name -> "module:attribute"
_BUILTIN: dict[str, dict[str, str]] = {
    "langid": {"lingua.v1": "quotecheck.extract.langid:LinguaIdentifier"},
    "encoder": {"use.v1": "quotecheck.encoder:USEEncoder"},
}
_CACHE: dict[tuple[str, str], Any] = {}


def names(kind: str) -> list[str]:
    """Every registered backend name of one kind (built-in and entry points)."""
    found = set(_BUILTIN.get(kind, {}))
    found.update(ep.name for ep in entry_points(group=f"quotecheck.{kind}"))
    return sorted(found)


def _factory(kind: str, name: str) -> Callable[..., Any]:
    target = _BUILTIN.get(kind, {}).get(name)
    if target is not None:
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
    for ep in entry_points(group=f"quotecheck.{kind}"):
        if ep.name == name:
            return ep.load()  # type: ignore[no-any-return]
    options = ", ".join(names(kind)) or "none"
    raise BackendError(f"unknown {kind} backend {name!r}; available: {options}")


def get(kind: str, name: str) -> Any:
    """The shared instance of backend ``name`` of ``kind``, built on first use."""
    key = (kind, name)
    if key not in _CACHE:
        try:
            _CACHE[key] = _factory(kind, name)()
        except ImportError as exc:  # an optional extra is not installed
            raise BackendError(
                f"{kind} backend {name!r} needs a package that is not installed ({exc.name}); "
                "install quotecheck with the extra that provides it"
            ) from exc
    return _CACHE[key]
