"""Credit lines read by the credit grammar (:mod:`deedsnlp.clean.bylines`): outlets, datelines,
roles and names in combinations no single pattern spells out. Invented names throughout; report
lines that open with the same words stay."""

from __future__ import annotations

import pytest

from deedsnlp.clean.bylines import find_bylines
from deedsnlp.clean.spans import iter_lines

BODY = "青川镇中心卫生院党支部现有党员二十一名，支部把党建工作融入公共卫生服务全过程。"
NEXT = "支部每月组织一次送医下乡，群众满意度逐年提升。"


@pytest.mark.parametrize("credit", [
    "青川融媒体记者 罗亦舟 实习生 唐小满",
    "河畔日报记者　包振海　见习记者　林秋实",
    "◎本报记者 祁雪 通讯员 万晓东 摄影报道",
    "撰稿：伍晴 摄影：邱远山 编辑：蒲安然",
    "文/图 江澄 马思远",
])
def test_a_credit_line_of_any_combination_goes(cleaner, credit):
    out = cleaner.clean_text(f"{BODY}\n{credit}\n{NEXT}\n").cleaned
    assert credit not in out and BODY in out and NEXT in out


@pytest.mark.parametrize("run, text", [
    ("河畔讯 特约记者包振海 通讯员林秋实 祁雪报道 ", "6月5日，河畔镇卫生院党支部组织党员医生走进敬老院开展义诊。"),
    ("青川融媒体记者 罗亦舟 通讯员 唐小满 ", "近日，青川镇中心卫生院党支部被评为全县先进基层党组织。"),
    ("本报讯 记者 罗亦舟 通讯员 唐小满 欧阳青 ", "近日，青川镇中心卫生院党支部被评为全县先进基层党组织。"),
    ("青川周刊-青川网讯 ", "“人手不够党员上！”近日，青川镇中心卫生院党支部组织党员突击队支援疫苗接种。"),
    ("青川站讯 (记者 罗亦舟 通讯员 唐小满 欧阳青)", "“去年以来，卫生院党支部共开展义诊四十余场。”"),
    ("青川日报社/青川新闻1月7日讯 ", "青川镇中心卫生院党支部日前获评全省先进基层党组织。"),
])
def test_a_credit_run_glued_before_the_text_goes_and_the_text_stays(cleaner, run, text):
    out = cleaner.clean_text(f"松岭镇卫生院党支部获评先进\n{run}{text}\n{NEXT}\n").cleaned
    assert run.strip() not in out and text in out


def test_a_credit_written_name_first_in_brackets_closing_the_text_goes(cleaner):
    out = cleaner.clean_text(f"{BODY}支部党员用行动诠释了初心。(郑远航文/卢月 图)\n").cleaned
    assert "郑远航" not in out and out.rstrip().endswith("诠释了初心。")


@pytest.mark.parametrize("line", [
    "记者 贺明远 在卫生院采访时看到，党员医生们早已在门诊大厅等候。",  # a reporter's own sentence
    "通讯员 林秋实 和 祁雪 一起走访了全镇十二个村卫生室。",
    "作者简介",
    "摄影比赛",
    "通讯员队伍建设",
    "编辑部工作",
    "详细情况见附图（详见附图）",
    "图文并茂",
    "他收到喜讯 大家都很高兴地说起了这件事情。",
])
def test_report_lines_opening_with_a_roles_word_are_no_credit(line):
    page = f"{BODY}\n{line}\n{NEXT}\n"
    assert not find_bylines(page, list(iter_lines(page)))


def test_a_reporters_own_sentence_stays(cleaner):
    page = f"{BODY}\n记者 贺明远 在卫生院采访时看到，党员医生们早已在门诊大厅等候。\n{NEXT}\n"
    assert cleaner.clean_text(page).cleaned == page
