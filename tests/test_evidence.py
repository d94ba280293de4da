"""The evidence gate: counterfactual pairs, demotion, and its place in the check of a batch."""

from __future__ import annotations

import json

import pytest

from quotecheck import Settings, check_pairs
from quotecheck.report.check import pair_check_to_dict
from quotecheck.score import Checker, PairInput
from quotecheck.score.evidence import KINDS, NO_GATE, Gate, counterfactual, load_gate
from quotecheck.types import Finding, Span


def _span(text: str, words: str) -> Span:
    i = text.index(words)
    return Span(i, i + len(words))


EN = "The minister did not resign on Monday."
FR = "Le ministre n'a pas démissionné lundi."


@pytest.mark.parametrize("kind, en_words, fr_words, expected", [
    ("fr_del", None, "lundi", (EN, "Le ministre n'a pas démissionné .")),
    ("en_del", "on Monday", None, ("The minister did not resign .", FR)),
    ("both_del", "Monday", "lundi", ("The minister did not resign on .", "Le ministre n'a pas démissionné .")),
    ("swap", "Monday", "lundi", (EN, "Le ministre n'a pas démissionné Monday .")),
    ("fr_affirm", None, "n'a pas démissionné", (EN, "Le ministre a démissionné lundi.")),
    ("en_affirm", "did not resign", None, ("The minister did resign on Monday.", FR)),
])
def test_each_edit_undoes_its_difference(kind, en_words, fr_words, expected):
    f = Finding("x.y", "major", "m", _span(EN, en_words) if en_words else None,
                _span(FR, fr_words) if fr_words else None)
    assert counterfactual(kind, f, EN, FR) == expected


@pytest.mark.parametrize("en, words, expected", [
    ("We can't go.", "can't", "We can go."),
    ("They won't stop.", "won't", "They will stop."),
    ("She doesn't know.", "doesn't", "She does know."),
    ("I cannot say.", "cannot", "I can say."),
    ("Never again.", "Never", "again."),
])
def test_english_negations_are_removed_keeping_the_verb(en, words, expected):
    f = Finding("polarity.dropped", "critical", "m", _span(en, words))
    assert counterfactual("en_affirm", f, en, "x") == (expected, "x")


def test_edits_that_do_not_apply():
    en, fr = "Follow @QuillOps for news.", "Suivez @QuillOps pour les nouvelles."
    handle = Finding("entity.changed", "critical", "m", _span(en, "@QuillOps"), _span(fr, "@QuillOps"))
    assert all(counterfactual(k, handle, en, fr) is None for k in KINDS)  # links and handles: never
    only_fr = Finding("addition.content", "major", "m", None, _span(fr, "nouvelles"))
    assert counterfactual("en_del", only_fr, en, fr) is None  # no English span
    whole = Finding("addition.content", "major", "m", None, Span(0, len(fr)))
    assert counterfactual("fr_del", whole, en, fr) is None  # nothing left to compare


def test_gate_demotes_under_the_threshold_and_records_the_evidence():
    gate = Gate("test", (("number.changed", "both_del", 0.01),))
    found = [Finding("number.changed", "critical", "11 became 45", Span(0, 2), Span(0, 2)),
             Finding("number.changed", "critical", "3 became 4", Span(3, 4), Span(3, 4)),
             Finding("entity.dropped", "major", "no rule", Span(5, 6))]
    out = gate.apply(found, {0: (0.002, 0.01), 1: (0.05, 0.01)})
    assert out[0].severity == "minor" and out[0].demoted_from == "critical" and out[0].evidence == 0.002
    assert "not confirmed" in out[0].message
    assert out[1].severity == "critical" and out[1].demoted_from is None and out[1].evidence == 0.05
    assert out[2] == found[2]
    # a minor finding or one without a rule is never judged
    assert gate.requests([Finding("number.changed", "minor", "m", Span(0, 2), Span(0, 2))], "11 a", "45 a") == []


def test_a_fallback_edit_judges_what_the_main_one_cannot():
    gate = Gate("test", (("number.changed", "both_del", -0.01), ("number.changed", "swap", 0.02)))
    en, fr = "It lasted 18 months.", "Cela a duré deux ans."  # too short for both_del
    f = Finding("number.changed", "critical", "m", _span(en, "18 months"), _span(fr, "deux ans"))
    ((i, cf, threshold),) = gate.requests([f], en, fr)
    assert i == 0 and threshold == 0.02 and cf == (en, "Cela a duré 18 months .")
    long_en = "After the storm, the repairs on the old bridge over the river lasted 18 months in all."
    long_fr = "Après la tempête, les travaux sur le vieux pont au-dessus de la rivière ont duré deux ans en tout."
    f = Finding("number.changed", "critical", "m", _span(long_en, "18 months"), _span(long_fr, "deux ans"))
    ((_i, _cf, threshold),) = gate.requests([f], long_en, long_fr)
    assert threshold == -0.01  # the main edit first when it applies


def test_fitted_gate_loads_with_known_edits():
    gate = load_gate()
    assert gate.name.startswith("gate.")
    assert all(kind in KINDS for _code, kind, _t in gate.rules)


def test_checker_applies_the_gate_and_reports_it():
    pair = PairInput("a", "We lost 11 seats on Sunday.", "Nous avons perdu 45 sièges dimanche.")
    strict = Checker(Settings(evidence=False))
    (plain,) = strict.check([pair])
    changed = [f for f in plain.findings if f.code == "number.changed"]
    assert changed and changed[0].severity == "critical" and changed[0].evidence is None

    always = Checker(Settings(evidence=False))
    always.gate = Gate("test", (("number.changed", "both_del", 1.0),))  # no evidence can reach +1
    (demoted,) = always.check([pair])
    f = next(f for f in demoted.findings if f.code == "number.changed")
    assert f.severity == "minor" and f.demoted_from == "critical" and f.evidence is not None
    assert demoted.score > plain.score  # one critical finding fewer
    record = pair_check_to_dict(demoted)
    judged = next(d for d in record["findings"] if d["code"] == "number.changed")
    assert judged["demoted_from"] == "critical" and judged["evidence"] == f.evidence
    json.dumps(record)

    never = Checker(Settings(evidence=False))
    never.gate = Gate("test", (("number.changed", "both_del", -1.0),))
    (kept,) = never.check([pair])
    f = next(f for f in kept.findings if f.code == "number.changed")
    assert f.severity == "critical" and f.demoted_from is None and f.evidence is not None
    assert kept.score == plain.score


def test_gate_off_is_in_the_signature():
    from quotecheck.config import signature

    assert signature(Settings(evidence=False), stages=("extract", "pair", "score"))["evidence_gate"] == "off"
    on = signature(Settings(), stages=("extract", "pair", "score"))
    assert on["evidence_gate"] == load_gate().name and f"gate:{load_gate().name}" in on["text"]


def test_same_results_with_and_without_other_pairs_in_the_batch():
    pairs = [{"id": "1", "en": "We lost 11 seats.", "fr": "Nous avons perdu 45 sièges."},
             {"id": "2", "en": "The bridge is not open.", "fr": "Le pont est ouvert."},
             {"id": "3", "en": "Thanks to all our volunteers!", "fr": "Merci à tous nos bénévoles !"}]
    together = list(check_pairs(pairs))
    alone = [next(iter(check_pairs([p]))) for p in pairs]
    assert together == alone


def test_no_gate_changes_nothing():
    found = [Finding("number.changed", "critical", "m", Span(0, 2), Span(0, 2))]
    assert NO_GATE.requests(found, "11 a", "45 a") == [] and NO_GATE.apply(found, {}) == found


def test_cli_switches_the_gate_off():
    from click.testing import CliRunner

    from quotecheck.cli import cli

    args = ["compare", "We lost 11 seats on Sunday.", "Nous avons perdu 45 sièges dimanche.", "--format", "json"]
    on = json.loads(CliRunner().invoke(cli, args).output)
    off = json.loads(CliRunner().invoke(cli, [*args, "--no-evidence"]).output)
    assert on["signature"]["evidence_gate"] == load_gate().name and off["signature"]["evidence_gate"] == "off"
    changed_on = [f for f in on["pairs"][0]["findings"] if f["code"] == "number.changed"]
    changed_off = [f for f in off["pairs"][0]["findings"] if f["code"] == "number.changed"]
    assert changed_on[0]["evidence"] is not None and changed_off[0]["evidence"] is None
    assert changed_on[0]["severity"] == "critical"  # a clear swap of numbers is confirmed


def test_both_sides_deleted_only_when_the_words_are_a_small_part_of_each_text():
    short_en, short_fr = "It lasted 18 months.", "Cela a duré deux ans."
    f = Finding("number.changed", "critical", "m", _span(short_en, "18 months"), _span(short_fr, "deux ans"))
    assert counterfactual("both_del", f, short_en, short_fr) is None  # what is left says little
    assert counterfactual("swap", f, short_en, short_fr) is not None
    long_en = "After the storm, the repairs on the old bridge over the river lasted 18 months in all."
    long_fr = "Après la tempête, les travaux sur le vieux pont au-dessus de la rivière ont duré deux ans en tout."
    f = Finding("number.changed", "critical", "m", _span(long_en, "18 months"), _span(long_fr, "deux ans"))
    assert counterfactual("both_del", f, long_en, long_fr) is not None


def test_a_clear_change_in_a_short_text_stays_critical():
    (r,) = check_pairs([("It lasted 18 months.", "Cela a duré deux ans et demi.")])
    changed = [f for f in r.findings if f.code == "number.changed"]
    assert changed and changed[0].severity == "critical" and changed[0].demoted_from is None


def test_demoted_findings_in_the_json_follow_the_schema(monkeypatch):
    import jsonschema
    from click.testing import CliRunner
    from importlib.resources import files

    from quotecheck.cli import cli
    from quotecheck.score import evidence

    always = Gate("gate.test", (("number.changed", "both_del", 1.0),))  # no evidence reaches +1: always demoted
    monkeypatch.setattr(evidence, "load_gate", lambda path=None: always)
    en = "After the storm, the repairs on the old bridge over the river lasted 18 months in all."
    fr = "Après la tempête, les travaux sur le vieux pont au-dessus de la rivière ont duré deux ans en tout."
    r = CliRunner().invoke(cli, ["compare", en, fr, "--format", "json"])
    doc = json.loads(r.output)
    jsonschema.validate(doc, json.loads(files("quotecheck").joinpath("schema/compare.schema.json").read_text("utf-8")))
    (f,) = [f for f in doc["pairs"][0]["findings"] if f["code"] == "number.changed"]
    assert f["severity"] == "minor" and f["demoted_from"] == "critical" and isinstance(f["evidence"], float)
    assert doc["signature"]["evidence_gate"] == "gate.test"
