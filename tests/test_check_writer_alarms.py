"""False alarms and misses of the checker found by a corpus writer (second round), each with
invented text, beside the true findings the fixes must keep."""

from __future__ import annotations

import pytest

from deedsnlp.check import Checker
from deedsnlp.check.numbers import numeric_issues
from deedsnlp.check.stale import mentioned_years, newest_term, report_year, stale_terms
from deedsnlp.clean.flags import find_placeholders
from deedsnlp.loader import load_text


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


# -- 1. a dated term inside ASCII quotes ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    '青松社区开展"我为群众办实事"志愿服务。',
    "青松社区开展“我为群众办实事”志愿服务。",
    "青松社区开展我为群众办实事志愿服务。",
])
def test_term_in_any_quotes_is_caught(text):
    assert [(h.term, h.status) for h in stale_terms(text, 2019)] == [("我为群众办实事", "premature")]
    assert newest_term(text) == (2021, "我为群众办实事")


def test_term_after_a_closing_ascii_quote_is_still_a_name():
    # "清风护航"主题教育: a theme of the unit's own qualified by its name, as with full-width quotes
    assert stale_terms('税务所开展"清风护航"主题教育。', 2012) == []
    assert stale_terms("税务所开展“清风护航”主题教育。", 2012) == []


# -- 2. ○ as the zero of a Chinese numeral ---------------------------------------------------------

@pytest.mark.parametrize("date", ["二○○九年十二月", "二◯◯九年十二月", "二○一○年五月", "二○○○年"])
def test_circle_zero_in_a_date_is_no_placeholder(date):
    assert find_placeholders(f"落款：红星村党支部\n{date}\n") == []


def test_circle_zero_dates_give_the_year(checker):
    report = checker.check(load_text("红星村党支部工作总结\n二○○九年十二月\n", "draft"), "generic", lang="en")
    assert report.year == 2009
    assert not [f for f in report.findings if f.kind == "placeholder"]


@pytest.mark.parametrize("text,blank", [("负责人：○○○", "○○○"), ("○○年○○月", "○○"), ("二○○九年，○○○同志", "○○○")])
def test_circle_blanks_stay_placeholders(text, blank):
    found = [text[c.start : c.end] for c in find_placeholders(text)]
    assert found and all(f == blank for f in found)


# -- 4. a rank rises as its number falls -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "全县综合考核排名由第十一位上升到第三位。",
    "在全市的名次从第9名提升至第2名。",
    "满意度测评由第2名下降到第7名。",
])
def test_rank_changes_are_no_contradiction(text):
    assert numeric_issues(text) == []


def test_rank_moving_against_its_verb_is_caught():
    issues = numeric_issues("全县综合考核排名由第3位上升到第11位。")
    assert len(issues) == 1 and issues[0].data["rank"] is True
    # counts keep the ordinary direction
    assert len(numeric_issues("党员人数由31名增加到26名。")) == 1


def test_rank_message_in_chinese(checker):
    report = checker.check(load_text("2023年，全县综合考核排名由第3位上升到第11位。", "draft"), "generic")
    reasons = [f.reason for f in report.findings if f.kind == "numeric_inconsistency"]
    assert reasons and "名次" in reasons[0]


# -- 5. parts of different kinds may overlap -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "服务中心共有工作人员64人,其中持证社工51人,党员19人。",
    "服务中心共有工作人员64人，其中持证社工51人，退役军人19人。",
])
def test_overlapping_kinds_need_not_sum(text):
    assert numeric_issues(text) == []


@pytest.mark.parametrize("text", [
    "服务中心共有工作人员64人，其中男职工51人，女职工19人。",
    "现有党员40名，其中正式党员33名、预备党员9名。",
    "服务中心共有工作人员64人，其中持证社工71人。",
])
def test_one_partition_must_still_sum(text):
    assert len(numeric_issues(text)) == 1


# -- 7. target years are not the report's year ----------------------------------------------------

@pytest.mark.parametrize("text,year", [
    ("2015年，支部凝心聚力，为2016年整村脱贫摘帽打下坚实基础。", 2015),
    ("2023年，村里修通了产业路，确保东环路2024年建成通车。", 2023),
    ("2021年，学校改造了食堂，力求新教学楼2022年投入使用。", 2021),
])
def test_target_years(text, year):
    assert report_year(text, 2026) == year


@pytest.mark.parametrize("text,years", [
    ("确保了2023年各项任务圆满完成。", [2023]),
    ("2022年为群众办实事30件。", [2022]),
])
def test_done_years_stay(text, years):
    assert mentioned_years(text, 2026) == years


# -- 6. a section is counted whole under its heading ----------------------------------------------

_NUMBERED_OUTCOMES = """青山村党支部先进事迹材料
一、基本情况
青山村位于县城东南，辖6个村民小组412户1530人，党支部现有党员38名，其中正式党员36名、预备党员2名。近年来，支部围绕产业发展和乡村治理，团结带领群众干事创业，村集体经济收入逐年增加。
二、主要做法
（一）抓班子带队伍。支部坚持“三会一课”制度，每月开展主题党日活动，全年召开支部党员大会6次、支委会14次、党小组会24次，书记讲党课4次。
（二）抓产业促增收。支部牵头成立茶叶专业合作社，流转土地860亩，带动农户210户，户均增收4200元。
三、取得成效
1．集体经济不断壮大。村集体经济收入由2019年的8万元增加到2022年的46万元。
2．人居环境明显改善。完成改厕298户，硬化道路12公里，安装路灯160盏。
3．乡风文明持续提升。评选“好媳妇”“好公婆”38户，红白理事会办理简办事项27起。
4．群众满意度不断提高。在全镇群众满意度测评中位列第一，支部被评为县级先进基层党组织。
"""


def test_section_counted_whole_under_its_heading(checker):
    report = checker.check(load_text(_NUMBERED_OUTCOMES, "draft"), "village", 2022, lang="en")
    under = [s for s in report.present_sections if s.headings and s.headings[0] == "三、取得成效"]
    assert under, [s.headings for s in report.present_sections]
    whole = sum(len(line) for line in _NUMBERED_OUTCOMES.splitlines()[7:11])
    assert under[0].heading_passages == 4 and under[0].section_chars >= whole - 4
    # neither weak as "one short passage" nor hinted as thin with a part of its paragraphs
    assert "三、取得成效" not in [h for s in report.weak_sections for h in s.headings[:1]]
    assert not [f for f in report.findings if f.kind == "thin_section" and f.text == "三、取得成效"]


def test_short_section_under_its_heading_is_still_thin(checker):
    text = _NUMBERED_OUTCOMES.replace("（二）抓产业促增收。支部牵头成立茶叶专业合作社，流转土地860亩，带动农户210户，户均增收4200元。\n", "")
    report = checker.check(load_text(text, "draft"), "village", 2022, lang="en")
    thin = [f for f in report.findings if f.kind == "thin_section"]
    weak = [s for s in report.weak_sections if s.headings]
    # the one short paragraph under 二、主要做法 is still reported, as thin or as weak
    assert any("抓班子带队伍" in f.text or "主要做法" in f.text for f in thin) or \
        any("抓班子带队伍" in s.headings[0] or "主要做法" in s.headings[0] for s in weak)


# -- 3. one template blank, one kind ---------------------------------------------------------------

def test_same_blank_is_one_kind_on_every_line(checker):
    text = ("××镇青竹村党支部先进事迹材料\n"
            "2023年，青竹村位于××镇北部，辖5个村民小组，党支部现有党员29名。\n"
            "中共××镇青竹村支部委员会\n")
    report = checker.check(load_text(text, "draft"), "generic", lang="en")
    blanks = [f for f in report.findings if f.kind in ("mask", "placeholder")]
    assert [f.line for f in blanks] == [1, 2, 3]
    assert {f.kind for f in blanks} == {"placeholder"}


def test_a_censor_mask_beside_a_blank_stays_a_mask(checker):
    text = "××镇青竹村党支部先进事迹材料\n2023年，青竹村位于××镇北部，支部加**部队伍建设。\n"
    report = checker.check(load_text(text, "draft"), "generic", lang="en")
    kinds = sorted((f.line, f.kind) for f in report.findings if f.kind in ("mask", "placeholder"))
    assert (2, "mask") in kinds and (1, "placeholder") in kinds and (2, "placeholder") in kinds


def test_named_as_year_is_no_groundwork():
    text = "支部被评为2016年度先进基层党组织，为2017年工作开展奠定了基础。"
    assert mentioned_years(text, 2026) == [2016]
