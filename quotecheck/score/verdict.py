"""From findings and similarity to a fidelity score (0–100) and a verdict.

The score is a logistic model over a few features of the pair — the USE
cosine of the two texts, the number of critical, major and minor findings, the
number of serious findings the evidence gate demoted (:mod:`.evidence`), the
alignment coverage of each side — whose weights are fitted on data by
``scripts/calibrate_score.py`` and stored in ``quotecheck/models/score.v1.json``
(with the thresholds of the verdict). ``score = 100 × P(faithful)``; the
verdict is ``unfaithful`` under the low threshold or with a critical finding,
``faithful`` at or above the high threshold with no critical or major finding,
``review`` otherwise. See ``docs/scoring.md`` for the method and the curves.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..types import Alignment, Finding, Verdict

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "score.v1.json"


@dataclass(frozen=True)
class ScoreModel:
    name: str
    features: tuple[str, ...]
    weights: tuple[float, ...]
    faithful: float
    unfaithful: float
    caps: tuple[tuple[str, float], ...] = ()

    def score(self, values: dict[str, float]) -> float:
        capped = {**values, **{k: min(values[k], c) for k, c in self.caps}}
        z = sum(w * capped[f] for f, w in zip(self.features, self.weights, strict=True))
        return round(100.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 1)

    def verdict(self, score: float, findings: tuple[Finding, ...] | list[Finding]) -> Verdict:
        sev = {f.severity for f in findings}
        if score < self.unfaithful or "critical" in sev:
            return "unfaithful"
        if score >= self.faithful and not sev & {"critical", "major"}:
            return "faithful"
        return "review"


def features(cosine: float, findings: list[Finding], alignment: Alignment | None) -> dict[str, float]:
    """The model's inputs for one pair."""
    count = {"critical": 0, "major": 0, "minor": 0, "demoted": 0}
    for f in findings:
        if f.demoted_from is not None:
            count["demoted"] += 1  # a serious finding the evidence gate did not confirm: its own weight
        else:
            count[f.severity] += 1
    return {
        "bias": 1.0,
        "cosine": cosine,
        **{k: float(v) for k, v in count.items()},
        "coverage_en": alignment.coverage_en if alignment else 1.0,
        "coverage_fr": alignment.coverage_fr if alignment else 1.0,
    }


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ScoreModel:
    data = json.loads((Path(path) if path else MODEL_PATH).read_text(encoding="utf-8"))
    return ScoreModel(data["name"], tuple(data["features"]), tuple(data["weights"]),
                      float(data["thresholds"]["faithful"]), float(data["thresholds"]["unfaithful"]),
                      tuple(sorted((k, float(v)) for k, v in data.get("caps", {}).items())))


__all__ = ["MODEL_PATH", "ScoreModel", "features", "load_model"]
