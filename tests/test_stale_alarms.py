"""False alarms of the report-year inference and the dated policy terms on realistic reports
(reported by the corpus writers), each with invented text, beside the true findings."""

from __future__ import annotations

import pytest

from deedsnlp.check import Checker
from deedsnlp.check.stale import load_lexicon, mentioned_years, newest_term, report_year, stale_terms
from deedsnlp.loader import load_text


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


# -- the year of a plan is not the report's year -------------------------------------------------
PLAN_DRAFT = """一、基本情况
2024年，白沙村党支部团结带领全村党员群众，扎实开展党纪学习教育，全年召开支部党员大会4次。
二、下一步打算
2025年，支部将继续深化党纪学习教育成果，计划新建村级活动阵地1处。
三、2025年工作打算
"""


def test_plan_year_is_not_the_report_year(checker):
    report = checker.check(load_text(PLAN_DRAFT, "draft"), "generic", None, lang="en")
    assert report.year == 2024 and report.year_source == "draft"


@pytest.mark.parametrize("text, year", [
    ("2024年，支部开展活动12次。2025年，支部将继续深化学习。", 2024),
    ("2024年支部开展活动12次。2025年计划新建阵地1处。", 2024),
    ("2023年，支部计划开展10次活动，实际开展了12次。", 2023),  # a plan carried out: the year counts
    ("2022年开展活动8次。2023年，支部按照年度学习计划，组织集中学习12次。", 2023),  # 学习计划 is a noun
    ("2022年开展活动8次。2023年，支部积极争取上级资金50万元。", 2023),
    ("2025年，学院党委扎实推进各项工作。\n【2026年工作思路】\n2026年，学院党委将巩固拓展学习教育成果。", 2025),
    ("2023年工作计划完成情况：全年开展活动12次。", 2023),
    ("2019年开展活动8次。2020年，村党支部将继续巩固脱贫成果，确保已脱贫群众不返贫。", 2019),
    ("2016年，全村实现脱贫，确保2017年整村出列。", 2016),
    ("2019年以来……仅2023年一年，力争到2035年", 2023),
    ("1975年生，2012年入党。2020年，支部荣获先进基层党组织称号。", 2020),
    ("支部书记张某某，1968年生，1990年入党，2016年任支部书记。", 2016),
    ("7项.2019年中考，学校总平均分位列全县第一。", 2019),
])
def test_report_year(text, year):
    assert report_year(text, 2026) == year


def test_biographical_years_are_no_report_years():
    assert mentioned_years("王某某，男，1975年生，2012年入党，2015年参加工作。") == []
    assert mentioned_years("2023年生产总值增长5%。") == [2023]  # 年生产 is no birth year


# -- a congress looked forward to the year before ------------------------------------------------
def test_anticipated_congress_is_no_anachronism():
    lexicon = load_lexicon()
    text = "2012年，局机关党委将以迎接党的十八大胜利召开为主线，深化学习型党组织建设。"
    assert stale_terms(text, 2011, lexicon) == []
    assert [h.status for h in stale_terms(text, 2009, lexicon)] == ["premature"]  # three years early
    assert [h.status for h in stale_terms("深入学习党的十八大精神。", 2011, lexicon)] == ["premature"]
    assert newest_term("全局以迎接党的十八大召开为主线。", lexicon) == (2011, "党的十八大")


# -- 主题教育 as an ordinary phrase --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "支部开展主题教育活动6次。", "组织党员开展主题教育，学习科学发展观。", "开展爱国主义主题教育。",
    "开展了三次主题教育。", "开展廉政主题教育月活动。", "开展主题教育实践活动。", "开展诚信主题教育。",
    "开展“争先创优”主题教育。",
])
def test_ordinary_theme_education_in_2010(text):
    lexicon = load_lexicon()
    assert stale_terms(text, 2010, lexicon) == []
    assert newest_term(text, lexicon, 2026) in (None, (2003, "科学发展观"))  # 主题教育 proves no year


def test_the_named_campaign_is_still_period_bound():
    lexicon = load_lexicon()
    # the full name before its time, and the bare campaign in a year between its two periods
    assert [h.status for h in stale_terms("深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。", 2010, lexicon)] == [
        "premature"]
    assert [h.term for h in stale_terms("深入开展主题教育，推动理论学习走深走实。", 2021, lexicon)] == ["主题教育"]
    assert [h.term for h in stale_terms("本次主题教育中，支部查摆问题5条。", 2022, lexicon)] == ["主题教育"]
    assert stale_terms("深入开展主题教育。", 2023, lexicon) == []
    # but the qualified phrase is not the campaign in any year
    assert stale_terms("开展爱国主义主题教育。", 2021, lexicon) == []


@pytest.mark.parametrize("text", [
    "支部以评选表彰为抓手，营造创先争优的浓厚氛围。", "在学院年度党员创先争优活动中，支部获评先进党支部。",
])
def test_ordinary_striving_for_excellence_after_the_campaign(text):
    assert stale_terms(text, 2021, load_lexicon()) == []


def test_the_striving_campaign_itself_is_still_period_bound():
    lexicon = load_lexicon()
    assert [h.term for h in stale_terms("支部深入开展创先争优活动，争创先进基层党组织。", 2021, lexicon)] == ["创先争优活动"]
    assert stale_terms("支部深入开展创先争优活动。", 2011, lexicon) == []


def test_ordinary_theme_education_in_a_2010_report(checker):
    text = ("一、基本情况\n2010年，红岭村党支部结合实际开展“争先创优”主题教育活动，组织党员学习科学发展观。\n"
            "二、组织生活\n全年开展爱国主义主题教育3次，共有30名党员参加。\n")
    report = checker.check(load_text(text, "draft"), "generic", None, lang="en")
    assert report.year == 2010
    assert [f for f in report.findings if f.kind in ("stale_term", "numeric_inconsistency")] == []
