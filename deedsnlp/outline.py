"""Outline parser: the headings of a deeds report and their levels.

Recognized numbering styles, from the top of a document down::

    第一部分 / 第一章 / 【篇一】   part
    一、 一. 一．               cn
    第一，第二：               ordinal (run-in items)
    （一） (一) (一)、          paren_cn
    1、 1. 1．                 arabic
    （1） (1)                  paren_arabic
    ① ②                       circled

plus unnumbered *slogan* headings (``plain``): a short line without sentence-final punctuation
between body paragraphs (``锤炼党员先锋“排头兵”，激发榜样力量``), or, when a document uses the
shape at least twice, a short first sentence that runs into its paragraph
(``配齐建强党组织。水电供区接管之时……``).

Levels are the ranks of the styles a document actually uses (a report numbered only with
（一） and 1、 has levels 1 and 2). A numbered line is a heading when the text after the marker is a
short title, or when its lead sentence is short and the paragraph goes on (a *lead-in* or run-in
heading: ``1.三会一课制度。为了加强……`` gives the heading ``三会一课制度`` and stays a body
passage). A colon subtitle stays in the title (``一、重学习：强化思想引领，永葆党员先进性``).
Body text that merely starts with a number (``5.12汶川……``, ``2019年……``, ``三会一课……``) is
not a heading. Numbering gaps (``一、`` then ``三、``) are reported as findings, unless the missing
number is in the text after all (a marker the parser did not take as a heading) or the
numbering restarts at 1.

Flattened pages (paragraphs and headings run together on one line) are cut into paragraphs by
:func:`split_paragraphs` at sentence ends followed by a space, HTML paragraph tags and inline
heading markers, so that they give the same outline as the same page with its line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from .document import Finding, Heading
from .text.captions import is_action_caption
from .text.pinyin import without_glosses
from .text.scripts import both_scripts

CN_DIGITS = "零〇一二三四五六七八九十百两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: emoji and pictographs injected around numbering markers by spam sites (skipped, never a title)
_DECO = "[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\u20E3]*"

# (style, rank, pattern); the first group is the number
_STYLES: list[tuple[str, float, re.Pattern[str]]] = [
    ("part", 0, re.compile(r"第([零〇一二三四五六七八九十百两\d]{1,4})(?:部分|章|篇)[、，,.．:：\s]*")),
    ("part", 0, re.compile(r"【篇([一二三四五六七八九十\d]{1,3})】\s*")),
    ("cn", 1, re.compile(_DECO + r"([一二三四五六七八九十]{1,3})" + _DECO + r"\s?(?:、|[．.](?![\d.．]))" + _DECO + r"\s*")),
    ("ordinal", 1.5, re.compile(r"第([一二三四五六七八九十]{1,3})[，,、：:]\s*")),
    ("paren_cn", 2, re.compile(r"[（(]\s?([一二三四五六七八九十]{1,3})\s?[)）]\s?[、．.，,]?\s*")),
    ("arabic", 3, re.compile(_DECO + r"(\d{1,2})" + _DECO + r"\s?(?:、|[．.](?![\d.．%]))" + _DECO + r"\s*")),
    ("paren_arabic", 4, re.compile(r"[（(]\s?(\d{1,2})\s?[)）]\s?[、．.]?\s*")),
    ("circled", 5, re.compile(r"([①-⑳])\s?[、．.]?\s*")),
    # the items of a summary: 一是强化组织建设。… / 二是全院动员。…, or of a plan: 一要持续抓好…。 (run-in only,
    # see _shi_title)
    ("shi", 3.5, re.compile(r"([一二三四五六七八九十]{1,2})(?:是(?![的否非])|要(?![求是的把]))\s*")),
]
STYLE_RANK = {name: rank for name, rank, _ in _STYLES}
_FIRST = {
    "part": "第【", "cn": CN_DIGITS, "ordinal": "第", "paren_cn": "（(", "arabic": "0123456789",
    "paren_arabic": "（(", "circled": _CIRCLED, "shi": CN_DIGITS,
}

#: where a lead (run-in) heading ends; a colon does not end a heading (colon subtitles)
_SENTENCE_END = re.compile(r"[。！？；;!?]")
_COLON = re.compile(r"[：:]")
_TRAILING = "。．.;；:：!！?？,，、 "
_ANY_PUNCT = re.compile(r"[。！？；;!?，,、：:（）()“”\"《》]")
_FINAL = "。！？；;!?…"
_LONG_NUMBER = re.compile(r"\d{4}")
_FIELD_LABEL = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|来源|作者|时间|日期|编辑|责编|关键词|关键字|摘要|导语|附件|地址|电话|标签)\s*[：:]")
_DATE = re.compile(r"[\dxX〇零一二三四五六七八九十]年[\d一二三四五六七八九十]{1,3}月")
_DATE_OR_BYLINE = re.compile(r"^\d{2,4}\s*[-年/.]|^[—–-]{1,2}|^(?:来源|作者|时间|時間|发布|發布|编辑|編輯|责任编辑|日期|点击|阅读)")


def _is_deco(ch: str) -> bool:
    o = ord(ch)
    return 0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF or o in (0xFE0F, 0x200D, 0x20E3)


@dataclass(frozen=True)
class OutlineConfig:
    """Thresholds of the heading test (in characters).

    ``max_title``: a standalone numbered title; ``max_lead``: a run-in title ending in 。;
    ``max_plain``/``max_plain_lead``: unnumbered standalone and run-in slogan headings;
    ``min_body``: the shortest paragraph that counts as body text around a plain heading.
    """

    max_title: int = 45
    max_lead: int = 40
    min_title: int = 2
    max_plain: int = 32
    max_plain_lead: int = 20
    min_body: int = 40
    plain: bool = True


@lru_cache(maxsize=512)
def numeral_value(token: str) -> int:
    """Value of an Arabic, Chinese or circled numeral (``'十二'`` → 12); 0 when unknown."""
    if token.isdigit() and token.isascii():
        return int(token)
    if len(token) == 1 and token in _CIRCLED:
        return _CIRCLED.index(token) + 1
    from .numerals import chinese_numeral

    value = chinese_numeral(token)
    return int(value) if value is not None else 0


def match_marker(line: str):
    """Return ``(style, marker, number, rest)`` when ``line`` starts with a numbering marker."""
    if not line:
        return None
    first = line[0]
    deco = _is_deco(first)
    for style, _rank, pattern in _STYLES:
        # cheap first-character screen before the regex
        if first not in _FIRST[style] and not (deco and style in ("cn", "arabic")):
            continue
        m = pattern.match(line)
        if not m:
            continue
        number = numeral_value(m.group(1))
        if number <= 0:
            continue
        marker = "".join(ch for ch in m.group(0).strip() if not _is_deco(ch))
        return style, marker, number, line[m.end() :]
    return None


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _title_of(rest: str, cfg: OutlineConfig) -> tuple[str, bool] | None:
    """Decide whether the text after a marker is a heading; return ``(title, lead_in)``. A title has
    Chinese words: 11.jpg, an image's file name, is no item 11 titled "jpg"."""
    rest = rest.strip()
    if len(rest) < cfg.min_title or _CJK.search(rest) is None:
        return None
    m = _SENTENCE_END.search(rest)
    if m is None or not rest[m.end() :].strip(_TRAILING):
        title = rest.rstrip(_TRAILING)
        # a short label, a colon, then one long sentence closed by 。 (一、基本情况：全村共有党员四十二名，
        # 下设三个党小组，…。): the label is a run-in heading; a colon subtitle (重学习：强化思想引领，
        # 永葆党员先进性) is shorter and keeps the whole line
        c = _COLON.search(title)
        if (m is not None and c is not None and cfg.min_title <= c.start() <= 12
                and len(title) - c.end() >= _COLON_BODY_MIN and re.search("[，,]", title[c.end():])):
            return title[: c.start()].rstrip(_TRAILING), True
        if cfg.min_title <= len(title) <= cfg.max_title:
            return title, False
        # a long item: "1、三会一课制度：每月召开……" runs in after a colon
        c = _COLON.search(rest)
        if c is not None and cfg.min_title <= c.start() <= cfg.max_lead:
            return rest[: c.start()].rstrip(_TRAILING), True
        return _glued_title(title)
    lead = rest[: m.start()].rstrip(_TRAILING)
    glued = _glued_title(lead) if len(lead) > 20 else None
    if glued is not None:
        return glued
    if cfg.min_title <= len(lead) <= cfg.max_lead:
        return lead, True
    c = _COLON.search(lead)
    if c is not None and cfg.min_title <= c.start() <= cfg.max_lead:
        return lead[: c.start()].rstrip(_TRAILING), True
    return None


#: a two-clause heading glued to the body it heads, which opens with the unit or a time phrase:
#: 加强思想政治教育，提高党员干部的整体素质一年来，我支部… / 以学习为引领，科学发展观思想得到初步确立我校党支部是…
_GLUED_TITLE = re.compile(
    r"([^，,。：:；;“”\"（）()]{3,14})[，,]([^，,。：:；;“”\"（）()]{3,16}?)"
    r"(?=(?:我校|我院|我局|我所|我村|我们|我支部|我党支部|我公司|我单位|一年来|今年以来|近年来|多年来|几年来|本年度|全年|自20\d\d|20\d\d年))")


def _glued_title(lead: str) -> tuple[str, bool] | None:
    """The heading of an item whose two-clause title runs into its body without punctuation (the
    clauses of about the same length, the body opening with 我校/我支部/一年来/…)."""
    m = _GLUED_TITLE.match(lead)
    if m is None or abs(len(m.group(1)) - len(m.group(2))) > 6 or len(lead) - m.end() < 10:
        return None
    return m.group(0), True


#: the shortest sentence after a heading's colon that makes the label a run-in heading (a colon
#: subtitle of two slogan clauses is shorter)
_COLON_BODY_MIN = 24

_NEXT_SHI = re.compile(r"[，,；;、][一二三四五六七八九十]{1,2}[是要]")


def _shi_title(rest: str, cfg: OutlineConfig) -> tuple[str, bool] | None:
    """The title of a summary's item (一是强化组织建设。9月份，…): its first sentence, ended by
    。 or ！ with the paragraph going on, or a short line of its own; never a list of items in one
    sentence (一是学习，二是实践。)."""
    rest = rest.strip()
    m = re.search(r"[。！!]", rest)
    if m is None:
        title = rest.rstrip(_TRAILING)
        ok = cfg.min_title <= len(title) <= cfg.max_plain and not _SENTENCE_END.search(title)
        return (title, False) if ok and not _NEXT_SHI.search(title) else None
    lead = rest[: m.start()].rstrip(_TRAILING)
    if not (cfg.min_title <= len(lead) <= cfg.max_lead) or _SENTENCE_END.search(lead) or _NEXT_SHI.search(lead):
        return None
    if not rest[m.end():].strip(_TRAILING):  # the item's title alone on its line (一是强化组织建设。)
        return (lead, False) if len(lead) <= cfg.max_plain else None
    return lead, True


def _is_plain_title(text: str, cfg: OutlineConfig) -> bool:
    """A short slogan line: no sentence punctuation, not a date, byline or quotation."""
    t = text.strip()
    if not (4 <= len(t) <= cfg.max_plain) or t[-1] in _FINAL + "：:，,、." or _SENTENCE_END.search(t):
        return False
    if t[0] in "\"《<[（(·•" or _DATE_OR_BYLINE.match(t) or _DATE.search(t) or "http" in t or "www" in t:
        return False
    # a feature's quoted subheading (“我是党员，我先上”, “红色引擎”带富一方) closes its quote and
    # goes on or ends there; a quotation that runs on is speech, not a heading
    if t[0] == "“" and ("”" not in t or t.count("“") != t.count("”") or len(t) > 24):
        return False
    if t[0] == "【" and "】" not in t[1:]:
        return False
    if _FIELD_LABEL.match(t):  # a field label: 来源：, 上一篇：
        return False
    if is_action_caption(t):  # a picture's caption between paragraphs: 局长某某来到…慰问…
        return False
    # a year or a long number makes a line a title, date or link text, not a slogan
    return _LONG_NUMBER.search(t) is None


#: what a line closed by a colon says when it addresses the reader, announces a list or heads a site's block, not a section
_NOT_A_LABEL = re.compile(r"同志|领导|朋友|大家|各位|如下|以下|下面|这样|写道|说|表示|指出|强调|认为|问|答|"
                          r"喜欢|阅读|推荐|相关|热门|标签|分享|附件|链接|下载|来源|内容|共有|包括|主要有|几点|方面")


def _is_label_title(text: str) -> bool:
    """A short section label closed by a colon on its own line (党建品牌理念：, 主要做法:): two to ten
    characters, no other punctuation, no digits, not a salutation, a speaker or a list's lead-in."""
    t = text.strip()
    if not t or t[-1] not in "：:":
        return False
    label = t[:-1].strip()
    return (2 <= len(label) <= 10 and _ANY_PUNCT.search(label) is None and not any(ch.isdigit() for ch in label)
            and _NOT_A_LABEL.search(label) is None and _FIELD_LABEL.match(t) is None)


#: a feature's dash subtitle under a slogan heading: ——记…, ——带领群众闯出一条路
_DASH_SUBTITLE = re.compile(r"^\s*(?:——|--|—|－－)(?!\s*$)")


def _is_dash_subtitle(text: str) -> bool:
    """A short line opening with a dash and without a sentence end (a subtitle, not a quotation's source)."""
    t = text.strip()
    return _DASH_SUBTITLE.match(t) is not None and len(t) <= 48 and not _ends_with_stop(t)


def _ends_with_stop(text: str) -> bool:
    return text.rstrip("”’」』）) ")[-1:] in _FINAL


def _plain_lead(text: str, cfg: OutlineConfig, last: bool = False, cut_short: bool = False) -> str | None:
    """The short first sentence of a paragraph that may be an unnumbered run-in heading (``last``:
    the page's last paragraph, which an excerpt may have cut short after a few words of body;
    ``cut_short``: any words of body will do)."""
    m = _SENTENCE_END.search(text)
    if m is None or text[m.start()] != "。" and text[m.start()] != "！":
        return None
    raw_lead = text[: m.start()].strip()
    lead = without_glosses(raw_lead)  # a page's pinyin glosses (錘(chuí)煉…) are neither punctuation nor length
    short = last and _ANY_PUNCT.search(lead) is None  # a slogan without a comma may lead a cut-short last paragraph
    least = 1 if cut_short else cfg.min_body // 2 if short else cfg.min_body
    if not (4 <= len(lead) <= cfg.max_plain_lead) or len(text) - m.end() < least:
        return None
    if lead[0] in "《<【[（(他她我它这那其" or any(ch.isdigit() for ch in lead):
        return None
    # 的 marks a narrative sentence (支部的党员们很团结。), except in a task slogan that opens with its
    # verb, as list items stripped of their numbers do (打造合力共为的支部班子。锤炼技术过硬的党员队伍。)
    if "的" in lead and (_TASK_VERB.match(lead) is None or _ANY_PUNCT.search(lead)):
        return None
    if _COLON.search(lead) or "“" in lead and "”" not in lead:
        return None
    if _NARRATIVE_LEAD.search(lead):  # 在隔离病区，支部没有停下组织生活。/ 病情稳定后，…
        return None
    return raw_lead


#: the verb a task slogan opens with (打造…的…, 锤炼…的…, 建设…的…), in simplified or traditional characters
_TASK_VERBS = ("打造 锤炼 建设 建强 建立 建好 构建 搭建 培育 培养 锻造 塑造 树立 弘扬 争创 创建 创新 加强 强化 夯实 筑牢 做好 "
               "搞好 抓好 抓实 抓牢 办好 当好 守好 管好 带好 提升 推进 推动 深化 完善 健全 优化 激发 凝聚 发挥 彰显 践行 落实 "
               "坚持 聚焦 突出 注重 围绕 服务 引领 保障 助力").split()
_TASK_VERB = re.compile("^(?:" + both_scripts("|".join(_TASK_VERBS)) + ")")


#: a short first sentence that tells a story rather than naming a section: it opens with a
#: preposition of place or time, has a temporal clause before its comma, or a narrative word
_NARRATIVE_LEAD = re.compile(r"^(?:在|当|从|自从|经过|随着|为了)|(?:后|时|(?<![在到])前|(?<!哪)里)[，,]|了|没有|不少|已经|正在")


# -- flattened pages ------------------------------------------------------------------------------

_HTML_BREAK = re.compile(r"</p\s*>|<br\s*/?>|</div\s*>|</li\s*>", re.I)
_HTML_OPEN = re.compile(r"\s*<(?:p|div|li|span)\b[^<>]{0,80}>\s*", re.I)
_SPACE_AFTER_END = re.compile(r"(?:(?<=[。！？!?…])|(?<=[。！？!?…][”’」』）)]))\s+")
#: cheap screen for an inline marker after a sentence end (no space): 。二、 / ；（三） / ！3.
_INLINE_HINT = re.compile(r"[。！？；;!?][一二三四五六七八九十（(\d第①-⑳]")
_INLINE_MARKER = re.compile(
    r"(?:(?<=[。！？；;!?])|(?<=\s))\s*(?=(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|"
    r"\d{1,2}[、．.](?![\d．.%])|第[一二三四五六七八九十]{1,3}[，,、：:]|[①-⑳]))"
)


def _cuts(line: str) -> list[int]:
    """Candidate cut points of one normalized line (offsets where a new paragraph starts)."""
    cuts: set[int] = set()
    for m in _HTML_BREAK.finditer(line):
        cuts.add(m.end())
    for m in _SPACE_AFTER_END.finditer(line):
        cuts.add(m.end())
    return sorted(c for c in cuts if 0 < c < len(line))


def split_paragraphs(line: str, config: OutlineConfig | None = None) -> list[tuple[int, int]]:
    """Spans of the paragraphs run together on one normalized ``line``.

    A flattened page (paragraphs joined with spaces, HTML paragraph tags left in, headings
    mid-line) is cut at a sentence end followed by a space, after ``</p>``/``<br>``, and before an
    inline heading marker that continues the numbering seen so far on the line; a standalone
    heading followed by its body after a space is cut after its title. A normal paragraph comes
    back whole: ``[(0, len(line))]``.

    >>> line = "一、加强学习 支部每月集中学习两次。 二、规范制度 严格落实三会一课。"
    >>> [line[s:e] for s, e in split_paragraphs(line)]
    ['一、加强学习', '支部每月集中学习两次。', '二、规范制度', '严格落实三会一课。']
    """
    cfg = config or OutlineConfig()
    n = len(line)
    if n < 30 or (" " not in line and "<" not in line and not _INLINE_HINT.search(line, 1)):
        return [(0, n)]
    cuts = set(_cuts(line))
    # inline heading markers continuing a numbering sequence
    last: dict[str, int] = {}
    got = match_marker(line)
    if got is not None:
        last[got[0]] = got[2]
    for m in _INLINE_MARKER.finditer(line, 1):
        pos = m.end()
        g = match_marker(line[pos:])
        if g is None:
            continue
        style, _marker, number, rest = g
        if number != last.get(style, 0) + 1 or _title_of(_first_piece(rest), cfg) is None:
            continue
        last[style] = number
        cuts.add(pos)
    cuts.discard(0)
    bounds = sorted(c for c in cuts if 0 < c < n)
    spans: list[tuple[int, int]] = []
    start = 0
    for c in bounds + [n]:
        spans.extend(_split_heading_body(line, start, c, cfg))
        start = c
    out = []
    for s, e in spans:
        seg = line[s:e]
        m = _HTML_OPEN.match(seg)
        lead = m.end() if m else 0
        while e > s and line[e - 1].isspace():
            e -= 1
        s += lead
        while s < e and line[s].isspace():
            s += 1
        if e > s:
            out.append((s, e))
    return out or [(0, n)]


def _first_piece(rest: str) -> str:
    """The text of a segment up to the next cut (what the title test sees)."""
    m = _SPACE_AFTER_END.search(rest)
    return rest[: m.start()] if m else rest


#: a quoted term, not a quoted sentence: no sentence punctuation inside the quotes
_QUOTED_TERM = re.compile(r"[“‘「《\"][^”’」》\"。！？!?，,；;]{0,30}[”’」》\"]")


def _split_heading_body(line: str, s: int, e: int, cfg: OutlineConfig) -> list[tuple[int, int]]:
    """Cut a standalone heading from the body that follows it after a space (``一、学习 支部……``)."""
    seg = line[s:e]
    m = _HTML_OPEN.match(seg)
    off = m.end() if m else 0
    while off < len(seg) and seg[off].isspace():
        off += 1
    got = match_marker(seg[off:])
    if " " not in seg[off:]:
        return [(s, e)]
    if got is None:
        # an unnumbered title or slogan heading before its body: "红星社区先进事迹材料 红星社区位于……"
        sp = seg.find(" ", off)
        head, after = seg[off:sp], seg[sp:].strip()
        # a space before a quoted term inside a sentence (某某小学以 “若水” 文化为核心, as some sites space
        # their quotes) is no break between a title and its body; a quoted sentence may open the body
        # (保障重大项目推进 “系统检测到负荷陡增，赶紧去看看！”)
        if (_is_plain_title(head, cfg) and "、" not in head and len(re.findall("[，,]", head)) <= 1
                and len(after) >= cfg.min_body and len(after) >= 1.5 * len(head) and not _QUOTED_TERM.match(after)):
            return [(s, s + sp), (s + sp, e)]
        return [(s, e)]
    rest_start = off + len(seg[off:]) - len(got[3])
    body = seg[rest_start:]
    end = _SENTENCE_END.search(body)
    comma = _ANY_PUNCT.search(body)
    limit = end.start() if end else len(body)
    # the title ends at the last space before the first sentence end, within max_title
    window = body[: min(limit, cfg.max_title + 1)]
    sp = window.rfind(" ")
    if sp < cfg.min_title or (end is not None and sp < 0):
        return [(s, e)]
    title = body[:sp].rstrip(_TRAILING)
    after = body[sp:].strip()
    if not title or len(after) < 4 or (comma is not None and comma.start() < sp and end is None and len(after) < cfg.min_body):
        return [(s, e)]
    cut = s + rest_start + sp
    return [(s, cut), (cut, e)]


def parse_outline(
    lines: Sequence[str],
    line_numbers: Sequence[int] | None = None,
    offsets: Sequence[int] | None = None,
    *,
    hints: dict[int, int] | None = None,
    config: OutlineConfig | None = None,
) -> tuple[list[Heading], dict[int, int], list[Finding]]:
    """Find the headings among normalized paragraph ``lines``.

    ``line_numbers`` are the input line numbers of the paragraphs (default: 1, 2, ...),
    ``offsets`` their start offsets in the normalized text, ``hints`` maps a paragraph index to a
    heading level known from the file format (a Word heading style without a number).
    Returns the headings in document order, a map paragraph index → heading index, and findings
    for numbering gaps.
    """
    cfg = config or OutlineConfig()
    hints = hints or {}
    if line_numbers is None:
        line_numbers = range(1, len(lines) + 1)
    if offsets is None:
        pos, offs = 0, []
        for ln in lines:
            offs.append(pos)
            pos += len(ln) + 1
        offsets = offs

    # pass 1: numbered candidates and format hints
    cands: dict[int, tuple[str, float, str, int, str, bool, int]] = {}
    seen: list[tuple[int, str, int]] = []  # every marker at a paragraph start, heading or not
    for i, line in enumerate(lines):
        got = match_marker(line)
        if got is not None:
            style, marker, number, rest = got
            seen.append((i, style, number))
            titled = _shi_title(rest, cfg) if style == "shi" else _title_of(rest, cfg)
            if titled is not None:
                title, lead_in = titled
                tstart = offsets[i] + line.index(title, len(line) - len(rest))
                cands[i] = (style, float(STYLE_RANK[style]), marker, number, title, lead_in, tstart)
                continue
        if i in hints:
            title = line.strip().rstrip(_TRAILING)
            if cfg.min_title <= len(title) <= cfg.max_title:
                level = hints[i]
                cands[i] = (f"style{level}", level - 0.5, "", 0, title, False, offsets[i])

    # pass 1a: a numbered item between its two siblings (1. … [2. a long title] … 3.) is a heading
    # even when its title runs longer than the limits above
    if cands:
        _between_siblings(lines, offsets, seen, cands, cfg)

    # pass 1b: unnumbered slogan headings between body paragraphs
    if cfg.plain and len(lines) > 2:
        _plain_candidates_past_images(lines, offsets, cands, cfg)

    # pass 2: levels from the ranks in use, parents from a stack, numbering continuity
    ordered = sorted(cands.items())
    ranks = sorted({c[1] for _, c in ordered})
    level_of = {r: k + 1 for k, r in enumerate(ranks)}
    headings: list[Heading] = []
    by_line: dict[int, int] = {}
    findings: list[Finding] = []
    stack: list[int] = []
    last_number: dict[tuple[int | None, str], tuple[int, int]] = {}
    for i, (style, rank, marker, number, title, lead_in, tstart) in ordered:
        level = level_of[rank]
        while stack and headings[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        h = Heading(
            level=level, marker=marker, title=title, line=line_numbers[i], number=number,
            style=style, start=tstart, end=tstart + len(title), parent=parent, lead_in=lead_in,
        )
        if number and style != "shi":  # 一是/二是 items are informal: a gap among them is no finding
            key = (parent, style)
            prev_number, prev_i = last_number.get(key, (0, -1))
            expected = prev_number + 1
            if number != expected and number != 1 and not _seen_between(seen, lines, style, expected, prev_i, i):
                findings.append(
                    Finding(
                        kind="outline_gap", start=h.start, end=h.end, text=f"{marker}{title}",
                        reason=f"numbering jumps: expected number {expected}, found {number} ({marker})",
                        severity="warning", stage="outline", line=h.line,
                        data={"expected": expected, "found": number, "style": style},
                    )
                )
            last_number[key] = (number, i)
        by_line[i] = len(headings)
        headings.append(h)
        stack.append(len(headings) - 1)
    return headings, by_line, findings


def _between_siblings(lines: Sequence[str], offsets: Sequence[int], seen, cands: dict, cfg: OutlineConfig) -> None:
    """Add to ``cands`` (in place) the numbered items whose previous and next numbers of the same
    style are headings on either side of them, reading their title with twice the length limits."""
    lines_of: dict[str, list[int]] = {}
    for i in sorted(cands):
        lines_of.setdefault(cands[i][0], []).append(i)
    longer = replace(cfg, max_title=2 * cfg.max_title, max_lead=2 * cfg.max_lead)
    for i, style, number in seen:
        if i in cands or style not in lines_of:
            continue
        ks = lines_of[style]
        before = [k for k in ks if k < i]
        after = [k for k in ks if k > i]
        if not before or not after or cands[before[-1]][3] != number - 1 or cands[after[0]][3] != number + 1:
            continue
        got = match_marker(lines[i])
        titled = _title_of(got[3], longer) if got is not None else None
        if titled is None:
            continue
        title, lead_in = titled
        tstart = offsets[i] + lines[i].index(title, len(lines[i]) - len(got[3]))
        cands[i] = (style, float(STYLE_RANK[style]), got[1], number, title, lead_in, tstart)


#: a picture's file name alone on its line (11.jpg, IMG_2301.JPG), between a scraped page's heading and its text
_IMAGE_FILE = re.compile(r"\s*[\w\-]{1,40}\.(?:jpe?g|png|gif|bmp|webp)\s*", re.I)


def _plain_candidates_past_images(lines: Sequence[str], offsets: Sequence[int], cands: dict, cfg: OutlineConfig) -> None:
    """:func:`_plain_candidates` on the paragraphs without pictures' file names (昆阳二小：百年名校焕发新活力 /
    11.jpg / 平阳县昆阳镇第二小学以…: the file name stands between the heading and its text)."""
    keep = [i for i, ln in enumerate(lines) if not _IMAGE_FILE.fullmatch(ln)]
    if len(keep) == len(lines):
        _plain_candidates(lines, offsets, cands, cfg)
        return
    sub = {k: cands[i] for k, i in enumerate(keep) if i in cands}
    _plain_candidates([lines[i] for i in keep], [offsets[i] for i in keep], sub, cfg)
    for k, cand in sub.items():
        cands.setdefault(keep[k], cand)


def _plain_candidates(lines: Sequence[str], offsets: Sequence[int], cands: dict, cfg: OutlineConfig) -> None:
    """Add unnumbered standalone and run-in slogan headings to ``cands`` (in place)."""
    n = len(lines)
    # body text: a long paragraph (ending in sentence punctuation, or cut off by a page excerpt)
    is_body = [len(ln) >= cfg.min_body and (ln.rstrip()[-1:] in _FINAL + "”’」』）)" or len(ln) >= 1.5 * cfg.min_body)
               for ln in lines]
    # the last paragraph of a page excerpt may be cut short, down to a few words (the window cut it mid-sentence)
    if n and (len(lines[-1]) >= cfg.min_body // 2 or len(lines[-1]) >= 5 and lines[-1].rstrip()[-1:] not in _FINAL + "：:"):
        is_body[-1] = True
    # the report starts at its first sentence: a body paragraph, or a shorter line ending in 。
    first_body = next((i for i, ln in enumerate(lines)
                       if is_body[i] or len(ln) >= cfg.min_body // 2 and ln.rstrip()[-1:] in "。！？"), n)
    ranks = [c[1] for c in cands.values()]

    plain: dict[int, tuple[str, bool]] = {}
    for i in range(first_body + 1, n):
        if i in cands:
            continue
        line = lines[i]
        # the next paragraph is body text (a run-in numbered item like "1、建强班子。…" counts)
        nxt = cands.get(i + 1)
        body_next = i + 1 < n and (is_body[i + 1] and (nxt is None or nxt[5])
                                   or nxt is not None and nxt[3] and i + 2 < n and is_body[i + 2])
        if body_next and _is_plain_title(line, cfg):
            if nxt is not None or len(line) * 1.5 <= len(lines[i + 1]):
                plain[i] = (line.strip(), False)
            elif i + 1 == n - 1 and any(_same_shape(line.strip(), t) for t, _ in plain.values()):
                # over the page's last paragraph, cut short: a heading of the series above it
                # (开场致辞，情深意长 / … / 集体生日，温馨庆祝 over “紧接着，集体政治生日庆祝仪”)
                plain[i] = (line.strip(), False)
        elif body_next and is_body[i - 1] and _is_label_title(line):
            # a section's label closed by a colon between paragraphs (党建品牌做法：/ 主要成效：)
            plain[i] = (line.strip().rstrip("：:").strip(), False)
        elif (i + 2 < n and i + 1 not in cands and _is_plain_title(line, cfg)
              and (_is_dash_subtitle(lines[i + 1]) and (is_body[i + 2] or _ends_with_stop(lines[i + 2]))
                   or is_body[i + 2] and is_body[i - 1] and _is_plain_title(lines[i + 1], cfg))):
            # a slogan over its dash subtitle (他们是领路人 / ——带领大家闯出一条路), or the first of two
            # stacked slogan lines after a body paragraph (创新支部建设 / 铸牢发展根基): the second
            # line is a heading of its own when body text follows it; the dash subtitle heads the
            # text under it too (a feature's section title in two lines)
            plain[i] = (line.strip(), False)
            if _is_dash_subtitle(lines[i + 1]) and i + 1 not in cands:
                plain[i + 1] = (lines[i + 1].strip(), False)
    # slogans of one series closed by a full stop, each alone on its line over its paragraph (精准传递信息，
    # 落实防控工作。/ … / 做细防疫工作，呵护困难群体。): one such line is a short sentence, a series is the outline
    stopped = {}
    for i in range(max(1, first_body - 1), n - 1):  # the first of them may stand over the first paragraph
        t = lines[i].strip()
        if i in cands or i in plain or not is_body[i + 1] or not t or t[-1] not in "。！" or len(t) > cfg.max_plain_lead + 1:
            continue
        head = t[:-1]
        if _is_plain_title(head, cfg) and _NARRATIVE_LEAD.search(head) is None and "的" not in head:
            stopped[i] = head
    for i, head in stopped.items():
        alike = sum(1 for j, other in stopped.items() if j != i and _same_shape(head, other))
        # two clauses each (精准传递信息，落实防控工作。), or one clause in a series of three (坚持学在经常。/ 坚持做在岗位。/ …)
        if alike >= 1 and _CLAUSE_SEP.search(head) or alike >= 2:
            plain[i] = (head, False)
    leads = {}
    for i in range(first_body, n):
        if i in cands or i in plain:
            continue
        lead = _plain_lead(lines[i], cfg, last=i == n - 1)
        if lead is not None:
            leads[i] = lead
    last = n - 1
    if leads and last > first_body and last not in leads and last not in cands and last not in plain:
        # the page's last paragraph cut short after its lead: a heading when its lead has the shape of
        # a lead above it (强化理论学习，政治教育“学”起来。… / 强化堡垒作用，服务职工“实”起来。该支部以)
        lead = _plain_lead(lines[last], cfg, last=True, cut_short=True)
        if lead is not None and any(_same_shape(lead, other) for other in leads.values()):
            leads[last] = lead
    if len(leads) >= 2:
        for i, lead in leads.items():
            plain[i] = (lead, True)
    # one level for the slogan headings of a document: above the numbered items that follow
    # them ("选贤任能强队伍" over "①建强班子队伍。…"), else below every numbered level (they never
    # shift the numbered levels); in a document without numbered headings, the top level
    followers = [cands[i + 1][1] for i in plain if i + 1 in cands]
    if followers:
        rank = min(followers) - 0.5
    else:
        rank = max(ranks) + 0.5 if ranks else 1.0
    for i, (title, lead_in) in plain.items():
        tstart = offsets[i] + lines[i].index(title)
        cands[i] = ("plain", rank, "", 0, title, lead_in, tstart)


#: what separates the clauses of a slogan (开场致辞，情深意长 / 党员齐心 共助乡村振兴)
_CLAUSE_SEP = re.compile(r"[，,\s　]+")


def _same_shape(a: str, b: str) -> bool:
    """Two slogans of one series: about the same length, with the same opening or closing two
    characters, both task slogans (打造合力共为的支部班子 / 锤炼技术过硬的党员队伍), or clauses of the
    same lengths."""
    a, b = without_glosses(a), without_glosses(b)
    tasks = _TASK_VERB.match(a) is not None and _TASK_VERB.match(b) is not None and "的" in a and "的" in b
    clauses = [len(x) for x in _CLAUSE_SEP.split(a)]
    parallel = len(clauses) >= 2 and clauses == [len(x) for x in _CLAUSE_SEP.split(b)]  # 开场致辞，情深意长 / 集体生日，温馨庆祝
    return (a[:2] == b[:2] or a[-2:] == b[-2:] or tasks or parallel) and abs(len(a) - len(b)) <= 3


def _seen_between(seen, lines, style: str, expected: int, prev_i: int, i: int) -> bool:
    """Whether number ``expected`` of ``style`` occurs between paragraphs ``prev_i`` and ``i``:
    at a paragraph start the title test turned down, or inline in a paragraph."""
    if any(prev_i < k < i and s == style and num == expected for k, s, num in seen):
        return True
    for k in range(max(prev_i, 0), i):
        text = lines[k]
        for m in _INLINE_MARKER.finditer(text):
            g = match_marker(text[m.end():])
            if g is not None and g[0] == style and g[2] == expected:
                return True
    return False


def split_runon_lines(text: str, lines: Sequence, config: OutlineConfig | None = None) -> list:
    """Cut the run-on paragraphs among normalized ``lines`` (``normalize`` output) into several.

    A paragraph from one input line that holds several paragraphs (a flattened page, see
    :func:`split_paragraphs`) becomes several lines with the same input line number and the
    spans of its parts; every other line comes back as it is.
    """
    from .normalize import Line

    out = []
    for l in lines:
        if l.line != l.line_end or l.end - l.start < 30:
            out.append(l)
            continue
        spans = split_paragraphs(text[l.start : l.end], config)
        if len(spans) == 1 and spans[0] == (0, l.end - l.start):
            out.append(l)
            continue
        out.extend(Line(l.start + s, l.start + e, l.line, l.line_end) for s, e in spans)
    return out
