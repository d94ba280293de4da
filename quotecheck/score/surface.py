"""Surface metrics through sacrebleu, against an approved reference translation.

``quotecheck check --reference FILE`` or a ``reference`` field in
``compare --pairs`` adds chrF, BLEU (effective order, as for one sentence) and
TER of the rendering against the reference, each with sacrebleu's signature so
the figure can be reproduced. These compare French with French; without a
reference, quotecheck's own checks do the judging (chrF against the *English*
only serves to spot an untranslated copy, :mod:`.untranslated`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _metrics() -> tuple[Any, Any, Any]:
    from sacrebleu.metrics import BLEU, CHRF, TER

    return CHRF(), BLEU(effective_order=True), TER()


def reference_metrics(fr: str, reference: str) -> dict[str, Any]:
    """chrF, BLEU and TER of ``fr`` against ``reference``, rounded, with signatures."""
    out: dict[str, Any] = {"text": reference}
    for name, metric in zip(("chrf", "bleu", "ter"), _metrics(), strict=True):
        score = metric.corpus_score([fr], [[reference]])
        out[name] = round(float(score.score), 2)
        out[f"{name}_signature"] = metric.get_signature().format()
    return out


__all__ = ["reference_metrics"]
