"""Text the page shows twice: a paragraph repeated by a scraper's double paste (later copies go), a
picture's one-clause caption shown under each picture (every copy goes), a site's teaser of the
text cut off with an ellipsis above or before the text itself, or under a summary label (核心摘要：…)
(the teaser goes), a line written twice side by side (the second copy goes, or the line where the page shows it
elsewhere too), and a site's name stamped between the paragraphs again and again (every copy goes)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Sequence

from ..normalize import normalize_line
from .patterns import cjk_count
from .spans import Candidate, Line

#: shortest paragraph (in Chinese characters) worth comparing; short lines repeat legitimately
MIN_CJK = 15


def find_duplicate_paragraphs(text: str, lines: Sequence[Line], skip: Iterable[int] = (), min_cjk: int = MIN_CJK) -> list[Candidate]:
    skip = set(skip)
    seen: dict[str, int] = {}
    firsts: dict[str, Line] = {}
    out = []
    for line in lines:
        if line.end - line.start < min_cjk or line.number in skip:
            continue
        key = "".join(text[line.start : line.end].split())
        first = seen.get(key)
        if first is None:
            seen[key] = line.number
            firsts[key] = line
            continue
        if cjk_count(normalize_line(key)) < min_cjk:
            continue
        out.append(Candidate("duplicate_paragraph", line.start, line.next, "removed",
                             f"repeats the paragraph of line {first}", priority=7, data={"first_line": first}))
        f = firsts.pop(key, None)
        if f is not None and _caption_like(key) and line.number - f.number > 1:
            # a one-sentence line shown again further down (a picture's caption under each picture): no copy is text
            out.append(Candidate("duplicate_paragraph", f.start, f.next, "removed",
                                 f"short line shown again on line {line.number} (a caption)", priority=7,
                                 data={"first_line": f.number}))
    return out


#: a line written twice over, the copies side by side (a scraper's double paste inside one line): 某某村选出新班子某某村选出新班子
_DOUBLED_RE = re.compile(r"[ \t\u3000]*(\S[^\n]{5,}?)[ \t\u3000]*\1[ \t\u3000]*")


def find_doubled_lines(text: str, lines: Sequence[Line], skip: Iterable[int] = ()) -> list[Candidate]:
    """A line that is one string written twice side by side (a headline or a caption pasted twice into one line). Where
    the page shows the string elsewhere too, the whole line goes; where this is its only place (the title written
    twice), only the second copy goes. Four Chinese characters at least: a report never writes a phrase twice in a row."""
    skip = set(skip)
    out = []
    for line in lines:
        if line.number in skip or line.end - line.start < 12:
            continue
        m = _DOUBLED_RE.fullmatch(text, line.start, line.end)
        if m is None or cjk_count(m.group(1)) < 4:
            continue
        copy = m.group(1)
        elsewhere = text.find(copy, 0, line.start) >= 0 or text.find(copy, line.end) >= 0
        if elsewhere:
            out.append(Candidate("duplicate_paragraph", line.start, line.next, "removed",
                                 f"a line written twice, shown elsewhere on the page too: {copy[:30]}", priority=7,
                                 data={"unit": "doubled_line"}))
        else:
            second = text.rindex(copy, m.end(1), line.end)
            out.append(Candidate("duplicate_paragraph", m.end(1), second + len(copy), "removed",
                                 f"the line's second copy of itself: {copy[:30]}", priority=7, data={"unit": "doubled_line"}))
    return out


#: most characters of a line read as a caption when the page shows it twice
CAPTION_MAX = 45
_NUMBERED_RE = re.compile(r"[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]")


def _caption_like(key: str) -> bool:
    """One clause ended by 。 (no comma: a pasted paragraph has clauses), short, not numbered like a heading."""
    return (len(key) <= CAPTION_MAX and key.endswith("。") and key.count("。") == 1 and not _CLAUSE_RE.search(key)
            and not _NUMBERED_RE.match(key))


_CLAUSE_RE = re.compile("[，,；;：:]")


#: the mark that cuts a teaser off (…, ……, ...)
_ELLIPSIS_RE = re.compile(r"(?:\.{3,}|…+|。{3,})[ \t\u3000]*")
#: characters a teaser needs before its mark, and the length of the pieces looked up below it
TEASER_MIN_CHARS = 20
_PIECE = 12


def find_truncated_teasers(text: str, lines: Sequence[Line], skip: Iterable[int] = ()) -> list[Candidate]:
    """A site's teaser of the text, cut off with … and followed by the text itself, on a line of its
    own (在某某大学，提起某某…… / 在某某大学，提起某某，师生们…) or run into the text on a flattened
    page (核心提示：某某讯 近日，…有效激发党... 某某讯 近日，…): the teaser goes, from its line's
    start (or the end of an earlier teaser) through the mark. Both its last words and words from its
    middle must stand again below it, not on the next line as long as it, so a sentence that trails off
    (我们一定……) and a script's parallel lines (请某村书记上台领奖…… / 请另一村书记上台领奖……) stay."""
    skip = set(skip)
    out: list[Candidate] = _unmarked_teasers(text, lines, skip)
    if "…" not in text and "..." not in text and "。。。" not in text:
        return out
    for line in lines:
        if line.number in skip:
            continue
        start = line.start
        for m in _ELLIPSIS_RE.finditer(text, line.start, line.end):
            seg = text[start : m.start()]
            core = seg.strip()
            if len(re.sub(r"\s+", "", core)) < TEASER_MIN_CHARS:
                continue
            tail, mid = core[-_PIECE:], core[len(core) // 2 : len(core) // 2 + _PIECE]
            t = text.find(tail, m.end())
            if t < 0 or text.find(mid, m.end()) < 0:
                continue
            if _parallel_next(text, line, t):
                continue  # the next line says the same of another (请某村…上台领奖…… / 请另一村…上台领奖……): a script, no teaser
            s = start + (len(seg) - len(seg.lstrip()))
            e = line.next if m.end() >= line.end else m.end()
            out.append(Candidate("duplicate_paragraph", s, e, "removed", "teaser of the text below, cut off with an ellipsis",
                                 priority=7, data={"unit": "teaser"}))
            start = m.end()
    return out


def _parallel_next(text: str, line: Line, found: int) -> bool:
    """Whether ``found`` (where a teaser's last words stand again) lies on the next filled line after ``line`` and
    that line is about as long and opens otherwise: the same sentence said of another, not the full text a teaser
    was cut from (which opens with the teaser's words)."""
    k = line.next
    while k < len(text) and text.find("\n", k) >= 0 and not text[k : text.find("\n", k)].strip():
        k = text.find("\n", k) + 1
    end = text.find("\n", k)
    end = len(text) if end < 0 else end
    this, other = text[line.start : line.end].strip(), text[k:end].strip()
    return k <= found < end and abs(len(other) - len(this)) <= 4 and other[:4] != this[:4]


#: characters an unmarked teaser needs: a site's summary cut at a fixed length
UNMARKED_TEASER_MIN_CJK = 30


def _unmarked_teasers(text: str, lines: Sequence[Line], skip: set[int]) -> list[Candidate]:
    """A site's summary of the text without a cut mark: a line of 30 Chinese characters or more that
    a longer paragraph further down opens with, word for word (作为服务某某的…，农商银行… cut at 60
    characters, the paragraph below goes on): the summary goes, the paragraph stays. A heading run
    into its paragraph below is short; a report writes no long opening twice."""
    keys: list[tuple[Line, str]] = []
    for line in lines:
        if line.number in skip or line.end - line.start < UNMARKED_TEASER_MIN_CJK:
            continue
        keys.append((line, "".join(text[line.start : line.end].split())))
    if len(keys) < 2:
        return []
    # in sorted order the lines a key opens stand right after it (past its exact copies)
    order = sorted(range(len(keys)), key=lambda k: keys[k][1])
    ordered = [keys[k][1] for k in order]
    out = []
    for k, (line, key) in enumerate(keys):
        if cjk_count(key) < UNMARKED_TEASER_MIN_CJK:
            continue
        found = False
        for i in range(bisect_right(ordered, key), len(ordered)):
            if not ordered[i].startswith(key):
                break
            if order[i] > k and len(ordered[i]) > len(key) + 10:
                found = True
                break
        if found:
            out.append(Candidate("duplicate_paragraph", line.start, line.next, "removed",
                                 "the opening of a paragraph below, cut off without a mark (a site's summary)",
                                 priority=7, data={"unit": "teaser"}))
        elif _labelled_summary(text, line):
            out.append(Candidate("duplicate_paragraph", line.start, line.next, "removed",
                                 "a site's summary of the text under its label (核心摘要：, 文章简介：), its words standing again below",
                                 priority=7, data={"unit": "teaser"}))
    return out


#: the label a site puts over its summary of the article (核心摘要：, 文章简介：, 内容提要：)
_SUMMARY_LABEL_RE = re.compile(r"[ \t\u3000]*[【\[]?(?:核心摘要|核心提示|内容摘要|文章摘要|文章简介|内容简介|内容提要|文章导读|导读|摘[ \u3000]?要|简[ \u3000]?介)[】\]]?[ \u3000]*[:：]")


def _labelled_summary(text: str, line: Line) -> bool:
    """A line opening with a summary label whose words stand again below it: a piece of its start and a
    piece of its middle both (the summary copies the text's opening; a report's own 摘要 says its point once)."""
    m = _SUMMARY_LABEL_RE.match(text, line.start, line.end)
    if m is None:
        return False
    core = text[m.end() : line.end].strip()
    if cjk_count(core) < UNMARKED_TEASER_MIN_CJK:
        return False
    head, mid = core[:_PIECE], core[len(core) // 2 : len(core) // 2 + _PIECE]
    return text.find(head, line.end) >= 0 and text.find(mid, line.end) >= 0


#: a site's name as a watermark: a short run ending in a site word (某某快讯网, eqV某某网, 某某文库)
_WATERMARK_NAME_RE = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]{2,16}(?:网|网站|文库|在线|资讯)")
#: what a report's recurring line holds (a unit's name signing off, a slogan): never a watermark
_REPORT_LINE_RE = re.compile(r"党|支部|委员会|学校|医院|公司|村|社区|局")


def find_recurring_watermarks(text: str, lines: Sequence[Line]) -> list[Candidate]:
    """A site's name stamped between the text's paragraphs again and again (某某快讯网 on a line of its own,
    twice or more) and glued before some of them: every copy goes, on its own line or opening another; and a
    site's stamp closing paragraph after paragraph (…开展了共建活动。7HC某某在线-某某讯息, :func:`_recurring_tails`).
    Document evidence: the page repeats the string; a report names no website between its paragraphs."""
    counts: dict[str, int] = {}
    for line in lines:
        t = text[line.start : line.end].strip()
        if 4 <= len(t) <= 20 and _WATERMARK_NAME_RE.fullmatch(t) and not _REPORT_LINE_RE.search(t):
            counts[t] = counts.get(t, 0) + 1
    out = _recurring_tails(text, lines)
    for name, n in counts.items():
        if n < 2:
            continue
        # (its Chinese name alone too: an anti-scrape string before it may be gone already: eqV某某网 → 某某网)
        core = re.search(r"[\u4e00-\u9fff]+$", name).group()
        pattern = re.escape(name) + (f"|{re.escape(core)}" if core != name and len(core) >= 4 else "")
        for m in re.finditer(pattern, text):
            out.append(Candidate("watermark", m.start(), m.end(), "removed", f"a site's name stamped between the paragraphs: {name}",
                                 priority=6, data={"unit": "recurring_watermark", "score": 0.9, "count": n}))
    return out


#: what closes a line after its last sentence: a run with no sentence mark, comma or quotation mark
_TAIL_RE = re.compile(r"[。！？!?][ \t\u3000]*([^\s。！？!?，,；;、：:“”\"（）()]{4,30})[ \t\u3000]*$")
#: the letters and digits an anti-scrape filter may put before a stamp (7HC某某在线)
_TAIL_CODE_RE = re.compile(r"^[A-Za-z0-9]{1,6}")
#: fewest paragraphs a stamp must close
MIN_TAILS = 3


def _recurring_tails(text: str, lines: Sequence[Line]) -> list[Candidate]:
    """The same run of words closing three paragraphs or more after their last sentence (…。7HC某某在线-某某讯息):
    a site's stamp glued to its paragraphs. Every copy goes, glued after a line's text or standing as a line of its own
    (its words without the code before them too). A report's refrain ends in a mark of its own and names its unit."""
    tails: dict[str, list[str]] = {}
    for line in lines:
        m = _TAIL_RE.search(text, line.start, line.end)
        if m is None:
            continue
        tail = m.group(1)
        core = _TAIL_CODE_RE.sub("", tail)
        if cjk_count(core) >= 4 and not _REPORT_LINE_RE.search(core):
            tails.setdefault(core, []).append(tail)
    out = []
    for core, found in tails.items():
        if len(found) < MIN_TAILS:
            continue
        pattern = "|".join(re.escape(t) for t in sorted(set(found), key=len, reverse=True))
        starts = set()
        for m in re.finditer(pattern, text):
            starts.add(m.start())
            out.append(Candidate("watermark", m.start(), m.end(), "removed", f"a site's stamp closing {len(found)} paragraphs: {core}",
                                 priority=6, data={"unit": "recurring_watermark", "score": 0.9, "count": len(found)}))
        for line in lines:  # its words alone on a line of their own (the page's head)
            raw = text[line.start : line.end]
            s = line.start + len(raw) - len(raw.lstrip(" \t\u3000"))
            if raw.strip(" \t\u3000") == core and s not in starts:
                out.append(Candidate("watermark", s, s + len(core), "removed", f"a site's stamp closing {len(found)} paragraphs, alone: {core}",
                                     priority=6, data={"unit": "recurring_watermark", "score": 0.9, "count": len(found)}))
    return out
