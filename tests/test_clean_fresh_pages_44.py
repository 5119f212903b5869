"""Shapes seen on the real pages of session 44, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3


# -- the publisher's name glued before its publishing line ---------------------------------------------------

@pytest.mark.parametrize("unit, fields", [
    ("青峰建筑公司", "发布时间:2022-11-01 13:39:56  作者:林青"),
    ("东江水电工程局", "发布时间：2021-01-25 10:51:31  作者：周海"),
    ("石桥县融媒体中心 ", "来源：石桥县融媒体中心  发布时间：2023-04-02"),
    ("青峰建築公司", "發布時間:2022-11-01 13:39:56  作者:林青"),
])
def test_a_units_name_glued_before_the_publishing_line_goes(unit, fields):
    page = TITLE + unit + fields + "\n\n" + P1 + P2 + P3
    out = clean_page(page)
    assert unit.strip() not in out and "13:39" not in out and "发布时间" not in out and "發布時間" not in out
    assert P1 in out and P2 in out and P3 in out


def test_a_title_glued_before_the_publishing_line_stays():
    # what was done, no unit's name alone: the report's title
    title = "石桥村党支部开展主题党日活动"
    page = title + "发布时间:2022-11-01 13:39:56  作者:林青\n\n" + P1 + P2
    out = clean_page(page)
    assert title in out and "13:39" not in out


# -- where someone stands in the picture, opening the caption ---------------------------------------------

@pytest.mark.parametrize("caption", ["(右一)林秀梅和同事商量排班表", "（左二）社区党委书记周海走访独居老人"])
def test_a_caption_opened_by_a_position_mark_goes_whole(caption):
    page = TITLE + P1 + "\n" + caption + "\n\n" + P2 + P3
    out = clean_page(page)
    assert caption[4:] not in out
    assert P1 in out and P2 in out and P3 in out


# -- a news agency's photo credit inside a flattened paragraph ----------------------------------------------

def test_an_agency_photo_credit_inside_a_paragraph_goes_and_its_caption_with_it():
    first = "目前，全乡党员中心户已经达到120户，成为牧民增收致富的主心骨。"
    caption = "5月8日，石桥边防派出所民警正在为党员中心户调试监控器。"
    last = "近年来，针对牧区牧民居住分散等问题，乡党委充分发挥基层党组织带头作用，建起流动服务队。"
    page = TITLE + first + "新华社记者 林海川 摄 ????" + caption + "新华社记者 林海川 摄 ????" + last + "\n" + P2
    out = clean_page(page)
    assert "摄" not in out and "调试监控器" not in out
    assert first in out and last in out and P2 in out


@pytest.mark.parametrize("line", [
    "他对记者说：“这次拍摄的照片，我们要留给下一代。”",
    "县融媒体中心记者林海川摄制的专题片在全县播出，党员群众反响热烈。",
])
def test_a_sentence_telling_of_a_reporter_stays(line):
    page = TITLE + P1 + line + "\n" + P2
    assert line in clean_page(page)


# -- a byline in brackets closing the text, a stray mark after it ------------------------------------------

@pytest.mark.parametrize("tail", ["(青峰实业公司党支部 报道) |", "(林红宇 丁成)\\"])
def test_a_bracketed_byline_with_a_stray_mark_after_it_goes(tail):
    last = "会议集中学习了有关文件，并对全体党员进行了民主测评。"
    page = TITLE + P1 + P2 + last + tail + "\n"
    out = clean_page(page)
    assert tail.strip(" |\\")[1:5] not in out and last in out and P2 in out


# -- a paper's notes: who compiled the page, what its e-edition costs, its page and column -----------------

def test_the_note_on_who_compiled_the_page_goes():
    note = "(本版由东江市税务局离退休干部处林海 周国华组稿)"
    page = TITLE + P1 + P2 + "\n" + note + "\n"
    out = clean_page(page)
    assert "组稿" not in out and P2 in out


def test_an_e_papers_paywall_notice_goes_whole():
    notice = ("尊敬的读者:\n感谢各位一如既往的信任和关爱,更感谢各位长期以来的支持。\n"
              "《东江日报》电子版当期前四版为免费阅读,其他版面开始收费阅读。更便捷的服务将提高读者的阅读体验。\n"
              "您可选择在线购买《东江日报》电子版,或者激活阅读卡。\n")
    page = TITLE + P1 + P2 + notice
    out = clean_page(page)
    assert "电子版" not in out and "感谢各位" not in out and "尊敬的读者" not in out
    assert P1 in out and P2 in out


def test_a_sentence_naming_the_e_edition_stays():
    line = "支部把党建工作动态及时登上《东江日报》电子版，扩大了影响，群众纷纷点赞。\n"
    page = TITLE + P1 + line + P2
    assert line in clean_page(page)


@pytest.mark.parametrize("line", ["第1版(要闻)专栏:“三个代表”在基层", "第03版：综合新闻"])
def test_an_e_papers_page_and_column_line_goes(line):
    page = TITLE + line + "\n" + P1 + P2
    out = clean_page(page)
    assert line not in out and "版" not in out.split("\n", 2)[1] and P1 in out


# -- a hijacker's name and login word before the title; a lottery site's title in a sentence --------------

def test_a_sites_login_word_glued_before_the_title_goes_and_the_title_stays():
    title = "【石桥村党支部】强化党建引领，推动乡村振兴"
    page = "金鼎平台登入_" + title + "\n" + P1 + P2
    out = clean_page(page)
    assert "登入" not in out and title in out


def test_a_lottery_sites_title_with_its_year_spliced_into_a_sentence_goes():
    page = (TITLE + "会上，市领导为先进基层党组织代表颁奖。2024新澳门免费原料大全党委书记、董事长林斌荣获优秀共产党员称号。\n" + P2)
    out = clean_page(page)
    assert "2024" not in out and "澳门" not in out and "原料大全" not in out
    assert "党委书记、董事长林斌荣获优秀共产党员称号" in out and P2 in out


# -- the way to the unit in the page's foot; a short caption with its source ------------------------------

def test_bus_lines_to_the_unit_go_and_a_sentence_about_a_bus_line_stays():
    directions = "乘62、81、126、B16、Y17路直达 地铁:五号线东江路站下车向南500米"
    sentence = "村里开通了62、81路公交，乘62、81路可直达县城，群众出行更方便了。"
    page = TITLE + P1 + sentence + "\n" + P2 + "医院地址：东江区京广南路29号\n" + directions + "\n联系电话 0371-60331627\n"
    out = clean_page(page)
    assert "下车向南" not in out and sentence in out and P2 in out


def test_a_short_caption_closed_by_its_source_goes():
    caption = "获奖奖章和证书(来源:统战部)"
    page = TITLE + P1 + "\n" + caption + "\n\n" + P2
    out = clean_page(page)
    assert "奖章和证书" not in out and P1 in out and P2 in out


def test_an_upper_case_tag_remnant_goes():
    page = TITLE + "把群众的事办好办实，以此来迎接党的十七大胜利召开?!?/P>\n" + P2
    out = clean_page(page)
    assert "/P>" not in out and "迎接党的十七大胜利召开" in out


def test_a_wire_datelines_reprint_source_goes_with_it():
    page = TITLE + "  中评社北京6月29日电/据光明日报报导，一个个行业明星进机关、下学校、蹲田间地头，宣讲活动正在有序进行。\n" + P2
    out = clean_page(page)
    assert "报导" not in out and "一个个行业明星进机关" in out


# -- a menu one item a line, each closed by a bar ------------------------------------------------------------

def test_a_menu_of_items_closed_by_bars_goes_whole():
    menu = "".join(f"{item} |\n|\n|\n" for item in ("看东江", "滚动播报", "东江要闻", "社会民生", "热线", "江洲论坛"))
    page = menu + TITLE + P1 + P2
    out = clean_page(page)
    assert "东江要闻" not in out and "社会民生" not in out and "江洲论坛" not in out
    assert P1 in out and P2 in out


def test_a_flattened_table_closed_by_bars_keeps_its_cells():
    table = "姓名 |\n职务 |\n林海 |\n支部书记 |\n周红 |\n组织委员 |\n"
    page = TITLE + table + P1 + P2
    out = clean_page(page)
    assert all(cell in out for cell in ("姓名", "职务", "林海", "支部书记", "周红", "组织委员"))


# -- an account's foot, the pager's two headlines, a site glued before its time field ------------------------

@pytest.mark.parametrize("line", ["关注我们,后续将提供更多服务", "评论并参与互动。"])
def test_an_accounts_plea_to_follow_or_comment_goes(line):
    page = TITLE + P1 + P2 + line + "\n"
    out = clean_page(page)
    assert line not in out and P2 in out


def test_a_sentence_on_following_the_branchs_account_stays():
    line = "支部引导群众关注我们的公众号，及时了解村里的大事小情，参与互动的群众越来越多。\n"
    page = TITLE + P1 + line + P2
    assert line in clean_page(page)


def test_the_pagers_two_headlines_on_one_line_go():
    line = "上一条:我校召开校党委理论学习中心组集中学习 下一条:我校召开巡察情况反馈会"
    page = TITLE + P1 + P2 + line + "\n"
    out = clean_page(page)
    assert "上一条" not in out and "巡察情况反馈会" not in out and P2 in out


def test_a_sites_name_glued_before_its_time_field_goes():
    page = TITLE + "东江产业经济信息网   时间:2025-10-10\n" + P1 + P2
    out = clean_page(page)
    assert "信息网" not in out and "2025-10-10" not in out and P1 in out


def test_a_lottery_sites_draw_lookup_after_its_name_goes():
    page = TITLE + "6月30日下午，加拿大28官网开奖网站查询在学术活动中心召开庆祝大会，表彰先进党支部。\n" + P2
    out = clean_page(page)
    assert "开奖" not in out and "官网" not in out and "在学术活动中心召开庆祝大会" in out


def test_the_writers_name_after_an_editors_note_in_brackets_goes():
    last = "会议要求，全市各级党组织和广大党员要以先进为榜样，为打赢脱贫攻坚战贡献更大力量。"
    page = TITLE + P1 + last + "(获奖名单见今日4版)(林梦竹)\n"
    out = clean_page(page)
    assert "林梦竹" not in out and last in out


# -- report lines the line rules must leave: a bulleted point cut at the excerpt's end, a two-column line ---------

def test_a_bulleted_point_of_several_clauses_cut_at_the_end_stays():
    point = "  • 集约化发展强产业：优化布局，以村为单位集约化、规模化打造四大产业，推广应用稻渔综合种养与高标准农田建设创新结"
    page = TITLE + P1 + "强村富民，发挥带动效应\n\n" + point
    out = clean_page(page)
    assert "以村为单位集约化、规模化打造四大产业" in out


def test_a_two_column_line_whose_second_column_is_a_sentences_end_stays():
    rows = [
        "                 “林书记来了，快坐快坐……”2 月 9 日，见到东江                            三个村的党支部书记向分属乡",
        "                 市石桥区沙河镇白虎村党支部书记、村委会主任林                             镇党委汇报这一想法后，乡镇党委",
        "                 德，罗家岩村村民赵长清连忙放下手中的活计，热                             很认可，并将情况上报至区委，",
        "                 情地打起招呼。                                             区委大加赞赏，认为可以“先",
        "",
        "                     罗家岩村的村民为何对另一个村的书记如此熟                            行先试”。",
        "                 悉？这要从“三村联盟”说起。                                     获得同意批示后，三个村的党",
    ]
    page = TITLE + "\n".join(rows) + "\n"
    out = clean_page(page)
    assert "罗家岩村的村民为何对另一个村的书记如此熟" in out


# -- a caption under an HTML image tag; the writer's note; a feed's item; a pair of credits -------------------

def test_a_caption_under_an_html_image_tag_goes():
    img = '<image>data:image/s3,"s3://crabby-images/8ab27/8ab279a5e77f40b0e4d7cc56f4abc3f6c20cf08d" alt=""</image>\n'
    page = TITLE + P1 + img + "外语学院教工党员下沉社区\n" + img + "教工党员清理“小广告”\n" + P2
    out = clean_page(page)
    assert "下沉社区" not in out and "小广告" not in out and P1 in out and P2 in out


def test_the_note_on_who_the_writer_is_goes():
    page = TITLE + P1 + P2 + "(作者系东江区石桥街道华福巷社区党委书记)\n"
    out = clean_page(page)
    assert "作者系" not in out and P2 in out


def test_a_feeds_item_with_how_long_ago_goes():
    line = "东江日报  ·  刚刚确认：东江持续三天降雨！ ·  3 天前  "
    page = TITLE + P1 + P2 + line + "\n"
    out = clean_page(page)
    assert "3 天前" not in out and "刚刚确认" not in out and P2 in out


def test_a_bracketed_pair_of_credits_with_the_tutors_goes():
    last = "调研团队跟随党小组一同来到老党员家中。"
    page = TITLE + P1 + last + "(指导老师:陆自荣 秦加军 文学与新闻学院通讯员:严婧 唐文萱)\n" + P2
    out = clean_page(page)
    assert "指导老师" not in out and last in out


def test_a_sites_copyright_statement_and_its_items_go():
    block = ("版权声明\n\n1.本文为东江法治网原创作品。\n\n2.所有原创作品,包括但不限于图片、文字及多媒体形式的新闻、信息等,"
             "未经著作权人合法授权,禁止一切形式的下载、转载使用或者建立镜像。\n\n3.东江法治网对外版权工作统一由东江媒体版权保护中心受理")
    page = TITLE + P1 + P2 + "\n" + block
    out = clean_page(page)
    assert "版权" not in out and "原创作品" not in out and P2 in out


# -- the fourth round's shapes ----------------------------------------------------------------------------

def test_a_date_field_glued_before_the_first_sentence_goes_and_the_sentence_stays():
    sentence = "“红色基因就是要传承”，总书记在参加代表团审议时这样强调。在东江市太平镇，抗日游击总队纪念馆巍然矗立。"
    page = "||\n|\n更新时间:2019-06-25 " + sentence + "\n" + P2
    out = clean_page(page)
    assert "更新时间" not in out and sentence in out


def test_a_papers_dateline_with_its_reporters_run_together_goes_whole():
    page = TITLE + "本报消息记者林挺通讯员毕和平报道 近日，石桥村党支部组织党员开展志愿服务活动，受到群众好评。\n" + P2
    out = clean_page(page)
    assert "通讯员" not in out and "报道" not in out and "近日，石桥村党支部组织党员开展志愿服务活动" in out


@pytest.mark.parametrize("line", ["上一:金鼎行政管理系党支部赴天津开展主题党日活动", "下一:社保系党支部赴纪念馆举办主题党日活动"])
def test_a_pagers_short_label_and_its_headline_go(line):
    page = TITLE + P1 + P2 + line + "\n"
    out = clean_page(page)
    assert line[3:] not in out and P2 in out


def test_a_papers_statement_against_reprints_goes():
    block = ("东江日报社严正声明\n长期以来，东江市部分自媒体未经东江日报社授权同意，肆意、擅自、无偿转载、链接本报作品，"
             "严重侵犯了本社合法权益。\n")
    page = TITLE + P1 + P2 + block
    out = clean_page(page)
    assert "严正声明" not in out and "擅自" not in out and P2 in out


def test_a_disclosure_catalogues_fields_go():
    page = "信息名称: 东江区教育局主题党日下基层 主题分类: 义务教育\n" + TITLE + P1
    out = clean_page(page)
    assert "信息名称" not in out and "主题分类" not in out and P1 in out


def test_a_writing_tools_placeholder_for_a_table_goes():
    page = TITLE + "近年来，石桥村党支部坚持党建引领(插入表格:石桥村党员发展现状统计)，组织党员带头发展茶叶种植。\n" + P2
    out = clean_page(page)
    assert "插入表格" not in out and "组织党员带头发展茶叶种植" in out


def test_betting_names_where_a_units_name_stood_go():
    page = ("电竞投注平台-电竞博彩学校党支部开展主题党日活动\n皇冠信用網 皇冠官方網址\n"
            "近年来，学校党支部坚持党建引领，皇冠足球组织党员带头开展志愿服务活动。\n" + P2)
    out = clean_page(page)
    assert "电竞" not in out and "皇冠" not in out and "学校党支部开展主题党日活动" in out
    assert "组织党员带头开展志愿服务活动" in out


# -- the fifth and sixth rounds' shapes -----------------------------------------------------------------------

def test_a_long_menu_of_single_words_most_of_which_went_goes_whole():
    words = ["首页", "关于协会", "党建工作", "理事长致辞", "协会介绍", "机构设置", "自律维权", "总结计划", "大事记", "协会荣誉",
             "国内外动态", "我要投稿", "法律法规", "团体标准", "光荣榜", "专业活动", "日历表", "血液科普", "专家共识",
             "论文投稿", "职业发展", "在线教育", "招贤榜", "专业期刊", "文章书籍", "会员专区", "会员登录", "加入协会"]
    page = "2025年7月8日 星期二\n搜索\n" + "\n".join(words) + "\n" + TITLE + P1 + P2
    out = clean_page(page)
    assert "国内外动态" not in out and "我要投稿" not in out and "团体标准" not in out
    assert P1 in out and P2 in out


def test_an_e_papers_index_of_headlines_around_the_titles_entry_goes_and_the_title_stays():
    headline = "24小时待命 服务转运人群"
    index = ["推进新型工业化强市建设", "今年新增20家规上食品加工企业", headline, "全市13个重点产业链分期召开培训会",
             "东江区到企业 开展安全生产专项检查", "抓实抓牢养老机构疫情防控"]
    page = ("第02版:要闻 上一版3  4下一版\n" + "\n".join(index) + "\n  \n  版面导航    \n"
            "3上一篇  下一篇4 2022年4月8日 放大 缩小 默认\n防疫一线救护车驾驶员林斌:\n" + headline + "\n\n" + P1 + P2)
    out = clean_page(page)
    assert "全市13个重点产业链" not in out and "推进新型工业化" not in out and "版面导航" not in out
    assert out.count(headline) == 1 and P1 in out


def test_a_spaced_out_title_shown_twice_keeps_one_copy():
    title = "情 洒 牧 医 写 春 秋"
    page = ("当前位置: 网站首页 >> 校友工作 >> 著名校友 >> 正文\n\n" + title + "\n\n[发表时间]:2015-06-09 [浏览次数]:\n\n"
            + title + "\n\n——记东江区养殖业服务中心副主任林春良\n\n" + P1 + P2)
    out = clean_page(page)
    assert out.count(title) == 1 and "发表时间" not in out and P1 in out


def test_a_title_shown_twice_in_a_row_keeps_one_copy():
    page = "您的当前位置:\n\n地直机关党务工作\n\n地直机关党务工作\n\n" + P1 + P2
    out = clean_page(page)
    assert out.count("地直机关党务工作") == 1 and P1 in out


def test_a_units_name_and_a_second_writer_around_a_publishing_line_go():
    page = TITLE + "东江供电公司发布时间:2023-06-05 11:27:26  作者:林杰 张涛\n\n" + P1 + P2
    out = clean_page(page)
    assert "东江供电公司" not in out and "张涛" not in out and "作者" not in out and P1 in out


def test_a_dateline_glued_to_the_purpose_the_text_opens_with_goes():
    page = TITLE + "东江讯为充分发挥党员示范带头作用，石桥村党总支创建20亩党员示范田，培育带头能人。\n" + P2
    out = clean_page(page)
    assert "东江讯" not in out and "为充分发挥党员示范带头作用" in out


def test_a_units_name_in_brackets_closing_the_page_goes_and_a_signature_stays():
    last = "会议要求，各党支部要抓好常规，开展好“三会一课”、党日活动等常规工作。"
    out = clean_page(TITLE + P1 + last + "\n(传播学院)\n")
    assert "传播学院" not in out and last in out
    signed = TITLE + P1 + last + "\n石桥村党支部\n2023年5月1日\n"
    out = clean_page(signed)
    assert "石桥村党支部\n2023年5月1日" in out


def test_the_writers_view_disclaimer_goes():
    page = TITLE + P1 + P2 + "本文仅代表作者观点,不代表东江网立场。\n"
    out = clean_page(page)
    assert "代表作者观点" not in out and P2 in out


def test_a_year_left_blank_before_the_month_is_flagged_as_a_placeholder():
    from deedsnlp.clean import Cleaner

    text = TITLE + "1997年省计委批准立项，XX4月正式动工兴建，XX920日开始对外开放。新设备型号为AXX5月投产。\n"
    flags = [text[f.start : f.end] for f in Cleaner(suggestions=0).clean_text(text).findings if f.kind == "placeholder"]
    assert flags == ["XX", "XX"]
