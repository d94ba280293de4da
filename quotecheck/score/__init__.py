"""Score: fidelity checks, one module per family, each returning typed findings.

Families so far: :mod:`.numbers` (``number.*``) and :mod:`.polarity`
(``polarity.*``). Every check is a function ``check(en, fr) -> list[Finding]``
over the English text and its French rendering; spans are offsets into those
two strings.
"""

from __future__ import annotations

from ..types import Finding
from . import numbers, polarity

CHECKS = (numbers.check, polarity.check)


def findings(en: str, fr: str) -> list[Finding]:
    """Every finding of every check family, in a stable order."""
    out: list[Finding] = []
    for check in CHECKS:
        out.extend(check(en, fr))
    order = {"critical": 0, "major": 1, "minor": 2}
    out.sort(key=lambda f: (order[f.severity], f.code, f.en_span.start if f.en_span else -1,
                            f.fr_span.start if f.fr_span else -1))
    return out


__all__ = ["CHECKS", "findings"]
