"""A normal (non-editable) install works from any folder: the wheel carries the model and the corpus.

The wheel is built from a copy of the source tree (no stale ``build/``), installed with
``--no-deps`` into a fresh virtual environment whose dependencies come from the test's own
environment (a path entry to its site-packages: no network), and every stage runs on the bundled
examples from a folder outside the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIP = shutil.ignore_patterns(".git", ".venv", "build", "dist", "out", ".gl", ".hypothesis", ".pytest_cache",
                              "__pycache__", "*.egg-info", ".whl", "notebooks")


def _pip(*args: str, cwd: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def _fresh_venv(path: Path) -> Path:
    """A venv without pip that sees this environment's site-packages after its own (no .pth run there,
    so an editable deedsnlp of this environment stays invisible)."""
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--without-pip", str(path)], check=True, timeout=120)
    python = path / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "_deedsnlp_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    return python


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src") / "deedsnlp-src"
    shutil.copytree(ROOT, src, ignore=SKIP, symlinks=True)
    return src


@pytest.fixture(scope="module")
def examples(tmp_path_factory) -> Path:
    """The bundled examples, copied to a folder that has no checkout above it."""
    work = tmp_path_factory.mktemp("elsewhere")
    shutil.copytree(ROOT / "examples" / "school", work / "school")
    shutil.copytree(ROOT / "docs" / "samples", work / "samples")
    shutil.copy(ROOT / "corpora" / "docs" / "village_2024_08.txt", work / "report.txt")
    (work / "masked.txt").write_text("支部要进一步加**部队伍管理，严格落实“三会一课”制度。\n", encoding="utf-8")
    return work


def _run(exe: Path, *args: str, cwd: Path, ok=(0,)) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEEDSNLP_", "PYTHON"))}
    proc = subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode in ok, f"{args}: exit {proc.returncode}\n{proc.stdout[-1500:]}\n{proc.stderr[-1500:]}"
    return proc


def test_wheel_installs_and_every_stage_runs_outside_the_checkout(source, examples, tmp_path):
    dist = tmp_path / "dist"
    _pip("wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(dist), ".", cwd=source)
    wheel = next(dist.glob("deedsnlp-*.whl"))
    python = _fresh_venv(tmp_path / "venv")
    _pip("--python", str(python), "install", "--no-deps", "--no-index", str(wheel), cwd=tmp_path)
    exe = tmp_path / "venv" / "bin" / "deedsnlp"

    where = _run(python, "-c", "import deedsnlp, deedsnlp.resources as r; print(deedsnlp.__file__); "
                 "print(r.model_path()); print(r.corpus_dir())", cwd=examples).stdout.split()
    for path in where:
        assert str(tmp_path / "venv") in path and str(ROOT) not in path, where

    # the packaged data the cleaner reads lazily: the line model and the two caption models
    models = _run(python, "-c", "from deedsnlp.clean.captionmodel import caption_model, caption_line_model; "
                  "from deedsnlp.clean.linemodel import LineJunkModel; "
                  "print(caption_model().score('某某部长为优秀共产党员颁发荣誉证书') > 0.9, LineJunkModel.load().score('返回顶部') > 0.9, "
                  "caption_line_model().score('快递小哥在驿站分拣包裹') > 0.9)",
                  cwd=examples).stdout.split()
    assert models == ["True", "True", "True"], models

    out = _run(exe, "outline", "report.txt", cwd=examples).stdout
    assert "（一）" in out and "1、" in out

    cls = [json.loads(line) for line in _run(exe, "classify", "report.txt", "--json", cwd=examples).stdout.splitlines()]
    assert len(cls) > 10 and len({r["label"] for r in cls}) >= 4  # the shipped model, not a fallback

    _run(exe, "clean", "masked.txt", "samples/scraped.txt", "-o", "cleaned", "--restore",
         "--report", "report.jsonl", cwd=examples)
    findings = [json.loads(line) for line in (examples / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    masks = [f for f in findings if f["kind"] == "mask" and f["doc"].endswith("masked.txt")]
    # the mask filler trained on the packaged corpus (an empty one would not know 加强干部)
    assert masks and masks[0]["suggestions"][0]["text"] == "强干", masks
    assert (examples / "cleaned").is_dir()

    _run(exe, "draft", "school/facts.yaml", "--logs", "school/logs.csv", "school/logs.txt",
         "-o", "draft.md", "--explain", "explain.json", cwd=examples)
    assert len((examples / "draft.md").read_text(encoding="utf-8")) > 500
    _run(exe, "suggest", "school/logs.csv", "--section", "carriers", "--exemplars", "1", cwd=examples)

    check = _run(exe, "check", "draft.md", "--profile", "school", "--json", cwd=examples, ok=(0, 1))
    assert json.loads(check.stdout)
    missing = _run(exe, "check", "samples/draft_missing_sections.txt", cwd=examples, ok=(1,))
    assert missing.stdout


def test_pip_install_dot_is_not_editable(source, examples, tmp_path):
    python = _fresh_venv(tmp_path / "venv")
    _pip("--python", str(python), "install", "--no-deps", "--no-index", "--no-build-isolation", str(source),
         cwd=tmp_path)
    shutil.rmtree(source / "build", ignore_errors=True)
    out = _run(python, "-c", "import deedsnlp.resources as r; print(r.model_path())", cwd=examples).stdout.strip()
    assert out.startswith(str(tmp_path / "venv")), out
    cls = _run(tmp_path / "venv" / "bin" / "deedsnlp", "classify", "report.txt", "--json", cwd=examples).stdout
    assert len(cls.splitlines()) > 10
