"""A newsroom's conventions: an allow-list and severity overrides.

The allow-list is a TOML file::

    [[allow]]
    code = "untranslated.words"        # a code or a family prefix ("untranslated.")
    fr = "fake news"                   # optional: the French words of the finding
    reason = "house style keeps the slogan in English"

    [[allow]]
    code = "entity."
    en = "Big Apple"
    fr = "New York"
    reason = "accepted rendering"

    [severity]
    "intensity.added" = "minor"        # a code or a family prefix

An entry silences a finding when its code matches and every text given is
found (case-insensitive) in the finding's span on that side; the finding is
kept in the report as *silenced*, with the reason, and no longer counts for the
score or the exit code. ``[severity]`` sets the severity of a code (or a
family); ``--severity CODE=LEVEL`` on the command line does the same.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import ConfigError
from ..types import Finding, Silenced

LEVELS = ("critical", "major", "minor")


@dataclass(frozen=True)
class Allow:
    code: str
    reason: str
    en: str | None = None
    fr: str | None = None

    def matches(self, f: Finding, en: str, fr: str) -> bool:
        if not (f.code == self.code or (self.code.endswith(".") and f.code.startswith(self.code))):
            return False
        for want, span, text in ((self.en, f.en_span, en), (self.fr, f.fr_span, fr)):
            if want is not None and (span is None or want.lower() not in text[span.start : span.end].lower()):
                return False
        return True


@dataclass(frozen=True)
class Policy:
    allow: tuple[Allow, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    digest: str = field(default="", compare=False)

    def apply(self, found: list[Finding], en: str, fr: str) -> tuple[list[Finding], list[Silenced]]:
        """Findings with their severities overridden, split into kept and silenced."""
        kept: list[Finding] = []
        silenced: list[Silenced] = []
        for f in found:
            for code, level in self.severity:
                if f.code == code or (code.endswith(".") and f.code.startswith(code)):
                    f = replace(f, severity=level)  # type: ignore[arg-type]
            rule = next((a for a in self.allow if a.matches(f, en, fr)), None)
            if rule is None:
                kept.append(f)
            else:
                silenced.append(Silenced(f, rule.reason))
        return kept, silenced


def parse_severity(items: list[str] | tuple[str, ...], origin: str = "--severity") -> tuple[tuple[str, str], ...]:
    out = []
    for item in items:
        code, sep, level = item.partition("=")
        if not sep or level.strip() not in LEVELS or not code.strip():
            raise ConfigError(f"{origin}: {item!r} should be CODE=LEVEL with LEVEL one of {', '.join(LEVELS)}")
        out.append((code.strip(), level.strip()))
    return tuple(out)


def load_policy(path: str | None, severity: tuple[str, ...] = ()) -> Policy:
    """The policy of an allow-list file (or none) plus command-line severity overrides."""
    allow: list[Allow] = []
    levels: list[tuple[str, str]] = []
    digest = ""
    if path:
        try:
            raw = Path(path).read_bytes()
            data = tomllib.loads(raw.decode("utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read the allow-list ({exc.strerror}); check the path", path) from None
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"the allow-list is not valid UTF-8 TOML ({exc}); see the README's allow-list "
                              "section", path) from None
        digest = hashlib.sha256(raw).hexdigest()[:16]
        for k, entry in enumerate(data.get("allow", []), start=1):
            if not isinstance(entry, dict) or "code" not in entry or "reason" not in entry:
                raise ConfigError(f"[[allow]] entry {k} needs at least 'code' and 'reason'", path)
            allow.append(Allow(str(entry["code"]), str(entry["reason"]), entry.get("en"), entry.get("fr")))
        sev = data.get("severity", {})
        if not isinstance(sev, dict):
            raise ConfigError("[severity] must be a table of CODE = LEVEL", path)
        levels += parse_severity([f"{k}={v}" for k, v in sev.items()], origin=str(path))
    levels += parse_severity(severity)
    return Policy(tuple(allow), tuple(levels), digest)


__all__ = ["LEVELS", "Allow", "Policy", "load_policy", "parse_severity"]
