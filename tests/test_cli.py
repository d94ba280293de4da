"""The command line: output formats, exit codes, errors as one line, determinism."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from quotecheck.cli import cli, main

ARTICLE = (
    "Le maire a réagi dimanche.\n\n"
    "« Nous rouvrirons le pont lundi », a tweeté la mairie.\n\n"
    "We will reopen the bridge on Monday. https://t.co/AbC123 — Ville de Portneuf (@PortneufVille) March 4, 2021\n"
)


def _schema():
    from importlib.resources import files

    return json.loads(files("quotecheck").joinpath("schema/extract.schema.json").read_text(encoding="utf-8"))


def test_text_output_has_positions(write):
    path = write("a.txt", ARTICLE)
    r = CliRunner().invoke(cli, ["extract", path])
    assert r.exit_code == 0, r.output
    assert f"{path}:3:3" in r.output  # the French quote, after « and a space
    assert f"{path}:5:1" in r.output and "@PortneufVille" in r.output
    assert "1 English tweet(s), 0 other English quote(s), 1 French quote(s)" in r.output


def test_json_output_valid_and_deterministic(write, tmp_path):
    path = write("a.txt", ARTICLE)
    out1, out2 = tmp_path / "1.json", tmp_path / "2.json"
    for out in (out1, out2):
        r = CliRunner().invoke(cli, ["extract", path, "--format", "json", "-o", str(out)])
        assert r.exit_code == 0, r.output
    assert out1.read_bytes() == out2.read_bytes()
    doc = json.loads(out1.read_text(encoding="utf-8"))
    jsonschema.validate(doc, _schema())
    assert doc["signature"]["quotecheck"] and "lingua.v1" in doc["signature"]["text"]
    quotes = doc["articles"][0]["quotes"]
    assert [q["id"] for q in quotes] == ["en1", "fr1"]
    fr = quotes[1]
    assert (fr["line"], fr["column"]) == (3, 3)
    assert fr["cue"] == {"text": "a tweeté", "start": fr["cue"]["start"], "end": fr["cue"]["end"], "speaker": "la mairie"}


def test_bad_inputs_exit_2_and_others_still_processed(write, tmp_path, capsys):
    good = write("good.txt", ARTICLE)
    empty = write("empty.txt", b"")
    with pytest.raises(SystemExit) as info:
        main(["extract", str(tmp_path / "missing.txt"), empty, good, str(tmp_path)])
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert "@PortneufVille" in out  # the good file was still reported
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("quotecheck: error: ") for line in lines)
    assert "missing.txt: no such file" in err and "empty.txt: the file is empty" in err
    assert "is a directory" in err and "Traceback" not in err


def test_unknown_encoding_is_a_clear_error(write, capsys):
    path = write("a.txt", ARTICLE)
    with pytest.raises(SystemExit) as info:
        main(["extract", "--encoding", "nope-1", path])
    assert info.value.code == 2
    assert "unknown encoding 'nope-1'" in capsys.readouterr().err


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", "--format", "xml", "a.txt"])
    assert info.value.code == 2


def test_help_and_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "quotecheck" in capsys.readouterr().out


def test_jsonl_record_positions(write):
    path = write("b.jsonl", json.dumps({"id": "r1", "text": ARTICLE}) + "\n")
    r = CliRunner().invoke(cli, ["extract", path])
    assert r.exit_code == 0
    assert f"{path}#r1:3:3" in r.output


def _schema_named(name):
    from importlib.resources import files

    return json.loads(files("quotecheck").joinpath(f"schema/{name}.schema.json").read_text(encoding="utf-8"))


CHECK_ARTICLE = (
    "La mairie a réagi.\n\n"
    "« Nous rouvrirons le pont dans 45 jours », a tweeté la mairie.\n\n"
    "We will reopen the bridge in 11 days. — Ville de Portneuf (@PortneufVille) March 4, 2021\n"
)


def test_check_text_json_and_exit_codes(write, tmp_path):
    path = write("c.txt", CHECK_ARTICLE)
    r = CliRunner().invoke(cli, ["check", path])
    assert r.exit_code == 0, r.output
    assert "UNFAITHFUL" in r.output and f"{path}:3:" in r.output and "number.changed" in r.output
    assert CliRunner().invoke(cli, ["check", path, "--fail-on", "critical"]).exit_code == 1
    assert CliRunner().invoke(cli, ["check", path, "--fail-under", "50"]).exit_code == 1
    assert CliRunner().invoke(cli, ["check", path, "--fail-on", "critical", "--severity", "number.=minor"]).exit_code == 0
    out1, out2 = tmp_path / "1.json", tmp_path / "2.json"
    for out in (out1, out2):
        assert CliRunner().invoke(cli, ["check", path, "--format", "json", "-o", str(out)]).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    doc = json.loads(out1.read_text(encoding="utf-8"))
    jsonschema.validate(doc, _schema_named("check"))
    (chk,) = doc["articles"][0]["checks"]
    f = next(x for x in chk["findings"] if x["code"] == "number.changed")
    assert f["fr"]["text"] == "45 jours" and f["fr"]["line"] == 3 and f["en"]["text"] == "11 days"
    assert "score:score.v1" in doc["signature"]["text"]


def test_check_missing_file_exits_2_and_keeps_others(write):
    path = write("c.txt", CHECK_ARTICLE)
    r = CliRunner().invoke(cli, ["check", "nope.txt", path])
    assert r.exit_code == 2
    assert "nope.txt" in r.output and "UNFAITHFUL" in r.output


def test_compare_pairs_file_formats(tmp_path):
    tsv = tmp_path / "p.tsv"
    tsv.write_text("We won 11 seats.\tNous avons gagné 11 sièges.\tp1\nWe won 11 seats.\tNous avons gagné 45 sièges.\n",
                   encoding="utf-8")
    r = CliRunner().invoke(cli, ["compare", "--pairs", str(tsv), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    recs = [json.loads(x) for x in r.output.splitlines()]
    assert [x["id"] for x in recs] == ["p1", "2"]
    assert recs[0]["verdict"] == "faithful" and recs[1]["findings"][0]["code"] == "number.changed"
    r = CliRunner().invoke(cli, ["compare", "--pairs", str(tsv), "--format", "json", "--fail-on", "critical"])
    assert r.exit_code == 1
    jsonschema.validate(json.loads(r.output), _schema_named("compare"))
    jl = tmp_path / "p.jsonl"
    jl.write_text('{"en": "We won.", "fr": "Nous avons gagné.", "id": "a", "reference": "On a gagné."}\n'
                  '{"en": "broken"\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["compare", "--pairs", str(jl), "--format", "jsonl"])
    assert r.exit_code == 2
    assert f"{jl}:2" in r.output and '"id": "a"' in r.output and '"chrf"' in r.output


def test_compare_usage_errors(capsys):
    assert CliRunner().invoke(cli, ["compare", "only english"]).exit_code == 2
    with pytest.raises(SystemExit) as exc:
        main(["compare", "--pairs", "missing.tsv"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "missing.tsv" in err and "Traceback" not in err


def test_the_readme_example_is_faithful():
    """The README's first command: both renderings of the example article are faithful
    (a polarity regression once made the second one 'unfaithful' unnoticed)."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "corpora" / "articles" / "txt-01-quillstream-panne.txt"
    r = CliRunner().invoke(cli, ["check", str(path), "--fail-on", "major"])
    assert "2 rendering(s) checked — 2 faithful, 0 to review, 0 unfaithful" in r.output, r.output
    assert r.exit_code == 0
