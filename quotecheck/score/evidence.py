"""Evidence: does undoing a finding's difference bring the two texts closer?

A check family reads words: a negation particle, a name, a number. Whether the
difference it found changes what the French *says* is a question about meaning,
which the sentence encoder can answer in part. For each critical or major
finding this module builds a *counterfactual* pair — the finding's difference
undone: the added French words deleted, the omitted English words deleted, both
sides' words deleted for a change, the French negation particles removed for an
added negation — and measures the change of cosine (``evidence`` =
cos(counterfactual) − cos(pair)). A real error is undone by the edit, so the
texts come closer (evidence above zero); a faithful rendering that merely says
the same thing with other words (``failed to`` → ``n'a pas réussi``, ``the
capital`` → ``Paris``) moves apart when the words are deleted.

The gate (``models/gate.v1.json``, fitted by ``scripts/calibrate_gate.py`` on the
dev split of the injection suite and the dev-wide faithful sets only) holds, per
finding code, which edit to make and a threshold: the evidence that all but a
small share of the dev injected errors of that code reach. A serious finding
under its threshold is *demoted* to minor: it stays in the report, with its
evidence and the severity it had (``demoted_from``), so a reader still sees it.
Codes whose edit did not separate errors from faithful renderings on dev have no
entry and are never demoted; nor are negations and opposites (``polarity.*``),
which the encoder barely sees, nor links, @handles and #hashtags, which carry no
meaning for it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import regex

from ..types import Finding

GATE_PATH = Path(__file__).resolve().parent.parent / "models" / "gate.v1.json"
SERIOUS = ("critical", "major")
MAX_SHARE = 0.2  # both_del judges a finding whose words are at most this share of each text
KINDS = ("fr_del", "en_del", "both_del", "swap", "fr_affirm", "en_affirm")

_FURNITURE = regex.compile(r"^(?:https?://|pic\.twitter|www\.|[@#])", regex.I)
_NEG_FR = regex.compile(
    r"(?<![\p{L}'])(?:n'|ne\b|pas\b|jamais\b|rien\b|aucune?s?\b|personne\b|sans\b|ni\b|non\b|guère\b|nulle?s?\b"
    r"|nullement\b|point\b)", regex.I)
# English negations: a contraction keeps its verb (don't → do, can't → can, won't → will)
_NEG_EN_CONTRACTED = regex.compile(r"\b(ca|wo|sha|\p{L}+?)n['’]t\b", regex.I)
_NEG_EN = regex.compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b", regex.I)
_CONTRACTED_BASE = {"ca": "can", "wo": "will", "sha": "shall"}


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _cut(text: str, start: int, end: int, repl: str = " ") -> str:
    return _squeeze(text[:start] + repl + text[end:])


def _affirm_fr(words: str) -> str:
    return _squeeze(_NEG_FR.sub(" ", words))


def _affirm_en(words: str) -> str:
    words = _NEG_EN_CONTRACTED.sub(lambda m: _CONTRACTED_BASE.get(m.group(1).lower(), m.group(1)), words)
    words = regex.sub(r"\bcannot\b", "can", words, flags=regex.I)
    return _squeeze(_NEG_EN.sub(" ", words))


def counterfactual(kind: str, f: Finding, en: str, fr: str) -> tuple[str, str] | None:
    """``(en', fr')``: the pair with the finding's difference undone by the edit ``kind``, or
    ``None`` when the edit does not apply (no span on that side, a link or handle, nothing left)."""
    e, r = f.en_span, f.fr_span
    for sp, text in ((e, en), (r, fr)):
        if sp is not None and _FURNITURE.match(text[sp.start : sp.end]):
            return None
    if kind == "fr_del" and r is not None:
        out = (en, _cut(fr, r.start, r.end))
    elif kind == "en_del" and e is not None:
        out = (_cut(en, e.start, e.end), fr)
    elif kind == "both_del" and e is not None and r is not None:
        if len(e) > MAX_SHARE * len(en.strip()) or len(r) > MAX_SHARE * len(fr.strip()):
            return None  # in a short text the words are most of its meaning: what is left says little
        out = (_cut(en, e.start, e.end), _cut(fr, r.start, r.end))
    elif kind == "swap" and e is not None and r is not None:
        out = (en, _cut(fr, r.start, r.end, f" {en[e.start:e.end]} "))
    elif kind == "fr_affirm" and r is not None:
        words = fr[r.start : r.end]
        out = (en, _cut(fr, r.start, r.end, f" {_affirm_fr(words)} "))
    elif kind == "en_affirm" and e is not None:
        words = en[e.start : e.end]
        out = (_cut(en, e.start, e.end, f" {_affirm_en(words)} "), fr)
    else:
        return None
    if not out[0].strip() or not out[1].strip() or out == (_squeeze(en), _squeeze(fr)):
        return None
    return out


@dataclass(frozen=True)
class Gate:
    """Per finding code: the edits that undo it, in order (the first that applies to a finding is
    used: a fallback judges the findings the main edit cannot, in short texts say), each with the
    evidence under which the finding is demoted."""

    name: str
    rules: tuple[tuple[str, str, float], ...]  # (code, kind, threshold), a code's main edit first

    def requests(self, findings: Sequence[Finding], en: str, fr: str) -> list[tuple[int, tuple[str, str], float]]:
        """``(index of the finding, counterfactual pair, threshold)`` for every serious finding the
        gate judges."""
        out = []
        for i, f in enumerate(findings):
            if f.severity not in SERIOUS:
                continue
            for code, kind, threshold in self.rules:
                cf = counterfactual(kind, f, en, fr) if code == f.code else None
                if cf is not None:
                    out.append((i, cf, threshold))
                    break
        return out

    def apply(self, findings: Sequence[Finding], evidence: dict[int, tuple[float, float]]) -> list[Finding]:
        """Findings with their evidence recorded; those under their threshold demoted. ``evidence``:
        finding index → (evidence, threshold of the edit that measured it)."""
        out = []
        for i, f in enumerate(findings):
            if i in evidence:
                ev, threshold = round(evidence[i][0], 4), evidence[i][1]
                if ev < threshold:
                    f = replace(f, severity="minor", evidence=ev, demoted_from=f.severity,
                                message=f"{f.message} — not confirmed by the sentence similarity "
                                        f"(undoing it changes the cosine by {ev:+.3f}), so minor")
                else:
                    f = replace(f, evidence=ev)
            out.append(f)
        return out


NO_GATE = Gate("none", ())


@lru_cache(maxsize=4)
def load_gate(path: str | None = None) -> Gate:
    data = json.loads((Path(path) if path else GATE_PATH).read_text(encoding="utf-8"))
    rules = tuple((str(c), str(rule["kind"]), float(rule["threshold"])) for c, r in sorted(data["rules"].items())
                  for rule in (r, *([r["fallback"]] if "fallback" in r else [])))
    for _c, kind, _t in rules:
        if kind not in KINDS:
            raise ValueError(f"{path or GATE_PATH}: unknown edit kind {kind!r}")
    return Gate(str(data["name"]), rules)


__all__ = ["GATE_PATH", "KINDS", "MAX_SHARE", "NO_GATE", "Gate", "counterfactual", "load_gate"]
