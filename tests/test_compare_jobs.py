"""compare --pairs in several processes: same output as in one; what makes it so
(embeddings that do not depend on the batch) and the batched aligner."""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from quotecheck.cli import cli

PAIRS = [
    ("We lost 11 seats.", "Nous avons perdu 45 sièges."),
    ("They gave up on the deal after two weeks.", "Ils ont renoncé à l'accord au bout de deux semaines."),
    ("I never said that! https://t.co/abc #fake", "Je n'ai jamais dit ça ! https://t.co/abc #fake"),
    ("The vote might be delayed until Monday.", "Le vote sera reporté à lundi."),
    ("NATO leaders met in Brussels on Thursday.", "Les dirigeants de l'OTAN se sont réunis à Bruxelles jeudi."),
    ("This is a very, very bad idea, @JaneDoe.", "C'est une (très) mauvaise idée […], @JaneDoe."),
    ("Thanks for showing up tonight, Chicago!", "Merci d'être venus ce soir, Chicago !"),
    ("Prices rose 6% in March.", "Les prix ont baissé de 6 % en mars."),
    ("We will not back down.", "We will not back down."),
]


def test_embeddings_do_not_depend_on_the_batch():
    from quotecheck import registry

    enc = registry.get("encoder", "use.v1")
    texts = [t for pair in PAIRS for t in pair] + ["give up", "merci", "a", ""]
    enc._cache.clear()
    together = enc.encode(texts).copy()
    for i, t in enumerate(texts):  # one text a call, nothing cached: a pass of its own
        enc._cache.clear()
        assert np.array_equal(enc.encode([t])[0], together[i]), t
    enc._cache.clear()
    assert np.array_equal(enc.encode(texts[::-1])[::-1], together)


def test_batched_alignment_is_the_pairwise_alignment():
    from quotecheck import registry
    from quotecheck.align import Aligner, tokenize

    aligner = Aligner(registry.get("encoder", "use.v1"))
    many = aligner.align_tokens_many([(tokenize(en), tokenize(fr)) for en, fr in PAIRS] + [([], tokenize("Oui."))])
    for (en, fr), (alignment, sim) in zip([*PAIRS, ("", "Oui.")], many, strict=True):
        one, one_sim = aligner.align_texts_matrix(en, fr)
        assert alignment == one
        assert np.array_equal(sim, one_sim)


def test_boosted_matches_the_plain_loop():
    from rapidfuzz.fuzz import ratio

    from quotecheck.align import _PUNCT, _norm, boosted, tokenize

    en = tokenize("Eleven people in Paris support the government's reform, 33,000 said @Jo")
    fr = tokenize("Onze personnes à Paris soutiennent la réforme du gouvernement, 33 000 ont dit @Jo")
    base = np.random.default_rng(0).uniform(-0.2, 0.9, (len(en), len(fr)))
    expected = base.copy()
    ne, nf = [_norm(t.text) for t in en], [_norm(t.text) for t in fr]
    for i, a in enumerate(ne):
        for j, b in enumerate(nf):
            if a == b and a:
                expected[i, j] = 1.0
            elif len(a) >= 4 and len(b) >= 4 and not _PUNCT.match(a):
                r = ratio(a, b) / 100.0
                if r >= 0.75:
                    expected[i, j] = max(expected[i, j], 0.5 + 0.5 * r)
    pe = np.arange(len(en))[:, None] / (len(en) - 1)
    pf = np.arange(len(fr))[None, :] / (len(fr) - 1)
    expected -= 0.15 * np.abs(pe - pf)
    assert np.array_equal(boosted(en, fr, base), expected)


def test_check_pairs_in_two_processes_equals_one():
    from quotecheck import check_pairs

    items = [{"en": en, "fr": fr, "id": f"p{i}", "reference": fr if i == 3 else None} for i, (en, fr) in enumerate(PAIRS)]
    one = list(check_pairs(items, batch_size=3, jobs=1))
    two = list(check_pairs(items, batch_size=3, jobs=2))
    assert [c.id for c in two] == [f"p{i}" for i in range(len(PAIRS))]
    assert two == one


def test_jobs_value():
    from quotecheck.errors import ConfigError
    from quotecheck.pipeline import resolve_jobs

    assert resolve_jobs(3) == 3
    assert resolve_jobs(0) >= 1
    with pytest.raises(ConfigError):
        resolve_jobs(-1)


def test_compare_jobs_cli_same_output_and_errors(tmp_path):
    # 2 batches of 256 go to 2 worker processes; a bad line is reported as with one process
    lines = [f"{en} ({k}){chr(9)}{fr} ({k}){chr(9)}id{k}" for k in range(30) for en, fr in PAIRS[:9]]
    lines.insert(5, "no tab on this line")
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = [CliRunner().invoke(cli, ["compare", "--pairs", str(tsv), "--format", "jsonl", "--jobs", j])
            for j in ("1", "2")]
    for r in runs:
        assert r.exit_code == 2
        assert f"{tsv}:6: expected en<TAB>fr[<TAB>id]; skipped" in r.stderr
    assert runs[0].stdout.count("\n") == 270
    assert runs[1].stdout == runs[0].stdout
    assert CliRunner().invoke(cli, ["compare", "--pairs", str(tsv), "--jobs", "-1"]).exit_code == 2


_FORK_SCRIPT = """
import json, sys
from quotecheck import pipeline

if __name__ == "__main__":
    items = json.loads(sys.stdin.read())
    two = list(pipeline.check_pairs(items, batch_size=3, jobs=2))
    method = pipeline.last_start_method
    one = list(pipeline.check_pairs(items, batch_size=3, jobs=1))
    print(json.dumps({"method": method, "same": two == one, "ids": [c.id for c in two]}))
"""


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_workers_forked_with_the_parents_models_or_spawned(tmp_path, start):
    # a fresh process (pytest's own has OpenBLAS threads, so it always spawns): on Linux the
    # models are loaded once and the workers forked, unless QUOTECHECK_START=spawn
    import json
    import os
    import subprocess
    import sys

    if start == "fork" and not sys.platform.startswith("linux"):
        pytest.skip("workers are forked on Linux only")
    script = tmp_path / "run.py"
    script.write_text(_FORK_SCRIPT, encoding="utf-8")
    items = [{"en": en, "fr": fr, "id": f"p{i}"} for i, (en, fr) in enumerate(PAIRS)]
    env = dict(os.environ, QUOTECHECK_START=start)
    out = subprocess.run([sys.executable, str(script)], input=json.dumps(items), capture_output=True, text=True,
                         env=env, timeout=300, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"method": start, "same": True, "ids": [f"p{i}" for i in range(len(PAIRS))]}


def test_langid_loads_without_threads():
    # lingua's preloading leaves a thread pool alive; the models must load in this thread
    import os
    import subprocess
    import sys

    code = ("import os; from quotecheck.extract.langid import LinguaIdentifier; i = LinguaIdentifier(); "
            "print(len(os.listdir('/proc/self/task')), i.identify('We will reopen the bridge on Monday.')[0])")
    if not sys.platform.startswith("linux"):
        pytest.skip("counts threads in /proc")
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")  # numpy's own thread aside
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True, env=env)
    assert out.stdout.split() == ["1", "en"]
