"""Credit lines of news pages, read by one small grammar instead of one pattern per wording.

A paper's or a site's credit line is built from a few parts in a few orders, and real pages
combine them freely::

    [bullet] [outlet | place + 讯/电] (role [:] name [、 name]…)+ [what they did]
    (the credits may stand in brackets after a dateline: 某某讯 (记者 某某 通讯员 某某); two outlets may
    be joined by a dash: 某某周刊-某某网讯)

* an outlet: a paper, a station, a media centre, a site (某某融媒体, 某某日报, 某某电视台, 某某网);
* a dateline word: a place, maybe a date, then 讯 or 电 (某某讯, 某某6月3日电);
* a role: 记者, 通讯员 and their kinds (本报记者, 特约记者, 融媒体记者, 见习记者), 实习生, 撰稿, 摄影,
  编辑, 责任编辑, 作者, 供稿, 文/图 — and the names after it (two to four characters each);
* what they did, closing the run: 报道, 摄影报道, 采写, 摄, 文/图, 供图, 整理.

A line that is nothing but such a run is a credit line and goes whole (某某融媒体记者 某某 实习生 某某).
A run opening a line and glued before the text goes, the text stays, where the run cannot be the
start of a sentence: it has its dateline word, its closing verb or two credits (某某讯 特约记者某某
通讯员某某 某某报道 7月2日，…); 记者 某某 在村里看到… is a reporter's own sentence and stays.
A bracketed credit written name first ((某某文/某某 图)), names and what they did ((某某 某某摄影)) and
credits in brackets closing a sentence (…。(记者:某 某 通讯员:某某)) are read the same way, and so is an
outlet's dateline alone before the text (某某日报社/某某新闻1月7日讯 …).

The page's meta fields are read the same way (:func:`find_glued_fields`): a row of them (来源, 作者,
时间, 点击 …) glued to the text after a date or a count goes and the text stays; a line of them alone
with a date among them goes whole.

The pieces the older patterns of ``junk_furniture.yaml`` catch are caught here too where their
shapes meet; the cleaner keeps one candidate of overlapping ones.
"""

from __future__ import annotations

import re

from .spans import Candidate, Line

_C = "\u4e00-\u9fff"
#: a paper, a station, a media centre or a site, as a credit line names it before its reporters (a province's media
#: cloud too: 某某云/某某日报记者 某某; a video outlet, its name maybe opening with a figure: 某某晨报、39度视频记者某某; a paper's
#: group: □某某报业全媒体记者某某本报通讯员某某)
_OUTLET = (rf"(?:\d{{1,4}}(?=[{_C}]))?[{_C}]{{1,12}}?(?:融媒体中心|融媒体|融媒|全媒体|新闻中心|新闻网|日报社|日报|晚报|都市报|报社|杂志社|杂志|周刊|电视台|广播电视台|"
           rf"广播电视总台|报业集团|报业|传媒集团|传媒|客户端|在线|新闻|视频|信息港|网|报|台|(?<=[{_C}]{{2}})云)")
#: one outlet or several joined by a comma or a dash, a paper's name in its title marks (《某某报》、某某网 记者 某某 报道：,
#: 某某新闻网-某某融媒体中心(记者 某某)), the first with its other name in brackets (某某新闻网(某某报)(通讯员 某某));
#: a middle dot a bad encoding turned into ? (某某日报?新某某客户端记者 某某)
_OUTLETS = rf"《?{_OUTLET}》?(?:[（(]《?{_OUTLET}》?[)）])?(?:(?:[ \u3000]*[、,，\-－—·/／][ \u3000]*|(?<=[报网台端])[?？]|[ \u3000]{{1,2}})《?{_OUTLET}》?){{0,3}}"
#: a dateline's word: a place (and a date, or the day alone) then 讯 or 电 (本报讯, 某某讯, 某某6月3日电, 某某2月7日专电, 某某客户端22日讯),
#: or the outlet's 消息 (本台消息, 某某网消息, 某某信息港消息)
_DATELINE = (rf"(?:[{_C}]{{2,10}}[-－—·/／](?=[{_C}])|{_OUTLET}、(?=[{_C}]))?(?:(?:本报|本台|本网|本刊|[{_C}]{{2,10}}?)(?:(?:\d{{1,2}}月)?\d{{1,2}}日(?:[{_C}]{{2,6}}?)?)?(?:讯|专?电)"
             rf"|(?:本报|本台|本网|本刊|本站|[{_C}]{{1,10}}?(?:网|报|台|社|客户端|信息港)|《[{_C}]{{1,10}}》)消息"
             # a place and its day before 消息 and the reporters' brackets (某地5月8日消息(记者 某某))
             rf"|[{_C}]{{2,10}}?\d{{1,2}}月\d{{1,2}}日消息(?=[ \u3000]*[（(])"
             # an outlet's day before the reporters' brackets, without 讯 (某某客户端22日(通讯员 某某))
             rf"|(?:[{_C}]{{2,10}}[-－—·/／](?=[{_C}]))?[{_C}]{{1,10}}?(?:网|报|台|社|客户端|新闻)(?:\d{{1,2}}月)?\d{{1,2}}日(?=[ \u3000]*[（(]))")
#: a role in a credit (the words a name follows; 文|通讯员 某某 图|通讯员 某某: what each did before the role)
_ROLE = (rf"(?:(?:[文图][|｜丨][ \u3000]*)?(?:本报|本台|本网|本刊)?(?:[赴驻][{_C}]{{1,4}}?)?(?:全媒体?|融媒体?|见习|实习|特约|特派|首席|摄影|学生|驻[{_C}]{{1,4}})?(?:记者|通讯员|采访人员)"
         r"|实习生|特约撰稿人?|撰稿人?|摄影|摄像|责任编辑|责编|编辑|作者|供稿|文字|图片|视频|文/图|图/文|文[、·]?[图摄]|图[、·]文|文|图)")
#: words that are roles or verbs, never the first characters of a name
_NOT_NAME = (r"(?!记者|通讯员|实习|见习|特约|撰稿|摄影|摄像|编辑|责编|作者|供稿|报道|采写|整理|本报|简介|单位|部门|信息|作品|比赛|大赛|手记|寄语|"
             r"队伍|团队|工作|培训|协会|之家|风采|展|节|站|部|组|室)")
_NAME = (rf"(?:{_NOT_NAME}[{_C}]{{1,6}}[·・][{_C}]{{2,10}}|{_NOT_NAME}[{_C}·]{{2,4}}?"  # 某某丽·某某热西提: a name with its middle dot
         rf"|[{_C}][ \u3000][{_C}](?:(?![{_C}])|(?=报道|摄|采写|整理)))")  # 陈 睿: a two-character name spaced (陈 睿报道:)
#: what the credited people did, closing the run (摄, not a word it opens: 摄制, 摄像)
_DID = rf"(?:摄影报道|图文报道|报道|采写|摄(?![制像录])|文/图|图/文|文图|供图|整理|发自[{_C}]{{1,5}}?(?:省|市|区|县|州|旗|镇|乡|村))"
_SEP = r"[ \u3000]*[、,，;；/][ \u3000]*|[ \u3000]+"
#: a reporter's role glued right after the name before it (记者某某通讯员某某报道: no space between the credits)
_GLUED_ROLE = r"(?:本报|本台|本网)?(?:记者|通讯员)"
#: a day of the month (6月3日): a dateline's, or the text's first words right after a credit
_DAY = r"\d{1,2}月\d{1,2}日"
_END = rf"(?=[ \u3000、,，;；/)）】]|$|{_DID}|{_GLUED_ROLE}|{_DAY})"  # (记者 某某10月24日上午，…: the text's day)
#: (a space a bad encoding turned into ? may part a reporter's role from the name: 记者?某某)
_ITEM = rf"{_ROLE}(?:(?<=[者员])[?？]{{1,2}}(?=[{_C}]))?[ \u3000]*[:：/／]?[ \u3000]*{_NAME}{_END}(?:(?:{_SEP}){_NAME}{_END})*"
_ITEMS = rf"(?:{_ITEM})(?:(?:{_SEP}|(?={_GLUED_ROLE}))(?:{_ITEM}))*"
#: (after the outlets, the outlet's own writer may stand unroled before the roled ones: 某某网 某某、记者某某报道)
#: (what the outlet's people made may stand before the outlet: 文、图/某某晚报全媒体记者 某某 实习生 某某)
_RUN = rf"(?:(?:(?:文[、·]?图|图[、·]?文|文|图)[ \u3000]*[/／][ \u3000]*)?(?:{_OUTLETS}(?:[ \u3000]+{_NAME}[ \u3000]*[、,，][ \u3000]*(?={_GLUED_ROLE}))?|{_DATELINE})[ \u3000]*[:：]?[ \u3000]*)?(?:{_ITEMS}|[（(][ \u3000]*(?:{_OUTLETS}(?={_ROLE}))?{_ITEMS}(?:[ \u3000]*{_DID})?[ \u3000]*[)）])(?:[ \u3000]*[/／]?(?!报道[{_C}]{{2}}){_DID})?"
_OUTLETS_RE = re.compile(_OUTLETS)
_BULLET = "[□■◆●◎★•▪►▶]"
_RUN_RE = re.compile(rf"[ \t\u3000]*{_BULLET}?[ \u3000]*(?P<run>{_RUN})")
#: the roles that make a run a credit by themselves (文 or 图 alone may be a word of the text)
_STRONG_RE = re.compile(r"记者|通讯员|采访人员|实习生|撰稿|摄影|摄像|编辑|责编|作者|供稿|文/图|图/文|文[、·]?[图摄]|图[、·]文")
_DATELINE_RE = re.compile(rf"[ \t\u3000]*{_BULLET}?[ \u3000]*{_DATELINE}")
_DID_END_RE = re.compile(rf"{_DID}$")
#: the day, a place and the dateline's word after a reporter's name (本报记者某某4月18日某地报道)
_DAY_DATELINE_RE = re.compile(rf"{_DAY}[{_C}]{{0,6}}?(?:报道|报导|专?电|讯)")
#: a day before a bracket: an outlet's dateline before its writers' names may be written without 讯 or 电
_DAY_BRACKET_RE = re.compile(rf"{_DAY}[ \u3000]*[（(]")
#: the text opening with its day right after a credit's last name (记者 某某10月24日上午，…)
_DAY_AHEAD_RE = re.compile(_DAY)
_ITEM_RE = re.compile(_ROLE + r"[ \u3000]*[:：]?[ \u3000]*" + _NAME + _END)
#: the word of an outlet closing its name before a dateline's 讯 (某某网讯, 某某日报讯, 某某融媒讯)
_OUTLET_WORD = "(?:网|报|台|社|刊|在线|新闻|融媒体?)"
#: the first of two outlets' names joined by a dash or a slash (某某周刊-某某网讯, 某某日报社/某某讯)
_JOINED = rf"[{_C}]{{2,10}}[-－—·/／]"
#: words ending in 讯 that are words of their own (喜讯, 通讯, 音讯, 审讯, 问讯, 死讯, 传讯): never a dateline
_OWN_XUN = "喜通音审问死传"
#: words ending in 讯 that name a column (简讯, 资讯, 快讯, 短讯): a column's label before the text, no dateline
#: (alone on its line, a column's label is junk as a dateline is: :data:`_DATELINE_LINE_RE`)
_COLUMN_XUN = "简资快短"
#: what may follow a dateline set off from the text: the text's first words, a quote, a digit of its day
_TEXT_AHEAD = rf"(?=[{_C}“\"]|\d{{1,2}}(?:日|月))"
#: an outlet's dateline opening a line before the text, one shape per alternative (each names an outlet, a day or a
#: dateline's layout, so a sentence of the text opened by a word ending in 讯 never matches)
_DATELINE_OPENINGS = (
    # an outlet's word (or the slash of two outlets' names: 某某日报社/某某讯) before 讯, apart from the text by a
    # space or a colon (or by a space before a reporter's credit in square brackets: 某某报讯 【记者 某某】), or glued to
    # a quote opening the text (某某日报讯“我19岁就入党…”)
    # (an outlet's station or channel may stand before 讯: 某某网某地站讯)
    rf"(?:[{_C}]{{0,10}}{_OUTLET_WORD}[-－—·/／][{_C}]{{2,8}}?|(?:{_JOINED})?[{_C}]{{0,10}}{_OUTLET_WORD}(?:[{_C}]{{1,4}}?(?:站|频道|分社))?)"
    rf"(?:{_DAY})?讯(?:[ \u3000:：]+(?=[{_C}“\"\d]|【(?:记者|通讯员|特约|本报|本台|本网))|(?=[“\"]))",
    # an outlet whose name holds digits (某某18讯: 6月30日晚…)
    rf"[{_C}]{{1,8}}\d{{1,4}}讯[ \u3000:：]+(?=[{_C}“\"\d])",
    # any name before 讯 glued to the text's words of time (某某黔西南讯近日，…, 某某讯6月3日，…)
    # (or to the purpose its first sentence opens with: 某某讯为充分发挥…, 某某讯为进一步…)
    rf"[{_C}]{{2,10}}(?<![{_OWN_XUN}{_COLUMN_XUN}])讯(?=近日|日前|昨日|今日|近期|连日来|[1-9]\d?月\d{{1,2}}日"
    r"|为(?:充分|进一步|深入|切实|推动|全面|加强|扎实|更好|确保|庆祝|纪念|迎接|深化|落实|贯彻))",
    # a paper's or a site's dateline glued to the text's first words (某某日报讯近日，…, 某某网讯日前，…); an app's
    # dateline whatever follows (某某客户端讯从3名党员…: 客户端讯 is no word of prose)
    rf"[{_C}]{{2,10}}?客户端(?:{_DAY})?讯(?=[{_C}“\"\d])",
    rf"[{_C}]{{2,10}}?(?:日报|晚报|时报|商报|网|电视台)讯(?=近日|日前|昨日|今日|今年|记者|[1-9]\d?月)",
    # a paper's own dateline naming the place (本报某地讯“…, 本台某县讯 近日，…, 今日某地讯 为推动…)
    rf"(?:本报|本台|本网|本刊|今日)[{_C}]{{1,8}}?(?:{_DAY})?(?<![{_OWN_XUN}])讯[ \u3000:：]*{_TEXT_AHEAD}",  # (通讯员 is no 讯)
    # any name before 讯 set off by a space before the text (某某点讯 常州市…, 今日某地讯  26日，…): a dateline's layout
    # (on the gathered pages 85 such openings were junk, 11 unannotated, none the report's)
    rf"[{_C}]{{2,10}}(?<![{_OWN_XUN}{_COLUMN_XUN}])讯[ \u3000]+{_TEXT_AHEAD}",
    # any outlet's name with the day before 讯 (某某风6月30日讯 6月28日晚，…), maybe the place after the day
    # (某某网9月12日某地讯): the day makes it a dateline
    rf"[{_C}]{{2,10}}{_DAY}(?:[{_C}]{{2,6}}?)?(?<![{_OWN_XUN}{_COLUMN_XUN}])讯[ \u3000:：]+(?=[{_C}“\"\d])",
    # an outlet's word, maybe its channel, and the day before 讯, glued to the text (某某网某某新闻4月13日讯某某区不断…)
    rf"[{_C}]{{1,10}}?{_OUTLET_WORD}[{_C}]{{0,6}}?{_DAY}讯(?=[{_C}“\"])",
    # a paper's special dispatch: its name and the place before 专电, apart from the text (某某晨报某地专电 清明将至，…)
    rf"[{_C}]{{0,6}}(?:日报|晚报|晨报|时报|商报|报|社|网)[{_C}]{{2,6}}?专电[ \u3000:：]+{_TEXT_AHEAD}",
    # an agency's dateline with its place and day before 消息 (某某社某地9月23日消息，…); one before 电 is the wire
    # dateline's (junk_furniture.yaml: wire_dateline)
    rf"[{_C}]{{1,8}}(?:社|网|报|台)[{_C}]{{2,6}}{_DAY}消息[ \u3000:：,，]+(?=[{_C}“\"\d])",
    # a publication's name in its title marks before 消息 (《某某》消息 6月22日早晨，…)
    rf"《[{_C}]{{1,10}}》消息[ \u3000:：,，]+(?=[{_C}“\"\d])",
    # an outlet's attribution opening the line (某某军报报道，“…”, 某某在线某省报道：, 某某在线某地频道报道(某某):): the
    # outlet's word (and a place or a channel, and the writer's name in brackets) before 报道 (据… is the text's own)
    rf"(?!据)[{_C}]{{1,8}}(?:报|网|社|台|新闻|在线)(?:[{_C}]{{2,4}}(?:频道|站)|[{_C}]{{2,3}}(?:省|市)?)?报[道导][ \u3000]*"
    rf"(?:[（(][{_C}·、 \u3000]{{2,16}}[)）][ \u3000]*)?[,，:：][ \u3000]*(?=[{_C}“\"\d])",
)
_DATELINE_ONLY_RE = re.compile("|".join(rf"[ \t\u3000]*(?:{_BULLET}[ \u3000]*)?{a}" for a in _DATELINE_OPENINGS))
#: an outlet's dateline alone on its line (本报某地讯, 今日某地讯, 某某网7月5日讯; a column's 最新资讯 too)
_DATELINE_LINE_RE = re.compile(rf"[ \t\u3000]*[{_C}]{{2,12}}?(?:{_DAY})?(?<![{_OWN_XUN}])讯[ \t\u3000:：]*")
#: after a dateline: a wire's 题： before the item's headline, a repost's source, or the writer's unit and name apart by spaces
_AFTER_DATELINE_RE = re.compile(rf"[ \u3000]*题[:：][ \u3000]*"
                                # a repost's source after the dateline (某某网10月4日讯 据某某日报报道 …)
                                rf"|[ \u3000]*据《?[{_C}]{{2,12}}?(?:日报|晚报|晨报|报|网|电视台|台|社)》?(?:报道|消息)[，,:：]?[ \u3000]*"
                                # the writers then 报道 and a colon (某地7月2日电 某某某、特约通讯员某某报道：)
                                rf"|[ \u3000]*(?:(?:特约|本报|实习)?(?:记者|通讯员)?[{_C}·]{{2,4}}[、，,][ \u3000]*){{0,3}}(?:特约|本报|实习)?(?:记者|通讯员)?[{_C}·]{{2,4}}报道[:：][ \u3000]*"
                                rf"|(?P<unit>[{_C}]{{2,14}}(?:党支部|党总支|党委|支部|部|处|科|室|中心|站|所|队))"
                                rf"[ \u3000]+(?P<name>[{_C}]{{2,3}})[ \u3000]+")
#: the outlet naming itself as the one who learnt the news (某某网获悉，): its lead-in, the dateline's words
_HEARD_RE = re.compile(rf"([{_C}]{{2,8}})获悉[，,:：][ \u3000]*")
#: on a flattened page, an outlet's dateline with its day and the reporters' credit in brackets, set off by a
#: space inside the line (… 某某网7月23日讯(某某日报记者 某某 通讯员 某某 文/图)他们，…; a place may stand before the day:
#: 某某网某地6月28日电(记者 某某))
_RUN_IN_DATELINE_RE = re.compile(
    rf"(?<=[ \u3000])[{_C}]{{1,12}}?(?:网|报|台|社|刊|在线|新闻|融媒体?)[{_C}]{{0,4}}?\d{{1,2}}月\d{{1,2}}日(?:讯|电)[ \u3000]*"
    rf"[（(][^（()）\n。，,]{{0,20}}(?:记者|通讯员|采访人员)[^（()）\n。]{{1,50}}[)）]")
#: names then what they did, in brackets closing a line ((某某 某某摄影), (某某 某某 供图))
_NAMES_DID_RE = re.compile(rf"[（(](?:{_NAME}[ \u3000、,，]*){{1,4}}(?:摄影|摄|供图|供稿|报道)[)）][ \t\u3000]*$", re.M)
#: credits in brackets closing a sentence ((记者:某 某 通讯员:某某), (记者某某整理)), a flattened table's bar after them
#: an outlet's credit in square brackets glued before the text (【某某时报赴某地特派记者 某某】15日，…)
_BOX_CREDIT_RE = re.compile(rf"[ \t\u3000]*【[ \u3000]*(?:{_OUTLETS})?[ \u3000]*{_ITEMS}[ \u3000]*】")
_CLOSING_CREDITS_RE = re.compile(rf"(?<=[。！？!?”])[ \u3000]*[（(][ \u3000]*{_ITEMS}(?:[ \u3000]*{_DID})?[ \u3000]*[)）](?=[ \t\u3000]*$|[ \t\u3000]*[|｜][ \t\u3000]*$)", re.M)
#: a bracketed credit written name first, closing a line ((某某文/某某 图), (某某 摄　某某 供稿))
_NAME_FIRST_RE = re.compile(
    rf"[（(](?P<items>(?:{_NAME}[ \u3000]?(?:文/图|图/文|文|图|摄|供图|供稿|撰稿)(?:[ \u3000]*[/、,，;；][ \u3000]*|[ \u3000]+|(?=[)）]))){{2,4}})[)）][ \t\u3000]*$",
    re.M)


#: reporters' names run together after their role, alone on the line (本报记者某某某某某某某某): read by splitting them
#: into names that each open with a surname (:func:`_glued_names`); a paper's box may open it (□本报记者某某某某…)
_GLUED_NAMES_LINE_RE = re.compile(rf"[ \t\u3000]*{_BULLET}?[ \u3000]*(?:{_OUTLETS}[ \u3000]*)?(?:本报|本台|本网)?(?:记者|通讯员)[ \u3000]*(?P<names>[{_C}]{{4,12}})[ \t\u3000]*")
#: an outlet's dateline with the writers' names in brackets, no role, glued before the text (某某讯(某某)9月4日，…,
#: 某某网某地6月3日(某某 某某)…)
#: (one name may be spaced between its surname and given name: 某某讯 (刘 菲); a semicolon may stand before the bracket:
#: 某某网讯;(某某); an account's 发布 stands for the dateline: 某某农场发布(某某 某某)春回大地…)
_DATELINE_NAMES_RE = re.compile(rf"[ \t\u3000]*(?:[{_C}]{{2,10}}(?<![{_OWN_XUN}{_COLUMN_XUN}])讯|[{_C}]{{2,10}}发布(?=[ \u3000]*[（(])|[{_C}]{{1,10}}?(?:网|报|台|社)[{_C}]{{0,4}}?{_DAY}(?:电|讯)?)[ \u3000]*[;；]?[ \u3000]*[（(]"
                                rf"(?P<names>[{_C}][ \u3000][{_C}]{{1,2}}|[{_C}·]{{2,4}}(?:[ \u3000、,，]+[{_C}·]{{2,4}}){{0,3}}|[{_C}]{{5,12}})[)）]")

#: a reporter's credit in brackets opening a paragraph, the unit's name before the role and the names maybe run
#: together ((某某支部通讯员某某某)为…, (学生通讯员某某某某某某)…): read by the names' surnames (:func:`_bracketed_names`,
#: :func:`_glued_names`)
_OPENING_BRACKET_CREDIT_RE = re.compile(
    rf"[ \t\u3000]*[（(][ \u3000]*(?:(?:本报|本网|本台|本刊|[{_C}]{{2,10}}?)(?<![{_OWN_XUN}])讯[ \u3000]*)?"  # (本网讯 记者 某某)
    rf"[{_C}]{{0,10}}?(?:学生|特约|见习|实习|本报|本网|本台)?(?:记者|通讯员)[ \u3000]*[:：]?[ \u3000]*"
    rf"(?P<names>[{_C}]{{2,12}}(?:[ \u3000、,，]+[{_C}]{{2,4}}){{0,4}})"
    # (the credits after the writer's: 审核员：某某, 编辑：某某)
    rf"(?:[ \u3000,，;；]+(?:审核员?|审稿人?|[初复终]审|编辑|责编|责任编辑|校对|摄影|图片|供图)[ \u3000]*[:：][ \u3000]*[{_C}]{{2,4}}){{0,3}}"
    rf"[ \u3000]*[)）][ \u3000]*")


#: a wire's headline after its dateline's 题：, alone on the rest of the line (某某社某地8月17日电 题：某某村的奥秘): a copy of
#: the page's title where the page shows it again (the dateline itself is junk_furniture.yaml's wire_dateline)
_WIRE_HEADLINE_RE = re.compile(rf"(?m)^[ \t\u3000]*[{_C}]{{2,10}}?(?:[ \u3000]+[{_C}]{{2,6}}?)?\d{{1,2}}月\d{{1,2}}日专?电[ \u3000?？]*题[ \u3000]*[:：]"
                               rf"[ \u3000]*(?P<head>[^\n。！？!?]{{4,60}}?)[ \t\u3000]*$")


#: the writers' names alone in brackets opening a paragraph before its day ((某某 某某)8月1日，…): their credit, read by
#: the names' surnames (:func:`_credited_names`)
_OPENING_BRACKET_NAMES_RE = re.compile(
    rf"[ \t\u3000]*[（(](?P<names>[{_C}]{{2,3}}(?:[ \u3000、,，]+[{_C}]{{2,3}}){{0,3}})[)）][ \u3000]*"
    rf"(?=\d{{1,2}}月\d{{1,2}}日|近日|日前|(?:19|20)\d\d年\d{{1,2}}月)")


#: a writer's name and what they did in brackets glued before the text ((某某撰稿)为增强…, (某某 某某供稿)近日…)
_OPENING_NAMES_DID_RE = re.compile(
    rf"[ \t\u3000]*[（(](?P<names>[{_C}]{{2,3}}(?:[ \u3000、,，]+[{_C}]{{2,3}}){{0,2}})[ \u3000]*(?:撰稿|供稿|采写|报道|整理)[)）][ \u3000]*")
#: a photographer's name and 摄 alone on a line under a picture's caption (某某某摄)
_NAME_SHOT_LINE_RE = re.compile(rf"[ \t\u3000]*(?P<names>[{_C}]{{2,3}})[ \u3000]?摄[ \t\u3000]*")


#: the bracketed names opening a paragraph, and how a finding names each
#: an outlet's tag, then its writer's names in brackets, opening the text (【某某网】（某某）“…”): the outlet's credit
_OUTLET_TAG_NAMES_RE = re.compile(
    rf"[ \t\u3000]*【[{_C}]{{1,8}}(?:网|报|台|在线|融媒)】[ \u3000]*[（(](?P<names>[{_C}]{{2,3}}(?:[ \u3000、,，]+[{_C}]{{2,3}}){{0,3}})[)）][ \u3000]*")
_OPENING_NAMES = ((_OPENING_NAMES_DID_RE, "a writer's credit in brackets opening the text"),
                  (_OPENING_BRACKET_NAMES_RE, "the writers' names in brackets opening the text"),
                  (_OUTLET_TAG_NAMES_RE, "an outlet's tag and its writer's names opening the text"))


#: a web site's name and a colon opening a paragraph of prose (某某法制网：为深入学习…), where the page names the site
#: elsewhere too (来源：某某法制网): the site's lead, as 某某网讯 is; a quotation after the colon is the text's (某某网：“…”)
_SITE_LEAD_RE = re.compile(rf"[ \t\u3000]*(?P<name>[{_C}]{{2,10}}(?:网|客户端))[ \u3000]*[:：][ \u3000]*(?=[{_C}\d])")


#: the writers' names and their 报道 opening the text, an outlet's 讯 left before them at most (某某报道 某地是…,
#: 讯 通讯员某某、记者某某报道：某区…): each name opens with a surname (重读报道, 全球报道 are no names)
_REPORT_ROLE = "(?:通讯员|记者|实习生|见习记者)"
#: two to four names of two or three characters, each maybe after its role, apart by 、 or a space (通讯员某某、记者某某)
_REPORT_NAMES = rf"(?:{_REPORT_ROLE}[ \u3000]*)?[{_C}]{{2,3}}(?:[、 \u3000](?:{_REPORT_ROLE}[ \u3000]*)?[{_C}]{{2,3}}){{0,3}}"
_NAMES_REPORT_RE = re.compile(rf"[ \t\u3000]*(?:讯[ \u3000]*)?(?P<names>{_REPORT_NAMES})[ \u3000]*报道(?:[：:][ \u3000]*|[ \u3000]+)(?=\S)")
#: the reporters' names alone, a portal's byline over its publishing line (某某某、实习生某某某)
REPORTER_NAMES_RE = re.compile(_REPORT_NAMES)
#: the roles between the names of a credit (通讯员某某、记者某某)
ROLE_SPLIT_RE = re.compile(rf"[、 \u3000]*{_REPORT_ROLE}[ \u3000]*|[、 \u3000]+")


def _glued_names(run: str) -> bool:
    """Whether ``run`` splits whole into two to four names of two or three characters, each opening with a surname
    (某某某某某某某某: three names run together), not into words (节活动圆满结束)."""
    from .furniture import surnames  # the shared word lists' (furniture reads this module)

    names = surnames()
    ok = {0: 0}  # position -> how many names end there
    for i in range(len(run)):
        if i not in ok:
            continue
        for n in (2, 3):
            if i + n <= len(run) and (run[i] in names or run[i : i + 2] in names and n == 3):
                ok.setdefault(i + n, ok[i] + 1)
    return 2 <= ok.get(len(run), 0) <= 4


def _bracketed_names(names: str) -> bool:
    """Whether each of the names in a dateline's brackets opens with a surname (某某讯(某某 某某))."""
    from .furniture import surnames

    family = surnames()
    if re.fullmatch(r"\S[ \u3000]\S{1,2}", names):  # one name spaced after its surname
        return names[0] in family
    return all(t[0] in family or t[:2] in family for t in re.split(r"[ \u3000、,，]+", names) if t)


def _credited_names(names: str) -> bool:
    """Whether the names after a reporter's role are names: each of them (apart by spaces or commas) one name of two or
    three characters opening with a surname (one of two no word of the dictionary), or names run together
    (:func:`_glued_names`)."""
    from .furniture import name_is_word

    parts = [t for t in re.split(r"[ \u3000、,，]+", names) if t]
    if len(parts) == 1 and len(parts[0]) > 3:
        return len(parts[0]) >= 5 and _glued_names(parts[0])  # (某某建设: four characters may be two words)
    return all(len(t) == 3 or len(t) == 2 and not name_is_word(t) for t in parts) and _bracketed_names(" ".join(parts))


def opens_with_credit(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` opens with an outlet's dateline (本网讯, 某某日报讯, 某地5月8日电) or a credit run
    holding a reporter's or writer's role (记者 某某, （通讯员 某某）): the news item's lead under its title."""
    if _DATELINE_RE.match(view, start, end):
        return True
    m = _RUN_RE.match(view, start, end)
    return m is not None and _STRONG_RE.search(m.group("run")) is not None



def _credit(start: int, end: int, reason: str, unit: str, score: float = 0.9) -> Candidate:
    """A removal the credit grammar found."""
    return Candidate("furniture", start, end, "removed", reason, priority=5, data={"unit": unit, "score": score, "detector": "credit grammar"})


#: the writer's unit and name in brackets closing a paragraph (…安徽篇章。(人事处党支部某某)): a news item's credit
_UNIT_WRITER_CLOSING_RE = re.compile(rf"(?<=[。！？!?”])[ \u3000]*[（(][ \u3000]*[{_C}]{{2,14}}?(?:党支部|支部|党总支|党委|团委|工会|办公室|处|科|室|中心|学院)"
                                     rf"[ \u3000]*(?P<name>[{_C}]{{2,3}})[ \u3000]*[)）](?=[ \t\u3000]*$)", re.M)
#: a paper's box before its writers' names closing a paragraph (…问题。□某某 某某 |): the names and a table's bar
_BOX_NAMES_CLOSING_RE = re.compile(rf"(?<=[。！？!?”])[ \u3000]*[□■][ \u3000]*(?P<names>[{_C}]{{2,3}}(?:[ \u3000、]+[{_C}]{{2,3}}){{0,4}})"
                                   rf"[ \u3000]*[|｜]?(?=[ \t\u3000]*$)", re.M)
#: a paper's box and its writers' names opening a line, set apart from the text's first words (□某某 某某 六月的某某镇，…)
_BOX_NAMES_OPENING_RE = re.compile(rf"[ \t\u3000]*[□■][ \u3000]*(?P<names>[{_C}]{{2,3}}(?:[ \u3000]+[{_C}]{{2,3}}){{0,4}})[ \u3000]+(?=[{_C}“\d])")
#: who wrote (a person or a unit) and who took the pictures, in brackets opening a line ((文/某某党支部 图/某某)为…)
_WRITTEN_PICTURED_RE = re.compile(rf"[ \t\u3000]*[（(][ \u3000]*(?:文|文字)[ \u3000]*[/／｜|][ \u3000]*[^()（）\n。，,！？!?]{{2,20}}?[ \u3000]*"
                                  rf"(?:图|图片|摄影)[ \u3000]*[/／｜|][ \u3000]*[{_C}]{{2,4}}(?:[ \u3000、,，]+[{_C}]{{2,4}}){{0,3}}[ \u3000]*[)）][ \u3000]*")
#: a reporter's unit and role, nothing else, on a line (某某公司特约记者, 某某报记者, 学生通讯员)
_UNIT_ROLE_LINE_RE = re.compile(rf"[ \t\u3000]*[{_C}]{{0,10}}?(?:特约|见习|实习|首席|学生)?(?:记者|通讯员)[ \t\u3000]*")


def find_bylines(view: str, lines: list[Line]) -> list[Candidate]:
    """Credit lines and credit runs glued before a line's text (see the module's docstring)."""
    out = []
    for rx in (_NAMES_DID_RE, _CLOSING_CREDITS_RE):
        for m in rx.finditer(view):
            s = m.start()
            if rx is _NAMES_DID_RE and s > 0 and view[s - 1] not in "\n 。！？!?”\u3000\t":
                continue
            if rx is _CLOSING_CREDITS_RE and not _STRONG_RE.search(m.group()):
                continue
            out.append(_credit(s, m.end(), f"a credit closing the text: {m.group().strip()[:30]}", "credit_names_first"))
    for m in _UNIT_WRITER_CLOSING_RE.finditer(view):
        if _credited_names(m.group("name")):
            out.append(_credit(m.start(), m.end(), f"the writer's unit and name in brackets closing the text: {m.group().strip()}",
                               "credit_names_first"))
    if "□" in view or "■" in view:
        for m in _BOX_NAMES_CLOSING_RE.finditer(view):
            if _credited_names(m.group("names")):
                out.append(_credit(m.start(), m.end(), f"a paper's box and its writers closing the text: {m.group().strip()}",
                                   "credit_names_first"))
        for ln in lines:
            m = _BOX_NAMES_OPENING_RE.match(view, ln.start, ln.end)
            if m is not None and ln.end - m.end() >= 10 and _credited_names(m.group("names")):
                out.append(_credit(ln.start, m.end(), f"a paper's box and its writers opening the text: {m.group().strip()}",
                                   "credit_run"))
    for ln in lines:
        m = _WRITTEN_PICTURED_RE.match(view, ln.start, ln.end)
        if m is not None and ln.end - m.end() >= 10:
            out.append(_credit(ln.start, m.end(), f"who wrote and who took the pictures, in brackets: {m.group().strip()}", "credit_run"))
    for m in _NAME_FIRST_RE.finditer(view):
        s = m.start()
        if s > 0 and view[s - 1] not in "\n 。！？!?”\u3000\t":
            continue
        out.append(_credit(s, m.end(), f"a credit, names first: {m.group().strip()[:30]}", "credit_names_first"))
    # one walk over the lines: the shapes opening a line, the datelines where the page holds a dateline's word, the
    # names run together where it holds a credit's role (the credit runs follow in a walk of their own)
    dated = ("讯" in view or "消息" in view or "日电" in view or "专电" in view or "报道" in view or "报导" in view
             or _DAY_BRACKET_RE.search(view) is not None or "发布(" in view or "发布（" in view)  # (某某网某地6月3日(某某 某某)…)
    strong = _STRONG_RE.search(view) is not None
    for ln in lines:
        m = _BOX_CREDIT_RE.match(view, ln.start, ln.end)
        if m is not None and ln.end - m.end() >= 10 and _STRONG_RE.search(m.group()):
            out.append(_credit(ln.start, m.end(), f"a bracketed credit before the text: {m.group().strip()}", "credit_run"))
        m = _SITE_LEAD_RE.match(view, ln.start, ln.end)
        if m is not None and view.count(m.group("name")) >= 2 and ln.end - m.end() >= 10:
            out.append(_credit(ln.start, m.end(), f"the site's name before its item's text: {m.group().strip()}", "credit_run"))
        if strong:
            m = _GLUED_NAMES_LINE_RE.fullmatch(view, ln.start, ln.end)
            if m is not None and _glued_names(m.group("names")):
                out.append(_credit(ln.start, ln.next, f"a credit line, the names run together: {m.group().strip()[:30]}", "credit_line"))
        for rx, what in _OPENING_NAMES:  # the writers' names in brackets glued before the text
            m = rx.match(view, ln.start, ln.end)
            if m is not None and ln.end - m.end() >= 10 and _credited_names(m.group("names")):
                out.append(_credit(ln.start, m.end(), f"{what}: {m.group().strip()}", "credit_run"))
        if "摄" in view[ln.start:ln.end]:
            m = _NAME_SHOT_LINE_RE.fullmatch(view, ln.start, ln.end)
            if m is not None and _credited_names(m.group("names")):
                out.append(_credit(ln.start, ln.next, f"a photographer's credit alone on its line: {m.group().strip()}", "credit_line"))
        if not dated:
            continue
        if _DATELINE_LINE_RE.fullmatch(view, ln.start, ln.end):
            out.append(_credit(ln.start, ln.next, f"a dateline alone on its line: {view[ln.start:ln.end].strip()}", "credit_line"))
            continue
        m = _DATELINE_ONLY_RE.match(view, ln.start, ln.end)
        if m is not None and ln.end - m.end() >= 10:
            end = m.end()
            heard = _HEARD_RE.match(view, end, ln.end)
            if heard is not None and heard.group(1) in m.group():
                end = heard.end()  # the outlet's own lead-in after its dateline (某某网3月20日讯 某某网获悉，…)
            more = _AFTER_DATELINE_RE.match(view, end, ln.end)
            if more is not None and (more.group("name") is None or _credited_names(more.group("name"))) and ln.end - more.end() >= 10:
                end = more.end()  # a wire's 题： before the headline, the writer's unit and name (本网讯 某某部第一党支部 某某 近日…)
            out.append(_credit(ln.start, end, f"a dateline before the text: {m.group().strip()}", "credit_run"))
        m = _NAMES_REPORT_RE.match(view, ln.start, ln.end)
        if m is not None and ln.end - m.end() >= 10 and all(_credited_names(n) for n in ROLE_SPLIT_RE.split(m.group("names")) if n):
            out.append(_credit(ln.start, m.end(), f"the writers' names and their 报道 before the text: {m.group().strip()}", "credit_run"))
        m = _OPENING_BRACKET_CREDIT_RE.match(view, ln.start, ln.end)
        if m is not None and ln.end - m.end() >= 10 and _credited_names(m.group("names")):
            out.append(_credit(ln.start, m.end(), f"a bracketed credit opening the text: {m.group().strip()}", "credit_run"))
        m = _DATELINE_NAMES_RE.match(view, ln.start, ln.end)
        if m is not None and ln.end - m.end() >= 10 and (_glued_names(m.group("names")) if re.fullmatch(rf"[{_C}]{{5,12}}", m.group("names"))
                                                         else _bracketed_names(m.group("names"))):
            # (the names may run together where a page lost their space: 某某网北京7月5日(某某某某某))
            out.append(_credit(ln.start, m.end(), f"a dateline and its writers before the text: {m.group().strip()}", "credit_run"))
    if "题" in view:
        for m in _WIRE_HEADLINE_RE.finditer(view):
            if view.count(m.group("head")) >= 2:  # the page's title shown again: this copy goes
                out.append(_credit(m.start("head"), m.end(), f"a wire's headline repeating the title: {m.group('head')[:30]}",
                                   "credit_run"))
    if dated:
        for m in _RUN_IN_DATELINE_RE.finditer(view):
            out.append(_credit(m.start(), m.end(), f"a dateline run into the text: {m.group().strip()[:30]}", "credit_run"))
    if not strong:
        return out
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    for ln, below in zip(filled, filled[1:]):
        # a reporter's unit and role alone on a line over the names (某某公司特约记者 / 某某): the names' credit line
        m = _UNIT_ROLE_LINE_RE.fullmatch(view, ln.start, ln.end)
        if m is not None and "的" not in m.group() and _credited_names(view[below.start : below.end].strip()):
            # (a heading naming a role, 做群众的贴心通讯员, over a profile's name stays: a unit's name holds no 的)
            out.append(_credit(ln.start, ln.next, f"a reporter's unit and role over the names: {m.group().strip()}", "credit_line"))
    for ln in lines:
        if ln.end - ln.start < 4:
            continue
        m = _RUN_RE.match(view, ln.start, ln.end)
        if m is None or not _STRONG_RE.search(m.group("run")):
            continue
        run = m.group("run").rstrip()
        rest = view[m.end() : ln.end]
        if not rest.strip():
            out.append(_credit(ln.start, ln.next, f"a credit line: {run[:30]}", "credit_line", score=0.92))
            continue
        end = m.end()
        closed = run.endswith((")", "）")) and (_DATELINE_RE.match(view, ln.start, end) is not None  # 某某讯(记者 某某)近日，…
                                                 or run.startswith(("(", "（"))  # (文|通讯员 某某 图|通讯员 某某)5月31日晚，…
                                                 or _OUTLETS_RE.fullmatch(re.split(r"[ \u3000]*[（(]", run, maxsplit=1)[0]) is not None)  # 某某网-某某融媒体中心(记者 某某)近日，…
        if rest[:1] in ")）" and not re.search(r"[（(]", run) and _DATELINE_RE.match(view, ln.start, end) is not None:
            # the credits' bracket lost its opening half (某某网某地2月4日讯记者 某某 通讯员 某某 某某)1月31日，…): the
            # closing half goes with the last name
            end += 1
            run, rest, closed = view[m.start("run") : end], rest[1:], True
        dayed = _DAY_AHEAD_RE.match(rest) is not None  # (记者 某某10月24日上午，…: the text opens with its day)
        wired = _DAY_DATELINE_RE.match(rest)
        if wired is not None:  # the day is the dateline's, closing the credit (本报记者某某4月18日某地报道 …)
            end, rest, dayed = m.end() + wired.end(), rest[wired.end():], False
            run = view[m.start("run") : end]
        if rest[:1] not in " \u3000:：" and not _DID_END_RE.search(run) and not closed and not dayed:
            # names apart by spaces may have taken the text's first word (… 欧阳丹 近日，…): give it back
            cut = max(run.rfind(" "), run.rfind("\u3000"))
            if cut <= 0:
                continue
            end = m.start("run") + cut
            run = run[:cut].rstrip()
            rest = view[end : ln.end]
            if not _RUN_RE.fullmatch(view, ln.start, m.start("run") + len(run)):
                continue  # the run without its last word is no credit run
        items = len(_ITEM_RE.findall(run))
        glued = (closed or _DATELINE_RE.match(view, ln.start, end) is not None or _DID_END_RE.search(run) is not None or items >= 2
                 or dayed)  # (通讯员 某某6月2日晚，…: the text's day glued to the name)
        if not glued or len(rest.strip()) < (1 if closed else 10) or rest[:1] not in " \u3000:：" and not _DID_END_RE.search(run) and not closed and not dayed:
            continue  # 记者 某某 在村里看到…: a reporter's own sentence
        while end < ln.end and view[end] in " \u3000:：":
            end += 1
        out.append(_credit(ln.start, end, f"a credit run before the text: {run[:30]}", "credit_run"))
    return out


#: a page's meta fields: where the item comes from, who wrote, edited or published it, when, how often read
_FIELD = (r"(?:(?:文章|信息|新闻|稿件)?来源|信息提供|作者(?:单位)?|(?<![供稿])单位|发布(?:者|人|单位|源)|发稿(?:人|编辑)|录入(?:人|者)?|(?:本页)?(?:责任编辑|责编|编辑)"
          r"|供稿(?:人|单位)?|撰稿人?|撰写人|审核人?|审稿人?|摄影"
          r"|类别|所属栏目|所属分类|日期查询|(?:发布|发表|更新|上传|加入|添加|录入)?(?:时间|日期)|点击(?:次数|数|量|率)?|浏览(?:次数|量)?|预览(?:次数|量)?|阅读(?:次数|量)?|访问(?:量|人数|次数)|人气)")
_STAMP = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}(?:日(?![前后起内]))?|(?:昨天|前天|今天)(?=[ \u3000]*\d{1,2}:\d{2}))(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?"
#: (a name of two characters may be spaced out: 作者：张 洁)
_VALUE = r"(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![^\s:：])|[^\s:：。，,！？!?]{1,20})"
#: fields in a row opening a line, the last one a date or a count, glued to the first words of the text
#: (文章来源:某某处 作者:某某 时间:2018-05-02 17:19:002018年是…, …发布时间:2009-05-07 4月30日，…)
#: (a field may be left empty, 来源: 作者:某某, and so may the count, 阅读: 次; the row may open with its date and close
#: with the outlet's dateline: 2025-3-21 来源:某某网 - 某某报 浏览:次某某网讯(通讯员某某)3月19日下午，…)
_VALUE_OR_NONE = rf"(?:{_STAMP}|{_VALUE}(?:[ \u3000]*[-－—][ \u3000]*{_VALUE})?)?"
_GLUED_FIELDS_RE = re.compile(
    rf"[ \t\u3000]*(?:{_STAMP}[ \u3000]+)?{_FIELD}[ \u3000]*[:：][ \u3000]*{_VALUE_OR_NONE}(?:[ \u3000|｜/]+{_FIELD}[ \u3000]*[:：][ \u3000]*{_VALUE_OR_NONE})*?"
    rf"[ \u3000|｜/]+{_FIELD}[ \u3000]*[:：][ \u3000]*(?:{_STAMP}|\d{{1,7}}次?|次)"
    rf"(?:[ \u3000]*[{_C}]{{2,12}}?(?:网|报|台|社|刊|在线|新闻|融媒体?)讯[ \u3000]*(?:[（(][^（()）\n。，,]{{2,30}}[)）])?)?"
    rf"[ \u3000]*(?=[{_C}“\"（(]|\d{{4}}年|\d{{1,2}}月\d{{1,2}}日)")


#: the item's stamp (or its date field), then its fields, set apart from the text's first words by a space (a
#: value holds none): 2026-09-03 14:26:51  来源：互联网  近日，…, 时间:2024-01-05 作者:某某 近日，…
_GLUED_STAMP_FIELDS_RE = re.compile(
    rf"[ \t\u3000]*(?:{_FIELD}[ \u3000]*[:：][ \u3000]*)?{_STAMP}(?:[ \u3000]+{_FIELD}[ \u3000]*[:：][ \u3000]*{_VALUE})+[ \u3000]+"
    rf"(?=[{_C}“\"]|\d{{1,2}}月\d{{1,2}}日)")


#: the item's stamp and fields whose last value runs into the text's day (时间:2024-09-28 19:04:09 来源:某某网9月27日上午，…)
_GLUED_DAY_FIELDS_RE = re.compile(
    rf"[ \t\u3000]*(?:{_FIELD}[ \u3000]*[:：][ \u3000]*)?{_STAMP}(?:[ \u3000]+{_FIELD}[ \u3000]*[:：][ \u3000]*{_VALUE})*?"
    rf"[ \u3000]+{_FIELD}[ \u3000]*[:：][ \u3000]*[^\s:：。，,！？!?\d]{{1,20}}?(?={_DAY})")


#: a line of the page's meta fields alone, a date among them (来源:某某组 作者:某某 加入时间:2016-10-09), maybe after
#: the writer's name (某某    发布时间：… 来源：某某日报 某某新闻网), maybe
#: opened by the date and between a table's bars (| 2025-05-29 15:23:33 来源:某某网 责任编辑:某某 |), or by a
#: font-size widget
#: (a field alone on its line may list names: 本页责编：某某某,某某)
_VALUES = rf"{_VALUE}(?:[、,，]{_VALUE}){{0,3}}"
#: a font-size widget before a row of fields (放大字体  缩小字体 发布日期：… 来源：…)
_FONT_WIDGET = r"(?:(?:放大|缩小|默认)字体|字体(?:放大|缩小)|[【\[](?:放大|缩小|默认)[】\]])"
_FIELDS_LINE_RE = re.compile(
    rf"[ \t\u3000|｜]*(?:{_FONT_WIDGET}[ \u3000]*)*(?:[{_C}]{{2,4}}[ \u3000]{{2,}}(?={_FIELD}))?(?:{_STAMP}[ \u3000?？]*)?{_FIELD}[ \u3000]*[:：][ \u3000]*(?:{_STAMP}|{_VALUES})?(?:[ \u3000|｜/]*{_FIELD}[ \u3000]*[:：][ \u3000]*(?:{_STAMP}|{_VALUES})?)+"
    rf"(?:[ \u3000]+[{_C}]{{2,12}}(?:网|报|台))?[ \t\u3000|｜]*")
_HAS_STAMP_RE = re.compile(_STAMP)
#: a field the page's template left empty before the next one (信息来源: 作者: 某某): a row of fields, no sentence
_EMPTY_FIELD_RE = re.compile(rf"{_FIELD}[ \u3000]*[:：][ \u3000]*(?={_FIELD}[ \u3000]*[:：])")
#: the fields naming who wrote, supplied, edited or checked an item: two of them make a credit line without a date
#: (撰写人：某某   供稿单位：某某学院)
_CREDIT_FIELD_RE = re.compile(r"(?:作者|撰写人|撰稿人?|供稿(?:人|单位)?|(?<![供稿])单位|(?:责任)?编辑|责编|审核|审稿|摄影)[ \u3000]*[:：]")


#: on a flattened page (its head and text run together on one line), the item's stamp and fields glued after
#: its title: a date (and time) with fields, or a date field, and an outlet's dateline with its credit in
#: brackets, before the text (…获表彰时间:2023-01-10 …, …获表彰2023-01-09 14:04:33 来源:某某网 某某网讯(□某某 通讯员某某)近日，…);
#: a meeting's or an activity's own time in the text (会议时间：2023-01-10) stays
_FLAT_FIELD = rf"{_FIELD}[ \u3000]*[:：][ \u3000]*"
_FLAT_HEAD_RE = re.compile(
    rf"(?<=[{_C}”》])(?<!发布)(?<!发表)(?<!更新)(?<!上传)(?<!加入)(?<!添加)(?<!录入)(?<!会议)(?<!活动)(?<!培训)(?<!学习)[ \u3000]*"
    rf"(?:{_STAMP}(?:[ \u3000]*{_FLAT_FIELD}{_VALUE}(?=[ \u3000]))+|{_FLAT_FIELD}{_STAMP}(?:[ \u3000]*{_FLAT_FIELD}{_VALUE}(?=[ \u3000]))*)"
    rf"(?:[ \u3000]*[{_C}]{{2,12}}?(?:网|报|台|社|刊|在线|新闻|融媒体?)讯[ \u3000]*(?:[（(][^（()）\n。，,]{{2,30}}[)）])?)?[ \u3000]*(?=[{_C}“\"])")


def find_flat_head(view: str, lines: list[Line]) -> list[Candidate]:
    """On a flattened page (a line of 200 characters or more), the item's stamp and fields glued after
    its title in the line's first 300 characters go; the title and the text stay."""
    out = []
    for ln in lines:
        if ln.end - ln.start < 200 or _HAS_STAMP_RE.search(view, ln.start, min(ln.end, ln.start + 300)) is None:
            continue  # (every shape holds a date: most long lines are read no further)
        for m in _FLAT_HEAD_RE.finditer(view, ln.start, min(ln.end, ln.start + 300)):
            out.append(_credit(m.start(), m.end(), f"the item's stamp on a flattened page: {m.group().strip()[:30]}", "flat_head", score=0.92))
    return out


def find_glued_fields(view: str, lines: list[Line]) -> list[Candidate]:
    """A row of the page's meta fields (来源, 作者, 时间, 点击 …) opening a line and glued to the text
    after its last value, a date or a count: the row goes, the text stays. A line of such fields
    alone, a date or two credits among them, goes whole."""
    out = []
    if "：" not in view and ":" not in view:
        return out
    for ln in lines:
        if _FIELDS_LINE_RE.fullmatch(view, ln.start, ln.end) and (_HAS_STAMP_RE.search(view, ln.start, ln.end)
                                                                 or len(_CREDIT_FIELD_RE.findall(view, ln.start, ln.end)) >= 2
                                                                 or _EMPTY_FIELD_RE.search(view, ln.start, ln.end)):
            out.append(_credit(ln.start, ln.next, f"the page's fields: {view[ln.start:ln.end].strip()[:30]}", "fields_line", score=0.93))
            continue
        m = (_GLUED_FIELDS_RE.match(view, ln.start, ln.end) or _GLUED_STAMP_FIELDS_RE.match(view, ln.start, ln.end)
             or _GLUED_DAY_FIELDS_RE.match(view, ln.start, ln.end))
        if m is not None and ln.end - m.end() >= 10:
            out.append(_credit(ln.start, m.end(), f"the page's fields glued to the text: {m.group().strip()[:30]}", "glued_fields", score=0.92))
    return out
