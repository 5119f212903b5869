"""Shapes seen on the real pages of session 46, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3
CLOSING = "通过此次活动，党员们进一步坚定了理想信念，纷纷表示要立足岗位、担当作为。"
IMG = '<image>data:image/s3,"s3://crabby-images/c5e9b/c5e9b31bc4c1c5d9fe6ab6b2b68a53fe25d63dc5" alt=""</image>\n'


# -- a betting site's code before a grade's year ------------------------------------------------------------------

def test_a_betting_code_before_a_grade_keeps_the_year():
    line = "11月15日中午，金沙总站jszz362019级第三党支部召开“创先争优”动员会。\n"
    out = clean_page(TITLE + P1 + line + P2)
    assert "jszz36" not in out and "金沙" not in out
    assert "2019级第三党支部召开" in out


# -- credits ---------------------------------------------------------------------------------------------------

def test_a_branch_credit_with_its_day_in_brackets_goes():
    line = "本次活动得到了党总支的大力支持(高中支部供稿  2011-05-16)\n"
    out = clean_page(TITLE + P1 + P2 + line)
    assert "供稿" not in out and "本次活动得到了党总支的大力支持" in out


@pytest.mark.parametrize("names", ["(林晓蔚周莉萍陈伟)", "(周莉萍陈伟)"])
def test_writers_names_run_together_closing_the_text_go(names):
    out = clean_page(TITLE + P1 + P2 + CLOSING + names + "\n")
    assert names not in out and CLOSING in out


def test_a_department_and_its_writer_under_the_date_go():
    page = TITLE + P1 + P2 + "2009年11月10日\n人事二室 林嘉蔚 |\n"
    out = clean_page(page)
    assert "林嘉蔚" not in out and "2009年11月10日" in out and P2.strip() in out


@pytest.mark.parametrize("tail", ["县委组织部 办公室\n", "石桥村党支部\n2009年11月10日\n"])
def test_a_units_sign_off_stays(tail):
    out = clean_page(TITLE + P1 + P2 + tail)
    assert tail.strip().split("\n")[0] in out


def test_the_papers_issue_line_under_the_title_goes():
    page = "外企里的党支部\n\n□《东江周末》2013年6月18日\n\n" + P1 + P2
    out = clean_page(page)
    assert "东江周末" not in out and "外企里的党支部" in out and P1.strip() in out


# -- the headline's outlet and the editor's markup ----------------------------------------------------------------

def test_the_outlet_before_the_headline_goes():
    page = "东江日报:青峰:党群服务中心升级“一站式”服务\n发布日期:2021-07-06\n" + P1 + P2
    out = clean_page(page)
    assert "东江日报" not in out and "青峰:党群服务中心升级“一站式”服务" in out


@pytest.mark.parametrize("heading", ["工作汇报：石桥村党支部2023年工作情况", "情况通报：石桥村党支部换届工作"])
def test_a_reports_own_label_before_its_heading_stays(heading):
    out = clean_page(heading + "\n" + P1 + P2)
    assert heading in out


def test_the_headlines_part_markers_go():
    page = "为建设美好家园不懈努力(主题)\n——记石桥村党支部(副题)\n" + P1 + P2
    out = clean_page(page)
    assert "(主题)" not in out and "(副题)" not in out
    assert "为建设美好家园不懈努力" in out and "——记石桥村党支部" in out


# -- the page's head ---------------------------------------------------------------------------------------------

def test_a_site_name_written_twice_on_its_line_goes():
    page = "2021年3月5日星期五\n\n东江市科学技术协会东江市科学技术协会\n\n东江市科协召开机关支部党员大会\n\n日期:2016-02-26 浏览:2388\n\n" + P1 + P2
    out = clean_page(page)
    assert "科学技术协会" not in out and "东江市科协召开机关支部党员大会" in out


def test_a_title_written_twice_keeps_one_copy():
    page = "石桥村党支部先进事迹材料石桥村党支部先进事迹材料\n" + P1 + P2
    out = clean_page(page)
    assert out.count("石桥村党支部先进事迹材料") == 1


def test_the_reading_colour_switch_goes():
    page = TITLE + "文字:\n保护视力色:\n" + P1 + P2
    out = clean_page(page)
    assert "保护视力色" not in out and P1.strip() in out


# -- captions between pictures -------------------------------------------------------------------------------------

def test_captions_naming_posts_between_pictures_go():
    page = (TITLE + P1 + P2 + IMG + IMG + "校党委书记、校长林建华同志主持学习会。\n" + IMG + IMG
            + "全体党员同志认真听讲、仔细记录。\n")
    out = clean_page(page)
    assert "主持学习会" not in out and "仔细记录" not in out and P2.strip() in out


def test_a_listing_sentence_under_a_picture_with_text_below_stays():
    line = "大家对草坪中的烟头、纸屑等垃圾进行了清理。\n"
    page = TITLE + P1 + IMG + line + P2 + P3
    out = clean_page(page)
    assert line.strip() in out


# -- an outlet's marks and a site's summary and teasers --------------------------------------------------------------

@pytest.mark.parametrize("mark", ["东江水产门户网报道 ", "云上青峰报道:", "云上青峰报道 "])
def test_an_outlets_report_mark_opening_the_text_goes(mark):
    out = clean_page(TITLE + mark + P1 + P2)
    assert mark.strip(" :") not in out and P1.strip() in out


def test_the_day_and_the_paper_on_a_line_go():
    page = TITLE + "http://news.example.cn 2006年04月05日06:45 东江青年报\n" + P1 + P2
    out = clean_page(page)
    assert "东江青年报" not in out and "example" not in out and P1.strip() in out


def test_a_sites_summary_under_its_label_goes_where_the_text_follows():
    page = (TITLE + "简要内容:近日，石桥村党支部召开了学习实践活动总结会。特别是在发展茶叶产业的进程中……\n"
            + "近日，石桥村党支部召开了学习实践活动总结会。镇党委有关负责人参加会议。\n" + P1 + P2)
    out = clean_page(page)
    assert "简要内容" not in out and out.count("召开了学习实践活动总结会") == 1


def test_a_sidebar_teaser_with_its_details_button_goes():
    teaser = "东江医院始建于1958年，是一所集医疗、教学、科研、预防和康复为一体的综合性医院，1993年被评为... [ 详细 ]\n"
    page = teaser + "东江医院召开学习实践活动总结会\n" + P1 + P2
    out = clean_page(page)
    assert "始建于1958年" not in out and "东江医院召开学习实践活动总结会" in out and P1.strip() in out


# -- a site's menu down the head, a brand set apart by spaces, a gallery's captions in a row -------------------------

MENU = ("网站首页 学校首页\n综合新闻 图片新闻\n教学科研 合作交流\n招生就业 校友之窗\n人物风采 校园生活\n"
        "媒体东江 理论园地\n")


def test_a_sites_menu_run_down_the_head_goes():
    page = MENU + "\n" + TITLE + P1 + P2 + P3
    out = clean_page(page)
    assert "科研" not in out and "校友之窗" not in out and "校园生活" not in out
    assert TITLE.strip() in out and P1.strip() in out


@pytest.mark.parametrize("block", [
    pytest.param("党建引领 乡村振兴\n支部带头 党员争先\n产业兴旺 生活富裕\n村美民富 和谐幸福\n", id="slogans_in_a_row"),
    pytest.param("坚持政治引领\n强化组织建设\n推动发展见效\n", id="a_reports_points_in_a_row"),
])
def test_short_lines_in_a_row_inside_the_text_stay(block):
    page = TITLE + P1 + block + P2 + P3
    out = clean_page(page)
    assert block in out


def test_a_brand_set_apart_by_spaces_where_the_university_stood_goes():
    page = (TITLE + "11月12日下午，星辰娱乐 博士生第三党支部开展主题党日活动，支部书记主持会议。\n"
            + "随后，她讲述了星辰娱乐 杰出校友林院士扎根科研的故事，大家深受教育。\n" + P2)
    out = clean_page(page)
    assert "星辰娱乐" not in out and "博士生第三党支部开展主题党日活动" in out and "杰出校友林院士" in out


def test_a_galleries_captions_in_a_row_inside_the_text_go():
    captions = "项目部负责人汇报生产工作\n项目党支部书记讲微党课\n项目党支部书记分享经验\n党员们重温入党誓词\n"
    page = TITLE + P1 + captions + P2 + P3
    out = clean_page(page)
    assert "讲微党课" not in out and "分享经验" not in out and P1.strip() in out and P2.strip() in out


def test_a_paragraph_ending_its_sentence_before_a_read_more_button_stays():
    line = "支部对党员实行积分制管理，积分作为评选优秀党员的重要依据。…[阅读全文]\n"
    page = TITLE + P1 + line + P2
    out = clean_page(page)
    assert "支部对党员实行积分制管理，积分作为评选优秀党员的重要依据。" in out


def test_a_sites_preface_for_everyone_still_goes():
    line = "下面是小编为大家整理的党员先进事迹材料，希望对大家有所帮助，欢迎阅读参考。\n"
    out = clean_page(TITLE + line + P1 + P2)
    assert "小编" not in out and P1.strip() in out


# -- the report's own lines next to this session's shapes ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    pytest.param("参加活动的有xyz2021级党支部全体党员。\n", id="a_class_code_with_its_year_stays"),
    pytest.param("支部组织学习了《东江周末》2013年6月18日刊发的评论文章。\n", id="a_document_cited_in_a_sentence_stays"),
    pytest.param("支部开展了“学党章(主题)”读书活动，党员们踊跃参加。\n", id="a_quoted_theme_in_the_text_stays"),
    pytest.param("据东江日报报道 石桥村的茶叶远销省外，村民收入连年增长。\n", id="a_sentence_quoting_an_outlet_stays"),
    pytest.param("社区开展文化娱乐 活动，丰富群众生活。老人们参加文化娱乐 活动，其乐融融。\n", id="a_pastime_before_a_space_stays"),
    pytest.param("在前往示范村的路途中，林晓同学为大家普及了乡村振兴战略的内容，三位同学分享了革命先辈的故事，"
                 "引导同学们坚定理想信念，努力成长为对国家有用的人。\n", id="a_students_share_for_everyone_is_no_sites_preface"),
])
def test_a_body_line_stays(line):
    out = clean_page(TITLE + P1 + line + P2)
    assert line.strip() in out
