"""Shapes seen on the real pages of session 49, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_TITLE, clean_page

TITLE, P1, P2 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2


# -- a site's notice on rights and its customer service ---------------------------------------------------------------

def test_a_sites_promise_to_act_on_a_rights_holders_word_goes():
    notice = "本站文字、图片、视频如有侵犯您的版权，请及时通知我们，本站将在第一时间予以处理。"
    out = clean_page(TITLE + P1 + P2 + notice + "谢谢！\n")
    assert "侵犯您的版权" not in out and "第一时间" not in out and P2.strip() in out


def test_a_call_to_add_the_sites_customer_service_goes():
    line = "微信扫码添加在线客服，描述您的问题。"
    out = clean_page(TITLE + P1 + line + "\n" + P2)
    assert "客服" not in out and P1.strip() in out and P2.strip() in out


def test_a_report_handling_a_request_at_once_keeps_its_words():
    line = "村委会接到群众反映后，第一时间予以处理，及时化解了矛盾。\n"
    out = clean_page(TITLE + P1 + line + P2)
    assert line.strip() in out


# -- betting sites' names where a unit's stood ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, brand, kept", [
    ("学校校训是对每一个富贵8866cc人最恳切的要求，也是对每一位师生的期望。", "富贵8866cc", "是对每一个"),
    ("5月12日，由金沙娱乐abc123net党办牵头组织，两个支部联合开展活动。", "金沙娱乐abc123net", "由"),
    ("按照研究金沙娱乐abc123net党委统一部署，支部开展学习。", "金沙娱乐abc123net", "按照研究"),
])
def test_a_sites_address_turned_name_goes_and_the_sentence_keeps_its_words(sentence, brand, kept):
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert brand not in out and kept in out and P2.strip() in out


def test_a_party_name_before_a_brands_letters_stays():
    out = clean_page(TITLE + P1 + "中共abc33455cc太阳成集团学生第二支部委员会于2020年召开会议。\n" + P2)
    assert "中共" in out and "abc33455cc" not in out


def test_a_login_word_where_a_units_full_name_stood_before_its_short_name_goes():
    sentence = "7月1日，宏运手机登录（以下简称环科院）党委组织全院干部职工收看表彰大会。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert "手机登录" not in out and "（以下简称环科院）党委组织全院干部职工" in out


def test_a_units_full_name_before_its_short_name_stays():
    sentence = "7月1日，江北县环境科学研究院（以下简称环科院）党委组织全院干部职工收看表彰大会。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


# -- a dateline whose names lost their middle dot, a source field naming several units ----------------------------------

@pytest.mark.parametrize("credit", ["江城新闻网讯(赵小青?曹学文)", "江城新聞網訊(趙小青?曹學文)"])
def test_a_datelines_names_joined_by_a_lost_middle_dot_go(credit):
    out = clean_page(TITLE + credit + P1 + P2)
    assert "赵小青" not in out and "趙小青" not in out and P1.strip() in out


def test_a_source_field_naming_units_joined_by_commas_goes_whole():
    line = "发布日期:2022-05-27 20:46    来源:设计咨询公司、临河公司、集团机关第二党支部   字体:[ ]"
    out = clean_page(TITLE + line + "\n" + P1 + P2)
    assert "临河公司" not in out and "第二党支部" not in out and P1.strip() in out


def test_a_sentence_naming_its_data_sources_stays():
    sentence = "数据来源：统计局、财政局、税务局。"
    out = clean_page(TITLE + P1 + sentence + P2)
    assert "统计局、财政局、税务局" in out


# -- empty fields, an issue's arrow ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["时间: 地点: 发起机构:", "作者：  来源：  点击："])
def test_a_line_of_labels_without_values_goes(line):
    out = clean_page(TITLE + line + "\n" + P1 + P2)
    assert line.strip() not in out and P1.strip() in out


def test_a_line_of_labels_with_their_values_stays():
    line = "时间：2023年5月8日  地点：村委会会议室"
    out = clean_page(TITLE + P1 + line + "\n" + P2)
    assert "村委会会议室" in out


@pytest.mark.parametrize("line", ["3上一期", "下一期4"])
def test_an_issues_arrow_alone_on_a_line_goes(line):
    out = clean_page(TITLE + "第04版:综合\n" + line + "\n" + P1 + P2)
    assert line not in out and P1.strip() in out


# -- step 2 (from round B197) ------------------------------------------------------------------------------------------

def test_a_title_shown_again_broken_over_two_lines_goes_and_the_whole_one_stays():
    title = "石桥村第一党支部举行 “喜迎国庆，奋进新征程”主题党日活动"
    head = title + "\n刊发日期:2022-09-27 阅读次数:\n\n石桥村第一党支部举行\n\n“喜迎国庆，奋进新征程”主题党日活动\n\n"
    out = clean_page(head + P1 + P2)
    assert out.count("石桥村第一党支部举行") == 1 and title in out and P1.strip() in out


def test_a_heading_and_its_subtitle_that_are_no_copy_of_the_title_stay():
    head = "石桥村党支部先进事迹材料\n\n支部建在茶园里\n——记石桥村党支部的三年\n\n"
    out = clean_page(head + P1 + P2)
    assert "支部建在茶园里" in out and "——记石桥村党支部的三年" in out


@pytest.mark.parametrize("sentence, aside", [
    ("在石桥村采访李桂兰(见图, 资料照片),没能从她嘴里问出太多东西。", "(见图, 资料照片)"),
    ("支部书记王海（资料图片）带领党员清理河道。", "（资料图片）"),
])
def test_an_aside_marking_the_pages_file_picture_goes(sentence, aside):
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert aside not in out and sentence.replace(aside, "") in out


def test_the_trades_word_glued_after_a_brands_number_goes_with_it():
    sentence = "7月15日上午，ABC体育4娱乐党性教育实践基地签约暨揭牌仪式在纪念馆举行。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert "娱乐" not in out and "党性教育实践基地签约暨揭牌仪式" in out


@pytest.mark.parametrize("line", ["手机号格式错误", "验证码不能为空", "请输入正确的手机号码"])
def test_a_web_forms_message_alone_on_its_line_goes(line):
    out = clean_page(TITLE + P1 + P2 + "请填写您的称呼\n" + line + "\n")
    assert line not in out and P2.strip() in out


def test_a_headline_calling_out_to_the_party_with_an_at_sign_stays_once():
    title = "@党支部建在庭院里"
    out = clean_page(title + "\n\n来源:东川新闻网\n" + title + "\n文章图片\n\n" + title + "\n" + P1 + P2)
    assert out.count(title) == 1 and P1.strip() in out


def test_a_social_accounts_handle_alone_on_its_line_goes():
    out = clean_page(TITLE + P1 + P2 + "@青山有约\n")
    assert "@青山有约" not in out and P2.strip() in out


# -- step 3 (from round B198) ------------------------------------------------------------------------------------------

def test_a_brands_official_site_after_its_bracketed_country_goes_with_it():
    line = "2024年春援疆系列报道(二)——宏运电子体育· (中国)官方网站援疆支教团临时党支部开展主题党日活动"
    out = clean_page(line + "\n" + P1 + P2)
    assert "官方网站" not in out and "援疆支教团临时党支部开展主题党日活动" in out


@pytest.mark.parametrize("junk", ["|性一交一乱一交A片", "-嫩草嫩草嫩草影院"])
def test_an_adult_sites_words_glued_after_a_title_go(junk):
    out = clean_page("石桥村党支部十年接力铸就茶乡情深" + junk + "\n" + P1 + P2)
    assert "交A片" not in out and "嫩草" not in out and "石桥村党支部十年接力铸就茶乡情深" in out


def test_a_lottery_tip_posts_title_goes():
    line = "24年236期老李体彩排列三杀码图谜"
    out = clean_page(TITLE + P1 + P2 + line + "\n发表于:2024/09/01 22:35:01\n")
    assert "杀码" not in out and P2.strip() in out


def test_a_lottery_offices_report_of_its_draw_stays():
    line = "中心党支部组织党员监督第236期双色球开奖，确保公开公正。"
    out = clean_page(TITLE + P1 + line + "\n" + P2)
    assert line in out


def test_an_epapers_index_of_headlines_goes_though_one_of_them_reads_as_the_title():
    index = ("第16版:区街新闻 上一版3\n石桥村开展党建进农户活动\n民主推选村民小组长\n评出优秀党员电教课件\n网格化促便民服务\n"
             "一座“红牌坊”\n见证一座城\n青山区致力提高群众文物保护意识\n返回主页 | 江城日报 | 版面导航 | 江城晚报\n上一期  下一期\n")
    out = clean_page(index + "石桥村开展党建进农户活动\n\n" + P1 + P2)
    assert "评出优秀党员电教课件" not in out and "见证一座城" not in out
    assert out.count("石桥村开展党建进农户活动") == 1 and P1.strip() in out


def test_an_official_documents_number_in_brackets_under_its_title_stays():
    head = "江北县自然资源局关于表彰第七地质大队的决定\n（江自然资发[2011]120号）\n\n"
    out = clean_page(head + P1 + P2)
    assert "（江自然资发[2011]120号）" in out


def test_a_document_sites_slogan_glued_before_the_text_goes_alone():
    first = "公路人先进事迹材料郭金海同志今年27岁，毕业后被组织分配到利津公路局工作。"
    out = clean_page("精选优质文档-倾情为你奉上" + first + "\n" + P1 + P2)
    assert "精选优质文档" not in out and "倾情为你奉上" not in out and first in out


def test_a_brands_football_app_after_its_latin_name_goes_with_it():
    sentence = "会议伊始，支部书记传达了kaiyun欧洲杯app党委关于开展保密宣传教育月活动的要求。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert "欧洲杯app" not in out and "党委关于开展保密宣传教育月活动的要求" in out
