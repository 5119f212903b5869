"""`deedsnlp check`: exit codes 0 / 1 / 2, JSON and human output, .txt/.md/.docx drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deedsnlp.cli import app

from .helpers import write_docx
from .test_check import GOOD_DRAFT, LENGTH_KINDS

runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _warm():
    from deedsnlp.check import default_checker

    default_checker().load()


def invoke(*args: str):
    return runner.invoke(app, ["check", *args])


def own(findings: list[dict]) -> list[dict]:
    """Findings other than the reviewer's length and campaign notes (the test draft is short)."""
    return [f for f in findings if f["kind"] not in LENGTH_KINDS]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_DRAFT, encoding="utf-8")
    return path


def test_exit_0_on_a_good_draft(good):
    result = invoke(str(good), "--profile", "school", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["profile"] == "school" and data["year"] == 2023
    assert own(data["findings"]) == [] and all(s["level"] == "recommended" for s in data["missing_sections"])
    assert {s["label"] for s in data["present_sections"]} >= {"study", "institutions", "carriers", "cadre_building"}


def test_exit_1_on_an_error_finding(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(GOOD_DRAFT.replace("其中正式党员16名", "其中正式党员15名"), encoding="utf-8")
    result = invoke(str(path), "--profile", "school", "--json")
    assert result.exit_code == 1
    findings = own(json.loads(result.stdout)["findings"])
    assert [(f["kind"], f["severity"], f["line"]) for f in findings] == [("numeric_inconsistency", "error", 2)]
    assert findings[0]["message"] == "“其中”后的各分项相加为17（15 + 2），与总数18不符"  # Chinese by default


def test_exit_1_on_a_missing_required_section(tmp_path):
    path = tmp_path / "short.md"
    lines = GOOD_DRAFT.splitlines()
    path.write_text("\n".join(lines[:2] + lines[6:8]) + "\n", encoding="utf-8")
    result = invoke(str(path), "-p", "school", "--json")
    assert result.exit_code == 1
    missing = {s["label"] for s in json.loads(result.stdout)["missing_sections"] if s["level"] == "required"}
    assert {"study", "institutions", "cadre_building"} <= missing


def test_warnings_alone_do_not_fail(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text(GOOD_DRAFT.replace("深入学习党的二十大精神", "深入开展“两学一做”学习教育"), encoding="utf-8")
    result = invoke(str(path), "--profile", "school", "--year", "2024", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["year"] == 2024 and data["year_source"] == "option"
    assert [(f["kind"], f["severity"]) for f in own(data["findings"])] == [("stale_term", "warning")]


def test_superseded_congress_line_is_an_error(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text(GOOD_DRAFT.replace("深入学习党的二十大精神", "深入学习党的十九大精神"), encoding="utf-8")
    result = invoke(str(path), "--profile", "school", "--year", "2024", "--json")
    assert result.exit_code == 1
    stale = [f for f in json.loads(result.stdout)["findings"] if f["kind"] == "stale_term"]
    assert [(f["severity"], f["data"]["status"]) for f in stale] == [("error", "superseded")]
    assert stale[0]["message"].startswith("“党的十九大精神”已被新的提法取代")
    english = json.loads(invoke(str(path), "-p", "school", "-y", "2024", "--json", "--lang", "en").stdout)
    assert [f["message"] for f in english["findings"] if f["kind"] == "stale_term"][0].startswith(
        "党的十九大精神 is superseded")


def test_seed_with_year_2023(seed_path):
    result = invoke(str(seed_path), "--profile", "school", "--year", "2023", "--json")
    assert result.exit_code == 1  # masks, watermarks and a missing core_work section
    data = json.loads(result.stdout)
    stale = {f["text"] for f in data["findings"] if f["kind"] == "stale_term"}
    assert "十七大精神" in stale and "学习实践科学发展观" in stale
    assert not [f for f in data["findings"] if f["kind"] == "numeric_inconsistency"]


def test_suggest_masks(seed_path):
    result = invoke(str(seed_path), "--profile", "school", "--json", "--suggest-masks")
    masks = [f for f in json.loads(result.stdout)["findings"] if f["kind"] == "mask"]
    assert masks and all("可能是" in f["message"] and f["data"]["suggestions"] for f in masks)
    plain = json.loads(invoke(str(seed_path), "--profile", "school", "--json").stdout)
    assert all("suggestions" not in f.get("data", {}) for f in plain["findings"] if f["kind"] == "mask")


def test_docx_draft(tmp_path):
    path = write_docx(GOOD_DRAFT.strip().splitlines(), tmp_path / "good.docx")
    result = invoke(str(path), "--profile", "primary_school", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["profile"] == "school"


def test_human_output(good, tmp_path):
    result = invoke(str(good), "--profile", "school")
    assert result.exit_code == 0
    assert "各部分" in result.stdout and "通过" in result.stdout and "cadre_building" in result.stdout
    english = invoke(str(good), "--profile", "school", "--lang", "en")
    assert "Sections" in english.stdout and "PASS" in english.stdout
    bad = tmp_path / "bad.txt"
    bad.write_text(GOOD_DRAFT + "本文来源于某某范文网 www.xxfanwen8.com 转载请注明出处\n", encoding="utf-8")
    result = invoke(str(bad), "--profile", "school")
    assert result.exit_code == 1
    assert "问题" in result.stdout and "scrape_residue" in result.stdout and "未通过" in result.stdout


def test_user_profile_file(good, tmp_path):
    prof = tmp_path / "mine.yaml"
    prof.write_text("required: [study, integrity]\n", encoding="utf-8")
    result = invoke(str(good), "--profile", str(prof), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["profile"] == "mine"
    assert [s["label"] for s in data["missing_sections"] if s["level"] == "required"] == ["integrity"]


@pytest.mark.parametrize("content, name, message", [
    (b"", "empty.txt", "empty file"),
    (b"   \n\n ", "blank.txt", "empty file"),
    (bytes(range(256)) * 4, "binary.txt", "binary"),
    (b"not a zip", "broken.docx", "malformed .docx"),
    (b"\xff\xfe\x00\xd8", "utf16.txt", "UTF-16"),
    (b"text", "draft.pdf", "unsupported draft format"),
])
def test_exit_2_on_bad_drafts(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke(str(path), "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message in lines[0]


def test_exit_2_on_usage_errors(good, tmp_path):
    result = invoke(str(good), "--profile", "nope")
    assert result.exit_code == 2
    assert "unknown profile 'nope'" in result.stderr and "school" in result.stderr
    assert invoke(str(tmp_path / "missing.txt")).exit_code == 2
    assert invoke(str(good), "--year", "20x3").exit_code == 2
    assert invoke(str(good), "--year", "3000").exit_code == 2
    assert invoke().exit_code == 2
    bad_profile = tmp_path / "bad.yaml"
    bad_profile.write_text("required: [study, lunch]\n", encoding="utf-8")
    result = invoke(str(good), "--profile", str(bad_profile))
    assert result.exit_code == 2 and "lunch" in result.stderr


def test_unknown_language_is_a_usage_error(good):
    result = invoke(str(good), "--lang", "fr")
    assert result.exit_code == 2 and "--lang must be zh or en" in result.output
