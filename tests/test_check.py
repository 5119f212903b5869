"""The draft checker: every finding kind on positive and negative drafts, sections, profiles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from deedsnlp.check import CORE_SECTIONS, Checker, ProfileError, check, load_profile, profile_names, shipped_profiles
from deedsnlp.check.boilerplate import StockSentence, StockSentences, load_stock
from deedsnlp.check.numbers import find_counts, numeric_issues, stock_conflicts, stock_counts
from deedsnlp.check.stale import load_lexicon, newest_term, parse_lexicon, report_year, stale_terms
from deedsnlp.loader import load, load_text

ROOT = Path(__file__).resolve().parents[1]

GOOD_DRAFT = """青山镇中心小学党支部先进事迹材料
青山镇中心小学党支部现有党员18名，其中正式党员16名、预备党员2名。2023年，支部团结带领全体教职工，以党建引领学校高质量发展。
一、加强理论学习，筑牢思想根基
支部坚持“第一议题”制度，全年组织集中学习12次，深入学习党的二十大精神，扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，党员撰写学习心得36篇。
二、健全制度，规范组织生活
支部严格落实“三会一课”制度，每月召开支委会，每季度召开党员大会，全年开展主题党日活动12次，组织生活会和民主评议党员按时完成。
三、创新载体，服务师生群众
支部开展“党员先锋岗”和“红烛志愿服务”活动，党员教师与28名留守儿童结对帮扶，每周开展一次课后辅导，全年走访学生家庭96户。
四、锻造队伍，发挥先锋作用
支部实施“双培养”工程，把骨干教师培养成党员、把党员培养成骨干教师，今年确定入党积极分子3名，2名党员教师被评为县级骨干教师。
五、围绕中心，提升教育质量
支部把党建工作与教育教学深度融合，学校在全县教学质量监测中六年级数学位列第二名，学生体质健康达标率达到96%。
"""


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker().load()


#: the reviewer's length and campaign notes (tests/test_check_reviewer.py): the short test drafts here are thin
LENGTH_KINDS = ("thin_report", "short_report", "thin_section", "campaign_missing")


def run(checker: Checker, text: str, profile: str = "generic", year: int | None = 2023):
    return checker.check(load_text(text, "draft"), profile, year, lang="en")


def own(report) -> list:
    """The findings other than the reviewer's length findings."""
    return [f for f in report.findings if f.kind not in LENGTH_KINDS]


def kinds(report) -> list[str]:
    return [f.kind for f in own(report)]


def of_kind(report, kind: str):
    return [f for f in report.findings if f.kind == kind]


# -- a clean draft ---------------------------------------------------------------------------

def test_good_draft_passes(checker):
    report = run(checker, GOOD_DRAFT, "school", None)
    assert report.year == 2023 and report.year_source == "draft"
    assert own(report) == []
    assert report.missing_required == []
    assert report.passed and report.exit_code == 0
    present = {s.label: s for s in report.present_sections}
    assert set(CORE_SECTIONS) | {"core_work"} <= set(present)
    assert present["institutions"].headings == ["二、健全制度，规范组织生活"]
    assert present["study"].line == 4


def test_report_json_shape(checker):
    data = run(checker, GOOD_DRAFT, "school").to_dict()
    assert {"profile", "year", "present_sections", "missing_sections", "weak_sections", "findings"} <= set(data)
    assert data["profile"] == "school" and data["year"] == 2023
    json.dumps(data, ensure_ascii=False)
    bad = run(checker, "现有党员26名，其中正式党员23名、预备党员2名。").to_dict()
    assert set(bad["findings"][0]) >= {"kind", "message", "text", "line", "severity"}


def test_check_sets_labels_and_attaches_findings(checker):
    doc = load_text("现有党员26名，其中正式党员23名、预备党员2名。", "d")
    report = checker.check(doc, "generic", 2023)
    assert all(p.label for p in doc.passages)
    assert [f.kind for f in doc.findings if f.stage == "check"] == [f.kind for f in report.findings]
    checker.check(doc, "generic", 2023)  # a second run replaces, not appends
    assert len([f for f in doc.findings if f.stage == "check"]) == len(report.findings)


def test_lines_of_a_paragraph_torn_across_input_lines(checker):
    text = "一、基本情况\n组织党员学习（即：提一条建议\n）。现有党员26名，其中正式党员23名、预备党员2名。\n二、学习\n认真学习十九大精神。"
    report = run(checker, text, year=2024)
    assert [(f.kind, f.line) for f in own(report)] == [("numeric_inconsistency", 3), ("stale_term", 5)]


def test_module_level_check_accepts_text():
    report = check("现有党员26名，其中正式党员23名、预备党员2名。", "generic", year=2023)
    assert kinds(report) == ["numeric_inconsistency"]


# -- numeric_inconsistency -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "现有党员26名，其中正式党员23名、预备党员2名。",
    "支部现有党员二十六名，其中正式党员二十三名、预备党员两名。",
    "支部共有党员30名，其中女党员10名，其余18名。",
    "支部现有党员20名，其中预备党员25名。",
    "社区现有党员78名，其中离退休党员51名、在职党员19名、流动党员9名。",
    "群众满意率达到120%。",
    "党员参学率达到百分之一百零五。",
    "党员人数由45人增加到38人。",
    "贫困发生率从26.5%上升到10.7%，",
    "村集体经济收入由9.6万元下降到12.1万元。",
])
def test_numbers_inconsistent(text):
    issues = numeric_issues(text)
    assert len(issues) == 1, (text, issues)


@pytest.mark.parametrize("text", [
    "溪口xx小学党支部现有31名党员,其中正式党员29人,预备党员2人。",
    "现有党员26名，其中正式党员24名、预备党员2名。",
    "今年发展党员4名，其中35岁以下3名、大专以上学历2名，党员队伍结构不断优化。",
    "东塘县人力资源和社会保障局机关党支部现有党员27名，其中女党员11名，大专以上学历党员26名。",
    "教师参加区优质课评比，获一等奖3人、二等奖5人，其中党员教师6人。",
    "学校本科上线人数达到612人，比上年增加57人，其中重点本科上线138人。",
    "全校教师共走访学生家庭146人次,其中走访留守儿童家庭61人次,走访单亲家庭39人次,走访其他学生家庭40多人次。",
    "县图书馆党支部现有党员13名，占全馆26名职工的一半，其中在职党员10名、离退休党员3名。",
    "镇政府机关党支部现有党员38名，其中镇领导班子成员9名、站所负责人11名、一般干部18名，35岁以下党员15名。",
    "公司实现营业收入12.6亿元，同比增长150%，年度计划完成率112%。",
    "居民垃圾分类参与率由年初的31%提高到74%。",
    "两委成员平均年龄由45.3岁下降到38.6岁。",
    "年收入由2012年的2.1万元增加到今年的9.6万元。",
    "全年开展主题党日活动36次，其中3个支部各12次。",
])
def test_numbers_consistent(text):
    assert numeric_issues(text) == []


def test_no_numeric_alarm_on_the_corpus():
    """The corpus figures are consistent by construction: no passage raises an alarm."""
    for path in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if not row.get("noise"):
                assert numeric_issues(row["text"]) == [], (path.name, row["index"], row["text"])


def test_counts_read_chinese_numerals_and_estimates():
    counts = find_counts("现有党员二十六名，收入3.6万元，走访50多人次，约300户")
    assert [(c.value, c.unit, c.approx) for c in counts] == [
        (26.0, "名", False), (36000.0, "元", False), (50.0, "人次", True), (300.0, "户", True)]


def test_same_stock_count_stated_differently(checker):
    text = ("一、基本情况\n学校党支部现有党员26名，下设3个党小组。\n"
            "二、党员队伍建设\n支部现有党员25名，平均年龄38岁，支部坚持把党员培养成骨干。")
    found = of_kind(run(checker, text), "numeric_inconsistency")
    assert len(found) == 1
    assert found[0].line == 4 and "line 2" in found[0].reason and found[0].severity == "error"


def test_same_stock_count_stated_alike_or_for_another_unit():
    same = stock_counts("学校党支部现有党员26名。", 1) + stock_counts("全体26名党员积极参与。", 2)
    assert stock_conflicts(same) == []
    other_units = stock_counts("内科党支部现有党员11名。", 1) + stock_counts("外科党支部现有党员10名。", 2)
    assert stock_conflicts(other_units) == []
    past = stock_counts("支部现有党员26名。", 1) + stock_counts("2019年支部共有党员20名。", 2)
    assert stock_conflicts(past) == []


def test_seed_numbers_consistent(checker, seed_path):
    doc = next(load(str(seed_path)))
    report = checker.check(doc, "school", 2023)
    assert of_kind(report, "numeric_inconsistency") == []


# -- stale_term ------------------------------------------------------------------------------

def test_seed_stale_terms_in_2023(checker, seed_path):
    report = checker.check(next(load(str(seed_path))), "school", 2023)
    stale = of_kind(report, "stale_term")
    terms = {f.data["term"] for f in stale}
    assert {"十七大精神", "学习实践科学发展观"} <= terms
    # a congress line replaced by a later congress's is an error; an old campaign a warning
    assert {f.severity for f in stale if f.data["term"] == "十七大精神"} == {"error"}
    assert {f.severity for f in stale if f.data["term"] == "学习实践科学发展观"} == {"warning"}
    first = next(f for f in stale if f.data["term"] == "十七大精神")
    assert first.line == 1 and "二十大精神" in first.reason


def test_seed_year_defaults_to_latest_mentioned(checker, seed_path):
    report = checker.check(next(load(str(seed_path))), "school")
    assert report.year == 2023 and report.year_source == "draft"


@pytest.mark.parametrize("text, year", [
    ("支部深入开展“两学一做”学习教育，推动党员学党章党规。", 2024),
    ("扎实开展党史学习教育，组织党员参观红色教育基地。", 2019),
    ("认真学习贯彻党的十九大精神。", 2024),
    ("深入开展主题教育，推动理论学习走深走实。", 2021),
    ("以习近平新时代中国特色社会主义思想为指导。", 2012),
    ("深入开展“不忘初心、牢记使命”主题教育。", 2023),
])
def test_stale_terms_flagged(text, year):
    assert len(stale_terms(text, year)) == 1, (text, year)


@pytest.mark.parametrize("text, year", [
    ("支部深入开展“两学一做”学习教育，推动党员学党章党规。", 2016),
    ("扎实开展党史学习教育，组织党员参观红色教育基地。", 2021),
    # a campaign that goes on in its 常态化 form is ongoing work, not a stale term
    ("扎实开展党史学习教育，组织党员参观红色教育基地。", 2023),
    ("推动党史学习教育常态化长效化。", 2024),
    ("党的十八大以来，支部坚持全面从严治党。", 2023),
    ("支部持续巩固拓展党史学习教育成果。", 2023),
    ("2021年，支部扎实开展党史学习教育，今年继续深化。", 2023),
    ("深入开展主题教育，推动理论学习走深走实。", 2019),
    ("深入开展主题教育，推动理论学习走深走实。", 2023),
    ("开展“廉洁从税”主题教育，观看警示教育片。", 2008),
    ("开展学党章主题教育活动。", 2015),
    ("深入学习贯彻党的二十大精神。", 2023),
])
def test_stale_terms_not_flagged(text, year):
    assert stale_terms(text, year) == [], (text, year)


def test_no_stale_term_in_the_corpus_for_its_own_year():
    lexicon = load_lexicon()
    for path in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        text = "\n".join(r["text"] for r in rows if not r.get("noise"))
        assert stale_terms(text, rows[0]["year"], lexicon) == [], path.name


def test_no_stale_term_in_the_corpus_with_the_inferred_year():
    """Without --year: the latest year mentioned, or the newest term's first year if later."""
    lexicon = load_lexicon()
    for path in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        text = "\n".join(r["text"] for r in rows if not r.get("noise"))
        years = [y for y in (report_year(text, 2026), (newest_term(text, lexicon, 2026) or (None,))[0]) if y]
        if years:
            assert abs(max(years) - rows[0]["year"]) <= 1, path.name
            assert stale_terms(text, max(years), lexicon) == [], path.name


def test_year_inferred_from_the_newest_term(checker):
    report = run(checker, "社区党委成立于2003年，认真开展“三严三实”专题教育，学习党的十八大精神。", year=None)
    assert (report.year, report.year_source) == (2015, "terms")
    assert of_kind(report, "stale_term") == []
    named = run(checker, "支部成立于2008年，开展“廉洁从税”主题教育。", year=None)
    assert (named.year, named.year_source) == (2008, "draft")


def test_report_year():
    assert report_year("20xx年被评为先进。2019年以来……仅2023年一年，力争到2035年") == 2023
    assert report_year("二〇二二年十二月") == 2022
    assert report_year("没有年份，只有20xx年") is None
    assert report_year("2030年规划", max_year=2026) is None


def test_no_year_means_no_stale_check(checker):
    report = run(checker, "认真学习党的理论，支部现有党员10名。", year=None)
    assert report.year is None and report.year_source is None
    assert kinds(report) == ["no_year"] and own(report)[0].severity == "info"
    report = run(checker, "认真学习十七大精神，支部现有党员10名。", year=None)
    assert (report.year, report.year_source) == (2007, "terms") and kinds(report) == []


def test_lexicon_term_with_two_periods():
    rows = [r for r in load_lexicon().rows if r.term == "主题教育"]
    assert sorted((r.first_year, r.last_year) for r in rows) == [(2019, 2020), (2023, 2024)]


def test_lexicon_file_errors(tmp_path):
    from deedsnlp.errors import InputError

    with pytest.raises(InputError):
        parse_lexicon("word\tyear\n")
    with pytest.raises(InputError):
        parse_lexicon("term\tfirst_year\tlast_year\tkind\tnote\n某词\t2020\t2019\ttheme\t\n")


# -- scrape_residue, mask, placeholder, duplicate_paragraph ------------------------------------

def test_scrape_residue(checker):
    text = GOOD_DRAFT + "本文来源于某某范文网 www.xxfanwen8.com 转载请注明出处\n"
    report = run(checker, text, "school")
    found = of_kind(report, "scrape_residue")
    assert len(found) == 1 and found[0].severity == "error" and found[0].line == 13
    assert report.exit_code == 1


def test_seed_residue(checker, seed_path):
    report = checker.check(next(load(str(seed_path))), "school", 2023)
    residue = of_kind(report, "scrape_residue")
    assert {f.data["cleaner_kind"] for f in residue} == {"watermark", "link_tail", "furniture"}
    assert 45 in {f.line for f in residue}
    assert {f.line for f in residue if f.data["cleaner_kind"] == "furniture"} == {1}  # the breadcrumb's arrow (>新xx小学…)
    masks = of_kind(report, "mask")
    assert masks and all(f.severity == "error" for f in masks)
    assert any("加**部" in f.text for f in masks)
    placeholders = of_kind(report, "placeholder")
    assert any("新xx小学" in f.text for f in placeholders) and any("20xx年" in f.text for f in placeholders)
    assert all(f.severity == "warning" and f.line == 1 for f in placeholders)


def test_mask_and_placeholder(checker):
    text = GOOD_DRAFT.replace("锻造队伍，发挥先锋作用", "加**部队伍建设").replace("青山镇中心小学党支部现有", "某某小学党支部现有")
    report = run(checker, text, "school")
    masks = of_kind(report, "mask")
    assert len(masks) == 1 and masks[0].line == 9 and "**" in masks[0].text
    placeholders = of_kind(report, "placeholder")
    assert len(placeholders) == 1 and placeholders[0].severity == "warning" and placeholders[0].line == 2


def test_no_residue_mask_placeholder_on_clean_text(checker):
    report = run(checker, GOOD_DRAFT.replace("96%", "3×4=12，96%"), "school")
    assert not {"scrape_residue", "mask", "placeholder", "duplicate_paragraph"} & set(kinds(report))


def test_duplicate_paragraph(checker):
    lines = GOOD_DRAFT.splitlines()
    text = "\n".join(lines[:8] + [lines[7]] + lines[8:]) + "\n"
    report = run(checker, text, "school")
    dups = of_kind(report, "duplicate_paragraph")
    assert len(dups) == 1 and dups[0].line == 9 and dups[0].severity == "warning"
    carriers = next(s for s in report.present_sections if s.label == "carriers")
    assert carriers.passages == 1  # the copy does not count


# -- boilerplate -----------------------------------------------------------------------------

def test_boilerplate(checker):
    text = GOOD_DRAFT.replace("党员撰写学习心得36篇。", "党员撰写学习心得36篇，充分发挥党支部的战斗堡垒作用和党员的先锋模范作用。没有规矩，不成方圆。")
    report = run(checker, text, "school")
    found = of_kind(report, "boilerplate")
    assert len(found) == 2 and all(f.line == 4 and f.severity == "warning" for f in found)
    assert {f.data["source"] for f in found} == {"curated", "corpus"}
    assert 0 < report.boilerplate_ratio < 0.2
    assert report.to_dict()["boilerplate_ratio"] == round(report.boilerplate_ratio, 4)


def test_no_boilerplate_in_original_text(checker):
    report = run(checker, GOOD_DRAFT, "school")
    assert of_kind(report, "boilerplate") == [] and report.boilerplate_ratio == 0.0


def test_stock_sentences():
    stock = load_stock()
    assert len(stock) > 20
    assert {s.source for s in stock.sentences} == {"corpus", "curated"}
    own = StockSentences([StockSentence("支部坚持三会一课制度", 3, "corpus")])
    assert [m.text for m in own.find("我们支部坚持“三会一课”制度。")] == ["支部坚持“三会一课”制度"]


# -- sections --------------------------------------------------------------------------------

def test_missing_required_section(checker):
    lines = GOOD_DRAFT.splitlines()
    text = "\n".join(lines[:8] + lines[10:])  # without 四、锻造队伍 (cadre_building)
    report = run(checker, text, "school")
    assert [s.label for s in report.missing_required] == ["cadre_building"]
    assert report.exit_code == 1
    # the only finding: the outline now skips from 三、 to 五、
    assert [(f.kind, f.severity, f.line) for f in own(report)] == [("outline_gap", "info", 9)]


def test_missing_recommended_is_not_a_failure(checker):
    report = run(checker, GOOD_DRAFT, "school")
    assert {s.label for s in report.missing_sections} == {"integrity", "achievements"}
    assert all(s.level == "recommended" for s in report.missing_sections)
    assert report.exit_code == 0


def test_weak_sections(checker):
    text = GOOD_DRAFT.replace(
        "支部严格落实“三会一课”制度，每月召开支委会，每季度召开党员大会，全年开展主题党日活动12次，组织生活会和民主评议党员按时完成。",
        "支部严格落实三会一课制度。")
    report = run(checker, text, "school")
    weak = {s.label: s for s in report.weak_sections}
    assert "institutions" in weak
    assert any("short" in r for r in weak["institutions"].weak_reasons)
    assert "study" not in weak


def test_weak_without_concrete_detail(checker):
    text = GOOD_DRAFT.replace(
        "支部开展“党员先锋岗”和“红烛志愿服务”活动，党员教师与28名留守儿童结对帮扶，每周开展一次课后辅导，全年走访学生家庭96户。",
        "支部积极开展党员先锋岗和志愿服务活动，党员教师主动与留守儿童结对帮扶，坚持开展课后辅导和家访，受到家长和社会的广泛好评。")
    report = run(checker, text, "school")
    weak = {s.label: s for s in report.weak_sections}
    assert weak["carriers"].weak_reasons == ["no concrete number, date or example"]  # run() asks for English


def test_empty_and_tiny_documents_do_not_fail(checker):
    report = checker.check(load_text("", "empty"), "generic", None)
    assert report.present_sections == [] and len(report.missing_required) == 4
    report = run(checker, "好。", year=None)
    assert report.exit_code == 1


# -- profiles --------------------------------------------------------------------------------

def test_shipped_profiles():
    assert profile_names() == sorted(["school", "university", "village", "community", "enterprise", "hospital",
                                      "agency", "generic"])
    for profile in shipped_profiles().values():
        assert set(CORE_SECTIONS) <= set(profile.required), profile.name


def test_profile_aliases_and_errors():
    assert load_profile("primary_school").name == "school"
    assert load_profile("state_enterprise").name == "enterprise"
    with pytest.raises(ProfileError, match=r"unknown profile 'nope'.*agency, community"):
        load_profile("nope")


def test_user_profile_files(tmp_path):
    yaml_file = tmp_path / "mine.yaml"
    yaml_file.write_text("required: [study, integrity]\nrecommended: [overview]\nweak_min_chars: 10\n", encoding="utf-8")
    p = load_profile(str(yaml_file))
    assert (p.name, p.required, p.recommended, p.weak_min_chars) == ("mine", ("study", "integrity"), ("overview",), 10)
    json_file = tmp_path / "two.json"
    json_file.write_text(json.dumps({"profiles": {"a": {"required": ["study"]}, "b": {"required": ["carriers"]}}}))
    assert load_profile(f"{json_file}#b").required == ("carriers",)
    with pytest.raises(ProfileError, match="several profiles"):
        load_profile(str(json_file))
    bad = tmp_path / "bad.yaml"
    bad.write_text("required: [study, lunch]\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="unknown section label.*lunch"):
        load_profile(str(bad))
    with pytest.raises(ProfileError, match="no such profile file"):
        load_profile(str(tmp_path / "missing.yaml"))


def test_user_profile_changes_the_verdict(checker, tmp_path):
    prof = tmp_path / "strict.yaml"
    prof.write_text("required: [study, institutions, carriers, cadre_building, integrity]\n", encoding="utf-8")
    report = checker.check(load_text(GOOD_DRAFT, "d"), str(prof), 2023)
    assert [s.label for s in report.missing_required] == ["integrity"]


@pytest.mark.parametrize("module", ["numbers", "stale", "boilerplate", "profiles", "checker", "blanks"])
def test_doctests(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"deedsnlp.check.{module}"))
    assert result.failed == 0 and result.attempted > 0
