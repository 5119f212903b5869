"""Leftover passes: after the detectors have chosen their removals, each pass reads what was taken and
takes what a detector left behind around it (a byline's rest, a caption beside a taken caption, the site's
head above a taken breadcrumb, a title's copy glued to the text, a disclaimer's numbered items, emptied
brackets and lines). Each pass edits the list of kept candidates in place; :class:`~.cleaner.Cleaner` runs
them in a fixed order (``Cleaner._clean_view``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Iterable

from .bylines import REPORTER_NAMES_RE, ROLE_SPLIT_RE, find_bylines, opens_with_credit
from .furniture import (_CONTRIBUTION_RE, _PROFILE_OPEN_RE, _SPACED_CHARS_RE, CAPTION_UNITS, UNIT_AND_NAMES_RE, _is_body_line, _person, _writer_byline, column_tails, indented_as_text,
                        inline_rules, preface_sentence, surnames)
from .patterns import DAY, LABEL_COLON, PUBLISHING_ACT, PUBLISHING_TIME, SOURCE_OR_WRITER, UNIT_WORD_RE, cjk_count
from .prepass import _after_known_brand
from .spans import Candidate, Line
from .structure import SCENE_CAPTION_SCORE, _char_pairs, _cut_at_page_end


def _blank(text: str, spans: list[Candidate]) -> str:
    """``text`` with the spans turned to spaces (line breaks kept), offsets unchanged."""
    if not spans:
        return text
    out = []
    pos = 0
    for c in sorted(spans, key=lambda c: c.start):
        if c.end <= pos:
            continue
        start = max(c.start, pos)  # (spans overlapping the last one: the union is blanked)
        out.append(text[pos:start])
        out.append(re.sub(r"[^\r\n]", " ", text[start : c.end]))
        pos = c.end
    out.append(text[pos:])
    return "".join(out)



def _take_spam_copies(view: str, kept: list[Candidate]) -> None:
    """A gambling name or spam piece taken once (金沙集团1862cc成色 before a unit word) goes wherever the page
    writes it again (…成色电缆党员…, where no unit word follows). Only pieces with Latin letters or digits in
    them and five characters or more: a Chinese word taken once is no evidence elsewhere."""
    pieces = {view[c.start : c.end].strip() for c in kept
              if c.action == "removed" and c.kind in ("spam", "brand") and c.data.get("unit") not in ("line", "seo_title")}
    # (a title the hijacked site closed with its brand goes whole only where it stands: its words are the report's title)
    pieces = {p for p in pieces if 5 <= len(p) <= 40 and "\n" not in p and re.search(r"[A-Za-z0-9]", p) and re.search(r"[\u4e00-\u9fff]", p)}
    if not pieces:
        return
    spans = sorted((c.start, c.end) for c in kept if c.action == "removed")
    new: list[Candidate] = []
    for p in sorted(pieces, key=len, reverse=True):
        for m in re.finditer(re.escape(p), view):
            s, e = m.span()
            k = bisect.bisect_right(spans, (s, len(view))) - 1
            if k >= 0 and spans[k][0] <= s and e <= spans[k][1]:
                continue  # taken already
            if any(a < e and s < b for a, b in spans[max(0, k - 1) : k + 3]) or any(c.start < e and s < c.end for c in new):
                wider = next((c for c in kept + new if c.action == "removed" and c.start < e and s < c.end
                              and not (s <= c.start and c.end <= e)), None)
                if wider is not None:
                    # a longer removal holds part of the copy (a notice from the copy's middle on): it takes the rest
                    wider.start, wider.end = min(wider.start, s), max(wider.end, e)
                    kept[:] = [c for c in kept if c is wider or not (c.action == "removed" and wider.start <= c.start and c.end <= wider.end)]
                    new[:] = [c for c in new if c is wider or not (wider.start <= c.start and c.end <= wider.end)]
                    spans = sorted((c.start, c.end) for c in kept + new if c.action == "removed")
                    continue
                # partly taken (the name without its tail): the copy goes whole, over the shorter removal
                kept[:] = [c for c in kept if not (c.action == "removed" and s <= c.start and c.end <= e)]
            new.append(Candidate("spam", s, e, "removed", f"a spam piece taken elsewhere on the page: {p[:30]}", priority=5,
                                 data={"unit": "spam_copy", "score": 0.9, "detector": "page recurrence"}))
    _add_leftovers(kept, new)


#: what joins two gambling names into one run: a separator alone, one each side of a short piece
#: (…365.com_某某365在线_365bet…), or one before a short piece that ends in a gambling word
#: (某某赌场_某某游戏-投注app官网)
_BRIDGE_RE = re.compile(r"[_|｜](?:[^\n。，,；;！？!?“”]{0,12}[_|｜\-－]|[^\n。，,；;！？!?“”]{0,12}?(?:投注|下注|博彩|赌场|棋牌|彩票|真人|娱乐))?"
                        r"|[一二三四五六七八九十\d]{1,2}(?:组|肖|码|期|中特)")  # (a lottery tip's count between its names: 某某平特三组三连肖)


def _bridge_gambling(view: str, kept: list[Candidate]) -> None:
    """Where two removals, one of them a gambling name, stand on one line joined by separators, what
    stands between them goes too (a hijacked page's run of casino names)."""
    removed = sorted((c for c in kept if c.action == "removed" and c.kind in ("brand", "spam", "watermark")), key=lambda c: c.start)
    for a, b in zip(removed, removed[1:]):
        if "brand" not in (a.kind, b.kind) and "spam" not in (a.kind, b.kind) or not 0 < b.start - a.end <= 14:
            continue
        inside = [c for c in kept if a.end < c.end and c.start < b.start]
        if _BRIDGE_RE.fullmatch(view, a.end, b.start) and all(c.kind == "placeholder" and c.action == "flagged" for c in inside):
            for c in inside:  # (a separator read as a template's blank is the run's)
                kept.remove(c)
            kept.append(Candidate("brand", a.end, b.start, "removed", "between two gambling names joined by separators", priority=a.priority,
                                  data={"unit": "bridge", "score": 0.9, "detector": "brand shape"}))
    kept.sort(key=lambda c: (c.start, c.end))


def _take_brand_tails(view: str, kept: list[Candidate]) -> None:
    """A gambling name removed inside a sentence leaves the site's word glued after it (皇冠体育,皇冠体育平台区镇街 with
    the name taken: 平台 is the casino's, not the town's): the word goes with the name."""
    removed = [c for c in kept if c.action == "removed" and c.kind in ("brand", "spam")]
    if not removed:
        return
    taken = sorted((c.start, c.end) for c in kept if c.action == "removed")
    for c in removed:
        m = _BRAND_SITE_WORD_RE.match(view, c.end)
        if not m or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if c.kind != "brand" and not _after_known_brand(view, c.start + len(view[c.start : c.end].rstrip())):
            continue
        kept.append(Candidate("brand", m.start(), m.end(), "removed", f"a gambling site's word after its name: {m.group()}",
                              priority=c.priority, data={"unit": "brand_tail", "score": 0.9, "detector": "brand shape"}))
        taken.append((m.start(), m.end()))
    kept.sort(key=lambda c: (c.start, c.end))


#: the site's word after a gambling name (平台, 官网, 官方网站, 网址, 登录入口)
#: (a line-check page's name after a casino's number and name: 8803某某检查中心)
_BRAND_SITE_WORD_RE = re.compile(r"(?:官方网站|官网|平台|网址|登录入口|登录|入口|线路检测中心|线路检测|检测中心|检查中心)")


_BLANK_LINES_RE = re.compile(r"(?:[ \t\u3000\xa0]*\n)+")


def _take_blank_runs(view: str, kept: list[Candidate]) -> None:
    """A removed line that stood between blank lines (or at the top of the page) takes the blank
    lines after it, so that removed furniture leaves no run of empty lines behind."""
    removed = sorted((c for c in kept if c.action == "removed" and c.kind != "html"), key=lambda c: c.start)
    starts = sorted(c.start for c in kept)
    for c in removed:
        if c.end == 0 or view[c.end - 1] != "\n":
            continue
        before = view[: c.start].rstrip(" \t\u3000\xa0")
        if before.strip() and not before.endswith("\n\n"):
            continue
        m = _BLANK_LINES_RE.match(view, c.end)
        if not m or m.end() == c.end:
            continue
        end = m.end()
        if any(c.end <= s < end for s in starts):
            continue
        c.end = end


#: words of a site speaking of its own pages: what is left of a notice line once its junk sentences are cut
_SITE_LEFT_RE = re.compile(r"文档|下载|预览|本站|本网|网站|会员|复制|版权|浏览|点击|登录|注册|上传|免费阅读|全文阅读|欢迎(?:深入|继续|大家)?(?:阅读|收藏|借鉴|查看)|删除|侵权|转载|出处|联系|授权|必究|违者|及时处理|谢谢合作|@")
_SENTENCE_RE = re.compile(r"[^。！？!?]+[。！？!?]*")


def _without_overlaps(kept: list[Candidate]) -> list[Candidate]:
    """The last guard before the edits are applied: the passes after resolution (leftovers, brackets,
    lines emptied) add removals beside others. A removal inside another is dropped (the wider one
    covers it); one overlapping another's end joins it when both remove; any other overlap keeps the
    earlier edit. Flags never edit and always stay."""
    out: list[Candidate] = []
    last: Candidate | None = None
    for c in sorted(kept, key=lambda c: (c.start, -c.end)):
        if c.action == "flagged":
            out.append(c)
            continue
        if last is not None and c.start < last.end:
            if c.end <= last.end:
                continue
            if not c.replacement and not last.replacement:
                i = out.index(last)
                last = out[i] = replace(last, end=c.end)
            continue
        out.append(c)
        last = c
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _take_notice_leftovers(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """Where site notice sentences were cut from a line and each sentence left speaks of the site's
    pages too (文章内容仅供预览…。下载后的文档…。 with one of them cut), the rest of the line goes:
    a notice in the site's own words, not the report's. A 范文 site's preface closing one of the page's
    first lines takes the blurb before it (某某的成败取决于执行力。下面是一些要点，希望能帮助大家…): two short
    sentences, above the text, are the site's lead-in to it; so are up to four sentences of 200 characters
    before a preface in the preface rules' words (…成效显著。下面是网友为您整理分享的“…”相关范文，供您参考！,
    心得体会是指…文字。某某网今天为大家精心准备了…), whichever detector took it: the site's summary of the
    text, or its opening copied as a teaser, unless it names a unit with its place (the report's own first words).
    (A notice the line model read alone proves too little: it closes report lines on short pages.)"""
    notices = [c for c in kept if c.action == "removed" and (c.kind in ("watermark", "spam") or c.data.get("unit") in _PREFACE_UNITS)]
    if not notices:
        return
    gone = _removed_whole(view, kept)
    # the page's first five lines; for a longer lead-in with no prose above it, also its first five lines the detectors
    # left (a 范文 site's head of furniture above it: crumb, title, format and upload day, title again, editor)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    head = {ln.number for ln in filled[:5]}
    left_head = head | {ln.number for ln in [ln for ln in filled if not gone(ln)][:5]}
    for line in lines:
        inside = sorted((c.start, c.end) for c in notices if line.start <= c.start and c.end <= line.next)
        if not inside:
            continue
        # the gaps between everything removed from the line (a glued credit another rule took too)
        covered = sorted((c.start, c.end) for c in kept if c.action == "removed" and c.start < line.next and c.end > line.start)
        gaps = [(s, e) for s, e in _gaps(covered, line.start, line.end) if view[s:e].strip()]
        if not gaps or any(c.start < line.end and c.end > line.start and c.action != "removed" for c in kept):
            continue
        # (a bullet or a quotation mark left between the cuts is no sentence of its own)
        sentences = [m.group() for s, e in gaps for m in _SENTENCE_RE.finditer(view, s, e) if re.search(r"[\u4e00-\u9fffA-Za-z0-9]", m.group())]
        lead_in = (line.number in head and len(gaps) == 1 and gaps[0][1] == inside[-1][0] and len(sentences) <= 2
                   and sum(map(len, sentences)) <= 60 and not _OWN_UNIT_RE.search(view, *gaps[0])
                   and not _NAMED_UNIT_RE.search(view, *gaps[0]) and any(_is_preface(c) and c.end >= line.end
                                                              for c in notices if line.start <= c.start < line.end))
        # (a summary or a teaser before a preface in the preface rules' words: longer, and it may name the unit's
        # kind; no figure in it and no paragraph of prose above it, where a report's own sentence would stand)
        lead_in = lead_in or (line.number in left_head and len(gaps) == 1 and gaps[0][1] == inside[-1][0] and len(sentences) <= 4
                              and sum(map(len, sentences)) <= 200 and not _NAMED_UNIT_RE.search(view, *gaps[0])
                              and not _FIGURE_RE.search(view, *gaps[0])
                              and any(c.end >= line.end and (c.data.get("unit") in _PREFACE_UNITS or preface_sentence(view[c.start : c.end]))
                                      for c in notices if line.start <= c.start < line.end)
                              and not any(_prose_left(view, ln, gone) for ln in lines if ln.end <= line.start))
        # (a site's name alone before the notice that names its address: 某某局政府网 http://… 2023-07-11 来源：…)
        named = len(gaps) == 1 and gaps[0][1] <= inside[0][0] and _SITE_NAME_RE.fullmatch(view, *gaps[0]) is not None
        # (a body's name, its address and the day: 某某工作委员会 http://www.某某.gov.cn/ 2019年07月16日: the page's source)
        named = named or (len(gaps) == 2 and len(inside) == 1 and gaps[0][1] <= inside[0][0] < inside[0][1] <= gaps[1][0]
                          and _URL_ONLY_RE.fullmatch(view, *inside[0]) is not None and _BODY_NAME_RE.fullmatch(view, *gaps[0]) is not None
                          and _DAY_ONLY_RE.fullmatch(view, *gaps[1]) is not None)
        # (a blurb before a preface in the preface rules' words with the text glued after it, a flattened page's head:
        # 作为…的解说词，它…。本站精心为大家整理了…，希望对你有帮助。某某解说词尊敬的各位领导：…: the blurb goes, the text stays)
        lead = gaps[0] if len(gaps) == 2 and len(inside) == 1 and gaps[0][1] == inside[0][0] < inside[0][1] <= gaps[1][0] else None
        lead_sentences = [m.group() for m in _SENTENCE_RE.finditer(view, *lead)] if lead else []
        lead_only = (lead is not None and line.number in head and 0 < len(lead_sentences) <= 2 and sum(map(len, lead_sentences)) <= 120
                     and not view[line.start : lead[0]].strip() and not _OWN_UNIT_RE.search(view, *lead)
                     and not _NAMED_UNIT_RE.search(view, *lead) and not _FIGURE_RE.search(view, *lead)
                     and any(c.start == inside[0][0] and c.data.get("unit") in _PREFACE_UNITS for c in notices))
        if lead_only and not (lead_in or named):
            gaps = [lead]
        if sentences and (lead_in or lead_only or named or all(_site_left(x) for x in sentences)):
            for s, e in gaps:
                kept.append(Candidate("watermark", s, e, "removed", "the rest of a site notice line", priority=5,
                                      data={"unit": "sentence", "score": 0.9, "detector": "notice leftovers"}))
    kept.sort(key=lambda c: (c.start, c.end))


#: a numbered list's item opening a line (1、, 2. , 三、)
_ITEM_OPEN_RE = re.compile(r"[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十])[、.．]")
#: a name in quotation marks (“某某在线”)
_QUOTED_NAME_RE = re.compile(r"“([^”\n]{2,12})”")


def _take_disclaimer_items(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A site's disclaimers numbered as a list, one of them taken (2、凡本网注明“来源：某某在线”…): the items
    around it go too where they name the site the taken one quotes (1、“某某在线”由某某电台主办…, 3、“某某在线”自有
    版权信息…) or speak of the site's rights in two words (版权, 授权, 转载, 本网 …). A report's numbered
    points name no site of the page."""
    taken = [c for c in kept if c.action == "removed" and c.data.get("unit") == "numbered_disclaimer"]
    if not taken:
        return
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    gone = _removed_whole(view, kept)
    index = {ln.start: k for k, ln in enumerate(filled)}
    new: list[Candidate] = []
    for c in taken:
        k = index.get(next((ln.start for ln in filled if ln.start <= c.start < ln.next), -1))
        if k is None:
            continue
        names = {re.split(r"[:：]", n)[-1] for n in _QUOTED_NAME_RE.findall(view, c.start, c.end)} - {""}  # “来源：某某在线”
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(filled):
                ln = filled[j]
                x = view[ln.start : ln.end]
                if gone(ln):
                    j += step
                    continue
                if not _ITEM_OPEN_RE.match(x) or UNIT_WORD_RE.search(x) and not any(n in x for n in names):
                    break
                if not (any(n in x for n in names) or len(set(_SITE_LEFT_RE.findall(x))) >= 2):
                    break
                new.append(Candidate("watermark", ln.start, ln.end, "removed", f"an item of the site's numbered disclaimers: {x.strip()[:30]}",
                                     priority=5, data={"unit": "disclaimer_item", "score": 0.9, "detector": "notice leftovers"}))
                j += step
    _add_leftovers(kept, new)


#: a field of a page's publishing line: its label and colon (发布时间：, 来源：, 作者(来源)：, 浏览次数：, 人气：), or a
#: count of its readers (185浏览, 3257次阅读); a label never runs on from a word before it (成立时间： is a form's)
_META_FIELD_RE = re.compile(
    r"(?<![\u4e00-\u9fff])(?:发布|发表|更新|录入|上传|编辑|发稿)?(?:时间|日期)[ \u3000]*[:：]|"
    r"(?<![\u4e00-\u9fff])(?:文章|信息|新闻|稿件|消息)?来源[ \u3000]*[:：]|(?<![\u4e00-\u9fff])(?:作者|撰稿|供稿|发布者|发布人|"
    r"责任编辑|责编|编辑|审核|校对)(?:[（(][\u4e00-\u9fff]{2}[)）])?[ \u3000]*[:：]|"
    r"(?<![\u4e00-\u9fff])(?:浏览|浏览次数|浏览量|点击|点击数|点击量|阅读|阅读量|阅读数|人气|访问量)[ \u3000]*[:：]|\d+[ \u3000]*(?:次)?(?:浏览|阅读)")
#: a date stamp (2015-10-30, 2019/2/26, 2021年02月03日) and a clock time
_META_STAMP_RE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?")
#: the fields of a meeting's record (时间：… 地点：…), of a form, of a photo: the report's own lines
_REPORT_FIELD_RE = re.compile(r"地点|主持|参加|出席|记录|主题|内容|议程|姓名|单位|职务|性别|图片|题目")


def _take_meta_line_rest(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A page's publishing line (发布时间：… 浏览：…次 来源：某某医院 某科室 某某) that the detectors cut
    fields out of goes whole: what they left of it (a department and a writer after the source, 作者(来源)：
    [暂无]) is the same line's furniture. The line holds two fields at least (a date stamp counts as one), no
    sentence's end and none of a meeting record's or a form's fields (时间：… 地点：… is the report's). A title glued
    before the fields (某某活动 发表时间：…) stays."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    if not removed:
        return
    starts = [a for a, _ in removed]
    more = []
    for line in lines:
        if line.end - line.start > 160:
            continue
        k = bisect.bisect_right(starts, line.end) - 1
        lo = max(0, bisect.bisect_left(starts, line.start) - 1)  # (a span may start before the line)
        covered = [(s, e) for s, e in removed[lo : k + 1] if s < line.next and e > line.start]
        if not any(s < line.end for s, _ in covered):
            continue  # nothing cut from the line: the detectors saw no furniture in it
        t = view[line.start : line.end]
        fields = len(_META_FIELD_RE.findall(t)) + (1 if _META_STAMP_RE.search(t) else 0)
        if fields < 2 or _CAPTION_SENT_END_RE.search(re.sub(r"[?？]{2,}|[?？](?=[\u4e00-\u9fff]{1,6}[:：])", "", t)) or _REPORT_FIELD_RE.search(t):
            continue  # (?? is a space garbled, and so is ? before a field's label)
        if any(c.start < line.end and c.end > line.start and c.action != "removed" for c in kept):
            continue  # a mask or a flag inside: the line is read as the report's
        rest = [(s, e) for s, e in _gaps(covered, line.start, line.end) if view[s:e].strip()]
        first = min(s for s, _ in covered)
        opening = view[line.start : first].strip().lstrip("*＊•·●-– ")  # (bulleted fields: * 来源 : …)
        if opening and not (_META_FIELD_RE.match(opening) or _META_STAMP_RE.match(opening)):
            glued = _glued_unit(view, line, first)
            # (the cut runs to the line's end, or leaves a second writer's name after the first: 作者：某某 某某)
            after = [(s, e) for s, e in rest if s >= first]
            if glued is not None and sum(len(view[s:e].strip()) for s, e in after) <= 8 and not any(
                    re.search(r"[，,、；;。：:]", view[s:e]) for s, e in after):
                more += [Candidate("furniture", s, e, "removed", "a unit's name glued before its publishing line",
                                   priority=5, data={"unit": "meta_line_unit", "score": 0.9, "detector": "publishing line"})
                         for s, e in [glued] + after]
            continue  # the line opens with text: a title glued before its fields (某某活动 发表时间：…), or a sentence they were spliced into
        # (what is left, less its own field labels and stamps and bullets, is a name or two: 作者:某某?来源: …)
        left = sum(len(re.sub(r"[\s*＊•·●?？]", "", _META_STAMP_RE.sub("", _META_FIELD_RE.sub("", view[s:e])))) for s, e in rest)
        if not rest or left > 24 or any(re.search("[，,、；;]", view[s:e]) for s, e in rest):
            continue  # a clause of the report's the fields were spliced into (…来源：某某网 阅读：294次)为宗旨，创新载体活动)
        more += [Candidate("furniture", s, e, "removed", "the rest of a publishing line", priority=5,
                           data={"unit": "meta_line_rest", "score": 0.9, "detector": "publishing line"}) for s, e in rest]
    if more:
        kept.extend(more)
        kept.sort(key=lambda c: (c.start, c.end))


#: the publisher's name a page glues before its publishing line (某某建筑公司发布时间：…, 某某县融媒体中心 来源：…): a unit's
#: name and nothing else, short; a title glued so (某某活动 发表时间：…) says what was done and stays
_GLUED_UNIT_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,14}?(?:公司|集团|分公司|局|分局|院|研究所|所|站|中心|部|处|科|办公室|办|委员会|党委|党工委|"
                            r"党组|总支|支部|报社|日报|晚报|网|电视台|台|社区|街道|学校|中学|小学|大学|学院|医院|银行|协会|联合会|工会|团委|妇联)"
                            r"[ \t\u3000]*")
#: a field opening what the detectors cut after the unit's name: its publishing time, source or writer
_GLUED_FIELD_RE = re.compile(r"[ \t\u3000]*(?:(?:发布|发表|更新|发稿)(?:时间|日期)|(?:时间|日期)[ \u3000]*[:：])|[ \t\u3000]*(?:文章|信息|新闻|稿件)?来源[ \u3000]*[:：]|"
                             r"[ \t\u3000]*(?:作者|撰稿|供稿|发布者|发布人)[ \u3000]*[:：]")


def _glued_unit(view: str, line: Line, first: int) -> tuple[int, int] | None:
    """The span of a unit's name glued before the publishing line the detectors cut from ``first`` to the line's
    end (某某建筑公司发布时间：2022-11-01 作者：某某), or None. The name is the line's only other text and no report word:
    no outline mark, no verb's clause, no punctuation."""
    if not _GLUED_FIELD_RE.match(view, first, line.end) or first - line.start > 20:
        return None
    lead = view[line.start : first]
    if _GLUED_UNIT_RE.fullmatch(lead) is None or _REPORT_FIELD_RE.search(lead) or _OUTLINE_HEAD_RE.match(lead):
        return None
    start = line.start + len(lead) - len(lead.lstrip(" \t\u3000"))
    return start, line.start + len(lead.rstrip(" \t\u3000"))


def _site_left(sentence: str) -> bool:
    """A sentence left of a site notice line that speaks of the site's pages too: short with a site word, or
    longer with three (如您付费，意味着您…接受本站规则…，本站不退款…；如果您已付费下载过本站文档，…二次下载)."""
    if UNIT_WORD_RE.search(sentence):
        return False
    return len(sentence) <= 60 and bool(_SITE_LEFT_RE.search(sentence)) or len(sentence) <= 120 and len(_SITE_LEFT_RE.findall(sentence)) >= 3


#: an address alone, spaces around it
_URL_ONLY_RE = re.compile(r"[ \t\u3000]*(?:https?://|www\.)[A-Za-z0-9./_%?=&#:-]+[ \t\u3000]*")
#: a body's name alone (某某工作委员会, 某某市教育局, 某某研究中心)
_BODY_NAME_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,20}(?:委员会|局|厅|部|办公室|中心|协会|学会|研究会|院|网|网站)[ \t\u3000]*")
#: a day alone (2019年07月16日, 2019-07-16)
_DAY_ONLY_RE = re.compile(r"[ \t\u3000]*" + DAY + r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*")
#: a site's name alone (某某局政府网, 某某新闻网, 某某门户网站)
_SITE_NAME_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,20}(?:政府网|门户网站|新闻网|网站|网|在线)[ \t\u3000]*")
#: a report's own first words: its organisation or a count of its people (某某党支部现有党员二十六名)
_OWN_UNIT_RE = re.compile(r"支部|总支|党委|党组|委员会|村委|居委|[\d一二三四五六七八九十百]+(?:名|人|个|次|项)")
#: a unit named with its place (青川县税务局, 某某镇某某村): the report's, never a 范文 site's generic lead-in
_NAMED_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|县|区|镇|乡|村)[\u4e00-\u9fff]{0,6}?(?:局|委|院|校|所|站|厂|公司|集团|中心|银行)")


#: the shape rules' units for a 范文 site's preface: one in any wording, and two that speak of the texts the site
#: gathered for the reader (下面是小编为大家整理的…，供大家参考。, 本站为你精心整理了…，仅供参考。)
_PREFACE_UNITS = frozenset({"genre_preface", "reader_preface", "editor_preface", "editor_preface_sentence", "model_text_pointer"})


#: a figure (a count, a year, a date): a report's sentence has them, a site's summary of the text does not
_FIGURE_RE = re.compile(r"[0-9０-９]")


def _prose_left(view: str, ln: Line, gone) -> bool:
    """Whether line ``ln`` is a paragraph of prose the detectors left: 25 characters or more with a sentence's end."""
    t = view[ln.start : ln.end].strip()
    return len(t) >= 25 and _CAPTION_SENT_END_RE.search(t) is not None and not gone(ln)


def _is_preface(c: Candidate) -> bool:
    """A 范文 site's preface: the shape rules', or a notice sentence the line model read as the site's."""
    return c.data.get("unit") in _PREFACE_UNITS or c.kind == "watermark" and c.data.get("detector") == "line model"


#: a picture's credit: its photographer or supplier (（某某/摄）, 某某 摄, （某某供图）, 图 / 某某)
_PHOTO_CREDIT_RE = re.compile(r"摄|供图|图片提供|^[ \t\u3000]*图[ \u3000]*[/／]")
#: a credit naming a writer too (文/图, 某某/文, 撰文): the text's credit, its last sentence no caption
_TEXT_CREDIT_RE = re.compile(r"文[ \u3000]*[/／]|[/／][ \u3000]*文(?![\u4e00-\u9fff])|撰文|文字|记者|通讯员")
#: the caption model's score for one sentence before a picture's credit to be read as the picture's caption
_CREDITED_SCENE_SCORE = 0.5
#: a sentence's end inside a caption's words (a semicolon may stand in a caption)
_CAPTION_SENT_END_RE = re.compile(r"[。！？!?]")
#: an outline's heading opening a line (一、 （二） 3. 第四): never a caption
_OUTLINE_HEAD_RE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部篇条])")


def _take_credited_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A photographer's credit removed from the end of a short line leaves a caption: the line's words
    before it go too (党员代表看望老垦荒队员（某某/摄）). No sentence's end, 50 characters at most, no outline
    heading: a credit after a report's full stop closes a news item (…。（某某/文 某某/摄）), the text stays."""
    credits = [c for c in kept if c.action == "removed" and _PHOTO_CREDIT_RE.search(view[c.start : c.end])
               and c.data.get("unit") != "glued_credit_chain"]  # (an item's credits glued to its last sentence: the text's end)
    if not credits:
        return
    by_end = {ln.end: ln for ln in lines}
    for c in credits:
        end = c.end
        while end < len(view) and view[end] in " \t\u3000":
            end += 1
        ln = by_end.get(end) or next((x for x in lines if x.start <= c.start < x.next and view[c.end : x.end].strip() == ""), None)
        if ln is None or c.start <= ln.start:
            continue
        rest = view[ln.start : c.start]
        words = rest.strip()
        if not words or len(words) > 50 or _OUTLINE_HEAD_RE.match(rest):
            continue
        if _CAPTION_SENT_END_RE.search(words) and not _scene_before_credit(words, view[c.start : c.end]):
            continue
        if any(k.start < c.start and k.end > ln.start for k in kept if k is not c):
            continue
        kept.append(Candidate("furniture", ln.start, c.start, "removed", f"a picture's caption before its credit: {words[:30]}",
                              priority=5, data={"unit": "credited_caption_text", "score": 0.9, "detector": "leftovers"}))
    kept.sort(key=lambda c: (c.start, c.end))


def _scene_before_credit(words: str, credit: str) -> bool:
    """Whether one sentence before a picture's credit on its line is the picture's caption (某某在查看小麦抽穗情况。
    图 / 某某): the credit names no writer, and the caption model reads the sentence as a scene (who does what). A
    news item's last sentence before its pictures' credit (活动在歌声中落下帷幕。（某某 摄）) tells no scene."""
    if _TEXT_CREDIT_RE.search(credit) or not words.endswith(("。", ".")) or _CAPTION_SENT_END_RE.search(words[:-1]):
        return False
    from .captionmodel import caption_model

    return caption_model().score(words[:-1]) >= _CREDITED_SCENE_SCORE


#: a line the page shows under a picture: the scene's name (授牌仪式现场, …合影留念)
_SCENE_END_RE = re.compile(r"(?:现场|合影留念|合影|留念|留影|掠影|剪影)。?$")
#: units of a caption's own taking: the rules that read a line as a picture's caption
_PAGE_CAPTION_UNITS = CAPTION_UNITS | {"credited_caption_text", "gallery_caption", "caption"}
#: who or what a picture shows: a unit or a kind of people
_CAPTION_WHO_RE = re.compile(r"[局所院村校队站厂司处科部室]|社区|基地|支部|党委|中心|公司|书记|主任|代表|党员|干部|民警|职工|群众|村民|师生|学生|同志")
#: a caption is one clause: no sentence's end, colon, space, comma, list, quotation or item number inside
_CAPTION_BREAK_RE = re.compile(r"[。！？!?；;：:\s，,、“”\"‘’「」『』《》①-⑳]")
#: a clause's end or break inside a line (quotations and lists allowed)
_CLAUSE_BREAK_RE = re.compile(r"[。！？!?；;：:\s，,]")
#: a picture's label or file name alone on its line (图片 3, 图2, IMG_0412.jpg)
_PICTURE_LABEL_RE = re.compile(r"(?:图片|图|照片|Photo|photo|IMG|img)[ _\-]?\d{1,4}|[^\s。！？!?]{1,60}\.(?i:jpe?g|png|gif|bmp|webp)"
                               # (or what a page's markup left of its pictures' links, one or more: .png), .jpg) .png))
                               r"|(?:\.(?i:jpe?g|png|gif|bmp|webp)\)[ \u3000]*)+")
#: what a picture shows being done (展示, 在开展…学习, 参观, 述职汇报): a heading names a task or a result
_CAPTION_DOING_RE = re.compile(r"正在|在(?:开展|进行|参加|学习|讨论|交流|宣讲|演练|参观|查看|检查|慰问|走访|观看|聆听|重温|签订)"
                               r"|展示|展出|陈列|参观|观看|聆听|慰问|走访|调研|座谈|讲解|述职|汇报|演练|宣讲|交流发言|签约|揭牌")
#: what someone under a picture's label does (看望, 上党课, 开展, 举行, 颁发, 发言 …)
_CAPTION_ACT_RE = re.compile(_CAPTION_DOING_RE.pattern + r"|看望|党课|开展|举行|参加|学习|宣誓|义诊|检查|指导|考察|视察|颁发|授予|接受"
                             r"|发言|讲话|致辞|作报告|带领|合影|植树|打扫|清理|帮助|讲授|培训")
#: what a picture is, closing its caption (…品牌标识, …航站楼全景, …新貌一角)
_PICTURE_NOUN_END_RE = re.compile(r"(?:标识|标志|全景|外景|一角|风貌|新貌|掠影|剪影|场景|照片|合影|航拍图?|效果图|示意图)$")
#: a heading's opening: what the unit does or did, without a subject (坚持…, 强化…, 以…, 让…)
_HEADING_OPEN_RE = re.compile(r"坚持|强化|突出|聚焦|筑牢|打造|推动|加强|深化|创新|注重|围绕|立足|发挥|提升|夯实|激活|培育|构建|完善|健全"
                              r"|落实|践行|传承|弘扬|服务|扎根|心系|情系|用心|用情|[以用让把抓做当争树建强优带育聚凝铸守勇敢甘践亮比促助解暖]")


#: words of a story told on (…还参观了…, 随后…, 最后…): the text's narration, no picture's caption
_NARRATION_RE = re.compile(r"还|也|又|随后|接着|之后|最后|首先|同时|此外|另外")


def _model_caption(x: str, breaks: re.Pattern) -> bool:
    """Whether line ``x`` (closed by a full stop or not) is one clause of 4-45 characters (no ``breaks`` inside), no
    outline heading, no heading's opening and no narration, that the caption model for lines reads as a picture's
    caption at the score the structure rules take a caption between paragraphs at."""
    words = x[:-1] if x.endswith("。") else x
    if (not 4 <= len(words) <= 45 or breaks.search(words) or _OUTLINE_HEAD_RE.match(x) or _HEADING_OPEN_RE.match(x)
            or _NARRATION_RE.search(words)):
        return False
    from .captionmodel import caption_line_model

    return caption_line_model().score(words) >= SCENE_CAPTION_SCORE


def _page_caption(ln: Line, reason: str) -> Candidate:
    return Candidate("furniture", ln.start, ln.end, "removed", reason, priority=5,
                     data={"unit": "page_caption", "score": 0.9, "detector": "leftovers"})


def _take_captions_beside_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """On a page whose pictures' captions were taken (a line ending in 现场 or 合影留念, a caption read by
    the scene or credit rules), a caption without such a word goes too: one clause of 8-45 characters
    naming a unit or people and what the picture shows them doing (新建成的某某局文化展厅集中展示近年工作
    成果, 某某股党员干部在开展党小组学习), alone between two paragraphs of prose. A page without a caption
    taken keeps such lines, and so does a heading: numbered, two phrases (a space, a comma), a quotation,
    or opened by what the unit does (坚持…, 以…, 让…). There the caption model for lines also reads short
    captions and captions closed by a full stop (民警在界碑旁巡逻踏查。, 授奖仪式), one to four in a row after a
    paragraph of prose; a line telling the story on (…还参观了…, 随后…) stays."""
    if not any(c.action == "removed" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    # a picture's label or file name taken whole (图片 3, IMG_0412.jpg): the short line under it is its caption
    new: list[Candidate] = []
    for k in range(1, len(filled) - 1):
        ln, label = filled[k], filled[k - 1]
        x = view[ln.start : ln.end].strip()
        above = view[label.start : label.end].strip()
        if not (_PICTURE_LABEL_RE.fullmatch(above) and gone(label) and not gone(ln)):
            continue
        if 4 <= len(x) <= 45 and above.rsplit(".", 1)[0].strip() == x.rstrip("。"):  # the file's name shown again as its caption
            new.append(_page_caption(ln, f"a picture's caption naming its file: {x[:30]}"))
        elif (8 <= len(x) <= 45 and not _CAPTION_BREAK_RE.search(x.rstrip("。")) and not _OUTLINE_HEAD_RE.match(x)
                and not (x.endswith("。") and len(x) >= 36)  # (a long sentence closed by its full stop under a picture: the text's)
                and not _HEADING_OPEN_RE.match(x) and x[0] not in "—-－–(（【["
                and (_CAPTION_ACT_RE.search(x, 2) or len(x) >= 12 and not _SIGN_OFF_RE.search(x)
                     and any(_is_body_line(view, y) for y in filled[: k - 1]))):
            # (a long clause whatever its verb, under a picture between paragraphs: 某某燃气员工24小时监控全市管网运行
            # 情况; on 3,013 real pages the one clause under a picture's file was a caption 19 times and a heading
            # never: headings there were numbered, quoted or in two phrases; a short slogan or a unit's sign-off
            # there stays, and so does a news item's headline under the page's picture above the text)
            new.append(_page_caption(ln, f"a picture's caption under its label: {x[:30]}"))
        elif x[0] not in "—-－–(（【[“\"" and _model_caption(x, _CLAUSE_BREAK_RE):
            # (a short caption, or one naming what it shows in quotes, under its picture: 某某村新貌。, 民族乐器“某某”传承。)
            new.append(_page_caption(ln, f"a picture's caption under its label: {x[:30]}"))
    taken = [ln for ln in filled if gone(ln)]
    confirmed = any(len(x) <= 45 and _SCENE_END_RE.search(x) for x in (view[ln.start : ln.end].strip() for ln in taken)) \
        or any(c.action == "removed" and c.data.get("unit") in _PAGE_CAPTION_UNITS for c in kept)
    if not confirmed:
        _add_leftovers(kept, new)
        return
    labelled = {c.start for c in new}
    left = [ln for ln in filled if not gone(ln) and ln.start not in labelled]

    def text_of(ln: Line) -> str:
        return view[ln.start : ln.end].strip()

    def by_words(x: str) -> bool:
        return (8 <= len(x) <= 45 and not _CAPTION_BREAK_RE.search(x) and not _OUTLINE_HEAD_RE.match(x) and not _HEADING_OPEN_RE.match(x)
                and bool(_CAPTION_WHO_RE.search(x) and _CAPTION_DOING_RE.search(x) or _CAPTION_ACT_RE.search(x, 2) or _PICTURE_NOUN_END_RE.search(x)))

    k = 1
    while k < len(left) - 1:
        x = text_of(left[k])
        before = text_of(left[k - 1])
        if len(before) < 40 or "。" not in before[-3:]:
            k += 1
            continue
        if by_words(x) and len(text_of(left[k + 1])) >= 40:
            new.append(_page_caption(left[k], f"a picture's caption on a page of captions: {x[:30]}"))
            k += 1
            continue
        run = []
        while k + len(run) < len(left) - 1 and len(run) < 4 and _model_caption(text_of(left[k + len(run)]), _CAPTION_BREAK_RE):
            run.append(left[k + len(run)])
        new += [_page_caption(ln, f"a picture's caption on a page of captions: {text_of(ln)[:30]}") for ln in run]
        k += max(1, len(run))
    _add_leftovers(kept, new)


#: a report's sign-off in its foot: its unit, a date, a person, an attachment's or a filing's line
_SIGN_OFF_RE = re.compile(r"(?:委员会|党委|党工委|党支部|支部|总支|党组|局|院|公司|学校|中学|小学|幼儿园|中心|村委会|居委会|社区|街道|政府|办公室"
                          r"|大队|中队|派出所|所|站|厂|集团|银行|医院|组|部|处|科|室|办|委|联)$|^(?:19|20)\d\d[年\-/.]|年\d{1,2}月|[〇○零一二三四五六七八九]{4}年|同志$|^附件|^特此"
                          r"|^申报|^报送|^推荐")
#: a line of two to four characters: a person's name signing off when it opens with a surname (王某, 欧阳某某)
_SHORT_LINE_RE = re.compile(r"\S{2,4}")


def _gaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``start:end`` that none of ``spans`` (sorted by start) covers."""
    pos, out = start, []
    for s, e in spans:
        if e <= pos or s >= end:
            continue
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        out.append((pos, end))
    return out


def _add_leftovers(kept: list[Candidate], new: list[Candidate]) -> None:
    """Add what a leftovers pass found and keep the candidates in text order; a flag inside a span that
    now goes (a placeholder in a spam piece's copy) goes with it."""
    if new:
        removed = [(c.start, c.end) for c in new if c.action == "removed"]
        if removed:
            kept[:] = [c for c in kept if c.action != "flagged" or not any(s < c.end and c.start < e for s, e in removed)]
        kept.extend(new)
        kept.sort(key=lambda c: (c.start, c.end))


def _removed_whole(view: str, kept: list[Candidate]):
    """A test whether a line's words were all removed."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    starts = [a for a, _ in removed]

    def gone(ln: Line) -> bool:
        a, b = ln.start, ln.end
        while a < b and view[a] in " \t\u3000":
            a += 1
        i = bisect.bisect_right(starts, a) - 1
        while i >= 0:
            if removed[i][0] <= a and removed[i][1] >= b:
                return True
            if a - removed[i][0] > 2000:
                return False
            i -= 1
        return False

    return gone


def _take_foot_leftovers(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The page's foot after the report's last paragraph of prose, where the detectors took most lines
    (two at least, no fewer than they left, or one above three menu words or more): the short lines left
    between them are the site's too (a service's menu words, a column's ranking title, an advertisement's
    slogan). One clause without a full stop or a comma, 40 characters at most; the report's sign-off (its
    unit, a date, a person's name opening with a surname, an attachment), numbered items and the page's
    last line cut off in mid-paragraph stay."""
    if not any(c.action == "removed" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    last = None
    for k in range(len(filled) - 1, -1, -1):
        x = view[filled[k].start : filled[k].end].strip()
        if len(x) >= 30 and "。" in x and not gone(filled[k]):
            last = k
            break
    if last is None:
        return
    foot = filled[last + 1 :]
    taken = [ln for ln in foot if gone(ln)]
    left = [ln for ln in foot if not gone(ln)]
    names = surnames()
    menu = len(left) >= 3 and all(4 <= len(x) <= 8 and not _SIGN_OFF_RE.search(x) and x[0] not in names and not re.search(r"[\W\d]", x)
                                  for x in (view[ln.start : ln.end].strip() for ln in left))
    if not left or (len(taken) < 2 or len(taken) < len(left)) and not (taken and menu):
        return  # (three words of a menu or more under one line the detectors took: 服务咨询 / 参与评价 / 院务信箱)
    picks = []
    cut_last = None  # the page's last line read as a paragraph the excerpt cut
    # below the site's copyright line (Copyright © 2009-2025 / 某某委员会 / 某某宣传教育中心) a body's name is the site's
    # owner, no sender signing the report off
    owned = next((ln.start for ln in taken if _COPYRIGHT_LINE_RE.search(view, ln.start, ln.end)), None)
    for ln in left:
        x = view[ln.start : ln.end].strip()
        if owned is not None and ln.start > owned and _BODY_NAME_RE.fullmatch(x):
            if not any(c.start < ln.end and c.end > ln.start for c in kept):
                picks.append((ln, x))
            continue
        if _SIGN_OFF_RE.search(x) or x[0] in "（(〔" or x[-1] in "）)〕":  # (某某推荐材料), 某某委员会（盖章）: the sender's
            continue
        if _SHORT_LINE_RE.fullmatch(x) and (x[0] in names or x[:2] in names):
            continue  # a person signing off (a menu's words open with no surname: 服务咨询, 院务信箱)
        if len(x) > 40 or re.search(r"[。，,；;！!？?*＊×□、]", x) or _OUTLINE_HEAD_RE.match(x):
            return  # text of the report's left in the foot (a roll of names under its heading): the foot is no menu
        if x.endswith(("——", "—", "：", ":")) and len(re.findall(r"[\u4e00-\u9fff]", x)) >= 8:
            continue  # the text's lead-in to what it shows below (让我们来听听他们的感人故事——): a sentence of the report
        if ln is filled[-1] and (len(x) >= 8 and "的" in x or len(re.findall(r"[\u4e00-\u9fff]", x)) >= 15
                                 or indented_as_text(view, filled, len(filled) - 1) or _cut_at_page_end(x)):
            cut_last = ln
            continue  # the page's last line, a paragraph the excerpt cut (38岁的某某村村支书某某, 某某集团有限公司某某分公司重油…,
            # one indented as the paragraphs are: 到了晚上21:30分终于把旅客们, or one whose quote is left open: 某某村是“中国): the report's
        if not any(c.start < ln.end and c.end > ln.start for c in kept):  # one partly taken is the other rules'
            picks.append((ln, x))
    picked = {ln.start for ln, _ in picks}
    stays = [ln for ln in foot if not gone(ln) and ln.start not in picked and (len(view[ln.start : ln.end].strip()) >= 15 or ln is cut_last)]
    # a label right over text that stays is that text's heading (做法 / the paragraph the excerpt cut)
    picks = [(ln, x) for ln, x in picks if not any(b.start >= ln.next and not any(view[m.start : m.end].strip() for m in foot
                                                                                   if ln.next <= m.start < b.start) for b in stays)]
    new: list[Candidate] = []
    for ln, x in picks:
        new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a short line among the furniture of the page's foot: {x[:30]}",
                              priority=5, data={"unit": "foot_leftover", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


#: a site's copyright line (Copyright © 2009-2025, 版权所有：某某, ©2024 某某网)
_COPYRIGHT_LINE_RE = re.compile(r"(?i:copyright)|©|版权所有")


#: a page's breadcrumb: where the reader stands (当前位置：…, 您所在位置：…) or the home page's first step (首页 > …);
#: a forum thread's counts over its title (查看: 2557|回复: 0) stand where a crumb does
_HEAD_CRUMB_RE = re.compile(r"查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+|(?:当前|现在)的?位置|您的位置|您所在(?:的)?位置|所在位置|^(?:网站)?首\s?页\s*[>»›＞/|｜]|^主页\s*[>»›＞]"
                            r"|^(?:网站)?首\s?页(?:[ \t\u3000]+\S{2,12}){1,8}$")
#: a report's own outline heading (一、…, （二）…): a site's head numbers its items with digits, if at all
_CHINESE_OUTLINE_RE = re.compile(r"[一二三四五六七八九十]{1,3}\s?[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分]")
#: a menu of short words in a row (首页 资讯 视频 图集): no title
_MENU_ROW_RE = re.compile(r"[|｜]|(?:^|\s)\S{1,4}\s+\S{1,4}\s+\S{1,4}(?:\s|$)")


def _take_head_above_crumb(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A page's breadcrumb the detectors took (当前位置：首页 > 新闻中心 > 正文) opens the article: what stands
    above it, with no paragraph of prose among it, is the site's head (its menu, a login box, a sidebar of other
    headlines, a column's monthly archive), and the lines the detectors left there go too — but for the
    page's title, the last line above the crumb that reads as one (8-80 characters, no menu), and a subtitle
    beside it (——记某某). A crumb below the report's prose (a foot's menu) takes nothing."""
    if not any(c.action == "removed" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    crumb = None
    for k, ln in enumerate(filled[:41]):
        x = view[ln.start : ln.end].strip()
        if len(x) >= 20 and "。" in x and not gone(ln) or _CHINESE_OUTLINE_RE.match(x):
            break  # prose or the report's outline (一、, （二）): a crumb below it is no head's
        if len(x) <= 120 and _HEAD_CRUMB_RE.search(x) and gone(ln):
            crumb = k  # the last one above the text (a menu opening 首页 | … may stand above the crumb)
    if not crumb:
        return
    left = [k for k in range(crumb) if not gone(filled[k])]
    texts = {k: view[filled[k].start : filled[k].end].strip() for k in left}
    titles = [k for k in left if 8 <= len(texts[k]) <= 80 and not _MENU_ROW_RE.search(texts[k])]
    keep = set()
    below = next((view[ln.start : ln.end].strip() for ln in filled[crumb + 1 :] if not gone(ln)), "")
    if (8 <= len(below) <= 80 and "。" not in below and not _MENU_ROW_RE.search(below) and not below.startswith(("—", "－", "-")) and not _CHINESE_OUTLINE_RE.match(below)
            and not re.search(r"(?:19|20)\d\d[-/.年]|[:：]\s*$", below) and len(re.findall(r"[\u4e00-\u9fff]", below)) >= 6):
        titles = []  # the title stands under the crumb (no subtitle, heading or date line): nothing above it is the page's
    if titles:
        t = titles[-1]
        keep = {t} | {k for k in (t - 1, t + 1) if k in texts and texts[k].startswith(("—", "－", "-"))}
        if texts[t].startswith(("—", "－", "-")) and t - 1 in texts:
            keep.add(t - 1)  # the subtitle (——记某某) under the title
    new = [Candidate("furniture", filled[k].start, filled[k].end, "removed", f"the site's head above its breadcrumb: {texts[k][:30]}",
                     priority=5, data={"unit": "head_above_crumb", "score": 0.85, "detector": "leftovers"})
           for k in left if k not in keep and not any(c.start < filled[k].end and c.end > filled[k].start and c.action == "removed"
                                                      for c in kept)]  # (a flag on a placeholder in it does not count)
    _add_leftovers(kept, new)


#: an e-paper's masthead (某某报数字报纸, 某某日报电子版): the paper's name before it
_EPAPER_MASTHEAD_RE = re.compile(r"[ \t\u3000]*(?P<paper>[\u4e00-\u9fff]{2,12}?(?:报|刊))(?:数字报纸?|电子版|数字报刊)[ \t\u3000]*")


def _take_epaper_head(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """An e-paper's page (its masthead taken: 某某报数字报纸) names the paper again in its head: alone on a line
    (某某报), and before its section and the page's headlines in a row (某某报新农村周刊 村官 某某：某村第一位女支书
    某某传授技术 …): those lines go, above the first paragraph of prose."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    paper = next((m.group("paper") for ln in filled[:5] if gone(ln)
                  and (m := _EPAPER_MASTHEAD_RE.fullmatch(view, ln.start, ln.end))), None)
    if paper is None:
        return
    row = re.compile(rf"[ \t\u3000]*{re.escape(paper)}(?:[\u4e00-\u9fff]{{0,8}}(?:[ \u3000]+[^\s]{{2,40}}){{2,}})?[ \t\u3000]*")
    new = []
    for ln in filled[:40]:
        x = view[ln.start : ln.end].strip()
        if len(x) >= 30 and "。" in x:
            break  # the text
        if not gone(ln) and row.fullmatch(view, ln.start, ln.end):
            new.append(Candidate("furniture", ln.start, ln.end, "removed", f"the e-paper's name and headlines in its head: {x[:30]}",
                                 priority=5, data={"unit": "epaper_head", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


def _take_bracketed_title_copies(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The page's title in corner brackets glued into the text below it (【某某的发源地】某厂某队总有着讲不完的…):
    a mirror site's copy of its title, spliced where a paragraph starts; the title line itself stays."""
    gone = _removed_whole(view, kept)
    first = next((ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)), None)
    if first is None:
        return
    title = view[first.start : first.end].strip()
    if not 4 <= len(title) <= 40 or re.search(r"[。！？!?【】\[\]]", title):
        return
    new = [Candidate("furniture", m.start(), m.end(), "removed", f"the page's title in brackets glued into the text: {title[:30]}",
                     priority=5, data={"unit": "bracketed_title_copy", "score": 0.9, "detector": "leftovers"})
           for m in re.compile(r"[【\[]" + re.escape(title) + r"[】\]]").finditer(view, first.next)
           if not any(c.start < m.end() and m.start() < c.end for c in kept)]
    _add_leftovers(kept, new)


def _partly_taken(touched: list[tuple[int, int]], ln: Line) -> bool:
    """Whether one of the spans ``touched`` (sorted by start) overlaps line ``ln``."""
    k = bisect.bisect_left(touched, (ln.start, -1))
    return any(s < ln.end and e > ln.start for s, e in touched[max(0, k - 8) : k + 8])


#: the caption model's score for a sentence of its own above the report's first paragraph to be a picture's caption
HEAD_CAPTION_SCORE = 0.4
#: what a caption sentence never holds: a colon, an exclamation, a question, a semicolon
_NOT_CAPTION_RE = re.compile(r"[：:！？!?；;]")
#: a news lead's opening words: a day spoken of relatively, then a comma (昨天，一场特殊的党日活动在某某举行。): the text's
#: first sentence on a line of its own; a caption names its day (7月1日，…) or none
_LEAD_DAY_RE = re.compile(r"(?:昨天|今天|前天|昨日|今日|近日|日前|近期|当天|当日)[，,]")
#: a feature's label over its lead (核心阅读, 编者按, 导读, 阅读提示): what follows is the lead's text, not a picture's caption
_LEAD_LABEL_RE = re.compile(r"[【\[]?(?:核心阅读|编者按|编者的话|导读|导语|引言|前言|内容提要|阅读提示|提要)[】\]]?[ \u3000]*[:：]?")


def _take_head_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A news page's pictures above the text: a line of one sentence closed by its full stop, above the
    report's first paragraph of prose, that the caption model reads as who does what, where (马海村新貌。,
    某某向村委会捐赠电视机。, 教官指导队员进行射击训练。; :mod:`deedsnlp.clean.captionmodel`). A report's title
    has no full stop, and its opening sentence on a line of its own speaks of a season or a spirit
    (金秋高原，寒意渐浓。), which the model leaves."""
    from .captionmodel import caption_model

    gone = _removed_whole(view, kept)
    touched = sorted((c.start, c.end) for c in kept)
    model = caption_model()
    new: list[Candidate] = []
    above = ""  # the line right above, blank or not
    for ln in lines:
        x = view[ln.start : ln.end].strip()
        before, above = above, x
        if not x or gone(ln):
            continue
        if len(x) >= 30 and "。" in x:
            break  # the report's first paragraph
        if not (6 <= len(x) <= 60 and x.endswith("。") and "。" not in x[:-1]) or _NOT_CAPTION_RE.search(x):
            continue
        if _LEAD_DAY_RE.match(x):
            continue  # the news lead's first sentence
        if len(before) >= 20 and before[-1] not in "。！？!?”\"：:）)":
            continue  # the end of a sentence wrapped from the line right above (…基层代表在会上 / 发言。)
        if before.endswith(("；", ";")):
            continue  # the last item of a list whose items close with semicolons (依托某某平台； / 依托某某平台。)
        if _LEAD_LABEL_RE.fullmatch(before):
            continue  # the first sentence under a feature's lead label (核心阅读 / 强国必先强农，农强方能国强。): no picture's
        if _partly_taken(touched, ln):
            continue  # a line partly taken is the other rules'
        score = model.score(x)
        if score >= HEAD_CAPTION_SCORE:
            new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a picture's caption above the text: {x[:30]}",
                                  priority=5, data={"unit": "head_caption", "score": round(score, 3), "detector": "caption model"}))
    else:
        return  # no paragraph of prose below: a line of the report's own, a page of one sentence
    _add_leftovers(kept, new)


#: a line that is one bracketed sentence closed by its full stop ((某某书记在表彰大会现场。), (图中左三为某某。))
_BRACKETED_SENTENCE_RE = re.compile(r"[（(]([^()（）\n:：;；]{5,60}[。.])[)）]")


#: what a report's own note in brackets speaks of: its figures, its sources, the text itself (（以上数据截至某年底。）)
_TEXT_NOTE_RE = re.compile(r"以上|以下|上述|下同|数据|截至|截止|统计|注[:：]|本文|本材料|详见|见附件|单位[:：]|资料来源|来源于")


def _take_bracketed_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A picture's caption written as a sentence in brackets on a line of its own ((某某镇党委书记某某在
    大会现场。), (正在蓬勃发展的某某镇。)), anywhere on the page, when the caption model reads it as who does
    what, where (0.5 or more), or whatever it reads, when the sentence speaks of no figures, sources or text (a
    picture's moment told at length: (7月24日，某某刚刚结束救援工作回到职场，啃着一个面包解决午餐。)). A report's own note
    in brackets (（以上数据截至某年底。）) speaks of figures or of the text; a line partly taken is the other rules'."""
    from .captionmodel import caption_model

    if "。)" not in view and "。）" not in view and ".)" not in view and ".）" not in view:
        return
    gone = _removed_whole(view, kept)
    touched = sorted((c.start, c.end) for c in kept if c.action == "removed")
    model = caption_model()
    new: list[Candidate] = []
    for ln in lines:
        x = view[ln.start : ln.end].strip()
        m = _BRACKETED_SENTENCE_RE.fullmatch(x) if x else None
        if m is None or gone(ln):
            continue
        if _partly_taken(touched, ln):
            continue
        score = model.score(m.group(1))
        if score >= 0.5 or not _TEXT_NOTE_RE.search(m.group(1)):
            new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a picture's caption in brackets: {x[:30]}",
                                 priority=5, data={"unit": "bracketed_caption", "score": round(score, 3), "detector": "caption model"}))
    _add_leftovers(kept, new)


#: what a document's title ends in (某某实施方案, 某某工作总结, 某某事迹材料)
_DOC_TITLE_END_RE = re.compile(r"(?:方案|总结|材料|报告|汇报|事迹|讲话|发言|计划|范文|申报书|申请书|纪实)(?:[（(][^()（）]{1,8}[)）])?")


def _take_glued_title_copy(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A document site's file title glued before the document's own title on the page's first line
    (某医院党员活动室建设方案xx医院党员活动室建设方案 根据…, 2023年关于某社区…实施方案关于某社区…实施方案…): the
    first copy goes, the document's title and text stay. The copy ends in a document's word and its last ten
    characters come again right after it."""
    first = next((ln for ln in lines if view[ln.start : ln.end].strip()), None)
    if first is None:
        return
    start = first.start
    for c in kept:  # what other rules took at the line's start (a chunk's number 1、)
        if c.action == "removed" and c.start <= start < c.end:
            start = c.end
    while start < first.end and view[start] in " \t\u3000":
        start += 1
    x = view[start : first.end]
    for m in _DOC_TITLE_END_RE.finditer(x, 8, 62):
        head, rest = x[: m.end()], x[m.end() : m.end() + m.end() + 12]
        if len(head) >= 10 and head[-10:] in rest and not re.search(r"[。！？!?；;，,]", head):
            if not any(c.start < start + 2 * m.end() + 12 and start < c.end and c.action == "removed" for c in kept):
                # (one copy taken already: 标题 written twice is another rule's, which leaves the first)
                _add_leftovers(kept, [Candidate("furniture", start, start + m.end(), "removed",
                                                f"a document site's file title before the document's own: {head[:30]}", priority=5,
                                                data={"unit": "glued_title_copy", "score": 0.9, "detector": "leftovers"})])
            return
    # a flattened document's title, its subtitle, then the title again before the text (某某典型事迹材料 担当作为…
    # 某某典型事迹材料 一年来，…): the second copy goes, the first stays the title
    m = re.match(r"([^\s。！？!?；;，,]{6,40}?)[ \u3000]+", x)
    if m is None or not any(e.end() == len(m.group(1)) for e in _DOC_TITLE_END_RE.finditer(m.group(1))):
        return
    title = m.group(1)
    k = x.find(title, m.end(), 160)
    if k < 0 or x[k - 1] not in " \u3000" or k + len(title) < len(x) and x[k + len(title)] not in " \u3000":
        return
    a, b = start + k, start + k + len(title)
    while b < first.end and view[b] in " \u3000":
        b += 1
    if not any(c.start < b and a < c.end and c.action == "removed" for c in kept):
        _add_leftovers(kept, [Candidate("furniture", a, b, "removed", f"the document's title again after its subtitle: {title[:30]}",
                                        priority=5, data={"unit": "glued_title_copy", "score": 0.9, "detector": "leftovers"})])


#: a site's summary line: its label, then the first words of the text (概要：某某馆成立于…, 导读：…, 简要内容：…)
_SUMMARY_LINE_RE = re.compile(r"[ \t\u3000]*[【\[]?(?:内容|文章|文档|资源)?(?:概[ \u3000]?要|摘[ \u3000]?要|导[ \u3000]?读|简[ \u3000]?介|描述|核心提示|简要内容|提[ \u3000]?要)[】\]]?(?:[ \u3000]*[:：]|[ \u3000]+)[ \u3000]*(?P<text>\S.*)")


def _retold_below(view: str, summary: str, start: int) -> bool:
    """Whether twelve characters in a row of ``summary`` stand again in ``view`` from ``start`` on: a news portal's
    核心提示 retelling the text's first paragraph in its own words around the same phrases."""
    below = view[start : start + 3000]
    return any(summary[k : k + 12] in below for k in range(0, max(0, len(summary) - 11)) if cjk_count(summary[k : k + 12]) == 12)


def _take_summary_copies(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A site's summary line (概要：…, 导读：…) whose text the page shows again as the report's own: the
    summary goes, the text stays. A journal's abstract told once stays, and so does one over its keywords line."""
    if not any(w in view for w in ("要", "导读", "简介", "描述", "提示")):  # (简要内容 and 提要 hold 要)
        return
    touched = sorted((c.start, c.end) for c in kept if c.action == "removed")
    new: list[Candidate] = []
    for ln in lines:
        m = _SUMMARY_LINE_RE.fullmatch(view, ln.start, ln.end)
        if m is None or len(m.group("text").strip()) < 20:
            continue
        start = ln.start
        if _partly_taken(touched, ln):
            # the label alone taken already (核心提示：, 摘要 after a publishing line): the summary's text goes after it
            over = [(a, b) for a, b in touched if a < ln.end and b > ln.start]
            if any(b > m.start("text") for a, b in over):
                continue
            start = max(b for a, b in over)
        if any(c.data.get("unit") == "paper_abstract_label" and ln.start <= c.start < ln.end for c in kept):
            continue  # a paper's own abstract over its keywords (摘 要：… / 关键词：…), whatever its text says again
        probe = m.group("text").strip()[:20]
        if view.find(probe, ln.next) < 0 and view.rfind(probe, 0, ln.start) < 0 and not (
                "核心提示" in view[ln.start : m.start("text")] and _retold_below(view, m.group("text"), ln.next)):
            continue
        new.append(Candidate("furniture", start, ln.next, "removed", f"a site's summary of the text shown below: {probe}",
                             priority=5, data={"unit": "summary_copy", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


#: Latin dots closing a paragraph cut mid-sentence (…个人自学33次，召..., …这两年, ...)
_CUT_DOTS_RE = re.compile(r"(?<=[\u4e00-\u9fff，,、])[ \u3000]?(?:\.{3,6}|…{6,})[ \t\u3000]*$")  # (or a row of ellipses: ………………)
#: a link to the whole text under a teaser (全文地址：…, 阅读全文)
_WHOLE_TEXT_RE = re.compile(r"[ \t\u3000]*(?:全文|阅读全文|查看全文|原文|全文地址|原文地址|原文链接)")


def _take_truncation_dots(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A teaser's cut: Latin dots closing the page's last paragraph, or the paragraph over a link to the
    whole text, cut mid-sentence (…开展中心组集中研讨11次，召...). A paragraph of prose only (forty
    characters, a clause's comma): other articles' headlines cut off with dots are the link-tail rules'."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)]
    new = []
    for k, ln in enumerate(filled):
        last = k == len(filled) - 1
        if not (last or _WHOLE_TEXT_RE.match(view, filled[k + 1].start, filled[k + 1].end)):
            continue
        x = view[ln.start : ln.end]
        m = _CUT_DOTS_RE.search(x)
        if m is None or len(x.strip()) < 40 or not re.search(r"[，,]", x):
            continue
        s, e = ln.start + m.start(), ln.start + m.end()
        if not any(c.action == "removed" and c.start < e and s < c.end for c in kept):
            new.append(Candidate("furniture", s, e, "removed", "a teaser's dots where the text was cut", priority=5,
                                 data={"unit": "cut_dots", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


def _take_cut_watermark_tail(view: str, kept: list[Candidate]) -> None:
    """The excerpt's cut through a watermark the page stamps again and again (…等工作上。某某快讯网 / … / …工作上。某某快):
    the watermark's first characters glued after the text's last sentence go too. Not alone on the last line, where a
    unit signs off (某某村党支部 under the title 某某村党支部事迹材料 the page showed twice)."""
    removed = [c for c in kept if c.action == "removed"]
    end = len(view.rstrip())
    if not removed or any(c.start < end <= c.end for c in removed):
        return
    marks = {view[c.start : c.end].strip() for c in removed if c.end - c.start <= 40}
    marks = sorted((w for w in marks if len(w) >= 4 and "\n" not in w and re.search("[\u4e00-\u9fff]", w)), key=len, reverse=True)
    for w in marks:
        for k in range(len(w) - 1, 1, -1):
            s = end - k
            # (a stamp: the same words taken twice or more; counted only for a prefix that closes the text)
            if s > 0 and view.startswith(w[:k], s) and view[s - 1] in "。！？!?”" and view.count(w) >= 2:
                _add_leftovers(kept, [Candidate("watermark", s, end, "removed", f"the page's watermark cut by the excerpt's end: {w[:k]}",
                                                priority=5, data={"unit": "cut_watermark", "score": 0.9, "detector": "leftovers"})])
                return


#: a reprint's label before the original title, opening its line (原标题：)
_ORIGINAL_LABEL_RE = re.compile(r"[ \t\u3000]*(?:原标题|来源标题|原文标题)[ \u3000]*[:：][ \u3000]*")


def _keep_opening_original_title(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A reprint's 原标题：… line that opens the page (nothing above it stays but paragraphs of text, where the excerpt
    opened mid-page) is the page's only title: the label goes and the title stays. Below the page's own headline the
    line goes whole."""
    gone = _removed_whole(view, kept)
    for c in kept:
        if c.action != "removed" or c.data.get("unit") != "original_title":
            continue
        ln = next((x for x in lines if x.start <= c.start < x.next), None)
        m = _ORIGINAL_LABEL_RE.match(view, ln.start, ln.end) if ln is not None else None
        if m is None or c.start > m.start() or m.end() >= ln.end:
            continue
        above = [x for x in lines if x.next <= ln.start and view[x.start : x.end].strip() and not gone(x)]
        if above and (any(not _is_body_line(view, x) for x in above) or len(above) > 2
                      or not any(_is_body_line(view, x) for x in lines if x.start >= ln.next)):
            continue  # the page's own headline stands above; a paragraph or two above, with the text going on below, are
            # the lead the excerpt opened in; at the page's foot the line goes whole
        c.end = m.end()
        c.reason = f"a reprint's label before the original title, the page's only title: {view[m.start():m.end()].strip()}"
        return


#: a news page's publishing line under its headline (发布时间：…, 来源：…, 作者：…, or the day and hour alone: 2021-12-13 17:43)
_PUBLISHING_LINE_RE = re.compile(f"{PUBLISHING_ACT}{PUBLISHING_TIME}|{SOURCE_OR_WRITER}{LABEL_COLON}|"
                                 r"^[ \t\u3000]*[-—]?[ \t\u3000]*(?:19|20)\d\d[ \u3000]*[-年./][ \u3000]*\d{1,2}[ \u3000]*[-月./][ \u3000]*\d{1,2}")
#: what a site's name, a menu, a crumb or a field of the page's credits carries and a headline does not
_NO_HEADLINE_RE = re.compile(r"[|｜>»_]|(?:网|網|报|報|频道|頻道|在线|在線|客户端)$|^[-•·\s]*(?:审核|審核|审稿|编辑|編輯|责编|校对|作者|文|图|圖|"
                             r"摄影|攝影|来源|來源|时间|時間|日期|点击|點擊|浏览|發布|发布|供稿|撰稿|通讯员|記者|记者|[初复终]审)[ \u3000]*[:：]")
#: how a column's label ends (党建动态, 工作信息, 通知公告): over a publishing line it names the column, not the item
_COLUMN_END_RE = re.compile(r"(?:动态|新闻|要闻|资讯|快讯|简讯|专栏|园地|工作|信息|公告|通知|频道|头条|视频|图片)$")
#: the detectors whose reading of a line is a guess from its words (the line model's, the caption shapes'): a
#: page's structure may overrule them
_GUESSING_DETECTORS = ("line model", "line model + neighbours")


def _keep_headline_over_publishing_line(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The page's first line of text right over its publishing line (a headline / 发布时间：… 来源：…, a headline / 2021-12-13
    17:43) is the page's title, whatever the line model or a caption shape read in its words (…交流平台…正能量, …搬到光伏
    工作现场): the candidate that took it whole goes from ``kept``. Not a site's name, a menu, a crumb, a line the page shows
    again, a sentence, a column's label (党建动态); not where a line of text above it stays."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()][:10]
    for k in range(1, len(filled)):
        pub = filled[k]
        if not _PUBLISHING_LINE_RE.search(view, pub.start, pub.end):
            continue
        head = filled[k - 1]
        if not gone(head) or not gone(pub) or not all(gone(x) for x in filled[: k - 1]):
            return  # the publishing line is the page's own (left), or a line of text stays above the headline
        t = view[head.start : head.end].strip()
        if not (4 <= len(t) <= 40 and len(re.findall(r"[\u4e00-\u9fff]", t)) >= 4) or _COLUMN_END_RE.search(t) or re.search(r"[。！？!?]", t[:-1]) \
                or _NO_HEADLINE_RE.search(t) or _PUBLISHING_LINE_RE.search(t) or view.count(t) > 1:
            return
        _undo_guess(kept, head, units=("caption", "scene_caption"))
        return


def _undo_guess(kept: list[Candidate], ln: Line, units: tuple[str, ...] = ()) -> None:
    """Give a line back that one candidate took whole on a guess from its words (the line model's, or one of ``units``)."""
    taking = [c for c in kept if c.action == "removed" and c.start < ln.end and c.end > ln.start and c.kind != "pinyin"]
    if len(taking) == 1 and (taking[0].data.get("detector") in _GUESSING_DETECTORS or taking[0].data.get("unit") in units):
        kept.remove(taking[0])


#: the units of a site's name glued after the page's title on its first line (某某纪实-新华网, 某某活动_某某网)
_SITE_SUFFIX_UNITS = frozenset({"title_site_suffix", "site_after_title"})


def _prefer_headline_over_site_title(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A page's <title> line opens the page, the site's name glued after it (某某纪实-新华网, 某某活动_某某网): the
    furniture rules take the name and leave the title, and the duplicate rule then takes the headline below as a
    copy of it. The headline is the report's own title: it comes back, and the <title> line goes whole. (On the
    gathered pages, four such lines were annotated junk whole, and none kept.)"""
    filled = [ln for ln in lines[:12] if view[ln.start : ln.end].strip()]
    for k, ln in enumerate(filled[:3]):
        suffix = next((c for c in kept if c.action == "removed" and c.data.get("unit") in _SITE_SUFFIX_UNITS
                       and ln.start < c.start < ln.end <= c.end), None)
        if suffix is None:
            continue
        if any(c.action == "removed" and c is not suffix and c.start < suffix.start and c.end > ln.start for c in kept):
            return  # the title's own words partly taken: leave the line to the rules that took them
        head = view[ln.start : suffix.start].strip()
        if len(re.findall(r"[\u4e00-\u9fff]", head)) < 6:
            return
        for other in filled[k + 1 : k + 8]:
            if view[other.start : other.end].strip() != head:
                continue
            dup = [c for c in kept if c.kind == "duplicate_paragraph" and c.start <= other.start and c.end >= other.end]
            if not dup:
                return
            for c in dup + [suffix]:
                kept.remove(c)
            _add_leftovers(kept, [Candidate("furniture", ln.start, ln.next, "removed", f"the page's title line with its site's name, the headline below: {head[:30]}",
                                            priority=5, data={"unit": "site_title_line", "score": 0.9, "detector": "leftovers"})])
            return
        return


#: a document site's first page label after the document's title (某某调研报告_第1页, 某某方案.docx_第1页)
_PAGED_TITLE_RE = re.compile(r"[ \t\u3000]*(?P<title>[^\n]{4,60}?)(?:\.(?:docx?|pdf|pptx?|txt))?[_＿]?第1页[ \t\u3000]*")


def _take_paged_title_copy(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A document site's label of the document's first page (某某调研报告_第1页) loses its page label to the
    furniture rules and leaves the title; where the document's text opens with the same title lower on the page
    (under 文档简介: 某某调研报告一、基本情况…), the label's line is the site's copy and goes whole, the text's stays."""
    if "第1页" not in view:
        return
    gone = _removed_whole(view, kept)
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    for ln in lines[:6]:
        m = _PAGED_TITLE_RE.fullmatch(view, ln.start, ln.end)
        if m is None or gone(ln):
            continue
        t = m.group("title").strip()
        if len(re.findall(r"[\u4e00-\u9fff]", t)) < 4 or _partly_taken(removed, Line(0, m.start("title"), m.start("title") + len(t), 0)):
            return
        j = view.find(t, ln.next)
        while j >= 0:
            head = view[view.rfind("\n", 0, j) + 1 : j]
            if not any(s <= j < e for s, e in removed) and not any(view[a:b].strip() for a, b in _gaps(removed, j - len(head), j)):
                _add_leftovers(kept, [Candidate("furniture", ln.start, ln.end, "removed", f"a document site's copy of the title over its page label: {t[:30]}",
                                                priority=5, data={"unit": "paged_title", "score": 0.9, "detector": "leftovers"})])
                return
            j = view.find(t, j + len(t))
        return


def _keep_one_title_copy(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The repeated-title rule takes a copy of the page's title on the understanding that another copy stays. Where
    the other copy went afterwards as a row of a widget whose rows share their fate (an e-paper's list of the issue's
    headlines holding the title, its other rows taken as headlines, or its index of headlines around the title's
    entry; or a title spaced out that the line model took), the copy the repeated-title rule took comes back: the
    report keeps its title. Only a line of four Chinese characters or more, no sentence. (Copies other
    rules took for their own words stay gone: on the gathered pages those were other headlines, captions, bylines
    and site names shown twice, not the report's title.)"""
    gone = _removed_whole(view, kept)
    for c in [c for c in kept if c.data.get("detector") == "repeated title" and c.action == "removed"]:
        mine = [ln for ln in lines if ln.start < c.end and ln.end > c.start and view[ln.start : ln.end].strip()]
        if len(mine) != 1 or not (c.start <= mine[0].start and c.end >= mine[0].end):
            continue
        t = view[mine[0].start : mine[0].end].strip()
        if len(re.findall(r"[\u4e00-\u9fff]", t)) < 4 or re.search(r"[。！？!?]", t):
            continue
        others = [ln for ln in lines if ln is not mine[0] and view[ln.start : ln.end].strip() == t]
        if len(others) != 1 or not gone(others[0]):
            continue
        takers = [x for x in kept if x.action == "removed" and x.start < others[0].end and x.end > others[0].start]
        # (or a title spaced out character by character, 情 洒 牧 医 写 春 秋, that the line model took for a menu's
        # spaced words above the copy: the copy under it is the title)
        if all(x.data.get("unit") in ("widget_row", "headline_index") for x in takers) or (
                _SPACED_CHARS_RE.fullmatch(t) and len(t.split()) >= 5 and all(x.data.get("detector") == "line model" for x in takers)):
            kept.remove(c)
            return


#: a main title's characters: Chinese words, spaces between them, quotation marks
_TITLE_WORDS_RE = re.compile(r"[\u4e00-\u9fff“”\"‘’·、 \u3000]+")


def _keep_title_over_subtitle(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A short line right over the subtitle that names whom or what it is about (情 满 旅 途 / ——记某某公司驾驶员某某) is the
    report's main title, whatever the line model read in its shape (spaced characters read as a menu's): the guess that
    took it whole goes from ``kept``. Not a line of the site's (a name, a menu, a crumb, a field), not a sentence; the
    subtitle a short line (a paragraph opening with a dash is the text's)."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()][:20]
    for k in range(len(filled) - 1):
        head, sub = filled[k], filled[k + 1]
        s = view[sub.start : sub.end].strip()
        if not s.startswith(("——", "--", "－－", "—")) or len(s) > 50 or "。" in s or gone(sub) or not gone(head):
            continue
        t = view[head.start : head.end].strip()
        if not (2 <= len(t) <= 40 and len(re.findall(r"[\u4e00-\u9fff]", t)) >= 4) or not _TITLE_WORDS_RE.fullmatch(t) \
                or _NO_HEADLINE_RE.search(t):
            continue  # (Chinese words only: a crumb, a site's slogan or a field the hijacker put there has its marks)
        _undo_guess(kept, head)


#: how a column's tag ends over a headline, besides the column names' tails of ``junk_furniture.yaml`` (党建工作, 党务公开,
#: 党建活动, 公告消息, 医疗特色, 子分公司介绍, 社会实践, 教育服务): the layout below it says it is the site's
_MORE_COLUMN_TAILS = ("工作", "公开", "活动", "消息", "特色", "介绍", "实践", "服务")
#: a headline: a line of six Chinese characters or more, no sentence inside, no subtitle's dash or 记 opening it
_HEADLINE_RE = re.compile(r"(?![—\-－─–记])(?=(?:[^\n]*?[\u4e00-\u9fff]){6})[^\n。！？!?]{8,60}[。！？!?]?")


def _take_column_over_headline(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A news item's column tag on its own line over its headline, the item's publishing line (taken) under the headline
    (党建工作 / 某某公司党支部开展清理排水沟活动 / 发布时间：2022-08-09): the tag goes, whatever words the text repeats. Two
    to eight Chinese characters ending as a column's name does (工作, 动态, 公开, 风采 …; a main title over its subtitle
    (燃烧的红烛 / ——记某某) ends otherwise), in the page's head (no paragraph of prose above)."""
    gone = _removed_whole(view, kept)
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    tails = column_tails() + _MORE_COLUMN_TAILS
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()][:16]
    new = []
    for k in range(len(filled) - 2):
        tag, head, pub = filled[k : k + 3]
        x = view[tag.start : tag.end].strip()
        if len(x) >= 25 and "。" in x and not gone(tag):
            break  # prose: the head is over
        if gone(tag) or not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", x) or not x.endswith(tails):
            continue
        h = view[head.start : head.end].strip()
        if gone(head) or h == x or not _HEADLINE_RE.fullmatch(h) or _NO_HEADLINE_RE.search(h):
            continue
        if not _PUBLISHING_LINE_RE.search(view[pub.start : pub.end].strip()) or any(
                view[a:b].strip() for a, b in _gaps(removed, pub.start, pub.end)):
            continue  # (the publishing line taken whole, by one candidate or by its fields' several)
        new.append(Candidate("furniture", tag.start, tag.end, "removed", f"a column's tag over the headline: {x}", priority=5,
                             data={"unit": "column_over_headline", "score": 0.85, "detector": "leftovers"}))
    _add_leftovers(kept, new)


def _prefer_title_below_reading_label(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A page that shows its title after a reading label (正在阅读：【栏目】某某) and again under its crumb: the
    labelled line goes whole and the title below stays (the repeated-title or the repeated-paragraph rule took the
    later copy)."""
    labels = [c for c in kept if c.action == "removed" and c.data.get("unit") == "reading_label"]
    if not labels:
        return
    key = lambda a, b: re.sub(r"[\s【】\[\]]+", "", view[a:b])  # noqa: E731
    for c in labels:
        ln = next((x for x in lines if x.start <= c.start < x.end), None)
        if ln is None:
            continue
        shown = key(c.end, ln.end)
        copy = next((d for d in kept if d.action == "removed" and (d.data.get("detector") == "repeated title" or d.kind == "duplicate_paragraph")
                     and d.start >= ln.next and key(d.start, d.end) == shown), None)
        if len(shown) < 8 or copy is None:
            continue
        kept.remove(copy)  # the title below stays
        kept[:] = [d for d in kept if not (d.action == "removed" and ln.start <= d.start and d.end <= ln.next)]
        _add_leftovers(kept, [Candidate("furniture", ln.start, ln.next, "removed",
                                        f"the page's reading label with the title it shows (the title stands below, line {copy.data.get('line', '')})",
                                        priority=5, data={"unit": "reading_label_line", "score": 0.9, "detector": "leftovers"})])


def _take_item_title_copies(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A collection item's label taken (篇一：) before the collection's own title again (某县党建品牌 under
    某县党建品牌9篇): the copy goes with its label. An item's own heading (篇一：一名乡村教师的初心) stays."""
    gone = _removed_whole(view, kept)
    first = next((ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)), None)
    if first is None:
        return
    title = re.sub(r"\s+", "", view[first.start : first.end])
    new: list[Candidate] = []
    for c in kept:
        if c.action != "removed" or c.data.get("unit") != "collection_label":
            continue
        ln = next((x for x in lines if x.start <= c.start < x.end), None)
        if ln is None or ln is first or c.end >= ln.end:
            continue
        rest = re.sub(r"\s+", "", view[c.end : ln.end])
        if len(rest) >= 6 and title.startswith(rest) and len(title) - len(rest) <= 6:
            new.append(Candidate("furniture", c.end, ln.end, "removed", f"the collection's title again under an item's label: {rest[:30]}",
                                 priority=5, data={"unit": "item_title_copy", "score": 0.9, "detector": "repeated title"}))
    _add_leftovers(kept, new)


def _take_split_title_copies(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The page's title shown again broken over two lines (某某支行： / 担当社会责任 弘扬雷锋精神 under
    某某支行：担当社会责任 弘扬雷锋精神): both pieces go, the title on one line stays. Only a title of ten
    characters or more without a sentence's end, its copy within the next twelve lines."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)]
    if len(filled) < 3:
        return
    key = lambda ln: re.sub(r"\s+", "", view[ln.start : ln.end])  # noqa: E731
    for k, ln in enumerate(filled[:8]):
        title = key(ln)
        if len(title) < 10 or len(title) > 80 or re.search(r"[。！？!?]", title[:-1]):
            continue
        for j in range(k + 1, min(k + 12, len(filled) - 1)):
            a, b = filled[j], filled[j + 1]
            if key(a) and key(b) and key(a) + key(b) == title and b.number == a.number + 1:
                _add_leftovers(kept, [Candidate("furniture", x.start, x.next, "removed",
                                                f"the page title shown again over two lines (first on line {ln.number})", priority=5,
                                                data={"unit": "split_title_copy", "score": 0.9, "detector": "repeated title"})
                                      for x in (a, b)])
                return
        return  # the first title-like line only


#: a journal article's funding label alone on its line (基金, 基金项目, 【基金】)
_FUND_LABEL_RE = re.compile(r"[【\[]?(?:基金|基金项目|项目基金|资助项目)[】\]]?[ \u3000]*[:：]?")
#: a funded project's line: a project named, its number in brackets closing the line (…研究”(GFD22011), …项目(某发(2022)33号)。)
_FUND_ITEM_RE = re.compile(r"[^\n。]{4,160}(?:项目|课题|基金|计划|专项)[^\n。]{0,80}?[（(][^\n]*?(?:[A-Za-z]{1,12}\d{2,}|\d{4,}|\d号)[^\n]*?[)）][。;；]?")


def _take_fund_items(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A journal page's funding block: under its label (基金), the projects that paid for the article, one
    a line, each with its number in brackets. Only under the label: a report's sentence on a project of its
    own (承担省级课题一项（2022年）。) stands under no such label."""
    if "基金" not in view and "资助项目" not in view:
        return
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    new: list[Candidate] = []
    for k, ln in enumerate(filled):
        if not _FUND_LABEL_RE.fullmatch(view[ln.start : ln.end].strip()):
            continue
        new.append(Candidate("furniture", ln.start, ln.end, "removed", "a journal's funding label",
                             priority=5, data={"unit": "fund_item", "score": 0.9, "detector": "journal fields"}))
        for nxt in filled[k + 1 : k + 8]:
            x = view[nxt.start : nxt.end].strip()
            if not _FUND_ITEM_RE.fullmatch(x):
                break
            new.append(Candidate("furniture", nxt.start, nxt.end, "removed", f"a funded project under the journal's label: {x[:30]}",
                                 priority=5, data={"unit": "fund_item", "score": 0.9, "detector": "journal fields"}))
    if new:
        _add_leftovers(kept, [c for c in new if not any(d.start < c.end and c.start < d.end for d in kept if d.action == "removed")])


#: a newspaper's byline after its box: □某某 某某·某某某 某 某 (a name of two characters may be spaced out)
_BOX_BYLINE_RE = re.compile(r"[□■][ \u3000]*(?P<names>[\u4e00-\u9fff·]{1,12}(?:[ \u3000]+[\u4e00-\u9fff·]{1,12}){0,5})")

#: a writing group in a box as a byline (■某某市委组织部课题组, □本报评论员), or reporters whose names the page ran
#: together after their role (□全媒记者某某某某某)
_BOX_GROUP_RE = re.compile(r"[□■][ \u3000]*(?:[\u4e00-\u9fff]{0,16}(?:课题组|调研组|写作组|编写组|评论员|理论学习中心组)"
                           r"|(?:本报|本刊|本台)?(?:全媒体?|融媒体?|见习|特约|首席)?(?:记者|通讯员)[ \u3000]*[\u4e00-\u9fff·]{2,12})")

#: a bullet opening a byline's line
_BYLINE_BULLET_RE = re.compile(r"^[○●◎◆◇•·][ \u3000]*")


def _names(text: str) -> list[str]:
    """The names of a byline: words apart by spaces, a lone character joined to the one before (谭 刚)."""
    out: list[str] = []
    for w in text.split():
        if len(w) == 1 and out and len(out[-1]) == 1:
            out[-1] += w
        else:
            out.append(w)
    return out


def _next_filled(view: str, lines: list[Line], ln: Line) -> Line | None:
    """The first line after ``ln`` that holds more than blanks, or None."""
    return next((b for b in lines if b.start >= ln.next and view[b.start : b.end].strip()), None)


def _contribution_below(view: str, lines: list[Line], ln: Line) -> bool:
    """Whether the next filled line after ``ln`` is a site's line of contributions or sources (某某网来稿 打印 投稿,
    来源：某某网)."""
    below = _next_filled(view, lines, ln)
    if below is None:
        return False
    t = view[below.start : below.end]
    return _CONTRIBUTION_RE.search(t) is not None or _SOURCE_FIELD_RE.search(t) is not None


def _run_of_names(run: str, names) -> list[str] | None:
    """``run`` cut into two names or more of two or three characters, each opened by a surname (刘一兵潘信海雷江城:
    刘一兵, 潘信海, 雷江城), three-character names first; None where no such cut exists."""
    if len(run) > 16:
        return None
    best: dict[int, list[str] | None] = {len(run): []}
    for i in range(len(run) - 1, -1, -1):
        best[i] = None
        for size in (3, 2):
            rest = best.get(i + size)
            if rest is not None and _person(run[i : i + size], names):
                best[i] = [run[i : i + size]] + rest
                break
    cut = best[0]
    return cut if cut is not None and len(cut) >= 2 else None


def _take_head_bylines(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A magazine's or a news page's byline above the report's first paragraph: a line of the writer's
    unit and name(s) (中国某某石化有限公司 王某某). Each name opens with a surname and names no part
    or role of a unit (某某公司 党委办公室 is a title's unit, no writer). Only above the first paragraph
    of prose: a signature at the report's foot is the report's."""
    gone = _removed_whole(view, kept)
    touched = sorted((c.start, c.end) for c in kept if c.action == "removed")
    names = surnames()
    new: list[Candidate] = []
    for ln in lines:
        x = view[ln.start : ln.end].strip()
        if not x or gone(ln):
            continue
        if len(x) >= 30 and "。" in x:
            break  # the report's first paragraph
        # the writing body alone over the page's publishing line, under the title (中共某某县委组织部 / 2022年08月01日
        # 来源：某某网): the piece's author, as a portal sets it
        if _AUTHOR_BODY_RE.fullmatch(x) and not _partly_taken(touched, ln):
            below = _next_filled(view, lines, ln)
            above = any(a.end <= ln.start and view[a.start : a.end].strip() and not gone(a) for a in lines)  # the title
            if below is not None and gone(below) and _SOURCE_FIELD_RE.search(view, below.start, below.end) and above:
                new.append(Candidate("furniture", ln.start, ln.end, "removed", f"the writing body over the publishing line: {x[:30]}",
                                     priority=5, data={"unit": "head_byline", "score": 0.9, "detector": "head byline"}))
                continue
        # the reporters' names alone over the page's publishing line (某某某、实习生某某某 / 2021年11月12日17:16 | 来源：某某网):
        # the piece's byline, as a portal sets it
        if REPORTER_NAMES_RE.fullmatch(x) and not _partly_taken(touched, ln):
            below = _next_filled(view, lines, ln)
            people = [p for p in ROLE_SPLIT_RE.split(x) if p]
            above = any(a.end <= ln.start and view[a.start : a.end].strip() and not gone(a) for a in lines)  # the title (a
            # profile's title may be its subject's name alone)
            if (below is not None and gone(below) and _SOURCE_FIELD_RE.search(view, below.start, below.end) and above
                    and all(_person(p, names) for p in people)):
                new.append(Candidate("furniture", ln.start, ln.end, "removed", f"the reporters' names over the publishing line: {x[:30]}",
                                     priority=5, data={"unit": "head_byline", "score": 0.9, "detector": "head byline"}))
                continue
        y = _BYLINE_BULLET_RE.sub("", x)  # a bullet before the byline (○ 某某中心 某某 某某)
        if _BOX_GROUP_RE.fullmatch(x):
            m = None  # a writing group in its box (■某某市委组织部课题组), reporters run together: the writers
        else:
            m = UNIT_AND_NAMES_RE.fullmatch(y) or _BOX_BYLINE_RE.fullmatch(x)
            if m is None:
                continue
        people = _names(m.group("names")) if m else []
        if m is not None and m.re is _BOX_BYLINE_RE and len(people) == 1 and len(people[0]) >= 5:
            people = _run_of_names(people[0], names) or people  # names the page ran together in its box (□某某某某某某)
        if not all(_person(p, names) for p in people) and not (
                m is not None and _writer_byline(y) and _contribution_below(view, lines, ln)  # a pen name under a party body
                # (某某县委组织部 组小宣) over the site's line of contributions (某某网来稿)
                and any(a.end <= ln.start and view[a.start : a.end].strip() and not gone(a) for a in lines)):
            continue
        if _partly_taken(touched, ln):
            continue  # a line partly taken is the other rules'
        new.append(Candidate("furniture", ln.start, ln.end, "removed", f"the writer's byline above the text: {x[:30]}",
                             priority=5, data={"unit": "head_byline", "score": 0.9, "detector": "head byline"}))
    else:
        return  # no paragraph of prose below
    _add_leftovers(kept, new)


#: a party body writing a piece (中共某某县委组织部, 某某市委宣传部, 某某街道党工委)
_AUTHOR_BODY_RE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,16}(?:组织部|宣传部|统战部|党工委|党委|党组|委员会|办公室)")
#: a publishing line's source field (来源：某某网)
_SOURCE_FIELD_RE = re.compile(r"来源[ \u3000]*[:：]")


#: a newspaper's byline in its box closing the text's last sentence or alone on a line (…增强团队的凝聚力。□某某某,
#: □撰文 /某 某, □某某 摄影报道)
_CLOSING_BOX_RE = re.compile(r"(?:(?<=[。！？!?”])|^)[ \t\u3000]*[□■][ \u3000]*(?:(?:撰文|文字|文|摄影|记者|通讯员)[ \u3000]*[/／:：]?[ \u3000]*)?"
                             r"(?P<names>[\u4e00-\u9fff·]{1,4}(?:[ \u3000]+[\u4e00-\u9fff·]{1,4}){0,3}?)"
                             r"(?:[ \u3000]*(?:摄影报道|图文报道|报道|摄影|摄))?[ \t\u3000]*$", re.M)


def _take_closing_bylines(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A newspaper's byline in its box (□某某) glued after the text's last sentence or alone on a line, and the
    writer's name alone on the line under the page's title, above the first paragraph, named nowhere in the
    text (a profile's subject is named again, or opens the line below: 某某 / 中共党员，…)."""
    names = surnames()
    touched = sorted((c.start, c.end) for c in kept if c.action == "removed")
    new: list[Candidate] = []
    if "□" in view or "■" in view:
        for m in _CLOSING_BOX_RE.finditer(view):
            if all(_person(n, names) for n in _names(m.group("names"))) and not _partly_taken(touched, Line(0, m.start(), m.end(), m.end())):
                new.append(Candidate("furniture", m.start(), m.end(), "removed", f"the writer's byline in its box: {m.group().strip()[:20]}",
                                     priority=5, data={"unit": "box_byline", "score": 0.9, "detector": "head byline"}))
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    for k in range(1, min(len(filled) - 1, 4)):
        ln = filled[k]
        x = view[ln.start : ln.end].strip()
        if len(x) >= 30 and "。" in x:
            break  # the report's first paragraph
        if gone(ln) or not 2 <= len(x) <= 4 or not _person(x, names):
            continue
        below = next((b for b in filled[k + 1 :] if not gone(b)), None)
        rest = view[below.start : below.end] if below is not None else ""
        if below is None or len(rest.strip()) < 30 or "。" not in rest or _PROFILE_OPEN_RE.match(rest):
            break
        if view.count(x) > 1 or _partly_taken(touched, ln):
            break  # the name told again is the report's subject
        new.append(Candidate("furniture", ln.start, ln.end, "removed", f"the writer's name under the title: {x}",
                             priority=5, data={"unit": "head_byline", "score": 0.9, "detector": "head byline"}))
        break
    _add_leftovers(kept, new)


#: the writers' credit in brackets closing the text (…贡献力量。(某某 某某), (通讯员 某某), (文/某某 图/某某))
_CLOSING_CREDIT_RE = re.compile(r"[（(][^()（）\n。！？!?]{2,30}[)）][ \t\u3000|｜]*$")
#: a short line of the page after the closing credit: one clause, no sentence's end
_AFTER_CREDIT_LINE_RE = re.compile(r"[^。！？!?；;]{1,24}")


def _take_lines_after_closing_credit(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The short lines under the writers' credit that closes a news item's text ((某某 某某) under its last
    sentence, taken as a credit), to the page's end: the pictures' captions, the editor, the share bar and
    related links of the site (了解福利院现状 / 与老人们促膝长谈 / 合影留念). Eight lines at most, each one
    clause of 24 characters at most; a sentence among them (a paragraph of the report after a quoted
    credit) or a report's sign-off (某某委员会 / 2016年12月20日, under a source line) leaves all of them be.
    (On 1,800 gathered pages, 59 such lines were annotated junk and none the report's.)"""
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    if len(filled) < 3:
        return
    removed = [(c.start, c.end) for c in kept if c.action == "removed"]
    for k in range(len(filled) - 2, max(0, len(filled) - 10), -1):
        ln = filled[k]
        m = _CLOSING_CREDIT_RE.search(view, ln.start, ln.end)
        if m is None:
            continue
        if not any(s <= m.start() + 1 and e >= m.end() - 1 for s, e in removed):
            continue  # a bracket the detectors did not read as a credit
        before = view[ln.start : m.start()].strip()
        if not before.endswith(("。", "！", "”", "!")) and not (
                not before and view[filled[k - 1].start : filled[k - 1].end].rstrip().endswith(("。", "！", "”", "!"))):
            continue
        rest = filled[k + 1 :]
        gone = _removed_whole(view, kept)
        left = [view[b.start : b.end].strip() for b in rest if not gone(b)]
        if not all(_AFTER_CREDIT_LINE_RE.fullmatch(x) and not _SIGN_OFF_RE.search(x) for x in left):
            return  # (a report's sign-off under a source line: its unit and date stay)
        new = [Candidate("furniture", b.start, b.end, "removed", f"a short line under the text's closing credit: {view[b.start : b.end].strip()[:30]}",
                         priority=5, data={"unit": "after_credit", "score": 0.9, "detector": "leftovers"})
               for b in rest if not gone(b)]
        _add_leftovers(kept, new)
        return


#: what a gallery's captions show, in the words they share (…组织观看直播实况, …参观红色教育基地)
_GALLERY_SCENE_RE = re.compile(r"观看|收看|聆听|参观|合影|宣誓|重温|慰问|走访|实况|现场|义诊|植树")


def _take_caption_galleries(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """Three short lines or more in a row that end in the same words naming a scene (骨科党支部组织观看
    直播实况 / 放射科党支部组织观看直播实况 / …), between two paragraphs of prose: a gallery's captions.
    A roll of units or honours shares no scene word (…村党支部, …荣获先进基层党组织)."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)]
    texts = [view[ln.start : ln.end].strip() for ln in filled]
    short = [len(x) <= 30 and not re.search(r"[。！？!?；;：:，,]", x) for x in texts]
    new: list[Candidate] = []
    k = 0
    while k < len(filled):
        if not short[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(filled) and short[j + 1]:
            j += 1
        run = texts[k : j + 1]
        if len(run) >= 3 and 0 < k and j + 1 < len(filled) and len(texts[k - 1]) >= 40 and len(texts[j + 1]) >= 40:
            suffix = run[0]
            for x in run[1:]:
                n = 0
                while n < min(len(suffix), len(x)) and suffix[-1 - n] == x[-1 - n]:
                    n += 1
                suffix = suffix[len(suffix) - n :] if n else ""
            if len(suffix) >= 4 and _GALLERY_SCENE_RE.search(suffix) and all(len(x) > len(suffix) for x in run):
                for ln in filled[k : j + 1]:
                    new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a gallery's caption: {view[ln.start:ln.end].strip()[:30]}",
                                          priority=5, data={"unit": "gallery_run", "score": 0.9, "detector": "leftovers"}))
        k = j + 1
    _add_leftovers(kept, new)


#: a scene's name closing a caption, maybe what the picture shows in brackets after it (党日活动现场(集体宣誓))
_SCENE_BRACKET_RE = re.compile(r"(?:现场|合影|留念|掠影|剪影)(?:[（(][^()（）\n]{2,30}[)）])?$")


def _take_edge_galleries(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A gallery's captions, short lines one under another, where a page puts its pictures: under the text's last
    paragraph to the page's end (党日活动现场(集体宣誓) / 某某书记发言 / 支部书记某某同志发言 / …), or between a caption the
    rules took over the text and its first paragraph (主题党日活动合影 / 参观美丽乡村建设 / 某某副主任走访慰问 / …). Two lines
    or more, each one clause of 4-40 characters without a sentence's end, no heading's number, no sign-off (a unit, a date);
    one names a scene (现场, 合影) or a caption the rules took stands beside the run, and half of them or more name what is
    done (发言, 走访慰问, 参观 …) or read as captions to the caption model."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    if len(filled) < 4:
        return
    texts = [view[ln.start : ln.end].strip() for ln in filled]
    taken_caption = {k for k, ln in enumerate(filled) if gone(ln) and any(
        c.action == "removed" and c.data.get("unit") in _PAGE_CAPTION_UNITS and c.start <= ln.start + 2 and c.end >= ln.end - 1 for c in kept)}
    long = [k for k, x in enumerate(texts) if not gone(filled[k]) and len(x) >= 40 and re.search(r"[。！？!?]", x)]
    if not long:
        return

    def short(k: int) -> bool:
        x = texts[k]
        return (4 <= len(x) <= 40 and not re.search(r"[。！？!?；;：:]", x) and len(re.findall(r"[，,]", x)) <= 1
                and not _OUTLINE_HEAD_RE.match(x) and not _SIGN_OFF_RE.search(x) and x[0] not in "—-－–【[“\"《")

    def captions(run: list[int], beside: bool) -> bool:
        if len(run) < 2 or not all(short(k) for k in run):
            return False
        if not (beside or any(_SCENE_BRACKET_RE.search(texts[k]) for k in run)):
            return False
        from .captionmodel import caption_line_model

        model = caption_line_model()
        said = sum(1 for k in run if _CAPTION_ACT_RE.search(texts[k]) or _SCENE_BRACKET_RE.search(texts[k])
                   or model.score(re.sub(r"[，,]", "", texts[k])) >= SCENE_CAPTION_SCORE)
        return 2 * said >= len(run)

    new: list[Candidate] = []
    foot = [k for k in range(long[-1] + 1, len(filled)) if not gone(filled[k])]
    if foot and captions(foot, any(k in taken_caption for k in range(long[-1] + 1, len(filled)))):
        new += [_page_caption(filled[k], f"a gallery's caption under the text: {texts[k][:30]}") for k in foot]
    first = long[0]
    head = []
    k = first - 1
    while k >= 0 and not gone(filled[k]):
        head.insert(0, k)
        k -= 1
    if k >= 0 and k in taken_caption and head and captions(head, True):
        new += [_page_caption(filled[j], f"a gallery's caption over the text: {texts[j][:30]}") for j in head]
    _add_leftovers(kept, new)


#: the units of the rules that take a picture's caption line, whatever their words (a caption read by its place,
#: its credit, its source, its file name or its scene)
_CAPTION_LINE_UNITS = _PAGE_CAPTION_UNITS | {"position_caption_line", "position_caption", "action_caption", "head_caption",
                                             "page_caption", "gallery_run", "caption_run"}


#: what someone said or felt, told in a sentence: the text's (党员们纷纷表示…, 他说…)
_SPEECH_RE = re.compile(r"表示|说|认为|指出|强调|希望|要求|纷纷|感到|觉得|告诉")


def _take_inner_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A gallery's captions between two captions the rules took (某某为群众送去物资。(无人机拍摄) / 某某展示群众开出的购物清单。
    / 某某从超市采购了好几大袋东西，等候结账。 / 某某(右)将物资拿给群众。): one to three lines of one sentence each between
    them, each 6-30 characters with one comma at most, or up to 45 that the caption model for lines reads as a caption,
    sharing two pairs of characters or more with a caption beside (the one pictured: 某某, 群众); no narration or speech
    (党员们纷纷表示…, 随后…: the text between two pictures), no heading. A line of one sentence alone between paragraphs
    stays (县委书记某某作总结讲话。 tells the news item's story).

    A picture whose alternative text is the page's title, inside the text: under the title's copy the rules took, a
    clause of 6-30 characters that the caption model for lines reads at 0.3 or more, the text going on under it, is the
    picture's caption (“六方共建”座谈会); a heading under a picture reads near 0 (党建引领促发展)."""
    if "。" not in view:
        return
    from .captionmodel import caption_line_model

    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    if len(filled) < 3:
        return
    texts = [view[ln.start : ln.end].strip() for ln in filled]
    captions = [(c.start, c.end) for c in kept if c.action == "removed" and c.data.get("unit") in _CAPTION_LINE_UNITS]
    model = caption_line_model()

    def caption_taken(k: int) -> bool:
        ln = filled[k]
        return gone(ln) and any(s <= ln.start + 2 and e >= ln.end - 1 for s, e in captions)

    def one_sentence(x: str, most: int) -> bool:
        words = x[:-1] if x.endswith("。") else x
        return (6 <= len(x) <= most and not re.search(r"[。！？!?；;：:]", words) and len(re.findall(r"[，,]", words)) <= 1
                and not _OUTLINE_HEAD_RE.match(x) and x[0] not in "—-－–【[“\"《(（" and not _NARRATION_RE.search(words)
                and not _SPEECH_RE.search(words))

    new: list[Candidate] = []
    taken = [k for k in range(len(filled)) if caption_taken(k)]
    for a, b in zip(taken, taken[1:]):
        run = list(range(a + 1, b))
        if not 1 <= len(run) <= 3 or any(gone(filled[k]) for k in run):
            continue
        if all((one_sentence(texts[k], 30) or one_sentence(texts[k], 45) and model.score(texts[k].rstrip("。")) >= SCENE_CAPTION_SCORE)
               and max(len(_char_pairs(texts[k]) & _char_pairs(texts[c])) for c in (a, b)) >= 2 for k in run):
            new += [_page_caption(filled[k], f"a gallery's caption between captions: {texts[k][:30]}") for k in run]
    # a picture whose alternative text is the page's title, inside the text: the title's copy the rules took, then the
    # picture's caption under it (“六方共建”座谈会, 供电为企业提供前置用电服务), then the text going on; one clause of 6-30
    # characters the caption model for lines reads at 0.3 or more (a heading under a picture reads near 0: 党建引领促发展)
    title = texts[0]
    for k in range(2, len(filled) - 1):
        x = texts[k]
        if (texts[k - 1] != title or not gone(filled[k - 1]) or gone(filled[k]) or not 6 <= len(x) <= 30
                or re.search(r"[。！？!?；;：:]", x) or _OUTLINE_HEAD_RE.match(x) or len(texts[k + 1]) < 30):
            continue
        if model.score(x) >= 0.3:
            new.append(_page_caption(filled[k], f"a picture's caption under the title's copy: {x[:30]}"))
    _add_leftovers(kept, new)


#: a notice's label alone on its line (友情提醒 |, 特别注意：, 【免责声明】)
_NOTICE_LABEL_LINE_RE = re.compile(r"[ \t\u3000]*[【\[]?(?:温馨提示|友情提示|友情提醒|特别提示|特别注意|特别声明|免责声明|版权声明|郑重声明|严正声明|声明|提示)"
                                   r"[】\]]?[ \u3000]*[:：|｜]?[ \t\u3000]*")


def _take_notice_labels(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A notice's label alone on its line goes with the notice the detectors took on the next line
    (友情提醒 | / 本信息真实性未经某某网证实…); a label over the report's own text stays."""
    if not any(c.action == "removed" and c.kind == "watermark" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    new: list[Candidate] = []
    for k in range(len(filled) - 1):
        ln, nxt = filled[k], filled[k + 1]
        if not _NOTICE_LABEL_LINE_RE.fullmatch(view, ln.start, ln.end) or gone(ln) or not gone(nxt):
            continue
        if not any(c.kind == "watermark" and c.action == "removed" and c.start <= nxt.start + 2 and c.end >= nxt.end for c in kept):
            continue
        if any(c.start < ln.end and c.end > ln.start and c.action != "removed" for c in kept):
            continue
        new.append(Candidate("watermark", ln.start, ln.end, "removed", f"the label of the notice below: {view[ln.start:ln.end].strip()}",
                              priority=5, data={"unit": "notice_label", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


#: a pair of brackets around at most 60 characters, none of them a bracket or a line break (the
#: analysis view folds an opening bracket's width, not always the closing one's)
_BRACKET_PAIR_RE = re.compile(r"[（(][^（）()\n]{1,60}[）)]|【[^【】\n]{1,60}】|[\[［][^\[\]［］\n]{1,60}[\]］]|"
                              r"〔[^〔〕\n]{1,60}〕|〖[^〖〗\n]{1,60}〗")
#: what may stand inside such brackets beside the junk removed from them (spaces, separators)
_BRACKET_FILL_RE = re.compile(r"[\s，,、；;:：|｜/·•\-—_.。]*")
#: a teaser's marks around a bracketed marker (……（此处隐藏2815字）……)
_ELLIPSIS_RE = re.compile(r"(?:……|…|\.{3,6})")


def _keep_title_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A news picture's caption shape ending with its ceremony (某某党支部成立揭牌, 公司党委为示范点授牌)
    on the page's first line of text — everything above it blank or removed, no caption beside it — is
    the page's title: a picture's caption stands under some text. The candidate goes from ``kept``."""
    scene = [c for c in kept if c.action == "removed" and c.data.get("unit") == "scene_caption"]
    if not scene:
        return
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    starts = [ln.start for ln in lines]
    at = {c.start for c in scene}
    filled = [k for k, ln in enumerate(lines) if view[ln.start : ln.end].strip()]

    def caption_on(k: int | None) -> bool:
        return k is not None and any(lines[k].start <= a < lines[k].next for a in at)

    for c in scene:
        k = bisect.bisect_right(starts, c.start) - 1
        line = lines[k] if k >= 0 else None
        if line is None or view[line.start : c.start].strip() or view[c.end : line.end].strip():
            continue  # a caption run into a line: no title
        x = view[line.start : line.end].strip()
        f = bisect.bisect_left(filled, k)
        below = lines[filled[f + 1]] if f + 1 < len(filled) else None
        dated = below is not None and opens_with_credit(view, below.start, below.end)
        if _SCENE_NOUN_END_RE.search(x) or not (_CEREMONY_END_RE.search(x) or dated):
            continue  # 表彰大会现场, 新党员入党宣誓, 某某(右)…资料图: a picture's words; a title ends with its ceremony (…揭牌)
            # or stands over the item's dateline (某某党员在烈士陵园重温入党誓词 / 本网讯（记者 某某）…)
        if caption_on(filled[f + 1] if f + 1 < len(filled) else None) or caption_on(filled[f - 1] if f > 0 else None):
            continue  # captions line after line: a gallery opening the page
        if not any(view[a:b].strip() for a, b in _gaps(removed, 0, line.start)):
            kept.remove(c)


#: the ceremony a news title ends with (某某党支部成立揭牌, 某局为示范点授牌, …表彰颁奖, 某某剧团受表彰)
_CEREMONY_END_RE = re.compile(r"(?:揭牌|授牌|颁奖|受表彰|获表彰)$")
#: how only a picture's caption ends: the scene's place (现场, 会场), a pose (合影), who stands where ((右)),
#: a file picture's mark (资料图)
_SCENE_NOUN_END_RE = re.compile(r"(?:现场|会场|合影|合影留念|留影|资料图)[。.]?$|[（(][左右前后中][一二三四五六]?[)）]")


def _take_emptied_brackets(view: str, kept: list[Candidate]) -> None:
    """Brackets whose whole content was removed go with it (（发布时间：…） leaves no （）), and a
    teaser's ellipses around such a marker too (……（此处隐藏2815字）……); a bracket holding any
    character left of the report stays as it is."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed" and c.kind != "html" and not c.replacement)
    if not removed:
        return
    starts = [s for s, _ in removed]
    for m in _BRACKET_PAIR_RE.finditer(view):
        a, b = m.start() + 1, m.end() - 1
        k = bisect.bisect_right(starts, b) - 1
        if k < 0 or removed[k][1] <= a:
            continue  # nothing removed inside
        pos, ok = a, False
        for s, e in removed[bisect.bisect_left(starts, a - 1) if a else 0:]:
            if s >= b:
                break
            if e <= pos:
                continue
            if s > pos and not _BRACKET_FILL_RE.fullmatch(view, pos, s):
                break
            ok = ok or s < b
            pos = max(pos, e)
        if not ok or pos < b and not _BRACKET_FILL_RE.fullmatch(view, pos, b):
            continue
        if any(c.start < m.end() and c.end > m.start() and c.action != "removed" for c in kept):
            continue  # a flagged mask inside
        start, end = m.start(), m.end()
        left = _ELLIPSIS_RE.search(view, max(0, start - 6), start)
        right = _ELLIPSIS_RE.match(view, end)
        if left and left.end() == start and right:
            start, end = left.start(), right.end()
        inner = sorted((c.start, c.end) for c in kept if c.start < end and c.end > start)
        for s, e in _gaps(inner, start, end):  # the brackets, ellipses and separators left between the removals
            kept.append(Candidate("furniture", s, e, "removed", "brackets emptied by the junk removed from them", priority=5,
                                  data={"unit": "emptied_brackets", "score": 0.9, "detector": "leftovers"}))
    kept.sort(key=lambda c: (c.start, c.end))


def _credits_after_removed_heads(view: str, lines: list[Line], kept: list[Candidate]) -> list[Candidate]:
    """A dateline or credit that opens a line once the junk before it is gone (金宝搏188入口 某某站讯
    (记者 某某) …: the brand went, the dateline is now the line's head): the credit grammar reads the
    lines that lost their first words again, without them."""
    removed = [c for c in kept if c.action == "removed" and c.kind != "html"]
    by_start = {ln.start: ln for ln in lines}
    lost = []
    for c in removed:  # a removal opening its line (after spaces at most) that leaves words after it
        k = c.start
        while k > 0 and view[k - 1] in " \t\u3000" and k not in by_start:
            k -= 1
        ln = by_start.get(k)
        if ln is not None and c.end < ln.end:
            lost.append((ln.number, c))
    if not lost:
        return []
    heads = {n for n, _ in lost}
    seen = _blank(view, [c for _, c in lost])
    taken = sorted((c.start, c.end) for c in removed)
    out = []
    again = [ln for ln in lines if ln.number in heads]
    found = find_bylines(seen, again) + [c for ln in again for c in inline_rules(seen, ln.start, ln.next)]
    for c in found:
        if c.action != "removed" or any(k.start < c.end and c.start < k.end for k in kept if k.action != "removed"):
            continue
        # what the credit adds to the removals already there
        out += [replace(c, start=s, end=e) for s, e in _gaps(taken, c.start, c.end) if view[s:e].strip()]
    return out


#: a publishing stamp with its clock (2024年11月08日16:00, 2023-05-06 09:12:33): a site's, never a sign-off's
_CLOCK_STAMP_RE = re.compile(r"[ \t\u3000]*(?:19|20)\d\d[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*")


#: what is left of a meta line: fields with their short values (来源：某某报, 作者：佚名, 浏览次数：12) and the
#: font buttons beside them (减小字体 增大字体)
_FIELD_ITEM = (r"(?:(?:文章|信息|新闻|稿件)?来源|作者|编辑|责任编辑|审核|浏览次数|点击数|阅读次数|阅读量|点击量|发布者|发布人|录入)"
               r"[ \u3000]*[:：][ \u3000]*[^\s:：。！？!?，,|｜]{0,20}|减小字体|增大字体|字体[:：]?(?:[ \u3000]*[大中小]){1,3}|打印|关闭")
_FIELDS_LEFT_RE = re.compile(rf"[ \t\u3000|｜]*(?:{_FIELD_ITEM})(?:[ \t\u3000|｜/]+(?:{_FIELD_ITEM}))*[ \t\u3000|｜]*")


def _take_stamp_leftovers(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A publishing stamp with its clock left alone on a line once the junk beside it went (2024年11月08日16:00
    before a removed address): the stamp was the site's line too."""
    removed = [c for c in kept if c.action == "removed" and c.kind not in ("pinyin", "html")]
    if not removed:
        return
    new: list[Candidate] = []
    starts = [ln.start for ln in lines]
    by_line: dict[int, list[tuple[int, int]]] = {}
    for c in removed:  # each removal on the line it starts in (one lying within that line only)
        k = bisect.bisect_right(starts, c.start) - 1
        if k >= 0 and c.end <= lines[k].next:
            by_line.setdefault(k, []).append((c.start, c.end))
    for k, inside in by_line.items():
        line = lines[k]
        gaps = [(a, b) for a, b in _gaps(sorted(inside), line.start, line.end) if view[a:b].strip()]
        if len(gaps) == 1 and _CLOCK_STAMP_RE.fullmatch(view, *gaps[0]) \
                and not any(c.start < gaps[0][1] and c.end > gaps[0][0] for c in kept):
            new.append(Candidate("furniture", gaps[0][0], gaps[0][1], "removed", "a publishing stamp left alone by the junk beside it",
                                  priority=5, data={"unit": "stamp_leftover", "score": 0.9, "detector": "leftovers"}))
        elif gaps and all(_FIELDS_LEFT_RE.fullmatch(view, a, b) for a, b in gaps) \
                and not any(c.start < b and c.end > a for a, b in gaps for c in kept):
            # the page's fields left once the stamp beside them went (来源: 某某报, 作者:佚名 来源:网上收集整理)
            new += [Candidate("furniture", a, b, "removed", f"the page's fields left by the stamp beside them: {view[a:b].strip()[:30]}",
                              priority=5, data={"unit": "fields_leftover", "score": 0.9, "detector": "leftovers"}) for a, b in gaps]
    _add_leftovers(kept, new)


#: a list's number or bullet, all a line holds once its markup went (    2. <b id="x"></b>)
_LIST_MARK_LEFT_RE = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.、．]|[-*•·])[ \t\u3000]*")


def _take_list_marks_left(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A line of a hijacked page's empty markup in a list (1. <b id="x"><address id="x"></address></b>): once
    the tags went, the list's number left alone goes too."""
    html = sorted((c.start, c.end) for c in kept if c.action == "removed" and c.kind == "html")
    if not html:
        return
    starts = [s for s, _ in html]
    new: list[Candidate] = []
    for line in lines:
        k = bisect.bisect_left(starts, line.start)
        inside = [(s, e) for s, e in html[k:] if s < line.end]
        if not inside or inside[-1][1] > line.end:
            continue
        pos, left = line.start, []
        for s, e in inside:
            left.append((pos, s))
            pos = e
        left.append((pos, line.end))
        text = "".join(view[a:b] for a, b in left)
        if not text.strip() or not _LIST_MARK_LEFT_RE.fullmatch(text):
            continue
        if any(c.action == "removed" and c.kind != "html" and c.start < line.end and c.end > line.start for c in kept):
            continue
        new += [Candidate("html", a, b, "removed", f"a list's number left alone once its markup went: {view[a:b].strip()}",
                          priority=6, data={"score": 0.9}) for a, b in left if view[a:b].strip()]
    _add_leftovers(kept, new)


#: a list's line behind a middle dot: a short headline, no sentence's end (· 某某，就在村民背后)
_DOT_LINK_RE = re.compile(r"[ \t\u3000]*·[ \u3000]*[^\n。！？!?；;·•]{2,30}?[ \t\u3000]*")  # (a • bullet is bullet_link's)


def _take_dot_link_runs(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """An e-paper's or a portal's list of other items, three headlines or more behind middle dots in a row, next to
    furniture already taken (PDF 版 / · 某某 / · 某某 / · 某某 / 收藏 打印): the list goes, and a headline's second line
    between two dotted ones. A report's own points behind dots are sentences or stand among its paragraphs."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]

    def dot(i: int) -> bool:
        return 0 <= i < len(filled) and _DOT_LINK_RE.fullmatch(view, filled[i].start, filled[i].end) is not None  # (taken or not)

    def broken(i: int) -> bool:  # a headline's second line between two dotted ones (· 科研“聚变” / 由党员引发 / · …)
        x = view[filled[i].start : filled[i].end].strip()
        return dot(i - 1) and dot(i + 1) and 2 <= len(x) <= 15 and not re.search(r"[。！？!?；;，,]", x) and not gone(filled[i])

    new, k = [], 0
    while k < len(filled):
        j = k
        while j < len(filled) and (dot(j) or j > k and broken(j)):
            j += 1
        if sum(1 for i in range(k, j) if dot(i)) >= 3 and (k > 0 and gone(filled[k - 1]) or j < len(filled) and gone(filled[j])):
            new += [Candidate("furniture", filled[i].start, filled[i].next, "removed",
                              f"a list of other items behind middle dots: {view[filled[i].start:filled[i].end].strip()[:30]}",
                              priority=5, data={"unit": "dot_link_list", "score": 0.9, "detector": "leftovers"})
                    for i in range(k, j) if not gone(filled[i])]
        k = max(j, k + 1)
    # the item's own headline the page shows under the list (· 某某 / … / 某某 / 本报记者 某某) was read as a copy of the
    # list's line: with the list gone it is the only title left, and stays
    listed = {re.sub(r"[\s·]+", "", view[c.start : c.end]) for c in new}
    for c in [c for c in kept if c.action == "removed" and c.data.get("detector") == "repeated title"]:
        if re.sub(r"\s+", "", view[c.start : c.end]) in listed and not any(n.start == c.start for n in new):
            kept.remove(c)
    _add_leftovers(kept, new)


#: a menu's item alone on its line, closed by a bar (扬中要闻 |): a word or two, no sentence's mark, no figure
_BAR_ITEM_RE = re.compile(r"[ \t\u3000]*[^\s|｜丨。，,；;！？!?：:、0-9０-９]{1,10}[ \t\u3000]*[|｜丨][ \t\u3000]*")
#: a bar alone on its line
_BAR_ONLY_RE = re.compile(r"[ \t\u3000]*[|｜丨][ \t\u3000]*")


def _take_bar_menu_items(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A site's menu laid out one item a line, each closed by a bar and parted from the next by bars alone on their
    lines (看扬中 | / | / | / 扬中要闻 | / | / …): with three items or more in such a run, every item goes whole. The
    detectors take some of them and cut only the bar off others. A flattened table's cells follow each other with no
    bar alone between them, and hold figures."""
    gone = _removed_whole(view, kept)
    items = [i for i, ln in enumerate(lines) if _BAR_ITEM_RE.fullmatch(view, ln.start, ln.end)]
    if len(items) < 3:
        return

    def bar_only(k: int) -> bool:
        return _BAR_ONLY_RE.fullmatch(view, lines[k].start, lines[k].end) is not None

    runs, run = [], [items[0]]
    for a, b in zip(items, items[1:]):
        between = range(a + 1, b)
        if any(bar_only(k) for k in between) and all(bar_only(k) or not view[lines[k].start : lines[k].end].strip() for k in between):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    new = [Candidate("furniture", lines[i].start, lines[i].next, "removed",
                     f"a menu's item closed by a bar: {view[lines[i].start:lines[i].end].strip()[:30]}",
                     priority=5, data={"unit": "bar_menu_item", "score": 0.9, "detector": "leftovers"})
           for run in runs if len(run) >= 3 for i in run if not gone(lines[i])]
    _add_leftovers(kept, new)


def _take_emptied_lines(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A removal that leaves its line empty takes the line break too (a credit in brackets alone
    on its line). A removal that leaves text in its place (an entity read as its character: &amp;
    → &) leaves the line non-empty."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    for line in lines:
        if line.next <= line.end:
            continue
        inside = [(s, e) for s, e in removed if s < line.end and e > line.start]
        if not inside or any(e > line.end for s, e in inside):
            continue
        pos, left = line.start, []
        for s, e in inside:
            left.append(view[pos:max(pos, s)])
            pos = max(pos, e)
        left.append(view[pos:line.end])
        if "".join(left).strip() or any(c.replacement.strip() for c in kept if c.action == "removed"
                                        and c.start < line.end and c.end > line.start):
            continue
        mine = [c for c in kept if c.action == "removed" and line.start <= c.start and c.end <= line.end]
        if not mine:
            # a removal of whole lines ending with this one (a caption over its credit line) takes its break too
            block = [c for c in kept if c.action == "removed" and c.start < line.start and c.end == line.end
                     and (c.start == 0 or view[c.start - 1] == "\n") and not c.replacement]
            if block and not any(c.start < line.next and c.end > line.end for c in kept if c not in block):
                block[0].end = line.next
            continue  # (other removals reach in from the line before: a line broken by a lone \r)
        first, last = min(mine, key=lambda c: c.start), max(mine, key=lambda c: c.end)
        if last.kind == "html" or any(c.start < line.next and c.end > line.end for c in kept if c not in mine):
            continue
        last.end = line.next
        if first.kind != "html" and not any(c.end > line.start and c.start < first.start for c in kept if c not in mine):
            first.start = line.start


def _whole_crlf(view: str, kept: list[Candidate]) -> None:
    """A removal that ends between the two characters of a CRLF line break (a rule's ``$`` stops before
    ``\n``, its ``[^\n]`` takes the ``\r``) takes the ``\n`` too: half a line break left behind would put
    the next line's text on the removed line."""
    starts = {c.start for c in kept}
    for c in kept:
        if (c.action == "removed" and c.end < len(view) and view[c.end] == "\n" and view[c.end - 1] == "\r"
                and c.end not in starts):
            c.end += 1
