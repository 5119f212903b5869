"""`check` reads like a reviewer: meeting shortfalls, thin reports and sections, honours credited to
the wrong holder, the year's campaign missing, superseded congress lines; messages in Chinese by
default and in English with lang="en"; the drafts of the bundled example and the test units pass
with no warning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deedsnlp.check import Checker
from deedsnlp.check.reviewer import meeting_shortfalls, small_number, wrong_holders
from deedsnlp.draft import compose, load_facts, read_logs, write_draft
from deedsnlp.loader import load, load_text

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures" / "draft"

BODY = ("支部坚持把党的政治建设摆在首位，围绕教育教学中心工作，组织党员教师在课堂教学、课后服务、家校共育等方面"
        "亮身份、作表率，带动全体教师共同进步，学校办学质量稳步提升，家长和社会满意度不断提高。")


def report_text(*paragraphs: str) -> str:
    heads = ["一、加强理论学习", "二、严格组织生活", "三、服务师生群众", "四、建强党员队伍", "五、围绕中心工作"]
    out = ["青禾小学党支部先进事迹材料"]
    for i, h in enumerate(heads):
        out.append(h)
        out.append(paragraphs[i] if i < len(paragraphs) else BODY * 2)
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker().load()


def of_kind(report, kind):
    return [f for f in report.findings if f.kind == kind]


def test_meeting_shortfall_in_any_draft(checker):
    text = report_text("2024年，支部共召开支委会4次、党员大会4次，组织党员深入学习党纪学习教育相关内容。" + BODY)
    report = checker.check(load_text(text, "d"), "school", 2024)
    found = of_kind(report, "meeting_shortfall")
    assert [(f.data["name"], f.data["found"], f.data["required"]) for f in found] == [("支委会", 4, 12)]
    assert found[0].severity == "warning" and found[0].line == 3
    assert found[0].reason.startswith("全年支委会4次，少于《中国共产党支部工作条例（试行）》")
    english = checker.check(load_text(text, "d"), "school", 2024, lang="en")
    assert of_kind(english, "meeting_shortfall")[0].reason.startswith("支委会 4 time(s) in the year")


@pytest.mark.parametrize("sentence", [
    "支部每月召开支委会1次，每季度召开党员大会1次。",
    "2024年，支部共召开支委会12次、党员大会4次、主题党日活动12次。",
    "上半年召开支委会6次。",
    "近三年来，支部召开支委会36次。",
    "2024年，支部书记讲党课2次，支委讲党课3次，邀请上级领导讲党课1次。",  # parts of one year's count
    "2024年，支部开展集中学习14次，支部书记带头讲专题党课2次。",  # a part: the secretary's own lectures
])
def test_no_shortfall_on_well_formed_sentences(sentence):
    assert meeting_shortfalls(sentence, 2024) == []


def test_rules_start_with_the_regulation():
    assert meeting_shortfalls("2016年，支部全年讲党课2次。", 2016) == []
    assert meeting_shortfalls("2019年，支部全年讲党课2次。", 2019)[0].data["required"] == 4
    assert small_number("十二") == 12 and small_number("二十四") == 24 and small_number("4") == 4


def test_honour_holder(checker):
    assert [r.data["honour"] for r in wrong_holders("支部先后获评市级文明校园。")] == ["市级文明校园"]
    assert [r.data["holder"] for r in wrong_holders("学校于2023年获评县级先进基层党组织。")] == ["branch"]
    assert wrong_holders("在支部带领下，学校获评市级文明校园，支部获评县级先进基层党组织。") == []
    assert wrong_holders("支部书记李明获评全县优秀党务工作者，2名党员被评为优秀共产党员。") == []
    text = report_text(BODY + "支部先后获评市级文明校园。")
    report = checker.check(load_text(text, "d"), "school", 2023)
    assert [f.severity for f in of_kind(report, "honour_holder")] == ["warning"]


def test_bundled_corpus_has_no_wrong_holder():
    docs = sorted((ROOT / "corpora" / "docs").glob("*.txt"))
    assert docs
    assert [p.name for p in docs if wrong_holders(p.read_text("utf-8"))] == []


def test_thin_report_and_section(checker):
    thin = checker.check(load_text("一、加强学习\n支部组织学习12次。\n二、组织生活\n支部召开党员大会4次。\n", "d"),
                         "school", 2023)
    assert [f.severity for f in of_kind(thin, "thin_report")] == ["warning"]
    assert of_kind(thin, "thin_report")[0].reason.startswith("全文约")
    f = load_facts(FIX / "village" / "facts.yaml")
    draft = compose(f, read_logs([FIX / "village" / "logs.csv"], year=f.year, errors=[]))
    full = checker.check(draft.to_document(), "village", 2024)
    assert of_kind(full, "thin_report") == [] and of_kind(full, "short_report") == []


def test_campaign_missing_and_present(checker):
    without = checker.check(load_text(report_text("支部组织党员集中学习党的二十大精神。" + BODY), "d"), "school", 2024)
    missing = of_kind(without, "campaign_missing")
    assert [f.severity for f in missing] == ["info"] and "党纪学习教育" in missing[0].reason
    with_it = checker.check(load_text(report_text("支部扎实开展党纪学习教育，组织党员逐章学习条例。" + BODY), "d"),
                            "school", 2024)
    assert of_kind(with_it, "campaign_missing") == []


def test_campaign_named_by_its_short_form_is_not_missing(checker):
    short = checker.check(load_text(report_text("支部扎实开展中央八项规定精神学习教育，逐条对照查摆问题。" + BODY), "d"),
                          "school", 2025)
    assert of_kind(short, "campaign_missing") == [] and of_kind(short, "stale_term") == []


def test_campaign_named_in_traditional_characters_is_not_missing(checker):
    pytest.importorskip("opencc_purepy")
    trad = checker.check(load_text(report_text("支部紮實開展黨紀學習教育，組織黨員逐章學習條例。" + BODY), "d"),
                         "school", 2024)
    assert of_kind(trad, "campaign_missing") == []
    other = checker.check(load_text(report_text("支部組織黨員集中學習黨的二十大精神。" + BODY), "d"), "school", 2024)
    assert len(of_kind(other, "campaign_missing")) == 1


def test_superseded_term_is_an_error_and_an_ongoing_campaign_is_not_flagged(checker):
    old = checker.check(load_text(report_text("支部认真学习十七大精神。" + BODY), "d"), "school", 2023)
    stale = of_kind(old, "stale_term")
    assert [(f.severity, f.data["status"]) for f in stale] == [("error", "superseded")] and not old.passed
    assert "二十大精神" in stale[0].reason and "已被新的提法取代" in stale[0].reason
    ongoing = checker.check(load_text(report_text("支部把党史学习教育作为经常性工作，推动常态化长效化。" + BODY), "d"),
                            "school", 2023)
    assert of_kind(ongoing, "stale_term") == []


@pytest.mark.parametrize("unit, facts, logs", [
    ("school", ROOT / "examples" / "school" / "facts.yaml", [ROOT / "examples" / "school" / "logs.csv",
                                                             ROOT / "examples" / "school" / "logs.txt"]),
    ("village", FIX / "village" / "facts.yaml", [FIX / "village" / "logs.csv"]),
    ("hospital", FIX / "hospital" / "facts.yaml", [FIX / "hospital" / "logs.jsonl"]),
    ("enterprise", FIX / "enterprise" / "facts.yaml", [FIX / "enterprise" / "logs.txt"]),
])
def test_drafts_pass_the_reviewer_with_no_warning(checker, tmp_path, unit, facts, logs):
    f = load_facts(facts)
    d = compose(f, read_logs(logs, year=f.year, errors=[]))
    for suffix in (".txt", ".docx"):
        path = write_draft(d, tmp_path / f"draft{suffix}")
        report = checker.check(next(load(str(path))), f.unit_kind)
        problems = [(x.kind, x.severity, x.reason) for x in report.findings if x.severity in ("error", "warning")]
        assert report.passed and problems == [], (unit, suffix, problems, [s.label for s in report.missing_required])
        # every message in Chinese
        assert all(re.search("[\u4e00-\u9fff]", x.reason) and not re.search("[A-Za-z]{3,}", x.reason)
                   for x in report.findings)


def test_weak_section_reasons_in_chinese(checker):
    from .test_check import GOOD_DRAFT

    text = GOOD_DRAFT.replace(
        "支部开展“党员先锋岗”和“红烛志愿服务”活动，党员教师与28名留守儿童结对帮扶，每周开展一次课后辅导，全年走访学生家庭96户。",
        "支部积极开展党员先锋岗和志愿服务活动，党员教师主动与留守儿童结对帮扶，坚持开展课后辅导和家访，受到家长和社会的广泛好评。")
    report = checker.check(load_text(text, "d"), "school", 2023)
    weak = {s.label: s for s in report.weak_sections}
    assert weak["carriers"].weak_reasons == ["没有具体的数字、日期或事例"]
