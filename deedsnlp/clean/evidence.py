"""The judgement of evidence: when tokens make a sentence, an aside or a stretch of text junk.

Pure functions over a text and its :class:`Token` objects (found by
:class:`~deedsnlp.clean.notices.NoticeDetector`); no state, no vocabulary of their own beyond the
weights. The rules, in short:

* a *unit* (sentence, bracketed aside) is junk as a whole when it scores 3 with a strong or hard
  token (:func:`unit_is_junk`), its tokens explain nearly all its Chinese characters, and its
  *edges are clear* (:func:`edges_clear`): nothing unexplained before the token that opens it —
  a notice starts with its phrase (本文由, 更多范文) — and next to nothing after the last one;
  never words on both sides (a notice spliced into a heading leaves the heading's words);
* inside a body sentence only a *stretch* is cut (:func:`clusters`): tokens a few characters
  apart, never across a URL, a number, an aside already taken or the end of a quotation; its
  fringe of weak words and generic nouns is trimmed; it needs hard evidence (or 5 points) and is
  widened to the brackets or the 【brand】 label it starts in (:func:`widen`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .patterns import BRACKET_RE, CJK, CJK_RE, SENTENCE_RE, UNIT_WORD_RE, cjk_count, junk_patterns

HARD, STRONG, WEAK, COVER = 3, 2, 1, 0
_OPENERS = "【（(［[〔"
_CLOSERS = "】）)］]〕"
_CLAUSE_PUNCT = "，、；;,"


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    weight: int
    kind: str  # "watermark", "spam" or "" (either)
    label: str
    noun: bool = False  # a generic noun (资料, 范文): explains characters, opens and stretches nothing


def site_of(t: Token) -> str:
    """The site name a ``site name …`` token carries."""
    return t.label[len("site name ") :].split(" (")[0]


def drop_nested(toks: list[Token]) -> list[Token]:
    """Tokens not inside a heavier or equal token (so 来自 inside 本文来自 counts once)."""
    toks = sorted(toks, key=lambda t: (t.start, -(t.end - t.start), -t.weight))
    out: list[Token] = []
    for t in toks:
        if any(o.start <= t.start and t.end <= o.end and (o.weight >= t.weight or t.weight == COVER) and o is not t for o in out[-8:]):
            continue
        out.append(t)
    return out


def sentence_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in SENTENCE_RE.finditer(text, a, b):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
    return out or [(a, b)]


def covered_spans(toks: Sequence[Token], s: int, e: int) -> list[tuple[int, int]]:
    spans = sorted((max(t.start, s), min(t.end, e)) for t in toks)
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def outside_junk_brackets(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """Is there evidence outside the junk brackets of the unit? (If not, only the brackets go.)"""
    brackets = [m.span() for m in BRACKET_RE.finditer(text, s, e)]
    if not brackets:
        return True
    junk = []
    for bs, be in brackets:
        bt = [t for t in toks if t.start >= bs and t.end <= be]
        if bt and unit_is_junk(text, bs, be, bt, bracket=True):
            junk.append((bs, be))
    if not junk or junk == [(s, e)]:
        return True
    outside = cjk_count(text, s, e) - sum(cjk_count(text, bs, be) for bs, be in junk)
    if outside == 0:
        return True  # nothing but marks around the brackets (★★……★★)
    return any(t.weight >= STRONG and not any(bs <= t.start and t.end <= be for bs, be in junk) for t in toks)


#: the most Chinese characters a junk unit may leave unexplained, however strong its evidence
MAX_RESIDUAL = 16


def unit_is_junk(text: str, s: int, e: int, toks: Sequence[Token], bracket: bool = False) -> bool:
    """Enough evidence, and few Chinese characters left unexplained — above all none before the
    notice starts or after it ends, where a notice spliced into a heading leaves body text."""
    score = sum(t.weight for t in toks)
    if score < 3 or not any(t.weight >= STRONG for t in toks):
        return False
    if _two_notice_phrases(text, s, e, toks):
        return True
    if not edges_clear(text, s, e, toks, after=not bracket):
        return False
    ordered = sorted((t for t in toks if t.weight > COVER), key=lambda t: t.start)
    for left, right in zip(ordered, ordered[1:]):
        if self_ending(left) and right.start > left.end and CJK_RE.search(text, left.end, right.start) \
                and covered_cjk(text, toks, left.end, right.start) < cjk_count(text, left.end, right.start):
            return False  # words after a URL or a number: two pieces of junk around body text
    total = cjk_count(text, s, e)
    covered = sum(cjk_count(text, a, b) for a, b in covered_spans(toks, s, e))
    residual = total - covered
    share = min(0.6, 0.35 + 0.05 * (score - 3))
    return residual <= max(4, min(MAX_RESIDUAL, share * total))


def _two_notice_phrases(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """A whole sentence holding two different notice phrases and naming no unit or member is a
    site's notice, however many words of its own it has (…转载其他媒体的稿件，旨在传递更多信息，并不
    代表某某网赞同其观点…。): disclaimers run long in words no list holds. With two phrases the notice opens
    the sentence; with three after the site's label (开篇：, 导读：) it may start in the sentence's first third."""
    # (a notice the excerpt cut at the page's end is closed by the page: …禁止转载、复制、摘编、改写及进行)
    closed = _SENTENCE_CLOSED_RE.search(text, s, e) is not None or not text[e:].strip()
    if e - s > 400 or not closed or _names_unit(text, s, e):
        return False
    strong = [t for t in toks if t.weight >= STRONG and t.kind == "watermark" and s <= t.start and t.end <= e]
    phrases = {text[t.start : t.end] for t in strong}
    if _fields_before_text(text, e, strong):
        phrases = {x for x in phrases if not _FIELD_LABEL_RE.fullmatch(x)}
    if len(phrases) >= 3 and _SITE_LABEL_RE.match(text, s):
        # three notice phrases after the site's label: its own words may open it (开篇：某某网以专业的视角，为您筛选…)
        first = min((t.start for t in toks if t.weight > COVER and s <= t.start < e), default=e)
        return first - s <= max(8, (e - s) // 3)
    return len(phrases) >= 2 and _opens_sentence(text, s, e, toks)


def _names_unit(text: str, s: int, e: int) -> bool:
    """Whether the stretch names a unit or its members (支部, 党员, 群众 …); the publisher speaking of
    itself (违者本单位将依法追究) names none."""
    return any(not (m.group() == "单位" and m.start() > 0 and text[m.start() - 1] == "本") for m in UNIT_WORD_RE.finditer(text, s, e))


def _fields_before_text(text: str, e: int, strong: Sequence[Token]) -> bool:
    """The page's meta fields glued before a sentence of the text (来源：某某 发布时间：2009-05-07 4月30日，
    某某总工会召开…。): after the last notice word come fifteen Chinese characters or more with no
    notice word among them. Then the fields' labels are no notice phrases of that sentence."""
    if not strong or not any(_FIELD_LABEL_RE.fullmatch(text, t.start, t.end) for t in strong):
        return False
    last = max(t.end for t in strong)
    return cjk_count(text, last, e) >= 15 + 8  # the fields' values (a source's name, a date) and then the sentence


#: a page's meta field's label (来源：, 发布时间, 作者：): fields glued before the text's first sentence are no
#: notice phrases of it (来源：某某 发布时间：2009-05-07 4月30日，某某总工会召开…。)
_FIELD_LABEL_RE = re.compile(r"(?:文章|信息|新闻|稿件)?来源[:：]?|(?:发布|发表|更新|上传)(?:时间|日期)[:：]?|作者[:：]?|(?:责任)?编辑[:：]?|时间[:：]|日期[:：]")
#: a site's label opening its lead-in or notice (开篇：, 导读：, 温馨提示：); a report's 喜报： is no site's
_SITE_LABEL_RE = re.compile(r"[\s\u3000]*[【\[]?(?:开篇|导读|导语|提示|温馨提示|友情提示|特别提示|摘要|内容摘要|简介|内容简介|小编|编者按|本文导读)[】\]]?[:：]")


#: what may stand before a notice's first word in its sentence: a label (注明：, 【声明】)
_NOTICE_LABEL_RE = re.compile(r"[\s\u3000]*(?:[【\[（(][\u4e00-\u9fff]{1,4}[】\]）)][:：]?|[\u4e00-\u9fff]{1,4}[:：])[\s\u3000]*")


def _opens_sentence(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """The notice opens the sentence (after a label at most; a site's name counts as the notice's):
    a heading or a report's words before it (（二）加强欢迎访问某某网获取更多资料。) make it a splice."""
    first = min((t.start for t in toks if s <= t.start < e), default=e)
    before = sum(1 for ch in text[s:first] if ch.isalnum())  # Chinese characters, digits, letters
    return before <= 2 or _NOTICE_LABEL_RE.fullmatch(text, s, first) is not None or _WHATEVER_OPENER_RE.match(text, s, first) is not None


#: a disclaimer's opening words, a bullet or an item's number before them (·凡注明为其它来源的信息，均转载自…, 凡本网
#:注明…): the notice opens its sentence with 凡 ("whatever …") and what it marks
_WHATEVER_OPENER_RE = re.compile(r"[\s\u3000·•●○◆■□\-－\d①-⑳.、．]*凡(?:本[站网报刊台]|未?注明|标注|署名|转载|来源)")


def _opens_early(s: int, e: int, toks: Sequence[Token]) -> bool:
    """The notice's words start in the first quarter of the unit: the sentence is the site's from its
    start, not a report's sentence a notice was spliced into (…帮助村民把核桃卖到了网上，本文为网友投稿，
    仅供学习参考去年销售…)."""
    first = min((t.start for t in toks if t.weight > COVER and s <= t.start < e), default=e)
    return first - s <= max(8, (e - s) // 4)


def notice_paragraph(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """A line of several sentences, closed by its mark, with two different notice phrases in two of
    its sentences and no unit or member named: a publisher's notice (凡本报记者署名的作品，版权均属
    某某日报社所有。未经授权，任何媒体不得转载…。违者…追究法律责任。)."""
    if e - s > 600 or _names_unit(text, s, e):
        return False
    if not _SENTENCE_CLOSED_RE.search(text, s, e) and (text[e:].strip() or not _SENTENCE_MARK_RE.search(text, s, e)):
        return False  # (a notice the excerpt cut off mid-sentence is closed by the page's end, after a sentence of its own)
    strong = [t for t in toks if t.weight >= STRONG and t.kind == "watermark" and s <= t.start and t.end <= e]
    if _fields_before_text(text, e, strong):
        strong = [t for t in strong if not _FIELD_LABEL_RE.fullmatch(text, t.start, t.end)]
    distinct = {text[t.start : t.end] for t in strong}
    if len(distinct) < 2:
        return False
    first = min((t.start for t in toks if t.weight > COVER and s <= t.start < e), default=e)
    if not (_opens_early(s, e, toks) or len(distinct) >= 3 and first - s <= (e - s) // 3):
        return False  # three phrases: the site's own words may open it (本信息真实性未经某某网证实，仅供您参考。…)
    units = [(a, b) for a, b in sentence_spans(text, s, e) if text[a:b].strip()]
    return len({k for k, (a, b) in enumerate(units) for t in strong if a <= t.start < b}) >= 2


#: a sentence closed by its mark (a notice of its own, not a fragment of a line)
_SENTENCE_CLOSED_RE = re.compile(r"[。！!][ \t\u3000]*(?:[|｜][ \t\u3000]*)?$")  # (a flattened table's bar after it)
_SENTENCE_MARK_RE = re.compile(r"[。！!]")


def short_ad(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """A short line of its own with two notice or spam phrases (``……资料免费领取，点击进入>>``)."""
    strong = {text[t.start : t.end] for t in toks if t.weight >= STRONG}
    return len(strong) >= 2 and cjk_count(text, s, e) <= 40 and edges_clear(text, s, e, toks)


#: Chinese characters a whole-unit notice may leave unexplained before its first token (when
#: that is weak; a strong one opens the notice itself, a gambling word may follow a brand name)
EDGE_BEFORE_WEAK, EDGE_BEFORE_SPAM, EDGE_GLUED = 0, 4, 2
#: ... after its last token, and at both edges together (a notice filling its own line may end
#: in a few words of its own: 每日更新基层党建材料, 版权归原作者所有)
EDGE_AFTER, EDGE_BOTH, EDGE_BOTH_LINE = 2, 4, 6


def edges_clear(text: str, s: int, e: int, toks: Sequence[Token], lead: int = EDGE_BEFORE_WEAK, after: bool = True) -> bool:
    """Nothing (or next to nothing) unexplained before the first token and after the last one,
    where a notice spliced into a heading would leave the heading's words."""
    openers = [t for t in toks if t.weight > COVER and not t.noun]
    if not openers:
        return False
    first = min(openers, key=lambda t: (t.start, -t.weight))
    label = _LABEL_RE.match(text, s, e)
    if label and first.start <= label.end():  # 【公文派】本文…… / 【真人百家乐】首存……: the label opens it
        before = 0
    else:
        # covers explain the lead-in only when a site-like name of usual length opens the unit
        # (好范文学习网 www…); a longer one may have swallowed body words (作风|红烛文档文库)
        explain = [t for t in toks if t.weight > COVER or (t.end - t.start <= 7 and not CJK_RE.search(text, s, t.start))]
        before = cjk_count(text, s, first.start) - covered_cjk(text, explain, s, first.start)
    last = max(t.end for t in openers)  # nouns after it explain words, they do not end the notice
    tail = 0 if not after else cjk_count(text, last, e) - covered_cjk(text, toks, last, e)
    own_line = (s == 0 or text[s - 1] in "\n\r") and (e >= len(text) or text[e] in "\n\r")
    alone = own_line or not after  # a line or a bracketed aside of its own
    # words glued to the opening token (新葡京|体育投注, 查看|更多相关) may belong to the notice;
    # anything else before it (a date, a heading number, a bracket) belongs to the body
    opening = s
    while opening < first.start and text[opening] in _OPENING_MARKS:
        opening += 1
    glued = _GLUED_RE.fullmatch(text, opening, first.start) is not None
    if first.kind == "spam" and first.label in junk_patterns().brand_words and alone and tail == 0 and glued:
        limit = EDGE_BEFORE_SPAM  # 新葡京体育投注，……网址www…: a brand name before the first gambling word
    elif first.label == "emoji run":
        limit = 0
    elif first.weight >= STRONG:
        # 查看更多相关材料，请登录……: a verb glued to a notice phrase (not to a gambling word)
        limit = EDGE_GLUED if alone and glued and first.kind == "watermark" and first.weight == STRONG else 0
    else:
        limit = lead
    if before > limit:
        return False
    if not after:  # a bracketed aside: its end is the bracket
        return True
    if before and tail:
        return False  # words left on both sides: a notice spliced into a heading (制|……|度建设)
    if own_line:
        return before + tail <= EDGE_BOTH_LINE
    return tail <= EDGE_AFTER and before + tail <= EDGE_BOTH


_OPENING_MARKS = "（(【[［〔“‘「『—★ \u3000\t"
_GLUED_RE = re.compile(f"[\\s\u3000]*[{CJK}]*")
_LABEL_RE = re.compile(r"\s*[【〖\[［][^】〗\]］\n]{1,12}[】〗\]］]\s*")


def covered_cjk(text: str, toks: Sequence[Token], a: int, b: int) -> int:
    """Chinese characters of ``text[a:b]`` inside tokens."""
    inside = [t for t in toks if t.end > a and t.start < b]
    return sum(cjk_count(text, x, y) for x, y in covered_spans(inside, a, b)) if inside else 0


def clusters(text: str, toks: Sequence[Token], max_gap: int = 3) -> list[list[Token]]:
    """Tokens grouped when at most ``max_gap`` Chinese characters separate them; at each end,
    generic nouns go, and weak words unless they touch a strong or hard token."""
    toks = sorted(toks, key=lambda t: t.start)
    out: list[list[Token]] = []
    end = -1
    for t in toks:
        alone = t.label == "emoji run" or (out and out[-1][-1].label == "emoji run")  # runs stand apart
        gap = 0 if t.start <= end else cjk_count(text, end, t.start)
        if out and gap and (self_ending(out[-1][-1]) or t.label == "junk aside"):
            alone = True  # after a URL, a number or an aside the junk has ended: 官网www…|政|【……】
        if out and t.start > end and any(ch in "”’」』" and PAIRS[ch] not in text[out[-1][0].start : end] for ch in text[end : t.start]):
            alone = True  # a quotation of the body closes between them (not one the junk opened)
        if out and not alone and gap <= max_gap and not has_stop(text, end, t.start):
            out[-1].append(t)
            end = max(end, t.end)
        else:
            out.append([t])
            end = t.end
    return [c for c in (trim_cluster(text, c) for c in out) if c]


_SITE_END_RE = re.compile("(?:网|站|库|之家|吧|坊|苑|在线|之窗|百宝箱|大全|馆)$")


def self_ending(t: Token) -> bool:
    """Tokens after which a notice or ad goes on only with punctuation or another phrase."""
    return t.label.startswith(("URL", "contact", "junk aside", "emoji run"))


def trim_cluster(text: str, cluster: list[Token]) -> list[Token]:
    def loose(t: Token, neighbour: Token | None, outward: int) -> bool:
        if t.weight >= STRONG:
            return False
        if t.label.startswith("site name") and _SITE_END_RE.search(site_of(t)):
            return False  # a lead word with a site-like name (尽在某某网) is notice through and through
        if neighbour is None:
            return True
        touching = neighbour.start <= t.end and t.start <= neighbour.end
        if not (touching and neighbour.weight >= STRONG) or neighbour.label == "junk aside":
            return True  # (an aside already taken anchors nothing: 限时（责任编辑……）)
        if neighbour.kind and t.kind != neighbour.kind:
            return True  # 手机|本文来源: a word of the other kind of junk is the body's
        if self_ending(neighbour) and t.start >= neighbour.end:
            return True  # 微信：dj2291xx|会员大会: nothing goes on after a number
        if t.noun:  # 获取更多资料。 — a noun completes a notice (not an ad) only up to a boundary
            if neighbour.kind != "watermark":
                return True
            return not (outward < 0 or outward >= len(text) or not CJK_RE.match(text[outward]))
        return False

    while cluster and loose(cluster[0], cluster[1] if len(cluster) > 1 else None, cluster[0].start - 1):
        cluster = cluster[1:]
    while cluster and loose(cluster[-1], cluster[-2] if len(cluster) > 1 else None, cluster[-1].end):
        cluster = cluster[:-1]
    return cluster


def has_stop(text: str, a: int, b: int) -> bool:
    return a < b and any(ch in "。！？!?\n" for ch in text[a:b])


def widen(text: str, cluster: Sequence[Token], us: int, ue: int) -> tuple[int, int]:
    """A cluster's span, widened to the brackets it starts or ends in, narrowed to the brackets
    that separate its weak fringe from its core."""
    core = [t for t in cluster if t.weight >= STRONG] or list(cluster)
    s = min(t.start for t in cluster)
    e = max(t.end for t in cluster)
    cs = min(t.start for t in core)
    ce = max(t.end for t in core)
    # a weak fringe before an opening bracket that starts the core is body text
    k = text.rfind("【", s, cs)
    k = max(k, text.rfind("（", s, cs), text.rfind("(", s, cs))
    if k > s and not any(ch in _CLOSERS for ch in text[k:cs]):
        s = k
    k2 = max(text.find(ch, ce, e) for ch in "】）)")
    if 0 <= k2 < e and not any(ch in _OPENERS for ch in text[ce:k2]):
        e = k2 + 1
    # a 【brand】 label shortly before the core opens the junk (【九州体育】世界杯足球投注、真人视讯)
    close = max(text.rfind("】", max(us, s - 14), s), text.rfind("〗", max(us, s - 14), s))
    if close >= 0 and not any(ch in "，。；！？,;!?\n" for ch in text[close:s]) and cjk_count(text, close, s) <= 8:
        open_ = max(text.rfind("【", max(us, close - 13), close), text.rfind("〖", max(us, close - 13), close))
        if open_ >= 0:
            s = open_
    # started / ended inside brackets: take the brackets whole
    for m in BRACKET_RE.finditer(text, us, ue):
        bs, be = m.span()
        if bs < s < be and be <= e:
            s = bs
        if bs < ce < be and s <= bs and be - e <= 20:
            e = max(e, be)
    # the year a lottery site's title opens with, glued before its name (2024新澳门…资料大全): a year the text
    # writes is followed by 年 or stands apart from the junk
    y = _GLUED_YEAR_RE.search(text, max(us, s - 4), s)
    if y is not None and y.end() == s and any(t.kind == "spam" and t.weight >= HARD for t in core):
        s = y.start()
    return s, e


#: a year glued before a spam stretch, no digit before it
_GLUED_YEAR_RE = re.compile(r"(?<![0-9０-９])(?:19|20)\d\d")


PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "）": "（", ")": "(", "】": "【"}


def unopened_closers(text: str, s: int, e: int) -> int:
    """The end of a sentence unit without closing marks it did not open (……尽在某网。”支部书记说)."""
    while e > s and text[e - 1] in " \u3000\t":
        e -= 1
    while e > s and text[e - 1] in PAIRS and PAIRS[text[e - 1]] not in text[s : e - 1]:
        e -= 1
    return e


def unopened_inside(text: str, s: int, e: int) -> bool:
    """A closing mark inside the unit that it did not open (……dj4812xx”【发布时间……】): the unit
    straddles the end of a quotation, so it is not junk as a whole."""
    end = unopened_closers(text, s, e)
    seen = text[s:end]
    return any(ch in PAIRS and PAIRS[ch] not in seen[:i] for i, ch in enumerate(seen))


def tidy(text: str, s: int, e: int, ls: int, le: int, unit: str) -> tuple[int, int]:
    """Take along what would be left dangling: spaces, and one of two clause marks around a cut."""
    while s > ls and text[s - 1] in " \u3000\t":
        s -= 1
    while e < le and text[e] in " \u3000\t":
        e += 1
    if unit in ("stretch", "bracket") and e < le and text[e] in _CLAUSE_PUNCT:
        if s == ls or text[s - 1] in _CLAUSE_PUNCT + "。！？!?：:":
            e += 1
    elif unit == "stretch" and e + 1 < le and text[e] in "。！？" and s > ls and CJK_RE.match(text, s - 1) and CJK_RE.match(text, e + 1):
        e += 1  # 开好欢迎访问某网获取更多资料。组织生活会: the full stop came with the notice
    elif unit == "stretch" and e - s >= 2 and text[e - 1] in "。！？!?" and s > ls and text[s - 1] in "，,；;、":
        s, e = s - 1, e - 1  # …学习十二次，更多精彩内容请关注公众号。: the comma goes with the notice, the sentence keeps its stop
    return s, e
