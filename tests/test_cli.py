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
