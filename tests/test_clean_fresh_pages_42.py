"""Shapes seen on the fresh real pages of session 42, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3
_clean = clean_page


# -- a lecture's record in its fields ------------------------------------------------------------------

def test_lecture_record_fields_stay_among_the_page_fields():
    page = ("您当前的位置:首页 党建园地 党建园地\n\n"
            "城东供电所党支部微党课记录(三)\n\n"
            "发布时间:2018-05-12 阅读量:\n\n"
            "时间2018510日,\n\n"  # (the day's 年 and 月 lost on the page)
            "地点:城东供电所会议室\n\n"
            "发布方式:党员手机微信群\n\n"
            "内容:李光明光明守护者的真情\n\n"
            "主讲人:王伟\n\n"
            "他是县供电公司共产党员服务队的队长,从事电力维修20年,每天上班的第一件事就是跟队员们交代一天的工作。\n\n"
            "2001年,李光明从技校毕业后成为了供电公司的一名普通维修工,坚守电力抢修工作一直到现在,从未发生过一起安全事故。")
    out = _clean(page)
    for field in ("时间2018510日,", "地点:城东供电所会议室", "内容:李光明光明守护者的真情", "主讲人:王伟"):
        assert field in out
    assert "您当前的位置" not in out and "阅读量" not in out


def test_lone_content_label_without_a_record_still_goes_among_furniture():
    # no field only a record has (地点, 主讲人) beside it: the old reading holds
    page = ("当前位置:首页 > 党建园地\n发布时间:2018-05-12 阅读量:\n内容:\n发布方式:手机微信群\n"
            + P1 + P2)
    out = _clean(page)
    assert "内容:" not in out and P1 in out


# -- a wire item's headline repeating the reprint's original title ------------------------------------------

def test_wire_headline_repeating_the_original_title_goes_whole():
    page = ("当前位置:首页 > 人物 > 正文\n\n"
            "这些“扶贫兵士”用生命践行信奉!\n\n"  # the site's reworded title
            "某某资讯 2019-04-07 22:45\n\n"
            "原标题:这些“扶贫战士”用生命践行信仰!\n\n"
            "  新华社昆明4月6日电 题:这些“扶贫战士”用生命践行信仰!\n\n"
            "  新华社记者张某\n\n"
            "  他们,奔走在扶贫一线,田地里、牛圈旁、高山峡谷间都活跃着他们的身影,用生命践行了共产党员的初心。")
    out = _clean(page)
    assert "扶贫战士" not in out and "新华社" not in out
    assert "这些“扶贫兵士”用生命践行信奉!" in out and "他们,奔走在扶贫一线" in out


# -- credits -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("head, credit, body", [
    # a bracketed credit with its reviewer after the writer
    ("临床医学院党委开展主题党日活动\n", "(通讯员:王某某 审核员:李某某)",
     "凛冬凝霜,信仰如阳。为缅怀遇难同胞,学院党委打造双线活动,吸引全院党员广泛参与。\n"),
    # a paper's all-media desk and its writers
    ("长林村党建引领茶产业发展\n", "某某晚报全媒体(通讯员张某 王某 李某某)",
     "翠绿的茶场环绕着水库,山清水秀、景色迷人。9月12日上午,在某某县长林村,不时有游客前来参观。\n"),
    # an outlet's name and its channel's label
    ("市人民医院召开政工会议\n", "某某导医网 某某医院频道:",
     "3月2日上午,某某医院召开政工会议,部署2016年党群重点工作。党委书记主持会议并讲话。\n"),
])
def test_credit_or_label_before_the_text_goes(head, credit, body):
    assert _clean(head + credit + body + P2) == head + body + P2


def test_reporter_unit_and_role_over_the_names_goes():
    page = ("铿锵玫瑰\n——记某某公司基层女书记\n某某公司特约记者\n  王某某\n"
            "  她是某某机械厂的党支部书记,是职工心里的晴朗“蓝天”,群众基础好,心系群众,敢说敢干。\n" + P2)
    out = _clean(page)
    assert "特约记者" not in out and "王某某" not in out and "她是某某机械厂的党支部书记" in out


def test_heading_naming_a_role_over_a_name_stays():
    # a profile's heading ending in a role word, the member's name under it: no reporter's credit
    head = "做群众的贴心通讯员\n王建国\n"
    page = TITLE + P1 + head + "支部书记王建国每年写好身边的先进事迹,全年刊发稿件60余篇,被评为优秀通讯员。\n" + P3
    assert head in _clean(page)


# -- site furniture ----------------------------------------------------------------------------------

def test_server_script_warning_line_goes():
    warning = ("Warning: Use of undefined constant abc - assumed 'abc' (this will throw an Error in a future version of PHP)"
               " in /www/wwwroot/site/wp-content/themes/news/header.php(29) : runtime-created function on line 1\n")
    page = warning + TITLE + P1 + P2
    assert _clean(page) == TITLE + P1 + P2


def test_report_sentence_about_a_warning_stays():
    line = "Warning: 请党员同志注意防范电信诈骗,不点击陌生链接。\n"
    assert line in _clean(TITLE + P1 + line + P2)


def test_column_schedule_promise_goes():
    promo = "早读8点见,多一点远见。每天早晚8点与你准时相约,看见更大的世界。\n"
    page = TITLE + promo + P1 + P2
    assert _clean(page) == TITLE + P1 + P2


def test_site_outline_line_under_its_label_goes():
    outline = "【提纲】一、深化思想认识,凝聚区域化党建合力。(一)要树立“一盘棋”思想。(二)要明确职责。二、聚焦精准施策。\n"
    page = "在街道党建联席会议上的讲话\n" + outline + "同志们:\n" + P1 + P2
    assert _clean(page) == "在街道党建联席会议上的讲话\n同志们:\n" + P1 + P2


def test_model_text_pointer_naming_a_secretary_goes_with_its_blurb():
    # the text's name holds 书记, a report's person the preface guard reads; the blurb before it on its line goes too
    blurb = "久雨之后难得的晴天,就去走访乡下,去看看村里的老人。"
    pointer = "以下是驻村第一书记走访民情日记范文,欢迎阅读与借鉴,希望可以帮到各位。"
    page = "驻村第一书记走访民情日记\n" + blurb + pointer + "\n" + P1 + P2
    assert _clean(page) == "驻村第一书记走访民情日记\n" + P1 + P2


def test_report_pointing_at_its_own_list_stays():
    line = "以下是支部书记王建国同志的主要事迹,请各党小组组织学习。\n"
    assert line in _clean(TITLE + line + P1 + P2)


# -- a diary's dated entries -----------------------------------------------------------------------------

def test_diary_day_and_weather_headings_stay():
    page = ("驻村第一书记民情日记\n"
            "2019年3月5日 星期二 晴\n"
            "今天走访了村里的五户困难群众,详细了解他们的生产生活情况,帮助解决实际困难。\n"
            "3月8日 阴转小雨\n"
            "今天召开村两委会议,研究春耕生产工作,安排部署下一阶段重点任务。\n"
            "3月12日 星期五 多云\n"
            "上午到镇里参加培训,下午回村检查植树造林工作,督促落实护林责任。\n")
    assert _clean(page) == page


# -- the excerpt's end --------------------------------------------------------------------------------------

def test_stamp_cut_by_the_excerpt_end_goes():
    stamp = "青溪法治快讯网\n"
    page = (TITLE + "近年来，石桥村党支部坚持党建引领乡村振兴，组织党员带头发展茶叶和中药材种植。\n" + stamp
            + "支部坚持“三会一课”制度，每月开展主题党日活动，组织党员为群众办实事32件。\n" + stamp
            + "党员们纷纷表示，要立足岗位作贡献。青溪法治")
    out = _clean(page)
    assert out.endswith("要立足岗位作贡献。") and "快讯网" not in out


def test_sign_off_under_a_repeated_title_stays():
    page = ("石桥村党支部先进事迹材料\n石桥村党支部先进事迹材料\n" + P1 + P2 + "石桥村党支部")
    assert _clean(page).endswith("石桥村党支部")


def test_row_of_ellipses_closing_a_teaser_goes():
    last = "他们在戈壁深处坚守岗位,日复一日地确保观测数据准确及时,让我想起了那句话,因为他们深知"
    page = TITLE + P1 + last + " ………………………………"
    assert _clean(page) == TITLE + P1 + last


def test_one_ellipsis_closing_the_text_stays():
    page = TITLE + P1 + "党员们纷纷表示,要学习他们扎根基层、无私奉献的精神,在平凡的岗位上作出不平凡的贡献……"
    assert _clean(page) == page


# -- gambling injections ---------------------------------------------------------------------------------

def test_brand_greeting_goes_and_the_headline_after_it_stays():
    head = "党员先锋队以“志愿红”守护“健康绿”\n"
    page = "72886必赢欢迎光临" + head + P1 + P2
    assert _clean(page) == head + P1 + P2


def test_site_greeting_line_still_goes():
    page = "欢迎光临青溪党建网\n" + TITLE + P1 + P2
    assert _clean(page) == TITLE + P1 + P2


def test_brand_with_its_search_words_goes_from_the_sentence():
    page = (TITLE + "5月10日上午,华体汇体育软件有哪些西北校区二级学院组织师生党员开展“红色先锋”爱校卫生志愿服务活动。\n" + P2)
    assert "5月10日上午,西北校区二级学院组织师生党员" in _clean(page)


def test_lottery_tip_between_its_names_goes():
    page = (TITLE + "评选结果揭晓,最准平特三组三连肖澳门平特助产实践教学中心党支部被评为“全省样板支部”。\n" + P2)
    assert "评选结果揭晓,助产实践教学中心党支部被评为“全省样板支部”。" in _clean(page)


def test_brand_as_a_site_address_goes_whole():
    page = TITLE + "在“www.优德88.cpm 五四青年奖”评选期间,团委党支部开展党纪专题学习教育,支部全体党员逐章逐条学习原文。\n" + P2
    out = _clean(page)
    assert "www" not in out and ".cpm" not in out and "五四青年奖”评选期间" in out


def test_words_holding_a_lottery_term_stay():
    line = "通过学习,党员干部的理论水平特别是政治能力明显提升,平特种设备检查也如期完成。\n"
    assert line in _clean(TITLE + P1 + line + P2)


# -- a paper's credits ---------------------------------------------------------------------------------------

def test_written_and_pictured_credit_opening_the_text_goes():
    body = "为巩固校园疫情防控成果,维护校园秩序和稳定,全面保障师生的校园生活和安全。\n"
    page = "(文/学生第三党支部 图/王某)" + body + P2
    assert _clean(page) == body + P2


def test_box_names_opening_and_closing_the_text_go():
    first = "六月的某某镇,流金似火,一望无际的麦田里,金黄色的麦浪随风荡漾,两台联合收割机来回穿梭。\n"
    last = "会上,党员们结合工作实际,交流了学习先进典型的心得体会。"
    page = "联合党总支助力麦收\n□王某飞 李飞 " + first + P2 + last + "□翁某斌 林婷 |\n"
    assert _clean(page) == "联合党总支助力麦收\n" + first + P2 + last + "\n"


def test_checkbox_options_stay():
    line = "是否按时交纳党费:□ 是 □ 否\n"
    assert line in _clean(TITLE + P1 + line + P2)


# -- anti-copy padding -----------------------------------------------------------------------------------------

def test_padded_commas_and_stops_keep_one_mark():
    page = (TITLE + "水厂党支部启动“党员林”养护活动,,,,,为廉政文化建设增添新内容。劳动现场气氛热烈。。。。 。。。"
            "经过近2个小时的劳动,党员们完成了养护任务。\n" + P2)
    assert _clean(page) == (TITLE + "水厂党支部启动“党员林”养护活动,为廉政文化建设增添新内容。劳动现场气氛热烈。"
                            "经过近2个小时的劳动,党员们完成了养护任务。\n" + P2)


def test_a_doubled_comma_stays():
    line = "他常说,,群众的事再小也是大事。\n"
    assert line in _clean(TITLE + P1 + line + P2)


def test_emoji_joined_to_a_colour_square_goes_whole():
    page = TITLE + "指导老师们围绕“师生党建如何联动”等主题进行了研讨🐦\u200d⬛,并提出了具体建议。\n" + P2
    assert _clean(page) == TITLE + "指导老师们围绕“师生党建如何联动”等主题进行了研讨,并提出了具体建议。\n" + P2


def test_emoji_glued_to_a_colour_square_without_its_joiner_goes_whole():
    page = TITLE + "指导老师们进行了研讨🐦⬛,并提出了具体建议。\n" + P2
    assert _clean(page) == TITLE + "指导老师们进行了研讨,并提出了具体建议。\n" + P2


def test_sentence_telling_of_likes_stays_and_a_like_button_goes():
    told = "她主动加入党员志愿者队伍,赤脚把父母不在家的儿童抱出并带回家照顾。许多网友纷纷为她点赞。\n"
    assert told in _clean(TITLE + P1 + told + P2)
    button = "支部组织党员志愿者走访慰问困难群众,为他们送去米面油等生活物资。 点赞 收藏 分享\n"
    assert "收藏" not in _clean(TITLE + P1 + button + P2)


# -- round B171 ------------------------------------------------------------------------------------------------

def test_list_of_other_items_behind_middle_dots_goes():
    # an e-paper's head: its page label, then the page's other headlines, then its tools, then the item
    head = ("第00005版:迎接党代会特别报道\nPDF 版\n· 支柱,就在群众身边\n· 有了党组织,合作社就是不一样\n· 喊破嗓子,不如干出样子\n"
            "· 科技“聚变”\n由党员带动\n· 有组织关怀,离家再远也温暖\n· 有事,请到网上说\n· 和谐,让村里一天一个样\n"
            "收藏 打印 推荐  更多功能\n返回主页 | 版面导航 | 标题导航\n")
    out = _clean(head + TITLE + P1 + P2)
    assert "·" not in out and "由党员带动" not in out and P1 in out and P2 in out


def test_item_headline_listed_above_stays_once():
    # the item is one of the page's listed headlines: the list goes, the headline over the item stays
    head = ("PDF 版\n· 支柱,就在群众身边\n· 喊破嗓子,不如干出样子\n· 有事,请到网上说\n收藏 打印 推荐  更多功能\n"
            "返回主页 | 版面导航 | 标题导航\n")
    out = _clean(head + "喊破嗓子,不如干出样子\n本报记者 王某 通讯员 李某某\n" + P1 + P2)
    assert out.count("喊破嗓子,不如干出样子") == 1 and "·" not in out and P1 in out


def test_report_points_behind_middle_dots_stay():
    points = ("· 组织党员开展义务劳动12次。\n· 走访慰问困难群众56户。\n· 帮助村民销售农产品20余万元。\n")
    page = TITLE + P1 + points + P2
    assert points in _clean(page)


def test_writer_unit_and_name_in_brackets_closing_the_text_goes():
    last = "全体党员表示,要紧密结合工作实际,为学院高质量发展作出更大贡献。"
    page = TITLE + P1 + last + "(人事处党支部王莹)\n"
    assert _clean(page) == TITLE + P1 + last + "\n"


def test_bracketed_remark_naming_a_unit_closing_a_sentence_stays():
    line = "支部共评选出先进个人5名(其中党员3名)。\n"
    assert line in _clean(TITLE + P1 + line + P2)


def test_bracketed_dateline_and_reporter_opening_the_text_goes():
    body = "6月28日下午,市教育局迎“七一”表彰暨文艺汇演在市第47中学隆重举行。\n"
    page = TITLE + "(本网讯 记者 孙某娜)" + body + P2
    assert _clean(page) == TITLE + body + P2


def test_unit_and_editor_fields_closing_the_page_go():
    page = TITLE + P1 + P2 + "单位:(某某分局) 责编:张某"
    assert "责编" not in _clean(page) and "分局" not in _clean(page)
