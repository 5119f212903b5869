"""Shapes seen on the real pages of session 45, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3
CLOSING = "通过此次活动，党员们进一步坚定了理想信念，纷纷表示要立足岗位、担当作为。"


# -- the writing unit or the writers in brackets closing the text ----------------------------------------------

@pytest.mark.parametrize("credit", [
    "(机关党委、勘探三队、东江局)",  # a field team among the units
    "(东江博物馆)",
    "(附三院)",
    "(青峰产业园)",
    "(林秀梅? 周海)",  # a flattened space read as a question mark between the names
    "(青峰生物:林秀梅)",  # a company's short name before its writer
    "(林秀梅 周海 陈立新) ? |",
])
def test_a_credit_in_brackets_closing_the_text_goes(credit):
    page = TITLE + P1 + P2 + CLOSING + credit
    out = clean_page(page)
    assert credit.strip(" ?|") not in out and CLOSING in out
    assert P1 in out and P2 in out


def test_the_credit_on_its_own_line_over_the_editors_field_goes():
    page = TITLE + P1 + P2 + CLOSING + "\n\n(校党委统战部、致公党东江学院支部)\n\n责任编辑:林青"
    out = clean_page(page)
    assert "统战部" not in out and CLOSING in out and P2 in out


@pytest.mark.parametrize("line", [
    "会议期间，大家参观了东江博物馆。",
    "党员们来到青峰产业园（东江镇）。",
    "支部与东江局、勘探三队开展联学联建。",
])
def test_a_sentence_naming_a_museum_or_a_team_stays(line):
    page = TITLE + P1 + P2 + line
    out = clean_page(page)
    assert line in out


def test_a_bracketed_aside_in_the_middle_of_the_text_stays():
    # not closing the text: a line of the report goes on after it
    line = "活动由东江局党委主办。(东江局)"
    page = TITLE + P1 + line + "会后，大家进行了交流。\n" + P2
    out = clean_page(page)
    assert "(东江局)会后" in out


# -- narration trailing off between paragraphs ----------------------------------------------------------------

def test_the_narration_trailing_off_between_paragraphs_stays():
    line = "  让我们把时间拨回到那年冬天……\n\n"
    page = TITLE + "  " + P1 + "\n" + line + "  " + P2 + "\n  " + P3
    out = clean_page(page)
    assert "让我们把时间拨回到那年冬天……" in out


@pytest.mark.parametrize("line", ["广告加载中……", "点击查看更多……"])
def test_a_loading_or_teaser_line_in_an_ellipsis_still_goes(line):
    page = TITLE + P1 + "\n" + line + "\n\n" + P2 + P3
    out = clean_page(page)
    assert line not in out and P1 in out and P2 in out


# -- a project's own abstract ----------------------------------------------------------------------------------

def test_a_projects_own_abstract_keeps_its_text():
    abstract = ("本项目于去年6月参加了学校组织的公开答辩，并获批立项。支部组织党员进行了多次讨论，精心设计了实施方案，"
                "在试验站开展了一系列服务活动。")
    page = TITLE + "摘要:" + abstract + "\n\n一、背景\n\n" + P1 + P2
    out = clean_page(page)
    assert abstract in out and P1 in out


# -- a numbered picture's caption, its number after it ----------------------------------------------------------

def test_a_caption_closed_by_its_pictures_number_goes():
    caption = "医疗队队员在“忠诚履行使命”条幅上庄重签名(图三)"
    page = TITLE + P1 + "\n" + caption + "\n\n" + P2 + P3
    out = clean_page(page)
    assert "庄重签名" not in out and P1 in out and P2 in out


def test_a_numbered_heading_closed_by_a_pictures_number_stays():
    heading = "一、坚持党建引领(图一)"
    page = TITLE + heading + "\n" + P1 + P2
    out = clean_page(page)
    assert "坚持党建引领" in out


# -- spam spliced into sentences ---------------------------------------------------------------------------------

def test_a_betting_brand_with_its_official_site_tail_goes_from_the_sentence():
    line = ("公司制作的作品形象展示了鸿运体育|(官网)点击登录东线工程规划、建设、运行管理情况，"
            "进一步加深了社会公众对这一工程的认识，累计浏览量达两万余人次。\n")
    page = TITLE + P1 + line + P2
    out = clean_page(page)
    assert "鸿运体育" not in out and "官网" not in out
    assert "形象展示了东线工程规划" in out and P1 in out and P2 in out


def test_a_company_named_with_its_china_subsidiary_stays():
    line = "青峰体育（中国）有限公司党委书记林海一行来村调研，与村党支部签订共建协议。\n"
    page = TITLE + P1 + line + P2
    out = clean_page(page)
    assert "党委书记林海一行来村调研" in out


# -- page furniture ---------------------------------------------------------------------------------------------

def test_a_comment_signed_by_a_masked_phone_number_goes():
    page = TITLE + P1 + P2 + "138****6156 回复 139****6009:说得真好\n" + "151****2208:支持！\n"
    out = clean_page(page)
    assert "****" not in out and P2 in out


def test_a_vip_mark_glued_to_the_title_goes():
    page = "一心扑在事业上——记市殡葬管理所所长林海[VIP]\n" + P1 + P2
    out = clean_page(page)
    assert "VIP" not in out and "记市殡葬管理所所长林海" in out


def test_an_accounts_dateline_with_its_writers_goes():
    line = "前进农场发布(林秀梅 周海)春回大地，万象更新，正值春耕春播季，农场党员干部深入田间地头开展慰问。\n"
    page = TITLE + line + P2
    out = clean_page(page)
    assert "林秀梅" not in out and "春回大地，万象更新" in out


def test_a_notice_published_with_its_draft_in_brackets_stays():
    line = "市委组织部发布(征求意见稿)后，各支部认真组织讨论，共收集意见建议36条。\n"
    page = TITLE + P1 + line + P2
    out = clean_page(page)
    assert line.strip() in out


def test_a_collection_label_before_the_items_title_goes():
    page = "范文一:村党支部书记推荐理由\n" + P1 + P2
    out = clean_page(page)
    assert "范文一" not in out and "村党支部书记推荐理由" in out


def test_a_spliced_link_directorys_other_copies_go_too():
    first = "9月21日下午，某某快讯网址大全土木学院水工党支部与共建单位联合开展主题党日活动。\n"
    second = "活动伊始，工作人员首先带领某某快讯网址大全水工党支部教师前往险工段查看修复情况。\n"
    page = TITLE + P1 + first + second + P2
    out = clean_page(page)
    assert "网址大全" not in out and "首先带领水工党支部教师前往险工段" in out


# -- a gallery's captions line under line, closing the page ----------------------------------------------------

def test_a_gallery_of_captions_under_the_text_goes_line_by_line():
    captions = [
        "支部书记林海同志参与东区社区防疫宣传工作",
        "支部书记林海参与教工四村核酸检测工作",
        "党员周秀梅参与教工一村核酸检测扫码工作",
        "党员陈立新参与全员核酸秩序维持志愿服务工作",
        "群众张晓红参与教工一村核酸检测扫码工作",
    ]
    page = TITLE + P1 + "\n" + P2 + "\n" + "\n\n".join(captions)
    out = clean_page(page)
    assert not any(c in out for c in captions)
    assert P1 in out and P2 in out


def test_a_plans_items_under_the_last_paragraph_stay():
    # short lines under the text sharing words, but no caption above them: the report's own list
    items = ["党员周秀梅负责教工一村核酸检测扫码工作", "党员陈立新负责全员核酸秩序维持志愿服务工作"]
    page = TITLE + P1 + "\n" + P2 + "\n" + "\n".join(items)
    out = clean_page(page)
    assert all(i in out for i in items)


# -- a news portal's 核心提示 retelling the text's first paragraph ------------------------------------------------

def test_a_portals_key_points_retelling_the_first_paragraph_goes():
    summary = "某某医院援外医疗队近日在位于首都附近的友好医院留观中心开展了重温入党誓词仪式。此次活动坚定了队员的决心。"
    lead = "9月29日上午，某某医院援外医疗队在位于首都附近的友好医院留观中心举行了庄严的重温入党誓词仪式，全体党员面对党旗郑重宣誓。\n"
    page = "某某医院援外医疗队开展重温入党誓词活动\n" + "核心提示:" + summary + "\n\n" + lead + P2
    out = clean_page(page)
    assert "此次活动坚定了队员的决心" not in out and "核心提示" not in out
    assert "举行了庄严的重温入党誓词仪式" in out and P2 in out


def test_a_summary_in_other_words_keeps_its_text():
    # 摘要, not a portal's 核心提示: an abstract told once in its own words stays
    summary = "某某医院援外医疗队近日在位于首都附近的友好医院留观中心开展了重温入党誓词仪式。此次活动坚定了队员的决心。"
    lead = "9月29日上午，某某医院援外医疗队在位于首都附近的友好医院留观中心举行了庄严的重温入党誓词仪式，全体党员面对党旗郑重宣誓。\n"
    page = "某某医院援外医疗队开展重温入党誓词活动\n" + "摘要:本文记述" + summary + "\n\n" + lead + P2
    out = clean_page(page)
    assert "此次活动坚定了队员的决心" in out


# -- more writers' credits closing the text ---------------------------------------------------------------------

@pytest.mark.parametrize("credit", [
    "(林秀梅/文、摄 周海、陈立新/审)",  # each name with its role after a slash
    "(据《东江日报》2010年09月07日17版) |",  # the paper's page the text was taken from
    "(市供销合作总社党史学习教育领导小组办公室)",  # an office's long name
])
def test_more_credits_closing_the_text_go(credit):
    page = TITLE + P1 + P2 + CLOSING + credit
    out = clean_page(page)
    assert credit.strip(" |")[1:6] not in out and CLOSING in out


def test_two_bare_names_closing_the_page_go():
    page = TITLE + P1 + P2 + CLOSING + "金丰 姚秀梅"
    out = clean_page(page)
    assert "姚秀梅" not in out and CLOSING in out


def test_two_words_closing_the_page_stay():
    # no names: words of the text (a slogan's two halves)
    line = CLOSING + "团结 奋进"
    page = TITLE + P1 + P2 + line
    out = clean_page(page)
    assert "团结 奋进" in out


# -- spam with a number before its site word --------------------------------------------------------------------

@pytest.mark.parametrize("brand, rest", [
    ("UG环球360官方网站", "党委围绕立德树人中心任务，在支部设置和活动开展方面不断创新。"),
    ("新葡萄8883官網AMG", "研究生第一黨支部準確瞄準數字化黨建的新方式，讓信息技術為黨建插上了翅膀。"),
])
def test_a_brand_with_its_number_and_site_word_goes_from_the_sentence(brand, rest):
    line = "为加强基层党组织建设，" + brand + rest + "\n"
    page = TITLE + P1 + line + P2
    out = clean_page(page)
    assert brand not in out and rest in out


def test_a_service_hotlines_site_stays():
    line = "党员志愿者教老人通过中国铁路12306官网购票，方便群众出行。\n"
    page = TITLE + P1 + line + P2
    out = clean_page(page)
    assert line.strip() in out


# -- file names, datelines and title suffixes ---------------------------------------------------------------------


def test_a_wire_dateline_with_the_reprints_source_goes():
    line = "中新网1月23日电 据东江侨网消息，近日，市外侨办党支部赴东岛慰问贫困归侨侨眷，送去党组织的关怀。\n"
    page = TITLE + line + P2
    out = clean_page(page)
    assert "中新网" not in out and "侨网消息" not in out and "近日，市外侨办党支部赴东岛慰问贫困归侨侨眷" in out


def test_a_title_with_two_site_suffixes_keeps_the_title():
    # the page's head shows the title with the site's section and name after it, the title over the text shows it again
    title = "【新时代新征程：东江区奏响社区治理“奋进曲”】第四期丨东江社区“三凤”齐飞 党民同心乐悠悠"
    page = title + "_东江新闻_某某网-某某Bwin\n公司动态\n" + title + "_东江新闻_某某网\n" + P1 + P2
    out = clean_page(page)
    assert "东江新闻" not in out and "东江社区“三凤”齐飞 党民同心乐悠悠" in out


# -- captions opened by their day ---------------------------------------------------------------------------------

def test_a_caption_opened_by_its_day_between_paragraphs_goes():
    caption = "2019年4月9日，东江站职工在106国道解救外地受困车辆"
    page = TITLE + P1 + "\n" + caption + "\n\n" + P2 + P3
    out = clean_page(page)
    assert caption not in out and P1 in out and P2 in out


def test_a_list_of_dated_honours_stays():
    honours = ["2018年12月，被评为全市先进基层党组织", "2019年7月，荣获全省五星级党支部称号"]
    page = TITLE + P1 + "\n" + "\n".join(honours) + "\n" + P2 + P3
    out = clean_page(page)
    assert all(h in out for h in honours)


# -- years left blank -----------------------------------------------------------------------------------------------

def test_a_span_of_blank_years_is_a_placeholder_not_a_random_string():
    from deedsnlp.clean import Cleaner

    line = "三年来，支部共发展了20xx~20xx届的新党员12名，为组织注入了新鲜血液和活力。\n"
    result = Cleaner(suggestions=0).clean_text(TITLE + P1 + line + P2)
    assert "20xx~20xx届" in result.cleaned
    assert any(f.kind == "placeholder" and "20xx" in f.text for f in result.findings if f.action == "flagged")


# -- a long sentence under a picture's file name is the text's ---------------------------------------------------

def test_a_long_sentence_under_a_pictures_file_name_stays():
    line = "联评会由党委班子和各支部书记根据支部述职情况和平时履职情况对各支部书记进行民主测评。"
    page = TITLE + P1 + "\nimage001.jpg\n\n" + line + "\n\nimage003.jpg\n\n" + P2
    out = clean_page(page)
    assert line in out and "image001" not in out


# -- a gallery's captions under the text, or over it under a caption taken ---------------------------------------

def test_a_gallery_under_the_last_paragraph_goes():
    gallery = ["党日活动现场(集体宣誓)", "林海书记发言", "支部书记周秀梅同志发言", "党日活动现场(支委成员代表发言)"]
    page = TITLE + P1 + P2 + "\n\n".join(gallery)
    out = clean_page(page)
    assert not any(g in out for g in gallery) and P2 in out


def test_a_gallery_over_the_text_under_a_caption_taken_goes():
    gallery = ["参观美丽乡村建设", "林海副主任走访慰问", "周秀梅巡视员走访慰问", "党员干部体验农事,农产品助销"]
    page = ("积极参与脱贫攻坚行动，助力全面建成小康社会\n——省委某办开展“我为群众办实事”主题党日活动\n主题党日活动合影\n"
            + "\n".join(gallery) + "\n" + P1 + P2)
    out = clean_page(page)
    assert not any(g in out for g in gallery) and P1 in out and "助力全面建成小康社会" in out


def test_a_sign_off_under_the_last_paragraph_stays():
    page = TITLE + P1 + P2 + "石桥村党支部\n2023年12月20日"
    out = clean_page(page)
    assert "石桥村党支部\n2023年12月20日" in out or ("2023年12月20日" in out and out.count("石桥村党支部") >= 2)


# -- a collection's title counting its pieces plainly ------------------------------------------------------------

@pytest.mark.parametrize("title", ["2024小学工会年度工作总结(5篇)", "教育工会的工作总结5篇精选", "福建省模范职工之家(四篇)"])
def test_a_collections_title_counting_three_pieces_or_more_goes_whole(title):
    page = title + "\n" + "小学工会年度工作总结一\n" + P1 + P2
    out = clean_page(page)
    assert title not in out and P1 in out


def test_a_title_naming_its_model_texts_keeps_its_name():
    # (the project's own corpus writes the collection's name as the document's title: the count alone goes)
    page = "机关党员下沉社区抗疫先进事迹材料范文3篇\n事迹一\n" + P1 + P2
    out = clean_page(page)
    assert "机关党员下沉社区抗疫先进事迹材料" in out and "3篇" not in out


# -- junk spliced into a sentence: the junk goes, the sentence's words stay -------------------------------------

@pytest.mark.parametrize("line, gone, kept", [
    # a link directory's name after a comma
    ("9月21日下午，某某快讯网址大全土木学院水工党支部与共建单位联合开展主题党日活动。", ("网址大全",), "土木学院水工党支部与共建单位联合开展主题党日活动"),
    # a porn studio's name and its video's code
    ("会上，麻豆传媒MD0157报送的参评成果分别获得二等奖和三等奖。", ("MD0157", "麻豆"), "报送的参评成果分别获得二等奖和三等奖"),
    # a known brand, 亚洲 and its site where a unit's name stood
    ("和他一起受到帮扶的还有原申博亚洲官方网:市粮油加工总公司下岗职工李重明。", ("申博",), "市粮油加工总公司下岗职工李重明"),
    # an image file's name after the line's last sentence
    ("集团团委组织开展青年文明号评审交流会，对进入复审阶段的15个青年集体开展现场评审工作。评审现场照片.jpg", (".jpg",), "开展现场评审工作。"),
    # a desktop path before a quotation
    ("C:\\Users\\I\\Desktop\\QQ图片20200305103407.jpg “起来！不愿做奴隶的人们！”党员们齐声高唱国歌。", ("Desktop",),
     "“起来！不愿做奴隶的人们！”"),
])
def test_junk_spliced_into_a_sentence_goes_and_the_sentence_stays(line, gone, kept):
    page = TITLE + P1 + line + "\n" + P2
    out = clean_page(page)
    assert not any(g in out for g in gone) and kept in out and P1 in out and P2 in out
