"""Page furniture: the lines and pieces a web page puts around a report.

* whole lines scored by the line junk model (:mod:`deedsnlp.clean.linemodel`): breadcrumbs,
  navigation words, publish and byline lines, contact blocks, paywall markers, document-site
  headers, copyright lines, captions — by their shape, not by a list of sentences. The report's
  title and numbered headings are never taken by the model alone;
* repeated titles: a short line the page shows again (the first copy stays);
* pieces inside lines, by anchored shapes (``deedsnlp/data/junk_furniture.yaml``): a dateline
  (…7月3日讯(记者 …)), a bracketed credit ((文/图:…), (采写:…;编校:…), a spaced name (楊 明)),
  a collection label opening a line (【篇一】, 第2篇), a hidden-text marker (……此处隐藏N个字……);
* more pieces and lines by shape: reader and login prompts (想要了解更多…请关注…公众号, (登录后查看
  全文)), an editor's or a site's preface (下面是小编为大家整理的…, 本站为你整理了…仅供参考) and a
  site-made summary ending in one, captions (图为…), summaries (本文介绍了…), a 范文 site's name in
  brackets ([某某写作网), ownership notices (…权属…严禁复制), a publish stamp after the title, an
  e-paper's page label, lines of names only (the writers), doubled PDF headers, the site's column
  name above the title;
* gambling brands (place or Latin letters + 娱乐/国际/平台/体育 + digits) where they stand in
  a sentence, above all where they replaced the unit's name: removed everywhere on the page, with
  their bare head (杏宇 of 杏宇娱乐) where it still stands before a unit word; where the page names
  the unit elsewhere before the same word (白沙镇中心小学党支部), the name is put back
  (``action="restored"``), and every sentence a brand stood in is flagged for review
  (:func:`brand_sentence_flags`, a Chinese message in ``data["message"]``).

Every candidate carries ``data["score"]`` (the model's probability, or the rule's fixed
confidence) so a threshold can trade recall for precision.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import Iterable
from importlib import resources

import yaml

from .bylines import find_bylines, find_flat_head, find_glued_fields, opens_with_credit
from .linemodel import LineJunkModel
from .patterns import (CJK, DAY, HEADING_RE as _HEADING_RE, LABEL_COLON, PUBLISHING_ACT, PUBLISHING_TIME, QUOTE_OPENS, REPORTER_ACTS,
                       SOURCE_OR_WRITER, cjk_count, junk_patterns, literal_regex)
from .spans import Candidate, Line, text_without as _without
from .structure import (_SIGN_OFF_DATE_RE, DATE_LINE_RE as _DATE_LINE_RE, _DATE_ONLY_RE, _INSTITUTION_RE, _NAME_UNIT_RE, _ORG_RE,
                        _REPORT_WORDS_RE)

_SENT_END = re.compile(r"[。！？!?]")
#: a sentence end after some text (a ? bullet opening a menu line is none)
_MID_SENT_END = re.compile(r"(?<=[^\s?？])[。！？!?]")
_CJK_ONLY_RE = re.compile(f"[{CJK}]+")


@lru_cache(maxsize=1)
def furniture_vocabulary() -> dict:
    text = resources.files("deedsnlp.data").joinpath("junk_furniture.yaml").read_text("utf-8")
    v = yaml.safe_load(text)
    # the outlets' names are written once (``outlets``) and spliced where a rule writes <OUTLET>, longest first
    outlets = "|".join(map(re.escape, sorted(v.get("outlets", []), key=len, reverse=True)))
    for rule in v["inline"].values():
        for key in ("regex", "anchor"):
            if "<OUTLET>" in rule.get(key, ""):
                if not outlets:
                    raise ValueError("junk_furniture.yaml: a rule writes <OUTLET> but the file lists no outlets")
                rule[key] = rule[key].replace("<OUTLET>", outlets)
    return v


#: an anchor written as plain words joined by | (no other regex syntax)
_LITERAL_ANCHOR_RE = re.compile(r"[^\\\[\]().*+?{}^$|]+(?:\|[^\\\[\]().*+?{}^$|]+)*")


def _anchor_words(rules: dict) -> tuple[dict[str, tuple[str, ...]], dict[str, list[str]]]:
    """For the inline rules whose anchor is plain words: each rule's words, and the rules under each word's first
    two characters (its first character for a word of one)."""
    words, index = {}, {}
    for k, x in rules.items():
        a = x.get("anchor")
        if a and _LITERAL_ANCHOR_RE.fullmatch(a):
            words[k] = tuple(a.split("|"))
            for w in words[k]:
                index.setdefault(w[:2], []).append(k)
    return words, index


def _active_literal_rules(view: str) -> set[str]:
    """The inline rules with plain-word anchors that the page holds a word of: one pass over the page's
    character pairs instead of a regex search per rule."""
    words, index = _compiled()["anchor_words"]
    keys = {view[i : i + 2] for i in range(len(view) - 1)}
    keys.update(view)
    maybe = set()
    for k in keys & index.keys():
        maybe.update(index[k])
    return {name for name in maybe if any(w in view for w in words[name])}


def _quoted_anchor(line: str, anchor: re.Pattern) -> bool:
    """Whether every place the rule's ``anchor`` finds in ``line`` stands inside a quotation left open before it:
    someone in the report speaking (主播说：“…今天为大家带来的是我们村的特色农产品…”), not the site."""
    found = list(anchor.finditer(line))
    return bool(found) and all(line.count("“", 0, m.start()) > line.count("”", 0, m.start()) for m in found)


#: what a rule's ``keep_if`` names: a check of the match that keeps it (the rule's shape holds report text too), made
#: from the rule (``quoted``: the rule's anchor said inside a quotation)
_KEEP_IF = {"labelled_title": lambda rule: lambda view, m: _labelled_title(m.group()),
            # the report's text going on below the match (a bracketed signature between paragraphs, a case's unit under
            # its title): the line is the report's
            "text_follows": lambda rule: lambda view, m: _text_follows(view, m.end()),
            # a paragraph of the report's text above the match (the report's own points under its first paragraph)
            "text_above": lambda rule: lambda view, m: _text_follows(view[: m.start()], 0),
            "quoted": lambda rule: lambda view, m, a=re.compile(rule["anchor"]): _quoted_anchor(m.group(), a),
            # a page written in English (a Chinese site's translated page): its English prose is the text
            "english_page": lambda rule: lambda view, m: _english_page(view),
            # a crumb's last item a long one (a title) the page shows nowhere else: the title's only copy
            "crumb_title_only_here": lambda rule: lambda view, m: _crumb_title_only_here(view, m),
            # the text's writer speaking of the text after two of its paragraphs (本文主要介绍一下…), not a label (本文摘要：)
            "writer_after_paragraphs": lambda rule: lambda view, m: _writer_after_paragraphs(view, m)}


def _writer_after_paragraphs(view: str, m: re.Match) -> bool:
    """Whether the match speaks of the text without a label (本文介绍…, not 本文摘要：) and two paragraphs of prose
    (thirty Chinese characters or more and a sentence's end) stand above it."""
    if _SUMMARY_LABEL_RE.match(m.group()):
        return False
    return sum(1 for ln in view[: m.start()].split("\n") if cjk_count(ln) >= 30 and _SENT_END.search(ln)) >= 2


#: a summary's label opening a line (本文摘要：)
_SUMMARY_LABEL_RE = re.compile(r"[ \t\u3000]*本文摘要[ \u3000]*[:：]")


def _crumb_title_only_here(view: str, m: re.Match) -> bool:
    """Whether the last item of a crumb line is longer than a column's name (twelve characters) and shown nowhere else."""
    tail = re.split(r"[ \t\u3000]{2,}", m.group().strip())[-1]
    return len(tail) > 12 and view.find(tail, 0, m.start()) < 0 and view.find(tail, m.end()) < 0

#: a sign-off's day alone in brackets, maybe with the occasion (（2011年7月1日）, (二〇一九年三月八日在某某会议上))
_BRACKETED_DAY_RE = re.compile(rf"[（(][ \u3000]*(?:{_SIGN_OFF_DATE_RE.pattern})[^()（）\n]{{0,20}}[)）]")
#: a list item's end: a Chinese word or a closing mark, then the semicolon (依托创建文明校园工作平台；, 1.领导班子好;)
_LIST_ITEM_END_RE = re.compile(r"[\u4e00-\u9fff”）)][；;]$")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
#: markup and addresses, whose letters are no page's language
_MARKUP_OR_ADDRESS_RE = re.compile(r"<[^>\n]{0,200}>|&[A-Za-z]{2,8};|(?:https?://|www\.)[^\s\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _english_prose() -> re.Pattern:
    """A run of English prose, eight words or more: the ``english_text`` rule's own shape."""
    return next(rx for rx, name, _ in _compiled()["inline"] if name == "english_text")


@lru_cache(maxsize=4)
def _english_page(view: str) -> bool:
    """Whether the page is written in English: eight Latin letters or more to each Chinese character, markup and web
    addresses aside (a journal page's English abstract beside its Chinese text holds three to five)."""
    if len(_LATIN_LETTER_RE.findall(view)) < max(200, 8 * cjk_count(view)):
        return False  # (markup's letters only add: too few in all is too few without it)
    text = _MARKUP_OR_ADDRESS_RE.sub("", view)
    letters = len(_LATIN_LETTER_RE.findall(text))
    return letters >= 200 and letters >= 8 * cjk_count(text)


def _text_follows(view: str, pos: int) -> bool:
    """Whether a paragraph of text (fifteen Chinese characters or more and a sentence's end) stands below ``pos``."""
    return any(cjk_count(ln) >= 15 and _SENT_END.search(ln) for ln in view[pos:].split("\n"))


def _rule_checks(rules: dict) -> dict[str, tuple]:
    """For the inline rules that carry them, the checks that keep a match: ``keep_if`` (a name of
    :data:`_KEEP_IF`), and ``head_lines`` with ``head_min_cjk`` (the match counts only in the page's first
    ``head_lines`` lines, after ``head_min_cjk`` Chinese characters or more on its line)."""
    checks: dict[str, tuple] = {}
    for k, x in rules.items():
        fs = []
        if "keep_if" in x:
            if x["keep_if"] not in _KEEP_IF:
                raise ValueError(f"junk_furniture.yaml: rule {k}: unknown keep_if {x['keep_if']!r}")
            fs.append(_KEEP_IF[x["keep_if"]](x))
        if "head_lines" in x:
            n, c = int(x["head_lines"]), int(x.get("head_min_cjk", 0))
            fs.append(lambda view, m, n=n, c=c: view.count("\n", 0, m.start()) > n
                      or cjk_count(view[view.rfind("\n", 0, m.start()) + 1 : m.start()]) < c)
        if fs:
            checks[k] = tuple(fs)
    return checks


@lru_cache(maxsize=1)
def _compiled():
    v = furniture_vocabulary()
    title_words = "|".join(map(re.escape, v["title_words"]))
    return {
        "inline": [(re.compile(x["regex"]), k, float(x.get("score", 0.95))) for k, x in v["inline"].items()],
        # a shape runs only on pages holding its anchor (one fast scan, most pages have none)
        "anchors": {k: re.compile(x["anchor"]) for k, x in v["inline"].items() if x.get("anchor")},
        # anchors that are plain words (供稿|撰稿|摄影): looked up by their first two characters in the page's pairs
        "anchor_words": _anchor_words(v["inline"]),
        "checks": _rule_checks(v["inline"]),
        "title": re.compile(f"(?:{title_words})"),
        # 官方网站 may carry a (中国) before it: xbet星河·(中国)官方网站
        "brand_tail": re.compile("(?:[·・]?[（(]中国[)）])?官方网站|"
                                 + "|".join(map(re.escape, sorted(v["brand"]["tails"], key=len, reverse=True)))),
        "brand_ordinary": frozenset(v["brand"]["ordinary_heads"]),
        "brand_weak": frozenset(v["brand"].get("weak_tails", [])),
        "place_brand": re.compile(
            "(?P<place>" + "|".join(sorted(map(re.escape, v["brand"].get("gambling_places", [])), key=len, reverse=True)) + ")"
            r"(?P<head>[\u4e00-\u9fff]{2,3}?)(?P<tail>娱乐城|娱乐|国际|平台|官网|官方网站|体育|真人|棋牌|电竞|[Aa][Pp][Pp])"
            r"(?P<more>(?:(?:国际|娱乐|平台|官网|网址|[Aa][Pp][Pp])(?:下载|入口|登录|注册)?)*)(?P<digits>[ \u3000]?\d{2,5}(?![\d年月日号%．.]))?"),
        "gambling_hubs": frozenset(v["brand"].get("gambling_hubs", [])),
        "unit_after": re.compile(v["brand"]["unit_after"]),
        "surnames": frozenset(v.get("surnames", "")),
        "column_tails": tuple(v.get("column_tails", [])),
    }


def title_line(view: str, lines: list[Line], scores: dict[int, float]) -> int | None:
    """The line number of the report's title: among the first lines, the first short one
    without sentence punctuation that names the genre (事迹, 总结, 材料 …)."""
    c = _compiled()
    seen = 0
    for line in lines:
        t = view[line.start : line.end].strip()
        if not t:
            continue
        seen += 1
        if seen > 12:
            break
        if 8 <= len(t) <= 60 and not _SENT_END.search(t) and c["title"].search(t) and not re.search(r"[>»|_]|\d{1,2}:\d{2}", t) \
                and not _ADDRESS_SHAPE_RE.search(t):
            return line.number
    return None


def _genre_titles(view: str, lines: list[Line]) -> list[int]:
    """The lines of the page's head, above its first paragraph, that read as a report's title closed by its genre
    (某某天文台某某党支部事迹材料, 某某社区党建工作总结): a site's heading over it (“两优一先”先进党支部事迹介绍 - 某某) may
    have taken :func:`title_line`'s place."""
    out = []
    for line in islice((ln for ln in lines if view[ln.start : ln.end].strip()), 12):
        t = view[line.start : line.end].strip()
        if len(t) >= 30 and _SENT_END.search(t):
            break  # the first paragraph
        if (10 <= len(t) <= 60 and _GENRE_END_RE.search(t) and not _SENT_END.search(t)
                and not re.search(r"[>»|_]|\d{1,2}:\d{2}|[ \u3000]|推荐|第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]", t)
                and not _ADDRESS_SHAPE_RE.search(t)):  # (a collection's item: 推荐第1篇：某某工作总结)
            out.append(line.number)
    return out


#: a report's title closed by its genre (…事迹材料, …工作总结, …典型材料)
_GENRE_END_RE = re.compile(r"(?:事迹材料|先进事迹|事迹介绍|工作总结|典型材料|申报材料|经验材料|汇报材料|交流材料|推荐材料)$")


#: what no title carries: an e-mail address, a web address, a phone number, a filing number (a
#: site's footer: 某某党委宣传部主办 E-mail:…), a person's credit (某某村党支部 某某/文)
_ADDRESS_SHAPE_RE = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.|https?://|www\.|[A-Za-z0-9-]+\.(?:com|cn|net|org)\b|"
                               r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?!\d)|ICP|备案|公网安备|[Ee]-?mail|"
                               # nor a person's credit (某某/文 某某/图, 记者 某某)
                               r"[\u4e00-\u9fff]/[文图摄]|(?<![\u4e00-\u9fff])[文图摄]/[\u4e00-\u9fff]|记者[ \u3000]|通讯员[ \u3000]|摄影[:：]")


#: a sentence telling what the unit or its members did with a site, a column or an account: report text,
#: however many site words it holds (a site's notice speaks of the site and its reader: 本站…, 欢迎…)
_UNIT_DOES_RE = re.compile(
    r"(?:党支部|党总支|党委|支部|党员|学校|学院|医院|卫生院|公司|社区|村委|单位|机关)[^。！？!?]{0,20}?"
    r"(?:开设|设置|设立|开通|建立|开辟|创办|推出|推送|更新|发布|刊发|刊登)(?:了)?[^。！？!?]{0,6}?(?:专栏|栏目|专题|园地|平台|公众号|动态|信息|文章|稿件)")


#: Chinese characters spaced out one by one (前  言, 将 军 的 遗 愿, 分 享 至 手 机)
_SPACED_CHARS_RE = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])+")


def _between_paragraphs_of_prose(view: str, lines: list[Line], k: int, shortest: int = 30) -> bool:
    """Whether the lines of text right above and right below ``lines[k]`` are paragraphs (:func:`_is_body_line`,
    ``shortest`` characters or more)."""
    above = next((ln for ln in reversed(lines[:k]) if view[ln.start : ln.end].strip()), None)
    below = next((ln for ln in lines[k + 1 :] if view[ln.start : ln.end].strip()), None)
    return (above is not None and below is not None and _is_body_line(view, above, shortest)
            and _is_body_line(view, below, shortest))


#: a year left blank (20xx年, 20XX年): a template's or an anonymised report's line (20xx年3月2日 星期日 天气晴 opening a
#: diary's day); a site dates its own lines with real years
_YEAR_BLANK_RE = re.compile(r"(?<![A-Za-z0-9])(?:19|20)(?:[xX]{2}|[×＊*]{2})[ \u3000]*年")


#: the line naming who presents a report or applies with it (汇报人：某某, 报告人：某某党支部书记 某某, 申报单位：某某): a site's
#: fields name who posted, wrote or edited (发布人, 作者, 编辑), never who reports
_PRESENTER_RE = re.compile(r"(?:汇报人|申报人|报告人|述职人|发言人|汇报单位|申报单位|推荐单位)[ \u3000]*[:：]")


#: a team's roll in the report (队长：某某, 队员：某某 某某 某某, 攻坚组成员：…): a site's fields name who posted, wrote or
#: edited, never a team's members
_TEAM_ROLL_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}[队组])?(?:副?队长|队员|副?组长|组员|成员)[ \u3000]*[:：][ \u3000]*[\u4e00-\u9fff]")


#: a report's line naming its attachments (附件：1.党员花名册 2.活动照片, 附件2：某某名单)
_ATTACHMENT_LIST_RE = re.compile(r"附件[ \u3000]*[\d一二三四五六七八九十]{0,2}[ \u3000]*[:：][ \u3000]*(?:\d{1,2}[ \u3000]*[.．、][ \u3000]*)?[\u4e00-\u9fff“《]")
#: a report's label over the roll it appends (附:名单, 附件：获奖人员名单, 附表:某某一览表)
_APPENDED_ROLL_RE = re.compile(r"附[件表录]?[ \u3000]*[\d一二三四五六七八九十]{0,2}[ \u3000]*[:：][ \u3000]*[\u4e00-\u9fff]{0,16}(?:名单|名册|名录|一览表)")
#: what a site's attachment offers: a file to fetch (附件：某某.doc 下载, 点击下载, 52KB)
_FILE_CUE_RE = re.compile(r"下载|点击|\.(?:docx?|pdf|xlsx?|wps|rar|zip|pptx?)\b|\d\s*[KkMm][Bb]", re.I)


#: a length a text is asked for, in brackets (（不少于1500字）, (800字左右), （字数不超过300字）): a plan's or a notice's
#: requirement, never a site's count of a text's characters (（1951字）)
_LENGTH_RULE_RE = re.compile(r"[（(][ \u3000]*(?:字数)?[ \u3000]*(?:(?:不少于|不低于|不超过|不多于|不得少于|不得超过|限|控制在)[ \u3000]*\d{2,5}[ \u3000]*字"
                             r"(?:以上|以内|以下|左右)?|\d{2,5}[ \u3000]*字(?:以上|以内|以下|左右))[ \u3000]*[)）]")


#: a report's heading or clause that builds or runs a platform (搭建学习平台, 打造服务平台, 创新载体搭平台): the
#: line model's brand shape (a name's two or three characters, then 平台) reads the platform's name as a brand's
_BUILT_PLATFORM_RE = re.compile(r"(?:搭建|搭好|搭|打造|构建|建设|建立|建好|创建|创设|用好|用活|拓展|拓宽|夯实|完善|畅通|做强|做实|"
                                r"做优|优化|筑牢|依托|利用|借助)[\u4e00-\u9fff“”]{0,8}平台")
_LATIN_OR_DIGIT_RE = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]")


#: a wide gap parting a line of a two-column page (a magazine's PDF flattened: the left column's line, then the right's)
_COLUMN_GAP_RE = re.compile(r"[ \u3000]{8,}")


def _columns(text: str) -> list[str] | None:
    """A line's two columns' text where one wide gap parts it into two parts of four CJK characters or more (or one
    part a column's line of prose, twelve or more, and the other a sentence's last words: 某某的村民为何对另一个村的
    书记如此熟        行先试”。)."""
    parts = _COLUMN_GAP_RE.split(text.strip())
    if len(parts) != 2:
        return None
    counts = [cjk_count(part) for part in parts]
    return parts if min(counts) >= 4 or min(counts) >= 2 and max(counts) >= 12 else None


def _two_column_page(view: str, lines: list[Line]) -> bool:
    """Whether the page is two columns flattened side by side: three lines or more parted by one wide gap into two
    parts of text (:func:`_columns`; a menu parts many short words)."""
    if "        " not in view and "\u3000" * 8 not in view:
        return False
    return sum(1 for line in lines if _columns(view[line.start : line.end]) is not None) >= 3


#: a Markdown table's rule under its header (---|---|---, | :--- | ---: |)
_TABLE_RULE_RE = re.compile(r"[ \t\u3000]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}[ \t]*(?::?-{3,}:?[ \t]*)?")


def _markdown_table_lines(view: str, lines: list[Line]) -> set[int]:
    """The lines of the report's tables written in Markdown: a header row, its rule of dashes, the rows under it
    (服务项目 | 覆盖率 | 满意度 | / ---|---|--- / 长者助餐 | 78% | 91% |): the report's figures, never a menu."""
    if "---" not in view:
        return set()

    def cells(ln: Line) -> int:
        return sum(1 for cell in view[ln.start : ln.end].split("|") if cell.strip())

    found: set[int] = set()
    content = [ln for ln in lines if view[ln.start : ln.end].strip()]
    for k, ln in enumerate(content):
        if k == 0 or not _TABLE_RULE_RE.fullmatch(view, ln.start, ln.end) or cells(content[k - 1]) < 2:
            continue  # (a page laid out in a table shows one cell of text over its rule: 某某网 2004年06月27日 | ||||)
        found.add(content[k - 1].number)
        for row in content[k + 1 :]:
            if cells(row) < 2:
                break
            found.add(row.number)
    return found  # (the rule itself is the table's drawing: the line rules may take it)


def find_junk_lines(view: str, lines: list[Line], model: LineJunkModel, threshold: float,
                    taken: set[int] = frozenset(), cut: list[tuple[int, int]] = (), *,
                    title: int | None = None) -> list[Candidate]:
    """Whole lines the model scores at ``threshold`` or more (not the title, not a numbered heading).
    ``cut``: spans other detectors removed; a line is read without them. ``title``: the title's line
    number when the caller found it already (:func:`title_line`)."""
    total = len(lines)
    scores: dict[int, float] = {}
    texts: dict[int, str] = {}
    several_junk: set[int] = set()  # lines of several sentences, each of them furniture
    cut = sorted(cut)
    english = _english_page(view)
    two_columns = _two_column_page(view, lines)
    table = _markdown_table_lines(view, lines)
    for i, line in enumerate(lines):
        if line.number in taken or line.end - line.start > 200 or line.number in table:
            continue  # (a Markdown table's lines are the report's figures: _markdown_table_lines)
        t = _without(view, line.start, line.end, cut)
        texts[line.number] = t
        stripped = t.strip()
        if english and _english_prose().fullmatch(stripped.rstrip("。")):
            continue  # a page written in English: its sentences and its title are the text, whatever the model reads
        if _QUOTE_SOURCE_RE.fullmatch(stripped):
            continue  # a quotation's source under it (——某某《求是》2021年第5期): the text's, as the quotation is
        # prose the guards below would keep anyway is not scored (most lines of a report)
        if stripped and len(stripped) <= 120 and not _MID_SENT_END.search(stripped.rstrip("。！？!?")):
            p = model.score(t, i, total)
            if p >= 0.5 and _SPACED_FIGURE_RE.search(t) and not _STAMP_RE.search(t) and (
                    _CLAUSE_PROSE_RE.search(t) or _SPACED_SIGN_OFF_RE.fullmatch(stripped)):
                p = min(p, model.score(_despaced(t), i, total))  # a PDF's spaced figures in the report's prose
            if p >= 0.5 and len(stripped) >= 30 and stripped.endswith(("。", ".")) and re.search("[，,]", stripped) \
                    and _CONTACT_SHAPE_RE.search(t):
                p = min(p, model.score(_CONTACT_SHAPE_RE.sub("", t), i, total))  # a notice's sentence giving an address
                # or a number to send to (…报送党委组织部（电子版请发送邮箱：某某@某某.edu.cn）。): read without it
            if p >= 0.5 and _SPACED_CHARS_RE.fullmatch(stripped) and _between_paragraphs_of_prose(view, lines, i):
                p = min(p, model.score(re.sub(r"[ \u3000]+", "", t), i, total))  # a heading spaced out between the report's
                # paragraphs (前  言, 将 军 的 遗 愿): the model learnt spaced characters from a page's menus and share bars
            if p >= 0.5 and _BUILT_PLATFORM_RE.search(stripped) and not _LATIN_OR_DIGIT_RE.search(stripped):
                p = min(p, model.score(t, i, total, without="brand"))  # a heading that builds a platform (搭建学习平台, 创新载体
                # 搭平台): the brand shape (某某平台) the model weighs is the report's own word
            if p >= 0.5 and (m := _LENGTH_RULE_RE.search(t)):
                p = min(p, model.score(t[: m.start()] + t[m.end() :], i, total))  # a plan's item asking for a length
                # (撰写一篇心得体会（不少于1500字）) is read without it: the model learnt a bracketed count of characters from sites
            if p >= 0.5 and two_columns and (parts := _columns(t)) is not None:
                p = min(p, *(model.score(part, i, total) for part in parts))  # a line of a two-column page
                # (事项名称：某某工程        事项名称：某某提升工程) is two lines side by side: the wide gap is no menu's
            if p >= 0.5 and (m := _TRAILING_ELLIPSES_RE.search(t)) and re.search("[，,]", t[: m.start()]):
                p = min(p, model.score(t[: m.start()], i, total))  # a teaser's last clauses cut with a row of ellipses
                # (…因为他们深知 ………………): the clauses are the report's; the row is the cut rules' (leftovers)
            if p >= 0.5 and _TYPED_DASH_RE.search(t):
                p = min(p, model.score(_TYPED_DASH_RE.sub("——", t), i, total))  # a title's dash typed as hyphens between its
                # words (某某------致敬某某): the model learnt hyphen rows from a page's separators
            if p >= 0.5 and (m := _COLUMN_LABEL_RE.match(t)):
                p = min(p, model.score(t[m.end() :], i, total))  # a title after its column's label (某某基层 | 植根沃土…) is read alone
            scores[line.number] = p
        elif stripped and len(stripped) <= 120 and (p := _several_sentences_score(stripped, model, threshold, i, total)) is not None:
            scores[line.number] = p
            several_junk.add(line.number)
    if title is None:
        title = title_line(view, lines, scores)
    protected = {title, _subtitle_line(view, lines, title), *_genre_titles(view, lines)}
    keys = [re.sub(r"\s+", "", view[line.start : line.end]) for line in lines]
    firsts: dict[str, int] = {}
    for line, t in zip(lines, keys):  # the first copy of a line the page repeats is its title (never a credit line: 文、图/某某记者 某某)
        if _repeatable(t) and t not in firsts and not _MENU_WORDS_RE.fullmatch(view, line.start, line.end) \
                and not opens_with_credit(view, line.start, line.end):
            firsts[t] = line.number
    for t, number in firsts.items():
        if sum(1 for k in keys if k.startswith(t)) > 1 and not _LABEL_VALUE_RE.fullmatch(t):
            protected.add(number)
    rank = {n: k for k, n in enumerate(sorted(scores))}  # place among the scored lines (the page's head: 0-2)
    diary_days = None  # the page's days with their weekday or weather (counted once, where a line reads as one)
    out = []
    junk_numbers = set()
    for i, line in enumerate(lines):
        p = scores.get(line.number, 0.0)
        if p < threshold or line.number in protected:
            continue
        t = texts[line.number].strip()
        if _HEADING_RE.match(t) or _holds_blank(_BULLET_BOX_RE.sub("", t), "*＊×□") and not _REQUIRED_FIELD_RE.fullmatch(t):
            continue  # numbered headings, and lines with censor masks or blanks (junk does not censor itself; a form's 署名:* is no mask)
        if t != view[line.start : line.end].strip() and _MID_SENT_END.search(t + "\n"):
            continue  # what another detector left of a sentence is the report's
        if _MID_SENT_END.search(t.rstrip("。！？!?")) and line.number not in several_junk:
            continue  # several sentences: the notice rules judge them one by one, not the line
        if t.endswith(("。", "！", "？")) and p < max(threshold, 0.98):
            continue  # a sentence: near certainty
        if t.endswith(("；", ";")) and _LIST_ITEM_END_RE.search(t) and cjk_count(t) >= 5:
            continue  # an item of the report's list closed by its semicolon (依托某某工作平台；): no site's line ends so
        if _DOC_NUMBER_RE.fullmatch(t):
            continue  # an official document's own number (某某党办〔2016〕37号): the document's; a site's index shows it after a label
        if _BRACKETED_DAY_RE.fullmatch(t):
            continue  # a document's or a speech's day in brackets under its title (（2011年7月1日）): a site writes its dates bare
        if _DIARY_DAY_RE.fullmatch(t) and (diary_days := diary_days if diary_days is not None else sum(
                1 for x in lines if _DIARY_DAY_RE.fullmatch(view, x.start, x.end) and not view[x.start : x.end].strip().endswith("日"))) >= 2:
            continue  # a diary's entry under its day and weather (3月8日 阴转小雨 / 今天召开村两委会议…), the page's other
            # entries dated the same way: the report's; a portal's date and weather widget stands once, in its head
        if _TRAILING_OFF_RE.fullmatch(t) and not _NOTICE_VOICE_RE.search(t) and _between_paragraphs_of_prose(view, lines, i):
            continue  # the narration trailing off between its paragraphs (让我们把镜头拉回到2月3日……): a site's teaser or
            # loading notice names what it hides, loads or offers (此处隐藏…, 加载中…, 更多…)
        if _QUOTED_SPEECH_RE.fullmatch(t) and _body_follows(view, lines, line.number):
            continue  # someone's words in quotation marks over the report's text (“快看，某某的红马甲又来了……”)
        if t.endswith(("。", "！", "？")) and ("，" in t or "," in t) and _between_paragraphs(view, lines, line.number):
            continue  # a sentence standing between the report's paragraphs is the report's (某某地图预计7月1日上线，市民
            #可下载某某App获取。): a site's prompt stands in the page's head or foot, and a notice spliced into the text
            # is the notice rules' to judge
        if t.endswith(("。", "！", "？")) and _UNIT_DOES_RE.search(t):
            continue  # the unit's own site or account in a report's sentence (学校官网开设党支部专栏，每周更新…。)
        if len(t) <= 4 and _CJK_ONLY_RE.fullmatch(t) and p < max(threshold, 0.97) and rank.get(line.number, 0) >= 3:
            continue  # in the body a short heading (结语, 前言) and a navigation word look alike
        if _PRESENTER_RE.match(t):
            continue  # who presents or applies (汇报人：某某, 申报单位：某某党支部): the report's own line, never a site's field
        if _TEAM_ROLL_RE.match(t):
            continue  # a team's leader and members (队长：某某, 队员：某某 某某): the report's own roll, never a site's field
        if (_ATTACHMENT_LIST_RE.match(t) or _APPENDED_ROLL_RE.fullmatch(t)) and not _FILE_CUE_RE.search(t):
            continue  # the report's list of its attachments (附件：1.党员花名册 2.活动照片, 附：名单): a site's 附件 offers a file to download
        if _SECTION_LABEL_RE.fullmatch(_INNER_SPACE_RE.sub("", t)) and _body_follows(view, lines, line.number):
            continue  # a profile's section label over its text (做法：, 释义：, 主要成效：, 【背 景】 spaced out)
        if _LIFE_YEARS_RE.fullmatch(t) and _body_follows(view, lines, line.number):
            continue  # a profile's name and years over its text (某某某(1944-1994) / 事迹简介：…)
        if _COLON_HEADING_RE.fullmatch(t) and not _FIELD_WORD_RE.search(t) and _body_follows(view, lines, line.number):
            continue  # a heading with its colon subtitle over its text (积分换新风：一分一分攒出文明村)
        if _CONTACT_FIELD_RE.fullmatch(view[line.start : line.end].strip()) and _signed_below(view, lines[line.number :]):
            continue  # a notice's own contact lines over its signature's date (联系人：某某 / 电子邮箱：… / 2021年10月7日)
        if _CONTACT_FIELD_RE.match(t) and t.endswith("。"):
            continue  # a contact written as a sentence (联系人：某某，联系电话：…。): a notice's own; a site's contact block
            # lists its fields without a full stop
        if len(t) <= 8 and _profile_follows(view, lines, line.number):
            continue  # a profile's name over its text (某某 / 中共党员，某某公司高级工程师…): the report's
        if _SALUTATION_RE.fullmatch(t):
            continue  # a speech's salutation (同志们：, 各位领导、同志们：) opens the text
        if _TALLY_RE.fullmatch(t):
            continue  # the unit's tally of a year (2023年共征收车辆通行费16246879.00元): figures, but the report's
        if _speaker_over_quotation(view, lines, line.number, t):
            continue  # a speaker's name over the words they said (某某： / “接过聘书时，我…”): the report's interview
        if UNIT_AND_NAMES_RE.fullmatch(t) and not any(view[ln.start : ln.end].strip() for ln in lines if ln.number > line.number):
            continue  # the report's sign-off closing the page (某某第三党支部  某某): its unit and writer, the report's own
        if p < 0.99 and _headline_shape(view[line.start : line.end].strip()) and _over_date_or_subtitle(view, lines, line.number):
            continue  # a headline over its date line or its ——记 subtitle (某某 | 某某党支部 / 时间：… 作者：…): the title
        if ("|" in t or "｜" in t) and _bar_headline(t, model, i, total) and _over_date_or_subtitle(view, lines, line.number):
            continue  # a paper's headline of two parts over its date line (某某报四个整版关注某地 | 特刊三版：坚持…): the last
            # part, the article's own title, is no site's name
        if _TRANSITION_RE.fullmatch(t) and not _SITE_VOICE_RE.search(t):
            continue  # the report announcing its account (下面就把党支部工作总结汇报如下：); a site's lead-in speaks of 小编, 范文
        if _ROSTER_RE.fullmatch(t):
            continue  # a roll of the people honoured (获奖党员：某某 某某 …): the report's, not the writers' names
        if len(t) >= 30 and _SPOKEN_LINE_RE.fullmatch(t) and len(_PARTICLE_RE.findall(t)) >= 4:
            continue  # speech written down without punctuation, its pauses as spaces (a video's subtitles): the text's
        if len(t) > 50 and t.endswith(("。", "！", "？", "!", "?")) and p < max(threshold, 0.995):
            continue
        if (len(t) > 50 and t.endswith(("。", "！", "？")) and _LATIN_WORDS_RE.search(t)
                and model.score(_LATIN_WORDS_RE.sub("", t), i, total) < threshold):
            continue  # a sentence naming a journal or a product in English (…发表论文19篇，其中Angewandte Chemie…等一区期刊2篇。):
            # the Latin letters, not the words, made the score
        if len(t) >= 30 and _report_text_glued(t, model, line.number, total):
            continue  # furniture glued before the report's own sentence: only the furniture goes (find_glued_junk)
        out.append(Candidate("furniture", line.start, line.next, "removed",
                             f"page furniture (whole line, line model {p:.2f})", priority=5,
                             data={"unit": "line", "score": round(p, 3), "detector": "line model", "line": line.number}))
        junk_numbers.add(line.number)
    # a short label among furniture lines (a column name under a breadcrumb, a credit in the
    # page's foot) goes with them, block by block
    content = [line for line in lines if view[line.start : line.end].strip()]
    emptied = {line.number for line in content if line.number in texts and not texts[line.number].strip()}
    item_title = _item_title(view, content, texts)
    for _ in range(6):
        added = _neighbours(view, content, texts, scores, protected, taken, junk_numbers | emptied, out, item_title)
        if not added:
            break
        junk_numbers |= added
    return out


#: where a line's sentences end (a mark and what closes it: 。” ！）)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[。！？!?])(?![。！？!?”\"’')）])")


def _several_sentences_score(t: str, model: LineJunkModel, threshold: float, index: int, total: int) -> float | None:
    """The line model's score of a short line of several sentences where each of them and the whole line
    are furniture (a site's statement and its phone line: 声明：…违者必究！ 咨询电话…。; a date and source line
    whose mojibake reads as question marks), else None: the report's lines of short sentences hold one the
    model reads as prose."""
    parts = [x.strip() for x in _SENTENCE_SPLIT_RE.split(t) if x.strip()]
    if len(parts) < 2:
        return None

    def score(x: str) -> float:  # a PDF's spaced figures read as in the report's prose (see _despaced)
        p = model.score(x, index, total)
        return min(p, model.score(_despaced(x), index, total)) if p >= threshold and _SPACED_FIGURE_RE.search(x) else p

    if not all(len(x) < 2 or score(x) >= threshold for x in parts):
        # a labelled notice (特别提醒：…本站…。) goes on in sentences about the site and its authors
        # the model may not know (如您不希望作品出现在本站，可联系我们要求撤下。)
        if not (_NOTICE_LABEL_RE.match(parts[0]) and score(parts[0]) >= max(threshold, 0.98)
                and all(_SITE_WORD_RE.search(x) for x in parts[1:] if len(x) >= 2)):
            return None
    p = score(t)
    return p if p >= threshold else None


#: a notice's label opening a line (特别提醒：, 免责声明：, 版权声明：, 温馨提示：)
_NOTICE_LABEL_RE = re.compile(r"(?:特别|温馨|重要|友情)?(?:提醒|提示|声明|说明|告知)[ \u3000]*[:：]|(?:免责|版权|郑重|转载)声明[ \u3000]*[:：]?")
#: the site and its authors (本站, 本网, 转载, 侵权, 版权, 作者, 稿酬)
_SITE_WORD_RE = re.compile(r"本站|本网|我站|我网|转载|侵权|版权|作者|稿酬|稿费|原创|来源于网络")


#: the report's own words announcing its account (现将有关情况汇报如下：, 下面就把党支部工作总结汇报如下:)
_TRANSITION_RE = re.compile(r"(?:下面|现|兹|特|今|以下|我们)[^\n。！？!?]{0,40}?(?:汇报|报告|总结|介绍|说明|述职|陈述|报送|呈报)如下[:：]?")
#: a site's voice: its editor, its readers, its collection (以下是小编整理的…，内容如下：)
_SITE_VOICE_RE = re.compile(r"小编|本站|本网|网友|大家|范文|整理|分享|收集|精选|下载|阅读")
#: a dialog's close button: a × set apart by a space at the line's end or start (微信扫一扫 ×), no censor mask (××村)
_CLOSE_BUTTON_RE = re.compile(r"(?:^|[ \u3000]+)[×✕✖](?=$)|^[×✕✖](?=[ \u3000])")
#: a contact field of a notice or a site (联系人：某某, 联系电话：…, 电子邮箱：…)
_CONTACT_FIELD_RE = re.compile(r"(?:联系人|联系电话|电话|手机|电子邮箱|邮箱|[Ee]-?mail|邮编|传真|地址)[ \u3000]*[:：][^\n]{0,40}")


def _signed_below(view: str, following: list[Line]) -> bool:
    """Whether a signature's date stands alone on one of the next four filled lines of ``following``
    (2021年10月7日, 二〇二一年十月七日: the page structure's sign-off date)."""
    seen = 0
    for ln in following:
        t = view[ln.start : ln.end].strip()
        if not t:
            continue
        if _SIGN_OFF_DATE_RE.fullmatch(t):
            return True
        seen += 1
        if seen >= 4:
            return False
    return False


def _holds_blank(t: str, marks: str) -> bool:
    """Whether a line holds a censor mask or a template blank (one of ``marks``, a run of slashes: ////////有限公司, a year
    left blank: 20xx年); a dialog's close button (微信扫一扫 ×) and a web address's :// are neither."""
    return any(ch in _CLOSE_BUTTON_RE.sub("", t) for ch in marks) or "///" in t and "://" not in t \
        or bool(_UNDERSCORE_BLANK_RE.search(t)) or bool(_YEAR_BLANK_RE.search(t))


#: a blank written as underscores beside Chinese (__县幼儿园园长李__): a template's, no site's (标题_站名 has one)
_UNDERSCORE_BLANK_RE = re.compile(r"[\u4e00-\u9fff]_{2,}|_{2,}[\u4e00-\u9fff]")


#: a newspaper's box opening a line before a space (□ 本报记者 某某), or alone on its line: a bullet, no censor mask (□□村)
_BULLET_BOX_RE = re.compile(r"^□(?:[ \u3000]+|$)")
#: a figure set apart by spaces inside Chinese text, as a PDF's text layer gives it (距县城 30 公里, 2010 年 12 月)
_SPACED_FIGURE_RE = re.compile(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]")
#: prose: a clause comma between Chinese words, or a full stop closing the line
_CLAUSE_PROSE_RE = re.compile(r"[\u4e00-\u9fff\d%”] ?[,，、；;] ?[\u4e00-\u9fff\d“]|[\u4e00-\u9fff\d%”] ?[。]\s*$")
#: a report's sign-off date as a PDF spaces it (2010 年 12 月, 2015 年 12 月 25 日)
_SPACED_SIGN_OFF_RE = re.compile(r"(?:\d{4}|二[〇零○][一二三四五六七八九〇零○]{2}) ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?")
#: a page's stamp or fields: a clock time or a field's label (… 18:38 来源：某某网)
_STAMP_RE = re.compile(r"\d{1,2}:\d{2}|(?:来源|作者|发布|编辑|时间|日期|浏览|点击|阅读)[ \u3000]*[:：]")
_DESPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff“”%]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff“”%·])|(?<=[·]) (?=\d)|"
                         r"(?<=[,，、；;“]) (?=[\u4e00-\u9fff\d“”])|(?<=[\u4e00-\u9fff]) (?=[”])")


def _despaced(t: str) -> str:
    """A line without the spaces a PDF sets around figures and after commas (the line model learnt
    spaced figures from date stamps and counters, not from a report's sentences)."""
    return _DESPACE_RE.sub("", t)


#: where a piece of furniture glued before a paragraph's text may end: after a closing bracket, a bar,
#: a breadcrumb's separator or spaces (【原创】…, 某某网讯 …, 首页 >> 某某 >> 正文 …)
_GLUE_SPLIT_RE = re.compile(r"[】\]］〕）)｜|>»＞›→]+[ \u3000]*|[ \u3000]+|(?<=报道|消息|作者|编辑|责编)[：:][ \u3000]*|(?<=[讯电])[：:][ \u3000]*")
#: a numbered item or a date opening a paragraph ((一)…, 1)…, 2022 年…, 12月1日 …): the report's own
_ITEM_OR_DATE_RE = re.compile(r"[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.、．]|[\d \u3000年月日号.\-/]+$|.*(?:星期|周)[一二三四五六日天]")
#: a verb or a copula going on with the clause its subject opened (是, 始终, 已经, 要, 将): a sentence's words, not a new one's
_CLAUSE_GOES_ON_RE = re.compile(r"(?:是|始终|已经|不断|要|将|把|能够|作为)(?![\u4e00-\u9fff]{0,3}[讯电])")
#: a day opening words that go on with no outlet's 讯, 电 or 消息 (9月19日上午9时 某某项目…)
_DATED_WORDS_RE = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?![^ \u3000]{0,12}(?:讯|电|消息)(?:[ \u3000：:]|$))(?!.*(?:讯|电|消息)$)")
#: a closing bracketed piece after a paragraph's last sentence ((某某 通讯员 某某), [ 详细 ], (某某宣))
_GLUED_TAIL_RE = re.compile(r"(?<=[。！？!?”\"])[ \u3000]*((?:[（(【\[〔][^()（）【】\[\]〔〕\n。！？!?]{1,38}[)）】\]〕][ \u3000]*)+)$")


#: the words of a sentence telling of people (许多网友纷纷为她点赞。): the text's, whatever button word it holds
_NARRATED_RE = re.compile(r"[他她]|我们|大家|纷纷|争相|一起")
#: the report's own remark in brackets after a sentence ((详见附件), (下同), (以下简称…))
_REMARK_RE = re.compile(r"详见|见附|附件|附表|下同|同上|简称|见下|如下|[注备]\s*[:：]|单位\s*[:：]|排名不分先后|按姓氏")
#: a sentence the reporter is the subject of (记者 某某 在卫生院采访时看到…)
_REPORTER_SEES_RE = re.compile(f"(?:{REPORTER_ACTS})")
#: a reporter's role closing a piece split off at the space before the name (记者 | 某某 在…)
_ROLE_END_RE = re.compile(r"(?:记者|通讯员)$")
#: a name and the space after it
_SPACED_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,4}[ \u3000]+")


#: a page's button or teaser glued after a paragraph's last sentence without brackets (…。……此处省略2000字，
#: 下载后可阅读完整版。, …。打开APP阅读全文, …。展开全文 ∨): after an ellipsis or with the words of a page's button
_GLUED_BUTTON_RE = re.compile(r"(?<=[。！？!?”\"])(?![”\"])[ \u3000]*((?:……|…|\.{3,}|——|↓|→|▶)[^\n]{1,40}|"
                              r"[^\n。！？!?]{0,12}(?:全文|隐藏|省略|APP|App|app|可见|原文|收藏|分享|点赞|在看|下载|返回|列表|[上下尾首]页|首发|转自|"
                              r"转载|原载)[^\n。！？!?]{0,30}[。！？!?]?)[ \u3000]*$")


#: a flattened page's title before the item's stamp (date and time) on its first line (某某老人讲党史 2021-04-15 08:37:01 …),
#: or before its day written with dashes, glued or not (某某经验走向全国2016-12-26 10月16日，…)
_TITLE_BEFORE_STAMP_RE = re.compile(rf"[\u4e00-\u9fff“”\"《》：:，, \u3000·•—-]{{6,40}}?(?:[ \u3000]+(?={DAY}[ \u3000]*\d{{1,2}}:\d{{2}})"
                                    r"|[ \u3000]*(?=(?:19|20)\d\d-\d{1,2}-\d{1,2}(?!\d)))")


#: a measure word going on from a number (9 个省, 12 名党员, 3 万元): the number is the text's
_MEASURE_ON_RE = re.compile(r"(?:个|名|位|家|项|次|万|余|多|条|所|座|篇|户|支|亿|千|百|岁|件|台|辆|公里|平方|亩|元)")


#: names joined by 、 run into a date that opens the text (某某、某某某、某某某10月29日…)
_GLUED_NAMES_RE = re.compile(r"[ \u3000]*(?:[\u4e00-\u9fff]{2,3}、){1,5}[\u4e00-\u9fff]{2,3}(?=\d{1,2}月|(?:19|20)\d\d年)")


def _prose_after(t: str) -> bool:
    """Whether ``t`` is the report's text: twenty Chinese characters and more with clause punctuation."""
    return cjk_count(t) >= 20 and re.search("[，,。；;]", t) is not None


def _report_text_glued(t: str, model: LineJunkModel, index: int, total: int) -> bool:
    """Whether line ``t`` holds, after a piece of furniture (up to a bracket, a bar, a separator or
    spaces), the report's text: clauses the line model reads as report (首页 >> 某某 >> 正文 某某支部现有…)."""
    for m in _GLUE_SPLIT_RE.finditer(t, 0, min(len(t), 72)):
        rest = t[m.end() :]
        if re.match(r"[\u4e00-\u9fff“\"]", rest) and _prose_after(rest) and model.score(rest, index, total) < 0.5:
            return True
    return False


def find_glued_junk(view: str, lines: list[Line], model: LineJunkModel, threshold: float,
                    cut: list[tuple[int, int]] = ()) -> list[Candidate]:
    """Furniture a flattened page glued before a paragraph's text or after its last sentence, read by the
    line model as a line of its own (某某融媒｜, 【转载】, 首页 >> 某某 >> 正文, 【某某晚报】记者 某某 报道：;
    …。(某某 通讯员 某某)). Before the text: the longest piece, up to a bracket, a bar, a separator or
    spaces, that the model scores at 0.95 or more, no clause, label, numbered item or date of the report,
    and the report's text after it. After the text: pieces in brackets, after an ellipsis or with a
    button's words (…。……此处省略2000字，…, …。打开APP阅读全文) that the model scores so, no date or remark
    of the report ((详见附件), (2023年12月))."""
    total = len(lines)
    bar = max(threshold, 0.95)
    out = []
    first = True  # furniture glues before the page's first paragraph (its head, flattened)
    for i, line in enumerate(lines):
        start = line.start
        for s, e in cut:  # what other detectors took at the line's start (a date, 楼主 |): the line starts after it
            if s <= start < e or s == start:
                start = max(start, e)
        raw = view[start : line.end]
        if len(raw) < 24:
            continue
        lead = len(raw) - len(raw.lstrip())
        t = raw[lead:]
        if not _prose_after(t):
            continue
        best = None
        # (a piece another detector cut near the line's start leaves the head alone; one in the tail joins it)
        head_free = not any(s < start + lead + 72 and start < e for s, e in cut)
        for m in _GLUE_SPLIT_RE.finditer(t, 0, min(len(t), 72) if first and head_free else 0):
            pre, rest = t[: m.end()].strip(), t[m.end() :]
            if len(re.findall(r"[（(]", pre)) > len(re.findall(r"[)）]", pre)):
                continue  # a split inside brackets ((某某 某某)7月下旬…): the bracket is one piece
            if _CJK_ONLY_RE.fullmatch(pre) and _CLAUSE_GOES_ON_RE.match(rest):
                continue  # the sentence's subject before its verb, a PDF's pause between them (党建工作 是一切工作的生命线…):
                # a column's tag stands before the text's own subject (党建工作 某某村党支部召开…)
            if _DATED_WORDS_RE.match(pre) and cjk_count(pre) >= 12:
                continue  # the text's first words after its day, a flattened page's pauses as spaces (9月19日上午9时 某某项目
                # 盾构机 顺利进入…): an outlet's dateline closes with 讯 or 电
            if re.search(r"\d$", pre) and _MEASURE_ON_RE.match(rest):
                continue  # a split inside a spaced figure (…奔赴全国 9 个省…): the number's measure word goes on
            if (len(pre) < 2 or not re.match(r"[\u4e00-\u9fff“\"]|\d{1,2}月\d{1,2}日|(?:19|20)\d\d年", rest) or not _prose_after(rest)
                    or re.search(r"[，,。；;！？!?、]", pre) or pre.endswith(("：", ":")) and not re.search(r"(?:报道|消息|(?<![喜捷佳音通])讯|电)[：:]$|[ \u3000](?:作者|编辑|责编)[：:]$", pre)
                    or _HEADING_RE.match(pre)
                    or _ITEM_OR_DATE_RE.match(pre) or re.search(r"[xX×＊*]{2}|[?？]", pre) or _SECTION_LABEL_RE.fullmatch(pre)):
                continue
            opening = re.search(r"[（(【\[〔]", pre)
            if (opening and opening.start() > 0 and not re.search(r"[\u4e00-\u9fff]{2}(?:讯|消息)$", pre[: opening.start()])
                    and model.score(pre[: opening.start()], i, total) < bar):
                continue  # the text's own words before a bracketed piece (某某周德明（位置：…）): not furniture (an
                # outlet's dateline before its writers is: 某某全媒体讯（某某 某某）)
            if re.search("记者|通讯员", pre) and (_REPORTER_SEES_RE.match(rest) or _ROLE_END_RE.search(pre) and
                                                  (named := _SPACED_NAME_RE.match(rest)) and _REPORTER_SEES_RE.match(rest, named.end())):
                continue  # the reporter in the text's own sentence (记者 某某 在某地采访时看到…)
            score = model.score(pre, i, total)
            if score >= bar and _SPACED_FIGURE_RE.search(pre) and not _STAMP_RE.search(pre):
                score = min(score, model.score(_despaced(pre), i, total))  # the text's words with a PDF's spaced figures
            if score >= bar:
                best = (m.end(), pre, score)
        first = False
        if best is not None:
            end, pre, score = best
            if re.search(r"(?:作者|编辑|责编|记者|通讯员)[：:]?$", pre) and (names := _GLUED_NAMES_RE.match(t, end)):
                end = names.end()  # the writers' names run into the text's date (作者：某某、某某某10月29日…): they go too
            titled = _TITLE_BEFORE_STAMP_RE.match(pre) if not view[:start].strip() else None
            # (a flattened page opening with its title, then the item's stamp: the title stays)
            out.append(Candidate("furniture", start if titled is None else start + lead + titled.end(), start + lead + end, "removed",
                                 f"furniture glued before the text: {pre[:30]} (line model {score:.2f})", priority=5,
                                 data={"unit": "glued_head", "score": round(score, 3), "detector": "line model"}))
        m = _GLUED_TAIL_RE.search(t) or _GLUED_BUTTON_RE.search(t)
        if m is not None and _prose_after(t[: m.start()]):
            piece = m.group(1).strip()
            score = model.score(piece, i, total)
            # a quotation's closing mark after the piece is the text's (…传下去。（某某）” : the ” stays)
            quote = len(m.group(1)) - len(m.group(1).rstrip("”\"’' \u3000"))
            if (score >= bar and not _ITEM_OR_DATE_RE.match(piece.strip("（()）【】[]")) and not _REMARK_RE.search(piece)
                    and not (m.re is _GLUED_BUTTON_RE and _NARRATED_RE.search(piece))):
                out.append(Candidate("furniture", start + lead + m.start(), start + lead + m.end(1) - quote, "removed",
                                     f"furniture glued after the text: {piece[:30]} (line model {score:.2f})", priority=5,
                                     data={"unit": "glued_tail", "score": round(score, 3), "detector": "line model"}))
    return out


#: a roll of people under a label naming them (获奖党员：某某 某某 某某 某某, 优秀共产党员名单：…)
_ROSTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:党员|个人|同志|名单|人员|代表|干部|教师|职工|获奖|先进|优秀|标兵|能手|之星)[\u4e00-\u9fff]{0,4}[:：]"
                        r"(?:[ \u3000、,，]*[\u4e00-\u9fff·]{2,4}){4,}")


#: a line of Chinese words apart by spaces only, and the particles of speech in it (我们小区以前也没有物业 没有门卫 …)
_SPOKEN_LINE_RE = re.compile(r"[\u4e00-\u9fff]+(?:[ \u3000]+[\u4e00-\u9fff]+)+")
_PARTICLE_RE = re.compile(r"[的了是也都就还很吗呢吧啊]|我们|现在|没有")


#: a web form's field marked required (署名:*, 邮箱：＊)
_REQUIRED_FIELD_RE = re.compile(r"[\u4e00-\u9fff]{1,6}[:：][ \u3000]*[*＊][ \u3000]*")


#: a dash typed as a row of hyphens between words (某某------致敬某某)
_TYPED_DASH_RE = re.compile(r"(?<=[\u4e00-\u9fff，,”])-{2,8}(?=[\u4e00-\u9fff“])")
#: an official document's number alone on its line (某某机关党办〔2016〕37号, 某委发[2021]5号)
_DOC_NUMBER_RE = re.compile(r"[（(]?[\u4e00-\u9fff]{2,16}[ \u3000]?[〔\[［（(][ \u3000]?(?:19|20)\d\d[ \u3000]?[〕\]］）)][ \u3000]?第?\d{1,4}[ \u3000]?号[)）]?")
#: the words a section label of a profile, a brand or an application ends in (名称, 做法, 主要事迹, 申报理由), or an essay's
#: (【前言】, 结语：)
_SECTION_WORDS = "名称|释义|做法|成效|理念|内涵|举措|亮点|简介|概况|情况|事迹|经验|体会|成绩|理由|意见|措施|成果|简历|经历|荣誉|特色|背景|启示|点评|思路|收获|引言|前言|序言|结语|名片"
#: a section word alone on its line, no colon (做法, 主要成效, 典型经验)
_BARE_SECTION_RE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{_SECTION_WORDS})")
#: a section label on its own line (名称：, 做法：, 主要事迹：, 申报理由：, 【支部简介】, ■ 工作成效): in brackets,
#: after a box, or closed by its colon; a site's own labels (文档简介：, 内容简介) are none, and other short labels
#: with a colon are as often a site's block labels (滚动资讯：, 文化链接：) or its info fields (来源：, 作者：)
_SECTION_LABEL_RE = re.compile(rf"(?![^\n]*(?:文档|资料|内容|网站|本站|栏目|文章|作品|视频|图片|书籍|产品))"
                               rf"(?:[【\[][\u4e00-\u9fff]{{0,6}}(?:{_SECTION_WORDS})[】\]][：:]?"
                               rf"|[■□●◆▲★☆◇][ \u3000]*[\u4e00-\u9fff]{{0,6}}(?:{_SECTION_WORDS})[：:]?[★☆]?"
                               rf"|[\u4e00-\u9fff]{{0,6}}(?:{_SECTION_WORDS})[：:])")


#: a speech's or a report's salutation on its own line (同志们：, 尊敬的各位领导、同志们：, 各位代表：, 大家好！)
_SALUTATION_RE = re.compile(r"(?:尊敬的|亲爱的)?(?:(?:各位|全体)?(?:领导|来宾|代表|嘉宾|同志|同事|老师|同学|朋友|党员|委员)(?:们)?[、，,和及 \u3000]*){1,4}"
                            r"[：:！!，,]|(?:大家|您们|你们|同志们|各位)好[！!。，,]?")


#: a person's profile opening: party standing, sex, people, birth (中共党员，…; 男，汉族，1975年5月出生)
_PROFILE_OPEN_RE = re.compile(r"[ \t\u3000]*(?:中共(?:预备)?党员|共产党员|男|女|[\u4e00-\u9fff]{1,4}族|(?:19|20)\d\d年\d{1,2}月(?:生|出生))[，,、]")


#: a unit's name, then one to three people's names apart by spaces (中国某某石化有限公司 王某某, 某某医院党委办公室 李某 张某):
#: a writer's byline above the text (leftovers), the report's sign-off closing the page
UNIT_AND_NAMES_RE = re.compile(
    r"(?P<unit>[\u4e00-\u9fff（）()\d]{3,30}?(?:公司|集团|厂|矿|学校|小学|中学|大学|学院|医院|卫生院|银行|支行|分行|协会|商会|中心|"
    r"局|委员会|党委|党总支|党支部|支部|办公室|办|部|处|科|站|所|院|馆|社区|街道|镇|乡|村|政府))"
    r"(?P<names>(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,3})")


def _headline_shape(t: str, shortest: int = 6) -> bool:
    """A headline's shape: ``shortest``-60 characters, three in four of them Chinese, no sentence's end, no link or address,
    no site's or column's name (某某招聘网 企业新闻)."""
    return (shortest <= len(t) <= 60 and not _SENT_END.search(t) and "。" not in t and not _ADDRESS_SHAPE_RE.search(t)
            and not _SITE_OR_COLUMN_RE.search(t) and len(re.findall(f"[{CJK}]", t)) >= 0.75 * len(t.replace(" ", "")))


#: a site's name or a column's in a line (某某网 企业新闻, 某某频道, …工作动态)
_SITE_OR_COLUMN_RE = re.compile(r"(?:网|网站|频道|在线)(?:[ \u3000|｜]|$)|(?:新闻|动态|资讯|要闻|快讯|通知|公告|专栏|栏目)$")


def _bar_headline(t: str, model: LineJunkModel, index: int, total: int) -> bool:
    """Whether the last part of a line after a bar reads as a headline of its own (eight Chinese characters
    or more, a headline's shape, no furniture to the line model): 某某 | 坚持党建引领 发挥带头作用, not
    某某事迹材料 | 某某范文网."""
    last = re.split(r"[|｜]", t)[-1].strip()
    return (len(re.findall(f"[{CJK}]", last)) >= 8 and _headline_shape(last) and model.score(last, index, total) < 0.5)


def _over_date_or_subtitle(view: str, lines: list[Line], number: int) -> bool:
    """Whether the next line of text is a date or meta line (2024-07-08 …, 时间：…, 来源：…) or a dash subtitle
    (——记某某, :data:`_SUBTITLE_RE`)."""
    for ln in lines:
        if ln.number > number and view[ln.start : ln.end].strip():
            return bool(_DATE_LINE_RE.match(view, ln.start, ln.end) or _SUBTITLE_RE.match(view, ln.start, ln.end))
    return False


#: Latin words and the spaces between them (a journal's or a product's name inside a Chinese sentence)
_LATIN_WORDS_RE = re.compile(r"[A-Za-z]{2,}(?:[ \u3000]+[A-Za-z]{2,})*")


def _between_paragraphs(view: str, lines: list[Line], number: int) -> bool:
    """Whether line ``number`` is a sentence of the report's own between its paragraphs: the line of text above is
    a paragraph (:func:`_is_body_line`), one of the three below is one too, and the sentence speaks of what the
    paragraphs above speak of (five characters in a row in common: 智慧党建地图), not of a site or its readers
    (编者按：本站…, 网友投稿…, 下载后可编辑…)."""
    line = next(ln for ln in lines if ln.number == number)
    t = view[line.start : line.end]
    if _NOTICE_VOICE_RE.search(t):
        return False
    above = [ln for ln in lines if ln.number < number and view[ln.start : ln.end].strip()]
    below = [ln for ln in lines if ln.number > number and view[ln.start : ln.end].strip()][:3]
    if not (above and _is_body_line(view, above[-1]) and any(_is_body_line(view, ln) for ln in below)):
        return False
    before = "".join(view[ln.start : ln.end] for ln in above[-3:])
    return any(t[i : i + 5] in before for i in range(len(t) - 4) if cjk_count(t[i : i + 5]) == 5)


#: a line of narration trailing off in an ellipsis (某某把镜头拉回到那一天……): no word of a teaser, a loading widget or a
#: site's offer (隐藏, 省略, 加载, 获取, 阅读, 下载, 更多, 全文, 会员, 目录)
_TRAILING_OFF_RE = re.compile(r"(?![“\"「『])(?:(?!隐藏|省略|加载|载入|获取|阅读|下载|更多|全文|会员|目录|提纲|点击|查看|展开|试读)[^\n。！？!?.…])"
                              r"{6,40}?[\u4e00-\u9fff0-9]……")
#: a site, its documents or its readers spoken of: a notice's voice, never the report's
_NOTICE_VOICE_RE = re.compile(r"本站|本网|网友|投稿|版主|编者|小编|评论|著作权|版权|转载|授权|文档|下载后|镜像|刊发|核实")


def _profile_follows(view: str, lines: list[Line], number: int) -> bool:
    """Whether the next line of text opens a person's profile (中共党员，…): the line above is the person's name."""
    for ln in lines:
        if ln.number > number and view[ln.start : ln.end].strip():
            return _PROFILE_OPEN_RE.match(view, ln.start, ln.end) is not None
    return False


#: what names no person: a unit's parts and roles, a report's words (某某公司 党委, 某某学院 团委书记, 事迹材料)
_NOT_A_NAME_RE = re.compile(r"党|团|委|支部|书记|主任|部长|经理|校长|院长|工会|办公|宣传|组织|纪检|研究|材料|事迹|总结|报告|经验")


def _person(name: str, names) -> bool:
    """Whether ``name`` reads as a person's name: two to four characters opened by a surname (``names``), no unit or
    role in it."""
    return ("·" in name or 2 <= len(name) <= 4 and (name[0] in names or name[:2] in names)) and not _NOT_A_NAME_RE.search(name)


#: a tally the report gives on a line of its own: a verb of counting, a figure and what it counts (全年共发放补贴12.5万元,
#: 累计培训党员1200人次)
_TALLY_RE = re.compile(r"[^，。,；;！？!?:：|/<>]{0,24}(?:共|累计|合计|完成|实现|达到|征收|发放|筹集|捐款|捐赠|走访|慰问|培训|服务)"
                       r"[^，。,；;！？!?:：|/<>]{0,24}?\d[\d.,，]*[ \u3000]*(?:万|亿)?(?:元|人次|人|户|个|项|次|吨|公里|件|台|场)[。]?")
#: a name and its colon alone on a line (某某：)
_SPEAKER_RE = re.compile(r"([\u4e00-\u9fff·]{2,5})[ \u3000]*[:：]")


def _speaker_over_quotation(view: str, lines: list[Line], number: int, t: str) -> bool:
    """Whether line ``number`` (its text ``t``) is a person's name and a colon over a line opening a quotation: the
    speaker of an interview's answer (某某： / “发展社区正在拆迁改造…”), not a field's label."""
    m = _SPEAKER_RE.fullmatch(t)
    if m is None or not _person(m.group(1), surnames()) or _FIELD_WORD_RE.search(m.group(1)) or name_is_word(m.group(1)):
        return False  # (文号：, 编辑：: a field's label, whatever surname its first character is)
    for ln in lines:
        if ln.number > number and (x := view[ln.start : ln.end].strip()):
            return x.startswith(QUOTE_OPENS)
    return False


#: spaces between two Chinese characters (a label spaced out: 【背 景】, 简  介)
_INNER_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
#: a quotation's source under it: dashes, a person's name, the work quoted and its issue (——某某《求是》2021年第5期,
#: ---某某在某某会议上的讲话《…》); a site's source field (——来源《某某日报》) is no person
_QUOTE_SOURCE_RE = re.compile(r"(?:——|—|-{2,}|－{2,})[ \u3000]*(?!来源|转自|转载|编辑|责编|作者|本文|图片|图文|摘自)[\u4e00-\u9fff·]{2,4}(?:同志)?"
                              r"[ \u3000]*(?:在[^《\n]{1,30})?《[^》\n]{1,30}》[^\n]{0,20}")
#: a person's name and the years of a life in brackets (某某某(1944-1994), 某某·某某（1954—1994）): a profile's heading
_LIFE_YEARS_RE = re.compile(r"[\u4e00-\u9fff·]{2,10}[ \u3000]*[（(](?:1[89]|20)\d\d[ \u3000]*[-－—–~～至][ \u3000]*(?:1[89]|20)\d\d[)）]")


def _body_follows(view: str, lines: list[Line], number: int) -> bool:
    """Whether a line of text (four characters or more: a sentence, or a brand under 名称：) follows line ``number``."""
    for ln in lines:
        if ln.number <= number:
            continue
        t = view[ln.start : ln.end].strip()
        if t:
            return len(t) >= 4
    return False


#: a subtitle under the title: a dash (an em dash, or the horizontal bar ―― older pages type), then a title's words or 记
#: (——记某某村党支部, --某某申报材料, ――某某创建工作走笔)
_SUBTITLE_RE = re.compile(r"[ \t\u3000]*(?:——|――|－－|--|—|―|－)[ \u3000]*(?=[^\n]{4,60}$)")


def _subtitle_line(view: str, lines: list[Line], title: int | None) -> int | None:
    """The line number of the subtitle right under the title, if there is one."""
    if title is None:
        return None
    after = [ln for ln in lines if ln.number > title and view[ln.start : ln.end].strip()][:1]
    if not after:
        return None
    ln = after[0]
    m = _SUBTITLE_RE.match(view, ln.start, ln.end)
    if m is None or _SENT_END.search(view, m.end(), ln.end):
        return None
    rest = view[m.end() : ln.end]
    return ln.number if rest.startswith("记") or _compiled()["title"].search(rest) else None


#: three short words or more spaced on a line (字号 放大 缩小, 首页 | 新闻 | 党建): a menu the page
#: repeats, never its title
_MENU_WORDS_RE = re.compile(r"[ \t\u3000]*[^\s|｜]{1,3}(?:[ \t\u3000|｜]+[^\s|｜]{1,3}){2,}[ \t\u3000]*")


#: a label and a short value (监制:某某某, 编辑:某某): a credit, never a title, even where a longer
#: credit line opens with the same words
_LABEL_VALUE_RE = re.compile(r"[\u4e00-\u9fff/]{1,6}[:：][^:：]{1,10}")


def _item_title(view, content, texts) -> int | None:
    """The news item's title among the content lines: the last line over a date line before the text
    begins (a sidebar lists other items' headlines over their dates above it)."""
    body = next((k for k, ln in enumerate(content) if _is_body_line(view, ln)), len(content))
    over_date = [k for k in range(min(body, len(content) - 1))
                 if len(texts.get(content[k].number, "").strip()) >= 12 and _DATE_LINE_RE.match(view, content[k + 1].start, content[k + 1].end)]
    return over_date[-1] if over_date else None


def indented_as_text(view: str, content: list[Line], k: int) -> bool:
    """Whether content line ``k`` opens with the same indentation (two spaces or more, or a full-width space) as the
    nearest paragraph of prose above it."""
    raw = view[content[k].start : content[k].end]
    lead = raw[: len(raw) - len(raw.lstrip())]
    if len(lead) < 2 and "\u3000" not in lead:
        return False
    para = next((ln for ln in reversed(content[:k]) if _is_body_line(view, ln)), None)
    return para is not None and view[para.start : para.end].startswith(lead) and not view[para.start + len(lead) : para.end][:1].isspace()


#: a reporter's line under a headline, maybe behind a paper's box (□本报记者 某某, 记者 某某 某某): narrower than a credit
#: run of :mod:`bylines` (编辑：某某, 部门审核：某某 under another credit is no headline's byline)
_REPORTER_LINE_RE = re.compile(r"[ \t\u3000]*[□■◇◆●]?[ \u3000]*(?:本报|本刊|本台|本网)?(?:特约|首席)?(?:记者|通讯员)[ \u3000]*"
                               r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}[ \t\u3000]*")


#: a field of a meeting's or a lecture's record (时间：…, 地点：…, 内容：…, 主讲人：…, 参加人员：…)
_MEETING_FIELD_RE = re.compile(r"[ \t\u3000]*(?:时间|日期|地点|主题|内容|议题|形式|主讲人?|主持人?|记录人?|授课人|宣讲人|参加人员|参会人员|出席人员"
                              r"|列席人员|缺席人员|应到人数|实到人数)[ \u3000]*[:：]?")
#: the fields only a record has (a page's head has its 时间 and 内容 too, never a 地点 or a 主讲人)
_MEETING_ONLY_RE = re.compile(r"[ \t\u3000]*(?:地点|议题|主讲人?|主持人?|记录人?|授课人|宣讲人|参加人员|参会人员|出席人员|列席人员|缺席人员"
                             r"|应到人数|实到人数)[ \u3000]*[:：]")


def _meeting_record_beside(texts: dict[int, str], content: list, k: int, gone: set[int]) -> bool:
    """Whether a field only a meeting's record has (地点：, 主讲人：) stands, kept, within two lines of content line ``k``."""
    return any(content[i].number not in gone and _MEETING_ONLY_RE.match(texts.get(content[i].number, ""))
               for i in range(max(0, k - 2), min(len(content), k + 3)) if i != k)


def _neighbours(view, content, texts, scores, protected, taken, junk_numbers, out, item_title=None) -> set[int]:
    added: set[int] = set()
    for k, line in enumerate(content):
        if line.number in junk_numbers or line.number in protected or line.number in taken:
            continue
        t = texts.get(line.number, "").strip()
        p = scores.get(line.number, 0.0)
        if len(t) > 20 or _SENT_END.search(t) or _HEADING_RE.match(t) or p < (_NEIGHBOUR_MIN if len(t) <= 8 else 0.5):
            continue
        if 8 <= k < len(content) - 5 or _holds_blank(t, "*＊×□_"):
            continue  # only in the page's head or foot, where furniture gathers
        if _CONTACT_FIELD_RE.fullmatch(t) and _signed_below(view, content[k + 1 :]):
            continue  # a notice's own contact lines over its signature's date (联系人：某某 / 电子邮箱：… / 2021年10月7日)
        if len(t) <= 8 and _profile_follows(view, content, line.number):
            continue  # a profile's name over its text (某某 / 中共党员，某某公司高级工程师…): the report's
        if _SALUTATION_RE.fullmatch(t):
            continue  # a speech's salutation after the page's head (同志们：)
        if k == len(content) - 1 and indented_as_text(view, content, k):
            continue  # the excerpt's last line, indented as the paragraphs above it: a sentence the excerpt cut
            # (    到了晚上21:30分终于把旅客们), not a label of the foot
        if re.search("[，,]", t) and t.endswith(("…", "...")):
            continue  # clauses the text breaks off (还有他们，还有这些……): no label
        if _WORK_TITLE_RE.search(t):
            continue  # a work's title in its marks (投稿作品：《花儿为什么这样红》): the text's; a paper's name is the masthead's
        if _HEADLINE_WORDS_RE.fullmatch(t) and not any(_is_body_line(view, ln) for ln in content[:k]):
            continue  # a headline of twelve Chinese characters or more, nothing else, above the text (某某地铁发布首张
            # 智慧党建地图 / 分享到：): the title; a site's furniture there carries its marks (当前报纸名称：…, 某某平台(yè))
        if (k + 1 < len(content) and _SUBTITLE_RE.match(view, content[k + 1].start, content[k + 1].end)
                and _headline_shape(view[line.start : line.end].strip(), shortest=2)):
            continue  # a short headline over its subtitle (铿锵玫瑰 / ——记某某公司基层女书记)
        if (len(t) >= 8 and k + 1 < len(content) and _REPORTER_LINE_RE.fullmatch(view, content[k + 1].start, content[k + 1].end)
                and _headline_shape(t, shortest=2)):
            continue  # an e-paper's headline over its reporter's line (某某: 做沙漠深处的红色灯塔 / □本报记者 某某)
        if (k == 0 and (len(t) >= 8 or len(t) >= 5 and (_compiled()["title"].search(t) or _DOC_KIND_END_RE.search(t)))
                or k == item_title) and k + 1 < len(content) \
                and _DATE_LINE_RE.match(view, content[k + 1].start, content[k + 1].end) and not _SITE_END_RE.search(t):
            continue  # a news item's title over its date and source line (某某贯通日 党旗映山红 / 来源：… 日期：…),
            # under the breadcrumb too (首页 > 财经 > 正文 / 某某行7家单位获全国文明单位称号 / 2012年02月14日 12:19)
        if (k >= 1 and len(t) >= 4 and _CJK_ONLY_RE.fullmatch(t) and not _SITE_END_RE.search(t) and k + 1 < len(content)
                and all(c.number in junk_numbers or c.number in taken for c in content[:k])
                and (_DATE_LINE_RE.match(view, content[k + 1].start, content[k + 1].end)
                     or _DATED_META_LINE_RE.match(view, content[k + 1].start, content[k + 1].end))):
            continue  # a short headline, the first words the page's furniture leaves, over its date line (某某立业 /
            # 2021-12-13 17:43, 某某的故事 / 《某某征文》 2021年04月22日 阅读：179次): the title (the page's first line over
            # a day is as often a site's label, 电子报阅读机 / 2026-01-16: the rule above judges it)
        j = k + 1  # (the furniture of the item's head may stand between: 某某省劳模某某 / 文章字数：230 / 某某…)
        while j < len(content) and (content[j].number in junk_numbers or content[j].number in taken):
            j += 1
        below = texts.get(content[j].number, "") if j == k + 1 < len(content) else ""
        if _BARE_SECTION_RE.fullmatch(t) and len(re.findall(f"[{CJK}]", below)) >= 15 and (len(below.strip()) >= 30 or re.search("[，,。]", below)):
            continue  # a profile's section word over its text (做法 / 某某集团有限公司某某分公司…): the report's; over a
            # headline it is a column's name (百家经验 / 某某局：弘扬某某精神)
        if len(t) >= 5 and _CJK_ONLY_RE.fullmatch(t) and j < len(content) and _is_body_line(view, content[j]) and (
                p < 0.9 if j == k + 1 else p < 0.5 and not _SITE_END_RE.search(t)):
            continue  # a slogan heading over its paragraph (小小支部不简单 / 支部现有党员…), after furniture; a word of
            # four characters or fewer there is as often a menu's (导航, 手机版)
        if _LIFE_YEARS_RE.fullmatch(t) and j < len(content) and _is_body_line(view, content[j]):
            continue  # a profile's name and years over its text (某某·某某(1954-1994) / 事迹简介：…), after furniture
        if _MEETING_FIELD_RE.match(t) and _meeting_record_beside(texts, content, k, junk_numbers | taken):
            continue  # a meeting's record in its fields (时间：… / 地点：某某所 / 内容：某某的故事 / 主讲人：某某): the
            # report's, whatever site's field stands among them (发布方式：党员微信群)
        if _DOC_NUMBER_RE.fullmatch(t):
            continue  # an official document's number under its head (某某党办〔2016〕37号), whatever the site put beside it
        if (_NAME_UNIT_RE.fullmatch(t) and k >= 1 and content[k - 1].number not in junk_numbers | taken
                and _NAME_UNIT_RE.fullmatch(view[content[k - 1].start : content[k - 1].end].strip())):
            continue  # the last entry of a roll of the honoured (某某(某某派出所) / 某某某(某某集团)), whatever notice follows
        near = [content[i].number for i in (k - 1, k + 1) if 0 <= i < len(content)]
        if any(n in junk_numbers or n in taken for n in near):
            out.append(Candidate("furniture", line.start, line.next, "removed",
                                 f"short label among page furniture (line model {p:.2f})", priority=5,
                                 data={"unit": "line", "score": round(p, 3), "detector": "line model + neighbours",
                                       "line": line.number}))
            added.add(line.number)
    return added


#: a line's shape: digits, Chinese runs, Latin runs and spaces folded (``12 神经内科 5`` → ``0 字 0``)
_SHAPE_FOLD = ((re.compile(r"\d+"), "0"), (re.compile(r"[\u4e00-\u9fff]+"), "字"), (re.compile(r"[A-Za-z]+"), "a"),
               (re.compile(r"[ \t\u3000]+"), " "))
#: a row of a table or list, short and without a sentence's end (a row drawn with bars may be longer)
_ROW_RE = re.compile(r"[^。！？!?\n]{1,40}|[|｜][^。！？!?\n]{1,98}[|｜]")


def _line_shape(t: str) -> str:
    """What a row of a widget keeps from row to row: its fields' count and its first and last
    characters' kinds (``12 神经内科 5`` and ``14 保健科(老年医学科) 5`` are both ``0 … 0`` in 3 fields)."""
    if len(t) > 1 and t[0] in "|｜" and t[-1] in "|｜":
        return "|1|"  # a row of a table drawn with bars, however many cells it has
    for rx, rep in _SHAPE_FOLD:
        t = rx.sub(rep, t)
    return f"{t[0]}{t.count(' ')}{t[-1]}" if t else ""


def widget_rows(view: str, lines: list[Line], removed: list[tuple[int, int]]) -> tuple[list[Candidate], list[int]]:
    """Rows of one table or widget share their fate. In a run of four or more consecutive short lines
    of one shape (a ranking's ``12 神经内科 5``, a list of links), where at least half went whole as
    furniture (``removed``: the spans taken so far), the rest go too (the candidates returned); where
    at most a quarter went, those are the report's own rows (a table of its figures) and come back
    (their lines' starts, returned second). A report's numbered items are sentences or headings."""
    content = [ln for ln in lines if view[ln.start : ln.end].strip()]
    if len(content) < 4 or not removed:
        return [], []
    starts = [s for s, _ in removed]

    def gone(ln: Line) -> bool:
        k = bisect.bisect_right(starts, ln.start) - 1
        return k >= 0 and removed[k][1] >= ln.end

    out: list[Candidate] = []
    back: list[int] = []
    k = 0
    while k < len(content):
        t = view[content[k].start : content[k].end].strip()
        shape = _line_shape(t) if _ROW_RE.fullmatch(t) and not _HEADING_RE.match(t) else None
        j = k + 1
        while shape is not None and j < len(content):
            u = view[content[j].start : content[j].end].strip()
            if not _ROW_RE.fullmatch(u) or _HEADING_RE.match(u) or _line_shape(u) != shape:
                break
            j += 1
        run = content[k:j]
        # a row has fields: a number at an end or words apart by spaces (a signature over its date does not); a menu of
        # single words counts where it is long and most of it went, outside the text (_word_menu_run)
        if shape is not None and len(run) >= 4 and ("0" in (shape[0], shape[-1]) or shape[1:-1] != "0"
                                                    or _word_menu_run(view, content, k, j, gone)):
            rest = [ln for ln in run if not gone(ln)]
            # rows of a widget run to like lengths: a title under three menu words is no fourth one
            longest = max((len(view[ln.start : ln.end].strip()) for ln in run if ln not in rest), default=0)
            if rest and 2 * (len(run) - len(rest)) >= len(run) \
                    and all(len(view[ln.start : ln.end].strip()) <= 2 * longest + 2 for ln in rest):
                out += [Candidate("furniture", ln.start, ln.next, "removed", "a row of a widget most of whose rows went",
                                  priority=5, data={"unit": "widget_row", "score": 0.9, "detector": "shape run"}) for ln in rest]
            elif 4 * (len(run) - len(rest)) <= len(run):
                back += [ln.start for ln in run if ln not in rest]
        if shape == "|1|" and len(run) >= 3 and _report_table(view, content, k, j):
            back += [ln.start for ln in run]
        elif shape is not None and shape[0] == shape[-1] == "0" and shape[1:-1] not in ("0", "1") and k > 0 \
                and _FIGURES_ROW_RE.fullmatch(t) and _TABLE_HEAD_RE.search(view, content[k - 1].start, content[k - 1].end):
            back += [ln.start for ln in run]  # figures under the report's own table header (年度 任务数(个) 完成数(个) …)
        k = max(j, k + 1)
    return out, back


def _word_menu_run(view: str, content: list[Line], k: int, j: int, gone) -> bool:
    """Whether lines ``k:j``, a word each (首页 / 关于协会 / 党建工作 / … / 国内外动态 / 我要投稿), are a site's menu: eight
    lines or more, two in three of them taken already, none longer than twelve characters, and no paragraph of text
    above them or none below (the page's head or foot). A report's lines of one word stand among its paragraphs."""
    run = content[k:j]
    if len(run) < 8 or 3 * sum(1 for ln in run if gone(ln)) < 2 * len(run):
        return False
    if any(len(view[ln.start : ln.end].strip()) > 12 for ln in run):
        return False
    return not any(_is_body_line(view, ln) for ln in content[:k]) or not any(_is_body_line(view, ln) for ln in content[j:])


def _report_table(view: str, content: list[Line], k: int, j: int) -> bool:
    """Rows ``k:j`` drawn with bars are the report's own table: prose before and after it, cells of
    figures and terms without a field's label (a page's field table names 发文机关：, 来源：)."""
    if k == 0 or j >= len(content):
        return False
    if any(_FIELD_LABEL_RE.search(view, ln.start, ln.end) for ln in content[k:j]):
        return False
    return all(_SENT_END.search(view, ln.start, ln.end) and ln.end - ln.start >= 20 for ln in (content[k - 1], content[j]))


#: a row of figures only, three or more apart by spaces (2010 45 50 18200 110)
_FIGURES_ROW_RE = re.compile(r"[\d.%％]+(?:[ \t\u3000]+[\d.%％]+){2,}")
#: a table's header: two units in brackets or a table's own word (任务数(个) 完成比例(%), …统计表)
_TABLE_HEAD_RE = re.compile(r"(?:[（(](?:个|人|户|名|项|次|元|万元|亿元|亩|吨|公里|ml|%|％)[)）][^\n]*){2}|统计|一览表|情况表|明细表")
#: a field's label inside a table's cell (| 发文机关: … |)
_FIELD_LABEL_RE = re.compile(r"[\u4e00-\u9fff][ \u3000]*[:：]")


#: a heading of two slogans joined by a colon, Chinese words only (积分换新风：一分一分攒出文明村), the second
#: may be two phrases apart by a space (沙场英雄：保家卫国 无惧生死)
_COLON_HEADING_RE = re.compile(r"[\u4e00-\u9fff“”\"]{3,14}[：:][ \u3000]?(?:[\u4e00-\u9fff“”\"，,]{4,24}|[\u4e00-\u9fff“”\"，,]{2,12}[ \u3000][\u4e00-\u9fff“”\"，,]{2,12})")
#: the words of a page's fields and credits (来源：某某日报, 发布单位：某某中心), never a heading's
_FIELD_WORD_RE = re.compile(r"来源|作者|发布|单位|时间|日期|编辑|责编|审核|供稿|摄影|通讯员|记者|地址|电话|邮编|网址|主办|承办|"
                            r"版权|关键词|关键字|标签|摘要|导语|栏目|频道|位置|浏览|点击|阅读|分享|下载|上一篇|下一篇")
#: a line of an item's date and source (2019-10-15 来源：…, 来源：… 日期：2007-11-22, 发布时间：…)
#: what a site's name ends in (a page's first line that is the site's, not the item's title)
_SITE_END_RE = re.compile(r"(?:网|网站|门户|之窗|在线|频道|首页|平台|客户端)[ \t\u3000]*$")


def _is_body_line(view: str, line: Line, shortest: int = 30) -> bool:
    """A paragraph of text: thirty characters or more (``shortest``), with a comma and a sentence end."""
    t = view[line.start : line.end].strip()
    return len(t) >= shortest and _SENT_END.search(t) is not None and "，" in t


#: a work's title in its marks, seven characters or more, no paper's or journal's name (《花儿为什么这样红》, not 《某某日报》,
#: 《中国税务》)
_WORK_TITLE_RE = re.compile(r"《[^》\n]{7,30}(?<![报刊志])》")

#: a document's kind closing a short title (先优模推荐通知, 某某实施方案)
_DOC_KIND_END_RE = re.compile(r"(?:通知|决定|方案|意见|公告|通报|倡议书|公示)$")

#: a headline of Chinese words alone, twelve characters or more
_HEADLINE_WORDS_RE = re.compile(f"[{CJK}]{{12,}}")

#: the least line-model score of a short line that furniture lines surround
_NEIGHBOUR_MIN = 0.2


def find_junk_sentences(view: str, lines: list[Line], model: LineJunkModel, threshold: float, anchors,
                        taken: set[int] = frozenset(), found: list[Candidate] = ()) -> list[Candidate]:
    """The first or last sentence of a body line when it is a site's preface or prompt (今天小编
    整理了…一起来看看吧！): it holds a notice phrase (``anchors``) and the line model, reading the
    sentence alone, scores it as furniture."""
    from .evidence import sentence_spans

    out = []
    for line in lines:
        if line.number in taken or line.end - line.start < 20:
            continue
        units = [(s, e) for s, e in sentence_spans(view, line.start, line.end) if view[s:e].strip()]
        if len(units) < 2:
            continue
        for s, e in {units[0], units[-1]}:
            lead = s + len(view[s:e]) - len(view[s:e].lstrip())
            m = anchors.search(view, s, e)
            # a preface opens with its phrase (今天小编整理了…); a notice spliced later into a
            # body sentence is the notice rules' to cut, not the sentence's
            if m is None or m.start() - lead > 4 or any(c.start < e and s < c.end for c in found):
                continue
            p = model.score(view[s:e])
            stamp = _FIELD_STAMP_RE.match(view, lead, e)
            if p >= threshold and stamp is not None and stamp.end() < e and model.score(view[stamp.end() : e]) < threshold:
                # the page's date field glued before the text's first sentence (更新时间:2019-06-25 “红色基因就是要传承”，
                # 总书记…强调。): the field goes, the sentence stays
                out.append(Candidate("furniture", s, stamp.end(), "removed", f"a date field glued before the text: {view[lead:stamp.end()].strip()}",
                                     priority=5, data={"unit": "sentence", "score": round(p, 3), "detector": "line model",
                                                       "line": line.number}))
                continue
            if p >= threshold:
                out.append(Candidate("watermark", s, e, "removed", f"site preface sentence (notice phrase, line model {p:.2f})",
                                     priority=5, data={"unit": "sentence", "score": round(p, 3), "detector": "line model",
                                                       "line": line.number}))
    return out


#: a page's date field and its date (更新时间:2019-06-25, 发布日期：2021年3月2日 10:15)
_FIELD_STAMP_RE = re.compile(r"(?:发布|更新|发表|录入|发稿)?(?:时间|日期)[ \u3000]*[:：][ \u3000]*(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                             r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \u3000]*")


#: what separates the words of a keyword line (an SEO title joins them with _ or -)
_LIST_SEP_RE = re.compile(r"[,，、|｜/_\-－\s]+")


def find_spam_lines(view: str, lines: list[Line], taken: set[int] = frozenset()) -> list[Candidate]:
    """A line stuffed with spam keywords (an SEO line of a hijacked page): two different spam
    words or more (a pirate-video site's count: 在线观看, 一区二区, 看片), or one of them with two words of its
    kind (主站, 模板, 高清) in a list of five items or more, and no sentence of the report's kind (no 。)."""
    from .notices import on_word_boundaries

    pats = junk_patterns()
    words = pats.spam_hard
    out = []
    for line in lines:
        if line.number in taken or "。" in view[line.start : line.end]:
            continue
        text = view[line.start : line.end]
        if _HEADING_RE.match(text) or any(ch in text for ch in "【】（）()[]"):
            continue  # a heading or a bracketed ad inside a line: the notice rules cut the ad alone
        parts = [x for x in _LIST_SEP_RE.split(text) if x]
        if len(parts) < 3:
            continue
        found = {m.group() for m in words.finditer(view, line.start, line.end) if on_word_boundaries(view, m.start(), m.end())}
        listed = {m.group() for m in pats.spam_list.finditer(view, line.start, line.end)}
        if max(map(len, parts)) > (24 if len(listed) >= 3 else 16):
            continue  # a keyword list, not spam spliced into a sentence (the notice rules cut that); three words of a
            # keyword list or more make one of long keywords (…竞彩网2016年|球探比分即时足球比分…)
        loose = {m.group() for m in pats.spam_list_weak.finditer(view, line.start, line.end)}
        # (a video site's list: 成人午夜看片-…免费观看-…; a spider pool's: 蜘蛛池模板: 某县| 某市| …)
        # (a porn site's short list: 国产精品一区高清,欧美最猛…直播,…久久: one spam word and three words of its kind)
        if len(found | listed) >= 2 or listed and len(loose) >= 2 and len(parts) >= 5 or found and len(loose) >= 3:
            found |= listed
            out.append(Candidate("spam", line.start, line.next, "removed",
                                 f"line of spam keywords: {', '.join(sorted(found)[:4])}", priority=5,
                                 data={"unit": "line", "score": 0.95, "detector": "spam keywords", "line": line.number}))
    return out


#: a collection item's label closing the line above (某某工作总结 篇1, 篇一：, 范文（二）)
_ITEM_LABEL_END_RE = re.compile(r"(?:篇[一二三四五六七八九十\d]{1,2}|[（(][一二三四五六七八九十\d]{1,2}[)）])[ \u3000]*[:：]?$")

#: a sentence going on from the title's words, which are then its subject (先进集体主要事迹有…, …是…), or the
#: title's words closed as a sentence of their own (组织力就是战斗力。…: a commentary opens a paragraph with its title)
_GOES_ON_RE = re.compile(r"(?:有|是|为|在|的|和|与|及|就|要|都|也|包括|主要|体现|表现)(?![、，,：:])|[。！？!?]"
                         r"|[（(]以下简称|(?:党委|党总支|党支部|党组|团委)")


def _earlier_copy(lines: list[Line], number: int, taken, gone, reason: str) -> Candidate | None:
    """The removal of line ``number``, an earlier copy of the title that a fuller copy below replaces, unless another
    detector took it or its line already."""
    earlier = next((x for x in lines if x.number == number), None)
    if earlier is None or earlier.number in taken or earlier.number in gone:
        return None
    return Candidate("furniture", earlier.start, earlier.next, "removed", reason, priority=5,
                     data={"unit": "line", "score": 0.9, "detector": "repeated title"})


def _subtitle_under_headline(view: str, lines: list[Line], line: Line, number: int, above: str, removed: set[int]) -> bool:
    """Whether ``line``, a near copy of the head's line ``number``, stands right under another headline (a short line
    of words, no sentence, not a copy of it) while the next line of text after the head's copy is its source and date
    line (one the detectors took whole, or of that shape): the lower copy is the report's subtitle, the upper one the
    site's."""
    a = above.strip()
    if (not a or len(a) > 40 or cjk_count(a) < 6 or _SENT_END.search(a) or re.search(r"[:：\d]", a)
            or _title_key(a) == _title_key(view[line.start : line.end])):
        return False  # (a date or source line right above the copy is no headline: 发布时间：2024-12-04)
    after = next((x for x in lines if x.number > number and view[x.start : x.end].strip()), None)
    return after is not None and after.number < line.number and (
        after.number in removed or _DATED_META_LINE_RE.match(view, after.start, after.end) is not None)


#: a site's line giving an item's day and its meta, in any order (某某门户网站 www.某某.cn 2010年08月25日 来源：某某网站,
#: 《某某征文》 2021年04月22日 阅读：179次)
_DATED_META_LINE_RE = re.compile(r"(?=[^\n]*(?:19|20)\d\d[-年/.]\d{1,2})(?=[^\n]*(?:来源|发布|作者|阅读|浏览|点击|www\.|https?://))"
                                 r"[^\n]{0,120}$")


def _cut_tail(view: str, seen: str, line: Line) -> str:
    """What other detectors cut from the end of ``line`` (``seen``: ``view`` with their removals blanked), or ""."""
    kept = seen[line.start : line.end].rstrip()
    return view[line.start + len(kept) : line.end].strip() if kept and len(kept) < len(view[line.start : line.end].rstrip()) else ""


def find_repeated_titles(view: str, lines: list[Line], taken: set[int] = frozenset(), seen: str | None = None,
                         gone: set[int] = frozenset()) -> list[Candidate]:
    """Later copies of a title-like line (a page title shown twice), also where a flattened page
    runs the copy into the first paragraph (the copy alone goes). ``seen``: the page with what
    other detectors removed blanked out; copies are compared in it (a copy after a wire dateline,
    某地电 题：<title>, is one), variants with a suffix in ``view`` (a collection's 某某材料2篇 is
    no variant of its items 某某材料（一）). ``gone``: lines other detectors removed whole (a list of
    links holding the title): no copy there is the one the page keeps."""
    seen = view if seen is None else seen
    first_view: dict[str, int] = {}
    first: dict[str, int] = {}
    first_line: dict[str, Line] = {}
    in_body: set[str] = set()  # copies whose first stands inside the body: a caption shown twice, no title
    body_started = False
    out = []
    listed = _list_lines(view, lines)
    early = {ln.number for ln in [x for x in lines if view[x.start : x.end].strip()][:8]}  # the page's head: its first lines
    last_text = ""
    for line in lines:
        raw_line = view[line.start : line.end]
        # the last line of text above this one (a collection item's label over its title: 某某工作总结 篇1)
        above, last_text = last_text, (raw_line.rstrip() if raw_line.strip() else last_text)
        t, tv = (_title_key(x[line.start : line.end]) for x in (seen, view))
        if t in first and _repeatable(t):
            if t in in_body and (line.number in listed or first[t] in listed):
                continue  # an entry of a list shown again in another list (a unit named under two awards)
            if t in in_body and raw_line.rstrip().endswith(("！", "!")):
                continue  # a slogan the report exclaims again inside its text (党旗飘飘映初心！): its refrain, no caption or label
            f = first_line.get(t)
            if (t not in in_body and f is not None and f.number not in taken and line.number not in taken and tv == t
                    and _cut_tail(view, seen, f).startswith(("-", "－", "_", "—", "|", "｜"))):
                # the first copy carried a tail after a dash that another detector cut, the site's name (某某-某某报业网 /
                # crumb / 某某): the browser's title goes whole, the bare copy below is the report's
                out.append(Candidate("furniture", f.start, f.next, "removed",
                                     f"the page's title with the site's name (the report's own on line {line.number})", priority=5,
                                     data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
                first_line.pop(t)
                continue
            if line.number not in taken:
                what = "line shown twice inside the text" if t in in_body else "repeated page title"
                out.append(Candidate("furniture", line.start, line.next, "removed",
                                     f"{what} (first shown on line {first[t]})", priority=5,
                                     data={"unit": "line", "score": 0.95, "detector": "repeated title"}))
            if t in in_body and f is not None and f.number not in taken:
                # the first copy goes too (whoever took the later one): a caption or label the page
                # repeats inside its text, never its title
                out.append(Candidate("furniture", f.start, f.next, "removed",
                                     f"line shown twice inside the text (again on line {line.number})", priority=5,
                                     data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
                first_line.pop(t)
            continue
        t = tv
        # the title without its genre tail, shown again before the body (某某事迹材料 / 某某事迹): the copy goes
        shorter = None if body_started or len(t) < 8 else next(
            (k for k in first_view if k.startswith(t) and _GENRE_TAIL_RE.fullmatch(k, len(t))), None)
        if shorter is not None and shorter[len(t):] in _SITE_TITLE_TAILS:
            earlier = next((x for x in lines if x.number == first_view[shorter]), None)
            if earlier is not None and earlier.number not in taken:
                # 某某工作总结范文 / 某某工作总结: the site's title with its tag above the report's own title, which stays
                out.append(Candidate("furniture", earlier.start, earlier.next, "removed",
                                     f"the site's title of the page (the report's own on line {line.number})", priority=5,
                                     data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
                continue
        if shorter is not None and line.number not in taken:
            out.append(Candidate("furniture", line.start, line.next, "removed",
                                 f"variant of the page title (first shown on line {first_view[shorter]})", priority=5,
                                 data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
            continue
        boxed = next((k for k in first_view if len(k) >= 8 and t.startswith(f"【{k}】") and len(t) > len(k) + 12), None)
        lead = len(raw_line) - len(raw_line.lstrip())
        close = raw_line.find("】", lead) + 1 if boxed is not None else 0
        if close and line.number not in taken and raw_line[lead] == "【" and _title_key(raw_line[lead:close]) == boxed:
            # 【<title>】2020年，…: an official account's copy of the title in brackets opening the text
            out.append(Candidate("furniture", line.start + lead, line.start + close, "removed",
                                 f"repeated page title in brackets opening the text (first shown on line {first_view[boxed]})", priority=5,
                                 data={"unit": "title copy", "score": 0.9, "detector": "repeated title"}))
            continue
        if len(t) >= 8 and _repeatable(t):
            # the title decorated by the site (a column's tag and bar, a date, an item number, a site's tail) shown
            # once and plain once: the decorated copy goes whole, after the plain one or before it in the head (a
            # heading of the body naming what follows a title's bar is no plain copy of it)
            later = next((k for k in first_view if _decorated(k, t)), None)
            if later is not None and line.number not in taken:
                out.append(Candidate("furniture", line.start, line.next, "removed",
                                     f"the page title decorated by the site (shown plain on line {first_view[later]})", priority=5,
                                     data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
                continue
            earlier_key = None if body_started else next((k for k in first_view if _decorated(t, k)), None)
            earlier = None if earlier_key is None else next((x for x in lines if x.number == first_view[earlier_key]), None)
            if earlier is not None and earlier.number not in taken and earlier.number not in gone:
                out.append(Candidate("furniture", earlier.start, earlier.next, "removed",
                                     f"the page title decorated by the site (shown plain on line {line.number})", priority=5,
                                     data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
                first_view.pop(earlier_key)
        prefix = next((k for k in first_view if len(k) >= 8 and t.startswith(k) and len(t) > len(k)), None)
        if prefix is not None and _SUBTITLE_TAIL_RE.match(t, len(prefix)) and first_view[prefix] in early:
            # the title shown plain, then with its subtitle run on (某某之花 / 某某之花---记某某财政所): the full title
            # stays, the plain copy goes
            c = _earlier_copy(lines, first_view[prefix], taken, gone, f"the title shown without its subtitle (with it on line {line.number})")
            if c is not None:
                out.append(c)
                first_view.pop(prefix)
                continue
        goes_on = None if prefix is None or raw_line[lead : lead + len(prefix)] != prefix else _NAME_GOES_ON_RE.match(raw_line, lead + len(prefix))
        if goes_on is not None and _UNIT_NAME_RE.search(prefix + goes_on.group(1)):
            prefix = None  # a site's name over a title naming its body (某某保护区 / 某某保护区管理局 某某活动纪实): no variant
        if prefix is not None and _UNIT_NAME_RE.search(prefix) and _UNIT_REPORT_RE.fullmatch(t, len(prefix)):
            prefix = None  # a unit's name over its report's title (某某委员会 / 某某委员会2019年工作总结): no variant
        if prefix is not None and _QUOTED_ON_RE.match(t, len(prefix)):
            prefix = None  # the text quoting its heading and going on (“欢迎围观我的采访对象，”某某愉快地招呼记者，“…): no variant
        if prefix is not None and line.number not in taken:
            if _repeatable(t) and first_view[prefix] in early and not _CLAUSE_ON_RE.match(t, len(prefix)):
                # the title with a suffix (an SEO title variant; the title's words going on after a comma are a sentence): the
                # whole line (a line of a page of short lines opening with an earlier one's words is its text)
                out.append(Candidate("furniture", line.start, line.next, "removed",
                                     f"variant of the page title (first shown on line {first_view[prefix]})", priority=5,
                                     data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
            elif (raw_line[lead : lead + len(prefix)] == prefix and _SENT_END.search(t) and not _UNIT_HEAD_RE.search(prefix)
                  and not _UNIT_NAME_RE.search(prefix)
                  and not prefix.endswith(_UNIT_LINE_ENDS) and not _GOES_ON_RE.match(raw_line, lead + len(prefix))):
                end = line.start + lead + len(prefix)
                o = _ITEM_ORDINAL_RE.match(view, end, line.end)  # 某某材料范文(一) 正文…: the item's number goes with the copy
                if o:
                    end = o.end()
                out.append(Candidate("furniture", line.start + lead, end, "removed",
                                     f"repeated page title run into the text (first shown on line {first_view[prefix]})", priority=5,
                                     data={"unit": "title copy", "score": 0.9, "detector": "repeated title"}))
            continue
        near = None if body_started or len(t) < 8 or not _repeatable(t) else next(
            (k for k in first_view if _dropped_or_added(k, t)), None)
        if near is not None and _ITEM_LABEL_END_RE.search(above):
            near = None  # a collection item's own title under its label (某某工作总结 篇1 / 街道“两新”组织某某工作总结)
        if near is not None and t.endswith(near) and len(t) - len(near) <= 6:
            # the site's shortened title above the document's own, which names its place (教育局机关党总支…总结 /
            # 某县教育局机关党总支…总结): the shorter goes
            c = _earlier_copy(lines, first_view[near], taken, gone, f"the site's shortened copy of the title (the full title on line {line.number})")
            if c is not None:
                out.append(c)
                first_view.pop(near)
                continue
        if near is not None and _subtitle_under_headline(view, lines, line, first_view[near], above, taken | gone):
            # the site's copy of the title over its source line, then the report's headline and this copy as its subtitle
            # (某某看望某地某某 / 中央政府门户网站 2010年… 来源：… / 基层需要更多这样的好专干 / 某某看望某省某地某某): the site's copy goes
            c = _earlier_copy(lines, first_view[near], taken, gone, f"the site's copy of the subtitle (the report's own on line {line.number})")
            if c is not None:
                out.append(c)
                first_view.pop(near)
                continue
        if near is not None and line.number not in taken:  # 某某在煤海中飘扬 / 某某在煤海飘扬: an SEO copy of the title
            out.append(Candidate("furniture", line.start, line.next, "removed",
                                 f"near copy of the page title (first shown on line {first_view[near]})", priority=5,
                                 data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
            continue
        if line.number in gone:
            continue
        ts = _title_key(seen[line.start : line.end])
        if _repeatable(ts) and ts not in first:
            first[ts] = line.number
            first_line[ts] = line
            if body_started and len(ts) <= 40:
                in_body.add(ts)
        if _repeatable(tv) and not body_started:  # a variant repeats the page's title, a head line
            first_view.setdefault(tv, line.number)
        if len(ts) >= 25 and _SENT_END.search(ts) and not _SITE_GREETING_RE.search(ts):
            body_started = True  # a paragraph of the report (not a site's prompt other detectors took, nor its greeting): the body has begun
    done = {c.start for c in out}
    out += [c for c in _split_title_copies(view, lines, taken | gone) if c.start not in done]
    return out


def _split_title_copies(view: str, lines: list[Line], taken: set[int]) -> list[Candidate]:
    """A title shown whole, then again broken over two lines of the page's head (某某党支部举行 “某某”主题党日活动 /
    某某党支部举行 / “某某”主题党日活动): the two lines, four characters or more each, whose words together are an earlier
    line's, are the copy (a headline and its subtitle shown joined, then apart: the joined line stays). Among the page's
    first fifteen filled lines, none of the two taken by another detector."""
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()][:15]
    keys = [_title_key(view[ln.start : ln.end]) for ln in filled]
    out = []
    for i in range(1, len(filled) - 1):
        a, b = filled[i], filled[i + 1]
        joined = keys[i] + keys[i + 1]
        if (len(keys[i]) < 4 or len(keys[i + 1]) < 4 or not _repeatable(joined) or joined not in keys[:i]
                or a.number in taken or b.number in taken):
            continue
        first = keys.index(joined)
        for ln in (a, b):
            out.append(Candidate("furniture", ln.start, ln.next, "removed",
                                 f"the page title broken over two lines (shown whole on line {filled[first].number})", priority=5,
                                 data={"unit": "line", "score": 0.9, "detector": "repeated title"}))
    return out


#: a site greeting its readers or asking for their texts (感谢您浏览某某网。欢迎投稿：…): the page's head, no paragraph
_SITE_GREETING_RE = re.compile(r"本站|本网|投稿|小编|版权所有|感谢您|欢迎您?(?:访问|浏览|光临|来到)")


def _list_lines(view: str, lines: list[Line]) -> set[int]:
    """Numbers of the lines that stand in a list: a short line (no full stop) whose filled
    neighbours on both sides are short lines too (a roll of names or units, not a caption
    between paragraphs)."""
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    short = [len(view[ln.start : ln.end].strip()) <= 30 and "。" not in view[ln.start : ln.end] for ln in filled]
    return {filled[k].number for k in range(1, len(filled) - 1) if short[k - 1] and short[k] and short[k + 1]}


def _dropped_or_added(a: str, b: str, most: int = 2) -> bool:
    """Whether ``b`` is ``a`` with one or two characters dropped or added (never replaced), both
    eight characters or more: a site's copy of a title line (党旗在煤海中飘扬 / 党旗在煤海飘扬). Two
    headings of one report differ by words put in place of others, which this does not take.

    >>> _dropped_or_added("党旗在煤海中高高飘扬", "党旗在煤海高高飘扬")
    True
    >>> _dropped_or_added("加强党员队伍建设提升服务", "加强干部队伍建设提升服务")
    False
    """
    if a == b or min(len(a), len(b)) < 8 or abs(len(a) - len(b)) > most or len(a) == len(b):
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = j = skipped = 0
    while i < len(short) and j < len(long_):
        if short[i] == long_[j]:
            i += 1
        else:
            skipped += 1
            if skipped > most:
                return False
        j += 1
    return i == len(short) and skipped + (len(long_) - j) <= most


#: what a site puts before a title's copy: a column's name and a bar (某某专栏丨), a date (2024-11-23), a tag in
#: brackets (【某某】); and after it: a site's name or section after _ - | (…_某某快讯), an item's note or number in
#: brackets (…(2), …(某某主要步骤)); a dash's subtitle (——记某某党支部) is the report's own
_DECOR_BEFORE_RE = re.compile(r"[^|｜丨︱]{1,20}[|｜丨︱]|(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                              r"|(?:[\u4e00-\u9fff]{2,10}(?:杂志|日报|晚报|周刊|时报|报|网))?【[^】]{1,20}】")  # (某某杂志【特别策划】: the outlet and its column)
#: a subtitle run on after the title (---记某某镇财政所, ——记某某): the title's own, no decoration
_SUBTITLE_TAIL_RE = re.compile(r"[-—－―]{1,3}记")
_DECOR_AFTER_RE = re.compile(rf"(?!{_SUBTITLE_TAIL_RE.pattern})[_\-|｜丨︱][^|｜丨︱]{{1,24}}|[（(][^()（）]{{1,24}}[)）]")


def _decorated(plain: str, t: str) -> bool:
    """Whether title key ``t`` is ``plain`` (eight characters or more) with a site's decoration before or after it.

    >>> _decorated("某某村党支部为民办实事", "党建专栏丨某某村党支部为民办实事")
    True
    >>> _decorated("某某村党支部为民办实事", "某某村党支部为民办实事_某某快讯")
    True
    >>> _decorated("某某村党支部为民办实事", "某某镇某某村党支部为民办实事")
    False
    """
    if len(plain) < 8 or len(t) <= len(plain):
        return False
    i = t.find(plain)
    if i < 0:
        return False
    before, after = t[:i], t[i + len(plain) :]
    return (not before or _DECOR_BEFORE_RE.fullmatch(before) is not None) and (not after or _DECOR_AFTER_RE.fullmatch(after) is not None)


def _title_key(line: str) -> str:
    """A title line as its copies are compared: without spaces, a document site's tag
    (某某总结(全文完整) is a copy of 某某总结), quotes (获得“某某杯” / 获得某某杯) and the 【】 around
    a whole line."""
    key = re.sub(r"\s+", "", line)
    if len(key) > 8 and key[0] == "【" and key[-1] == "】" and "【" not in key[1:]:
        key = key[1:-1]  # 【某某】: the whole title in brackets is a copy of it
    m = _COLUMN_TAG_RE.match(key)
    if m and len(key) - m.end() >= 8:
        key = key[m.end() :]  # (新春走基层)某某: a column's tag before a copy of the title
    key = _HIDDEN_TAIL_RE.sub("", key)  # 某某******: a site's hidden-text marker glued after the title
    return _QUOTES_RE.sub("", _TITLE_TAG_RE.sub("", key))


_HIDDEN_TAIL_RE = re.compile(r"(?<=[^*＊])[*＊]{4,}$")
#: a news column's tag in brackets opening a title line ((新春走基层), 【奋进新征程】): words, no item number
_COLUMN_TAG_RE = re.compile(r"[（(【\[〔][\u4e00-\u9fff·]{2,8}[)）】\]〕]")


_QUOTES_RE = re.compile(r"[“”\"‘’「」『』]")

#: the genre word a page title ends in and a copy of it may drop (某某先进事迹材料 / 某某先进事迹)
_GENRE_TAIL_RE = re.compile(r"(?:材料|范文|全文|大全|精选|汇编|材料范文)")


#: the site's words a page title may carry after the report's own title (某某工作总结范文)
_SITE_TITLE_TAILS = frozenset({"范文", "大全", "精选", "汇编", "全文", "材料范文"})

#: a document site's tag closing a title line (…总结(全文完整), …材料(精选5篇)): a title's copies are
#: compared without it
_TITLE_TAG_RE = re.compile(r"[（(【\[](?:全文完整|完整全文|完整版|全文版|精选版?|最新版|通用版|优秀范文|范文精选|"
                           r"(?:优秀|精选|通用|热门|最新|推荐|实用|经典)?[0-9一二三四五六七八九十]{1,3}篇)[)）】\]]$")


#: a collection item's number right after a title copy run into the text, then a space: (一), 篇2, 之三
_ITEM_ORDINAL_RE = re.compile(r"[ \u3000]?(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|篇[一二三四五六七八九十\d]{1,2}|之[一二三四五六七八九十])[ \u3000]+")


#: a heading that names a unit (后勤管理处党总支): the paragraph under it opens with that name as its
#: subject (后勤管理处党总支下设…), which is no title copy
_UNIT_HEAD_RE = re.compile(r"(?:党支部|党总支|党委|总支|支部|委员会|党组|党小组)$")
#: a line that is a unit's name (the author unit under a title, or a site's head; its last words in
#: _UNIT_NAME_RE or these): the body opening with that name is the sentence's subject, no title copy
_UNIT_LINE_ENDS = ("商会", "学会", "联合会", "幼儿园", "支行", "分行")


#: the words right after a shorter line's copy that make its name a longer one (…保护区 + 管理局, then a space)
#: what a unit's report is called after the unit's name (2019年工作总结, 党支部先进事迹材料, 关于…的报告)
_UNIT_REPORT_RE = re.compile(rf"[{CJK}\d（）()]{{0,16}}(?:总结|材料|事迹|汇报|报告|述职|经验|做法|纪实|方案|计划)[（(]?[{CJK}\d]{{0,6}}[)）]?")
_NAME_GOES_ON_RE = re.compile(rf"([{CJK}]{{1,4}})(?=[ \u3000：:，,]|$)")


#: what follows a heading's words when the text quotes them and goes on: the quote's close and a clause telling who
#: said it (，”某某愉快地招呼记者，“…, ”他说; the title's key has no double quotes)
_QUOTED_ON_RE = re.compile(r"[”」\"']?[，,][”」\"']?[^，,。]{0,12}(?:说|道|招呼|表示|介绍|告诉|笑着|坦言|感慨)")


#: a headline's opening interjection (听！, 看！, 好样的！)
_INTERJECTION_RE = re.compile(r"^[\u4e00-\u9fff]{1,3}[!！](?=[\u4e00-\u9fff“\"])")


def _repeatable(t: str) -> bool:
    """A title-like line: 6-60 characters, at least 5 Chinese, sentence punctuation only at its end (or after a
    headline's opening interjection: 听！某某的铿锵足音)."""
    return (6 <= len(t) <= 60 and not _SENT_END.search(_INTERJECTION_RE.sub("", t)[:-1]) and "。" not in t and not _HEADING_RE.match(t)
            and len(re.findall(f"[{CJK}]", t)) >= 5)


#: what a page's meta row or a site's menu holds (2024年02月04日 | 来源：…, 网站首页 | 网站地图)
_META_SEGMENT_RE = re.compile(r"\d{4}|来源|发布|时间|日期|作者|编辑|首页|网站|频道|地图|会员|位置|登录|注册|入口|官方|下载|\.(?:com|cn|net)"
                              r"|(?:网|站|平台|官网)$")


def _labelled_title(line: str) -> bool:
    """Whether a line of two parts joined by a bar is a title with its column's or series' label (某某精神系列报道(2)|
    一颗公心某某某, 党建引领下的文化力量｜某某馆荣获…称号): the parts say different things (few shared character
    pairs) and neither is a date, a meta field or a site's word. Title variants of a search-engine title share
    their words (某某党支部事迹|某某中学党支部的事迹)."""
    parts = [p.strip() for p in re.split(r"[|｜]", line.strip())]
    if len(parts) != 2 or any(len(re.findall(f"[{CJK}]", p)) < 4 or _META_SEGMENT_RE.search(p) for p in parts):
        return False
    sizes = [len(re.findall(f"[{CJK}]", p)) for p in parts]
    if sizes[0] <= 6 and sizes[1] >= 15:
        return True  # a column's short name before a headline two and a half times its length (文明城区创建 | 某某街道
        # “第一楼长”助力文明城区创建): title variants are of a length
    pairs = [{p[i : i + 2] for i in range(len(p) - 1)} for p in parts]
    return len(pairs[0] & pairs[1]) < 0.3 * min(len(pairs[0]), len(pairs[1]))


#: the inline rules for a 范文 site's preface (one in any wording, two that speak of texts gathered for the reader)
PREFACE_RULES = ("genre_preface", "reader_preface", "editor_preface")


@lru_cache(maxsize=1)
def _preface_rules() -> tuple[re.Pattern, ...]:
    return tuple(rx for rx, name, _ in _compiled()["inline"] if name in PREFACE_RULES)


def column_tails() -> tuple[str, ...]:
    """How a site's column names end (动态, 要闻, 园地 …; ``junk_furniture.yaml``: column_tails)."""
    return _compiled()["column_tails"]


def preface_sentence(text: str) -> bool:
    """Whether ``text`` holds a 范文 site's preface as the inline rules read it (下面是小编为大家整理的…，供大家参考。),
    whichever detector took it (the line model may read the same sentence as the site's notice)."""
    return any(rx.search(text) for rx in _preface_rules())


def inline_rules(view: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """What the inline shape rules (``junk_furniture.yaml``) match in ``view[start:end]``."""
    out = []
    end = len(view) if end is None else end
    anchors = _compiled()["anchors"]
    literal = _compiled()["anchor_words"][0]
    whole = start == 0 and end == len(view)
    active = _active_literal_rules(view) if whole else set()
    checks = _compiled()["checks"]
    for rx, name, score in _compiled()["inline"]:
        if whole and name in literal:
            if name not in active:
                continue
        else:
            anchor = anchors.get(name)
            if anchor is not None and anchor.search(view, start, end) is None:
                continue
        for m in rx.finditer(view, start, end):
            if m.end() > m.start():
                if name in checks and any(f(view, m) for f in checks[name]):
                    continue  # the rule's own checks (``keep_if``, ``head_lines``) keep the match
                begin, stop = m.start(), m.end()
                if begin == 0 or view[begin - 1] in "\n \u3000\t":  # opening a line: its spaces go too
                    while stop < len(view) and view[stop] in " \u3000\t":
                        stop += 1
                elif stop - begin >= 2 and view[stop - 1] in "。！？!?" and view[begin - 1] in "，,；;、":
                    begin, stop = begin - 1, stop - 1  # …十二次，更多精彩内容请关注公众号。: the comma goes, the sentence keeps its stop
                out.append(Candidate("furniture", begin, stop, "removed", f"{name.replace('_', ' ')}: {m.group().strip()[:30]}",
                                     priority=5, data={"unit": name, "score": score, "detector": "shape rule"}))
    return out


#: the rules that find spam spliced into sentences where a mark shows it (after a comma, with its bracketed 官网, with a
#: video code): the same string elsewhere on the page, where no mark shows it, is the same spam
_SPLICED_SPAM_UNITS = frozenset({"site_directory_spliced", "brand_official_tail", "porn_studio_code", "numbered_brand_site"})


def _every_copy(view: str, found: list[Candidate]) -> list[Candidate]:
    """The other copies on the page of each spliced spam string a rule found (…带领某某网址大全水工党支部…)."""
    out = []
    seen = {(c.start, c.end) for c in found}
    for c in found:
        if c.data.get("unit") not in _SPLICED_SPAM_UNITS:
            continue
        word = view[c.start : c.end].strip(" \u3000")
        if len(word) < 4:
            continue
        for k in (m.start() for m in re.finditer(re.escape(word), view)):
            if (k, k + len(word)) not in seen and not any(x.start <= k < x.end for x in found):
                seen.add((k, k + len(word)))
                out.append(Candidate("furniture", k, k + len(word), "removed", f"{c.data['unit'].replace('_', ' ')} (another copy): {word[:30]}",
                                     priority=5, data={"unit": c.data["unit"], "score": c.data["score"], "detector": "shape rule"}))
    return out


def find_inline(view: str, lines: list[Line]) -> list[Candidate]:
    """Datelines, bracketed credits, collection labels and hidden-text markers inside lines."""
    out = inline_rules(view)
    out += _every_copy(view, out)
    _widen_to_excerpt(view, out)
    _credit_only_where_shared(view, out, lines)
    _trim_glued_text(view, out)
    out = [c for c in out if c.data["unit"] != "credit_lines" or _box_credit_names(view[c.start : c.end])]
    if any(c.data["unit"] == "bullet_link" for c in out):  # the report's own bulleted list stays
        listed = report_list_lines(view, lines)
        starts = {ln.start: ln.number for ln in lines}
        out = [c for c in out if not (c.data["unit"] == "bullet_link" and _line_number_at(view, c.start, starts) in listed)]
    out = _paper_abstract(view, lines, out)
    out += _name_lines(view, lines)
    out += _doubled_lines(view, lines)
    out += _docsite_page_marks(view, lines)
    out += _docsite_fraction_marks(view)
    out += _toc_blocks(view, lines)
    out += _column_line(view, lines, out)
    out += _head_tags(view, lines)
    out += _honour_labels(view, lines)
    out += _menu_runs(view, lines)
    out += _menu_lines(view, lines)
    out += _ad_lines(view, lines)
    out += _keyword_lists(view, lines)
    out += _title_keyword_suffixes(view, lines)
    out += _headline_list_days(view, lines)
    out += _tail_bylines(view)
    out += _lead_names(view)
    out += find_bylines(view, lines)
    out += find_glued_fields(view, lines)
    out += find_flat_head(view, lines)
    out += _caption_runs(view, lines, out)
    out += _gallery_captions(view, lines)
    out += _scene_captions(view, lines)
    out += _collection_titles(view, lines)
    out += _account_name_lines(view, lines)
    out += _wire_title_copies(view)
    out += _headline_marks(view, lines)
    out += _bracket_credited_captions(view, lines)
    out += _forum_thread_headers(view, lines)
    return _not_the_first_line(view, lines, out)


#: what a keyword list never holds: a sentence's end, a colon, a semicolon
_NO_KEYWORDS_RE = re.compile(r"[。！？!?；;：:]")
#: a site's word closing a name of its keyword list (某某信息网, 某某投资集群, 某某总站)
_SITE_WORD_END_RE = re.compile(r"(?:网|網|站|平台|门户|門戶|集群|论坛|論壇)$")


def _keyword_lists(view: str, lines: list[Line]) -> list[Candidate]:
    """A site's keyword list for search engines on a line of its own: five names or more apart by commas, each
    short, three of them or more holding the same three characters and two or more closed by a site's word (某某信息网,
    某某招商网,招商投资网,招商投资集群,…). A report's parallel slogans (以党建促发展,以党建促和谐,…) name no site; its
    lists of units run apart by 、."""
    out = []
    for ln in lines:
        t = view[ln.start : ln.end].strip()
        if len(t) < 20 or ("," not in t and "，" not in t) or _NO_KEYWORDS_RE.search(t):
            continue
        items = [x.strip() for x in re.split(r"[,，]", t)]
        if items and not items[-1]:
            items.pop()  # (the list closed by its comma)
        if len(items) < 5 or not all(2 <= len(x) <= 15 for x in items):
            continue
        shared: dict[str, int] = {}
        for x in items:
            for g in {x[k : k + 3] for k in range(len(x) - 2) if re.fullmatch(r"[\u4e00-\u9fff]{3}", x[k : k + 3])}:
                shared[g] = shared.get(g, 0) + 1
        sites = sum(1 for x in items if _SITE_WORD_END_RE.search(x))
        if shared and max(shared.values()) >= 3 and sites >= 2:
            out.append(Candidate("furniture", ln.start, ln.end, "removed", f"a site's keyword list: {t[:30]}",
                                 priority=5, data={"unit": "keyword_list", "score": 0.9, "detector": "shape rule"}))
    return out


#: a headline closed by a bracket of words only (某某：党建引领聚合力 志愿服务暖民心(党建引领,公积金业务发展))
_BRACKET_CLOSING_RE = re.compile(r"(?P<head>[^\n。？?]{6,50}?)[ \u3000]*(?P<bracket>[（(][\u4e00-\u9fff，,、“”\"]{6,24}[)）])[ \t\u3000]*")


def _title_keyword_suffixes(view: str, lines: list[Line]) -> list[Candidate]:
    """A content farm's search words in brackets closing the headline (某某经济开发区：党建引领赋能园区高质量发展(某某工业园区
    党建引领), 党建阵地建在渔船上(党建阵地建在渔船上的意义)): on one of the page's first six lines, no sentence before it,
    words only inside (no figure: （2篇）, （2023年） are the title's), four characters in a row shared with the headline (an
    exclamation may stand in it: 不忘初心，立德树人！某某小学这个党建品牌有深意(某某小学党建品牌实施方案)).
    The bracket goes, the headline stays. (On the gathered pages ten such brackets were annotated junk, one left out.)"""
    out = []
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()][:6]
    for ln in filled:
        m = _BRACKET_CLOSING_RE.fullmatch(view, ln.start, ln.end)
        if m is None:
            continue
        head = re.sub(r"[^\u4e00-\u9fff]", "", m.group("head"))
        words = re.sub(r"[^\u4e00-\u9fff]", "", m.group("bracket"))
        if any(words[k : k + 4] in head for k in range(len(words) - 3)):
            out.append(Candidate("furniture", m.start("bracket"), m.end("bracket"), "removed",
                                 f"a content farm's search words closing the headline: {m.group('bracket')[:30]}",
                                 priority=5, data={"unit": "title_keyword_suffix", "score": 0.9, "detector": "shape rule"}))
    return out


#: someone's words in quotation marks, a sentence inside (a comma or an exclamation), maybe trailing off (……, ......)
_QUOTED_SPEECH_RE = re.compile(r"[“「][^“”「」\n]{2,}?[，,！!？?][^“”「」\n]*?(?:\.{3,}|…+)?[”」]")


#: a day in dashes closing a line, after a space or glued (某某支部召开专题组织生活会 2024-01-20, 某某七一党日活动2017-06-28)
_DAY_CLOSING_RE = re.compile(r"(?P<head>[^\n]*[\u4e00-\u9fff”\"）)])(?P<day>[ \u3000]*(?:19|20)\d\d-\d\d-\d\d)[ \t\u3000]*")


def _headline_list_days(view: str, lines: list[Line]) -> list[Candidate]:
    """A list's day left after the headline in the page's head (某某支部召开专题组织生活会 2024-01-20, or glued to it):
    the site's, the report dates itself in words. Twelve Chinese characters or more before it (a source line, 某某研究所 2023-07-07, is
    another rule's), no list mark before it and no such day on the lines around it (a list of dated links is judged
    whole)."""
    if "-" not in view:
        return []
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    out = []
    for k, ln in enumerate(filled):
        if ln.number > 12:
            break
        m = _DAY_CLOSING_RE.fullmatch(view, ln.start, ln.end)
        if m is None or cjk_count(m.group("head")) < 12 or _LIST_BULLET_RE.match(m.group("head")):
            continue
        if any(_DAY_CLOSING_RE.fullmatch(view, x.start, x.end) for x in filled[max(0, k - 1) : k] + filled[k + 1 : k + 2]):
            continue
        out.append(Candidate("furniture", m.start("day"), m.end("day"), "removed", f"a list's day after the headline: {m.group('day').strip()}",
                             priority=5, data={"unit": "headline_list_day", "score": 0.9, "detector": "shape rule"}))
    return out


#: a forum thread's header: its subject and the forum's copy-link button closing the line ([某类]某某主题 [复制链接])
_THREAD_HEADER_RE = re.compile(r"[ \t\u3000]*(?P<subject>[^\n\[]{0,12}?(?:\[[^\]\n]{1,8}\])?[^\n]{4,120}?)[ \u3000]*\[复制链接\][ \t\u3000]*")


def _forum_thread_headers(view: str, lines: list[Line]) -> list[Candidate]:
    """A forum thread's header line, its subject then [复制链接], where the post below shows the subject's title again
    (传承红色基因 锤炼党性修养 under [其他信息]传承红色基因 锤炼党性修养 ——某某开展…活动 [复制链接]): the header goes whole, the
    post's title stays. Without such a copy the subject is the page's title and only the button goes (other rules)."""
    out = []
    if "[复制链接]" not in view:
        return out
    keys = [(ln, re.sub(r"\s+", "", view[ln.start : ln.end])) for ln in lines]
    for ln, key in keys:
        m = _THREAD_HEADER_RE.fullmatch(view, ln.start, ln.end)
        if m is None:
            continue
        subject = re.sub(r"\s+", "", m.group("subject"))
        if any(other is not ln and len(k) >= 6 and k in subject and not k.endswith("[复制链接]") for other, k in keys):
            out.append(Candidate("furniture", ln.start, ln.next, "removed",
                                 f"a forum thread's header, its subject shown again in the post: {m.group('subject').strip()[:30]}",
                                 priority=5, data={"unit": "thread_header", "score": 0.9, "detector": "shape rule"}))
    return out


#: a picture's caption: one short sentence without a clause's comma, then its credit in brackets
#: (党员志愿者在村口清理河道。(通讯员 某某), …合影。（记者 某某 摄）)
_BRACKET_CREDIT_CAPTION_RE = re.compile(
    r"[ \t\u3000]*[^\n，,；;。！？!?]{4,30}[。！!]?[ \u3000]*[（(](?:通讯员|记者|本报记者|摄影|摄)[ \u3000]*[:：]?[ \u3000]*"
    r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4}){0,2}[ \u3000]*(?P<photo>摄影?)?[)）][ \t\u3000]*")


def _bracket_credited_captions(view: str, lines: list[Line]) -> list[Candidate]:
    """Pictures' captions with their credit in brackets, each on its line: where the credit says 摄
    or the page holds two of them (a news item's last paragraph may close with its writer's credit,
    (通讯员 某某), but not paragraph after paragraph)."""
    if "记者" not in view and "通讯员" not in view and "摄" not in view:
        return []
    found = [(ln, m) for ln in lines if (m := _BRACKET_CREDIT_CAPTION_RE.fullmatch(view, ln.start, ln.end))]
    if len(found) < 2:
        found = [(ln, m) for ln, m in found if m.group("photo")]
    return [Candidate("furniture", ln.start, ln.next, "removed", f"picture caption with its credit: {view[ln.start:ln.end].strip()[:30]}",
                      priority=5, data={"unit": "line", "score": 0.92, "detector": "shape rule", "line": ln.number})
            for ln, _ in found]


#: a picture's index closing a headline split over pictures (…使命责任【3】); an index in round brackets may be the
#: title's own (a collection's …事迹材料(1))
_PAGE_INDEX_RE = re.compile(r"(?<=[\u4e00-\u9fff”\"])(?:【\d{1,2}】|\[\d{1,2}\])[ \t\u3000]*$")


def _headline_marks(view: str, lines: list[Line]) -> list[Candidate]:
    """A headline's mark that is the site's: the index of its picture after it (某某连铁心向党【3】 →
    某某连铁心向党), on a line of six characters and more without a sentence's end. (A label of the
    medium before it, 高清：/视频：, is a title's own as often as the site's: it stays.)"""
    out: list[Candidate] = []
    if "】" not in view and "]" not in view:
        return out
    for ln in lines:
        t = view[ln.start : ln.end]
        if not ("】" in t or "]" in t) or len(t.strip()) < 6 or len(t) > 100 or _SENT_END.search(t):
            continue
        m = _PAGE_INDEX_RE.search(t)
        if m and m.start() >= 6:
            out.append(Candidate("furniture", ln.start + m.start(), ln.start + m.end(), "removed",
                                 f"page index after a headline: {m.group().strip()}", priority=5,
                                 data={"unit": "page_index", "score": 0.92, "detector": "shape rule"}))
    return out


#: a paper's keywords without their label: three to ten terms apart by wide spaces or semicolons
_KEYWORD_ROW_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,12}(?:(?:[ \u3000]{2,}|[ \u3000]*[；;][ \u3000]*)[\u4e00-\u9fff]{2,12}){2,9}[ \t\u3000]*")
_ABSTRACT_OPEN_RE = re.compile(r"[ \t\u3000]*[【\[]?摘[ \u3000]?要[】\]]?[ \u3000]*[:：][ \u3000]*")


#: a field of a catalogue's record of a paper (题名：, 作者：, 期刊名称：, 出版年：, 页码：)
_RECORD_FIELD_RE = re.compile(r"[ \t\u3000]*(?:题名|篇名|作者|期刊名称|刊名|出版年|年份|年卷期|页码|来源期刊|分类号|ISSN)[ \u3000]*[:：]")


#: a journal page's fields under a paper's abstract: its keywords and its classification (关键词：…, 中图分类号：…)
_PAPER_FIELD_RE = re.compile(r"[ \t\u3000]*(?:关键词|关键字|中图分类号|文献标识码|文章编号|[Kk]ey ?[Ww]ords)[ \u3000]*[:：]")


def _paper_abstract(view: str, lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """A journal page's keywords row without its label, beside the paper's abstract (摘要：…): the
    row goes, and of the abstract only its label (the authors' abstract is the page's text; a site's
    made-up abstract has no keywords beside it)."""
    if "摘" not in view:
        return found
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    out = list(found)
    for k, ln in enumerate(filled):
        m = _ABSTRACT_OPEN_RE.match(view, ln.start, ln.end)
        if m is None:
            continue
        rows = [x for x in filled[max(0, k - 1) : k] + filled[k + 1 : k + 2] if _KEYWORD_ROW_RE.fullmatch(view, x.start, x.end)]
        record = sum(1 for x in filled[max(0, k - 4) : k] + filled[k + 1 : k + 5] if _RECORD_FIELD_RE.match(view, x.start, x.end)) >= 2
        # (a journal's page: the paper's keywords or its classification a few lines under the abstract wrapped over lines,
        # 关键词：… and 中图分类号：… under it)
        paper = any(_PAPER_FIELD_RE.match(view, x.start, x.end) for x in filled[k + 1 : k + 7])
        if not rows and not record and not paper:
            continue  # (a catalogue's record of the paper, 题名： 作者： 期刊名称： 出版年：, holds the authors' abstract too)
        for x in rows:
            out.append(Candidate("furniture", x.start, x.end, "removed", f"a paper's keywords: {view[x.start:x.end].strip()[:30]}",
                                 priority=5, data={"unit": "keyword_row", "score": 0.9, "detector": "shape rule"}))
        kept = []
        for c in out:
            if c.data.get("unit") == "abstract_line" and c.start <= m.start() and c.end > m.end():
                c = Candidate(c.kind, c.start, m.end(), c.action, f"a paper's abstract label: {view[c.start:m.end()].strip()}",
                              priority=c.priority, data={**c.data, "unit": "paper_abstract_label"})
            kept.append(c)
        out = kept
    return out


#: caption shapes that may stand in the page's first line (a picture's file name opens some pages)
_FIRST_LINE_CAPTIONS = frozenset({"image_file"})
#: a caption that says it is one (图为…, 资料图为…, ▲图三为…, 图片说明：…): no title, even on the page's first line
_LABELLED_CAPTION_RE = re.compile(r"[ \t\u3000]*(?:[▲△↑][ \u3000]*)?(?:(?:资料)?图(?:[一二三四五六七八九十\d]{1,2})?为|(?:资料图片|资料照片|图片说明|图注)[ \u3000]*[:：])")


def _not_the_first_line(view: str, lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """Without the caption shapes that took the page's first line whole where its date and source line
    follows: that line is a news item's title (某校首个“某某工作站”揭牌 names the scene like a picture's
    caption). An excerpt may open with a caption anywhere else; a caption that says it is one (图为…) goes even there."""
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    if len(filled) < 2 or not _DATE_LINE_RE.match(view, filled[1].start, filled[1].end):
        return found
    first = filled[0]
    lead = first.start + len(view[first.start : first.end]) - len(view[first.start : first.end].lstrip())
    return [c for c in found if not (c.data.get("unit") in _CAPTION_UNITS and c.data.get("unit") not in _FIRST_LINE_CAPTIONS
                                     and c.start <= lead and c.end >= first.end and not _LABELLED_CAPTION_RE.match(view, c.start))]


#: an item of a list the report makes itself: a bullet, then words (• 举办健康知识讲座五场, - 开展义诊三次)
_LIST_BULLET_RE = re.compile(r"[ \t\u3000]*[•·▪▸►\-–●◆■□★☆√✓][ \u3000]*[\u4e00-\u9fff]")
#: the report's sentence introducing its list: prose closed by a colon (主要做法如下：, 一年来支部做了以下工作:)
_LIST_INTRO_RE = re.compile(r"[^\n]*[\u4e00-\u9fff][^\n]*[:：][ \t\u3000]*")


def _line_number_at(view: str, pos: int, starts: dict[int, int]) -> int | None:
    """The number of the line holding ``pos`` (``starts``: each line's start offset to its number)."""
    return starts.get(view.rfind("\n", 0, pos) + 1)


def report_list_lines(view: str, lines: list[Line]) -> set[int]:
    """Line numbers of the bulleted items of a list the report introduces with a sentence closed by
    a colon (…主要做法如下： then • 举办健康知识讲座五场 / • 开展义诊活动三次): the report's own list,
    whose items are short, unpunctuated and bulleted like a web page's links and menu items. A link
    block's header (相关阅读：, 推荐文章:) introduces no report list, nor does a field (来源：)."""
    if not any(ch in view for ch in "•·▪▸►-–●◆■□★☆√✓"):
        return set()
    header = junk_patterns().header
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    out: set[int] = set()
    k = 1
    while k < len(filled):
        ln = filled[k]
        if not _LIST_BULLET_RE.match(view, ln.start, ln.end):
            k += 1
            continue
        intro = view[filled[k - 1].start : filled[k - 1].end].strip()
        run = k
        while run < len(filled) and _LIST_BULLET_RE.match(view, filled[run].start, filled[run].end):
            run += 1
        if (_LIST_INTRO_RE.fullmatch(intro) and cjk_count(intro) >= 6
                and not header.match(intro) and not _SOURCE_FIELD_RE.match(intro)
                and not re.search(r"(?:阅读|推荐|相关|热门|精彩|更多|猜你|延伸|链接|导航|标签|专题|栏目|下载|分享)", intro)):
            out.update(filled[j].number for j in range(k, run))
        k = run
    return out


#: the words of a shop's advertisement (批发, 包邮, 限时, 立减, ¥9.9 …): a report has no price, discount or sale
_AD_WORDS_RE = re.compile(r"批发|厂家直销|包邮|红包|抵扣|加盟|月入过?[万千\d]|早鸟价|名额有限|\d折起?|[一二三四五六七八九]折起|特价|限时|"
                          r"立减|立省|免费试用|立即体验|下单|抢购|秒杀|团购|促销|热卖|开店|货到付款|[¥￥][ \u3000]*\d|量大从优|欢迎来电|"
                          r"全场|双11|双十一|狂欢|会员专享|新人专享|首单|优惠价|优惠券|包过|代写|代开|降重|查重|无效退款|招生简章|报名立减")


#: a unit doing something: a report's sentence on a sale (支部开展“双11”消费维权宣传，全场发放资料…)
_AD_UNIT_RE = re.compile(r"支部|党委|党总支|党组织|村委|居委|我们|我[村校院局所厂]|(?:党员|群众|村民|居民|职工|学生|干部)[^，,。]{0,6}"
                         r"(?:开展|组织|参加|帮助|发放|宣传|走访|学习|提供)")


def _ad_lines(view: str, lines: list[Line]) -> list[Candidate]:
    """A short line with two words of a shop's advertisement or more (特价党旗批发，厂家直销; 雙11狂歡 全場5折起！;
    公务员考试培训 报名享早鸟价 名额有限): the advertisement goes whole; a report's sentence names no price or sale."""
    out = []
    for ln in lines:
        t = view[ln.start : ln.end].strip()
        if not t or len(t) > 60 or _MID_SENT_END.search(t.rstrip("。！!？?")):
            continue
        found = list(_AD_WORDS_RE.finditer(t))
        if len({m.group() for m in found}) < 2 or _AD_UNIT_RE.search(t):
            continue
        # where the advertisement starts: its label's bracket or its clause; the line is the advertisement's
        # only where nothing stands before it
        first = found[0].start()
        begin = max(t.rfind(ch, 0, first) for ch in "【[（(，,。；;！!")
        begin = begin if begin >= 0 and t[begin] in "【[（(" else begin + 1 if begin >= 0 else 0
        if t[:begin].strip():
            continue  # glued after words of the report (某某党委先进【代写】…): where it ends is the spam rules' to read
        out.append(Candidate("furniture", ln.start, ln.next, "removed", f"an advertisement: {t[:30]}", priority=5,
                             data={"unit": "ad_line", "score": 0.92, "detector": "shape rule"}))
    return out


#: a reprint's label of the original title, spaces dropped (原标题：, （原标题：)
_ORIGINAL_TITLE_LABEL_RE = re.compile(r"[（(]?(?:原标题|原题|来源标题|原文标题)[:：]")
#: a row of ellipses closing a line after the text's words (…因为他们深知 ………………)
_TRAILING_ELLIPSES_RE = re.compile(r"(?<=[\u4e00-\u9fff，,、])[ \u3000]?…{4,}[ \t\u3000]*$")
#: a diary entry's day, its weekday and its weather alone on a line (2019年3月5日 星期二 晴, 3月8日，阴转小雨, 5月3日 周五)
_DIARY_DAY_RE = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[ \u3000，,、]*(?:(?:星期|周|礼拜)[一二三四五六日天][ \u3000，,、]*)?"
                           r"(?:[晴阴雨雪]|多云|[小中大暴阵]雨|雷阵雨|[小中大]雪|雨夹雪|[晴阴雨]转(?:[晴阴]|多云|[小中大阵]?雨|[小中大]?雪)|多云转[晴阴雨])?[ \t\u3000]*")
#: a wire item's dateline with its title after 题: (新华社某地6月11日电 题：某某——记某某)
_WIRE_TITLE_RE = re.compile(r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{2,10}?\d{1,2}月\d{1,2}日电[ \u3000?？]{0,2}题[ \u3000]*[:：][ \u3000]*([^\n。！？!?]{4,80}?[！!？?]?)[ \t\u3000]*$")


def _wire_title_copies(view: str) -> list[Candidate]:
    """A wire dateline whose title after 题: the page shows on another line too (the page's title
    over the item, maybe its subtitle on the line below): the line goes whole. Where the page shows
    the title only there, the dateline alone goes and the title stays (wire_dateline)."""
    out = []
    for m in _WIRE_TITLE_RE.finditer(view):
        title = re.sub(r"\s+", "", m.group(1))
        rest = [x for x in re.sub(r"[ \t\u3000]+", "", view[: m.start()] + "\n" + view[m.end() :]).split("\n") if x]
        rest += [x[len(o.group()) :] for x in rest if (o := _ORIGINAL_TITLE_LABEL_RE.match(x))]  # (原标题：the title)
        # (the title shown on one line, or on two: the title over its subtitle, 某某 / ——记某某)
        if len(title) >= 4 and (title in rest or any(a + b == title for a, b in zip(rest, rest[1:]))):
            out.append(Candidate("furniture", m.start(), m.end(), "removed", f"wire dateline over the title shown again: {title[:20]}",
                                 priority=5, data={"unit": "wire_title_copy", "score": 0.93, "detector": "shape rule"}))
    return out


#: a portrait's caption: the honour, then the person's post and name, no sentence (某省优秀共产党员、某市某局科长某某)
_GALLERY_RE = re.compile(
    r"[ \t\u3000]*[\u4e00-\u9fff“”\"]{0,10}(?:优秀共产党员|优秀党务工作者|先进基层党组织|劳动模范|道德模范|先进工作者|"
    r"先进个人|最美[\u4e00-\u9fff]{1,4}|好人)[”\"]?、[^\n。，,；;！？!?：:]{4,40}[ \t\u3000]*")


def _gallery_captions(view: str, lines: list[Line]) -> list[Candidate]:
    """Portraits' captions of a gallery (某省优秀共产党员、某市某局科长某某), two lines or more of that shape
    on the page: one such line alone may be a profile's title, a gallery names its people line
    after line."""
    hits = [ln for ln in lines if ln.end > ln.start and _GALLERY_RE.fullmatch(view, ln.start, ln.end)]
    if len(hits) < 2:
        return []
    return [Candidate("furniture", ln.start, ln.end, "removed", f"a portrait's caption: {view[ln.start:ln.end].strip()[:30]}",
                      priority=5, data={"unit": "gallery_caption", "score": 0.9, "detector": "shape rule"}) for ln in hits]


#: what a news picture shows: someone speaking at a meeting, going up to take an award, showing a
#: reporter round, at work this moment, lined up, posing, a visit accompanied, a smile, a position (右)
_SCENE_RE = re.compile(
    r"在[^\n]{1,14}(?:上|中|前|里)(?:讲话|致辞|发言|作报告|宣讲|授课)|(?:讲话|致辞)。?$|上台(?:接受|领奖|发言|领取)"
    r"|(?:接受|获得)[^\n]{0,24}表彰。?$|领奖。?$|向记者介绍|正在(?:对|为|进行|开展|检查|查看|参加)|列队|合影。?$|宣誓。?$"
    r"|颁奖|授牌|陪同[^\n]{1,10}(?:检查|调研|参观|查阅|考察|视察)|查阅[^\n]{0,6}资料|合不拢嘴|资料图。?$|[（(][左右前后][一二三四五六]?[)）]")
#: who a news picture shows: a post or a kind of people (书记, 民警, 老人 …) or a unit
_SCENE_WHO_RE = re.compile(r"书记|主任|局长|院长|校长|部长|委员|经理|队长|记者|民警|工人|官兵|同志|代表|负责人|奶奶|爷爷|老人|群众|村民"
                           r"|学生|党支部|党委|党工委|党总支|领导|专家|嘉宾|干部|党员|师生|职工")
#: how a report's sentence opens (会上，…作了重要讲话。): narrative, no picture
_NARRATIVE_OPEN_RE = re.compile(r"会上|会议|当天|随后|同时|此外|其间|期间|活动中|仪式上|最后|首先|近日|日前|今年|去年|\d{1,2}月\d{1,2}日|\d{4}年")
_POSITION_RE = re.compile(r"[（(][左右前后][一二三四五六]?[)）]")
#: a person's name and where they stand in the picture opening the line (某某(右)与同事商议事务)
_NAME_POSITION_RE = re.compile(r"[\u4e00-\u9fff]{2,3}[（(][左右前后][一二三四五六]?[)）]")
#: the scene itself named under its picture (授牌仪式现场, 2024年5月12日，某某中队命名大会现场): a report's
#: sentence goes on after 现场, or has someone go there (赶到现场。, 奔赴抗洪现场)
_AT_SCENE_RE = re.compile(r"(?<![到赴入往临在回守离进至达抵])(?<!奔赴[\u4e00-\u9fff]{2})现场。?$")
_SENT_INSIDE_RE = re.compile(r"[。！？!?；;：:](?!$)")
#: a sentence of the text that names a speech or an honour (这段话出自…在大会上的讲话。, 某某被评为…并上台接受表彰。): a speech
#: named with 的 is a noun of the narration, a picture's caption shows someone speaking; an honour conferred is news told
_NARRATED_SCENE_RE = re.compile(r"的(?:讲话|致辞)。?$|出自|引自|被评为|被授予|被表彰为|被命名为")
#: the title's words going on as a sentence after a comma (某某如何铸牢堡垒，可以从以下方面进行探索：): no variant of the title
#: (the title with the page's tags after a comma is: 某某事迹材料,标签:…)
_CLAUSE_ON_RE = re.compile(r"[ \u3000]*[，,；;](?![^\n]*(?:标签|关键词|关键字|[Tt]ags?|TAGS?)[ \u3000]*[:：])")
_SCENE_LINE_RE = re.compile(r"[^\n；;：:！？!?]{8,50}")
#: people going somewhere to see or visit (某某们列队去参观…陈列馆): the narration's, a caption shows them there (某某参观…)
_WENT_TO_RE = re.compile(r"(?<![过回失来进出])去(?:参观|看望|慰问|学习|瞻仰|拜访|祭扫)")


#: a writer's credit closing a news item on its own line (某某 报道, （通讯员 某某 某某）, 撰稿：某某): under it the item's text ends
_WRITER_CLOSE_RE = re.compile(r"[ \t\u3000]*[（(]?[^\n。！？!?]{0,20}?(?:报道|报导|撰稿|供稿|采写|通讯员|记者)[^\n。！？!?]{0,16}[)）]?[ \t\u3000]*")


def _scene_captions(view: str, lines: list[Line]) -> list[Candidate]:
    """A news picture's caption on its own line between paragraphs, without a credit: who (a post,
    a kind of people, a unit) and a scene (在大会上讲话, 上台接受表彰, 向记者介绍…, 正在…, (右)).
    One clause (or a short second one after a comma: …，笑得合不拢嘴; a full stop only at its end,
    资料图 after it), beside a paragraph; never a heading's number, a narrative opening (会上，…作了
    重要讲话。, …颁奖并发表重要讲话。) or the page's first line unless it says who stands where (某某(右)与…). On a
    flattened page the caption stands between two paragraphs' spaces. (…出席会议并作重要讲话。 and 某某作总结讲话。, a
    sentence closed, are the news item's; 某某作重要讲话 alone is a caption.)"""
    out = []
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    shaped: list[int] = []
    for k, ln in enumerate(filled):
        x = view[ln.start : ln.end].strip()
        if k == 0 and not _POSITION_RE.search(x):
            continue  # the page's first line is its title, unless it says who stands where (某某(右)与…)
        x = x[: -len("资料图")] if x.endswith("资料图") else x  # a file picture's mark after the caption's full stop
        clauses = re.split("[，,]", x)
        at_scene = 4 <= len(x) <= 30 and _AT_SCENE_RE.search(x) and len(clauses) <= 2 and not _SENT_INSIDE_RE.search(x)
        if not at_scene and (not x or not _SCENE_LINE_RE.fullmatch(x) or len(clauses) > 2 or len(clauses) == 2 and len(clauses[1]) > 8):
            continue  # two clauses or more: a sentence of the text
        if "。" in x[:-1] or _HEADING_RE.match(x) or x[0] in "—-－–(（【[“\"" and not _POSITION_RE.match(x) \
                or _NARRATIVE_OPEN_RE.match(x) and not _AT_SCENE_RE.search(x) or "作了" in x or "发表了" in x or "并发表" in x or "并作" in x or "出席会议" in x \
                or "分别" in x and x.endswith("。") \
                or _SEQUENCE_RE.search(x) \
                or re.search(r"作[^，,。]{0,6}(?:讲话|报告|发言|部署)。$", x) \
                or _NARRATED_SCENE_RE.search(x) or _WENT_TO_RE.search(x):
            continue
        if not (at_scene or _SCENE_RE.search(x) and (_SCENE_WHO_RE.search(x) or _NAME_POSITION_RE.match(x))):
            continue
        if x.endswith("。") and k + 1 < len(filled) and _WRITER_CLOSE_RE.fullmatch(view, filled[k + 1].start, filled[k + 1].end):
            continue  # the news item's last sentence over its writer's credit (…并为获奖单位颁奖。 / 某某 报道)
        shaped.append(k)
    # beside a paragraph, or beside another such caption that is (a gallery's captions line after line);
    # a run of short lines is a list or an outline, not pictures between paragraphs
    beside = {k for k in shaped if any(len(view[n.start : n.end].strip()) >= 40 for n in filled[max(0, k - 1) : k + 2] if n is not filled[k])}
    beside |= {k for k in shaped if k - 1 in beside or k + 1 in beside}
    for k in sorted(beside):
        ln = filled[k]
        x = view[ln.start : ln.end].strip()
        out.append(Candidate("furniture", ln.start, ln.end, "removed", f"a news picture's caption: {x[:30]}",
                             priority=5, data={"unit": "scene_caption", "score": 0.9, "detector": "shape rule"}))
    for m in _RUN_ON_SEGMENT_RE.finditer(view):  # a flattened page: the caption between two paragraphs' spaces
        x = m.group(1)
        if _SCENE_RE.search(x) and _SCENE_WHO_RE.search(x) and not _HEADING_RE.match(x) and not _NARRATIVE_OPEN_RE.match(x):
            out.append(Candidate("furniture", m.start(1), m.end(1), "removed", f"a news picture's caption run into the text: {x[:30]}",
                                 priority=5, data={"unit": "scene_caption", "score": 0.9, "detector": "shape rule"}))
    return out


#: words telling what came first and what next (评审组首先观摩了…现场。): the news item's narration, no caption
_SEQUENCE_RE = re.compile(r"首先|随后|然后|接着|紧接着|之后|其后|最后|先后")


#: a segment of a flattened page between a sentence's end and the next paragraph, set off by spaces
_RUN_ON_SEGMENT_RE = re.compile(r"(?<=[。！？!?”])[ \u3000]+([^\s。！？!?，,；;：:“”]{8,40})(?=[ \u3000]+\S)")


#: a collection item's label: 篇1 or 例1 closing a title, 【篇一】, 第一篇, 范文(一), a genre noun numbered alone on its line (某某工作总结一：)
_ITEM_LABEL_RE = re.compile(r"[篇例][一二三四五六七八九十\d]{1,2}[ \t\u3000]*$|【篇[一二三四五六七八九十\d]{1,2}】|第[一二三四五六七八九十\d]{1,2}篇|范文[（(][一二三四五六七八九十\d]{1,2}[)）]"
                            r"|^[^\n。！？!?，,；;]{2,30}(?:事迹|材料|范文|总结|报告|发言稿|演讲稿)[一二三四五六七八九十]{1,2}[ \u3000]*[:：][ \t\u3000]*$", re.M)
#: a collection's title: a short line closed by its count (某某工作总结7篇, 某某总结(共9篇), …(精选5篇)(全文完整)), maybe in
#: title marks (《某某事迹材料3篇》, 《某某事迹材料【热门八篇】》; a bare title's 【实用5篇】 is the collection blurb's)
_COLLECTION_TITLE_RE = re.compile(
    r"[ \t\u3000]*[^\n。！？!?]{2,40}?(?:[（(](?:[\u4e00-\u9fff]{1,3}?)?[0-9一二三四五六七八九十]{1,3}篇[)）]"
    r"|【[\u4e00-\u9fff]{0,3}?[0-9一二三四五六七八九十]{1,3}篇】(?=》)"
    r"|(?:范文|大全)?[0-9一二三四五六七八九十]{1,3}篇(?:精选|精選|汇编|彙編)?)(?:[ \u3000]*[（(](?:全文完整|完整版|全文|精选|合集|通用|优秀)[)）])?》?[ \t\u3000]*")


#: a count of pieces in brackets closing a line, two or more, that a site's marketing word opens
#: (（实用15篇）, (优推4篇), （精选3篇）) or after a title naming its 范文 (某某材料范文(12篇)); a plain
#: （2篇） under a report's own title names its two parts
_COUNTED_TITLE_RE = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,3}|(?:范文|大全)[（(])(?:[2-9]|[1-9]\d{1,2}|[二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)篇[)）][ \t\u3000]*$")
#: three pieces or more counted plainly, in brackets or bare, closing a line (某某工作总结(5篇), 某某之家(四篇), 某某总结7篇,
#: …5篇精选): a collection's name too, where the page shows it once (shown again inside a line, it is the page's title); a
#: title naming its 范文 or a site's marketing word before the count (某某事迹材料范文3篇, 某某报告集锦9篇) keeps its name, the
#: count alone goes (collection blurb)
_PLAIN_COUNT_RE = re.compile(r"(?<![第\d一二三四五六七八九十])(?<!范文)(?<!集锦)(?<!大全)(?<!汇编)(?<!合集)(?<!精选)(?:[3-9]|[1-9]\d{1,2}|[三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)篇"
                             r"(?:[)）]|精选|精選|汇编|彙編)?[ \t\u3000]*$")
def _item_title_follows(view: str, lines: list[Line], title: Line) -> bool:
    """A short line without a sentence's end among the four lines after ``title``: the first item's own
    title (a page with the report right under the collection's name keeps that name as its title)."""
    after = [ln for ln in lines if ln.start >= title.next and view[ln.start : ln.end].strip()][:4]
    return any(len(t) <= 40 and not _SENT_END.search(t) for t in (view[ln.start : ln.end].strip() for ln in after))


def _collection_titles(view: str, lines: list[Line]) -> list[Candidate]:
    """A collection page's title line, closed by its count (某某工作总结7篇, 某某总结(共9篇)), where the
    page labels its items (篇1, 例1, 【篇一】, 第一篇, 范文(一)): the collection's name goes whole, each
    item keeps its own title. Shown twice, it is the page's title: one copy stays (repeated titles)."""
    if "篇" not in view:
        return []
    labelled = _ITEM_LABEL_RE.search(view) is not None
    head = [ln for ln in lines if ln.end > ln.start and view[ln.start : ln.end].strip()][:4]
    # without item labels, a title counting its pieces in brackets in the page's head, text after it:
    # 某某工作方案(实用15篇) names a collection (no report counts its own pieces)
    plain = {ln.start for ln in head if not _COUNTED_TITLE_RE.search(view, ln.start, ln.end) and _PLAIN_COUNT_RE.search(view, ln.start, ln.end)
             and view.count(view[ln.start : ln.end].strip()) == 1}
    candidates = lines if labelled else [ln for ln in head if (_COUNTED_TITLE_RE.search(view, ln.start, ln.end) or ln.start in plain)
                                         and _item_title_follows(view, lines, ln)]
    if not candidates:
        return []
    shown = Counter(view[ln.start : ln.end].strip() for ln in lines)
    return [Candidate("furniture", ln.start, ln.next, "removed", f"a collection's title: {view[ln.start:ln.end].strip()[:30]}",
                      priority=5, data={"unit": "collection_title", "score": 0.92, "detector": "shape rule"})
            for ln in candidates if ln.end > ln.start and _COLLECTION_TITLE_RE.fullmatch(view, ln.start, ln.end)
            and not _ITEM_LABEL_RE.search(view, ln.start, ln.end) and shown[view[ln.start : ln.end].strip()] == 1]


#: an official account's name in its prompt to follow it (点击上方“某某教育”关注我们, 长按识别“某某发布”)
_FOLLOW_PROMPT_RE = re.compile(r"(?:点击|关注|长按|识别|搜索)[^\n“\"「]{0,8}[“\"「]([^”\"」\n]{2,14})[”\"」]")


def _account_name_lines(view: str, lines: list[Line]) -> list[Candidate]:
    """A line that is only the name of the official account the page asks to follow (某某教育 /
    点击上方“某某教育”关注我们): the account's masthead copied with the article."""
    names = {m.group(1).strip() for m in _FOLLOW_PROMPT_RE.finditer(view)} if "“" in view or '"' in view or "「" in view else set()
    if not names:
        return []
    return [Candidate("furniture", ln.start, ln.next, "removed", f"the followed account's name: {view[ln.start:ln.end].strip()}",
                      priority=5, data={"unit": "account_name", "score": 0.92, "detector": "shape rule"})
            for ln in lines if view[ln.start : ln.end].strip() in names]


#: the shape rules that take a picture's caption line whole
CAPTION_UNITS = _CAPTION_UNITS = frozenset({"scene_caption", "caption_line", "credited_caption", "credited_photo_line", "sourced_caption",
                            "bracketed_caption", "image_file", "picture_labels"})
#: a line a caption run may hold: short, no sentence punctuation, no heading's marker
_RUN_LINE_RE = re.compile(r"[ \t\u3000]*(?![一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(【“\"])[^\n。，；！？,;!?：:]{4,40}[ \t\u3000]*")


def _caption_runs(view: str, lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """Short lines between two pictures' captions are captions too (庆祝大会会场 / 某某党委荣获某某称号 /
    优秀党员受表彰): a news page's gallery names its pictures line after line. One to three lines
    without sentence punctuation, a caption line whole just above and just below them (blank
    lines aside); a report's title or heading never stands between two captions."""
    whole = {(c.start, c.end) for c in found if c.data.get("unit") in _CAPTION_UNITS}
    if len(whole) < 2:
        return []
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]

    def is_caption(ln: Line) -> bool:
        return any(s <= ln.start + (len(view[ln.start : ln.end]) - len(view[ln.start : ln.end].lstrip())) and e >= ln.end
                   for s, e in whole)

    caps = [is_caption(ln) for ln in filled]
    out = []
    i = 0
    while i < len(filled):
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < len(filled) and not caps[j] and j - i <= 4:
            j += 1
        run = filled[i + 1 : j]
        if j < len(filled) and caps[j] and 1 <= len(run) <= 3 and all(
                _RUN_LINE_RE.fullmatch(view, ln.start, ln.end) for ln in run):
            for ln in run:
                out.append(Candidate("furniture", ln.start, ln.end, "removed",
                                     f"caption between two captions: {view[ln.start:ln.end].strip()[:30]}", priority=5,
                                     data={"unit": "caption_run", "score": 0.9, "detector": "shape rule"}))
        i = j
    return out


_CREDIT_LABEL = r"(?:通讯员|记者|作者|撰稿|供稿|编辑|责任编辑|审核|摄影|文字|图片|照片|视频|文/图|文图|图文|文|图)"
#: a byline after the last sentence of a body line: 通讯员 某某 某某, 文/某某 图/某某, 作者|某某, 记者 某某 通讯员 某某 文/图,
#: the office that wrote it ((某某办),
#: (某某党支部), (某某宣), 某某局 某某), or names alone in brackets (those, with the writers' unit, on a line of their own
#: closing the page too: :func:`_tail_bylines`)
#: an office that wrote the piece (某某办公室, 某某党支部, 某某局, 某某协会)
_WRITING_UNIT = (r"[\u4e00-\u9fff]{1,20}(?:办公室|党史办|办|科|处|室|党委|党工委|工委|党总支|党支部|支部|工作部|宣传部|组织部|中心|局|协会|委员会|"
                 r"学会|联合会|研究会|学院|学校|医院|公司|集团|街道|社区|"
                 # (a department writing news, a field team, a hospital called by its number, a museum, a park, a station, a plant: 地质五队, 附二院,
                 # 某某博物馆, 某某产业园, 某某水文站, 某某厂)
                 r"统战部|政治部|党群部|党建部|人力资源部|队|院|馆|园|所|站|厂|场|社)")
_TAIL_BYLINE_RE = re.compile(
    # (an editor's note in brackets may stand between the last sentence and the names: 。(获奖名单见今日4版)(某某))
    r"(?m)(?:[。！？!?]|…|\.{3})(?:[（(][^()（）\n]{2,20}[)）](?=[（(]))?(?:[ \u3000]*\n){0,2}[ \u3000]*(?:"
    rf"[（(]?(?:(?:本报|本台|本网|[\u4e00-\u9fff]{{2,8}}?(?:网|报|台|社|中心|新闻|客户端))?{_CREDIT_LABEL}(?:[ \u3000]*[:：/|｜丨][ \u3000]*|(?<=[员者])[ \u3000]+)[\u4e00-\u9fff·]{{2,4}}(?:[ \u3000、,，][\u4e00-\u9fff·]{{2,4}}){{0,3}}(?:[ \u3000]+(?:摄影|摄|报道|文/图|文图|图/文|图文))?[ \u3000]*){{1,4}}[)）]?"
    # the writing office or offices ((某某办), (某某党支部), (某某省市场监管局 某某省个体劳动者协会))
    rf"|[（(]{_WRITING_UNIT}(?:[ \u3000、]{_WRITING_UNIT}){{0,3}}[)）]"
    # the office abbreviated with 宣 for its publicity desk ((财会宣), (某某院宣)), or named before its writer
    # without brackets (某某县档案局 某某)
    r"|[（(][\u4e00-\u9fff]{1,6}宣[)）]"
    r"|[\u4e00-\u9fff]{1,12}(?:局|部|处|科|室|委|院|所|队|中心|支部|办)[ \u3000]+[\u4e00-\u9fff·]{2,3}"
    # (or units apart by a slash, then a colon: (某某党支部/某某科:某某、某某、某某), a company's short name and its writer
    # (某某生物:某某); not a roll of people (获奖人员:某某、某某))
    r"|[（(](?:(?P<unit>[\u4e00-\u9fff]{2,14}(?:[/／][\u4e00-\u9fff]{2,14})?)(?:[ \u3000]+|[-－—]|(?<!名单)(?<![人者员奖])[:：]))?(?P<names>(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,3})"
    r"(?:(?:[ \u3000、,，]|[?？][ \u3000]?)(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,3})){0,3})[)）]"
    r"|[（(]?(?:图片|照片)?由?[\u4e00-\u9fff]{2,10}(?:供图|供稿|(?<![以为向给对将把并而可来])提供)[)）]?"
    # two or three writers' names run together in brackets ((某萌某敬媛)): read by their surnames
    r"|[（(](?P<run>[\u4e00-\u9fff]{4,9})[)）]"
    # names, each followed by its role after a slash ((某某/文、摄 某某、某某/审)); a paper's page the text was taken
    # from ((据《某某日报》2010年09月07日17版)); two names bare after the last sentence (。某某 某某某), read by their surnames
    r"|[（(](?=[^()（）\n]{0,40}[/／][ \u3000]*[文图摄审编校])[\u4e00-\u9fff·、,， \u3000/／]{4,40}[)）]"
    r"|[（(]据《[^》\n]{2,20}》[^()（）\n]{0,24}[)）]"
    r"|(?<=[。！？!?])(?P<bare>[\u4e00-\u9fff]{2,3}[ \u3000]+[\u4e00-\u9fff]{2,3}))"
    # (the editor's credit may follow: (某某办 某某) 编辑：某某)
    r"(?:[ \u3000]+(?:编辑|责编|责任编辑|审核|校对)[ \u3000]*[:：][ \u3000]*[\u4e00-\u9fff·]{2,4})?[ \t\u3000|｜\\?？]*$")  # (a table's bar, a stray backslash or a flattened space's question mark may close the line)


_NAME_TOKEN_RE = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,3}")


#: writers' names in brackets opening a paragraph, before its first words ((某某)近日，… / (某某某某某)“…”)
_LEAD_NAMES_RE = re.compile(r"(?m)^[ \t\u3000]*[（(]([\u4e00-\u9fff]{2,7})[)）](?=[\u4e00-\u9fff“\"])")


def _split_names(run: str, surnames: frozenset) -> list[str] | None:
    """``run`` cut into names of two or three characters, each opening with a surname (谭帅刘建强:
    谭帅 / 刘建强), or None."""
    if not run:
        return []
    for size in (3, 2):
        if len(run) >= size and run[0] in surnames:
            rest = _split_names(run[size:], surnames)
            if rest is not None:
                return [run[:size]] + rest
    return None


#: a credit's role words beside the names after a box (■ 通讯员 某某)
_BOX_ROLE_RE = re.compile(r"通讯员|记者|特约记者|实习生|摄影|摄|文[ \u3000]*/[ \u3000]*图|图[ \u3000]*/[ \u3000]*文|文图|编辑|[文图][ \u3000]*/")


#: a party body writing the piece, after a box (■中共某某市委组织部)
_BOX_UNIT_RE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,14}(?:委员会|组织部|宣传部|统战部|党委|党工委|党组|办公室)")


def _box_credit_names(text: str) -> bool:
    """Whether a credit line opened by a box (□ 某某, ■ 通讯员 某某 某某, □ 某 某) holds names (or is a party body's
    name: ■中共某某市委组织部): each token
    two or three characters (four with a double surname) opening with a surname, not every one a
    dictionary word. A report marks its headings with boxes too (■ 支部简介, □ 抓党建 促发展 stay).
    A line without a box passes (the rule's other shapes)."""
    body = text.strip()
    if not body or body[0] not in "□■":
        return True
    if _BOX_UNIT_RE.fullmatch(body[1:].strip()):
        return True  # ■中共某某市委组织部: the writing unit (a heading names a point: ■强化组织建设)
    body = _BOX_ROLE_RE.sub(" ", body[1:]).strip()
    # 林 杰, 郭某某 李 辉: a two-character name spaced
    body = re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1\2", body)
    tokens = [t for t in re.split(r"[ \u3000、，,]+", body) if t]
    surnames = _compiled()["surnames"]
    if not tokens or not all(t[0] in surnames and (len(t) in (2, 3) or len(t) == 4 and t[:2] in _DOUBLE_SURNAMES)
                             for t in tokens):
        return False
    return not all(map(name_is_word, tokens))


#: surnames of two characters (欧阳某某)
_DOUBLE_SURNAMES = frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙", "宇文", "长孙"})


def _lead_names(view: str) -> list[Candidate]:
    """One or two writers' names in brackets opening a paragraph ((某某某)沿滩区…, (某某某某某)“如果…”):
    every name opens with a surname and one at least is no word of the dictionary ((图片), (全文) stay)."""
    if "(" not in view and "（" not in view:
        return []
    surnames = _compiled()["surnames"]
    out = []
    for m in _LEAD_NAMES_RE.finditer(view):
        names = _split_names(m.group(1), surnames)
        if not names or len(names) > 2 or all(map(name_is_word, names)):
            continue
        out.append(Candidate("furniture", m.start(), m.end(), "removed", f"writers' names opening the text: {m.group().strip()}",
                             priority=5, data={"unit": "lead_names", "score": 0.9, "detector": "shape rule"}))
    return out


#: a bracketed credit after the last sentence that the excerpt cut before its bracket closed (…推向高潮。（某某 通讯员 某某,
#: …贡献力量。(撰文:某某党委某某)
_CUT_CREDIT_RE = re.compile(r"(?<=[。！？!?])[ \u3000]*[（(][^\n（）()。，,！？]{0,16}(?:记者|通讯员|撰文|撰稿|供稿|作者|编辑|摄影)[^\n（）()。，,！？]{0,16}\s*\Z")


#: a department and its writer on the page's last line, under the last sentence or the date it is signed with (…部署。 /
#: 2009年11月10日 / 管理二室 某某某): the news item's credit; a unit signing a report signs without a person's name
_LAST_UNIT_WRITER_RE = re.compile(r"(?:(?<=[。！？!?])|(?<=日)|(?<=\d))[ \u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{1,12}"
                                  r"(?:局|部|处|科|室|所|队|中心|办))[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000|｜]*\s*\Z")


#: what may close a page under the writers' credit: nothing, or its editor's and reviewers' fields (责任编辑：某某)
_EDITOR_FIELDS_TAIL_RE = re.compile(r"(?:\s*(?:责任编辑|编辑|责编|审核|审校|校对|初审|复审|终审)[ \u3000]*[:：][ \u3000]*[\u4e00-\u9fff·]{0,4}(?:[ \u3000、,，]+[\u4e00-\u9fff·]{2,4}){0,3})*\s*")


def _tail_bylines(view: str) -> list[Candidate]:
    """A byline stuck to the end of a body line (…取得实效。（通讯员 某某 某某）is cut by the
    bracketed-credit shape; this one takes 通讯员 某某 without brackets, 文/某某 图/某某, a
    picture's source (…打分。某某宣传办提供), and
    one to four names in brackets, maybe after the writers' unit or office, where every name opens
    with a surname and one at least is no word of the dictionary: (某某某), (某某居民区 某某某) closing
    the last sentence of a news item)."""
    if "。" not in view and "！" not in view:
        return []
    out = []
    surnames = _compiled()["surnames"]
    for m in _TAIL_BYLINE_RE.finditer(view):
        names = m.group("names")
        if names is not None:
            tokens = [re.sub(r"[ \u3000]", "", x) for x in _NAME_TOKEN_RE.findall(names)]  # 陈 伟: a two-character name spaced
            unit = m.group("unit")
            if unit and len(unit) <= 3 and unit[0] in surnames:
                tokens.insert(0, unit)  # (某某 某某): two names, not a unit and a name
            # (three names or more may hold one rare surname: (某福庆、杜某君、李某))
            named = sum(1 for t in tokens if t and t[0] in surnames)
            if named < len(tokens) - (len(tokens) >= 3) or all(map(name_is_word, tokens)):
                continue  # (方法 路径), (张家港): words, no names
        elif m.group("run") is not None and not _two_names(m.group("run"), surnames):
            continue  # (摘自某某报), (排名不分先后): no two names run together
        elif m.group("bare") is not None and (view[m.end() :].strip() or any(t[0] not in surnames for t in m.group("bare").split())
                                              or all(map(name_is_word, m.group("bare").split()))):
            continue  # two bare names close the page only (。某某 某某某), each opening with a surname, one no word at least
        lead = 3 if m.group().startswith("...") else 1
        if "\n" in m.group():  # a line of its own under the last sentence: the writers' names in brackets closing the
            # page go, the line break stays; a unit's signature, or a post and name between paragraphs, is the report's
            lead = m.group().rindex("\n") + 1  # (after a blank line too)
            if not _EDITOR_FIELDS_TAIL_RE.fullmatch(view, m.end()) or not m.group()[lead:].lstrip(" \u3000").startswith(("(", "（")):
                continue  # (in brackets a unit's name closing the page is the news item's credit too: (某某学院))
        out.append(Candidate("furniture", m.start() + lead, m.end(), "removed", f"byline at the end of a line: {m.group()[lead:].strip()[:30]}",
                             priority=5, data={"unit": "tail_byline", "score": 0.92, "detector": "shape rule"}))
    m = _LAST_UNIT_WRITER_RE.search(view)
    if m and m.group("name")[0] in surnames and not name_is_word(m.group("name")) and not name_is_word(m.group("unit")[-3:]):
        above = view[view.rfind("\n", 0, m.start()) + 1 : m.start()].strip()  # the line the match opens after
        if above.endswith(("。", "！", "？", "!", "?")) or _DATE_ONLY_RE.fullmatch(above):
            out.append(Candidate("furniture", m.start("unit"), m.end(), "removed",
                                 f"a department and its writer closing the page: {m.group('unit')} {m.group('name')}", priority=5,
                                 data={"unit": "tail_byline", "score": 0.9, "detector": "shape rule"}))
    m = _CUT_CREDIT_RE.search(view)
    if m:
        out.append(Candidate("furniture", m.start(), m.end(), "removed", f"a credit the excerpt cut off: {m.group().strip()[:30]}",
                             priority=5, data={"unit": "tail_byline", "score": 0.9, "detector": "shape rule"}))
    return out


#: a line of a site's channels: eight words or more apart by spaces, none with punctuation
_MENU_LINE_TOKEN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,6}")


#: a link of a tag cloud or pager: a word and its number (视频21, 推荐3)
_NUMBERED_LINK_RE = re.compile(r"[\u4e00-\u9fff]{1,4}\d{1,5}")


def _menu_lines(view: str, lines: list[Line]) -> list[Candidate]:
    """A site's channel menu run onto one line (读新闻 新闻 本港消息 国际新闻 …, of any length): eight words
    or more of six characters at most, apart by spaces, a third of them four characters or longer. A
    roll of names (某某 某某 某某 …, two or three characters each) is a report's and stays."""
    out = []
    for ln in lines:
        if ln.end - ln.start < 24:
            continue
        words = view[ln.start : ln.end].split()
        if len(words) < 8:
            continue
        # (or each a word and its number, a tag cloud's or a pager's links: 视频1 视频21 推荐3 关键词1001 …)
        if not all(_NUMBERED_LINK_RE.fullmatch(w) for w in words):
            if not all(_MENU_LINE_TOKEN_RE.fullmatch(w) for w in words) or sum(len(w) >= 4 for w in words) * 3 < len(words):
                continue
        out.append(Candidate("furniture", ln.start, ln.next, "removed", f"site menu on one line: {' '.join(words[:5])}", priority=5,
                             data={"unit": "menu", "score": 0.9, "detector": "shape rule"}))
    return out


#: a navigation item: two to six Chinese characters alone on a line, maybe after a bullet (? 党建在线)
_MENU_ITEM_RE = re.compile(r"[ \t\u3000]*(?:[?？•·>»|｜*][ \u3000]*)?[\u4e00-\u9fff]{2,6}[ \t\u3000]*")
_MENU_BULLET_RE = re.compile(r"[ \t\u3000]*[?？•·>»|｜*]")


#: a page's font-size buttons, one a line (放大 / 缩小 / 默认)
_FONT_BUTTONS = frozenset({"放大", "缩小", "默认", "还原", "重置", "标准"})


def _menu_runs(view: str, lines: list[Line]) -> list[Candidate]:
    """A site's menu: three lines or more in a row (blank lines between allowed) of two to six
    Chinese characters each (党群建设 / 党建在线 / 工会信息), four or more where no line of the run
    opens with a bullet and the run does not open the page; two or more where each is a font-size button
    (放大 / 缩小 / 默认). A report's short headings stand between paragraphs, never in a run."""
    out: list[Candidate] = []
    run: list[Line] = []
    first = next((ln for ln in lines if view[ln.start : ln.end].strip()), None)

    def close():
        bullets = sum(bool(_MENU_BULLET_RE.match(view, ln.start, ln.end)) for ln in run)
        fonts = sum(view[ln.start : ln.end].strip() in _FONT_BUTTONS for ln in run)
        if len(run) >= 4 or len(run) >= 3 and (bullets or run[0] is first) or len(run) >= 2 and fonts == len(run):
            words = " ".join(view[ln.start : ln.end].strip() for ln in run)
            out.extend(Candidate("furniture", ln.start, ln.next, "removed", f"site menu: {words[:30]}", priority=5,
                                 data={"unit": "menu", "score": 0.9, "detector": "shape rule"}) for ln in run)
        run.clear()

    tails = None
    for ln in lines:
        if ln.end == ln.start or not view[ln.start : ln.end].strip():
            continue
        if _MENU_ITEM_RE.fullmatch(view, ln.start, ln.end):
            run.append(ln)
            continue
        close()
        if _MENU_LINE_RE.fullmatch(view, ln.start, ln.end):  # 党建动态　支部风采　学习园地: the menu on one line
            tails = tails or _compiled()["column_tails"]
            words = view[ln.start : ln.end].split()
            if sum(w.endswith(tails) for w in words) >= 2 or len(words) >= 5:
                out.append(Candidate("furniture", ln.start, ln.next, "removed", f"site menu: {' '.join(words)[:30]}", priority=5,
                                     data={"unit": "menu", "score": 0.9, "detector": "shape rule"}))
    close()
    return out


#: three to six menu words on one line, spaced
_MENU_LINE_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}(?:[ \u3000]+[\u4e00-\u9fff]{2,6}){2,5}[ \t\u3000]*")


def _credit_only_where_shared(view: str, cands: list[Candidate], lines: list[Line]) -> None:
    """A sentence on its line over a picture's credit line reads as the picture's caption (caption_over_credit_line).
    Where the same credit line also stands under a long paragraph of the page (某某警方供图 under each photo, whatever
    paragraph it follows), the credit marks where a picture stood, not its caption: the sentence over it is the
    report's and stays; only the credit line goes."""
    mine = [c for c in cands if c.data["unit"] == "caption_over_credit_line"]
    if not mine:
        return
    texts = [view[ln.start : ln.end].strip() for ln in lines]
    starts = [ln.start for ln in lines]
    for c in mine:
        k = bisect.bisect_right(starts, c.end - 1) - 1
        while k > 0 and not texts[k]:
            k -= 1
        credit = texts[k]
        if not credit or lines[k].start <= c.start:
            continue
        for j, t in enumerate(texts):
            if t != credit or lines[j].start < c.end and lines[j].end > c.start:
                continue
            p = j - 1
            while p >= 0 and not texts[p]:
                p -= 1
            if p >= 0 and len(texts[p]) > 60 and "。" in texts[p]:
                c.start = lines[k].start
                c.reason = f"credit closing caption: {credit[:30]}"
                c.data["unit"] = "credit_closing_caption"
                break


def _widen_to_excerpt(view: str, cands: list[Candidate]) -> None:
    """A site-made summary: the opening words of the report copied into a lead paragraph that
    ends in the editor's preface (一年来……的研究。今天小编就给大家整理了…). Where the text before
    the preface on its line starts as a later paragraph of the page does, it goes with it."""
    for c in cands:
        if c.data.get("unit") != "editor_preface":
            continue
        start = view.rfind("\n", 0, c.start) + 1
        before = view[start : c.start].strip()
        if len(before) < 12:
            continue
        if view.find(before[:12], c.end) < 0:
            continue
        c.start = start
        c.reason = f"site-made summary (an excerpt of the report and the editor's preface): {before[:20]}"
        c.data["unit"] = "site_summary"


#: line shapes that run to the end of their line: a flattened page may glue the report's first
#: paragraph after them (当前位置：首页>某某>某某村党支部成立于…, 【版权声明】本文由某某整理。某某社区成立于…)
_TO_LINE_END_UNITS = frozenset({"breadcrumb_line", "disclaimer_line", "site_blurb", "site_about", "summary_line",
                                "docsite_notice_item", "ad_label_line", "accessibility_prompt", "welcome_banner"})
#: a headline glued before the item's publishing fields on one line (某某 某某发布时间：2019-11-08 07:25 信息来源：本网站 浏览次数：0):
#: words with no digit, colon or sentence mark, then the day's or the source's label (a publisher's name before them,
#: 某某老干部局 发布时间：…, is no headline)
_HEADLINE_BEFORE_FIELDS_RE = re.compile(r"[ \t\u3000]*(?P<head>[\u4e00-\u9fff“”《》][\u4e00-\u9fff“”《》 \u3000]{3,39}?(?<![报网台社局委部室处办 \u3000]))[ \u3000]*"
                                        f"(?={PUBLISHING_ACT}{PUBLISHING_TIME}|信息来源|(?:来源|來源){LABEL_COLON})")
_CRUMB_SEP_RE = re.compile(r"[ \u3000]*(?:>>|»|>|＞|›|→|/)[ \u3000]*|[ \u3000]+[-－][ \u3000]+")
#: the last crumb that names the page itself (…> 正文), or a channel the text is glued to (首页 - 新闻中心近日，…)
_LAST_CRUMB_RE = re.compile(r"(?:正文|内容|详情|详细内容|阅读|文章内容|浏览文章)[ \u3000]*|[\u4e00-\u9fff]{0,6}(?:中心|动态|要闻|资讯|专题|频道|栏目)(?=[\u4e00-\u9fff])")
#: words of a site speaking of itself and its pages: text that has them is still the notice's
_SITE_TALK_RE = re.compile(r"本站|本网|网友|转载|版权|侵权|删除|下载|文档|作者|来源|声明|观点|范文|小编|整理|仅供|参考|会员")
_CLAUSE_RE = re.compile(r"[，,；;]")


def _glued_prose(rest: str) -> bool:
    """Whether ``rest`` (what follows a line shape on its line) is the report's text: clauses of
    twenty Chinese characters or more, and no word of a site speaking of itself."""
    return (cjk_count(rest) >= 20 and _CLAUSE_RE.search(rest) is not None
            and _SITE_TALK_RE.search(rest) is None)


#: a TV news script's labels (【同期声】, 【实况】, 【解说】): its 【导语】 is the anchor's lead, the script's own
_SCRIPT_LABEL_RE = re.compile(r"[【\[](?:同期声|同期|实况|解说|现场声|正文|采访)[】\]]")
#: a journal paper's fields right above its abstract (关键词：…, 某某刊 2023年3期): the abstract under them is the paper's
_PAPER_FIELDS_ABOVE_RE = re.compile(r"(?m)^[ \t\u3000]*[【\[]?关键[词字][】\]]?[ \u3000]*[:：]|(?:19|20)\d\d年(?:第)?\d{1,2}期[ \t\u3000]*$")
#: a paper's author speaking of the paper (本文以某某为例, 笔者结合…): the paper's own abstract, not a site's summary
_AUTHOR_VOICE_RE = re.compile(r"本文|本研究|笔者|该文|本课题|本项目|本案例")
#: an abstract's or a document site's label opening its line (文档介绍：, 【导读】, 内容摘要：)
_ABSTRACT_LABEL_RE = re.compile(r"[ \t\u3000]*[【\[]?(?:内容摘要|内容提要|摘要|导语|导读|导言|内容简介|文档介绍|文档简介|概要描述|概要|摘要描述|简介)"
                                r"[】\]]?[ \u3000]*[:：]?[ \u3000]*")


#: a line of prose: a sentence's end in it
_PROSE_END_RE = re.compile(r"[。！？!?]")


def _other_lines(view: str, start: int, end: int) -> Iterable[str]:
    """The page's lines outside ``view[start:end]``, stripped."""
    for part in (view[:start], view[end:]):
        for x in part.split("\n"):
            x = x.strip()
            if x:
                yield x


def _trim_glued_text(view: str, cands: list[Candidate]) -> None:
    """A line shape that runs to its line's end stops where the report's text glued after it starts:
    after a breadcrumb's last separator (or its last crumb 正文), after the sentence of a notice."""
    for c in cands:
        unit = c.data.get("unit")
        if unit == "view_count_line":
            head = _HEADLINE_BEFORE_FIELDS_RE.match(view, c.start, c.end)
            if head is not None and cjk_count(head.group("head")) >= 4:
                c.start = head.end("head")  # (the item's headline glued before its fields: 心系某某 传递真情发布时间：… 浏览次数：0)
            continue
        if unit not in _TO_LINE_END_UNITS and unit != "abstract_line":
            continue
        text = view[c.start : c.end]
        label = _ABSTRACT_LABEL_RE.match(text) if unit == "abstract_line" else None
        if label is not None:
            rest = text[label.end() :].strip()
            if (6 <= len(rest) <= 60 and not re.search(r"[。！？!?，,；;]", rest) and cjk_count(rest) >= 5
                    and view.count(rest) == 1):
                c.end = c.start + label.end()  # a document site's field holding the title alone (文档介绍：某镇2017年度
                continue  # 党建工作总结), the page's only copy of it: the label goes, the title stays
            if "导语" in text[: label.end()] and _SCRIPT_LABEL_RE.search(view):
                c.end = c.start + label.end()  # a TV script's lead among its 【同期声】/【实况】 labels: the script's own text
                continue
            above = "\n".join(view[max(0, c.start - 2000) : c.start].rstrip("\n").split("\n")[-4:])  # the four lines above
            if ((_AUTHOR_VOICE_RE.match(text, label.end()) or _PAPER_FIELDS_ABOVE_RE.search(above))
                    and not _SITE_TALK_RE.search(text.split("。")[0])):
                c.end = c.start + label.end()  # the paper's own abstract in its author's voice (摘要：本文以某某为例，…) or
                continue  # under its keywords or issue: the label goes, the abstract stays (本文为大家整理了… speaks as a site)
        if (label is not None and len(text) - label.end() >= 30 and not _SITE_TALK_RE.search(text.split("。")[0])
                and not any(len(x) >= 30 and _PROSE_END_RE.search(x) for x in _other_lines(view, c.start, c.end))):
            c.end = c.start + label.end()  # the page's only text is in the abstract (内容提要：为保护好出土文物，他…): the
            continue  # excerpt holds no body below to copy it from, so the label goes and the text stays
        if unit == "abstract_line" and not _SITE_TALK_RE.search(text.split("。")[0]):
            continue  # a site's abstract excerpting the report (导读：某某支部现有党员50人，…) goes whole
        if unit == "breadcrumb_line":
            seps = list(_CRUMB_SEP_RE.finditer(text))
            if not seps:
                continue
            cut = seps[-1].end()
            last = _LAST_CRUMB_RE.match(text, cut)
            if last is not None:
                cut = last.end()
            tail = text[cut:].strip()
            if _glued_prose(text[cut:]) and not (len(tail) >= 6 and re.search(rf"(?m)^[ \t\u3000]*{re.escape(tail)}[ \t\u3000]*$", view[c.end :])):
                c.end = c.start + cut  # (the title the page shows again on its own line below is the crumb's last item)
            continue
        for m in re.finditer(r"[。！？!?][”\"]?", text):
            if m.end() < len(text.rstrip()) and _glued_prose(text[m.end():]):
                c.end = c.start + m.end()
                break
            if unit == "abstract_line":
                break  # a site's abstract: only its first sentence may be the site's words alone


_DOUBLE_START_RE = re.compile(r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,24})\1")


_DOCSITE_RE = re.compile(r"会员上传|上传分享|资源描述|文档介绍|在线阅读|文库")
_PAGE_MARK_RE = re.compile(r"[ \t\u3000]*(\d{1,2})、")
_PAGE_MARK_SCREEN_RE = re.compile(r"(?m)^[ \t\u3000]*\d{1,2}、")
_CUT_END_RE = re.compile(r"[。！？!?”\"）)…]\s*$")
_CJK_END_RE = re.compile(r"[\u4e00-\u9fff][ \t\u3000]*$")


#: a document site's table of contents: its label (目录/提纲：……, 目录：) alone on a line, and the line of dots closing it
_TOC_LABEL_RE = re.compile(r"[ \t\u3000]*(?:目录/提纲|目录|提纲)[ \u3000]*[:：][ \u3000]*(?:…+|\.{3,})?[ \t\u3000]*")
_TOC_END_RE = re.compile(r"[ \t\u3000]*(?:…+|\.{3,})[ \t\u3000]*")


def _toc_blocks(view: str, lines: list[Line]) -> list[Candidate]:
    """A document site's table of contents shown before its preview of the text (目录/提纲：…… / 一、… / （一）… / ……):
    the label, the headings it lists (short lines, no sentence) and the dots closing it go; the text's own headings,
    under the preview's title, stay."""
    out = []
    for k, ln in enumerate(lines[:40]):
        if not _TOC_LABEL_RE.fullmatch(view, ln.start, ln.end):
            continue
        for j in range(k + 1, min(len(lines), k + 40)):
            x = view[lines[j].start : lines[j].end].strip()
            if _TOC_END_RE.fullmatch(x):
                if j > k + 1:
                    out.append(Candidate("furniture", ln.start, lines[j].end, "removed", "a document site's table of contents",
                                         priority=5, data={"unit": "toc_block", "score": 0.9, "detector": "shape rule"}))
                break
            if not x or len(x) > 60 or "。" in x:
                break  # (no closing dots after short lines: no table of contents)
        break
    return out


#: a page's number over the file's count glued into a document site's flattened preview (1/5某某…, …寄2/5托…)
_PAGE_FRACTION_RE = re.compile(r"(?<![\d/.．占近约超达逾及的过])([1-9]\d?)/([1-9]\d?)(?![\d/])(?![的以左多强弱是为])(?=[\u4e00-\u9fff“\"（(])")


def _docsite_fraction_marks(view: str) -> list[Candidate]:
    """A document site's preview pages numbered over their count (1/5 opening the text, 2/5 inside a word where the
    next page starts, …): one count, the numbers 1, 2, … in turn, the first opening a line and a later one inside the
    text's words. A report's fractions (占1/3, 1/4的面积, 1/3党员…，2/3党员…) have no such run."""
    if "/" not in view:
        return []
    by_count: dict[str, list[re.Match]] = {}
    for m in _PAGE_FRACTION_RE.finditer(view):
        by_count.setdefault(m.group(2), []).append(m)
    out = []
    for count, found in by_count.items():
        run: list[re.Match] = []
        for m in found:
            if int(m.group(1)) == len(run) + 1:
                run.append(m)
        opens_line = bool(run) and view[view.rfind("\n", 0, run[0].start()) + 1 : run[0].start()].strip() == ""
        inside_words = any(_CJK_ONLY_RE.match(view, m.start() - 1) for m in run[1:])  # a page cut mid-sentence (…丁某2/5奎…)
        if 2 <= len(run) <= int(count) and opens_line and inside_words:
            out += [Candidate("furniture", m.start(), m.end(), "removed", f"a document site's page over its count: {m.group()}",
                              priority=5, data={"unit": "docsite_page", "score": 0.9, "detector": "shape rule"}) for m in run]
    return out


def _docsite_page_marks(view: str, lines: list[Line]) -> list[Candidate]:
    """A document site's preview pages, each opened by its number (1、《题目》…, 2、来、出得去、…):
    the numbers 1, 2, … open long lines in turn, and a page is cut mid-sentence, so the next one
    goes on with the same sentence. The numbers go, the text stays. A report's own numbered items
    each end their sentence. Without a document site's words on the page, every page before a
    number must be long and break off inside a word (…注入社会主义 / 2、核心价值观…)."""
    if _PAGE_MARK_SCREEN_RE.search(view) is None:
        return []  # no line opens with a number and 、 (most pages)
    docsite = _DOCSITE_RE.search(view) is not None
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    marks = []
    for ln in filled:
        m = _PAGE_MARK_RE.match(view, ln.start, ln.end)
        if m is not None and (ln.end - m.end() >= 40 or ln is filled[-1] and ln.end - m.end() >= 2):
            marks.append((int(m.group(1)), m, ln))  # (the excerpt may end inside the last page)
    run: list = []
    for n, m, ln in marks:
        if n == len(run) + 1:
            run.append((m, ln))
        elif n == 1:
            run = [(m, ln)]
    if len(run) < 2:
        return []
    before = {ln.number: filled[k - 1] for k, ln in enumerate(filled) if k}
    cut = [before[ln.number] for _, ln in run[1:] if ln.number in before]
    if docsite and not any(_CUT_END_RE.search(view, ln.start, ln.end) is None for _, ln in run[:-1]):
        return []
    if not docsite and not (cut and all(_CJK_END_RE.search(view, p.start, p.end) and p.end - p.start >= 60 for p in cut)):
        return []  # without a site's words every page before a number breaks off inside a word
    return [Candidate("furniture", m.start(), m.end(), "removed", f"a document site's page number: {m.group().strip()}",
                      priority=5, data={"unit": "docsite_page", "score": 0.9, "detector": "shape rule"}) for m, _ in run]


#: a title written twice in a row (某某年-某某年某园活动总结某某年-某某年某园活动总结), closing its line or
#: before the text of a flattened page
#: (the copies may stand apart by a space, and a title may be written three times: X X X)
_DOUBLED_PIECE_RE = re.compile(r"([^\n。！？!?，,；;]{6,50}?)[ \u3000]{0,2}\1(?:[ \u3000]{0,2}\1)*")


def _doubled_titles(view: str, lines: list[Line]) -> list[Candidate]:
    """A piece written twice in a row, letters and signs in it too (a PDF's title block read twice),
    opening its line (after a page marker at most): the second copy goes, the first stays as the title."""
    out = []
    for ln in lines:
        if ln.end - ln.start < 12:
            continue
        m = _DOUBLED_PIECE_RE.search(view, ln.start, min(ln.end, ln.start + 120))
        if m is None or m.start() - ln.start > 12 or sum(1 for ch in m.group(1) if _is_cjk(ch)) < 4:
            continue
        lead = _PAGE_MARK_RE.match(view, ln.start, m.start())  # (a chunk's number 1、 before it)
        pre = lead.end() if lead else ln.start
        if re.fullmatch(r"[ \t\u3000]*(?:19|20)\d\d年度?", view[pre : m.start()]):
            # a file title with its year before the document's own (2023年关于某某方案关于某某方案): the year and
            # the first copy go, the document's title stays
            out.append(Candidate("furniture", pre, m.start() + len(m.group(1)), "removed", f"title written twice: {m.group(1)[:30]}",
                                 priority=5, data={"unit": "doubled_title", "score": 0.92, "detector": "shape rule"}))
            continue
        piece = m.group(1).strip()
        if (pre == ln.start and not view[m.end() : ln.end].strip() and (_ORG_RE.fullmatch(piece) or _INSTITUTION_RE.fullmatch(piece))
                and not _REPORT_WORDS_RE.search(piece)):
            # a body's name written twice alone on its line (某市科学技术协会某市科学技术协会: a site's logo and its name read
            # one after the other): the site's masthead, both copies
            out.append(Candidate("furniture", ln.start, ln.end, "removed", f"a site's name written twice: {piece[:30]}",
                                 priority=5, data={"unit": "masthead", "score": 0.9, "detector": "shape rule"}))
            continue
        out.append(Candidate("furniture", m.start() + len(m.group(1)), m.end(), "removed", f"title written twice: {m.group(1)[:30]}",
                             priority=5, data={"unit": "doubled_title", "score": 0.92, "detector": "shape rule"}))
    return out


def _doubled_lines(view: str, lines: list[Line]) -> list[Candidate]:
    """Pieces written twice in a row opening a line (a PDF header extracted twice:
    先进事迹材料先进事迹材料“标兵标兵”): no report writes its words so. The doubled run goes,
    the line's text after it (a run-on paragraph) stays."""
    out = _doubled_titles(view, lines)
    starts = {m.start() for m in _DOUBLE_START_RE.finditer(view)}  # lines that open with a doubled piece
    if not starts:
        return out
    for ln in lines:
        n = ln.end - ln.start
        if n < 8 or ln.start not in starts:
            continue
        t = view[ln.start : min(ln.end, ln.start + 120)]
        i = 0
        while i < len(t) and t[i] in " \t\u3000":
            i += 1
        begin, covered, pieces, single, last = i, 0, 0, 0, i
        while i < len(t) - 3:
            for size in range(min(24, (len(t) - i) // 2), 1, -1):
                if _is_cjk(t[i]) and t[i : i + size] == t[i + size : i + 2 * size]:
                    covered += 2 * size
                    pieces += 1
                    i += 2 * size
                    last = i
                    break
            else:
                if t[i] not in "“”\"'《》「」 \u3000" or single > 4:
                    break
                single += 1
                i += 1
        while last < len(t) and t[last] in "”\"'》」":
            last += 1
        if pieces >= 2 and covered >= 12 and covered >= 0.8 * (last - begin):
            end = ln.start + last
            while end < ln.end and view[end] in " \t\u3000":
                end += 1
            out.append(Candidate("furniture", ln.start + begin, end, "removed", f"doubled header: {t[begin:last][:30]}", priority=5,
                                 data={"unit": "doubled_line", "score": 0.92, "detector": "shape rule"}))
    return out


_COLUMN_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}[ \t\u3000]*$")


#: a line of the site's navigation: a breadcrumb's separators or its words (当前位置: 首页 > 某栏目)
_NAV_LINE_RE = re.compile(r"[>»＞›|_]|当前位置|您的位置|所在位置|现在的位置|首页")
#: a page's source field (来源：某某周刊): the outlet a masthead line over the title names
_SOURCE_FIELD_RE = re.compile(r"来源[ \u3000]*[:：]")
#: a line of the page's fields or its clock (今天是2024年4月26日 星期五, 发布时间：…): no title
_DATE_IN_LINE_RE = re.compile(r"\d{4}[-年/.]\d{1,2}|\d{1,2}:\d{2}|星期|来源|作者|时间|日期")
#: a news headline with a kicker before a colon (好消息：某某医院成立党支部啦！): no field of the page
_KICKER_TITLE_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}[:：][^\n。:：]{6,50}?[！!]?[ \t\u3000]*")


def _column_line(view: str, lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """The site's column name on its own line in the page's head, above the report's title
    (团队建设, 基层动态; 某某专题专栏 under the breadcrumb that ends in it): short, Chinese only, no
    unit's name, no word of a title, and no title-like line above it but the site's navigation. It
    needs evidence it is the site's: a column word at its end, the page's breadcrumb or source field
    naming it (the outlet's masthead: 某某周刊 over the title, 来源：某某周刊 under it), or the line
    shown twice; a short main title over a line of the report (春风化雨 / 某某村的故事) stays."""
    head, nav = [], []
    covered = [(c.start, c.end) for c in found]
    last = next((ln for ln in reversed(lines) if view[ln.start : ln.end].strip()), None)
    for ln in islice((ln for ln in lines if view[ln.start : ln.end].strip()), 14):
        text = view[ln.start : ln.end]
        if len(text.strip()) >= 25 and (_SENT_END.search(text) or "." in text):
            break  # the first paragraph: the head is over
        if _NAV_LINE_RE.search(text) or _SOURCE_FIELD_RE.search(text):
            nav.append(text.strip())
        if not any(a <= ln.start and ln.end <= b for a, b in covered):  # what other rules took is no title
            head.append(ln)
    c = _compiled()
    words = [view[ln.start : ln.end].strip() for ln in head]
    out = []
    for i, ln in enumerate(head):
        m = _COLUMN_RE.match(view, ln.start, ln.end)
        if not m or m.end() != ln.end:
            continue
        word = words[i]
        if any(_TITLE_LIKE_RE.fullmatch(w) and not _NAV_LINE_RE.search(w) and not _DATE_IN_LINE_RE.search(w)
               for w in words[:i] if w != word):
            break  # a title above: this line is the report's (a heading, a subtitle)
        if c["title"].search(word) or _UNIT_NAME_RE.search(word) or c["unit_after"].search(word):
            continue
        after = [k for k in range(i + 1, len(head)) if words[k] != word]
        if not after:
            continue
        nxt = head[after[0]]
        if words[after[0]].startswith(("—", "－", "-", "――")):
            continue  # a short main title over its subtitle (初心如磐 / ——记某某村党支部)
        t = words[after[0]].rstrip("！!")
        headline = (title_line(view, [nxt], {}) is not None or nxt is not last  # (a news headline with the page going on under it)
                    and not _SENT_END.search(t) and not _DATE_IN_LINE_RE.search(t)
                    and (_TITLE_LIKE_RE.fullmatch(t) or _KICKER_TITLE_RE.fullmatch(t)))
        if not headline:
            continue
        shown_twice = words.count(word) >= 2
        if shown_twice and any(words[k] == word for k in (i - 1, i + 1) if 0 <= k < len(words)):
            continue  # the line twice in a row over the text (a page's <title> and its headline): the title shown twice
        in_nav = any(word in w for w in nav)
        if not (word.endswith(c["column_tails"]) or in_nav or shown_twice):
            continue  # 春风化雨: a short main title as likely as a column
        rest = "\n".join(w for w in (view[l.start : l.end] for l in lines if l.start >= nxt.start)
                         if w.strip() != word and not _NAV_LINE_RE.search(w) and not _SOURCE_FIELD_RE.search(w)).replace(" ", "")
        if word in rest.replace(word + "讯", ""):  # (the outlet's dateline names it: 某某周刊讯)
            continue  # the title's own words (or a word the page uses again): not a column
        out.append(Candidate("furniture", ln.start, ln.end, "removed", f"column name above the title: {word}", priority=5,
                             data={"unit": "column_line", "score": 0.9, "detector": "shape rule"}))
    return out


#: a tag in 【】 (two to five characters) opening a line of the page's head: alone, or before a title
#: without a sentence's end (【原创】, 【抗疫】某某：…, 【表彰先进】某某纪念…; a long title may have commas:
#: 【某某】某市优秀党务工作者，某社区书记某某：用心…; 【全网最低】资料免费领，加… is an ad the notice rules take whole)
_HEAD_TAG_RE = re.compile(r"[ \t\u3000]*[【\[［]((?:[\u4e00-\u9fff](?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))?){2,5})[】\]］][ \u3000]*(?=$|[^\n。！？!?，,；;]{6,60}$|[^\n。！？!?；;]{6,120}$)", re.M)


#: an e-mail address, a web address or a phone number inside a sentence
_CONTACT_SHAPE_RE = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|https?://[^\s，。,；;）)]+|www\.[^\s，。,；;）)]+"
                               r"|(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8}|\d{6,8})(?!\d)")

#: a column's label before a title, joined by a bar (主题教育|某某党支部：…, “某某战斗堡垒”④|…), the title after it
#: seven characters or more with no bar or arrow of a menu
_COLUMN_LABEL_RE = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff]{2,8}|[“\"][\u4e00-\u9fff]{2,10}[”\"](?:[①-⑳]|[（(]?\d{1,2}[)）]?)?)"
                              r"[ \u3000]*[|｜][ \u3000]*(?=[\u4e00-\u9fff“\"][^\n|｜>»]{7,}$)")


#: a paper's or a site's name in 【】 before the headline it reposts (【某某中医药报】以“党建+科研”铸就堡垒…): longer than a
#: column's tag, it ends as an outlet's name does
_OUTLET_TAG_RE = re.compile(r"[ \t\u3000]*[【\[［]([\u4e00-\u9fff]{4,10}(?:日报|晚报|时报|报|网|社|电视台|杂志))[】\]］][ \u3000]*(?=[^\n。！？!?]{6,80}$)", re.M)


#: a tag that names a site, a button or the site's mark on its items, not a column (【某某网】, 【新华社】, [其他信息],
#: [复制链接], 【查看原图】, 【原创】, 【视频】)
_SITE_TAG_RE = re.compile(r"(?:网|报|社|台|站)$|信息|链接|原图|打印|图片|资料图|分享|收藏|评论|下载|原创|转载|转帖|置顶|推荐|热门|热点|最新|独家"
                          r"|视频|图文|组图|多图|精华|头条")


#: the page's tags on a line of their own: four to ten short words apart by commas (阅兵,抗战,某某连,臂章)
_TAG_ROW_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}(?:[,，][\u4e00-\u9fff]{2,6}){3,9}[ \t\u3000]*")


#: a series' label with its number in a circle alone on a line (某某展风采④, “某某”系列报道③)
_SERIES_LABEL_RE = re.compile(r"[ \t\u3000]*[^\n。！？!?，,：:]{4,20}(?:[①-⑳]|[ \u3000]*第[一二三四五六七八九十百\d]{1,4}期)[ \t\u3000]*")


#: a label in 【】 opening a line and run into its text (【品牌概述】某某是…): the report's own way to open a paragraph
_RUN_IN_LABEL_RE = re.compile(r"(?m)^[ \t\u3000]*【[^】\n]{2,8}】[ \u3000]*[^\s【][^\n]{9}")


#: a label in 【】 alone on its line over a paragraph of prose (【做法】 / 支部…。): a case's section
_LABEL_ALONE_RE = re.compile(r"(?m)^[ \t\u3000]*【[\u4e00-\u9fff]{2,8}】[ \t\u3000]*\n(?=[ \t\u3000]*[^\n]{25,}[。！？!?][ \t\u3000]*$)")


def _head_tags(view: str, lines: list[Line]) -> list[Candidate]:
    """A short tag in 【】 opening a line of the page's head, above the first paragraph: the site's
    column or series (【原创】, 【抗疫】, 【表彰先进】) alone on its line, or a site's name or a button before the title
    (【某某网】…; a column's tag there stays with the title it opens); a series' label
    with its number in a circle alone on its line (某某展风采④); the page's tags (阅兵,抗战,某某连,臂章). The title stays;
    a run-in label before a sentence of the text (【支部简介】本支部…) is the report's own."""
    out = []
    run_in = None  # how many lines below open with a label in 【】 run into their text (read once, when a tag is met)
    filled = list(islice((ln for ln in lines if view[ln.start : ln.end].strip()), 30))
    for ln in filled:
        text = view[ln.start : ln.end]
        if len(text.strip()) >= 25 and (_SENT_END.search(text) or "." in text or len(text.strip()) >= 40 and re.search("[，,]", text)
                                         and not (ln is filled[0] and _HEAD_TAG_RE.match(view, ln.start, ln.end))):
            break  # the first paragraph (full stops of any width, or a long line of clauses but a tagged title): the head is over
        if _TAG_ROW_RE.fullmatch(view, ln.start, ln.end):
            out.append(Candidate("furniture", ln.start, ln.next, "removed", f"the page's tags in its head: {text.strip()[:30]}",
                                 priority=5, data={"unit": "head_tag", "score": 0.9, "detector": "shape rule"}))
            continue
        if _SERIES_LABEL_RE.fullmatch(view, ln.start, ln.end) and not _QUOTE_SOURCE_RE.fullmatch(text.strip()):
            # (a quotation's source with its issue, ---某某《求是》2021年第5期, is the text's)
            out.append(Candidate("furniture", ln.start, ln.next, "removed", f"a series label in the page's head: {text.strip()}",
                                 priority=5, data={"unit": "head_tag", "score": 0.9, "detector": "shape rule"}))
            continue
        m = _HEAD_TAG_RE.match(view, ln.start, ln.end) or _OUTLET_TAG_RE.match(view, ln.start, ln.end)
        if m is None or _HEADING_RE.match(view, m.end(), ln.end):
            continue
        if run_in is None:
            run_in = len(_RUN_IN_LABEL_RE.findall(view, ln.next)) + len(_LABEL_ALONE_RE.findall(view, ln.next))
        if run_in >= 2:
            break  # the text opens its own paragraphs with labels in 【】 (【品牌概述】…, 【主要做法】…), run in or alone on
            # their lines (【背景】 / 【做法】 / 【成效】): its head's is its own too
        end = m.end() if m.end() < ln.end else ln.next
        if end < ln.next and not _SITE_TAG_RE.search(m.group(1)):
            continue  # a column's or series' tag glued before the title (【主题教育】某某党支部：…) is read as the title's
            # part: of 50 such titles on 3,013 real pages annotators kept the tag in the title in 28, called it junk in 7
            # and left it out of both in 15; a site's name or a button there (【某某网】, [复制链接]) goes
        if end == ln.next and _SECTION_LABEL_RE.fullmatch(text.strip()):
            continue  # the report's section label alone on its line over its text (【支部简介】)
        out.append(Candidate("furniture", ln.start, end, "removed", f"a tag in the page's head: {m.group(1)}", priority=5,
                             data={"unit": "head_tag", "score": 0.9, "detector": "shape rule"}))
    return out


#: an honour's name alone on a line (全国先进基层党组织(2011年), 某省国资委“四强”党支部, 全国优秀共产党员): a profile page's tag,
#: not a sentence: no verb of being named (评为, 荣获, 获评, 授予, 被) or of building one (着力建设, 争创, 打造), no sentence
#: punctuation; a notice's title (关于做好…先进党支部)
#: and an essay's (我身边的优秀共产党员) are no tag
_HONOUR_LABEL_RE = re.compile(
    r"[ \t\u3000]*(?![^\n]*(?:评|获|荣|被|授予|命名|表彰|建设|争创|创建|打造|争当|争做|成为))(?!关于)(?![^\n]*的(?:先进|优秀|模范|红旗|标杆|示范|五星|[“\"]?四强|[“\"]?两优))"
    r"[^\n。，,；;：:！？!?]{0,16}?"
    r"(?:先进基层党组织|先进党组织|模范党组织|先进党支部|优秀党支部|红旗党支部|标杆党支部|示范党支部|五星级?党?支部|"
    r"[“\"]?四强[”\"]?党支部|[“\"]?两优一先[”\"]?|优秀共产党员|优秀党务工作者)(?:[（(]\d{4}年?度?[)）])?[ \t\u3000]*$")


#: a line announcing the honours listed under it (先后被评为, 荣获以下称号：), broken off as a page of short lines breaks them
_HONOURS_FOLLOW_RE = re.compile(r"(?:评为|荣获|获得|授予|获评|命名为|称号|荣誉)[ \u3000]*[:：]?[ \t\u3000]*$")


def _honour_labels(view: str, lines: list[Line]) -> list[Candidate]:
    """An honour's name on its own line in the page's head, above the first sentence (a profile
    page's tag over or under the report's title: 全国先进基层党组织(2011年)). The report's title names
    the unit or tells the news (某某党委再次评为先进基层党组织) and stays."""
    out = []
    above = ""
    for ln in lines:
        text = view[ln.start : ln.end]
        if "。" in text or _HONOURS_FOLLOW_RE.search(text):
            break  # the first sentence, or the text announcing its honours (大队先后被评为 / 全国优秀公安基层单位 / …)
        m = _HONOUR_LABEL_RE.match(view, ln.start, ln.end)
        if m is not None and above.startswith("关于"):
            m = None  # a notice's title running over lines (关于做好学院先进党支部 / 优秀共产党员 优秀党务工作者 / 推荐工作的通知)
        if text.strip():
            above = text.strip()
        if m is not None and m.end() == ln.end and text.strip():
            out.append(Candidate("furniture", ln.start, ln.end, "removed", f"an honour's tag in the page's head: {text.strip()}",
                                 priority=5, data={"unit": "honour_label", "score": 0.9, "detector": "shape rule"}))
    return out


#: what separates the names of a names line: spaces, or a comma or 、 with spaces around (某某 ,某某)
_NAME_SEP = r"(?:[ \u3000]*[,，、+＋/／?？][ \u3000]*|[ \u3000]+)"  # (? where a page lost its special space: 某某某?某某某)
#: the page's first line two or three Chinese characters alone (a name, or a word: 初心)
#: a magazine's writer marked by ◎ after the post (◎某某县某某局党组书记、局长 某某); ◎ and a name alone may be a point
#: of the report, or the page's writer whose removal takes the title above with it
_MARKED_WRITER_RE = re.compile(r"[ \t\u3000]*◎[ \u3000]*[\u4e00-\u9fff、，,]{0,30}(?:书记|局长|主任|部长|队长|站长|校长|院长|所长|"
                               r"科长|处长|经理|主席|委员|社长|馆长|记者|通讯员)[ \u3000]+(?P<name>[\u4e00-\u9fff·]{2,3})[ \t\u3000]*")
_ONE_NAME_LINE_RE = re.compile(r"\s*[\u4e00-\u9fff]{2,3}[ \t\u3000]*\n")
_NAMES_ANY_RE = re.compile(r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{2,3}(?:" + _NAME_SEP + r"[\u4e00-\u9fff]{2,3}){1,3}[ \t\u3000]*$")
_NAME_TOKENS_RE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,3}(?:" + _NAME_SEP + r"[\u4e00-\u9fff]{2,3}){1,3})[ \t\u3000]*$")


def _name_lines(view: str, lines: list[Line], head: int = 15, foot: int = 6) -> list[Candidate]:
    """Lines of two to four person names only (陈某 刘某某), in the page's head or foot, or one name
    alone as the page's first line over a paragraph of text: the writers of a news item. Every
    token opens with a surname and at least one is no word of the dictionary (方法 路径 is a
    heading, not two names)."""
    one = _ONE_NAME_LINE_RE.match(view) is not None
    if not one and _NAMES_ANY_RE.search(view) is None and _CLOSING_NAMES_RE.search(view) is None \
            and _OPENING_NAMES_RE.search(view) is None and "◎" not in view:
        return []
    surnames = _compiled()["surnames"]
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    near = {ln.number for ln in filled[:head]} | {ln.number for ln in filled[-foot:]}
    out = []
    # one name alone as the page's first line, over the text (the writer of a news item: 某某 / 中国共产党…)
    if one and len(filled) >= 2:
        first, t = filled[0], view[filled[0].start : filled[0].end].strip()
        body = view[filled[1].start : filled[1].end].strip()
        if t[0] in surnames and not _is_word(t) and len(body) >= 40 and body[-1:] in "。！？!?”":
            out.append(Candidate("furniture", first.start, first.end, "removed", f"name alone over the text: {t}", priority=5,
                                 data={"unit": "names_line", "score": 0.9, "detector": "shape rule"}))
    for ln in filled:
        if ln.number not in near:
            continue
        m = _MARKED_WRITER_RE.fullmatch(view, ln.start, ln.end)
        if m is not None and m.group("name")[0] in surnames:
            out.append(Candidate("furniture", ln.start, ln.end, "removed", f"the writer marked by ◎: {m.group().strip()[:30]}",
                                 priority=5, data={"unit": "names_line", "score": 0.9, "detector": "shape rule"}))
            continue
        m = _NAME_TOKENS_RE.match(view, ln.start, ln.end)
        if not m or m.end() != ln.end:
            continue
        tokens = re.split(_NAME_SEP, m.group(1))
        if not all(t[0] in surnames for t in tokens) or all(_is_word(t) for t in tokens):
            continue
        out.append(Candidate("furniture", ln.start, ln.end, "removed", f"names only: {m.group(1)[:30]}", priority=5,
                             data={"unit": "names_line", "score": 0.9, "detector": "shape rule"}))
    # the writers' names in brackets opening the text (（某某某 某某某）7月下旬，…)
    if filled and (m := _OPENING_NAMES_RE.match(view, filled[0].start, filled[0].end)):
        tokens = re.split(r"[ \u3000、]+", m.group(1))
        if all(_person(t, surnames) for t in tokens) and not all(_is_word(t) for t in tokens):
            out.append(Candidate("furniture", m.start(), m.end(), "removed", f"names in brackets opening the text: {m.group(1)}",
                                 priority=5, data={"unit": "names_line", "score": 0.9, "detector": "shape rule"}))
    # the writers' names run on after the last sentence of a paragraph in the page's foot (…的状态。某某某 某某某)
    for ln in filled[-foot:]:
        m = _CLOSING_NAMES_RE.search(view, ln.start, ln.end)
        if m is None or m.end() != ln.end:
            continue
        tokens = m.group(1).split()
        if all(len(t) == 1 for t in tokens):
            if len(tokens) % 2:
                continue
            tokens = [a + b for a, b in zip(tokens[::2], tokens[1::2])]  # 某 某 某 某: two names spaced out
        if all(_person(t, surnames) for t in tokens) and not all(_is_word(t) for t in tokens):
            out.append(Candidate("furniture", m.start(), m.end(), "removed", f"names closing the text: {m.group(1)[:30]}",
                                 priority=5, data={"unit": "names_line", "score": 0.9, "detector": "shape rule"}))
    return out


#: two to four names in brackets opening a line of text ((某某某 某某某)7月下旬，…)
_OPENING_NAMES_RE = re.compile(r"[ \t\u3000]*[（(]([\u4e00-\u9fff]{2,3}(?:[ \u3000、]+[\u4e00-\u9fff]{2,3}){1,3})[)）][ \u3000]*(?=\d|[\u4e00-\u9fff“\"])")

#: two to four names apart by spaces after a sentence's end, closing its line (…的状态。某某某 某某某)
#: (or two or three names of two characters, each spaced out: …任务了。某 某 某 某)
_CLOSING_NAMES_RE = re.compile(r"(?<=[。！？!?”])[ \u3000]*([\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){1,3}"
                               r"|[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){3,5})[ \t\u3000]*")


#: brand tails no lawful name carries (…集团app首页, …娱乐app下载, …集团1088vip, …上市公司官网365):
#: the two characters before them are the brand's head
_APP_BRAND_RE = re.compile(
    r"(?:集团|娱乐城|娱乐|国际|彩票|棋牌|真人|电竞|体育|官网)(?:(?:app|APP|App)(?:首页|下载|官网|官方下载|官方版|最新版|入口|注册)"
    r"|\d{2,5}(?:vip|VIP|com|cc|net|\.com|\.cc|\.vip))|上市公司官网\d{2,5}(?![\d年])")


#: what turns an entertainment word into an ordinary one (娱乐活动, 娱乐场所, 娱乐设施)
_ORDINARY_AFTER_RE = re.compile(r"所|活动|设施|项目|生活|节目|休闲|健身|文化|室|中心|广场|功能")

#: what turns 真人 into a game's or a show's word (CS真人拓展, 真人秀, 真人实景游戏)
_LIVE_GAME_AFTER_RE = re.compile(r"拓展|秀|实景|游戏|对抗|野战|版|模拟|演示|演练|图书")

#: a preposition or a verb of reach ending the characters before a brand tail (群众在娱乐中, 走向国际): the clause's words
_CLAUSE_LINK_END = "在从向到于给与和同跟让使把被对"

#: a brand's number before its name (365某某官网, 9455某某娱乐场): three or four digits, no year (2021某某国际)
_BRAND_NUMBER_RE = re.compile(r"\d{3}|(?!19\d\d|20\d\d)\d{4}")


def surnames() -> frozenset[str]:
    """The surnames of the shared word lists (``surnames`` in ``junk_furniture.yaml``): a name's first characters."""
    return _compiled()["surnames"]


#: a public service's hotline number, standing for its site (12306, 12345, 12315, 95598, 96333)
_SERVICE_NUMBER_RE = re.compile(r"(?<!\d)(?:12\d{3}|9[56]\d{3})(?=官网|官方网站|官方网|网站|平台|热线|客户端|[Aa][Pp][Pp])")


def find_brands(view: str, page_traditional: bool = False, raw_view: str | None = None) -> list[Candidate]:
    """Gambling brand names inside sentences; where one stands before a unit word (it replaced
    the unit's name), its bare head is removed too wherever it stands before one.

    A brand shape (head + 娱乐/国际/平台/体育 …) needs evidence: a Latin head (xyz平台), digits
    after it (…娱乐888, not a year), a unit word after it, or simplified characters in a
    traditional page (the injected name was not converted with the page)."""
    c = _compiled()
    found: list[tuple[int, int, str, float]] = []
    heads: set[str] = set()
    units: dict[int, str] = {}  # brand start -> the unit word after it (党支部): it stood for the name
    for m in c["brand_tail"].finditer(view):
        s, e = m.start(), m.end()
        if view[s:e] in ("娱乐", "娱乐场", "娱乐城") and _ORDINARY_AFTER_RE.match(view, e):
            continue  # 娱乐场所, 娱乐活动室, 娱乐设施: a place or a pastime, no casino
        if view[s:e] == "真人" and _LIVE_GAME_AFTER_RE.match(view, e):
            continue  # CS真人拓展, 真人秀, 真人实景: a team game or a show, no live casino
        if view[s:e] == "真人" and s > 0 and _is_word(view[s - 1 : s + 1]):
            continue  # 党组织认真人共35人出席 (a spun text's 负责人): 认真 is a word, 真人 no tail of a name
        k = s
        while k > 0 and k > s - 6 and _is_cjk(view[k - 1]):
            k -= 1
        # a Latin head may carry up to six Chinese characters (xyz必赢中国官网)
        j = next((x for x in range(s, k - 1, -1) if x > 0 and view[x - 1].isascii() and view[x - 1].isalnum()), None)
        if j is not None:  # Latin letters, digits before them (778bk某某集团官网) or after them (bet188澜湾体育)
            while j > 0 and j > k - 10 and view[j - 1].isascii() and view[j - 1].isalnum():
                j -= 1
            digits = re.match(r"\d*", view[j:s]).group()
            if not any(ch.isalpha() for ch in view[j:s] if ch.isascii()) and not (
                    _BRAND_NUMBER_RE.fullmatch(digits) and len(digits) < s - j):
                j = None  # digits alone (2021青石国际…) are no Latin head, but a brand's own number before its name is (9455某某娱乐场)
        if j is not None and (j == 0 or not (view[j - 1].isascii() and view[j - 1].isalnum())):
            start, latin = j, True
            head = view[j:s]
        else:
            # the country's name between the head and a trade's tail with its site's words after it (某某中国体育官网登录):
            # the head stands before 中国
            hs = s
            if (view[s - 2 : s] == "中国" and view[s:e] in ("体育", "娱乐", "电竞") and k <= s - 4
                    and (g := _TAIL_CHAIN_RE.match(view, e)) is not None and g.end() > e):
                hs = s - 2
            k = max(k, hs - 3)
            if hs - k < 2:
                continue
            # the head: two or three characters, whichever recurs elsewhere on the page; three
            # also where the two never stand without the third and the three open a clause
            # somewhere (金沙湾国际8866 at a line's start: not 沙湾 after some 金)
            two, three = view[hs - 2 : hs], view[hs - 3 : hs] if hs - k >= 3 else ""
            head = two
            if three and three[0] not in _NAME_LEAD and (view.count(three) > view.count(two) and view.count(three) > 1
                          or view.count(three) == view.count(two) and _opens_clause(view, three)):
                head = three
            start, latin = hs - len(head), False
            if head in c["brand_ordinary"] or head[-2:] in c["brand_ordinary"] or any(ch in "了着过的地得" for ch in head):
                continue  # 设立了彩票投注站: a particle is no part of a name
            if head[-1] in _CLAUSE_LINK_END and view[s:e] not in ("官网", "官方网站"):
                continue  # 让群众在娱乐中受教育: a preposition before the tail, no brand's head (官网 reads it below)
        # digits after the tail: a brand's number (…娱乐888), not a year or an amount (平台620余亩, 平台3个)
        d = re.match(r"\d{1,4}" + _NOT_AN_AMOUNT, view[e : e + 6])
        if d and re.fullmatch(r"(?:19|20)\d\d", d.group()) and not _BRAND_ORIGIN_RE.match(view, e + d.end()):
            d = None  # a year is the sentence's (某某云平台2023案例库); a brand's year of origin claims it (某某国际1946源于英国)
        end = e + (d.end() if d else 0)
        t = re.match(r"[ \u3000]?[（(]中国[)）](?:有限公司|官方网站)?|-?官方网站", view[end : end + 12])
        end += t.end() if t else 0
        if not t and (latin or view[s:e] not in c["brand_weak"] or not _is_word(head)
                      or view[s:e] in ("体育", "电竞") and view[end : end + 3].lower() == "app"):  # a site tail after the brand tail (永发国际官网, 某某娱乐app下载, 某某体育app)
            t = _TAIL_CHAIN_RE.match(view, end)
            end = t.end() if t else end
        weak = view[s:e] in c["brand_weak"]
        if weak and not t and view[s:e] != "体育":  # two brand tails in a row (某某国际娱乐; 体育彩票 is lawful)
            t2 = _STRONG_TAIL_RE.match(view, end)
            if t2 and not (head in c["brand_ordinary"] or head[-2:] in c["brand_ordinary"]):
                end, weak, t = t2.end(), False, t2
                e = end
        if latin or d:  # a brand's slogan of origin glued after its number (某某国际1946源于英国)
            g = _BRAND_ORIGIN_RE.match(view, end)
            end = g.end() if g else end
        if (latin or d) and view.startswith("在线", end):  # a site's word after a brand with letters or digits (beat365亚洲体育在线)
            end += 2
        g = _SITE_ACTION_RE.match(view, end)  # …官网登录, …娱乐app下载注册: the site's button goes with it
        end = g.end() if g else end
        if not (latin or d or t) and view[s:e] in ("棋牌", "彩票", "体育") and _LAWFUL_TRADE_AFTER.match(view, end):
            continue  # 北京棋牌协会党支部, 某某彩票中心: a lawful body of the trade, not a brand standing for a unit
        after = c["unit_after"].match(view, end)
        foreign = page_traditional and raw_view is not None and raw_view[s:e] == view[s:e] and view[s:e] in _CONVERTED_TAILS
        unknown = not latin and not weak and not _is_word(head)  # 欧博官网: no word of the language
        if unknown and view[s:e] in ("官网", "官方网站") and (head[-1] in "在从向到于经" or start > 0 and _is_cjk(view[start - 1])):
            # a unit's own site named inside a sentence (县委组织部官网, 卫生院在官网): the head read is the end of a
            # longer name or a preposition, no word of its own; a brand opens its clause or stands before a unit word
            unknown = False
        # a grade's year right after a site's word (某某官方网站2014级大学生党支部): the site stands where the unit's
        # name stood; the year is the sentence's and stays
        grade = (view[s:e] in ("官网", "官方网站") and end == e and not latin and not _is_word(head)
                 and re.match(r"(?:19|20)\d\d(?:级|届)", view[e : e + 5]) is not None)
        # a name set apart by a space inside the sentences, twice on the page or more (…下午，某某娱乐 博士生第六党支部…, 讲述了某某娱乐
        # 杰出校友…): the hijacker's token where the unit's name stood; a sentence writes no space after a word of its own
        spaced = (not latin and not weak and end < len(view) - 1 and view[end] in " \u3000" and _is_cjk(view[end + 1])
                  and start > 0 and (_is_cjk(view[start - 1]) or view[start - 1] in "，,、：:")
                  and len(re.findall(re.escape(view[start:end]) + r"[ \u3000][\u4e00-\u9fff]", view)) >= 2)
        evidence = latin + bool(d) + (bool(after) and not weak) + foreign + bool(t) + unknown + grade + spaced
        if evidence == 0 or (latin and not (d or after or t or e - s >= 2)):
            continue
        if latin and weak and not (d or t or after) and not _latin_brand_head(head):
            continue  # ACM国际大学生程序设计竞赛, IEEE国际会议: Latin letters before a common tail are a name (before 党委: a brand's)
        if view[s:e].endswith("官方网站") and not (latin or d or view[s] in "·・（(" or after and not weak or grade):
            continue  # 学校官方网站, 县政府官方网站: a site of the unit, not a brand (a site has no 党委: 某某官方网站党委 is one)
        score = min(0.99, 0.75 + 0.1 * evidence)
        found.append((start, end, view[start:end], score))
        if after and not latin:
            heads.add(head)
        if after:
            units[start] = after.group()
    for m in _APP_BRAND_RE.finditer(view):
        heads_before = _short_head(view, m.start())
        if heads_before is None or any(s < m.end() and m.start() < e for s, e, _, _ in found):
            continue
        two, three = heads_before
        head = three if len(three) == 3 and view.count(three) > 1 and view.count(three) == view.count(two) and _opens_clause(view, three) else two
        start = m.start() - len(head)
        found.append((start, m.end(), view[start : m.end()], 0.95))
        after = c["unit_after"].match(view, m.end())
        if after:
            units[start] = after.group()
    for m in _DIGIT_BRAND_RE.finditer(view):  # 某某8866官网: digits between the Chinese head and the tail
        heads_before = _short_head(view, m.start())
        if heads_before is None or any(s < m.end() and m.start() < e for s, e, _, _ in found):
            continue
        two, three = heads_before
        # three characters unless the first is a preposition opening the clause (在某某8866官网的…)
        # (or the first is the end of 中共 before the name: 中共某某360手机版登录委员会)
        head = three if len(three) == 3 and three[0] not in _NAME_LEAD and view[m.start() - 4 : m.start() - 2] != "中共" else two
        if (head in c["brand_ordinary"] or head[-2:] in c["brand_ordinary"]) and not _DIGIT_STRONG_TAIL_RE.match(m.group()):
            continue
        start = m.start() - len(head)
        found.append((start, m.end(), view[start : m.end()], 0.95))
        after = c["unit_after"].match(view, m.end())
        if after:
            units[start] = after.group()
    for m in c["place_brand"].finditer(view):  # 柬埔寨某某娱乐9966, 菲律宾某某国际: a gambling place, a name and a tail
        head = m.group("head")
        if head in c["brand_ordinary"] or head[-2:] in c["brand_ordinary"] or any(ch in "了着过的地得和与及在" for ch in head):
            continue
        if (m.group("tail") in c["brand_weak"] and not m.group("more") and not m.group("digits")
                and (m.group("place") not in c["gambling_hubs"] or _is_word(head))):
            continue  # a lawful body abroad (欧洲投资平台, 英国伦敦国际): a weak tail needs a gambling town and a made-up name
        _add_merged(found, units, view, c, m.start(), m.end(), 0.9)
    for start, end, unit in _gambling_word_brands(view, c):  # 澳门官方十大网投平台党支部: the trade's own word
        merged = [f for f in found if f[0] < end and start < f[1]]
        for f in merged:
            found.remove(f)
            start, end = min(start, f[0]), max(end, f[1])
            units.pop(f[0], None)
        found.append((start, end, view[start:end], 0.9))
        if unit:
            units[start] = unit
    for m in _SLANG_BRAND_RE.finditer(view):  # 菠菜某某导航在某会议室召开…: a gambling site named by its slang
        if not any(s < m.end(1) and m.start(1) < e for s, e, _, _ in found):
            found.append((m.start(1), m.end(1), m.group(1), 0.9))
    injected = raw_view if page_traditional and raw_view is not None and len(raw_view) == len(view) else None
    for start, end, score in _known_brands(view, injected):  # 尊龙凯时, beat365最新版下载: a name the trade works under
        _add_merged(found, units, view, c, start, end, score)
    for m in _BRACKET_BRAND_RE.finditer(view):  # 【某某体育】中国有限公司官网: a bracketed brand and its site in a sentence
        _add_merged(found, units, view, c, m.start(), m.end(), 0.95)
    for m in _TAGGED_BRAND_RE.finditer(view):  # 某某(abc)中国官方网站党委, 某某·体育中国入口
        start = m.start()
        if start > 0 and view[start - 1].isdigit() and view[start] in _COUNTED and _is_cjk(view[start + 2]):
            start += 1  # a number's measure word before the name is the sentence's (现有民警4人某某·体育平台)
        _add_merged(found, units, view, c, start, m.end(), 0.9)
    for m in _ROUTE_CHECK_RE.finditer(view):  # 365365最快线路检测中心本科生第二党支部
        _add_merged(found, units, view, c, m.start(), m.end(), 0.9)
    for m in _GAME_BRAND_RE.finditer(view):  # PG电子学院党委: a slot platform's name where the unit's stood
        _add_merged(found, units, view, c, m.start(), m.end(), 0.9)  # (ag真人 read by its tail too: the platform's words join)
    # (a public service's number before its site, 中国铁路12306官网, 95598热线: the service's, no brand's)
    found = [_with_brand_wrapping(view, *f) for f in found if not _SERVICE_NUMBER_RE.search(view, f[0], f[1])]
    out = [_seo_title(view, s, e) or Candidate("brand", s, e, "removed", f"gambling brand {name} inside the text", priority=5,
                                               data={"unit": "brand", "score": round(score, 2), "detector": "brand shape"})
           for s, e, name, score in found]
    for head in heads:
        for m in re.finditer(re.escape(head) + f"(?=[{CJK}])", view):
            if any(s <= m.start() < e for s, e, _, _ in found):
                continue
            after = c["unit_after"].match(view, m.end())
            if after:
                units[m.start()] = after.group()
                out.append(Candidate("brand", m.start(), m.end(), "removed", f"head {head} of a gambling brand standing for the unit's name",
                                     priority=5, data={"unit": "brand", "score": 0.85, "detector": "brand shape"}))
    # the same injected name again where the evidence around it was too thin (依托某某线路检测中心教职工资源): a page's
    # hijacker writes one name into every sentence, so a name found once goes wherever it stands
    taken = sorted((c.start, c.end) for c in out)
    for name in {view[s:e] for s, e, _, sc in found if sc >= 0.9 and len(view[s:e].strip()) >= 4}:
        for m in re.finditer(re.escape(name), view):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            out.append(Candidate("brand", m.start(), m.end(), "removed", f"gambling brand {name} named again", priority=5,
                                 data={"unit": "brand", "score": 0.9, "detector": "brand shape"}))
            taken.append((m.start(), m.end()))
    _restore_unit_names(view, raw_view if raw_view is not None and len(raw_view) == len(view) else view, out, units)
    return out


def _add_merged(found: list, units: dict, view: str, c: dict, start: int, end: int, score: float) -> None:
    """Add a brand's span to ``found``, merged with the spans it overlaps (the wider span, the higher
    score), and note the unit word after it (党委: the brand stood for the unit's name)."""
    for f in [f for f in found if f[0] < end and start < f[1]]:
        found.remove(f)
        units.pop(f[0], None)
        start, end, score = min(start, f[0]), max(end, f[1]), max(score, f[3])
    found.append((start, end, view[start:end], score))
    after = c["unit_after"].match(view, end)
    if after:
        units[start] = after.group()


#: a brand in square brackets inside a sentence with its site after it (…前夕，【某某体育】中国有限公司官网一批…):
#: a bracketed name alone may be a column's or an activity's (【阳光体育】), its site never
_BRACKET_BRAND_RE = re.compile(
    r"(?<=[\u4e00-\u9fff，,、；：:])【[\u4e00-\u9fff]{2,4}(?:体育|娱乐城|娱乐|电竞|棋牌|真人|国际)】"
    r"(?:[（(]?中国[)）]?)?(?:有限公司)?(?:官方网站|官网)")
#: the slot platforms' names the trade injects (PG电子, PP电子, JDB电子); a maker's product or trade after them is
#: no brand (PP电子级材料)
#: (or a live casino's vendor before 真人: AG真人平台官方)
_GAME_BRAND_RE = re.compile(r"(?<![A-Za-z0-9])(?:(?:PG|PP|AG|MG|KY|JDB|CQ9|BBIN|pg|ag|mg|ky|jdb|cq9|bbin)电子(?!级|元件|材料|产品|设备|商务|信息|科技|技术|工程|器件|厂|显示|标签|秤|琴|数据|政务|档案|票据|版)"
                            r"|(?:AG|ag|BBIN|bbin|DG|dg|OG|og|EBET|ebet)真人(?!秀|版|实景|拓展|CS|cs))"
                            r"(?:模拟器|试玩|游戏|平台|官方网站|官网|官方|网站|网址|入口|登录|[Aa][Pp][Pp])*")
#: a brand with its Latin tag in brackets before its site (某某(abc)中国官方网站, 某某体育(milan)官方网站) or a middle dot
#: before its trade (某某·体育中国入口)
_TAGGED_BRAND_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}(?:[（(][A-Za-z]{2,10}[)）](?:[（(]?中国[)）]?)?(?:官方网站|官网|入口)"
                              r"|[·・](?:体育|娱乐|电竞|棋牌)(?:[（(]?中国[)）]?)?(?:官方网站|官网|入口|平台|[Aa][Pp][Pp]))")
#: what a hijacked site glues after a brand: 【】 around it, its site (中国有限公司官网) and the app it offers
#: (-IOS/安卓通用版/手机APP下载)
_BRAND_SITE_AFTER_RE = re.compile(r"(?:[（(]?中国[)）]?)?(?:有限公司)?(?:官方网站|官网)")
_BRAND_APP_AFTER_RE = re.compile(
    r"[-－—·](?=[^。，,\n]{0,30}?(?:版|下载))(?:IOS|iOS|ios|Android|android|安卓|苹果|手机|电脑|APP|App|app|[/／]|通用|版|下载|客户端|官方)+")


def _with_brand_wrapping(view: str, start: int, end: int, name: str, score: float) -> tuple[int, int, str, float]:
    """A brand's span with what the site glued around it: the square brackets around the name
    (【某某体育】), its site after them (中国有限公司官网), the app offered (-IOS/安卓通用版/手机APP下载) and
    another of the trade's names joined by a middle dot before it (半岛·BOB官方网站), and the trade's padding that is all
    the rest of its line (十大某某导航)."""
    if start > 2 and view[start - 1] in "·・":
        kinds = _known_vocab()[0]
        for n in (3, 2):
            if view[start - 1 - n : start - 1] in kinds and (start - 1 - n == 0 or not _is_cjk(view[start - 2 - n])):
                start -= n + 1
                break
    if start > 0 and view[start - 1] == "【" and view.startswith("】", end):
        start, end = start - 1, end + 1
        m = _BRAND_SITE_AFTER_RE.match(view, end)
        end = m.end() if m else end
    m = _BRAND_APP_AFTER_RE.match(view, end)
    if m and re.search(r"版|下载", m.group()[-2:]):
        end = m.end()
    # the rest of the injected name: its site's number after a dot (某某wns.8885556), the trade's word after it
    # (某某体育足彩), and in mid-clause the comma and colon the injection brought (…村是某某体育足彩,:总书记… where the
    # sentence read 村是总书记): no clause's punctuation doubles so (a comma alone may be the sentence's own:
    # 秘书长某某某某娱乐,中国建设银行… keeps it)
    m = _BRAND_TAIL_RE.match(view, end)
    if m and m.group():
        end = m.end()
    # another of the trade's words glued after the name's number (某某体育4娱乐党委书记): the name goes on (a pastime's
    # word after it is the text's: 娱乐活动, 娱乐设施)
    m = _NUMBERED_BRAND_WORD_RE.match(view, end) if end > start and view[end - 1].isdigit() else None
    if m and not _ORDINARY_AFTER_RE.match(view, m.end()):
        end = m.end()
    # the brand as its site's address (www.某某88.com, http://某某88.cc): the address goes whole
    host = _BRAND_HOST_BEFORE_RE.search(view, max(0, start - 12), start)
    dom = _BRAND_DOMAIN_AFTER_RE.match(view, end)
    if host is not None and dom is not None:
        start, end = host.start(), dom.end()
    if start > 0 and _is_cjk(view[start - 1]):
        m = _BRAND_COMMA_RE.match(view, end)
        if m:
            end = m.end()
    # alone on its line but for the trade's padding (十大某某导航): the whole line
    ls = view.rfind("\n", 0, start) + 1
    le = view.find("\n", end)
    le = len(view) if le < 0 else le
    rest = (view[ls:start] + view[end:le]).strip(" \t\u3000|｜-_—·")
    if rest and len(rest) <= 4 and rest in _gambling_vocab()[2]:
        line = view[ls:le]  # the line without its indent and trailing spaces
        start = ls + len(line) - len(line.lstrip(" \t\u3000"))
        end = le - (len(line) - len(line.rstrip(" \t\u3000")))
    return start, end, view[start:end], score


#: what the trade glues after a brand's name: its site's number after a dot, its own words (欧洲杯app, 足彩, 投注, 手机版登录),
#: its greeting (某某必赢欢迎光临) and the search words it was injected under (某某体育软件有哪些)
_BRAND_TAIL_RE = re.compile(r"(?:[.．]\d{4,})?(?:(?:欧洲杯|世界杯)(?:[Aa][Pp][Pp]|官网|下注|投注)?)?(?:足彩|彩票|投注|下注|手机版登录|手机版|网页版登录|网页版|登录入口|登录)?"
                            r"(?:欢迎(?:您|你)?(?:光临|访问|来到)|(?:软件|[Aa][Pp][Pp])?(?:有哪些|哪个好|下载))?")
#: the trade's word glued after a brand's number (某某体育4娱乐, 某某8888国际)
_NUMBERED_BRAND_WORD_RE = re.compile(r"娱乐(?:城|场)?|国际|体育|平台|棋牌")
#: a site address's opening glued before a brand (www., http://m.)
_BRAND_HOST_BEFORE_RE = re.compile(r"(?:https?://)?(?:www|m|wap)[.．]$")
#: a site address's domain glued after a brand (.com, .cpm, .vip/index)
_BRAND_DOMAIN_AFTER_RE = re.compile(r"[.．][A-Za-z]{2,6}\b(?:/[\w./?=&%-]*)?")
#: a comma and a colon an injection brought into a clause, before the clause's next word
_BRAND_COMMA_RE = re.compile(r"[,，][:：](?=[\u4e00-\u9fff])")


#: a title joined to a brand closing its line by a separator (某某党建工作再获成果-某某娱乐888): the hijacked site's title
_SEO_TITLE_RE = re.compile(r"[ \t\u3000]*[^\n。！？!?]{6,60}?[ \u3000]*[-_|｜—–－]*[ \u3000]*$")
_SEO_SEPS = "-_|｜—–－"


def _seo_title(view: str, s: int, e: int) -> Candidate | None:
    """The whole line where a brand closes it after a separator and what stands before is a title,
    where the page shows that title again or another title follows before the text: the page's
    title as the hijacked site wrote it. The page's only title keeps its words (the brand goes alone)."""
    ls = view.rfind("\n", 0, s) + 1
    le = view.find("\n", e)
    le = len(view) if le < 0 else le
    if view[e:le].strip() or not _SEO_TITLE_RE.fullmatch(view, ls, s) or not (
            view[s] in _SEO_SEPS or view[ls:s].rstrip(" \u3000").endswith(tuple(_SEO_SEPS))):
        return None
    title = view[ls:s].strip(" \t\u3000" + _SEO_SEPS)
    shown_again = any(x.strip() == title for x in view[le:].split("\n"))
    if not (shown_again or _title_follows(view, le)):
        # the page's only title: its words stay, the brand goes with the separator that joined it (某某活动-某某投注网址)
        start = s
        while start > ls and view[start - 1] in _SEO_SEPS + " \u3000":
            start -= 1
        if start == s:
            return None
        return Candidate("brand", start, e, "removed", f"a gambling brand closing the title, with its separator: {view[s:e]}",
                         priority=5, data={"unit": "brand", "score": 0.95, "detector": "brand shape"})
    return Candidate("brand", ls, min(le + 1, len(view)), "removed", f"a title closed by a gambling brand: {view[s:e]}", priority=5,
                     data={"unit": "seo_title", "score": 0.95, "detector": "brand shape"})


#: a title-like line: six Chinese characters or more, no sentence's end, no field's colon, no subtitle's dash
_TITLE_LIKE_RE = re.compile(r"[ \t\u3000]*(?![—\-－─–])(?=(?:[^\n]*?[\u4e00-\u9fff]){6})[^\n。！？!?:：]{6,60}")


def _title_follows(view: str, pos: int) -> bool:
    """Whether another title-like line stands after ``pos`` before the first paragraph (the report's
    own title under the hijacked site's). The writer's byline under the title (某某县委组织部 某某某, 某某镇人民政府
    某某 某某) is none, nor the site's line of contributions (某某网来稿, 投稿须知 投稿)."""
    for line in islice(view[pos : pos + 2000].split("\n"), 8):
        x = line.strip()
        if len(x) >= 25 and _SENT_END.search(x):
            return False
        if x and _TITLE_LIKE_RE.fullmatch(line) and not _writer_byline(x) and not _CONTRIBUTION_RE.search(x):
            return True
    return False


#: a site's words about contributions (某某网来稿, 投稿须知, 我要投稿)
_CONTRIBUTION_RE = re.compile(r"来稿|投稿")


def _writer_byline(x: str) -> bool:
    """Whether line text ``x`` is a writer's unit and name(s) (某某县委组织部 某某某): each name a person's, or one name
    of any kind (a pen name) after a party body or a government."""
    m = UNIT_AND_NAMES_RE.fullmatch(x)
    if m is None:
        return False
    people = m.group("names").split()
    return all(_person(p, surnames()) for p in people) or len(people) == 1 and _WRITING_BODY_END_RE.search(m.group("unit")) is not None


#: a party body or a government writing a piece (某某县委组织部, 某某镇人民政府)
_WRITING_BODY_END_RE = re.compile(r"(?:组织部|宣传部|统战部|党工委|政府)$")


@lru_cache(maxsize=1)
def _known_vocab():
    b = furniture_vocabulary()["brand"]
    # a name in two lists counts as the stronger (太阳城集团 strong, 太阳城 a word)
    lists = (("known_words", "word"), ("known_odd", "odd"), ("known_strong", "strong"))
    kinds = {w: kind for key, kind in lists for w in b.get(key, [])}
    cjk = re.compile(literal_regex(kinds)) if kinds else re.compile("(?!)")
    latin_words = b.get("known_latin", [])
    latin = re.compile(f"(?<![A-Za-z])(?:{literal_regex(w.lower() for w in latin_words)})(?![A-Za-z])", re.I) if latin_words else re.compile("(?!)")
    return kinds, cjk, latin


@lru_cache(maxsize=1)
def known_brand_names() -> frozenset[str]:
    """The names the gambling trade works under, in Chinese (``known_*`` of the brand vocabulary)."""
    return frozenset(_known_vocab()[0])


#: the site and trade words glued after a known brand's name (官方网站, 娱乐, 最新版下载, 贵宾会, 手机中文官方,
#: 集团唯一, 总站 …; 在线 is no part before 上 or 下: 某某在线上召开 is 在线上, the hijacker's name before it; the slogan
#: 人生就是博 closes the name: 集团 after it is the unit's, 某某人生就是博集团提出… where the name was 某某集团)
_KNOWN_PARTS = ("官方网站|官方网页版|官方网页|官方网|官网|官方|亚洲(?=官方|官网|娱乐|体育|国际)|送白菜|娱乐城|娱乐|娱场城|娱场|娱城|(?<!人生就是[搏博])集团|国际|在线(?![上下])|平台|总站|体育|游戏中心|游戏|真人|棋牌|彩票|电子|贵宾会|有限公司|网站|旧网址|网址|综合(?=体育|娱乐|平台)"
                "|主页|账号|开户|手机网页|旗舰厅|直营|(?<=宝典|澳门|新澳)(?:免费)?(?:资料|原料)(?:网|大全)?|[老旧新]版本|城娱|娱(?=人生)|线路(?:检测)?(?:中心)?|[-－]?人生就是[搏博]|[·・]?[（(](?:China|中国区?)[)）]|[-－]?安卓(?:版)?(?:下载)?|[-－]?苹果(?:版)?下载"
                "|入口|登录|注册|最新版|(?<=官网|官方)版|下载|首页|全站|中国(?=有限公司|官方|官网)|(?<=入口|官网)中国(?!共产党|特色)|老哥必备的?交流社区|(?:所有|最新|备用)网址|备用址|网址大全|(?<=集团|国际|娱乐|体育)\\d{3,6}(?=备用|所有|最新|网址|官网|入口|登录)|城(?=所有|最新|备用|网址|官网|入口)|(?<=金沙)城中心"
                "|唯一(?=官|网|入口|登录|[\u4e00-\u9fff]{2})|手机(?:中文)?(?:版|官方|官网|登录|客户端|网页版)?|中文(?:版|官方|官网)|网页版|电脑版|客户端"
                # the trade's endorsers, nicknames and tags after a name (某某集团古天乐, 全讯800cc大白菜, 太阳集团tyc,
                # 44118太阳成城集团)
                # (a colon the hijacker left after the name where a heading's words go on: 某某体育网址:开展…; a dash or an underscore
                # before the site's words: 某某体育平台-官网首页)
                r"|[:：](?=[\u4e00-\u9fff“\"])|[-－_](?=官网|官方|首页|入口|登录|注册|投注)|投注(?=[Aa][Pp][Pp]|官网|平台|网站|入口)|(?<=集团)古天乐|(?<=[Cc]{2})大白菜|(?<=\d[Cc]{2})成色|(?<=集团|国际|娱乐|体育)[A-Za-z]{2,8}(?![A-Za-z])|(?<=太阳)(?:成城|新城)(?:集团)?")
#: the traditional forms of the characters of those words: an injected name and its tail are written
#: either way, or mixed (新葡京娱樂)
_TRAD_OF = {"乐": "樂", "娱": "娛", "国": "國", "际": "際", "网": "網", "体": "體", "游": "遊", "戏": "戲", "贵": "貴", "宾": "賓", "会": "會",
            "团": "團", "线": "線", "台": "臺", "录": "錄", "册": "冊", "载": "載", "页": "頁", "电": "電", "脑": "腦", "户": "戶", "门": "門",
            "专": "專", "备": "備", "场": "場", "竞": "競"}


def _either_script(pattern: str) -> str:
    """A pattern whose Chinese characters match in simplified or traditional form (娱乐 -> [娱娛][乐樂])."""
    return "".join(f"[{ch}{_TRAD_OF[ch]}]" if ch in _TRAD_OF and _TRAD_OF[ch] != ch else ch for ch in pattern)


_KNOWN_PARTS = _either_script(_KNOWN_PARTS)
#: a room's or a building's number after a brand's site word, where the hijacker put the brand in place of the
#: building's name (某某网址424会议室): the sentence's (digits glued to the name itself are the brand's: 某某4本科生)
_NOT_A_ROOM = r"(?!(?<=网址|官网|网站|網址|官網|網站)\d*(?:会议|室|楼|栋|层|号楼|教室))"
#: a bracketed 中国 after a brand's name (某某(中国), 某某「中国内陆」)
_BRACKETED_CHINA = r"[·・]?[（(「【\[]中国(?:内陆|大陆)?[)）」】\]]"
#: what follows a known brand's name: its Latin or digit tag (凯发k8), a bracketed 中国, then its site and
#: trade words, a number or a domain's ending
_KNOWN_TAIL_RE = re.compile(
    r"(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|\d{1,6}(?![\d年月日号个名人次家项元万亿%％.．]))?(?:" + _BRACKETED_CHINA + "|" + _KNOWN_PARTS
    + r"|[Aa][Pp][Pp]|[Vv][Ii][Pp]|com|net|cc|" + _NOT_A_ROOM + r"\d{1,6}(?![\d年月日号个名人次家项元万亿%％])|(?<=\d)[A-Za-z]{1,4}(?![A-Za-z]))*")
_KNOWN_PART_RE = re.compile(_KNOWN_PARTS)
_BRACKETED_CHINA_RE = re.compile(_BRACKETED_CHINA)
#: the tails that make an ordinary word (太阳, 银河) a brand: a site's or the trade's own words
_KNOWN_SITE_RE = re.compile(_either_script(r"官方网站|官方网|官网|官方|娱乐|娱场|娱城|棋牌|彩票|贵宾会|网站|网址|入口|登录|注册|下载|最新版|全站") + "|[Aa][Pp][Pp]|[Vv][Ii][Pp]")
#: the brand's site named: an organisation's word after it is the sentence's again (…官方网站集团先进党支部)
_KNOWN_SITE_END_RE = re.compile(_either_script(r"官方网站|官方网|官网|网站|网址"))
_KNOWN_ORG_RE = re.compile(r"集团|有限公司|国际")
#: an organisation's word closing the tail before a unit word (某某娱乐集团党委: 集团 is the unit's)
_KNOWN_ORG_TAIL_RE = re.compile(r"(?:集团|有限公司|公司)$")
_KNOWN_UNIT_NEXT_RE = re.compile(r"党委|党支部|党总支|总支|支部|工会|团委|机关")
#: tails that make a brand of an ordinary word only beside another tail (银河国际在线, not 完美平台)
_KNOWN_WEAK_SITE_RE = re.compile(r"在线|平台|真人")
#: a separator joining an injected brand to the title before it (某某事迹 -凯发k8官方网娱乐官方)
_KNOWN_SEP = "-_|｜—"


#: the unit words a bare brand name stands before where the hijacker put it into the unit's name (某某教卫意昂党委,
#: ，开云机关一支部…)
_KNOWN_SPLICE_UNIT_RE = re.compile(r"党委|党支部|党总支|党工委|机关")
#: a unit's own name after an odd brand opening a clause (天博临沂市园林…党支部开展…, 杏盛某某医院某某党支部…): a
#: place, then up to a dozen characters to the unit's word
_KNOWN_SPLICE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:省|市|县|区)|[\u4e00-\u9fff]{2,12}?(?:医院|学校|小学|中学|大学|学院|公司|集团|中心|党委|党支部|支部)")
#: a clause's opening: the line's start or a clause's mark before the name
_CLAUSE_OPEN = "\n，,。；;：:！!？?"


def _known_spliced(view: str, s: int, e: int, kind: str) -> bool:
    """Whether a known brand's bare name (no tail, no tag) stands where the hijacker spliced it into a unit's name: an odd
    name (意昂, 天博) or a trade word (开云) opening a clause right before the unit's word (，开云机关一支部…); an odd name
    opening a clause before a place or a unit's name (天博临沂市园林…); an odd name inside a unit's name right before its
    word (市教卫意昂党委) where the page shows the name twice or more, not after a surname opening a person's name (王伟德党委…)."""
    opens = s == 0 or view[s - 1] in _CLAUSE_OPEN or view[s - 1] in " \u3000\t" and (s < 2 or view[s - 2] in _CLAUSE_OPEN)
    unit_next = _KNOWN_SPLICE_UNIT_RE.match(view, e) is not None
    if opens:
        return unit_next or kind == "odd" and _KNOWN_SPLICE_NAME_RE.match(view, e) is not None
    if kind != "odd" or not unit_next or not _is_cjk(view[s - 1]):
        return False
    if view[s - 1] in surnames() and (s < 2 or not _is_cjk(view[s - 2])):
        return False
    return view.count(view[s:e]) >= 2


def _known_brands(view: str, raw_traditional: str | None = None) -> list[tuple[int, int, float]]:
    """Names the gambling trade works under (``known_*`` in the brand vocabulary), with the Latin
    tag, bracketed 中国 and site words glued to them: 尊龙凯时「中国」官方网站, z6com·尊龙凯时,
    4556银河国际在线, beat365最新版下载. A sentence that fights gambling names no brand.
    ``raw_traditional``: a traditional page as written (offsets of ``view``); a name there in simplified
    characters that have a traditional form (太阳, not 太陽) was injected, not converted with the page."""
    kinds, cjk, latin = _known_vocab()
    hits = [(m.start(), m.end(), kinds[m.group()]) for m in cjk.finditer(view)] + [(m.start(), m.end(), "latin") for m in latin.finditer(view)]
    if not hits:
        return []
    lawful = _gambling_vocab()[3]
    out: list[tuple[int, int, float]] = []
    # odd names the page spliced into a unit's name somewhere: injected wherever else they stand bare, before or after
    spliced = {view[s:e] for s, e, kind in hits if kind == "odd" and _known_spliced(view, s, e, kind)}
    for s, e, kind in sorted(hits):
        if out and s < out[-1][1] and e <= out[-1][1]:
            continue
        tag_before = s
        while tag_before > 0 and s - tag_before < 10 and view[tag_before - 1].isascii() and view[tag_before - 1].isalnum():
            tag_before -= 1
        start = tag_before
        if kind != "latin" and start == s and s > 3 and view[s - 2 : s] == "网站" and view[s - 3].isdigit():
            start = s - 2  # 2003网站太阳集团: the trade's numbered site before its name
            while start > 0 and s - start < 10 and view[start - 1].isdigit():
                start -= 1
        if kind != "latin" and start == s and s > 1 and view[s - 1] in "·・" and view[s - 2].isascii() and view[s - 2].isalnum():
            start = s - 1  # z6com·尊龙凯时
            while start > 0 and s - start < 12 and view[start - 1].isascii() and view[start - 1].isalnum():
                start -= 1
        t = _KNOWN_TAIL_RE.match(view, e)
        end = t.end() if t else e
        if kind == "latin" and end == e and view[e : e + 1] in (" ", "\u3000"):
            t = _KNOWN_TAIL_RE.match(view, e + 1)  # beat365 手机版官方网站: the site's words after a space
            if t is not None and _KNOWN_SITE_RE.search(view, e + 1, t.end()):
                end = t.end()
        site = _KNOWN_SITE_END_RE.search(view, e, end)
        if site:  # after the brand's site (…「中国」官方网站) an org word is the sentence's again (…官方网站集团先进党支部)
            org = _KNOWN_ORG_RE.search(view, site.end(), end)
            end = org.start() if org else end
        org = _KNOWN_ORG_TAIL_RE.search(view, e, end)
        if org and _KNOWN_UNIT_NEXT_RE.match(view, end):  # 某某娱乐集团党委: 集团 is the unit's word the brand stood before
            end = org.start()
        grade = re.search(r"(?:19|20)\d\d$", view[e:end])
        if grade and view.startswith(("级", "届"), end):
            end = e + grade.start()  # 某某2020级本科生: the grade's year is the sentence's
        tail = view[e:end]
        glued = start < s or any(ch.isascii() and ch.isalnum() for ch in tail[:1]) or re.search(r"[A-Za-z0-9]$", tail) is not None
        if raw_traditional is not None and not glued and not tail and raw_traditional[s:e] == view[s:e] \
                and any(ch in _simplified_forms() for ch in view[s:e]):
            glued = True  # 太阳教工第五黨支部: the bare name was injected into the traditional page after its conversion
        if kind == "latin":
            if view[s:e].lower() in ("bob", "hth", "ayx", "leyu", "yabo") and not (_KNOWN_SITE_RE.search(tail) or re.search(r"体育|游戏|\d", tail)):
                continue  # bob, hth alone may be a name or an abbreviation
            ok = True
        elif kind == "strong":
            ok = True
        elif kind == "odd":
            ok = glued or bool(tail) or view[s:e] in spliced
        elif not tail and not glued and _known_spliced(view, s, e, kind):
            ok = True
        else:  # 平台, 在线 and 真人 make a brand of a word only beside another tail (银河国际在线, not 完美平台); a
            # bracketed 中国 is the trade's own mark (某某(中国)新闻系 where the school's name stood)
            ok = glued or bool(_KNOWN_SITE_RE.search(tail)) or bool(_KNOWN_WEAK_SITE_RE.search(tail)) and len(_KNOWN_PART_RE.findall(tail)) >= 2 \
                or bool(_BRACKETED_CHINA_RE.match(tail))
        if not ok or lawful.search(view[max(0, start - 8) : start]) and view[s:e] not in spliced:
            continue  # (a name the page spliced into a unit's name is the hijacker's whatever stands before it)
        if kind in ("odd", "word") and not glued and s > 0 and _is_cjk(view[s - 1]) and view[s - 1] not in _NAME_LEAD \
                and not (not tail and (view[s:e] in spliced or _known_spliced(view, s, e, kind))) and not _KNOWN_SITE_RE.search(tail) and len(_KNOWN_PART_RE.findall(tail)) < 2 and view[max(0, s - 2) : s] not in ("中国", "澳门", "香港"):
            continue  # 王伟德国际部, 小太阳集团: the name is the end of a longer one, its tail no site word
        if view[max(0, start - 2) : start] == "至尊":
            start -= 2  # 至尊某某白菜官方网站: the trade's boast glued before the name
        if view[max(0, start - 2) : start] in ("中国", "澳门", "香港") and (start < 3 or not _is_cjk(view[start - 3])):
            start -= 2  # 中国乐赢集团, 澳门银河: the brand's place glued before it
        if start > 1 and view[start - 1] in _KNOWN_SEP and not view[start - 2].isspace() and (end == len(view) or view[end] in "\r\n"):
            start -= 1  # a title's separator before a brand closing the line
        if (start == 0 or view[start - 1] in "\r\n") and end + 1 < len(view) and view[end] in _KNOWN_SEP and not view[end + 1].isspace():
            end += 1  # a brand opening the line before a title's separator (某某全站app-某地…)
        score = 0.95 if kind in ("strong", "latin") or glued else 0.9
        if out and start <= out[-1][1]:  # bevictor伟德: two names glued are one brand
            start, score = out[-1][0], max(score, out.pop()[2])
        out.append((start, end, score))
    return out


@lru_cache(maxsize=1)
def _simplified_forms() -> frozenset[str]:
    """Simplified characters that have a traditional form of their own (阳 for 陽): written in a
    traditional page, they were not converted with it."""
    from ..normalize import to_simplified, traditional_chars

    return frozenset(to_simplified("".join(sorted(traditional_chars())))) - traditional_chars()


#: after a brand's number: no year, range, amount or counter (…娱乐888, not 平台620余亩, 平台3个, 2024年)
_NOT_AN_AMOUNT = r"(?![\d年\-—~至余多个亩万千百人名次家项元米吨户所座台套场期篇条级届%％.．])"
#: what follows a gambling trade word in a brand: more trade words, then site tails (…网投平台官网入口)
_GAMBLE_TAIL_RE = re.compile(
    r"(?:娱乐城|娱乐|游戏|真人|电子|国际|亚洲|中国|集团|彩票|十大|前十|排名|正规|信誉|靠谱|最新|官方|平台|官网|官方网站|网站|网址|网(?![格络民点])|[Aa][Pp][Pp]|入口|导航|大全|推荐|排行榜?|注册|登录|首页|下载|城(?![市镇区乡])|在线玩?|手机版|大厅|(?<=官网)版"
    r"|开奖(?:结果|记录|直播|号码)?|走势图?|图库|计划网?|玩法|技巧)*")
#: a measure word before the trade's word: things counted, not a name (一个老虎机平台, 多家网投平台)
_COUNTED_TOPIC = frozenset("个家款种类些批")
#: what makes the trade a topic of the sentence, not a name (博彩业, 赌球案件, 彩票网点, 网投诈骗)
_GAMBLE_TOPIC_RE = re.compile(r"业|行业|产业|监管|犯罪|案件?|窝点|团伙|活动|行为|违法|问题|危害|成瘾|诈骗|骗局|陷阱|点|络|格")
#: a site tail proper (a weak trade word needs one: 某某棋牌平台, not 棋牌室)
_GAMBLE_SITE_RE = re.compile(r"平台|官网|官方网站|网站|网址|网$|[Aa][Pp][Pp]|入口|导航|大全|排行")
#: the unit words a weak trade word may stand before as a brand (某某棋牌党支部; 棋牌协会 is lawful)
_GAMBLE_WEAK_UNIT_RE = re.compile(r"党委|党支部|党总支|支部|学院|大学|中学|小学|医院|研究院")


@lru_cache(maxsize=1)
def _gambling_vocab():
    b = furniture_vocabulary()["brand"]
    words = sorted(b.get("gambling_words", []), key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, words))) if words else None, frozenset(b.get("gambling_weak", [])),
            tuple(sorted(b.get("gambling_modifiers", []), key=len, reverse=True)), re.compile(b.get("gambling_lawful_before", "(?!)")))


def _gambling_word_brands(view: str, c: dict) -> list[tuple[int, int, str]]:
    """Brands built on a word only the gambling trade uses for itself (网投, 博彩, 百家乐, 棋牌 …):
    the word with what pads it before (places, modifiers such as 官方/十大, Latin letters) and the
    site tails after it (平台, 官网, app). One piece of evidence is needed besides the word: padding,
    a site tail with padding, a brand number, or a unit word after it (it stood for the unit's name).
    A sentence that fights gambling (打击/远离/非法 … just before) names no brand."""
    rx, weak_words, mods, lawful = _gambling_vocab()
    if rx is None or rx.search(view) is None:
        return []
    import jieba.posseg as posseg

    out: list[tuple[int, int, str]] = []
    for m in rx.finditer(view):
        s, e = m.start(), m.end()
        if out and s < out[-1][1]:
            continue
        weak = m.group() in weak_words
        k = s
        while k > 0 and s - k < 16 and (_is_cjk(view[k - 1]) or view[k - 1].isascii() and view[k - 1].isalnum()):
            k -= 1
        clause = view[k:s]
        # padding: tokens read backwards from the trade word while each is a place, a modifier or Latin/digits
        # (a modifier the segmenter splits, 新葡京, is matched on the characters first)
        start = s
        while start > k:
            rest = view[k:start]
            mod = next((w for w in mods if rest.endswith(w)), None)  # longest first
            if mod:
                start -= len(mod)
                continue
            w, flag = list(posseg.cut(rest))[-1]
            if flag.startswith("ns") or (w.isascii() and w.isalnum()):
                start -= len(w)
            else:
                break
        while start < s and view[start] in _NAME_LEAD and view[start:s] not in mods:
            start += 1
        pre = view[max(0, start - 8) : start]
        if lawful.search(pre) or lawful.search(view[start:e]) or _GAMBLE_TOPIC_RE.match(view, e):
            continue  # 打击跨境网投, 博彩业收入, 赌球案件: the trade as a topic
        if m.group().endswith("彩票网") and (view[s - 2 : s] in ("福利", "体育") or view[s - 1 : s] in ("福", "体")):
            continue  # 福利彩票网点, 体育彩票网上销售: the lawful lottery
        t = _GAMBLE_TAIL_RE.match(view, e)
        end = t.end() if t else e
        d = re.match(r"\d{2,5}" + _NOT_AN_AMOUNT, view[end : end + 7])
        end += d.end() if d else 0
        after = c["unit_after"].match(view, end)
        site = bool(_GAMBLE_SITE_RE.search(view[e:end]))
        padded = start < s
        latin = any(ch.isascii() and ch.isalpha() for ch in view[start:s])
        if after and not padded:  # 某某网投党支部: the head before the word is the brand's name
            # (words read backwards, up to four characters, never a verb, pronoun or particle: 组织|金鼎网投)
            j = s
            for w, flag in reversed(list(posseg.cut(view[k:s])) if s > k else []):
                if s - (j - len(w)) > 4 or flag[:1] in ("v", "p", "c", "u", "d", "r", "m", "q") or w in _NAME_LEAD:
                    break
                j -= len(w)
            if s - j >= 2:
                start = j
            elif weak:
                after = None  # 棋牌 alone before a unit word (棋牌协会) names a club
            # a trade word alone before a unit word is the brand itself (真人娱乐党支部, 必赢学院)
        if weak:
            ok = (site and (padded or latin or d)) or latin or (after and _GAMBLE_WEAK_UNIT_RE.fullmatch(after.group()) and (padded or site))
            ok = ok or bool(after and _GAMBLE_WEAK_UNIT_RE.fullmatch(after.group()) and start < s and not _is_word(view[start:s]))
        else:  # (a strong word's site tail is evidence too: 老虎机游戏在线玩平台 standing for a unit's name)
            # (not one counted: 一个老虎机游戏平台 is the trade as a topic)
            ok = padded or latin or bool(d) or bool(after) or site and not (start > 0 and view[start - 1] in _COUNTED_TOPIC)
        if not ok:
            continue
        out.append((start, end, after.group() if after else ""))
    return out


def _short_head(view: str, pos: int) -> tuple[str, str] | None:
    """The two and the (up to) three Chinese characters before ``pos``, a brand head's readings;
    None where fewer than two stand there."""
    k = pos
    while k > 0 and k > pos - 3 and _is_cjk(view[k - 1]):
        k -= 1
    if pos - k < 2:
        return None
    return view[pos - 2 : pos], view[k:pos]


#: digits between a brand's Chinese head and a gambling or site tail (某某8866官网, 某某3377娱乐城); lawful
#: tails such as 平台 or 国际 are left out (12345平台 is a hotline, 2024国际… a year)
#: a site's buttons glued after a brand: 登录, 注册, 下载, 入口, 首页; its site's version (…官网版)
_SITE_ACTION_RE = re.compile(r"城?(?:所有|全部|最新|备用)?(?:登录|注册|下载|入口|首页|网址)+(?:大全)?|(?<=官网|官方)版")
#: a gambling brand's claim of origin glued to its name: 源于英国, 始于1946, 来自澳门
_BRAND_ORIGIN_RE = re.compile(r"(?:源于|源自|始于|来自|创立于|创于)(?:英国|英伦|欧洲|美国|澳门|香港|菲律宾|马耳他|亚洲|澳洲|"
                              r"英属维尔京群岛|(?:19|20)\d\d年?)")
_DIGIT_BRAND_RE = re.compile(r"(?<=[\u4e00-\u9fff])\d{2,6}(?:官方网站|官网|娱乐城|娱乐|彩票|真人|棋牌|手机版(?=登录|下载|入口))(?:[Aa][Pp][Pp]|入口|下载|登录|首页|网站|网址)*"
                             r"(?:开奖(?:网站|网|结果|记录|直播)?(?:查询)?)?")  # (a lottery's draw lookup after it: 某某28官网开奖网站查询)
#: the gambling tails that make a brand even of an ordinary word before the digits (环球360娱乐: no lawful body is
#: numbered so; 体育500彩票 may be a lottery shop's)
_DIGIT_STRONG_TAIL_RE = re.compile(r"\d+(?:娱乐|真人|棋牌|手机版(?:登录|下载|入口))")
#: the trade's own words for its mirror sites after a brand's number (365365最快线路检测中心): a line to the
#: casino, never a power line (a line's number is in kV, its check no 最快)
_ROUTE_CHECK_RE = re.compile(r"(?<![A-Za-z0-9])\d{3,6}(?:最快|备用|最新)线路(?:检测)?(?:中心)?")
#: what follows a trade's name in a lawful body (棋牌协会, 彩票中心, 体育俱乐部)
_LAWFUL_TRADE_AFTER = re.compile(r"协会|俱乐部|中心|活动室|室|比赛|运动|总会|分会|研究会")
#: a gambling tail after 国际/平台/电竞 (某某国际娱乐, 某某平台真人)
_STRONG_TAIL_RE = re.compile(r"娱乐城|娱乐场|娱乐|彩票|真人|棋牌")


def _latin_brand_head(head: str) -> bool:
    """A Latin head that is a brand's, not an acronym's: two letters or more with two digits or
    more (bet188澜湾体育; not IEEE国际会议, 5G智慧平台)."""
    letters = re.match(r"[A-Za-z0-9]+", head)
    # bet188, ag88 (not 5G, G20, MP3; letters alone, as in VR体验平台, may be an acronym)
    return bool(letters) and sum(ch.isdigit() for ch in letters.group()) >= 2 and sum(ch.isalpha() for ch in letters.group()) >= 2


#: a site tail right after a brand tail (…国际官网, …娱乐官网入口, …体育app下载)
_TAIL_CHAIN_RE = re.compile(r"(?:官网|官方网站|入口|大厅|[Aa][Pp][Pp])(?:入口|下载|登录|首页|主页|网址)?")


#: a gambling site named by the trade's slang (菠菜 for 博彩) and a site word, standing where a unit
#: acts (at a clause start, before 在/召开/党委 …); 打击跨境博彩平台 is no clause start
_SLANG_BRAND_RE = re.compile(
    r"(?:^|(?<=[，,。；;：:！!？?\n]))[ \u3000]*((?:菠菜|博彩|百家乐|六合彩|时时彩|真人视讯|电子游艺|老虎机|赌场|捕鱼|投注|下注)"
    r"[\u4e00-\u9fffA-Za-z0-9]{0,4}?(?:平台|网站|网址|娱乐|官网|导航|[Aa][Pp][Pp])(?:大全|导航|推荐|排行榜?|入口|网址|下载|登录|合集|官网)?)"
    r"(?=在|于|召开|举办|举行|组织|开展|党|的|以|为|与|和|联合|获|被|全体|师生|职工|是|坚持|始终|始建|成立|现有|位于)", re.M)
#: what a unit's own name ends in (白沙镇中心小学, 青石村, 华远公司); the name is read before the
#: unit word the brand stood before (党支部), where the page writes it without the brand
_UNIT_NAME_RE = re.compile(
    r"(?:村|社区|小学|中学|学校|分校|学院|大学|医院|卫生院|公司|集团|分公司|厂|矿|局|所|站|中心|街道|镇|乡|处|科|馆|院|委员会|协会|银行|项目部|车间|队)$")
#: prepositions and the like that open a clause before a name (在白沙镇中心小学党支部的带领下)
_NAME_LEAD = "在由以对把被向将据经是为和与及同让使给从当"
#: words that join two names (杏林学院与青川学院): a name starts after them
_NAME_JOIN = ("与", "和", "及", "同", "跟", "的", "、", "暨")
_NAME_DEIXIS = ("全校", "全院", "全村", "全省", "全市", "全县", "全区", "全镇", "全国", "我们", "他们", "二级", "两个", "一所", "这所",
                "所在", "所属", "下属", "直属", "附属", "兄弟", "其他", "相关", "有关", "各级", "基层", "一个", "多个")


def _restore_unit_names(view: str, text: str, cands: list[Candidate], units: dict[int, str]) -> None:
    """Where a brand stood for the unit's name (before 党支部, 学院 …) and the page names the unit
    elsewhere before the same word, the brand is replaced by that name (``action="restored"``)."""
    if not units:
        return
    spans = [(c.start, c.end) for c in cands]
    names: dict[str, Counter] = {}
    for word in set(units.values()):
        counts: Counter = Counter()
        for m in re.finditer(re.escape(word), view):
            k = m.start()
            if any(s <= k <= e for s, e in spans):
                continue
            j = k
            while j > 0 and k - j < 14 and _is_cjk(view[j - 1]):
                j -= 1
            name = view[j:k]
            cut = max((name.rfind(x) + len(x) for x in (*_NAME_JOIN, word) if x in name), default=0)  # 杏林学院与|青川
            name = name[cut:]
            while len(name) > 3 and name[0] in _NAME_LEAD:
                name = name[1:]
            unit_word = bool(_UNIT_NAME_RE.search(word))  # 学院, 公司: the word names the kind, the name may be short
            if len(name) < (2 if unit_word else 3) or name.startswith(_NAME_DEIXIS) or name[0] in "各该这那每某本我其":
                continue
            if not unit_word and not _UNIT_NAME_RE.search(name):
                continue
            counts[text[k - len(name) : k]] += 1
        names[word] = counts
    for c in cands:
        word = units.get(c.start)
        if word:
            c.data["unit_word"] = word
        counts = names.get(word or "")
        if not counts:
            continue
        top = counts.most_common(2)
        name, n = top[0]
        if len(top) > 1 and top[1][1] * 2 > n:
            continue  # two units named alike (外国语学院, 化学学院): which one the brand stood for is unknown
        c.action, c.replacement = "restored", name
        c.reason += f"; the unit's name restored as {name} (the page names it so elsewhere)"
        c.data["restored_name"] = name
    # the same brand stood for the same unit where no unit word follows it (金沙湾国际8866全体党员)
    by_brand = {view[c.start : c.end]: c.data["restored_name"] for c in cands if c.action == "restored"}
    for c in cands:
        name = by_brand.get(view[c.start : c.end])
        if name and c.action == "removed":
            c.action, c.replacement = "restored", name
            c.reason += f"; the unit's name restored as {name} (the same brand stands for it elsewhere on the page)"
            c.data["restored_name"] = name
            c.data["unit_word"] = c.data.get("unit_word") or ""


def _opens_clause(view: str, head: str) -> bool:
    """Does ``head`` stand somewhere at a line's start or after punctuation, a space or a digit? (After a digit, a
    measure word is the number's: 现有民警4人某某体育 has no head 人某某.)"""
    for m in re.finditer(re.escape(head), view):
        k = m.start()
        if k == 0 or not _is_cjk(view[k - 1]) and not (view[k - 1].isdigit() and head[0] in _COUNTED):
            return True
    return False


#: measure words that follow a number (4人, 12个, 3家)
_COUNTED = "人个名位次家项户元万亿年月日岁座所条只台辆套间场期篇届级亩吨米天"


#: sentence ends around a brand that replaced a name (the whole sentence is flagged for review)
_SENT_STOP = "。！？!?；;\n"


def brand_sentence_flags(view: str, kept: list[Candidate]) -> list[Candidate]:
    """One flag per sentence that carried a gambling brand inside its text (not a brand line of
    its own): the reader should check that sentence against a trustworthy copy. Findings the
    user sees; nothing is edited."""
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for c in kept:
        if c.kind != "brand" or c.action == "flagged" or c.data.get("unit") == "bridge":
            continue  # (the separators between two gambling names are no brand of a sentence)
        s = c.start
        while s > 0 and view[s - 1] not in _SENT_STOP:
            s -= 1
        e = c.end
        while e < len(view) and view[e] not in _SENT_STOP:
            e += 1
        if e < len(view) and view[e] != "\n":
            e += 1
        while s < c.start and view[s] in " \t\u3000":
            s += 1
        rest = (view[s : c.start] + view[c.end : e]).strip(" \t\u3000。！？!?；;")
        if len(rest) < 4 or (s, e) in seen:  # a brand alone on its line: removed, nothing to review
            continue
        seen.add((s, e))
        name = c.data.get("restored_name")
        what = f"已恢复为“{name}”" if name else "已删除"
        role = "stood for the unit's name" if "unit_word" in c.data else "was injected"
        out.append(Candidate("brand", s, e, "flagged",
                             f"sentence where a gambling brand {role} ({view[c.start:c.end]}): check it against a trustworthy copy",
                             priority=0, data={"unit": "brand_sentence", "score": c.data.get("score", 0.85), "detector": "brand shape",
                                               "brand": view[c.start:c.end], "message": (f"本句中的单位名称被博彩网站名称“{view[c.start:c.end]}”替换，{what}，请核对原文" if "unit_word" in c.data
                                                           else f"本句被插入博彩网站名称“{view[c.start:c.end]}”，已删除，请核对原文")}))
    return out


def _two_names(run: str, surnames) -> bool:
    """Whether four to nine characters read as two or three people's names run together (某萌某敬媛, 某建明某莉曼某伟): a
    split into names of two or three characters, each opened by a surname and none a word of the dictionary, the whole no
    word either."""
    if name_is_word(run) or _is_word(run):
        return False

    def split(rest: str, left: int) -> bool:  # (four characters or more make two names at least)
        return not rest or left > 0 and any(len(rest) >= k and rest[0] in surnames and not name_is_word(rest[:k])
                                            and split(rest[k:], left - 1) for k in (2, 3))
    return split(run, 3)


def name_is_word(token: str) -> bool:
    """Is a name-shaped token a word of the dictionary: a two-character one that is or ends in a
    word (方法), a longer one that is one word as a whole (张家港; a three-character name may end in a
    word: 某秀林, 某建国)?"""
    if len(token) <= 2:
        return _is_word(token)
    from ..segment import get_segmenter

    return len(get_segmenter(hmm=False).cut(token)) == 1


def _is_word(head: str) -> bool:
    """Is ``head`` a word of the dictionary (学校, 文化), or does it end in one (中心学校)? Read by
    jieba without its new-word guessing, so an invented name falls apart into characters."""
    from ..segment import get_segmenter

    seg = get_segmenter(hmm=False)
    return any(len(seg.cut(head[i:])) == 1 for i in range(len(head) - 1))


#: tails a traditional page writes differently (娛樂, 國際, 體育, 電競)
_CONVERTED_TAILS = ("娱乐", "娱乐城", "国际", "体育", "电竞")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"
