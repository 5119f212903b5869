"""Property: checking never raises, whatever the text, and its report is well formed."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deedsnlp.check import Checker, KIND_SEVERITY
from deedsnlp.check.numbers import numeric_issues
from deedsnlp.check.stale import report_year, stale_terms
from deedsnlp.loader import load_text
from deedsnlp.normalize import split_lines

#: pieces that exercise every detector: numbers, Chinese numerals, 其中 lists, headings, terms,
#: masks, blanks, watermarks, stock phrases, line breaks of every kind
PIECES = [
    "现有党员", "26名", "二十六名", "，其中", "正式党员", "预备党员", "、", "。", "；", "，", "%", "120%",
    "百分之", "一百零五", "由", "从", "增加到", "下降至", "45人", "3.6万元", "余", "多", "其余", "2023年",
    "20xx年", "二〇二三年", "十七大精神", "主题教育", "两学一做", "以来", "成果", "“", "”", "加**部",
    "某某", "xx", "本文来源于某某范文网", "www.example.com", "一、", "（一）", "1、", "①", "第一部分",
    "充分发挥党支部的战斗堡垒作用和党员的先锋模范作用", "\n", "\r\n", "\r", "\u2028", " ", "\t", "\x00",
    "<p>", "</div>", "\x85", "\u2029", "...", "…", "×", "＊", "０１２", "支部", "学习", "制度", "活动", "干部",
]

text_strategy = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=40).map("".join),
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker().load()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_strategy, year=st.one_of(st.none(), st.integers(1949, 2100)))
def test_check_never_raises(checker, text, year):
    report = checker.check(load_text(text, "prop"), "generic", year)
    data = report.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert report.exit_code in (0, 1)
    for f in data["findings"]:
        assert f["severity"] in ("error", "warning", "info")
        assert f["kind"] in KIND_SEVERITY
        assert f["line"] is None or 1 <= f["line"] <= len(split_lines(text))


@settings(max_examples=300, deadline=None)
@given(text=text_strategy, year=st.integers(1900, 2100))
def test_detectors_never_raise(text, year):
    for issue in numeric_issues(text):
        assert 0 <= issue.start <= issue.end <= len(text)
    for hit in stale_terms(text, year):
        assert 0 <= hit.start < hit.end <= len(text)
    found = report_year(text)
    assert found is None or 1900 <= found <= 2099
