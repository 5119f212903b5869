"""`deedsnlp draft` and `deedsnlp suggest` end to end, and the example draft against `check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deedsnlp.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "school"
runner = CliRunner()


def draft(*args):
    return runner.invoke(app, ["draft", *map(str, args)])


@pytest.fixture(scope="module")
def example_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("draft")
    res = draft(EXAMPLE / "facts.yaml", "--logs", EXAMPLE / "logs.csv", EXAMPLE / "logs.txt",
                "-o", out / "draft.md", "--explain", out / "explain.json")
    assert res.exit_code == 0, res.output
    return out


def test_draft_writes_markdown_and_explain(example_out):
    text = (example_out / "draft.md").read_text("utf-8")
    record = json.loads((example_out / "explain.json").read_text("utf-8"))
    assert text.startswith("# 青禾县实验小学党支部先进事迹材料")
    assert record["log_files"] == [str(EXAMPLE / "logs.csv"), str(EXAMPLE / "logs.txt")]
    assert record["entries_used"] == 48 and record["left_out"] == []
    assert {"study", "institutions", "carriers", "cadre_building"} <= set(record["sections"])
    from deedsnlp.draft import verify_value

    problems = [verify_value(v) for s in record["sentences"] for v in s["values"]]
    assert not [p for p in problems if p]


def test_draft_docx_and_seed(tmp_path):
    res = draft(EXAMPLE / "facts.yaml", "--logs", EXAMPLE / "logs.csv", "-o", tmp_path / "d.docx", "--seed", "3")
    assert res.exit_code == 0, res.output
    assert (tmp_path / "d.docx").read_bytes()[:2] == b"PK"
    assert "drafted" in res.stderr


def test_unusable_facts_exit_2(tmp_path):
    bad = tmp_path / "facts.yaml"
    bad.write_text((EXAMPLE / "facts.yaml").read_text("utf-8").replace("total: 23", "total: many"), encoding="utf-8")
    res = draft(bad, "--logs", EXAMPLE / "logs.csv", "-o", tmp_path / "d.md")
    assert res.exit_code == 2
    assert f"{bad}:" in res.stderr and "members.total" in res.stderr
    assert not (tmp_path / "d.md").exists()
    res = draft(EXAMPLE / "facts.yaml", "--logs", EXAMPLE / "logs.csv", "-o", tmp_path / "d.pdf")
    assert res.exit_code == 2 and "unknown output format" in res.stderr


def test_bad_rows_are_warnings_and_a_broken_file_exits_1(tmp_path):
    logs = tmp_path / "logs.csv"
    text = (EXAMPLE / "logs.csv").read_text("utf-8").splitlines()
    text[4] = text[4].replace("2024-02-26", "2024-02-31")  # line 5
    text[6] = text[6].replace(",22,", ",二十二,")  # line 7
    logs.write_text("\n".join(text) + "\n", encoding="utf-8")
    res = draft(EXAMPLE / "facts.yaml", "--logs", logs, "-o", tmp_path / "d.md", "--explain", tmp_path / "e.json")
    assert res.exit_code == 0
    assert f"{logs}:5: not a valid date: '2024-02-31' (row skipped)" in res.stderr
    assert f"{logs}:7: participants is not a number: '二十二' (row skipped)" in res.stderr
    record = json.loads((tmp_path / "e.json").read_text("utf-8"))
    assert [x["where"] for x in record["left_out"]] == [f"{logs}:5", f"{logs}:7"] and record["entries_used"] == 38
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    res = draft(EXAMPLE / "facts.yaml", "--logs", logs, broken, "-o", tmp_path / "d2.md")
    assert res.exit_code == 2 and "broken.xlsx" in res.stderr and (tmp_path / "d2.md").exists()


def test_suggest_json(tmp_path):
    res = runner.invoke(app, ["suggest", str(EXAMPLE / "logs.csv"), "--section", "institutions",
                              "--facts", str(EXAMPLE / "facts.yaml"), "--json", "-k", "3", "--exemplars", "2"])
    assert res.exit_code == 0, res.output
    items = json.loads(res.stdout)
    assert [s["exemplar"] for s in items] == [False, False, False, True, True]
    assert all(set(s) >= {"text", "sources", "score"} for s in items)
    res = runner.invoke(app, ["suggest", str(EXAMPLE / "logs.csv"), "--section", "nope"])
    assert res.exit_code == 2


def test_example_draft_passes_check(example_out):
    check_mod = pytest.importorskip("deedsnlp.check")
    if not hasattr(check_mod, "check"):
        pytest.skip("the checker is not built yet")
    from deedsnlp.loader import load

    doc = next(load([str(example_out / "draft.md")]))
    report = check_mod.check(doc, "school", year=2024)
    result = report.to_dict()
    present = {s["label"] for s in result["present_sections"]}
    assert {"study", "institutions", "carriers", "cadre_building"} <= present
    assert report.passed, result
    if "check" in {c.name for c in app.registered_commands}:
        res = runner.invoke(app, ["check", str(example_out / "draft.md"), "--profile", "school"])
        assert res.exit_code == 0, res.output


def test_demo_step_exists():
    step = ROOT / "examples" / "demo.d" / "30-draft.sh"
    assert step.exists() and "draft examples/school/facts.yaml" in step.read_text("utf-8")
    assert shutil.which("bash")
