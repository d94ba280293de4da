"""Score: fidelity checks, one module per family, then a calibrated score and verdict.

Families (codes ``family.what``):

* :mod:`.numbers` — ``number.changed|omitted|added``
* :mod:`.polarity` — ``polarity.dropped|added``; :mod:`.antonyms` — ``polarity.antonym``
* :mod:`.entities` — ``entity.changed|dropped|added`` (exonyms in :mod:`.exonyms`)
* :mod:`.intensity` — ``intensity.dropped|added`` (hedges, intensifiers)
* :mod:`.modality` — ``modality.changed``, ``tense.changed``, ``question.dropped|added``
* :mod:`.omission` — ``omission.content``, ``addition.content`` (from the alignment)
* :mod:`.untranslated` — ``untranslated.copy|words``

A *string* check is ``check(en, fr) -> list[Finding]``; a *pair* check is
``check_pair(ctx) -> list[Finding]`` over a :class:`~.context.Context` that
holds the alignment and the models. Editorial marks (:mod:`.editorial`) are
blanked from the French before any check runs. :class:`Checker` runs
everything on a batch with one encoder call; :mod:`.verdict` turns the
findings into the score and verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Sequence
from dataclasses import dataclass, replace

import regex

from ..types import Finding, PairCheck
from . import (
    antonyms,
    editorial,
    entities,
    intensity,
    modality,
    numbers,
    omission,
    polarity,
    untranslated,
)
from .context import Context

CHECKS: tuple[Callable[[str, str], list[Finding]], ...] = (
    numbers.check,
)
PAIR_CHECKS: tuple[Callable[[Context], list[Finding]], ...] = (
    antonyms.check_pair, entities.check_pair, polarity.check_pair, modality.check_pair, intensity.check_pair, omission.check_pair, untranslated.check_pair,
)
_ORDER = {"critical": 0, "major": 1, "minor": 2}


def _sorted(found: list[Finding]) -> list[Finding]:
    return sorted(found, key=lambda f: (_ORDER[f.severity], f.code, f.en_span.start if f.en_span else -1,
                                        f.fr_span.start if f.fr_span else -1))


def run_checks(ctx: Context) -> list[Finding]:
    """Every finding of every family on one prepared pair, in a stable order. A family that
    fails on the pair (a bug) gives one ``check.failed`` finding instead of its own, so the
    other families and the other pairs of a batch still run."""
    out: list[Finding] = []
    for check in CHECKS:
        out.extend(_guarded(check, ctx.en, ctx.fr))
    for pair_check in PAIR_CHECKS:
        out.extend(_guarded(pair_check, ctx))
    return _sorted(out)


def _guarded(check: Callable[..., list[Finding]], *args: Any) -> list[Finding]:
    try:
        return check(*args)
    except Exception as exc:  # noqa: BLE001 — one family's bug must not stop a batch
        family = check.__module__.rsplit(".", 1)[-1]
        return [Finding("check.failed", "minor",
                        f"the {family} check failed on this pair ({type(exc).__name__}: {exc}); its findings "
                        "are missing — please report the pair")]


_ESCAPED_BREAK = regex.compile(r"\\[nrt]")


def _unescaped(text: str) -> str:
    """``text`` with literal ``\\n``, ``\\r``, ``\\t`` sequences made two spaces (same length)."""
    return _ESCAPED_BREAK.sub("  ", text) if "\\" in text else text


def findings(en: str, fr: str) -> list[Finding]:
    """The findings of the string checks only (no model is loaded), editorial marks blanked."""
    ctx = Context(en, editorial.blank(fr, editorial.marks(fr, en)))
    out: list[Finding] = []
    for check in CHECKS:
        out.extend(check(ctx.en, ctx.fr))
    out.extend(antonyms.check(ctx.en, ctx.fr))
    out.extend(entities.check(ctx.en, ctx.fr))
    out.extend(polarity.check(ctx.en, ctx.fr))
    out.extend(modality.check(ctx.en, ctx.fr))
    out.extend(intensity.check(ctx.en, ctx.fr))
    return _sorted(out)


@dataclass(frozen=True)
class PairInput:
    """One English text and its French rendering to check; ``reference`` is an approved translation."""

    id: str
    en: str
    fr: str
    reference: str | None = None


class Checker:
    """Checks batches of pairs with shared models: one encoder call per batch."""

    def __init__(self, settings=None) -> None:
        from .. import registry
        from ..align import Aligner
        from ..config import Settings
        from .verdict import load_model

        self.settings = settings or Settings()
        self.encoder = registry.get("encoder", self.settings.encoder)
        self.langid = registry.get("langid", self.settings.langid)
        self.aligner = Aligner(self.encoder)
        from .policy import load_policy

        self.model = load_model()
        self.policy = load_policy(self.settings.allow_list, self.settings.severity)
        from .evidence import NO_GATE, load_gate

        self.gate = load_gate() if self.settings.evidence else NO_GATE

    def check(self, items: Sequence[PairInput]) -> list[PairCheck]:
        """Every pair checked; the embeddings of the whole batch (sentences, tokens, then
        particle-verb phrases) come from two encoder calls."""
        from ..encoder import blas_threads

        with blas_threads(getattr(self.encoder, "threads", 0) or 1):
            return self._check(items)

    def _check(self, items: Sequence[PairInput]) -> list[PairCheck]:
        from ..align import tokenize
        from ..encoder import without_furniture
        from .surface import reference_metrics
        from .verdict import features

        prepared = []
        for it in items:
            # an escaped line break left in scraped text ("\\nThanks") is a break, not the letter n of a
            # word; two spaces keep every offset
            en, fr = _unescaped(it.en), _unescaped(it.fr)
            found = editorial.marks(fr, en)
            prepared.append((it, en, tuple(found), editorial.blank(fr, found)))
        tokens = [(tokenize(en), tokenize(fr)) for _it, en, _, fr in prepared]
        sentences = [without_furniture(t) or t for _it, en, _, fr in prepared for t in (en, fr)]
        words = {tok.text for en_tokens, fr_tokens in tokens for tok in (*en_tokens, *fr_tokens)}
        vectors = self.encoder.encode(sentences + sorted(words))
        aligned = self.aligner.align_tokens_many(tokens)
        raw: list[list[Finding]] = []
        cosines: list[float] = []
        for k, (it, en, marks, fr) in enumerate(prepared):
            cosines.append(float(vectors[2 * k] @ vectors[2 * k + 1]))
            alignment, sim = aligned[k]
            raw.append(run_checks(Context(en, fr, alignment, marks, cosines[-1], self.encoder, self.langid, sim)))
        judged = self._evidence(prepared, raw, cosines)
        out: list[PairCheck] = []
        for k, (it, en, marks, fr) in enumerate(prepared):
            cosine, alignment = cosines[k], aligned[k][0]
            found, silenced = self.policy.apply(judged[k], en, fr)
            score = self.model.score(features(cosine, found, alignment))
            verdict = self.model.verdict(score, found)
            out.append(PairCheck(
                id=it.id, en=it.en, fr=it.fr, score=score, verdict=verdict, findings=tuple(found),
                cosine=round(cosine, 4), alignment=alignment, marks=marks,
                reference=reference_metrics(it.fr, it.reference) if it.reference else None,
                silenced=tuple(silenced),
            ))
        return out

    def _evidence(self, prepared: list, raw: list[list[Finding]], cosines: list[float]) -> list[list[Finding]]:
        """The findings of every pair after the evidence gate: the counterfactual pairs of all
        serious findings of the batch are embedded in one encoder call."""
        from ..encoder import without_furniture

        requests = [self.gate.requests(found, en, fr) for (_it, en, _m, fr), found in zip(prepared, raw)]
        if not any(requests):
            return raw
        texts: list[str] = []
        for reqs in requests:
            texts += [without_furniture(t) or t for _i, cf, _t in reqs for t in cf]
        vectors = self.encoder.encode(texts)
        out, row = [], 0
        for found, reqs, base in zip(raw, requests, cosines):
            if not reqs:
                out.append(found)
                continue
            evidence = {}
            for i, _cf, threshold in reqs:
                evidence[i] = (float(vectors[row] @ vectors[row + 1]) - base, threshold)
                row += 2
            out.append(_sorted(self.gate.apply(found, evidence)))
        return out

    def rescore(self, check: PairCheck, kept: tuple[Finding, ...]) -> float:
        """The score of ``check`` counting only the findings ``kept``."""
        from .verdict import features

        return self.model.score(features(check.cosine, list(kept), check.alignment))


def relabel(check: PairCheck, **changes: object) -> PairCheck:
    """A copy of a :class:`PairCheck` with some fields changed."""
    return replace(check, **changes)  # type: ignore[arg-type]


__all__ = ["CHECKS", "PAIR_CHECKS", "Checker", "Context", "PairInput", "findings", "run_checks"]
