"""Peak memory and time of the CLI refusing hostile input (issue 15: "memory for any rejected input
stays under 200 MB").

Each case runs ``deedsnlp`` in a fresh process on a generated hostile file and reports its exit
code, the first stderr line, wall time and the process's peak RSS (``wait4``):

* a draft with a 400-digit member count (``check``);
* a facts YAML "billion laughs" (``draft``): 9 levels of 9 aliases, 387 million nodes if expanded;
* the same in a user's profile file (``check --profile``), where ``description: *i`` was turned
  into a string of all 387 million nodes;
* a .docx whose zip directory claims 2 GiB uncompressed (``load``), when zip checks are in place;
* a symlink loop among the inputs of ``clean`` next to a good file;
* a scraped page whose menu line holds bars and long runs of spaces (``clean``): its wall time shows
  whether a junk rule backtracks.

Run: ``.venv/bin/python bench/hostile.py [--python OTHER_PYTHON]`` (e.g. the python of a venv the
wheel was installed into; default: this one). Target: one error line per bad input, no traceback,
the good file still cleaned, and peak RSS < 200 MB for every case.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

EXE = [sys.executable, "-m", "deedsnlp"]
LIMIT_MB = 200


def run(args: list[str], cwd: Path) -> tuple[int, str, float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([*EXE, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    proc.stderr.close()
    return os.waitstatus_to_exitcode(status), (err[0] if err else ""), wall, usage.ru_maxrss / 1024


def make_cases(tmp: Path) -> list[tuple[str, list[str]]]:
    (tmp / "draft.md").write_text("一、基本情况\n支部现有党员" + "9" * 400 + "名。\n", encoding="utf-8")
    bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    (tmp / "bomb.yaml").write_text(bomb, encoding="utf-8")
    (tmp / "profile.yaml").write_text(bomb.replace("a: &a", "x0: &a", 1) + "required: [study]\ndescription: *i\n",
                                      encoding="utf-8")
    (tmp / "ok.md").write_text("一、基本情况\n2024年，支部现有党员26名。\n", encoding="utf-8")
    # a zip whose entry inflates to 2 GiB (written in 1 MiB chunks of zeros: ~2 MB on disk)
    with zipfile.ZipFile(tmp / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(2048):
                fh.write(chunk)
    (tmp / "good.txt").write_text("一、加强学习\n支部坚持学习。\n", encoding="utf-8")
    # a scraped menu of bars with long runs of spaces between its items (a regex that lets spaces both separate and
    # belong to the items backtracks exponentially on it: 43 s for one 778-character page before session 32)
    menu = "要闻        |        青禾远洋       |        直观青禾       |         原创        |        视频               融播报              房产        "
    (tmp / "menu.txt").write_text(menu + "\n某某社区党支部结对共建签约仪式\n支部坚持学习，党员参学率达到百分之百。\n", encoding="utf-8")
    (tmp / "loop").mkdir()
    os.symlink("../loop", tmp / "loop" / "self")
    return [
        ("400-digit count in a draft (check)", ["check", "draft.md"]),
        ("YAML billion laughs (draft)", ["draft", "bomb.yaml", "-o", "out.md"]),
        ("YAML billion laughs profile (check)", ["check", "ok.md", "--profile", "profile.yaml"]),
        ("2 GiB .docx zip bomb (load)", ["load", "bomb.docx"]),
        ("symlink loop + good file (clean)", ["clean", "loop", "good.txt", "-o", "cleaned"]),
        ("menu of bars and runs of spaces (clean)", ["clean", "menu.txt", "-o", "cleaned_menu"]),
    ]


def main() -> None:
    global EXE
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--python", default=sys.executable, help="the Python that runs deedsnlp (default: this one)")
    EXE = [ap.parse_args().python, "-m", "deedsnlp"]
    print(f"command: {' '.join(EXE)}")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        cases = make_cases(tmp)
        print(f"{'case':40s} {'exit':>4s} {'wall s':>7s} {'peak MB':>8s}  first stderr line")
        worst = 0.0
        for name, args in cases:
            code, line, wall, rss = run(args, tmp)
            worst = max(worst, rss)
            print(f"{name:40s} {code:4d} {wall:7.2f} {rss:8.0f}  {line[:110]}")
        print(f"cleaned good.txt: {(tmp / 'cleaned' / 'good.txt').exists()}")
        print(f"worst peak RSS {worst:.0f} MB (target < {LIMIT_MB} MB): {'met' if worst < LIMIT_MB else 'NOT met'}")


if __name__ == "__main__":
    main()
