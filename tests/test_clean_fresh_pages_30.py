"""Credit shapes the thirtieth session's reading of the gathered pages showed: datelines whose outlet names its
station or channel, or puts the place after the day, a credit after a list's bullet, a reporter's credit in
brackets opening the paragraph (the unit before the role, names run together), one credit glued to the text's
day, and the writer's unit and name on a line of their own under the last paragraph; invented outlets, units,
people and wording."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

BODY = "为深入开展“我为群众办实事”实践活动，青禾镇党委组织四十余名党员志愿者走进河口社区，为居民义诊、理发、修家电。"


@pytest.mark.parametrize("credit", [
    "  • 掌上青禾讯(记者 柯明远)",          # an app's dateline after a list's bullet
    "青禾新闻网9月12日临江讯(通讯员 杜晓岚)",  # the outlet, its day, then the place
    "  青禾在线江南频道报道(韩小溪):",        # a channel's report, the writer in brackets
    "红网临溪站讯",                           # a station's dateline before the text's quotation
    "(学生通讯员林小雨周可欣)",               # a student reporter, two names run together
    "(机关支部通讯员陈立新) ",                 # the unit before the role
    "通讯员 孟佳",                             # one credit glued to the text's day
    "本报记者邢大龙4月18日北京报道 ",         # the day and place of the credit's own dateline
])
def test_a_credit_opening_the_paragraph_goes_and_the_text_stays(cleaner, credit):
    text = ("6月2日晚，" if credit == "通讯员 孟佳" else "“党员就要冲在前面！”" if credit == "红网临溪站讯" else "") + BODY
    page = "青禾镇开展党员志愿服务活动\n" + credit + text + "\n活动持续了一整天，受到居民好评。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == credit
    assert text in result.cleaned


@pytest.mark.parametrize("line", [
    "记者 王小川 在村里看到，党员志愿者正忙着为老人测血压、量体温，还把药品一一分好装进药盒。",  # a reporter's own sentence
    "(通讯员队伍建设)是今年宣传工作的重点，支部为此举办了三期培训班。",  # a bracket of words, no names
    "红网报道的这件事在全镇引起了热烈反响，大家纷纷点赞。",
])
def test_a_sentence_naming_a_reporter_or_an_outlet_stays(cleaner, line):
    page = "青禾镇开展党员志愿服务活动\n" + line + "\n" + BODY + "\n"
    result = cleaner.clean_text(page)
    assert line in result.cleaned and BODY in result.cleaned


@pytest.mark.parametrize("credit", ["(东部院区 杜晓岚)", "(宣传委员 柯明远)", "(纪检监察室 韩小溪) |"])
def test_the_writers_unit_and_name_in_brackets_closing_the_page_go(cleaner, credit):
    last = "全体党员表示，将立足岗位、奋勇争先，为医院高质量发展贡献力量。"
    page = "青禾医院党支部开展主题党日活动\n" + BODY + "\n" + last + "\n" + credit
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == credit.strip()
    assert last in result.cleaned and BODY in result.cleaned
    assert result.cleaned.count("\n") >= 2  # the paragraphs keep their line breaks


@pytest.mark.parametrize("page", [
    # the unit's signature and a person without brackets at the foot (test_clean_heldout), a post and name between paragraphs
    "全体党员表示，将立足岗位、奋勇争先，为医院高质量发展贡献力量。\n青禾医院党委 孟佳\n",
    f"{BODY}\n（青禾医院党支部书记 杜晓岚）\n全体党员表示，将立足岗位、奋勇争先，为医院高质量发展贡献力量。\n",
])
def test_a_signature_under_the_text_stays(cleaner, page):
    assert cleaner.clean_text(page).cleaned == page


# --- from the thirtieth session's blind round (sets 933-948): precision first


def test_a_profile_cards_prose_under_a_copy_of_the_title_stays(cleaner):
    # the title twice at the head (one copy goes), a profile card (名片 / the unit / its prose), then a heading
    # repeating the title's words after its colon: the card is the report's, no sidebar
    title = "青禾建工集团有限公司党委：敢打硬仗的青禾铁军"
    card = ("党委根植红色基因，积极践行国企经济、政治、社会三大责任，将党建工作与生产经营、科技研发、企业文化等工作"
            "高度融合。集团先后承建多项省市重点工程，积极投身小城镇改造和乡村共富项目。")
    page = (f"{title}\n{title}\n2024年08月22日 17:39:41 来源：青禾建工集团有限公司党委 作者:\n党组织名片\n"
            f"中共青禾建工集团有限公司委员会\n{card}\n“我们”的口号\n崇德尚品、志远艺臻\n敢打硬仗的青禾铁军\n"
            "1986年的青禾湖畔，是我们逐浪追梦的起点。近四十载，我们成长为一家一流工程总承包企业。\n")
    result = cleaner.clean_text(page)
    assert card in result.cleaned and "中共青禾建工集团有限公司委员会" in result.cleaned
    assert result.cleaned.count(title) == 1


def test_a_bulleted_title_over_a_blank_line_and_its_date_line_stays(cleaner):
    title = "• 青禾区：“银发讲师团”进社区讲党史50余次"
    page = (f"{title}\n\n  • 发布时间:2021-04-22 03:01 | 作者: | 来源:青禾信息港 | 浏览次数:\n\n"
            "  •   4月9日15时，青禾区雨湖路街道关圣殿，80多名青年党员和小学生齐聚一堂，讲台上坐着一位银发老人宣讲党史。\n")
    result = cleaner.clean_text(page)
    assert "青禾区：“银发讲师团”进社区讲党史50余次" in result.cleaned
    assert "发布时间" not in result.cleaned


def test_a_flattened_pages_title_before_its_stamp_stays_and_the_stamp_goes(cleaner):
    title = "耄耋老人讲党史 义务宣讲润心田"
    text = ("历经沧桑初心不变，饱经风霜本色依旧。4月8日，在青禾爱国主义教育基地，红色故事宣讲员柯明远老人为镇中心学校的"
            "师生上了一堂生动的党史宣讲课。柯老已是耄耋之年，现被聘任为县关工委宣讲团团长。")
    page = f"{title} 2021-04-15 08:37:01 {text}"
    result = cleaner.clean_text(page)
    assert result.cleaned.startswith(title) and text in result.cleaned and "08:37" not in result.cleaned


@pytest.mark.parametrize("credit", [
    "见青客户端、青禾新闻网5月17日讯(见青客户端、青禾新闻网记者 叶玉兰通讯员 胡四海 陈伊美)",  # two outlets joined by 、
    "在临溪客户端讯",                                                                             # an app's dateline glued
])
def test_an_apps_dateline_opening_the_text_goes(cleaner, credit):
    text = "从3名党员创办的小作坊，到拥有16个党支部、549名党员的产业集群，红色基因正成为陶瓷产业破浪前行的核心动力。"
    page = "青禾区党建引领陶瓷产业发展\n" + credit + text + "\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == credit and text in result.cleaned


@pytest.mark.parametrize("junk", [
    "青禾党建网>>党建>>践行“三严三实”要求的好干部>>360行 行行有党员",  # a crumb whose last step holds a space
    "捷报比分足球分析|青禾足球|计算器足球胜平负竞彩网2016年|球探比分即时足球比分捷报手机版亮点,今日足球比赛结果比分查询",
    "本站为您精心准备了护林员先进事迹材料范文,希望能够对您有所帮助。",
    "文明上网,理性回复!",   # (a comment box and a credit field under the text)
    "审核人:省科协办公室",
])
def test_site_lines_of_new_wordings_go(cleaner, junk):
    if junk.startswith(("文明", "审核")):
        page = BODY + "\n活动持续了一整天，受到居民好评。\n" + junk + "\n"
    else:
        page = junk + "\n" + BODY + "\n活动持续了一整天，受到居民好评。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == junk
    assert BODY in result.cleaned


@pytest.mark.parametrize("dateline, text", [
    ("青禾电力18讯:    ", "为迎接党的二十大胜利召开，本报开设“党建在基层”专栏，今天刊发某某供电公司党支部的经验。"),  # digits in the name
    ("亮点青禾讯", "近日，笔者走访青禾客运西站，一进站就看到醒目的党员示范岗标牌，站长正在为旅客答疑。"),      # glued to 近日
    ("本网讯 通号部第一党支部 黄衍皓 ", "近日，通号部第一党支部在五一路站组织开展了主题党日活动，全体党员参加。"),  # unit and name
    ("青禾网3月13日讯 题:", "火红党旗映青山——青禾农场党建工作纪实"),  # a wire's 题：
])
def test_a_dateline_and_what_follows_it_go(cleaner, dateline, text):
    page = dateline + text + "\n近年来，农场党委坚持以党建引领发展，全场党员在各条战线上发挥先锋模范作用。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).startswith(dateline) and text in result.cleaned


# --- from the second blind round (sets 949-964)


@pytest.mark.parametrize("junk", [
    "2025年03月16日 星期日 您是本站第 | 18207526 | 位访问者 建议使用:1024*768分辨率,16位以上颜色,IE9.0及以上版本",
    "主办:青禾市精神文明建设指导委员会办公室 建设与维护:青禾信息中心",
    "日期:2025-03-07 来源:本站 供稿:党支部 作者:管理员 类别:图片新闻",
    "柯明远    发布时间: 2011-04-11 14:20:00    来源:青禾日报 青禾新闻网",
    "欢迎您的到来!登录注册",
    "提交关闭",
])
def test_a_sites_lines_around_the_text_go(cleaner, junk):
    page = BODY + "\n活动持续了一整天，受到居民好评。\n" + junk + "\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == junk.strip()
    assert BODY in result.cleaned


@pytest.mark.parametrize("title, sep, credit, text", [
    # a wire's dateline with its interviewers (采访人员) run into a flattened page after the title
    ("大山深处的“悬崖村”书记：37年扎根基层 只为凿出村民心中的致富路。", "  ", "青禾青年网北京9月5日电 (采访人员 王小川 杨月 张瑞玲)",
     "从青禾县城向南出发，驱车盘旋在连绵的群山之中，这是通往恰杂村的唯一一条盘山路，当地人称这条路为车在云中走。"),
    # a magazine's writer marked by ◎ after the post, under the title
    ("“小个专领跑”助推非公经济高质量发展", "\n", "◎青禾县市监局党组书记、局长 柯明远", "\n" + BODY),
], ids=["wire dateline", "writer marked by a double circle"])
def test_a_credit_under_or_after_the_title_goes_and_the_title_stays(cleaner, title, sep, credit, text):
    page = f"{title}{sep}{credit}{text}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == credit and title in result.cleaned and text.strip() in result.cleaned


# --- from the third blind round (sets 965-980)


def test_a_sentence_naming_a_journal_in_english_stays(cleaner):
    above = "青禾学者柯明远教授在院士身边学习工作多年，成功“催化”了从“学习榜样”到“成为榜样”的转变，成为学院青年教师的表率。"
    line = ("青年教师杜晓岚教授以院士为榜样，努力工作，硕果累累，5年内获国家自然科学基金项目2项，发表论文19篇，"
            "其中Angewandte Chemie International Edition等一区期刊2篇。")
    page = f"{above}\n{line}\n做法\n{BODY}\n"
    assert cleaner.clean_text(page).cleaned == page


@pytest.mark.parametrize("junk, where", [
    ("青禾网北京6月3日(杨晓波 汪亚)", "head"),  # a dated dateline without 讯 or 电 before its writers' names
    ("(后河保护站-柯明远)", "foot"),            # the writer's unit and name joined by a dash
    (" 发布机构  青禾县应急管理局      ", "head"),  # a disclosure table's field, its name set off by spaces
])
def test_more_credit_and_field_shapes_go(cleaner, junk, where):
    text = "近年来，青禾村党支部带领群众发展林下养鸡，户均增收两万余元。"
    page = (junk + text + "\n" + BODY + "\n") if where == "head" and junk.endswith(")") else \
        (junk + "\n" + text + "\n" + BODY + "\n") if where == "head" else (text + "\n" + BODY + junk + "\n")
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == junk.strip() and text in result.cleaned and BODY in result.cleaned


# --- from the fourth blind round (sets 981-996)


def test_the_excerpts_last_line_indented_as_the_paragraphs_stays(cleaner):
    para = "    旅客们在车厢里特别着急，大家都想赶紧到达目的地。列车停稳后看到了站台工作人员早已准备好的餐食，乘务员们赶紧组织接餐。"
    last = "    到了晚上21:30分终于把旅客们"
    page = f"{para}\n\n    微信图片_20210503082746.jpg\n\n    4.png\n\n    5.png\n\n{last}"
    result = cleaner.clean_text(page)
    assert last.strip() in result.cleaned and "4.png" not in result.cleaned


def test_a_caption_with_its_source_and_supplier_goes(cleaner):
    caption = "柯明远在社区开展警民恳谈会。(资料图) 青禾市公安局河西分局供图"
    page = BODY + "\n" + caption + "\n活动持续了一整天，受到居民好评。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption and BODY in result.cleaned


# report text in the shapes of this session's rules: it stays whole
STAYS = {
    "football scores": "青禾中学足球队以3比1的比分获胜，党员教师柯明远带队训练两年，即时总结比赛得失。\n" + BODY + "\n",
    "good news before a time word": "他给我们发来喜讯近日将回村里看看大家，村民们都很高兴，早早地准备好了欢迎仪式。\n",
    "organisers named in a sentence": BODY + "\n本次活动主办：青禾县委组织部，协办：青禾县融媒体中心，全县120名党员参加。\n",
    "a fields word opening a sentence": BODY + "\n类别多样的志愿服务项目受到居民欢迎，全年开展活动四十余场。\n",
    "a point marked by a double circle": f"强基固本\n◎抓学习 强素质\n{BODY}\n",
    "a chronicle's day and weekday in brackets": "支部大事记\n2019年6月3日(星期一)支部召开党员大会，选举产生新一届支部委员会。\n",
}


@pytest.mark.parametrize("page", list(STAYS.values()), ids=list(STAYS))
def test_report_text_in_the_new_rules_shapes_stays(cleaner, page):
    assert cleaner.clean_text(page).cleaned == page
