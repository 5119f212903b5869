"""False alarms of the number checks on realistic reports (reported by the corpus writers), each
with invented text, beside the true findings they must not hide."""

from __future__ import annotations

import pytest

from deedsnlp.check import Checker
from deedsnlp.check.numbers import numeric_issues, stock_conflicts, stock_counts
from deedsnlp.loader import load_text


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def numeric(checker: Checker, text: str, year: int = 2024) -> list:
    report = checker.check(load_text(text, "draft"), "generic", year, lang="en")
    return [f for f in report.findings if f.kind == "numeric_inconsistency"]


def stocks(*passages: str):
    found = []
    for i, text in enumerate(passages, start=1):
        found.extend(stock_counts(text, i))
    return found


# -- subsets are no second statement of the whole -------------------------------------------------
SUBSETS = """一、基本情况
青松街道机关第三党支部共有党员56名，其中女党员12名，近三年发展党员7名。
二、组织生活
全年召开支部党员大会4次，其中46名党员参加了全部会议。七一主题党日活动中，共有48名党员参加志愿服务。
疫情期间，共计41名党员自愿交纳特殊党费1.2万元，目前有49名党员坚持参加线上学习。
近三年共有6名党员技术骨干走上班组长岗位，党总支共有15名党员受到市级以上表彰。
"""


def test_subsets_doing_something_are_not_the_whole(checker):
    assert numeric(checker, SUBSETS) == []
    # a count followed by what those people did is not a stock statement
    assert stocks("共有48名党员参加志愿服务。", "目前有49名党员坚持参加线上学习。",
                  "近三年共有6名党员技术骨干走上班组长岗位。") == []
    # 其中 opens a part of a total
    assert stocks("支部共有党员56名，其中共有46名党员参加培训。")[1:] == []


def test_the_whole_stated_twice_differently_is_still_found(checker):
    text = "一、基本情况\n支部现有党员26名，平均年龄45岁。\n二、队伍建设\n目前，支部共有党员25名，入党积极分子3名。\n"
    found = numeric(checker, text)
    assert len(found) == 1 and "25" in found[0].text
    # the stock forms that state the whole: noun then count, count then noun, a list of stocks,
    # and 全体 with a predicate
    found = stocks("支部现有党员26名。", "支部共有25名党员。", "现有党员24名、入党积极分子5名。", "全体23名党员积极参与。")
    assert [s.count.value for s in found] == [26, 25, 24, 23]
    assert len(stock_conflicts(found)) == 3


# -- a count of one kind of thing against a count of another -------------------------------------
def test_counts_of_different_things_are_not_compared(checker):
    text = ("一、基本情况\n支部现有党员56名，入党积极分子8名，发展对象3名。\n"
            "二、队伍建设\n支部现有党员志愿者32名，现有女党员12名。\n")
    assert numeric(checker, text) == []


# -- speakers of 党课 nest (the 书记 is one of the 班子成员) -----------------------------------------
@pytest.mark.parametrize("text", [
    "全年共讲党课12次，其中书记讲党课4次、班子成员讲党课12次。",
    "全年讲党课16次，其中书记讲4次，班子成员讲12次，普通党员讲3次。",
    "书记讲党课4次，班子成员讲党课12次，全年共讲党课16次。",
])
def test_party_lectures_by_different_speakers(text):
    assert numeric_issues(text) == []


def test_parts_that_cannot_overlap_still_add_up():
    assert numeric_issues("现有党员56名，其中在职党员46名，离退休党员12名。") != []
    assert numeric_issues("现有党员26名，其中正式党员23名、预备党员2名。") != []
    # a nested part larger than its total is still wrong
    assert numeric_issues("全年共讲党课12次，其中书记讲党课14次。") != []


# -- over-fulfilment is no impossible share ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "任务完成率108%。", "年度税收任务完成率达到108%，群众满意率98%。", "目标完成率达108%，超额完成任务。",
    "占年度计划的112%。", "为年度目标的105%。", "预算执行率108%。", "党费收缴率102%。",
    "完成年度计划的108%。", "实际完成1.08亿元，完成率为百分之一百零八。",
])
def test_over_fulfilment(text):
    assert numeric_issues(text) == []


@pytest.mark.parametrize("text", ["群众满意率达到120%。", "党员参学率105%。", "覆盖率112%。"])
def test_shares_above_100_are_still_wrong(text):
    assert len(numeric_issues(text)) == 1


# -- a page about several units: each unit's own count -------------------------------------------
def test_counts_of_different_units_named_at_the_sentence_start():
    found = stocks("县水利局机关第一党支部现有党员23名，平均年龄41岁。",
                   "县林业局机关党支部成立于2019年机构改革后，现有党员31名。",
                   "学院后勤党总支下设饮食、物业3个党支部，现有党员87名。",
                   "材料学院教工党支部现有党员34名，其中教授12名。")
    assert [s.count.value for s in found] == [23, 31, 87, 34]
    assert stock_conflicts(found) == []
    # one unit stated twice differently, once without naming it in the clause, is still found
    same = stocks("青松街道第三党支部现有党员56名。", "支部成立于1998年，现有党员54名。")
    assert len(stock_conflicts(same)) == 1
