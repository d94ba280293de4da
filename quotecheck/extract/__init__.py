"""Extract: every English quote (tweets first) and every French quote of an article.

The order of work, each step in its own module:

1. :mod:`.marks` finds every span enclosed by quote marks;
2. :mod:`.tweets` finds attribution lines, status URLs and embeds, and the text
   of each tweet (a quoted span holding a tweet, or inside one, is the tweet's);
3. the other quoted spans get a language (:mod:`.langid`), are split when one
   pair of marks holds English then French, and are merged when an incise
   splits one quote in two (:mod:`.cues`);
4. glosses (``« EN » (FR)``, ``Traduction : …``) and renderings without marks
   (after ``a écrit :``, or under a tweet when the encoder says the paragraph
   renders it) are added;
5. reporting cues and speakers are attached, and ids given in reading order.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .. import registry
from ..config import Settings
from ..encoder import without_furniture
from ..types import Article, Cue, Extraction, Quote, Span, TweetInfo
from . import cues as C
from .marks import Marked, paragraphs, scan, trim
from .tweets import (
    _STATUS_URL as _STATUS,
    Attribution,
    clean_status_url,
    embed_for,
    english_run,
    find_attributions,
    is_heading,
    units,
)

_MAX_TWEET = 600  # characters: longer "tweets" are prose that happens to precede an attribution
_OPEN_MARK = regex.compile(r'^\s*[«“"„‹»]')


@dataclass
class _Cand:
    lang: str
    kind: str
    parts: list[Span]
    marks: str | None = None
    flags: set[str] = field(default_factory=set)
    score: float = 1.0
    tweet: TweetInfo | None = None
    cue: Cue | None = None
    open: int | None = None  # opening mark
    close: int | None = None  # just after the closing mark

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def extract(article: Article, settings: Settings | None = None) -> Extraction:
    """Find the quotes of one article."""
    return _Extractor(article, settings or Settings()).run()


class _Extractor:
    def __init__(self, article: Article, settings: Settings) -> None:
        self.article = article
        self.text = article.text
        self.settings = settings
        self.identify = registry.get("langid", settings.langid).identify
        self.paras = paragraphs(self.text)
        self.marked = scan(self.text, self.paras)
        self.attrs = find_attributions(self.text)
        self.used: set[int] = set()  # indices of marked spans that belong to tweets
        self.cands: list[_Cand] = []
        self._para_starts = [p.start for p in self.paras]
        self._marked_starts = [m.start for m in self.marked]
        self._attr_spans = [Span(a.start, a.end) for a in self.attrs]
        self._cover_key = 0
        self._cover: tuple[list[int], list[int]] = ([], [])
        self._longest = 0
        for a in self._attr_spans:
            i = bisect.bisect_left(self._cover[0], a.start)
            self._cover[0].insert(i, a.start)
            self._cover[1].insert(i, a.end)
            self._longest = max(self._longest, len(a))

    # -- helpers ------------------------------------------------------------
    def para_index(self, pos: int) -> int:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        if i >= 0 and self.paras[i].start <= pos <= self.paras[i].end:
            return i
        return -1

    def para_of(self, pos: int) -> Span:
        i = self.para_index(pos)
        return self.paras[i] if i >= 0 else Span(pos, pos)

    def marked_in(self, start: int, end: int) -> range:
        """Indices of the marked spans whose text starts in ``[start, end]``."""
        return range(bisect.bisect_left(self._marked_starts, start), bisect.bisect_right(self._marked_starts, end))

    def lang_of(self, s: str) -> tuple[str, float]:
        return self.identify(s)

    def _cuts(self) -> list[int]:
        cuts: list[int] = []
        for m in self.marked:
            cuts += [m.open, m.close]
        return cuts

    def covered(self, span: Span) -> bool:
        """Does ``span`` overlap a quote found so far or an attribution line?"""
        starts, ends = self._cover
        for c in self.cands[self._cover_key :]:  # index the candidates added since last time
            if len(c.span):
                i = bisect.bisect_left(starts, c.start)
                starts.insert(i, c.start)
                ends.insert(i, c.end)
                self._longest = max(self._longest, len(c.span))
        self._cover_key = len(self.cands)
        i = bisect.bisect_left(starts, span.end) - 1
        while i >= 0 and starts[i] >= span.start - self._longest:
            if ends[i] > span.start:
                return True
            i -= 1
        return False

    # -- pipeline -------------------------------------------------------------
    def run(self) -> Extraction:
        self.tweets()
        self.quoted()
        self.glosses()
        self.unmarked_after_colon()
        if self.settings.unmarked:
            self.unmarked_under_tweets()
        return self.finish()

    # 2. tweets ---------------------------------------------------------------
    def tweets(self) -> None:
        text, blocks = self.text, self.article.blocks
        cuts = self._cuts()
        prev_end = 0
        seen_embeds: set[int] = set()
        for a in self.attrs:
            emb = embed_for(blocks, a.start)
            if emb is not None:
                seen_embeds.add(emb.start)
            info = TweetInfo(
                author=a.author, handle=a.handle, date=a.date, date_text=a.date_text,
                url=a.url or (emb.url if emb else None) or self._status_link(a.start, a.end),
                attribution=Span(a.start, a.end),
            )
            cand = self._tweet_for(a, emb, prev_end, cuts, info)
            prev_end = a.end
            if cand is not None:
                self.cands.append(cand)
        for emb in blocks:
            if emb.kind != "tweet-embed" or emb.start in seen_embeds:
                continue
            body = trim(text, emb.start, emb.end)
            words = _words_of_tweet(text[body.start : body.end])
            handle = None
            if emb.url:
                hm = regex.search(r"\.com/(\w+)/status", emb.url)
                handle = "@" + hm.group(1) if hm else None
            info = TweetInfo(handle=handle, url=emb.url)
            if not words:
                self.cands.append(_Cand("fr" if emb.lang == "fr" else "en", "tweet",
                                        [Span(emb.start, emb.start)], flags={"stripped"}, score=0.0, tweet=info))
            else:
                lang, score = self.lang_of(text[body.start : body.end])
                self.cands.append(_Cand(lang if lang in ("en", "fr") else "en", "tweet", [body], score=score, tweet=info))
        # quoted spans inside a tweet's text are the tweet's own inner quotes
        for c in self.cands:
            if len(c.span):
                for k in self.marked_in(c.start, c.end):
                    m = self.marked[k]
                    if c.start <= m.open and m.close <= c.end + 1:
                        self.used.add(k)

    def _status_link(self, start: int, end: int) -> str | None:
        for b in self.article.blocks:
            if b.kind == "link" and b.url and start <= b.start <= end and _STATUS.match(b.url):
                return clean_status_url(b.url)
        return None

    def _tweet_for(
        self, a: Attribution, emb: object, prev_end: int, cuts: list[int], info: TweetInfo
    ) -> _Cand | None:
        text = self.text
        # a tweet shown inside quote marks: « text — Name (@handle) date »
        for k in self.marked_in(self.para_of(a.start).start - 1, a.start):
            m = self.marked[k]
            if k in self.used or not (m.start <= a.start <= m.end):
                continue
            scope = trim(text, max(m.start, prev_end), a.start)
            self.used.add(k)
            span, lang, score = self._run_or_all(scope, cuts)
            return _Cand(lang, "tweet", [span], marks=m.marks, flags={"in-marks"}, score=score,
                         tweet=info, open=m.open, close=m.close)
        if emb is not None:
            scope = trim(text, max(emb.start, prev_end), a.start)  # type: ignore[attr-defined]
            if not _words_of_tweet(text[scope.start : scope.end]):
                lang = "en" if emb.lang in (None, "en") else ("fr" if emb.lang == "fr" else "en")  # type: ignore[attr-defined]
                return _Cand(lang, "tweet", [Span(a.start, a.start)], flags={"stripped"}, score=0.0, tweet=info)
            lang, score = self.lang_of(text[scope.start : scope.end])
            if lang not in ("en", "fr"):
                lang = "fr" if emb.lang == "fr" else "en"  # type: ignore[attr-defined]
            return _Cand(lang, "tweet", [scope], score=score, tweet=info)
        para = self.para_of(a.start)
        line_start = text.rfind("\n", 0, a.start) + 1
        scope = trim(text, max(para.start, prev_end), a.start)
        if len(scope):
            span, lang, score, _ = english_run(text, scope, self.lang_of, cuts)
            if span is None:
                return _Cand("en", "tweet", [Span(a.start, a.start)], flags={"stripped"}, score=0.0, tweet=info)
            if lang == "fr" and not a.standalone:
                # a French tweet glued to French prose: keep its own line at most
                span = trim(text, max(span.start, line_start), span.end)
            return self._finish_tweet(span, lang, score, info)
        # the attribution opens its paragraph: the text is the previous paragraph
        k = self.para_index(a.start)
        prev = self.paras[k - 1] if k > 0 else None
        if prev is None or prev.end <= prev_end or is_heading(self.article.blocks, prev):
            return _Cand("en", "tweet", [Span(a.start, a.start)], flags={"stripped"}, score=0.0, tweet=info)
        scope = trim(text, max(prev.start, prev_end), prev.end)
        span, lang, score, _ = english_run(text, scope, self.lang_of, cuts)
        if span is None:
            return _Cand("en", "tweet", [Span(a.start, a.start)], flags={"stripped"}, score=0.0, tweet=info)
        if lang == "fr":
            body = text[scope.start : scope.end]
            if len(body) > 320 or _OPEN_MARK.match(body) or body.rstrip().endswith(":") or any(
                self.marked[j].open >= scope.start and self.marked[j].close <= scope.end
                for j in self.marked_in(scope.start, scope.end)
            ):
                return _Cand("en", "tweet", [Span(a.start, a.start)], flags={"stripped"}, score=0.0, tweet=info)
            span = scope
        return self._finish_tweet(span, lang, score, info)

    def _run_or_all(self, scope: Span, cuts: list[int]) -> tuple[Span, str, float]:
        if not len(scope):
            return scope, "en", 0.0
        lang, score = self.lang_of(self.text[scope.start : scope.end])
        return scope, lang if lang in ("en", "fr") else "en", score

    def _finish_tweet(self, span: Span, lang: str, score: float, info: TweetInfo) -> _Cand:
        text = self.text
        if len(span) > _MAX_TWEET:
            us = units(text, span.start, span.end, [])
            while len(us) > 1 and us[-1].end - us[0].start > _MAX_TWEET:
                us.pop(0)
            span = Span(us[0].start, span.end)
        # the whole text is one quoted span: « tweet » — attribution
        for k in self.marked_in(span.start - 1, span.end):
            m = self.marked[k]
            if k not in self.used and m.open >= span.start - 1 and m.close <= span.end + 1 and (
                m.end - m.start >= 0.8 * len(span)
            ):
                self.used.add(k)
                return _Cand(lang if lang in ("en", "fr") else "en", "tweet", list(m.parts), marks=m.marks,
                             flags={"in-marks"}, score=score, tweet=info, open=m.open, close=m.close)
        return _Cand(lang if lang in ("en", "fr") else "en", "tweet", [span], score=score, tweet=info)

    # 3. other quoted spans --------------------------------------------------
    def quoted(self) -> None:
        text = self.text
        items: list[_Cand] = []
        for k, m in enumerate(self.marked):
            if k in self.used:
                continue
            items.extend(self._classify_marked(m))
        # an incise between two quotes of one language makes them one
        merged: list[_Cand] = []
        for c in items:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and prev.lang == c.lang
                and prev.close is not None
                and c.open is not None
                and prev.close <= c.open
                and "bilingual-block" not in prev.flags | c.flags
            ):
                gap = text[prev.close : c.open]
                im = C.INCISE_BETWEEN.match(gap)
                if im is not None:
                    prev.parts += c.parts
                    prev.flags |= c.flags | {"incise"}
                    prev.close = c.close
                    prev.cue = self._incise_cue(text, c.open - len(gap), im)
                    continue
            merged.append(c)
        for c in merged:
            if len(c.parts) == 1 and "incise" not in c.flags:
                self._split_inner_incise(c)
        self.cands.extend(merged)

    def _incise_cue(self, text: str, base: int, im: regex.Match[str] | _Shift) -> Cue:
        """The cue of an incise whose match ``im`` starts at ``base`` in ``text``."""
        s, e = base + im.start("cue"), base + im.end("cue")
        after = C.cue_after(text, s, e)
        speaker = after.speaker if after else None
        sp_span = Span(after.speaker_start, after.speaker_end) if after and after.speaker_start is not None else None  # type: ignore[arg-type]
        return Cue(text[s:e], Span(s, e), speaker, sp_span)

    def _split_inner_incise(self, c: _Cand) -> None:
        text = self.text
        p = c.parts[0]
        m = C.INCISE_INSIDE.search(text, p.start, p.end)
        if m is None:
            return
        left, right = trim(text, p.start, m.start()), trim(text, m.end(), p.end)
        if not len(left) or not len(right):
            return
        c.parts = [left, right]
        c.flags.add("incise")
        c.cue = self._incise_cue(text, 0, _Shift(m))

    def _classify_marked(self, m: Marked) -> list[_Cand]:
        text = self.text
        whole = " ".join(text[p.start : p.end] for p in m.parts)
        lang, score = self.lang_of(whole)
        if lang == "neutral":
            return []
        base = _Cand(lang if lang in ("en", "fr") else "fr", "quoted", list(m.parts), marks=m.marks,
                     flags=set(m.flags), score=score, open=m.open, close=m.close)
        split = self._bilingual_split(m)
        return split or [base]

    def _bilingual_split(self, m: Marked) -> list[_Cand] | None:
        """One pair of marks holding English then French (or the reverse): two quotes."""
        text = self.text
        us: list[Span] = []
        for p in m.parts:
            us.extend(units(text, p.start, p.end, []))
        if len(us) < 2:
            return None
        labels = []
        for u in us:
            lang, conf = self.lang_of(text[u.start : u.end])
            words = len(regex.findall(r"\p{L}+", text[u.start : u.end]))
            labels.append(lang if lang in ("en", "fr") and conf >= 0.7 and words >= 3 else None)
        decided = [(i, lab) for i, lab in enumerate(labels) if lab]
        langs = [lab for _, lab in decided]
        if len(set(langs)) < 2:
            return None
        # exactly one change of language among the decided units
        changes = sum(1 for a, b in zip(langs, langs[1:]) if a != b)
        if changes != 1:
            return None
        cut_at = next(i for (i, lab), (_, prev) in zip(decided[1:], decided) if lab != prev)
        first_lang, second_lang = langs[0], langs[-1]
        out = []
        for group, lang in ((us[:cut_at], first_lang), (us[cut_at:], second_lang)):
            parts = _merge_units(text, group, m.parts)
            c = _Cand(lang, "quoted", parts, marks=m.marks, flags=set(m.flags) | {"bilingual-block"},
                      score=1.0, open=m.open, close=m.close)
            out.append(c)
        return out

    # 4. glosses --------------------------------------------------------------
    def glosses(self) -> None:
        text = self.text
        quoted = sorted((c for c in self.cands if c.kind == "quoted"), key=lambda c: c.start)
        new: list[_Cand] = []
        for c in quoted:
            if c.close is None:
                continue
            para = self.para_of(c.start)
            pm = regex.match(r"[ \t]*\(", text[c.close : para.end])
            if pm is None:
                continue
            open_paren = c.close + pm.end() - 1
            close_paren = _matching_paren(text, open_paren, para.end)
            if close_paren is None:
                continue
            inner = trim(text, open_paren + 1, close_paren)
            want = "fr" if c.lang == "en" else "en"
            inside = [d for d in quoted if d is not c and d.start >= inner.start and d.end <= inner.end]
            if inside:
                for d in inside:
                    if d.lang == want:
                        d.kind = "gloss"
                continue
            body = text[inner.start : inner.end]
            if len(regex.findall(r"\p{L}+", body)) < 2 or regex.match(r"(?i)^(?:@|https?:|ndlr|sic|\d)", body):
                continue
            lang, score = self.lang_of(body)
            if lang == want:
                new.append(_Cand(lang, "gloss", [inner], score=score))
        # "EN" -- "FR": the second of two adjacent quotes in different languages,
        # joined only by a dash, colon, slash or equals sign, glosses the first
        for a, b in zip(quoted, quoted[1:]):
            if a.close is None or b.open is None or a.lang == b.lang or b.kind != "quoted":
                continue
            if regex.fullmatch(r"\s*(?:--|—|–|-|:|/|=|→|->)\s*", text[a.close : b.open]):
                b.kind = "gloss"
        # French quotes introduced by a translation cue
        for c in quoted:
            if c.lang == "fr" and c.open is not None and C.translation_cue_before(
                text, c.open, self.para_of(c.start).start
            ):
                c.kind = "gloss"
        self.cands.extend(new)
        # unquoted text after a translation cue: « EN », que l'on pourrait traduire par FR.
        for para in self.paras:
            for m in C.TRANSLATION_CUE_ANY.finditer(text, para.start, para.end):
                start = m.end()
                rest = text[start : para.end]
                if not rest.strip():
                    self._gloss_next_paragraph(para)
                    continue
                if _OPEN_MARK.match(rest):
                    continue
                english_before = self._english_before_cue(para, m.start())
                apposition = text[para.start : m.start()].rstrip().endswith(",")
                stop = r"|,(?=\s)" if english_before or apposition else ""
                rest = rest[:400]
                em = regex.search(r"(?<=[^\s.])[.!?…](?=\s|$)|\)|\n" + stop, rest)
                end = start + (em.start() if em else len(rest))
                if em is not None and rest[em.start()] in "!?…":
                    end += 1
                span = trim(text, start, end)
                if len(regex.findall(r"\p{L}+", text[span.start : span.end])) < 1 or self.covered(span):
                    continue
                lang, score = self.lang_of(text[span.start : span.end])
                if lang in ("fr", "und") or (lang == "en" and score < 0.6):
                    self.cands.append(_Cand("fr", "gloss", [span], score=score))

    def _english_before_cue(self, para: Span, cue_start: int) -> bool:
        """``…, EN words, que l'on pourrait traduire par …``: the English is a quote too.

        Returns True when an unmarked English span delimited by commas was added.
        """
        text = self.text
        head = text[para.start : cue_start].rstrip()
        if not head.endswith(","):
            return False
        end = para.start + len(head) - 1
        cut = max(text.rfind(ch, para.start, end) for ch in ",.;:!?")
        start = cut + 1 if cut >= para.start else para.start
        span = trim(text, start, end)
        body = text[span.start : span.end]
        if len(regex.findall(r"\p{L}+", body)) < 2 or self.covered(span):
            return False
        lang, score = self.lang_of(body)
        if lang != "en" or score < 0.7:
            return False
        self.cands.append(_Cand("en", "quoted", [span], score=score))
        return cut >= para.start and text[cut] == ","

    def _gloss_next_paragraph(self, para: Span) -> None:
        k = self.para_index(para.start)
        if k + 1 >= len(self.paras):
            return
        nxt = self.paras[k + 1]
        body = self.text[nxt.start : nxt.end]
        if _OPEN_MARK.match(body) or self.covered(nxt):
            return
        lang, score = self.lang_of(body)
        if lang == "fr":
            self.cands.append(_Cand("fr", "gloss", [nxt], score=score))

    # 5. renderings without marks --------------------------------------------
    def unmarked_after_colon(self) -> None:
        text = self.text
        for k, para in enumerate(self.paras[:-1]):
            if not text[para.start : para.end].rstrip().endswith(":"):
                continue
            if C.translation_cue_before(text, para.end, para.start):
                continue  # handled as a gloss
            cue = C.colon_cue(text, para.end, para.start)
            if cue is None:
                continue
            nxt = self.paras[k + 1]
            body = text[nxt.start : nxt.end]
            if _OPEN_MARK.match(body) or self.covered(nxt) or is_heading(self.article.blocks, nxt):
                continue
            lang, score = self.lang_of(body)
            if lang not in ("en", "fr"):
                continue
            cand = _Cand(lang, "unmarked", [nxt], score=score)
            cand.cue = _cue(cue)
            self.cands.append(cand)

    def unmarked_under_tweets(self) -> None:
        text = self.text
        pairs: list[tuple[_Cand, Span]] = []
        for c in self.cands:
            if c.kind != "tweet" or c.lang != "en" or not len(c.span) or c.tweet is None:
                continue
            anchor = c.tweet.attribution.end if c.tweet.attribution else c.end
            k = bisect.bisect_left(self._para_starts, anchor)
            if k >= len(self.paras):
                continue
            nxt = self.paras[k]
            if self.para_index(anchor) == k:
                continue
            body = text[nxt.start : nxt.end]
            if (
                regex.search(r'[«»“”"]', body)
                or self.covered(nxt)
                or is_heading(self.article.blocks, nxt)
                or not 0.4 <= len(body) / max(1, len(c.span)) <= 2.5
            ):
                continue
            lang, _ = self.lang_of(body)
            if lang != "fr":
                continue
            pairs.append((c, nxt))
        if not pairs:
            return
        enc = registry.get("encoder", self.settings.encoder)
        en = [without_furniture(text[c.start : c.end]) for c, _ in pairs]
        fr = [without_furniture(text[p.start : p.end]) for _, p in pairs]
        vecs_en, vecs_fr = enc.encode(en), enc.encode(fr)
        for (_, p), a, b in zip(pairs, vecs_en, vecs_fr):
            sim = float(a @ b)
            if sim >= self.settings.unmarked_threshold and not self.covered(p):
                self.cands.append(_Cand("fr", "unmarked", [p], score=sim))

    # 6. cues and ids ------------------------------------------------------------
    def finish(self) -> Extraction:
        text = self.text
        for c in self.cands:
            if c.kind == "tweet" or c.cue is not None or c.close is None or c.open is None:
                continue
            para = self.para_of(c.start)
            after = C.cue_after(text, c.close, para.end)
            before = C.cue_before(text, c.open, para.start) if after is None else None
            got = after or before or C.subject_before(text, c.open, para.start)
            if got is not None:
                c.cue = _cue(got)
        # drop exact duplicates and spans nested in another quote of the same language
        self.cands.sort(key=lambda c: (c.start, -c.end, c.kind != "tweet"))
        kept: list[_Cand] = []
        reach: dict[str, int] = {}  # furthest end of a kept quote, per language
        for c in self.cands:
            if len(c.span) and reach.get(c.lang, -1) >= c.end:
                continue  # nested in a quote of the same language already kept
            kept.append(c)
            if len(c.span):
                reach[c.lang] = max(reach.get(c.lang, -1), c.end)
        counters = {"en": 0, "fr": 0, "und": 0}
        quotes: list[Quote] = []
        for c in kept:
            counters[c.lang] = counters.get(c.lang, 0) + 1
            quotes.append(
                Quote(
                    id=f"{c.lang}{counters[c.lang]}",
                    lang=c.lang,  # type: ignore[arg-type]
                    kind=c.kind,  # type: ignore[arg-type]
                    start=c.start,
                    end=c.end,
                    text=text[c.start : c.end],
                    parts=tuple(c.parts),
                    marks=c.marks,
                    flags=tuple(sorted(c.flags)),
                    lang_score=round(float(c.score), 4),
                    tweet=c.tweet,
                    cue=c.cue,
                )
            )
        order = {"en": 0, "fr": 1, "und": 2}
        quotes.sort(key=lambda q: (order[q.lang], q.kind != "tweet" if q.lang == "en" else 0, q.start))
        return Extraction(self.article, tuple(quotes))


class _Shift:
    """A match on the whole text seen as a gap match (for :meth:`_incise_cue`)."""

    def __init__(self, m: regex.Match[str]) -> None:
        self._m = m

    def start(self, group: str = "cue") -> int:
        return self._m.start(group)

    def end(self, group: str = "cue") -> int:
        return self._m.end(group)


def _words_of_tweet(s: str) -> str:
    """The words of a tweet text without links, dates and furniture ("" if none)."""
    s = regex.sub(r"https?://\S+|pic\.twitter\.com/\S+|\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b", " ", s)
    s = regex.sub(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", " ", s)
    return " ".join(regex.findall(r"\p{L}{2,}", s))


def _cue(m: C.CueMatch) -> Cue:
    sp = Span(m.speaker_start, m.speaker_end) if m.speaker_start is not None and m.speaker_end is not None else None
    return Cue(m.text, Span(m.start, m.end), m.speaker, sp)


def _matching_paren(text: str, open_pos: int, limit: int) -> int | None:
    depth = 0
    for i in range(open_pos, limit):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _merge_units(text: str, group: list[Span], parts: list[Span]) -> list[Span]:
    """Contiguous units → one span per original part (paragraph)."""
    out: list[Span] = []
    for p in parts:
        inside = [u for u in group if p.start <= u.start and u.end <= p.end]
        if inside:
            out.append(Span(inside[0].start, inside[-1].end))
    return out


__all__ = ["extract"]
