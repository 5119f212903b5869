"""What is left around junk once it is removed: brackets it emptied, rows of the widget it stood
in, a dateline that opens its line once a brand before it is gone, the rest of an HTML tag. Invented
names and wording throughout; each test also keeps the report text that looks most like the junk."""

from __future__ import annotations

import pytest

from deedsnlp.clean import Cleaner


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(suggestions=0)


BODY = "青禾镇中心小学党支部现有党员十九名，支部坚持把立德树人融入教育教学全过程。"
NEXT = "支部每学期组织党员教师送教下乡，受到家长好评。"


@pytest.mark.parametrize("junk", ["(发布时间:2026-01-15)", "（来源：某某教育网 编辑：鲁晴）", "〔发布时间：2025-03-02〕"])
def test_brackets_emptied_by_the_junk_removed_from_them_go_too(cleaner, junk):
    page = f"支部组织党员开展志愿服务活动30余次{junk}，服务群众2000多人次（含外地家长）。\n{NEXT}\n"
    out = cleaner.clean_text(page).cleaned
    assert out == f"支部组织党员开展志愿服务活动30余次，服务群众2000多人次（含外地家长）。\n{NEXT}\n"


def test_a_teasers_ellipses_go_with_its_bracketed_marker(cleaner):
    page = f"支部坚持把学习贯穿全年，……（此处隐藏1280字）……全体党员参加集中学习12次。\n{NEXT}\n"
    assert cleaner.clean_text(page).cleaned == f"支部坚持把学习贯穿全年，全体党员参加集中学习12次。\n{NEXT}\n"


def test_brackets_holding_report_words_beside_junk_stay(cleaner):
    # the report's own aside stays whole, whatever the cleaner does around it
    page = f"支部全年发展党员3名（其中教师2名、职工1名），党员队伍结构不断优化。\n{NEXT}\n"
    assert cleaner.clean_text(page).cleaned == page


def test_rows_of_a_ranking_widget_go_together(cleaner):
    rows = ["单位 发稿量", "1 教务处 16", "2 党委宣传部 15", "3 学生工作处 13", "4 后勤服务中心(物业科) 10", "5 人事处 7",
            "6 团委 7", "7 数学教研组 6", "8 语文教研组 6", "9 校办公室 6", "10 体育组 5"]
    page = f"{BODY}\n{NEXT}\n" + "\n".join(rows) + "\n"
    out = cleaner.clean_text(page).cleaned
    assert BODY in out and NEXT in out
    assert not any(r in out for r in rows[1:]), out


def test_a_reports_own_numbered_rows_stay(cleaner):
    # a table of the report's own figures: nothing around it went, so nothing of it goes
    rows = ["1 党员人数 19", "2 入党积极分子 6", "3 志愿服务次数 32", "4 结对帮扶家庭 15"]
    page = f"{BODY}\n支部近三年主要数据如下：\n" + "\n".join(rows) + f"\n{NEXT}\n"
    assert cleaner.clean_text(page).cleaned == page


def test_a_title_under_menu_words_is_no_row_of_the_menu(cleaner):
    page = f"党建领航\n党员先锋\n清廉校园\n青禾镇中心小学党支部开展重阳敬老活动\n{BODY}\n"
    assert cleaner.clean_text(page).cleaned == f"青禾镇中心小学党支部开展重阳敬老活动\n{BODY}\n"


@pytest.mark.parametrize("brand", ["金象国际688入口", "澳门新锦江娱乐"])
def test_a_dateline_after_a_gambling_name_opening_the_line_goes_too(cleaner, brand):
    page = f"{brand} 临江站讯 （记者 鲁晴 通讯员 覃远航）“过去一年，我们送教下乡12次。”{BODY}\n{NEXT}\n"
    out = cleaner.clean_text(page).cleaned
    assert out == f"“过去一年，我们送教下乡12次。”{BODY}\n{NEXT}\n"


def test_a_notice_aside_before_a_tag_leaves_the_tags_line_break():
    # found by the property test of the pipeline: the aside widened over the masked <br and left >
    out = Cleaner(suggestions=0).clean_text("一、加强学习（来源：某某文库 www.demo-wk.cn）<br>本文来源：青松范文网。\n一、加强学习")
    assert out.cleaned == "一、加强学习\n一、加强学习"
