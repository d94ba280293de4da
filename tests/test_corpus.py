"""Golden tests on the project's corpus (corpora/) and on the sample article (../shared/seed)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from quotecheck import Settings, extract_article

from .conftest import CORPUS, ROOT, SHARED


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "scripts" / "eval_extract.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EVAL = _eval_module()
GOLD = sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))
KNOWN = json.loads((ROOT / "tests" / "cases" / "corpus_known_failures.json").read_text())["articles"]


def test_corpus_is_large_enough_and_covers_formats():
    names = [json.loads((CORPUS / "gold" / f"{g}.json").read_text())["article"] for g in GOLD]
    exts = {n.rsplit(".", 1)[1] for n in names}
    assert len(names) >= 40
    assert {"txt", "md", "html", "jsonl"} <= exts


@pytest.mark.parametrize("name", GOLD)
def test_article_matches_gold(name, request):
    if name in KNOWN:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=KNOWN[name]))
    res = EVAL.evaluate(CORPUS, Settings(), name)
    wrong = [p for p in res["problems"] if not p.startswith("ATTR")]
    assert not wrong, "\n".join(wrong)


def test_floors_met():
    res = EVAL.evaluate(CORPUS, Settings())
    table = EVAL.summary(res["counts"])
    floors = json.loads((CORPUS / "floors.json").read_text())["classes"]
    for cls, metrics in floors.items():
        for metric, floor in metrics.items():
            assert table[cls][metric] >= floor, (cls, metric, table[cls][metric])


SEED = SHARED / "seed" / "twitter-employee-last-day.fr.txt"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the project")
def test_seed_article_exactly_as_its_readme_says():
    ex = extract_article(str(SEED))
    tweets = [q for q in ex.quotes if q.lang == "en" and q.kind == "tweet"]
    assert [q.tweet.handle for q in tweets] == ["@TwitterGov", "@TwitterGov", "@jerrigirl", "@jdevlinJR"]
    assert all(q.tweet.date == "2017-11-03" for q in tweets)
    assert "11 minutes" in tweets[0].text and "last day" in tweets[1].text
    fr = [q for q in ex.quotes if q.lang == "fr"]
    assert [q.marks for q in fr] == ["«»"] * 3
    assert fr[0].text.startswith("Merci à cet ancien employé") and fr[1].text == "Le héros dont ce pays a besoin"
    assert "monument" in fr[2].text
    assert len(ex.quotes) == 7  # nothing else: the prose paraphrases are not quotes
