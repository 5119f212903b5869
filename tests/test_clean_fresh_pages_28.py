"""Junk shapes the twenty-eighth session's pages showed: a 范文 site's summary of the text, or a definition of the
genre, on the line its preface closes in the page's head; invented units, people and wording throughout."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

TITLE = "机关党支部清廉机关建设工作总结\n"
BODY = ("今年以来，青禾县水务局机关党支部坚持把清廉机关建设作为“一把手”工程，制定任务清单18项，"
        "组织专题学习12次，全体党员签订廉洁承诺书。\n"
        "支部建立“三色”预警台账，对工程招标、资金拨付等环节逐项排查，整改问题7个，群众满意度明显提升。\n")


@pytest.mark.parametrize("lead, preface", [
    # the site's summary of the text before its preface of texts gathered for the reader
    ("机关党支部扎实推进清廉机关建设，强化制度执行，筑牢廉洁防线，成效明显。",
     "下面是网友为您整理分享的“机关党支部清廉机关建设工作总结”相关范文，供您参考！"),
    # a definition of the genre before the site's offer in its own name
    ("  工作总结是指对一定时期的工作进行回顾、分析和评价的书面材料。",
     "青禾范文网今天为大家精心准备了机关党支部清廉机关建设工作总结，希望对大家有所帮助！"),
    # the text's opening copied as a teaser (the branch's words, two sentences, past sixty characters, no figure)
    ("机关党支部坚持以党建引领业务发展，扎实开展主题党日活动。党员志愿服务常态化开展，支部战斗堡垒作用进一步彰显，群众满意度持续提升。",
     "以下是小编为大家整理的机关党支部工作总结范文，欢迎大家阅读参考。"),
], ids=["summary", "definition", "teaser"])
def test_a_sites_lead_in_before_its_preface_in_the_head_goes(cleaner, lead, preface):
    page = TITLE + lead + preface + "\n" + BODY
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert lead.strip() in removed and preface in removed
    assert TITLE.strip() in result.cleaned and all(x in result.cleaned for x in BODY.split("\n") if x)


def test_a_reports_opening_naming_its_unit_with_its_place_stays_before_a_preface(cleaner):
    # the report's own first words (a unit named with its place) glued to a preface: the preface goes, they stay
    lead = "青禾县水务局机关党支部现有党员26名，下设党小组3个，先后获评县级先进基层党组织。"
    preface = "下面是网友为您整理分享的相关范文，供您参考！"
    page = TITLE + lead + preface + "\n" + BODY
    result = cleaner.clean_text(page)
    assert preface in _removed(page, result) and lead in result.cleaned


def test_a_paragraph_before_a_preface_below_the_head_stays(cleaner):
    # past the page's first lines the text before a preface is the report's (a collection's next item follows)
    closing = "下一步，支部将持续深化清廉机关建设，以优良作风保障全县水务事业高质量发展。"
    preface = "以下是小编为大家整理的其他范文，欢迎大家阅读参考。"
    page = TITLE + BODY + "三、下一步打算\n" + "支部将继续完善廉洁风险防控机制。\n" + closing + preface + "\n"
    result = cleaner.clean_text(page)
    assert preface in _removed(page, result) and closing in result.cleaned


# -- the report's words the line model and the label rule read as furniture ---------------------------------


def test_a_speakers_name_over_the_words_they_said_stays(cleaner):
    # an interview's answers, each under its speaker's name and a colon: neither a field's label nor its value
    page = ("青禾社区书记工作室揭牌\n"
            "3月29日，青禾区社区书记工作室正式揭牌，首批三名社区书记受聘担任导师。\n"
            "柯明远：\n"
            "“接过聘书时，我深感责任重大，一定把三十年的群众工作经验传下去。”\n"
            "邬晓兰：\n"
            "“社区正在改造过程中，但是党组织服务居民一刻也没有停\n")
    result = cleaner.clean_text(page)
    for line in page.splitlines():
        assert line in result.cleaned


def test_a_quotation_under_a_sites_label_stays_and_the_label_goes(cleaner):
    page = ("青禾社区开展五星支部创建\n浏览量：\n“大家好！欢迎来到青禾社区党群服务中心。”\n"
            "社区书记柯明远向来访的兄弟社区介绍了五星支部创建情况，大家边走边看，交流热烈。\n")
    result = cleaner.clean_text(page)
    assert "浏览量" in _removed(page, result) and "“大家好！欢迎来到青禾社区党群服务中心。”" in result.cleaned


def test_a_years_tally_on_a_line_of_its_own_stays(cleaner):
    tally = "2023年共征收车辆通行费16246879.00元"
    page = ("青禾收费站2023年工作总结\n"
            "过去的一年，青禾收费站坚持强化征收管理，加大政策宣传力度，确保应收尽收。\n"
            f"{tally}\n"
            "过去的一年，青禾收费站积极推行阳光服务、微笑服务，打造出一支作风过硬的征收队伍。\n")
    assert tally in cleaner.clean_text(page).cleaned


# -- junk in new shapes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    # pictures numbered with circled digits, no colon after the number
    "  图②2010年8月30日，百余名民兵组成的帮扶队在青禾县上集镇帮助移民群众搬运货物。",
    # a mirror site's publishing line, its spaces garbled to question marks
    "www.qhexample.com?2011-08-08 16:15? 柯 远?来源:《青禾日报》    我来说两句",
    # a footer's advice on the screen's resolution
    " 建议使用IE5.0,800*600分辨率浏览   技术支持 Email;qh@example.com",
    # a contribution's writer and unit under a field label
    "供稿作者:柯明远,青禾航务局第六项目部",
], ids=["circled-picture-number", "mirror-publishing-line", "resolution-advice", "contributing-writer"])
def test_junk_lines_in_more_shapes_go(cleaner, line):
    body = "支部坚持把党建工作融入项目建设全过程，全年组织集中学习十二次，党员带头攻关难题五个。\n"
    page = "青禾项目部党支部开展授旗仪式\n" + body + line + "\n" + body.replace("十二", "十五")
    result = cleaner.clean_text(page)
    assert line.strip() in _removed(page, result) and body.strip() in result.cleaned


@pytest.mark.parametrize("credit, goes", [
    ("(校福庆、邬小君、李超)", True),   # three writers, one of a rare surname
    ("(王萌崔敬媛)", True),            # two writers' names run together
    ("(排名不分先后)", False),
    ("(方法、路径、成效)", False),
], ids=["three-names", "names-run-together", "no-names", "words"])
def test_writers_names_in_brackets_closing_the_text(cleaner, credit, goes):
    last = "“这次多亏了党员们带头，让我们感受到了集体的力量。”一名职工感慨地说。"
    page = "青禾洗煤厂党支部组织清扫积雪\n" + last + credit + "\n"
    result = cleaner.clean_text(page)
    assert (credit in _removed(page, result)) is goes and last in result.cleaned


def test_a_sign_drawn_as_an_emoji_goes_and_the_plain_sign_stays(cleaner):
    page = "青禾足球队党支部建设纪实\n二、 ®️\n支部坚持把党建工作融入训练全过程。公司商标®已注册。\n"
    result = cleaner.clean_text(page)
    assert "®\ufe0f" in _removed(page, result) and "公司商标®已注册。" in result.cleaned


@pytest.mark.parametrize("piece, text", [
    # an agency's special dispatch (专电) with its reporters
    ("青禾网平川2月7日专电(记者柯明远、邬晓兰)", "平川冬季运动会青禾体育代表团临时党委7日成立。"),
    # publishing fields ending in a count's label left empty (the second blind round)
    ("时间:2023-06-28 来源:宣传部 阅读次数:", "为进一步增强党员的责任感、使命感，药学院师生党支部组织开展系列主题党日活动。"),
], ids=["special-dispatch", "fields-with-an-empty-count"])
def test_furniture_glued_before_the_texts_first_words_goes(cleaner, piece, text):
    page = "青禾体育代表团成立临时党委\n" + piece + text + "\n代表团团长在讲话中提出三点要求。\n"
    result = cleaner.clean_text(page)
    assert piece in _removed(page, result) and text in result.cleaned


# -- the second blind round's shapes (853-868) ---------------------------------------------------------------


def test_a_sites_pointer_said_inside_a_quotation_is_the_reports(cleaner):
    # a livestreaming secretary's words: 今天为大家带来 inside her quotation is no site's blurb
    line = ("岁末年初，在青禾村党群服务中心，一场直播正在进行。镜头前，主播热情地介绍：“欢迎大家来到直播间。"
            "今天为大家带来的是我们村民辛勤劳动的成果，有腊肉、干豆腐、土蜂蜜，欢迎大家选购……”")
    page = "“小妹书记”当主播\n" + line + "\n短短一个小时就销售50余单。\n"
    assert line in cleaner.clean_text(page).cleaned


def test_a_journals_quartile_before_its_index_is_no_random_string(cleaner):
    line = "研究生期间，她专注科研，发表了学院的第一篇Q1SCI文章。"
    page = "药学院研究生党员访谈\n" + line + "\n"
    assert line in cleaner.clean_text(page).cleaned


@pytest.mark.parametrize("sentence, brand", [
    ("2020年12月25日于太阳集团44118备用址工学部举行了党章专题学习。", "太阳集团44118备用址"),
    ("Im体育网站:“揭榜挂帅”！青禾区非公党员积极参与攻坚。", "Im体育网站:"),
    ("支部组织党员参观红色教育基地，350vip8888新葡的京集团，全体党员重温入党誓词。", "350vip8888新葡的京集团"),
], ids=["backup-address", "colon-before-quotation", "new-spelling"])
def test_gambling_names_in_the_second_rounds_spellings_go(cleaner, sentence, brand):
    page = "青禾学院党支部开展主题党日活动\n" + sentence + "\n"
    result = cleaner.clean_text(page)
    assert brand in _removed(page, result) and sentence.replace(brand, "") in result.cleaned


@pytest.mark.parametrize("line", ["活动现场(二)", "打开手机扫描二维码"], ids=["numbered-scene", "qr-prompt"])
def test_a_numbered_scene_caption_and_a_phones_qr_prompt_go(cleaner, line):
    body = "6月7日，药学院学生第三党支部联合生药学党支部开展调研活动，共计发放调研问卷80余份。\n"
    page = "药学院开展系列主题党日活动\n" + body + line + "\n" + body.replace("80", "90")
    result = cleaner.clean_text(page)
    assert line in _removed(page, result) and body.strip() in result.cleaned


def test_a_journal_papers_abstract_wrapped_over_lines_keeps_its_text(cleaner):
    # a journal's PDF page: the abstract wraps over lines, the keywords and the classification stand under it;
    # the label goes, the authors' abstract is the page's text
    first = "共青团建设受到党和国家的高度重视，共青团是党的助手和后备军。党建带团建是新时代背景下基"
    page = ("以党建带团建为抓手深化共青团改革\n"
            "   柯明远 邬晓兰\n"
            "   摘要:" + first + "\n"
            "层团组织勇担使命、开拓创新的积极实践。青禾初级中学通过一系列组织活动、制度建设，推动团建工作。\n"
            "   关键词:党建;团建;共青团改革\n"
            "   中图分类号:G41   文献标识码:A\n"
            "一、以党建带团建的重要意义\n")
    result = cleaner.clean_text(page)
    assert "摘要:" in _removed(page, result) and first in result.cleaned


def test_a_news_apps_banner_opening_the_page_goes_and_the_title_stays(cleaner):
    title = "青禾县结核病防治所召开“一支部一品牌”初评汇报会"
    body = "为充分展现各党支部的凝聚力、战斗力和创造力，近日，青禾县结核病防治所召开支部品牌初评汇报会。"
    page = "新青禾青禾日报新媒体\n\n打开\n" + title + "\n新青禾 • 综合\n2023-12-07 15:30:03\n\n" + body + "\n"
    result = cleaner.clean_text(page)
    assert "新青禾青禾日报新媒体" in _removed(page, result) and title in result.cleaned and body in result.cleaned
