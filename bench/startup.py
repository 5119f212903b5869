"""CLI start-up: ``deedsnlp --help`` and ``deedsnlp check`` of a 5,000-character draft, end to end.

Each command runs in a fresh process (the installed ``deedsnlp`` script, as a user runs it);
the figures are wall time (best and median of the runs) and the CPU time of the process
(user + system, from ``wait4``), which other load on a shared machine disturbs less. The load
average is printed alongside: on a busy machine the wall figures are not the command's own.
The slowest imports of the ``check`` run are listed (``python -X importtime``), and how many of
the package's modules have up-to-date bytecode: an editable install has none until ``bash dev.sh
setup`` compiles it (pip compiles a wheel's), and where ``PYTHONDONTWRITEBYTECODE`` is set every
command then compiles ~70 modules again (0.2 s of ``check``).

Run: ``.venv/bin/python bench/startup.py [--runs 15]``.
Targets (2-core machine): ``--help`` < 0.3 s, ``check`` of 5,000 characters < 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from check import corpus_draft  # noqa: E402  (bench/check.py: corpus lines up to N characters)


def exe() -> list[str]:
    script = Path(sys.executable).with_name("deedsnlp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "deedsnlp"]


def timed(cmd: list[str], runs: int, cwd: Path) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed with exit {code}")
    return walls, cpus


def slowest_imports(cmd: list[str], cwd: Path, top: int = 8) -> list[tuple[int, str]]:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "deedsnlp", *cmd], cwd=cwd,
                          capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line[len("import time:"):].split("|")
            if cumulative.strip().isdigit() and name.startswith(" ") and not name.startswith("   "):
                rows.append((int(cumulative), name.strip()))  # top-level imports only
    return sorted(rows, reverse=True)[:top]


def bytecode_state() -> str:
    """``N of M modules`` of the installed package with bytecode as fresh as their source."""
    import importlib.util

    proc = subprocess.run([sys.executable, "-c", "import deedsnlp, os; print(os.path.dirname(deedsnlp.__file__))"],
                          capture_output=True, text=True)
    root = Path(proc.stdout.strip())
    sources = [p for p in root.rglob("*.py")]
    fresh = 0
    for src in sources:
        pyc = Path(importlib.util.cache_from_source(str(src)))
        fresh += pyc.exists() and pyc.stat().st_mtime >= src.stat().st_mtime
    return f"{fresh} of {len(sources)} modules of {root} have fresh bytecode"


def report(name: str, walls: list[float], cpus: list[float], target: float) -> None:
    best = min(walls)
    print(f"{name:34s} wall best {best:.3f} s, median {statistics.median(walls):.3f} s; "
          f"CPU best {min(cpus):.3f} s  (target < {target} s: {'met' if best < target else 'NOT met'})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=15, help="runs of --help (check runs a third as often)")
    ap.add_argument("--chars", type=int, default=5000)
    args = ap.parse_args()
    cmd = exe()
    with tempfile.TemporaryDirectory() as d:
        cwd = Path(d)
        draft = cwd / "draft.md"
        draft.write_text(corpus_draft(args.chars), encoding="utf-8")
        print(f"machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
              f"command: {' '.join(cmd)}")
        print(f"{bytecode_state()}; PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}")
        timed([*cmd, "--help"], 2, cwd)  # warm the file cache
        report("deedsnlp --help", *timed([*cmd, "--help"], args.runs, cwd), 0.3)
        chars = len(draft.read_text(encoding="utf-8"))
        runs = max(3, args.runs // 3)
        report(f"deedsnlp check ({chars:,} chars)", *timed([*cmd, "check", "draft.md", "--json"], runs, cwd), 1.0)
        print("slowest top-level imports of the check run (cumulative ms):")
        for us, name in slowest_imports(["check", "draft.md", "--json"], cwd):
            print(f"  {us / 1000:7.1f}  {name}")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
