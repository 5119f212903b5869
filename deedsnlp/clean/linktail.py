"""The scraped "related articles" block: a header (相关推荐 ...), titles of other reports (genre
names, often with a year), and excerpts cut off with ``...`` or ``…``.

Each line is typed — header, ``上一篇：``/``下一篇：`` item, title, title with excerpt, excerpt, a
bulleted headline (``- 某某``, only under a header: 推荐阅读 and its list of any topic; a headline of
any topic with its date, or none, right under a header counts as one) —
and a run of typed lines is removed as one block when it is unmistakable: it has a header or
item prefix, or it mixes titles with cut-off excerpts, or (at the end of a document) it lists
three titles or more. A report's own title line is never a block by itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Sequence

from .patterns import HEADING_RE, JunkPatterns, cjk_count, junk_patterns
from .spans import Candidate, Line

_CUT_ENDS = ".…。·"
_CUT_RE = re.compile(r"(?:\.{2,}|…+|。{3,}|·{3,})\s*$")
_STRAY_RE = re.compile(r"\s+\S{1,2}$")  # a stray character or two after the cut-off title
_SPLIT_RE = re.compile(r"[ \u3000\t]+")
_YEAR_RE = re.compile(r"(?:19|20)\d\d|[（(]?(?:精选|通用)?\d+篇[）)]?|精选|范文")
_BRACKETED_RE = re.compile(r"[（(【\[].*[）)】\]]|——.*")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")

#: the previous and the next article's links on one line (上一篇：某某… 下一篇：某某…, 【上一篇】：… 【下一篇】：…)
_PAGER_PAIR_RE = re.compile(r"^[ \t\u3000]*[【\[［]?上一篇[】\]］]?[:：][^\n]{2,80}?下一篇[】\]］]?[:：]", re.M)

#: a box's name with the site's 更多 link (更多>>信息公告, 工作动态 更多>): the headlines under it are links
_MORE_HEADER_RE = re.compile(r"(?:更多[ \u3000]*[>》»＞]+|[>》»＞]+[ \u3000]*更多)[ \u3000]*[\u4e00-\u9fff]{2,8}"
                             r"|[\u4e00-\u9fff]{2,8}[ \u3000]*更多[ \u3000]*[>》»＞]+")

HEADER, ITEM, TITLE, TITLE_EXCERPT, EXCERPT, BULLET = "header", "item", "title", "title+excerpt", "excerpt", "bullet"
#: a bulleted headline (- 某某新闻标题, • 某某): a link of the list under a header (推荐阅读), any topic
_BULLET_RE = re.compile(r"[-•·▪▸►][ \u3000]*[^\s。][^\n]{4,58}")
_BULLETS = "-•·▪▸►"  # (● and ◆ mark a report's own headings and items too)
#: a news headline as a link under a header: no sentence inside, its date after it or none
_HEADLINE_RE = re.compile(r"[^\s。！？!?；;][^\n。！？!?；;]{3,58}?([ \u3000]*[\[（(]?(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]）)]?)?")


def line_type(s: str, p: JunkPatterns | None = None) -> str | None:
    """The link-tail type of one (stripped) line, or None for anything else."""
    p = p or junk_patterns()
    s = s.strip()
    if not s:
        return None
    if p.item_prefix.match(s) and (len(s) <= 60 or _PAGER_PAIR_RE.search(s)):
        return ITEM  # (上一篇：… 下一篇：… on one line may run long)
    if len(s) > 60 and not _CUT_RE.search(s, len(s) - 8):
        return None  # a long line that is not cut off: body text (the common case, decided fast)
    if p.header.match(s) or _MORE_HEADER_RE.fullmatch(s) or p.header_item.match(s):
        return HEADER
    cut = _CUT_RE.search(s)
    if not cut:
        if _is_title(s, p):
            return TITLE
        return BULLET if _BULLET_RE.fullmatch(s) and not s.endswith("。") else None
    parts = _SPLIT_RE.split(s, maxsplit=1)
    if _is_title(parts[0], p) or _is_title(s, p):
        return TITLE_EXCERPT
    if cjk_count(s) >= 8:
        return EXCERPT
    return None


def _is_title(s: str, p: JunkPatterns) -> bool:
    if len(s) > 70 or not p.genre.search(s):
        return False
    if _BRACKETED_RE.fullmatch(s.strip()) or s.lstrip()[:1] in "—―－-":
        return False  # （青峰县教育局推荐材料）, ——记某某镇纪委书记抗洪先进事迹: a report's own subtitle, not a link
    s = _STRAY_RE.sub("", s.strip())
    s = _CUT_RE.sub("", s)
    if not s or len(s) > 60 or _SENTENCE_END_RE.search(s):
        return False
    return bool(p.genre.search(s)) and cjk_count(s) >= 4


def find_link_tails(text: str, lines: Sequence[Line], skip: Iterable[int] = (), original: str | None = None) -> list[Candidate]:
    """Blocks of related-article links; lines numbered in ``skip`` (other junk) are see-through. ``original``: the page
    before other detectors' junk was blanked out of ``text`` (a header they took is read there)."""
    p = junk_patterns()
    skip = set(skip)
    shown = text if original is None else original  # the page as written: a header's words, in the finding's reason too
    typed: list[tuple[Line, str | None]] = []
    cut_search = _CUT_RE.search
    # lines that hold a genre, header or item word (one scan of the text) or end cut off
    starts = [line.start for line in lines]
    worded = {bisect_right(starts, m.start()) - 1 for m in p.link_words.finditer(text)}
    worded |= {bisect_right(starts, m.start()) - 1 for m in re.finditer("更多", shown)}  # (更多>>信息公告: a box's header)
    for k, line in enumerate(lines):
        if line.number in skip or original is not None and not text[line.start : line.end].strip() \
                and original[line.start : line.end].strip():  # (a line another detector emptied, 更多>>信息公告 as a crumb)
            # a header another detector took still opens its block (the lines under it are the links)
            head = shown[line.start : line.end].strip()
            typed.append((line, HEADER if k in worded and (p.header.match(head) or _MORE_HEADER_RE.fullmatch(head)) else "skip"))
        elif k not in worded and not cut_search(text, max(line.start, line.end - 8), line.end) \
                and text[line.start : line.start + 3].lstrip(" \t\u3000")[:1] not in _BULLETS:
            typed.append((line, None))
        elif line.end - line.start > 70 and not cut_search(text, line.end - 8, line.end) \
                and not _PAGER_PAIR_RE.search(text, line.start, line.end):
            typed.append((line, None))  # a long line not cut off: body text (most lines, decided fast)
        else:
            typed.append((line, line_type(text[line.start : line.end], p)))
    if all(k is None or k == "skip" for _, k in typed):
        return []
    # under a header, a news headline of any topic with its date is a link, and so is the page's last
    # line without one (the excerpt cut the list), and so is every line of an undated list of headlines
    # that runs from the header to the page's end, or to other junk or another header; a numbered heading
    # is the report's
    under = False
    last = max((k for k, (line, _) in enumerate(typed) if text[line.start : line.end].strip()), default=-1)

    def headline(k: int, dated: bool) -> bool:
        s = text[typed[k][0].start : typed[k][0].end].strip()
        m = _HEADLINE_RE.fullmatch(s)
        return bool(m and (m.group(1) or not dated) and cjk_count(s) >= 4 and not HEADING_RE.match(s))

    fence: list[bool] | None = None

    def fenced(k: int) -> bool:
        """Undated headlines from headline ``k`` on up to the page's end, another detector's junk or
        another header: a list the page's furniture closes (标题导航 / three headlines / 图说新闻). Read
        once for the whole page, from its end (a long list is not scanned again from each of its lines)."""
        nonlocal fence
        if fence is None:
            fence = [True] * (len(typed) + 1)
            for j in range(len(typed) - 1, -1, -1):
                line_j, kind_j = typed[j]
                if not text[line_j.start : line_j.end].strip():
                    fence[j] = fence[j + 1]
                elif kind_j in ("skip", HEADER):
                    fence[j] = True
                elif kind_j is None and not headline(j, dated=False):
                    fence[j] = False  # a line of the text after the list
                else:
                    fence[j] = fence[j + 1]  # a headline, or a line typed as a link already (a title, a cut excerpt)
        return fence[k + 1]

    for k, (line, kind) in enumerate(typed):
        s = text[line.start : line.end].strip()
        if kind == HEADER:
            under = True
        elif kind is None and under and s:
            if headline(k, dated=k != last) or headline(k, dated=False) and fenced(k):
                typed[k] = (line, BULLET)
            else:
                under = False
    # runs of typed lines; blank and skipped lines neither break nor join a run
    runs: list[list[tuple[Line, str]]] = []
    current: list[tuple[Line, str]] = []
    for line, kind in typed:
        if kind == "skip" or (kind is None and not text[line.start : line.end].strip()):
            continue
        if kind == BULLET and not any(k == HEADER for _, k in current):
            kind = None  # a bulleted line belongs to a block under its header only: elsewhere it is the text's
        if kind is None:
            if current:
                runs.append(current)
            current = []
            continue
        current.append((line, kind))
    if current:
        runs.append(current)
    out = _closing_bullets(text, typed, skip) + _cut_headline_runs(text, lines, skip)
    if not runs:
        return out
    content = (l.number for l, k in typed if k != "skip" and text[l.start : l.end].strip())
    first_content = next(content, 0)
    last_content = next((l.number for l, k in reversed(typed) if k != "skip" and text[l.start : l.end].strip()), 0)
    for run in runs:
        kinds = [k for _, k in run]
        titles = sum(k in (TITLE, TITLE_EXCERPT, ITEM) for k in kinds)
        excerpts = sum(k in (EXCERPT, TITLE_EXCERPT) for k in kinds)
        at_end = run[-1][0].number == last_content
        at_start = run[0][0].number == first_content
        year_titles = sum(
            1 for l, k in run if k in (TITLE, TITLE_EXCERPT) and _YEAR_RE.search(text[l.start : l.end])
        )
        reason = None
        if HEADER in kinds and len(run) >= 2:
            reason = "header “" + shown[run[kinds.index(HEADER)][0].start : run[kinds.index(HEADER)][0].end].strip() + "” with related titles"
        elif kinds == [HEADER] and at_end and not at_start:
            reason = "header “" + shown[run[0][0].start : run[0][0].end].strip() + "” closing the page (its links cut off)"
        elif kinds == [HEADER] and cjk_count(text[run[0][0].start : run[0][0].end]) >= 4:
            reason = "header “" + shown[run[0][0].start : run[0][0].end].strip() + "” alone (its links gone)"
        elif ITEM in kinds:
            reason = "previous / next article links"
        elif titles and excerpts and len(run) >= 2 and not (at_start and (excerpts < 2 or _opening(kinds))):
            reason = f"{titles} titles of other reports with {excerpts} cut-off excerpts"
        elif at_end and titles >= 3 and year_titles >= 2 and not at_start:
            reason = f"{titles} titles of other reports at the end of the document"
        if reason is None:
            continue
        if HEADER in kinds:  # a header opens the block: title-like lines before it are the report's
            run = run[kinds.index(HEADER) :]
            if len(run) == 2 and run[0][0].number == first_content:
                run = run[:1]  # a header opening the page over one title: the report's own title (相关推荐 / 某某同志先进事迹 / 作者：…)
        # one finding per stretch of consecutive lines (other junk between splits the block)
        for seg in _contiguous(run, skip):
            s = seg[0].start
            e = seg[-1].next
            out.append(Candidate("link_tail", s, e, "removed", f"related-articles block: {reason}", priority=8,
                                 data={"lines": [l.number for l in seg]}))
    return out


#: a closing list's last line may be a widget's word left after it (图片图表, 更多)
_CLOSING_LEFTOVER = 8
_CLAUSE_END_RE = re.compile(r"[。；;]")  # (a news headline may ask or exclaim: 真相让人吃惊！)
_LONG_PARAGRAPH = 30
_HEADLINE_MEAN = 14  # a news headline runs longer than a report's bulleted point
_DATED_ITEM_RE = re.compile(r"(?:19|20)\d\d\s*[年.\-/—至]")


def _closing_bullets(text: str, typed: list[tuple[Line, str | None]], skip: set[int]) -> list[Candidate]:
    """Three bulleted headlines or more (- 某某新闻标题, · 某某) after the document's last paragraph, with no
    header over them: the site's list of other news closing the page. A line of the list ends in no full
    stop and holds no sentence; nothing but a short word (图片图表) follows it. A report's own bulleted
    points stand between its paragraphs, or end in full stops, or open with a number, or run short; its
    honours by year (· 2019年荣获…) and a list its own words introduce (主要荣誉：) stay."""
    rows = [(line, kind) for line, kind in typed if kind not in ("skip", HEADER) and text[line.start : line.end].strip()]

    def label(j: int) -> bool:  # a widget's word (图片图表, 相关链结, - 热评文章), no sentence
        s = text[rows[j][0].start : rows[j][0].end].strip().lstrip(_BULLETS).strip()
        return len(s) <= _CLOSING_LEFTOVER and not _CLAUSE_END_RE.search(s) and not s.endswith(("：", ":"))

    k = len(rows) - 1
    while k >= 0 and len(rows) - 1 - k < 2 and label(k) \
            and text[rows[k][0].start : rows[k][0].end].strip()[:1] not in _BULLETS:
        k -= 1
    end = k
    heads = 0
    while k >= 0:
        s = text[rows[k][0].start : rows[k][0].end].strip()
        if label(k) and (s[:1] in _BULLETS or end - k - heads >= 3):
            k -= 1  # the list's own label (- 热评文章, · 更多) or its header (相关链结)
            heads += 1
            continue
        if not (s[:1] in _BULLETS and _BULLET_RE.fullmatch(s) and not s.endswith("。") and cjk_count(s) >= 6
                and not _CLAUSE_END_RE.search(s) and not HEADING_RE.match(s[1:].strip())):
            break
        k -= 1
    if end - k - heads < 3 or k < 0:
        return []
    items = [text[line.start : line.end].strip().lstrip(_BULLETS).strip() for line, _ in rows[k + 1 : end + 1]]
    if sum(bool(_DATED_ITEM_RE.match(i)) for i in items) * 2 >= len(items):
        return []  # a list of the unit's honours by year (· 2019年荣获…), the report's own
    if sum(len(i) for i in items) < _HEADLINE_MEAN * len(items):
        return []  # short points (- 走访困难群众三十户): what the report did, in its own list
    s = text[rows[k][0].start : rows[k][0].end].strip()
    if len(s) < _LONG_PARAGRAPH or not _SENTENCE_END_RE.search(s[-2:]):
        return []  # not under the document's last paragraph: a list inside the text
    seg = [line for line, _ in rows[k + 1 :]]  # with the widget's words under the list
    return [Candidate("link_tail", part[0].start, part[-1].next, "removed",
                      f"related-articles block: {end - k - heads} bulleted headlines closing the page", priority=8,
                      data={"lines": [l.number for l in part]})
            for part in _contiguous([(line, BULLET) for line in seg], skip)]


#: a headline the site cut off with three dots (某市召开学习贯彻..., 近日，某局联合…): one ellipsis, no full stop
_CUT_HEADLINE_RE = re.compile(r"[^\n。]{6,42}(?:\.{3}|(?<!…)…)")


def _cut_headline_runs(text: str, lines: Sequence[Line], skip: set[int]) -> list[Candidate]:
    """Three lines or more in a row, each a short headline the site cut off with three dots or one ellipsis
    (某市召开学习贯彻... / 为切实守护青年学子身心健康... / 近日，某局联合…): a sidebar of other articles' teasers,
    header or not. A report's sentence trailing off ends in …… and stands with longer lines."""
    if "..." not in text and "…" not in text:
        return []
    out: list[Candidate] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and (line.number in skip or not text[line.start : line.end].strip()):
            continue
        if line is not None and _CUT_HEADLINE_RE.fullmatch(text[line.start : line.end].strip()) and cjk_count(text, line.start, line.end) >= 6:
            run.append(line)
            continue
        if len(run) >= 3:
            out.append(Candidate("link_tail", run[0].start, run[-1].next, "removed",
                                 f"other articles' headlines cut off with dots: {len(run)} lines", priority=8,
                                 data={"lines": [l.number for l in run]}))
        run = []
    return out


def _opening(kinds: list[str]) -> bool:
    """Titles, then only cut-off paragraphs: a page opening with its title lines (the site's, the report's,
    a date line naming 范文) over the report's first paragraphs, each ending in …… (a link list pairs each
    title with its excerpt: title, excerpt, title, excerpt)."""
    first = kinds.index(EXCERPT) if EXCERPT in kinds else len(kinds)
    return 0 < first < len(kinds) and all(k == TITLE for k in kinds[:first]) and all(k == EXCERPT for k in kinds[first:])


def _contiguous(run: list[tuple[Line, str]], skip: set[int]) -> list[list[Line]]:
    segs: list[list[Line]] = []
    for line, _ in run:
        if segs and all(n not in skip for n in range(segs[-1][-1].number + 1, line.number)):
            segs[-1].append(line)
        else:
            segs.append([line])
    return segs
