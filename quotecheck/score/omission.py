"""Omission and addition: content with no counterpart on the other side.

Works on the word alignment. An English *content* word (not a function word,
not punctuation; hedges and intensifiers are the :mod:`.intensity` family's)
is *unrendered* when it has no link and no French word is close to it in the
similarity matrix either (best cosine under :data:`RENDERED_SIM` — the
alignment keeps one link per word, a paraphrase may spread it). Runs of
unrendered words, bridged over function words, become findings:

* ``omission.content`` — English content missing from the French: ``major``
  from :data:`MAJOR_WORDS` content words (a clause, a qualifier phrase),
  ``minor`` below; always ``minor`` when the journalist marked a cut (``(…)``).
* ``addition.content`` — French content with no English counterpart, same
  weights. Editorial marks are blanked before, so ``(ndlr)`` or ``[Joe Biden]``
  never count.

The thresholds are calibrated on faithful news translations (newstest 2012–2013,
``scripts/eval_false_alarms.py``), so that a professional rendering's usual
restructuring stays minor.
"""

from __future__ import annotations

import numpy as np
import regex

from ..lexicon import STOP_EN, STOP_FR
from ..types import Finding, Span
from .context import Context

RENDERED_SIM = 0.45
MAJOR_WORDS = 4
_WORD = regex.compile(r"^[\p{L}][\p{L}\p{M}'’-]*$")
# handled by other families (intensity, polarity, numbers, entities)
_OTHER_EN = frozenset(["not", "never", "no", "maybe", "perhaps", "probably", "possibly", "almost", "nearly", "only", "ever", "always", "totally", "completely", "absolutely", "extremely", "highly", "so", "too", "quite", "rather", "pretty", "fairly"])
_OTHER_FR = frozenset(["jamais", "aucun", "aucune", "rien", "personne", "peut-être", "probablement", "presque", "seulement", "toujours", "totalement", "complètement", "absolument", "extrêmement", "vraiment", "tellement", "trop", "assez", "plutôt"])


def _content(tok: str, lang: str) -> bool:
    low = tok.lower().replace("’", "'")
    if not _WORD.match(tok) or tok[:1] in "@#":
        return False
    stop, other = (STOP_EN, _OTHER_EN) if lang == "en" else (STOP_FR, _OTHER_FR)
    return low not in stop and low not in other and len(low) > 1


_BREAK = regex.compile(r"^[.!?;:…]+$")


def _runs(unlinked: list[int], tokens: tuple[Span, ...], text: str) -> list[list[int]]:
    """Runs of consecutive unlinked tokens, cut at sentence punctuation."""
    out: list[list[int]] = []
    for i in unlinked:
        if _BREAK.match(text[tokens[i].start : tokens[i].end]):
            continue
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def check_pair(ctx: Context) -> list[Finding]:
    al, sim = ctx.alignment, ctx.sim
    if al is None or not al.en_tokens or not al.fr_tokens:
        return []
    linked_e = {lk.en for lk in al.links}
    linked_f = {lk.fr for lk in al.links}
    best_e = sim.max(axis=1) if sim is not None and sim.size else np.zeros(len(al.en_tokens))
    best_f = sim.max(axis=0) if sim is not None and sim.size else np.zeros(len(al.fr_tokens))
    out: list[Finding] = []
    for lang, tokens, text, linked, best in (("en", al.en_tokens, ctx.en, linked_e, best_e),
                                             ("fr", al.fr_tokens, ctx.fr, linked_f, best_f)):
        unlinked = [i for i in range(len(tokens)) if i not in linked]
        for run in _runs(unlinked, tokens, text):
            content = [i for i in run if _content(text[tokens[i].start : tokens[i].end], lang)]
            weak = [i for i in content if best[i] < RENDERED_SIM]
            if not weak:
                continue
            span = Span(tokens[content[0]].start, tokens[content[-1]].end)
            words = text[span.start : span.end]
            serious = len(content) >= MAJOR_WORDS and len(weak) >= 2
            if lang == "en":
                severity = "major" if serious and not ctx.elided else "minor"
                msg = f"“{words}” is not rendered in the French"
                if ctx.elided:
                    msg += " (the quote marks a cut)"
                out.append(Finding("omission.content", severity, msg, en_span=span))  # type: ignore[arg-type]
            else:
                out.append(Finding("addition.content", "major" if serious else "minor",  # type: ignore[arg-type]
                                   f"“{words}” has no counterpart in the English", fr_span=span))
    return out


__all__ = ["MAJOR_WORDS", "RENDERED_SIM", "check_pair"]
