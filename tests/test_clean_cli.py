"""`deedsnlp clean`: outputs, report, --dry-run, --restore, bad inputs."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from deedsnlp.cli import app
from deedsnlp.clean import reconstruct
from deedsnlp.document import Finding

runner = CliRunner()

DOC_A = "青松小学党支部现有党员18名。本文来源：青松范文网 www.qs-fanwen.cn\n支部坚持每月学习一次，加**部队伍管理。\n"
DOC_B = "清河村党支部带领群众发展茶叶产业。\n【鼎盛娱乐】真人视讯，首存即送88元，加QQ：2745xxxx31\n20xx年村集体收入26万元。\n"
FIELDS = {"doc", "kind", "start", "end", "text", "context", "reason", "action", "suggestions"}


def write_inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    a = src / "a.txt"
    b = src / "b.txt"
    a.write_text(DOC_A, encoding="utf-8")
    b.write_bytes(DOC_B.encode("gb18030"))
    return src, a, b


def rows_of(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_clean_writes_outputs_and_report(tmp_path):
    src, a, b = write_inputs(tmp_path)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (a, b)}
    out = tmp_path / "out"
    report = tmp_path / "report.jsonl"
    result = runner.invoke(app, ["clean", str(src), "-o", str(out), "--report", str(report), "--suggestions", "0"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]
    assert (out / "a.txt").read_text(encoding="utf-8") == "青松小学党支部现有党员18名。\n支部坚持每月学习一次，加**部队伍管理。\n"
    assert (out / "b.txt").read_text(encoding="utf-8") == "清河村党支部带领群众发展茶叶产业。\n20xx年村集体收入26万元。\n"
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (a, b)} == before  # inputs untouched
    rows = rows_of(report)
    assert all(FIELDS <= set(r) for r in rows)
    assert sorted((r["kind"], r["action"]) for r in rows) == [
        ("mask", "flagged"), ("placeholder", "flagged"), ("spam", "removed"), ("watermark", "removed"),
    ]
    for r in rows:  # offsets index the original text
        original = DOC_A if r["doc"].endswith("a.txt") else DOC_B
        assert original[r["start"] : r["end"]] == r["text"]
    findings = [Finding(r["kind"], r["start"], r["end"], r["text"], action=r["action"], data={"replacement": r["replacement"]})
                for r in rows if r["doc"].endswith("a.txt")]
    assert reconstruct((out / "a.txt").read_text(encoding="utf-8"), findings) == DOC_A


def test_dry_run_writes_only_the_report(tmp_path):
    src, a, b = write_inputs(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(a), "-o", str(out), "--dry-run", "--suggestions", "0"])
    assert result.exit_code == 0
    assert not out.exists()
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["kind"] for r in rows] == ["watermark", "mask"]
    report = tmp_path / "r.jsonl"
    result = runner.invoke(app, ["clean", str(b), "--dry-run", "--report", str(report), "--suggestions", "0"])
    assert result.exit_code == 0 and [r["kind"] for r in rows_of(report)] == ["spam", "placeholder"]


def test_restore_reports_restored(tmp_path):
    _, a, _ = write_inputs(tmp_path)
    out = tmp_path / "out"
    report = tmp_path / "r.jsonl"
    result = runner.invoke(app, ["clean", str(a), "-o", str(out), "--report", str(report), "--restore", "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    mask = next(r for r in rows_of(report) if r["kind"] == "mask")
    assert mask["action"] == "restored" and mask["replacement"] == mask["suggestions"][0]["text"] == "强干"
    assert "加强干部队伍管理" in (out / "a.txt").read_text(encoding="utf-8")


def test_bad_inputs_reported_and_the_rest_cleaned(tmp_path):
    _, a, _ = write_inputs(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(a), str(empty), str(tmp_path / "missing.txt"), "-o", str(out), "--suggestions", "0"])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("deedsnlp: error:")]
    assert len(errors) == 2 and any("empty.txt" in e for e in errors) and any("missing.txt" in e for e in errors)
    assert [p.name for p in out.iterdir()] == ["a.txt"]


def test_arguments_checked(tmp_path):
    _, a, _ = write_inputs(tmp_path)
    assert runner.invoke(app, ["clean", str(a)]).exit_code == 2  # no -o and no --dry-run
    assert runner.invoke(app, ["clean", str(a), "--dry-run", "--min-confidence", "3"]).exit_code == 2
    assert runner.invoke(app, ["clean", str(a), "--dry-run", "--kinds", "watermark,bogus"]).exit_code == 2
    assert runner.invoke(app, ["clean", str(a), "--dry-run", "--mlm", str(tmp_path / "nope")]).exit_code == 2


def test_never_overwrites_an_input(tmp_path):
    src, a, _ = write_inputs(tmp_path)
    result = runner.invoke(app, ["clean", str(a), "-o", str(src), "--suggestions", "0"])
    assert result.exit_code == 2 and "overwrite" in result.stderr
    assert a.read_text(encoding="utf-8") == DOC_A


def test_jsonl_records_get_their_own_stems(tmp_path):
    data = tmp_path / "docs.jsonl"
    data.write_text(
        json.dumps({"id": "x1", "text": "支部学习。本文来源：青松范文网。"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "x2", "text": "村里修路。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(data), "-o", str(out), "--suggestions", "0"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["x1.txt", "x2.txt"]
    assert (out / "x1.txt").read_text(encoding="utf-8") == "支部学习。"


def test_corpus_learning_across_inputs(tmp_path):
    notice = "喜欢就收藏青松文苑，分享给同事吧"
    bodies = ["清河村党支部带领群众发展茶叶产业，全村茶园面积达到3200亩。",
              "阳光社区组建12支志愿服务队，全年服务居民4600余人次。",
              "华远公司党委开展技术攻关，提前15天完成设备安装任务。"]
    for i, body in enumerate(bodies):
        (tmp_path / f"d{i}.txt").write_text(f"{body}\n{notice}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "d0.txt"), str(tmp_path / "d1.txt"), str(tmp_path / "d2.txt"),
                                 "-o", str(out), "--suggestions", "0"])
    assert result.exit_code == 0
    assert all(notice not in (out / f"d{i}.txt").read_text(encoding="utf-8") for i in range(3))
    result = runner.invoke(app, ["clean", str(tmp_path / "d0.txt"), str(tmp_path / "d1.txt"), "-o", str(out),
                                 "--no-learn", "--suggestions", "0", "--kinds", "watermark,spam"])
    assert notice in (out / "d0.txt").read_text(encoding="utf-8")  # (the line model, kind furniture, is off)


def test_simplify_and_threshold_options(tmp_path):
    page = "當前位置：首頁 > 新聞中心 > 正文\n支部堅持每月學習一次，黨員帶頭參加志願服務。\n"
    (tmp_path / "p.txt").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(tmp_path / "p.txt"), "-o", str(out), "--suggestions", "0", "--simplify"])
    assert res.exit_code == 0, res.output
    assert (out / "p.txt").read_text(encoding="utf-8") == "支部坚持每月学习一次，党员带头参加志愿服务。\n"
    res = runner.invoke(app, ["clean", str(tmp_path / "p.txt"), "-o", str(out), "--suggestions", "0",
                              "--threshold", "1.0", "--kinds", "furniture"])
    assert res.exit_code == 0 and (out / "p.txt").read_text(encoding="utf-8") == page
    assert runner.invoke(app, ["clean", str(tmp_path / "p.txt"), "--dry-run", "--threshold", "0"]).exit_code == 2


def test_a_page_the_cleaner_fails_on_gets_one_line_and_the_others_are_cleaned(tmp_path, monkeypatch):
    from deedsnlp.clean import Cleaner

    src, a, b = write_inputs(tmp_path)
    real = Cleaner.clean

    def failing(self, doc, *args, **kwargs):
        if doc.source.endswith("a.txt"):
            raise ValueError("overlapping edits at 12")
        return real(self, doc, *args, **kwargs)

    monkeypatch.setattr(Cleaner, "clean", failing)
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(src), "-o", str(out), "--suggestions", "0"])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if "a.txt" in ln]
    assert len(lines) == 1 and "could not be cleaned" in lines[0] and "overlapping edits" in lines[0]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["b.txt"]
