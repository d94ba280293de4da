"""What every check family sees of one pair."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..types import Alignment, EditorialMark


@dataclass(frozen=True)
class Context:
    """One English text and its French rendering, prepared once for all checks.

    ``fr`` has its editorial marks blanked (same length as the original, so
    offsets hold); ``alignment`` spans are offsets into ``en`` and ``fr``.
    ``sim`` is the aligner's boosted token similarity matrix. ``encoder`` is the sentence encoder (for the checks that compare phrases),
    or ``None`` when a check runs without models (unit tests of string checks).
    """

    en: str
    fr: str
    alignment: Alignment | None = None
    marks: tuple[EditorialMark, ...] = ()
    cosine: float | None = None
    encoder: Any = None
    langid: Any = None  # the language identifier (``english(text) -> confidence``), if any
    sim: Any = None  # the aligner's token similarity matrix (numpy, English rows × French columns)

    @property
    def elided(self) -> bool:
        """The journalist marked a cut (``(…)``, ``[…]``, an opening or closing ``…``)."""
        return any(m.kind == "elision" for m in self.marks)


__all__ = ["Context"]
