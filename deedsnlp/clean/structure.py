"""Page-structure evidence: furniture known by where a line stands, not by its words.

A scraped page is the report's body — its paragraphs, from the first line that reads as prose to
the last — with the site's furniture before it (the *header zone*) and after it (the *footer
zone*). Once the other detectors have taken the lines they know, a few more lines of those zones
give themselves away by their place and shape, whatever their wording:

* **a label line and its value**: a label the other detectors removed (``上一篇：``, ``下一篇``,
  ``相关链接：``) whose value stands alone on the next line — the linked title goes with it;
* **a masthead**: an organisation's or a site's name alone on its line in the header zone
  (某某集团第三工程有限公司, 某某公司党建工作室), with furniture or the page's edge on both sides
  and the report's title on another line; or the same line between a furniture line and a
  paragraph inside the text (a page that repeats its head); never in the foot (a sign-off);
* **a banner above the title**: a short line of names joined by a middle dot (某城·某县…) with
  furniture above it and a title-like line right under it;
* **a column label over no title**: the page's first line, a short column name (党建群团,
  工会动态) followed straight by furniture or by the body, with no title between;
* **a site's slogan over its furniture**: the page's first line, short and with no report word
  (看家乡事，品故乡情), the site's breadcrumb, menu or hotline right under it and a title further down;
* **a column named in the breadcrumb**: a short head line that is one of the breadcrumb's steps
  (首页 >> 医院概况 >> 党团园地, then 医院概况 alone);
* **a short word between furniture in the head**: a word of four characters at most (金钱, 威望)
  with furniture lines right above and below it, another head line standing for the title;
* **a short line between furniture in the foot**: after the last body paragraph, a short line
  with furniture lines right above and right below it (a unit's name or a date signing off stays);
* **a sidebar above the title**: lines between a head line naming the page's title (a breadcrumb
  ending in it) and the title line itself — other articles' headlines and teasers, menus;
* **an e-paper's index of headlines over the title**: four short lines or more in a row right over a title
  the page shows again below, with furniture or the page's edge above them (第04版… / other headlines / the title);
* **a list of site notices**: the items of a numbered list two of whose items other detectors
  removed whole, where a detector cut a notice out of the item;
* **after a news block header**: once the body has begun, a line naming a news portal's block of
  other articles (新闻推荐, 相关新闻 …) ends the report: every line after it goes (teasers, the site's blurb);
* **a list of headlines closing the page**: after the last body paragraph of a page of paragraphs,
  five short lines or more in a row, each a line of its own (no comma breaking off, none opening
  with 和/以/并, no sign-off's date, honour or attachment, no parallel wording shared by half of them):
  a sidebar's or a feed's other articles;
* **a fragment at the page's end**: the last line, after the body, when one character is left
  of it or it opens a bracket it never closes (a credit the page cut: （党委宣传);
* **a caption telling who does what**: inside the text, a line without a full stop telling of a
  post and a name coming or visiting (局长某某来到…), people at a place doing something (党员们在某地
  移栽烟苗), a wreath or a group photo, or one the caption model reads as a scene at 0.9 or more
  (某某部长为优秀党务工作者颁发荣誉证书; :mod:`deedsnlp.clean.captionmodel`);
* **a caption**: a line opened by ``▲``/``△`` (the picture above or below), a short line placing
  someone in the picture (某某（左二）…, 前排右三, 某某（左）…, （从左至右）), or a short line that
  names a scene (活动现场。 anywhere, 参观学习合影 in the zones: 感人瞬间 may head a part).

Every rule reads only the lines no detector took and never the body zone's inner lines except
for captions; headings of the outline (一、…, （二）…) and lines with masks are never taken.
0 hits on the clean text of the project's corpus (tests/test_clean_structure.py).

>>> from deedsnlp.clean.spans import iter_lines
>>> page = "支部坚持“三会一课”制度，全年组织集中学习十二次，党员参学率达到百分之百。\\n上一篇：\\n某某社区开展主题党日活动\\n"
>>> lines = list(iter_lines(page))
>>> label = page.index("上一篇")
>>> [c.reason for c in find_zone_furniture(page, lines, [(label, label + 4)])]
['value of the furniture label 上一篇']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..text.captions import is_action_caption
from .captionmodel import caption_line_model
from .patterns import CJK_RE, LABEL_COLON, PUBLISHING_ACT, PUBLISHING_TIME, QUOTE_OPENS, SOURCE_OR_WRITER, junk_patterns
from .spans import Candidate, Line, text_without as _without

_SENT_END_RE = re.compile(r"[。！？!?]")
#: a line of a site's menu: two to four short channel names apart by spaces (教育教学 科研动态)
_MENU_ROW_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}(?:[ \u3000]+[\u4e00-\u9fffA-Za-z]{2,6}){1,3}")
#: what a caption in a gallery's row holds none of: a sentence's signs, quotes, a title's marks
_CAPTION_ROW_SIGN_RE = re.compile(r"[，,。；;：:！？!?…“”\"《》【】\[\]|｜]")
#: the word closing a unit's name (a roll of units lists them one to a line)
_UNIT_END_RE = re.compile(r"(?:室|站|所|中心|支部|党委|总支|学校|小学|中学|大学|学院|医院|卫生院|公司|集团|村|社区|队|组|部|局|馆|院|委员会|协会)$")
#: a list item's number or mark that a heading's pattern (_HEADING_RE) leaves to it (1., 2), ①, ●)
_ITEM_MARK_RE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[、.．)）]|[①-⑳●◆■□★☆▲△◇○•·])")
_HEADING_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s?[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s?[、.．](?!\d)|"
                         r"第[一二三四五六七八九十\d]{1,3}[部章节条])")
_MASK_CHARS = "*＊×□_"

#: a label that names what the next line holds: a short label ending in a colon, or a pager word
_LABEL_RE = re.compile(r"[ \t\u3000]*(?:(?:[\u4e00-\u9fff]{1,6}|[A-Za-z]{2,12})[ \u3000]*[:：]|"
                       r"(?:上一|下一|前一|后一)(?:篇|条|页|则|章)|[上下前后]篇|返回列表)[ \t\u3000]*$")

#: a login form's field label (密码：, 用户名：, 验证码：): its value is typed in, never shown
_LOGIN_LABEL_RE = re.compile(r"密码|用户名|帐号|账号|验证码|登录名|手机号")
#: a label counting the page's readers (点击数：, 阅读量：, 浏览次数：): its value is a number
_COUNT_LABEL_RE = re.compile(r"点击|阅读|浏览|访问|人气|查看|热度|评论|点赞")
_COUNT_VALUE_RE = re.compile(r"[\d,，.．万次人wW+\s]{1,12}")

#: an organisation's or a site's name: what a masthead shows
_ORG_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff（）()·]{4,30}(?:有限责任公司|有限公司|股份公司|集团公司|集团|公司|工作室|"
                     r"研究院|设计院|频道|报社|日报|晚报|电视台|融媒体中心|新闻中心|新闻网|门户网|[^\s]网)[ \t\u3000]*$")
#: a public body's name (某某市疾病预防控制中心, 某某省某某第一中学, 某某人民医院, 某某研究所)
_INSTITUTION_RE = re.compile(r"(?:欢迎来到)?[\u4e00-\u9fff（）()]{3,20}(?:医院|卫生院|学校|中学|小学|大学|学院|幼儿园|研究所|研究院|"
                             r"委员会|中心|局|银行|法院|检察院|实验室|协会|人民政府|管委会|管理处)")
#: a title's first line going on in the next (某某医院 / 党支部先进事迹材料)
_TITLE_GOES_ON_RE = re.compile(r"(?:党|支部|关于|先进|事迹|优秀|模范|[\u4e00-\u9fff]{0,6}(?:党支部|党总支|党委))")
#: a report's own words: a line holding one is no masthead (a title, a unit's sign-off)
_REPORT_WORDS_RE = re.compile(r"事迹|材料|总结|报告|汇报|申报|纪实|先进|优秀|党支部|党总支|党委|党组|支部|委员会|述职|发言|表彰|"
                              r"关于|通知|决定|意见|方案|活动|开展|举行|召开|荣获|获评|获得|喜获")

#: the site's own head under its slogan: a breadcrumb, a menu's home, the site's hotline (a title stands over its
#: publishing line instead)
_HEAD_FURNITURE_RE = re.compile(r"[>＞»›→]|首页|主页|当前位置|您的位置|所在位置|电话|热线")
#: a banner's names joined by a middle dot (某城·某县, 某某·新闻)
_BANNER_DOT_RE = re.compile(r"[\u4e00-\u9fff][·・•][\u4e00-\u9fff]")

#: column words that close a site's column label (党建群团, 基层动态, 工会天地)
_COLUMN_LABEL_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:动态|新闻|要闻|信息|快讯|资讯|专栏|园地|视窗|聚焦|之窗|天地|纵横|"
                              r"时讯|简讯|速递|头条|看点|频道|群团|工作|建设|党建|文化|风采|在线)[ \t\u3000]*$")
#: column words a body paragraph may follow straight (a column strong enough to need no furniture after it)
_STRONG_COLUMN = ("动态", "新闻", "要闻", "信息", "快讯", "资讯", "专栏", "园地", "视窗", "之窗", "天地", "时讯", "简讯", "速递",
                  "头条", "频道", "群团")

#: a caption pointing at its picture: the mark opening the line, or closing a short one (战友的情谊，一辈子↑); a corner
#: triangle points at it too (◥某某村党支部书记介绍工票的来历。)
_CAPTION_MARK_RE = re.compile(r"[ \t\u3000]*(?:[▲△↑◥◤][^\n]{2,120}|[^\n▲△↑◥◤]{2,60}[↑▲△][ \t\u3000]*)$")
#: a news page's caption behind a black square: one sentence, ended by its full stop, alone on its line
#: (■7月2日，某某县司法局组织全体党员前往某某基地开展主题党日活动。); a report's ■ opens a heading, no sentence
_SQUARE_CAPTION_RE = re.compile(r"[ \t\u3000]*■[ \u3000]*[^\n。！？!?■]{6,100}。[ \t\u3000]*$")
#: who is where in the picture (前排左三, 右二, 中): a caption's words, never a report's
#: (a name's bare side counts too: 某某（左）与村民…, and the order of a row: （从左至右）)
_PICTURE_PLACE_RE = re.compile(r"[（(](?:前排|后排|中排|第[一二三]排)?(?:[左右][一二三四五六七八九十\d]|中)[)）]|"
                               r"(?<=[\u4e00-\u9fff])[（(][左右][)）]|[（(][从由][左右][至到向][右左][)）]")
#: a short line naming a scene, no sentence of the report (参观学习合影, 项目施工现场。); someone going
#: there is the report's (赶到现场。, 奔赴抗洪现场。)
_SCENE_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff“”\"、·]{2,16}(?:(?<![到赴入往临在回守离进至达抵])(?<!奔赴[\u4e00-\u9fff]{2})现场|合影|留影|合照|掠影|一角|场景|剪影|全景|工作照|集体照|"
                       r"瞬间|现场图)[。.]?[ \t\u3000]*$")


#: a date or meta line (2024-07-08 …, 时间：…, 来源：…): under a headline, the item's publishing line
DATE_LINE_RE = re.compile(r"[ \t\u3000]*(?:\d{4}[-年/.]\d{1,2}|" + f"(?:{PUBLISHING_ACT}?{PUBLISHING_TIME}|{SOURCE_OR_WRITER}){LABEL_COLON})")

#: a group photo's caption (合影留念, 获奖队伍合影, 全体党员合影留念)
_GROUP_PHOTO_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff“”\"、·]{0,16}(?:合影留念|合影|留影|合照)[。.]?[ \t\u3000]*")

#: a page's publishing line under a headline (发布时间：… 来源：… 作者：…)
_PUBLISHING_RE = re.compile(f"{PUBLISHING_ACT}?{PUBLISHING_TIME}{LABEL_COLON}|{SOURCE_OR_WRITER}{LABEL_COLON}")
#: a date alone on a line (2022年11月26日 星期六, 2024-05-14)
_DATE_ONLY_RE = re.compile(r"(?:19|20)\d\d(?:[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日|[-/.]\d{1,2}[-/.]\d{1,2})"
                           r"(?:[ \u3000]*(?:星期|周)[一二三四五六日天])?")
#: a sign-off's date (2023年12月18日, 二〇二三年十二月)
_SIGN_OFF_DATE_RE = re.compile(r"[\d〇零一二三四五六七八九]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?")


#: an item of a numbered list: 1. / 2、 / 3. 3、 / - 4、
_LIST_ITEM_RE = re.compile(r"[ \t\u3000]*(?:[-–·•*][ \t\u3000]*)?\d{1,2}[.、．]")
#: the first step of a breadcrumb
_HOME_WORDS = frozenset({"首页", "网站首页", "主页", "返回首页"})
#: a breadcrumb's marks: 首页 > 新闻 > …, 当前位置：…
_CRUMB_RE = re.compile(r"[>›»＞]|当前位置|您的位置|现在的位置|所在位置|首页")
#: a news portal's header over other articles' teasers
_NEWS_BLOCK_RE = re.compile(r"[【\[]?(?:新闻推荐|推荐新闻|相关新闻|热点新闻|图片新闻|新闻排行|热门新闻|最新新闻)[】\]]?[:：]?")
#: a feed item's posting day (2020-12-01, 2020/12/01): under a related-articles header a 范文 site may also put inside a
#: report (相关推荐, 猜你喜欢; the link tail's headers), the feed's dated items mark the page's end (2020-12-01, 2020/12/01)
_FEED_DAY_RE = re.compile(r"(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}")


#: the caption model's score for a line of its own inside the text to be taken as a caption
SCENE_CAPTION_SCORE = 0.9


def _site_slogan(view: str, first: str, below: Line, titles_under: list[str]) -> bool:
    """Whether the page's first line ``first``, over the removed line ``below``, is the site's slogan or name
    (看家乡事，品故乡情 / 首页 > 新闻 > 正文 / the title): short, no report word, shown once, the site's own head
    (a breadcrumb, a menu, a hotline) right under it and a title further down. A title the page shows again
    ("最美铁路人" / 来源：… / "最美铁路人"), a title over its publishing line and a title whose subtitle stands under
    the crumb (村民手机里的“120” / 当前位置… / ——记某某) are no slogan."""
    return (len(first) <= 20 and not _REPORT_WORDS_RE.search(first) and view.count(first) == 1
            and _HEAD_FURNITURE_RE.search(view, below.start, below.end) is not None
            and any(not x.startswith(("—", "－", "-")) for x in titles_under))


def _scene_caption(t: str) -> bool:
    """Whether the caption model for lines reads ``t`` (one run of words, no space inside) as a picture's caption
    of who does what, where (:func:`deedsnlp.clean.captionmodel.caption_line_model`), not a heading."""
    if re.search(r"\s", t):
        return False  # a roll's name and post (■某部某队党支部书记 某某), spaced parallel headings
    return caption_line_model().score(t) >= SCENE_CAPTION_SCORE


#: a line opened by what came first (扫码登记后，党员们…, 会议结束后，…): the text's narration, no picture's caption
_NARRATED_AFTER_RE = re.compile(r"[^，,。]{1,12}(?:后|之后|以后|过后)[，,]")
#: a line of figures alone (22, 8, 2016): a page that broke its text at each figure
_FIGURE_LINE_RE = re.compile(r"[\d.．%％]{1,6}")
#: what goes on from a figure in a sentence (22 / 日下午, 8 / 人, 3 / 个党支部)
_AFTER_FIGURE_CHARS = "年月日号时点人名个位项家次件万亿元岁户所条座余多%％"


def _caption_place(view: str, content: list[tuple[Line, str, bool]], i: int) -> bool:
    """Whether line ``i`` of the page's lines (line, its text without removals, wholly removed), between the body's
    paragraphs, stands where a picture's caption stands: not going on from a line of figures alone (the text broken at
    its figures: 6 / 月 / 22 / 日下午，某某…共 / 8), and not inside a list (a short line on each side that reads as no
    caption: a roll of studios or units, one per line; a gallery's captions stand one under another). (The page's last
    line, a sentence the excerpt may have cut, is after the last paragraph: never read.)"""
    if content[i][1][0] in _AFTER_FIGURE_CHARS and _FIGURE_LINE_RE.fullmatch(view[content[i - 1][0].start : content[i - 1][0].end].strip()):
        return False  # (a picture's number alone over its caption, 2 / 园长某某工作汇报, is no figure of the text)
    near = [content[j][1] for j in (i - 1, i + 1) if not content[j][2]]
    return not (len(near) == 2 and all(len(t) < 20 and not _scene_caption(t) for t in near))


#: a line opened by a field's label and its colon (日记主人：…, 讲述人：…), a picture's own label aside (图为：, 图片：, 摄影：)
_FIELD_OPENING_RE = re.compile(r"(?!图为|图片|图注|摄影|配图)[\u4e00-\u9fff]{2,6}[ \u3000]*[:：]")
#: a picture's number, a space and its caption, alone on a line (1 支部成员清理校园垃圾): one clause of 4-30 characters
_NUMBERED_CAPTION_RE = re.compile(r"(\d{1,2})[ \u3000]+([\u4e00-\u9fff“][^\n。！？!?；;：:|｜]{3,29})")
#: a picture's caption opened by the day it was taken (2019年4月9日，某站职工在某国道解救受困车辆): a date, a comma, who does what
_DATED_CAPTION_RE = re.compile(r"(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?[，,][\u4e00-\u9fff“”《》、0-9]{6,50}(?:[，,][\u4e00-\u9fff“”、0-9]{2,24})?")
#: what a list of a unit's honours or milestones says, line under line (2018年12月，被评为…, 2019年，荣获…): no caption
_MILESTONE_RE = re.compile(r"评为|荣获|获评|获得|授予|表彰|称号|命名|认定|入选|成立|挂牌|批准|当选|任命|担任")


def _dated_caption(content: list[tuple[Line, str, bool]], i: int) -> bool:
    """Whether line ``i`` (no full stop closing it) is a picture's caption opened by its day, between the body's
    paragraphs: no honour or milestone (a list of them dates each line), and no other line so dated beside it."""
    t = content[i][1]
    if not _DATED_CAPTION_RE.fullmatch(t) or _MILESTONE_RE.search(t):
        return False
    near = [content[j][1] for j in (i - 1, i + 1) if 0 <= j < len(content) and not content[j][2]]
    return not any(re.match(r"(?:19|20)\d\d年", x) and not _SENT_END_RE.search(x) for x in near)


#: who a gallery's caption pictures, opening it: a member, the people, a post (党员某某, 群众某某, 支部书记某某, 志愿者们)
_PICTURED_WHO_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}(?:书记|委员|主任|队长|站长|所长|科长|院长|校长)|党员|预备党员|群众|志愿者|职工|队员|干部|教师|老师|"
                              r"同学|学生|民警|辅警|医护人员|医生|护士|网格员|社工)(?:们|代表)?[\u4e00-\u9fff]{0,4}")


def _char_pairs(t: str) -> set[str]:
    """The pairs of Chinese characters standing side by side in ``t``."""
    return {t[k : k + 2] for k in range(len(t) - 1) if CJK_RE.match(t[k]) and CJK_RE.match(t[k + 1])}


def _shares_words(a: str, b: str) -> bool:
    """Whether two lines share three pairs of Chinese characters or more (参与, 核酸, 工作): captions of one gallery."""
    return len(_char_pairs(a) & _char_pairs(b)) >= 3


def _sub_item(view: str, item: tuple[Line, str, bool]) -> bool:
    """Whether a line of the page (line, its text without removals, wholly removed) is a menu's sub-item: indented,
    two to twelve characters, no sentence's mark (  我为二十大建言)."""
    line, t, gone = item
    indented = view[line.start : line.start + 1] in (" ", "\t", "\u3000")
    # (one other detectors took whole counts: a site menu's)
    return indented and (gone or 2 <= len(t) <= 12 and re.search(r"[。，,；;！？!?：:]", t) is None)


def _continues(prev: str, t: str) -> bool:
    """Whether line ``t`` goes on with the sentence of the line before it (a PDF's wrapped lines):
    the line before breaks off at a comma, or both break off mid-sentence and the one before is long."""
    if not prev or not t:
        return False
    return prev[-1] in "，,、" or len(prev) >= 22 and CJK_RE.match(prev[-1]) is not None and CJK_RE.match(t[-1]) is not None


#: what a report's closing lines hold and a headline list does not: a sign-off's date, an attachment, an honour
_CLOSING_WORDS_RE = re.compile(r"附件|评为|荣获|荣立|授予|称号|表彰|此致|敬礼")


#: characters opening a sentence's continuation (和…, 以…, 并…): a line opened by one goes on with the line above
_JOINING_CHARS = "和以并及与而但且的或等为"


def _runs(flags: list[bool]) -> list[range]:
    """The runs of true flags in a row, as ranges of their indexes."""
    out, i = [], 0
    while i < len(flags):
        if flags[i]:
            j = i
            while j < len(flags) and flags[j]:
                j += 1
            out.append(range(i, j))
            i = j
        else:
            i += 1
    return out


def _parallel(texts: list[str]) -> bool:
    """Whether half the lines or more share two characters (提升新时代… / 强化新时代… / 展示新时代…): a report's
    parallel lines, not a list of other articles' headlines."""
    counts: dict[str, int] = {}
    for t in texts:
        for pair in _char_pairs(t):
            counts[pair] = counts.get(pair, 0) + 1
    return max(counts.values(), default=0) >= max(3, (len(texts) + 1) // 2)


#: a person's name opening a line before a space (王某某 某某省某某集团董事长, 甘 露(女) 某某海关…)
_NAME_OPENING_RE = re.compile(r"([\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,2})(?:[（(][男女][)）])?[ \u3000]+\S")
#: a name and its unit in brackets, the whole line (某某某(某某食用菌专业合作社)): an honoured person's entry in a roll
_NAME_UNIT_RE = re.compile(r"([\u4e00-\u9fff]{2,3})[（(][^（）()\n]{2,20}[)）]")


def _roster(texts: list[str]) -> bool:
    """Whether half the lines or more open with a person's name and a space (a roll of the honoured: name, unit
    and post, the post wrapped to the next line), or are a name with the unit in brackets (某某某(某某派出所)): the
    report's list, not other articles' headlines."""
    from .furniture import surnames  # the shared word lists' (furniture reads this module)

    names = surnames()
    named = sum(1 for t in texts if (m := _NAME_OPENING_RE.match(t) or _NAME_UNIT_RE.fullmatch(t)) and m.group(1)[0] in names)
    return 2 * named >= len(texts)


def _foot_headline(t: str) -> bool:
    """A short line that may be another article's headline: four to 34 characters, four Chinese
    among them, no full stop (a headline may exclaim or ask inside: …大赏!硬核了), not breaking off at a comma or a colon,
    no date of a sign-off and none of a report's closing words."""
    return (4 <= len(t) <= 34 and len(CJK_RE.findall(t)) >= 4 and "。" not in t and t[-1] not in "，,、；;：:"
            and not _HEADING_RE.match(t) and not _SIGN_OFF_DATE_RE.search(t) and not _DATE_ONLY_RE.search(t)
            and not _CLOSING_WORDS_RE.search(t))


def _prose(t: str) -> bool:
    """A line that reads as the report's prose (a body paragraph)."""
    return (len(t) >= 25 and _SENT_END_RE.search(t) is not None) or len(t) >= 60


def _cut_at_page_end(t: str) -> bool:
    """Whether the page's last line reads as a paragraph the excerpt cut: a comma after twelve characters or more
    (7月14日，某部长来到某村), or a title mark or quotation left open (…作题为《某某样板党支部创建)."""
    return (len(t) >= 12 and re.search("[，,]", t) is not None
            or t.count("《") > t.count("》") or t.count("“") > t.count("”") or t.count("（") + t.count("(") > t.count("）") + t.count(")"))


def _column_steps(parts: list[str]) -> list[str]:
    """A breadcrumb's steps that name columns: its last step is the item's own title where it has a headline's
    length or a space (首页 > 合作社资讯 > 驻村一阵子 心系一辈子: the title line under the crumb stays)."""
    steps = [p.strip() for p in parts if p.strip()]
    if len(steps) > 1 and (len(steps[-1]) >= 8 or re.search(r"[ \u3000]", steps[-1])):
        steps.pop()
    return steps


def find_zone_furniture(view: str, lines: list[Line], removed: list[tuple[int, int]],
                        title: int | None = None) -> list[Candidate]:
    """Lines of the header and footer zones that are furniture by their place (see the module
    docstring). ``removed``: the spans other detectors removed; ``title``: the title's line
    number, when known (never taken)."""
    spans = sorted(removed)
    starts = [s for s, _ in spans]
    content: list[tuple[Line, str, bool]] = []  # (line, its text without removals, wholly removed)
    partial: set[int] = set()  # lines other detectors cut pieces out of: what is left is theirs to judge
    for line in lines:
        full = view[line.start : line.end]
        if not full.strip():
            continue
        k = bisect_right(starts, line.end) - 1
        left = full
        if k >= 0 and spans[k][1] > line.start:
            left = _without(view, line.start, line.end, spans)
        content.append((line, left.strip(), not left.strip()))
        if left != full:
            partial.add(len(content) - 1)
    if not content:
        return []
    body = [i for i, (_, t, gone) in enumerate(content) if not gone and _prose(t)]
    first_body = body[0] if body else len(content)
    last_body = body[-1] if body else len(content)
    if title is not None and not any(content[i][0].number == title for i in range(first_body)):
        title = None  # a title stands above the body (a line naming a unit further down is none)

    def gone_or_edge(i: int) -> bool:
        return i < 0 or i >= len(content) or content[i][2]

    def eligible(i: int, spare_title: bool = True) -> bool:  # spare_title: never the line guessed as the title
        line, t, gone = content[i]
        return (not gone and i not in partial and not (spare_title and line.number == title) and t and not _HEADING_RE.match(t)
                and not any(ch in t for ch in _MASK_CHARS))

    out: list[Candidate] = []
    taken: set[int] = set()

    def take(i: int, reason: str, unit: str, score: float) -> None:
        line = content[i][0]
        taken.add(i)
        out.append(Candidate("furniture", line.start, line.end, "removed", reason, priority=5,
                             data={"unit": unit, "score": score, "detector": "page structure", "line": line.number}))

    in_zone = [i < first_body or i > last_body for i in range(len(content))]

    def _other_title(j: int) -> bool:
        """Another line of the page's head can be the title (a value is never the only one)."""
        return any(i != j and not content[i][2] and 6 <= len(content[i][1]) <= 80 and not _SENT_END_RE.search(content[i][1][:-1])
                   for i in range(first_body))
    # a label line the detectors took, and its value alone on the next line
    for i, (line, _, gone) in enumerate(content[:-1]):
        if not gone:
            continue
        m = _LABEL_RE.match(view, line.start, line.end)
        if not m or m.end() != line.end:
            continue
        j = i + 1
        if not in_zone[j] or not eligible(j):
            continue
        t = content[j][1]
        if len(t) > 40 or _SENT_END_RE.search(t.rstrip("。")) or t.endswith(("：", ":")):
            continue
        if t.startswith(QUOTE_OPENS):
            continue  # a quotation under a label is the text's (浏览量： / “大家好！…”, 某某： / “…”): no field holds one
        if t.endswith("。") and re.search("[，,]", t):
            continue  # a sentence of clauses (使命呼唤担当，榜样催人奋进。): the report's, whatever widget stands above it
        if re.search("[，,]", t) and len(CJK_RE.findall(t)) >= 15 and not re.search(r"[:：|｜]", t):
            continue  # clauses the page broke off mid-sentence (围绕当前“两学一做”的主题，近日，某某公司): the text's; a field
            # holds a name, a date or a few words
        if j + 1 < len(content) and content[j + 1][2] and _PUBLISHING_RE.search(view, content[j + 1][0].start, content[j + 1][0].end):
            continue  # a headline over its publishing line (某某：…的“红色阵地” / 发布时间：… 来源：…): the title
        if j < first_body and not (view[line.start : line.end].rstrip().endswith(("：", ":")) and _other_title(j)):
            continue  # in the page's head a pager button (上一篇) may stand over the title itself
        label = view[line.start : line.end].strip().rstrip(":：").strip()
        if label.startswith(("附件", "附表", "附录")):
            continue  # a text's own attachment and its title (附件： / 某某名单)
        key = re.sub(r"[\s:：]+", "", t)
        if len(key) >= 6 and re.sub(r"[\s:：]+", "", view[: line.start] + view[content[j][0].next :]).count(key):
            continue  # the title the page shows again (黑土地上的新创造 / 黑土地上的新创造——记某某合作社): not a value
        if _LOGIN_LABEL_RE.search(label) and len(CJK_RE.findall(t)) >= 4:
            continue  # a login form's field (密码： / 用户名：) holds no words: a headline under it is the title
        if _COUNT_LABEL_RE.search(label) and not _COUNT_VALUE_RE.fullmatch(t):
            continue  # a count's value is a number (点击数： / 1024): a slogan after it is the report's heading
        if re.search(r"日期|时间", label) and not re.search(r"\d|[〇○零一二三四五六七八九十]{2,}年|[一二三四五六七八九十]{1,3}月", t):
            continue  # a date's value has figures (发布日期： / 2024-07-08); a headline after an empty date label is the title
        take(j, f"value of the furniture label {label}", "label_value", 0.9)
    head = [i for i in range(first_body) if eligible(i) and i not in taken]
    # the report's title: a short header line that is no masthead
    titles = [i for i in head if 6 <= len(content[i][1]) <= 80 and not _SENT_END_RE.search(content[i][1][:-1])
              and not _ORG_RE.fullmatch(content[i][1])]
    has_title = bool(titles) or any(content[i][0].number == title for i in range(first_body))
    for i in head:
        t = content[i][1]
        if len(t) > 32 or _SENT_END_RE.search(t) or not (gone_or_edge(i - 1) or i - 1 in taken):
            continue
        if (len(t) <= 24 and _BANNER_DOT_RE.search(t) and not _REPORT_WORDS_RE.search(t) and i > 0 and i + 1 < first_body
                and eligible(i + 1) and 6 <= len(content[i + 1][1]) <= 80 and not _SENT_END_RE.search(content[i + 1][1])):
            # names joined by a middle dot right over the title, furniture above them
            take(i, f"site banner above the title: {t[:30]}", "banner", 0.9)
            continue
        after = gone_or_edge(i + 1) or i + 1 >= first_body
        if not after:
            continue
        line = content[i][0]
        if _ORG_RE.fullmatch(view, line.start, line.end) and not _REPORT_WORDS_RE.search(t) and has_title:
            take(i, f"masthead of the site: {t[:30]}", "masthead", 0.9)
        elif i == 0 and not has_title and _COLUMN_LABEL_RE.fullmatch(view, line.start, line.end) \
                and (gone_or_edge(i + 1) or t.endswith(_STRONG_COLUMN)):
            take(i, f"column label over no title: {t}", "column_label", 0.9)
        elif i == 0 and len(content) > 1 and content[1][2] and _site_slogan(view, t, content[1][0], [content[k][1] for k in titles if k > 1]):
            take(i, f"site's slogan over its furniture: {t}", "site_slogan", 0.9)
    # a public body's name alone as the page's first line, over a headline of its news (某某市疾病预防控制中心 / 4月30日，…;
    # 某某人民医院 / 喜讯：我院…): the site's masthead; a name going on in the next line (某某医院 / 党支部先进事迹材料,
    # 某某中学 / 2023年度工作总结) is the title's first line
    first = next((i for i in range(first_body) if not content[i][2] and i not in taken), None)
    # (another line of the head must be the title: a first line with nothing but prose under it is the title itself,
    # however its last word reads: 以高质量测绘质检服务工作大局)
    other_title = first is not None and (any(k != first for k in titles)
                                         or any(content[k][0].number == title for k in range(first_body) if k != first))
    if first is not None and first in head and first + 1 < len(content) and other_title:
        t = content[first][1]
        nxt = next((k for k in range(first + 1, len(content)) if not content[k][2] and k not in taken), None)
        if (_INSTITUTION_RE.fullmatch(t) and not _REPORT_WORDS_RE.search(t) and nxt is not None
                and len(content[nxt][1]) > 20 and not _TITLE_GOES_ON_RE.match(content[nxt][1])):
            take(first, f"masthead of the site: {t[:30]}", "masthead", 0.9)
    # a date alone on its line above the title (an e-paper's issue, a portal's publishing day): a report
    # dates itself under its title or at its end
    for i in head:
        if i in taken or not _DATE_ONLY_RE.fullmatch(content[i][1]):
            continue
        below = range(i + 1, first_body)
        if any(content[k][0].number == title for k in below) or title is None and any(k in titles for k in below):
            take(i, f"the page's date above the title: {content[i][1]}", "head_date", 0.9)
    # a column's name repeated from the breadcrumb (首页 >> 医院概况 >> 党团园地, then 医院概况 alone)
    crumbs = [re.split(r"[ \t\u3000]*(?:>+|›|»|＞+|/)[ \t\u3000]*", view[content[h][0].start : content[h][0].end].strip())
              for h in range(first_body) if _CRUMB_RE.search(view[content[h][0].start : content[h][0].end]) and
              re.search(r">|›|»|＞", view[content[h][0].start : content[h][0].end])]
    segments = {seg for parts in crumbs for seg in _column_steps(parts)}
    for i in head:
        t = content[i][1]
        if i not in taken and 2 <= len(t) <= 12 and t in segments and _other_title(i):
            take(i, f"column name repeated from the breadcrumb: {t}", "crumb_column", 0.9)
    # a forum's or portal's info block in the head: a short word (金钱, 威望, 积分) with furniture lines
    # right above and below it (the numbers and dates it labels), another line there for the title
    for i in head:
        t = content[i][1]
        if (i not in taken and len(t) <= 4 and not _SENT_END_RE.search(t) and 0 < i < first_body - 1
                and (content[i - 1][2] or i - 1 in taken) and (content[i + 1][2] or i + 1 in taken) and _other_title(i)):
            take(i, f"short word between furniture lines in the page's head: {t}", "header_word", 0.9)
    # a masthead the page repeats inside the text, after a furniture line (a title's copy, a
    # credit) and before the next paragraph: the same shape as in the head, never in the foot
    for i in range(first_body + 1, last_body):
        t = content[i][1]
        line = content[i][0]
        if (i not in taken and eligible(i) and len(t) <= 32 and content[i - 1][2] and (content[i + 1][2] or i + 1 in body)
                and has_title and _ORG_RE.fullmatch(view, line.start, line.end) and not _REPORT_WORDS_RE.search(t)
                and view.count(t) == 1):  # a unit the text names again is a heading over its item
            take(i, f"masthead of the site: {t[:30]}", "masthead", 0.9)
    # the page's foot: a short line with furniture right above and right below it (a link, a
    # label, a site's name between credits and menus); a unit's or a date's sign-off stays
    for i in range(last_body + 1, len(content) - 1):
        t = content[i][1]
        if (i in taken or not eligible(i) or len(t) > 20 or _SENT_END_RE.search(t) or _REPORT_WORDS_RE.search(t)
                or _SIGN_OFF_DATE_RE.match(t)):
            continue
        if (content[i - 1][2] or i - 1 in taken) and content[i + 1][2]:
            take(i, f"short line between furniture lines in the page's foot: {t}", "footer_line", 0.9)
    # captions: a line opened by ▲, or a short scene caption, anywhere outside the title
    for i, (line, t, gone) in enumerate(content):
        if gone or i in taken:
            continue
        if _SQUARE_CAPTION_RE.fullmatch(view, line.start, line.end) and eligible(i):
            take(i, f"picture caption behind a square: {t[:30]}", "caption", 0.9)
            continue
        if _CAPTION_MARK_RE.fullmatch(view, line.start, line.end) and not _SENT_END_RE.search(t[:-1]) \
                and (eligible(i) or i in partial and line.number != title and not any(ch in t for ch in _MASK_CHARS)):
            # the picture's pointer: its words may run on, its credit may be cut from it already
            take(i, f"picture caption: {t[:30]}", "caption", 0.9)
            continue
        if len(t) > 102 or "，" in t or "," in t or not eligible(i):
            continue
        if _CAPTION_MARK_RE.fullmatch(view, line.start, line.end) or (len(t) <= 50 and _PICTURE_PLACE_RE.search(t)) or (
                _SCENE_RE.fullmatch(t) and (in_zone[i] or t.endswith(("。", ".")))  # 感人瞬间 may head a part
                and not (i < first_body and i + 1 < len(content)  # a headline over its publishing line (某某上的共产党员剪影 /
                         and DATE_LINE_RE.match(view, content[i + 1][0].start, content[i + 1][0].end))  # 2018年… 来源：…)
                or _GROUP_PHOTO_RE.fullmatch(t)):  # (a group photo's line is a caption wherever it stands: 8 of 8 on real pages)
            take(i, f"picture caption: {t[:30]}", "caption", 0.9)
    # a site's menu run down the page's head or foot, two to four channel names to a line (新闻网首页 某大首页 / 教育教学 科研动态
    # / 外事活动 招生就业 / …): four lines or more in a row of short words apart by spaces, no sign among them, the detectors
    # took one of them at least — the page's navigation, every line of it (a report's slogans stand inside its text)
    for run in _runs([bool(_MENU_ROW_RE.fullmatch(view[line.start : line.end].strip())) for line, _, _ in content]):
        if len(run) >= 4 and all(in_zone[k] for k in run) and any(content[k][2] or k in taken for k in run):
            for k in run:
                if k not in taken and eligible(k):
                    take(k, f"a line of the site's menu: {content[k][1][:30]}", "menu_run", 0.9)
    # between the page's head naming the title (a breadcrumb …> 标题, a title bar) and the title line
    # itself: a sidebar (other articles' headlines and teasers, menus) — the report starts at its title
    top = min(len(content), 40)
    flat = [re.sub(r"\s+", "", view[content[h][0].start : content[h][0].end]) for h in range(top)]  # lines as written
    for k in range(top):
        _, t, gone = content[k]
        if gone or k in taken or not (6 <= len(t) <= 60) or _SENT_END_RE.search(t[:-1]) or _HEADING_RE.match(t):
            continue
        key = re.sub(r"\s+", "", t)
        if len(key) < 8:
            continue
        # a breadcrumb, or a line the detectors took, ending in the title
        crumb = next((h for h in range(k) if len(flat[h]) > len(key) and flat[h].endswith(key)
                      and (content[h][2] or _CRUMB_RE.search(flat[h]) is not None)), None)
        if crumb is None or not any(_prose(content[j][1]) for j in range(k + 1, min(len(content), k + 5))):
            continue
        if _CRUMB_RE.search(flat[crumb]) is None and any(
                not content[j][2] and _prose(content[j][1]) and not content[j][1].endswith(("...", "…")) for j in range(crumb + 1, k)):
            continue  # a copy of the title over the report's own paragraphs (a profile card: 名片 / the unit / its prose),
            # and a heading repeating the title's words below them: no sidebar (one holds teasers cut short, not prose)
        if not content[crumb][2] and crumb not in taken:  # (the title is line k, whatever title_line guessed)
            take(crumb, f"breadcrumb ending in the title: {content[crumb][1][:30]}", "breadcrumb", 0.9)
        # (line k may be the title's subtitle, ——记某某, or an e-paper's subtitle its headline list names the article by
        # (~~~某某的故事): the headline right above it is the title)
        subtitle = t.startswith(("—", "－", "--", "─")) or flat[crumb].startswith(("~~~", "～～～"))
        for j in range(crumb + 1, k):
            if subtitle and j == k - 1:
                continue
            if j not in taken and not content[j][2] and content[j][0].number != title:
                take(j, f"between the head's copy of the title and the title: {content[j][1][:30]}", "sidebar", 0.9)
        break
    # an e-paper's index of its page's other headlines right over the title, the title shown again below (第04版 /
    # 某某祝贺某某获奖 / 某国纪念某事十周年 / … / 标题 / 返回主页 | 版面导航 / 标题): four short lines or more in a row, with
    # furniture or the page's edge above them, are other articles' headlines — the report starts at its title
    def index_entry(i: int) -> bool:  # a short line of such an index: no sentence, no prose
        # (the line guessed as the title may be one of the index's headlines: the title is the entry shown again below)
        return (eligible(i, spare_title=False) and i not in taken and len(content[i][1]) <= 30
                and not _SENT_END_RE.search(content[i][1]) and not _prose(content[i][1]))

    for k in range(1, top):
        _, t, gone = content[k]
        if gone or k in taken or not (6 <= len(t) <= 60) or _SENT_END_RE.search(t[:-1]) or _HEADING_RE.match(t):
            continue
        key = re.sub(r"\s+", "", t)
        if len(key) < 6 or key not in flat[k + 1 :]:
            continue
        run = []
        j = k - 1
        while j >= 0 and index_entry(j):
            run.append(j)
            j -= 1
        # (the index goes on under the title's entry: 推进… / 今年… / 标题 / 全市… / 泰山区… / 版面导航, furniture below)
        below = []
        b = k + 1
        while b < len(content) and index_entry(b) and re.sub(r"\s+", "", content[b][1]) not in flat[b + 1 :]:
            below.append(b)
            b += 1
        if below and not (gone_or_edge(b) or b in taken):
            below = []  # the run under the entry must end at furniture or the page's edge, as an index does
        if len(run) + len(below) >= 4 and gone_or_edge(j):
            for r in run + below:
                take(r, f"an e-paper's other headline over the title: {content[r][1][:30]}", "headline_index", 0.9)
            if below and k not in taken:  # the title's own entry in the index goes too: its copy over the text is the title
                take(k, f"the title's entry in an e-paper's index of headlines: {t[:30]}", "headline_index", 0.9)
        break
    # a numbered list of a site's notices (1. 本文档由用户上传… 2. …版权归属… 4. 网站客服…): where two
    # of its items went whole, or one did and the detectors cut a notice out of every other one, an item
    # the detectors cut a notice out of goes whole as well
    run: list[int] = []
    subs: list[int] = []  # a menu's sub-items, indented without a number between its numbered items
    for i in range(len(content) + 1):
        if i < len(content) and _LIST_ITEM_RE.match(view, content[i][0].start, content[i][0].end):
            run.append(i)
            continue
        if (run and i + 1 < len(content) and _LIST_ITEM_RE.sub("", content[run[0]][1], count=1).strip() in _HOME_WORDS
                and _sub_item(view, content[i]) and (_LIST_ITEM_RE.match(view, content[i + 1][0].start, content[i + 1][0].end)
                                                     or _sub_item(view, content[i + 1]))):
            subs.append(i)
            continue
        # a breadcrumb or a menu the page printed as a numbered list (1. 首页 / 2. 某某栏目 / 3. 正文, sub-items indented
        # under an item; a campaign's name may be an item: 认真学习宣传贯彻党的二十大精神): short items from the home page on
        # (read without what other detectors cut from it, a gloss; an item they took whole as written)
        items = [_LIST_ITEM_RE.sub("", content[j][1] or view[content[j][0].start : content[j][0].end], count=1).strip() for j in run]
        if len(run) >= 3 and items[0] in _HOME_WORDS and all(0 < len(t) <= 20 and not _SENT_END_RE.search(t) for t in items):
            for j in sorted(run + subs):
                if j not in taken and not content[j][2]:
                    take(j, f"item of a breadcrumb printed as a list: {content[j][1][:30]}", "breadcrumb", 0.9)
            run, subs = [], []
            continue
        subs = []
        whole = sum(content[j][2] or j in taken for j in run)
        if len(run) >= 3 and (whole >= 2 or whole == 1 and all(content[j][2] or j in taken or j in partial for j in run)):
            for j in run:
                if j in partial and j not in taken and not content[j][2]:
                    take(j, f"item of a list of site notices: {content[j][1][:30]}", "notice_list", 0.9)
        run = []
    # after a news portal's block header (新闻推荐, 相关新闻 …) standing alone on its line once the body
    # has begun, the rest of the page is other articles' teasers and the site's blurb (a 范文 site's
    # 猜您喜欢 block may sit inside a report: the link-tail rules judge its lines one by one)
    for i in range(first_body + 1, len(content)):
        line, t, gone = content[i]
        t = view[line.start : line.end].strip()  # the header itself may be gone (a link-tail block)
        if len(t) <= 12 and (_NEWS_BLOCK_RE.fullmatch(t) or junk_patterns().header.match(t) and any(
                _FEED_DAY_RE.search(view, content[j][0].start, content[j][0].end) for j in range(i + 1, min(len(content), i + 5)))):
            for j in range(i + 1, len(content)):  # what other detectors left of a line goes too
                if j not in taken and not content[j][2] and content[j][0].number != title:
                    take(j, f"after the block header {t}: another article's teaser or the site's blurb", "after_block", 0.9)
            break
    # a caption telling who does what, alone on its line inside the text (no full stop closes it)
    action_captions: list[int] = []
    for i, (line, t, gone) in enumerate(content):
        if (i in taken or not eligible(i) or not (8 <= len(t) <= 60) or t[-1] in "。！？!?；;：:…"
                or i <= first_body or _continues(content[i - 1][1], t)
                or i == len(content) - 1 and _cut_at_page_end(t)  # a paragraph the excerpt cut at the page's end
                or len(re.findall("[，,；;]", t)) >= 2 or _SENT_END_RE.search(t)  # three clauses or a sentence's end inside: the text the page broke off
                or _FIELD_OPENING_RE.match(t)):  # a field and its value (日记主人：某某(某某室主任)): the text's label
            continue
        if not is_action_caption(t) and not (i < last_body and not _NARRATED_AFTER_RE.match(t) and _scene_caption(t)
                                             and _caption_place(view, content, i)) \
                and not (i < last_body and _dated_caption(content, i)):
            continue  # (the caption model reads lines between the body's paragraphs: after the last, a plan's items or a sign-off)
        take(i, f"caption telling who does what: {t[:30]}", "action_caption", 0.9)
        action_captions.append(i)
    # a picture's caption over the text: under the title and the page's furniture (a dated source line, a byline), right
    # above the first paragraph or a short heading over it, one clause that reads as who does what, where (某某派出所民警向
    # 群众发放宣传单 / “叮铃铃”——某某派出所的接警电话响起。…); a line right under the title, or under its subtitle, is the
    # headline's own deck and stays, and so is any line when the title is not known above it
    title_at = next((k for k in range(first_body) if content[k][0].number == title), None)
    if title_at is not None:
        for i in range(title_at + 2, first_body):
            t = content[i][1]
            if (i in taken or not eligible(i) or not (content[i - 1][2] or i - 1 in taken) or not (8 <= len(t) <= 45)
                    or re.search(r"[。！？!?；;：:，,]", t) or t[0] in "—-－–【[“\"《(（" or _FIELD_OPENING_RE.match(t)):
                continue
            below = [k for k in range(i + 1, first_body) if not content[k][2] and k not in taken]
            if len(below) > 2 or any(len(content[k][1]) > 30 for k in below):
                continue  # (a short heading or the text's short opening lines may stand between the picture and the first
                # paragraph: 嘱托, “叮铃铃”——某某派出所的接警电话响起。)
            if is_action_caption(t) or _scene_caption(t):
                take(i, f"a picture's caption over the text: {t[:30]}", "action_caption", 0.9)
    # a gallery's captions line under line: under a caption the pass above took, a short line without a sentence's end,
    # opened by who is pictured (党员某某, 群众某某, 支部书记某某, 志愿者…) and sharing the caption's words (参与…核酸…工作),
    # is the next picture's caption (each caption then stands for the next line's)
    for i in action_captions:
        j = i + 1
        while j < len(content) and eligible(j) and j not in taken and 8 <= len(content[j][1]) <= 40 \
                and content[j][1][-1] not in "。！？!?；;：:…" and not _SENT_END_RE.search(content[j][1]) \
                and _PICTURED_WHO_RE.match(content[j][1]) and _shares_words(content[j - 1][1], content[j][1]):
            take(j, f"the next caption of a gallery: {content[j][1][:30]}", "action_caption", 0.9)
            j += 1
    # a gallery set inside the text, its pictures gone: three short lines or more in a row between the paragraphs (or
    # furniture), no sign in them, none a heading, most of them read as captions by the caption line model (动力中心负责人汇报
    # 生产工作 / 项目党支部书记讲微党课 / 项目党支部书记分享经验 / … / 重温入党誓词); a report's points in a row read as none
    def caption_row(i: int) -> bool:
        t = content[i][1]
        return (eligible(i) and i not in taken and i not in body and 6 <= len(t) <= 30 and not _CAPTION_ROW_SIGN_RE.search(t)
                and not _ITEM_MARK_RE.match(t))  # (eligible() refuses headings)

    for run in _runs([False] * (first_body + 1) + [caption_row(k) for k in range(first_body + 1, last_body)]):
        i, j = run.start, run.stop
        if (len(run) >= 3 and (content[i - 1][2] or i - 1 in body) and (content[j][2] or j in body)
                and 2 * sum(1 for k in run if _UNIT_END_RE.search(content[k][1])) < len(run)):  # (a roll of units stays:
            # 某某小学党支部书记工作室 / 某某镇卫生院党员服务站)
            model = caption_line_model()
            said = sum(1 for k in run if model.score(content[k][1]) >= 0.7)
            if 2 * said > len(run):
                for k in run:
                    take(k, f"a caption of a gallery inside the text: {content[k][1][:30]}", "caption_run", 0.9)
    # a gallery's pictures numbered before their captions, the number set apart by a space (1 支部成员清理校园垃圾 /
    # 2 支部成员合影留念): two such lines or more, numbered upwards, half of them or more read as captions by the caption line
    # model; a report numbers its points with a mark (1、, 1.), and a PDF's numbered headings name topics (1 研究背景及意义)
    # (a caption another rule took counts too: 2 支部成员合影留念)
    shown = {i: m for i in range(len(content))
             if (m := _NUMBERED_CAPTION_RE.fullmatch(view[content[i][0].start : content[i][0].end].strip()))}
    numbers = [int(m.group(1)) for m in shown.values()]
    if len(shown) >= 2 and numbers == sorted(set(numbers)):
        model = caption_line_model()
        said = sum(1 for m in shown.values() if model.score(m.group(2)) >= 0.5)
        if 2 * said >= len(shown):
            for i in shown:
                if not content[i][2] and i not in taken:
                    take(i, f"a numbered picture's caption: {content[i][1][:30]}", "caption_run", 0.9)
    # other articles' headlines closing the page: after the last body paragraph (two paragraphs or more
    # above it), five short lines or more in a row, each a line of its own — no full stop, none breaking
    # off at a comma, most not going on with the line above, no sign-off's date, attachment or honour, no
    # heading — are a sidebar's or a feed's list, not the report's end (a sign-off is a line or two)
    inner = [i for i in range(first_body, min(last_body + 1, len(content)))
             if not content[i][2] and i not in body and not _HEADING_RE.match(content[i][1])]
    if len(body) >= 2 and len(inner) <= max(2, len(body) // 3):  # a page of short lines throughout breaks its text so
        run: list[int] = []
        for i in range(last_body + 1, len(content) + 1):
            if i < len(content) and (content[i][2] or i in taken or i in partial):
                continue  # a line other rules took, or cut a piece out of, neither counts nor breaks the list
            # (the page's last line, a paragraph the excerpt cut after its comma, is the text going on under the run's
            # headings: …如何相互促进 / 当村里家家户户的农房屋顶上装上光伏板，某某乡)
            # (a sidebar cuts its long headlines near twenty characters: 习近平考察某某医院,看望慰问患者和)
            cut_paragraph = i == len(content) - 1 and len(content[i][1]) >= 24 and _cut_at_page_end(content[i][1])
            if i < len(content) and eligible(i) and _foot_headline(content[i][1]) and not cut_paragraph:
                run.append(i)
                continue
            # a sentence the page broke into short lines: a line opened by a joining word, the line after the
            # run breaking off at a comma or cut by the excerpt, or half the lines going on from the one before (a PDF's wrapping)
            wrapped = sum(_continues(content[a][1], content[b][1]) for a, b in zip(run, run[1:]))
            broken = any(content[j][1][0] in _JOINING_CHARS for j in run) or cut_paragraph or (
                i < len(content) and content[i][1][-1] in "，,、") or 2 * wrapped >= max(1, len(run) - 1)
            # (a closing sentence set as short lines of a stanza, none of them a headline's length: 我省各级红十字会 /
            # 注重典型人物选树宣传 / 推选红十字感动人物 / …)
            stanza = max((len(content[j][1]) for j in run), default=0) < 12
            if len(run) >= 5 and not broken and not stanza and not _parallel([content[j][1] for j in run]) \
                    and not _roster([content[j][1] for j in run]):
                for j in run:
                    take(j, f"one of the headlines listed after the text: {content[j][1][:30]}", "foot_headlines", 0.9)
            run = []
    # the page's last line, cut where the page was: one character left of a line (a pager's
    # number, a source's first word), or a bracket opened and never closed (a credit: （党委宣传)
    k = len(content) - 1
    t = content[k][1]
    if k > last_body and k not in taken and eligible(k) and (
            len(t) == 1 or len(t) <= 16 and t[0] in "（(【[" and not any(ch in t for ch in "）)】]") and not _SENT_END_RE.search(t)):
        take(k, f"fragment cut at the page's end: {t}", "cut_fragment", 0.9)
    return out


