#!/usr/bin/env python3
"""Build synthetic French articles quoting English "tweets" from real WMT news.

    python scripts/pairdata.py [--data ../shared/data] [--sets newsdiscussdev2015,newstest2014]
                               [--seed 0] [--show N] [--max-articles N]

Plain sentence matching is solved on real parallel data; what is hard is the
structure of an article. This module rebuilds that structure around real,
professional translations, in memory (the data is never copied into the repo).

Source: ``../shared/data/wmt_newstest_enfr/<set>.en-fr.tsv`` (header
``set docid origlang seg_id en fr``). Only English-original rows are kept,
grouped by document in segment order. Every document with at least
``MIN_SEGMENTS`` English-original segments gives one article:

- the French of the document's first segment as the title when it is a
  headline (newstest documents; newsdiscuss comments only when unpunctuated);
- 2-4 "tweets", each 2-4 consecutive English sentences (segments) of the
  document, at most ``MAX_TWEET_CHARS`` characters, non-overlapping, in
  document order (fewer or shorter when the document is short), as one paragraph
  ``ENGLISH TEXT — Name (@handle) Month D, YYYY`` (fictional authors);
- for each tweet one of: a full rendering (p≈0.35, the French of all its
  sentences in one « » quote, ``« … », a écrit NAME.`` or ``NAME a écrit : « … »``),
  a fragment (p≈0.25, the French of ONE of its sentences), a split rendering
  (p≈0.10, two « » quotes in one paragraph, ``« A », a écrit NAME. « B », a-t-il
  ajouté.``, each rendering a part), or none (p≈0.30); the rendering paragraph
  comes before the tweet (p≈0.6) or after it; NAME is the tweeter's full name
  (p≈0.6), surname (p≈0.2) or a descriptor such as ``l'internaute`` (p≈0.2);
- French prose filler before, between and after items: 1-2 French sentences
  of segments of the same document that no tweet uses, taken in document order
  (the ones just before the next tweet), so the article reads as one story;
- 0-2 French distractor quotes ``« … », a déclaré NAME.``: the French of a
  segment (of at least ``MIN_DISTRACTOR_WORDS`` words) of ANOTHER document of
  the same sets (they render nothing); NAME is a new person, or (p≈0.3) one
  of the article's tweeters (a spoken remark, not a rendering of the tweet).

Quote marks inside source sentences (« » " “ ” „ ‹ › and paired ‘ ’) are
removed so they cannot break the article's own marks; segments longer than
``MAX_CHARS`` characters (English or French) are never used.

Sets: newstest2012 and newstest2013 are for TRAINING (``scripts/train_pair.py``);
newsdiscussdev2015 and newstest2014 are for EVALUATION. Never mix them.

Everything is deterministic for a given seed: one ``random.Random(seed)`` and
documents iterated in sorted (set, docid) order.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

TRAIN_SETS = ("newstest2012", "newstest2013")
EVAL_SETS = ("newsdiscussdev2015", "newstest2014")
SUBDIR = "wmt_newstest_enfr"
MIN_SEGMENTS = 8
MAX_CHARS = 300
# A tweet's English text is at most this long. Twitter's limit is 280 characters
# (more for paid accounts); 2-4 news sentences seldom fit in 280, so the cap is
# twice that. It also stays under quotecheck's 600-character bound, beyond
# which text before an attribution line is taken for prose and cut.
MAX_TWEET_CHARS = 560
MIN_DISTRACTOR_WORDS = 6

P_FULL, P_FRAGMENT, P_SPLIT = 0.35, 0.25, 0.10  # the rest (0.30): no rendering
P_BEFORE = 0.6
# The rendering names the tweeter by full name, by surname, or by a descriptor
# (so that "same name as the attribution" cannot be the only clue).
P_REF_FULL, P_REF_SURNAME = 0.6, 0.2
DESCRIPTORS = ("l'internaute", "l'auteur du message", "l'auteur du tweet")
# A distractor is sometimes a spoken remark of one of the article's tweeters
# (design notes, pitfall 4: a French quote near a tweet that renders something else).
P_DISTRACTOR_BY_AUTHOR = 0.3

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")

# Invented names (first name, gender) and surnames.
FIRST_NAMES = (
    ("Alder", "m"), ("Brennan", "m"), ("Corwin", "m"), ("Dorian", "m"), ("Emrys", "m"),
    ("Fenwick", "m"), ("Garrick", "m"), ("Hollis", "m"), ("Ivor", "m"), ("Jasper", "m"),
    ("Kestrel", "m"), ("Lorcan", "m"), ("Merrick", "m"), ("Nolan", "m"), ("Orrin", "m"),
    ("Peregrine", "m"), ("Quillon", "m"), ("Roderick", "m"), ("Silas", "m"), ("Tobias", "m"),
    ("Amberly", "f"), ("Briony", "f"), ("Calista", "f"), ("Delphine", "f"), ("Elowen", "f"),
    ("Fenella", "f"), ("Greer", "f"), ("Hesper", "f"), ("Isolde", "f"), ("Juniper", "f"),
    ("Kerensa", "f"), ("Linnea", "f"), ("Maren", "f"), ("Nerys", "f"), ("Oriel", "f"),
    ("Perpetua", "f"), ("Rosalind", "f"), ("Sorrel", "f"), ("Tamsin", "f"), ("Wrenna", "f"),
)
LAST_NAMES = (
    "Ashdown", "Blackwood", "Carraway", "Dunmore", "Ellingham", "Farrowby", "Glenister",
    "Hartigan", "Inchbold", "Jessop", "Kilbride", "Larkspur", "Merriwether", "Norcott",
    "Oakhurst", "Pendleby", "Quarrington", "Rushworth", "Stanwick", "Thistlewood",
    "Underhill", "Vantongeren", "Whitlock", "Yardley", "Zellweger", "Brackenridge",
    "Copperfield", "Drummond", "Everly", "Fairbairn",
)

P_BLOCK = 0.35  # articles whose tweets stand together with their renderings as a block
P_MERGE = 0.3  # of those, articles where one quote renders the first two tweets
WROTE = ("a écrit", "a tweeté", "a écrit", "a publié")  # "a écrit" twice: most frequent

_MARKS_RE = re.compile(r"[«‹]\s*|\s*[»›]|[\"“”„]")
_SINGLE_RE = re.compile(r"‘([^‘’]*)’")
_SPACES_RE = re.compile(r"\s{2,}")
# Fixed-width spaces and typographic apostrophes become " " and "'", invisible
# characters are dropped and letters composed (NFC) in the sentences, as
# quotecheck's ingest normalises them: gold texts then compare equal to
# extracted ones (the spaces inside « » stay varied).
_ONE_TO_ONE = str.maketrans({
    **{c: " " for c in "\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                       "\u2009\u200a\u205f\u3000"},
    **{c: "'" for c in "\u2019\u02bc\uff07"},
    **{c: None for c in "\u200b\ufeff\u00ad\u2060\u200e\u200f"},
})


@dataclass
class SynthArticle:
    """One synthetic French article and its gold.

    ``id``: ``"set/docid"``. ``text``: the article (plain text, paragraphs separated
    by a blank line). ``tweets``: one dict per tweet, ``tweet_index``, ``text`` (the
    English tweet text exactly as placed, without its attribution line),
    ``sentences`` (its English sentences), ``handle`` (with ``@``), plus ``author``,
    ``date_text``, ``seg_ids``, ``rendering`` (full / fragment / split / none) and
    ``position`` (before / after / None). ``french_quotes``: one dict per French
    « » quote, ``text`` (exactly what is inside the marks), ``renders`` (a
    tweet_index or None), ``kind`` (full / partial / distractor), ``covers`` (indices
    of the English sentences of the tweet it renders; all of them for full; empty
    for distractors), plus ``speaker`` and ``source`` (set/docid/seg_id of each
    French sentence). ``layout``: one dict per paragraph, in order (``role``:
    title / filler / tweet / rendering / distractor, with the tweet index and
    rendering form where they apply; a distractor's ``speaker_is_author_of`` is the
    tweet_index whose author it names, or None). Every ``text`` field occurs
    verbatim in the article ``text``.
    """

    id: str
    text: str
    tweets: list[dict] = field(default_factory=list)
    french_quotes: list[dict] = field(default_factory=list)
    layout: list[dict] = field(default_factory=list)


def clean(s: str) -> str:
    """Remove quote marks from a source sentence and tidy its spaces."""
    s = _SINGLE_RE.sub(r"\1", s)
    s = _MARKS_RE.sub("", s)
    s = unicodedata.normalize("NFC", s.replace("‘", "'").translate(_ONE_TO_ONE))
    s = _SPACES_RE.sub(" ", s)
    s = re.sub(r" ([,.])", r"\1", s)
    return s.strip()


def load_documents(data_dir: Path, sets: tuple[str, ...]) -> dict[tuple[str, str], list[dict]]:
    """(set, docid) -> English-original segments in order: dicts ``seg_id, en, fr, ok``.

    ``ok`` is False for segments that must not be used (longer than MAX_CHARS,
    or empty once cleaned). Missing set files raise FileNotFoundError.
    """
    docs: dict[tuple[str, str], list[dict]] = {}
    for name in sets:
        path = Path(data_dir) / SUBDIR / f"{name}.en-fr.tsv"
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["origlang"] != "en":
                    continue
                en_raw, fr_raw = row["en"].strip(), row["fr"].strip()
                en, fr = clean(en_raw), clean(fr_raw)
                ok = bool(en) and bool(fr) and len(en_raw) <= MAX_CHARS and len(fr_raw) <= MAX_CHARS
                docs.setdefault((name, row["docid"]), []).append(
                    {"seg_id": int(row["seg_id"]), "en": en, "fr": fr, "ok": ok})
    for segs in docs.values():
        segs.sort(key=lambda s: s["seg_id"])
    return docs


def _is_headline(set_name: str, seg: dict) -> bool:
    """newstest documents open with their headline; reader comments (newsdiscuss) do not."""
    if not seg["ok"] or len(seg["fr"]) > 150:
        return False
    return set_name.startswith("newstest") or not seg["en"].endswith((".", "!", "?", "…", ":"))


def _person(rng: random.Random, taken: set[str]) -> dict:
    for _ in range(1000):
        first, gender = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        if f"{first} {last}" not in taken and first not in taken and last not in taken:
            break
    taken.update((f"{first} {last}", first, last))
    style = rng.randrange(4)
    if style == 0:
        handle = f"@{first}{last}"
    elif style == 1:
        handle = f"@{first.lower()}_{last.lower()}"
    elif style == 2:
        handle = f"@{first[0]}{last}{rng.randint(1, 99)}"
    else:
        handle = f"@{last}{first[:3]}"
    return {"name": f"{first} {last}", "gender": gender, "handle": handle[:16]}


def _reference(rng: random.Random, tweet: dict) -> str:
    """How the rendering names the tweeter: full name, surname alone, or a descriptor."""
    r = rng.random()
    if r < P_REF_FULL:
        return tweet["author"]
    if r < P_REF_FULL + P_REF_SURNAME:
        return tweet["author"].split()[-1]
    return rng.choice(DESCRIPTORS)


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2014, 2024)}"


def _space(rng: random.Random) -> str:
    """Space inside « »: mostly a plain space, sometimes NBSP or narrow NBSP."""
    r = rng.random()
    return " " if r < 0.7 else ("\u00a0" if r < 0.9 else "\u202f")


def _place_tweets(rng: random.Random, segs: list[dict], first: int) -> list[list[int]]:
    """Choose 2-4 non-overlapping runs of 2-4 consecutive usable segments (fewer if impossible)."""
    n_segs = len(segs)
    n = rng.randint(2, 4)
    used: set[int] = set()
    runs: list[list[int]] = []
    for _ in range(n):
        size = rng.randint(2, 4)
        while size >= 2:
            starts = [
                s for s in range(first, n_segs - size + 1)
                if all(segs[i]["ok"] and i not in used for i in range(s, s + size))
                and len(" ".join(segs[i]["en"] for i in range(s, s + size))) <= MAX_TWEET_CHARS
            ]
            # keep at least a few segments free for filler prose
            if starts and n_segs - first - len(used) - size >= 2:
                s = rng.choice(starts)
                run = list(range(s, s + size))
                runs.append(run)
                used.update(run)
                break
            size -= 1
    return sorted(runs)


def _frq(text: str, sp: str) -> str:
    return f"«{sp}{text}{sp}»"


def _drop_final_period(text: str) -> str:
    """Before ``», a écrit X`` French drops the final full stop (keeps ? ! …)."""
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("...") else text


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Writer:
    """Accumulates paragraphs and one layout note per paragraph."""

    def __init__(self) -> None:
        self.paras: list[str] = []
        self.layout: list[dict] = []

    def add(self, para: str, note: dict) -> None:
        self.paras.append(para)
        self.layout.append({"paragraph": len(self.paras) - 1, **note})

    def text(self) -> str:
        return "\n\n".join(self.paras) + "\n"


def _build_one(rng: random.Random, set_name: str, docid: str, segs: list[dict],
               pool: list[tuple[str, str, int, str]]) -> SynthArticle | None:
    art_id = f"{set_name}/{docid}"
    title = _is_headline(set_name, segs[0])
    first = 1 if title else 0
    runs = _place_tweets(rng, segs, first)
    if not runs:
        return None
    in_tweet = {i for run in runs for i in run}
    filler = [i for i in range(first, len(segs)) if segs[i]["ok"] and i not in in_tweet]
    taken: set[str] = set()

    # "block" layout (design.md §3: a thread, column pages): the tweets stand
    # together, one author, and their renderings stand together before or after
    # them; sometimes one quote renders two tweets of the thread (merged)
    block = len(runs) >= 2 and rng.random() < P_BLOCK
    thread_person = _person(rng, taken) if block else None
    block_renderings_first = rng.random() < 0.5
    merge = block and rng.random() < P_MERGE

    tweets: list[dict] = []
    for k, run in enumerate(runs):
        person = thread_person or _person(rng, taken)
        r = rng.random()
        rendering = ("full" if r < P_FULL else "fragment" if r < P_FULL + P_FRAGMENT
                     else "split" if r < P_FULL + P_FRAGMENT + P_SPLIT else "none")
        if rendering == "split" and len(run) < 2:
            rendering = "fragment"
        position = None
        if rendering != "none":
            position = "before" if rng.random() < P_BEFORE else "after"
        sentences = [segs[i]["en"] for i in run]
        tweets.append({
            "tweet_index": k, "text": " ".join(sentences), "sentences": sentences,
            "handle": person["handle"], "author": person["name"], "gender": person["gender"],
            "date_text": _date(rng), "seg_ids": [segs[i]["seg_id"] for i in run],
            "rendering": rendering, "position": position,
        })

    if merge:
        for t in tweets[:2]:
            t["rendering"], t["position"] = "full", "after"
        tweets[1]["merged_into"] = 0
    # Items in order: tweets (document order) and 0-2 distractors at random slots.
    items: list[tuple[str, int]] = [("tweet", k) for k in range(len(tweets))]
    candidates = [p for p in pool if not (p[0] == set_name and p[1] == docid)]
    n_dis = rng.choice((0, 1, 1, 2)) if candidates else 0
    for d in range(n_dis):
        items.insert(rng.randint(0, len(items)), ("distractor", d))

    w = _Writer()
    quotes: list[dict] = []
    fill_pos = 0

    def filler_para(lo: int, hi: int, until: int | None) -> None:
        """1-2 unused segments, the closest ones before segment ``until`` (the next
        tweet) so the story keeps its order; the next ones when there are none."""
        nonlocal fill_pos
        n = rng.randint(lo, hi)
        rest = list(range(fill_pos, len(filler)))
        before = [j for j in rest if until is None or filler[j] < until]
        picked = (before[-n:] if until is not None else before[:n]) if before else rest[:n]
        if picked:
            fill_pos = picked[-1] + 1
        chosen = [filler[j] for j in picked]
        if chosen:
            w.add(" ".join(segs[i]["fr"] for i in chosen),
                  {"role": "filler", "seg_ids": [segs[i]["seg_id"] for i in chosen]})

    if title:
        w.add(segs[0]["fr"], {"role": "title", "seg_ids": [segs[0]["seg_id"]]})
    def next_tweet_start(n_item: int) -> int | None:
        for kind, k in items[n_item:]:
            if kind == "tweet":
                return runs[k][0]
        return None

    filler_para(1, 2, next_tweet_start(0))

    pending_t: list[tuple[str, dict]] = []
    pending_r: list[tuple[str, dict]] = []
    between: list[tuple[str, dict]] = []
    for n_item, (kind, k) in enumerate(items):
        if n_item and not block:
            filler_para(1, 2, next_tweet_start(n_item))
        if kind == "distractor":
            set2, doc2, seg2, fr2 = candidates[rng.randrange(len(candidates))]
            add = (lambda para, note: between.append((para, note))) if block else w.add
            if rng.random() < P_DISTRACTOR_BY_AUTHOR:
                # a spoken remark of one of the article's tweeters: same name, no rendering
                t_src = tweets[rng.randrange(len(tweets))]
                speaker_name, by_author = t_src["author"], t_src["tweet_index"]
            else:
                speaker_name, by_author = _person(rng, taken)["name"], None
            sp = _space(rng)
            qtext = _drop_final_period(fr2)
            add(f"{_frq(qtext, sp)}, a déclaré {speaker_name}.",
                {"role": "distractor", "speaker_is_author_of": by_author})
            quotes.append({"text": qtext, "renders": None, "kind": "distractor", "covers": [],
                           "speaker": speaker_name, "source": [f"{set2}/{doc2}/{seg2}"]})
            continue
        t = tweets[k]
        run = runs[k]
        tweet_para = f"{t['text']} — {t['author']} ({t['handle']}) {t['date_text']}"
        rend_para = None
        form = None
        if t["rendering"] != "none":
            sp = _space(rng)
            name = _reference(rng, t)
            src = [f"{set_name}/{docid}/{segs[i]['seg_id']}" for i in run]
            if t.get("merged_into") is not None:
                pass  # rendered together with the previous tweet of the thread
            elif t["rendering"] in ("full", "fragment"):
                if t["rendering"] == "full":
                    covers = list(range(len(run)))
                else:
                    covers = [rng.randrange(len(run))]
                fr = " ".join(segs[run[i]]["fr"] for i in covers)
                partner = next((u for u in tweets if u.get("merged_into") == k), None)
                if partner is not None:
                    fr += " " + " ".join(segs[i]["fr"] for i in runs[partner["tweet_index"]])
                verb = rng.choice(WROTE)
                if rng.random() < 0.5:
                    form = "cue-after"
                    qtext = _drop_final_period(fr)
                    rend_para = f"{_frq(qtext, sp)}, {verb} {name}."
                else:
                    form = "cue-before"
                    qtext = fr
                    rend_para = f"{_cap(name)} {verb} : {_frq(qtext, sp)}"
                quotes.append({"text": qtext, "renders": k,
                               "kind": "full" if t["rendering"] == "full" else "partial",
                               "covers": covers, "speaker": name,
                               "source": [src[i] for i in covers]})
                if partner is not None:
                    j = partner["tweet_index"]
                    quotes.append({"text": qtext, "renders": j, "kind": "full",
                                   "covers": list(range(len(runs[j]))), "speaker": name,
                                   "source": [f"{set_name}/{docid}/{segs[i]['seg_id']}" for i in runs[j]]})
            else:  # split: two quotes, each a part of the translation
                cut = rng.randint(1, len(run) - 1)
                parts = [list(range(0, cut)), list(range(cut, len(run)))]
                if len(run) >= 3 and rng.random() < 0.3:
                    # leave one sentence out of the rendering (at an end)
                    if rng.random() < 0.5 and len(parts[0]) > 1:
                        parts[0] = parts[0][1:]
                    elif len(parts[1]) > 1:
                        parts[1] = parts[1][:-1]
                pronoun = "a-t-elle" if t["gender"] == "f" else "a-t-il"
                verb = rng.choice(WROTE)
                texts = [_drop_final_period(" ".join(segs[run[i]]["fr"] for i in p))
                         for p in parts]
                form = "split"
                rend_para = (f"{_frq(texts[0], sp)}, {verb} {name}. "
                             f"{_frq(texts[1], sp)}, {pronoun} ajouté.")
                for p, qtext in zip(parts, texts):
                    quotes.append({"text": qtext, "renders": k, "kind": "partial", "covers": p,
                                   "speaker": name, "source": [src[i] for i in p]})
        note_t = {"role": "tweet", "tweet_index": k}
        note_r = {"role": "rendering", "tweet_index": k, "rendering": t["rendering"], "form": form}
        if block:
            pending_t.append((tweet_para, note_t))
            if rend_para:
                pending_r.append((rend_para, note_r))
        elif rend_para and t["position"] == "before":
            w.add(rend_para, note_r)
            w.add(tweet_para, note_t)
        else:
            w.add(tweet_para, note_t)
            if rend_para:
                w.add(rend_para, note_r)
    if block:
        first_group, second_group = (pending_r, pending_t) if block_renderings_first else (pending_t, pending_r)
        for para, note in first_group + between + second_group:
            w.add(para, note)
    filler_para(1, 2, None)

    for t in tweets:
        del t["gender"]
    return SynthArticle(id=art_id, text=w.text(), tweets=tweets, french_quotes=quotes,
                        layout=w.layout)


def build_articles(data_dir: Path, sets: tuple[str, ...], seed: int = 0,
                   max_articles: int | None = None) -> list[SynthArticle]:
    """Build one synthetic article per English-original document of ``sets``.

    ``data_dir`` is the shared data folder (it holds ``wmt_newstest_enfr/``).
    Documents with fewer than ``MIN_SEGMENTS`` English-original segments are
    skipped, as are the rare ones where no tweet fits. Distractor quotes come
    from other documents of the same ``sets`` only, so training and evaluation
    sets never share text. Deterministic for a given ``seed``; ``max_articles``
    stops after that many articles (the first ones are the same either way).
    Returns an empty list when the data folder does not exist.
    """
    data_dir = Path(data_dir)
    if not (data_dir / SUBDIR).is_dir():
        return []
    docs = load_documents(data_dir, tuple(sets))
    # distractor candidates: whole sentences (a few words, a headline are no
    # quote worth pairing)
    pool = [(s, d, seg["seg_id"], seg["fr"])
            for (s, d), segs in sorted(docs.items()) for n, seg in enumerate(segs)
            if seg["ok"] and len(seg["fr"].split()) >= MIN_DISTRACTOR_WORDS
            and not (n == 0 and _is_headline(s, seg))]
    rng = random.Random(seed)
    out: list[SynthArticle] = []
    for (set_name, docid), segs in sorted(docs.items()):
        if len(segs) < MIN_SEGMENTS:
            continue
        art = _build_one(rng, set_name, docid, segs, pool)
        if art is not None:
            out.append(art)
        if max_articles is not None and len(out) >= max_articles:
            break
    return out


def check(art: SynthArticle) -> list[str]:
    """Gold consistency problems of one article (empty when all is well)."""
    problems = []
    for t in art.tweets:
        if t["text"] not in art.text:
            problems.append(f"{art.id}: tweet {t['tweet_index']} text not in article")
        if t["text"] != " ".join(t["sentences"]):
            problems.append(f"{art.id}: tweet {t['tweet_index']} text != its sentences")
    for q in art.french_quotes:
        if q["text"] not in art.text:
            problems.append(f"{art.id}: French quote not in article: {q['text'][:40]}")
        if q["renders"] is not None:
            n = len(art.tweets[q["renders"]]["sentences"])
            if not q["covers"] or any(not 0 <= i < n for i in q["covers"]):
                problems.append(f"{art.id}: bad covers {q['covers']}")
    return problems


def summary(arts: list[SynthArticle]) -> dict:
    kinds = Counter(q["kind"] for a in arts for q in a.french_quotes)
    rend = Counter(t["rendering"] for a in arts for t in a.tweets)
    pos = Counter(t["position"] for a in arts for t in a.tweets if t["position"])
    return {
        "articles": len(arts),
        "tweets": sum(len(a.tweets) for a in arts),
        "tweets_by_rendering": dict(sorted(rend.items())),
        "rendering_position": dict(sorted(pos.items())),
        "french_quotes_by_kind": dict(sorted(kinds.items())),
        "distractors": kinds.get("distractor", 0),
        "problems": sum(len(check(a)) for a in arts),
    }


def show(art: SynthArticle) -> None:
    print(f"=== {art.id}")
    print(art.text)
    print("--- gold")
    for t in art.tweets:
        print(f"  tweet {t['tweet_index']} {t['handle']} [{t['rendering']}"
              f"{'/' + t['position'] if t['position'] else ''}] {len(t['sentences'])} sentences")
    for q in art.french_quotes:
        tgt = "-" if q["renders"] is None else f"tweet {q['renders']} covers {q['covers']}"
        more = "…" if len(q["text"]) > 70 else ""
        print(f"  {q['kind']:<10} {tgt:<24} « {q['text'][:70]}{more} »")
    print()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--sets", default=",".join(EVAL_SETS),
                    help="comma-separated WMT sets (evaluation: %(default)s; training: "
                         + ",".join(TRAIN_SETS) + ")")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-articles", type=int, default=None)
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print N articles with their gold")
    args = ap.parse_args()
    if not (args.data / SUBDIR).is_dir():
        print(f"pairdata: no data at {args.data / SUBDIR}; nothing to build "
              "(the shared data folder is optional)", file=sys.stderr)
        return 0
    sets = tuple(s.strip() for s in args.sets.split(",") if s.strip())
    try:
        arts = build_articles(args.data, sets, seed=args.seed, max_articles=args.max_articles)
    except FileNotFoundError as e:
        print(f"pairdata: error: {e.filename}: set file missing; check --sets", file=sys.stderr)
        return 2
    for art in arts[: args.show]:
        show(art)
    s = summary(arts)
    print(f"sets {','.join(sets)} seed {args.seed}: {s['articles']} articles, {s['tweets']} tweets")
    print(f"  tweets by rendering: {s['tweets_by_rendering']}; "
          f"rendering position: {s['rendering_position']}")
    print(f"  French quotes by kind: {s['french_quotes_by_kind']} "
          f"({s['distractors']} distractors)")
    print(f"  gold problems: {s['problems']}")
    return 1 if s["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
