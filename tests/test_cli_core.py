import json
import subprocess
import sys

from typer.testing import CliRunner

from deedsnlp.cli import app

runner = CliRunner()
REPORT = "一、加强理论学习\n支部落实三会一课制度。\n（一）读书班\n每月一次。\n二、健全制度\n坚持民主评议党员。\n"


def test_outline_json_on_seed(seed_path):
    res = runner.invoke(app, ["outline", str(seed_path), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["doc"] == str(seed_path)
    assert data["headings"][0] == {
        **data["headings"][0],
        "level": 1, "marker": "一、", "title": "加强党支部的自身建设,树立战斗堡垒形象", "line": 2,
    }
    assert len(data["headings"]) == 20


def test_load_json_and_bad_inputs(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = runner.invoke(app, ["load", str(empty), str(good), str(tmp_path / "missing.txt"), "--json"])
    assert res.exit_code == 2
    docs = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    assert [d["id"] for d in docs] == [str(good)]
    assert docs[0]["outline"][0]["title"] == "加强理论学习"
    assert f"{empty}: empty file" in res.stderr
    assert "missing.txt: no such file" in res.stderr
    assert "Traceback" not in res.output


def test_segment_one_line_per_input_line(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("支部落实三会一课\n\n开展主题党日\n", encoding="gbk")
    res = runner.invoke(app, ["segment", str(path)])
    assert res.exit_code == 0
    assert res.stdout.split("\n") == ["支部 落实 三会一课", "", "开展 主题党日", ""]


def test_segment_user_lexicon_and_backend(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("城关小学红烛先锋工作室\n", encoding="utf-8")
    lex = tmp_path / "lex.txt"
    lex.write_text("城关小学红烛先锋 50000 nz\n", encoding="utf-8")
    for backend in ("jieba", "rjieba"):
        res = runner.invoke(app, ["segment", str(path), "--lexicon", str(lex), "--backend", backend])
        assert res.stdout.split()[0] == "城关小学红烛先锋"


def test_python_m_and_console_script(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "deedsnlp", "outline", str(path), "--json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["headings"][1]["marker"] == "（一）"
    bad = subprocess.run([sys.executable, "-m", "deedsnlp", "outline", str(tmp_path / "no.txt")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.strip() == f"deedsnlp: error: {tmp_path / 'no.txt'}: no such file or folder"
