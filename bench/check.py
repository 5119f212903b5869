"""Draft checker speed: one ~5,000-character draft checked with the models loaded, and the CLI cold start.

Run: ``.venv/bin/python bench/check.py [--chars 5000] [--runs 30]``.
Target: ``check`` of a 5,000-character draft < 300 ms once models are loaded (median).

Drafts: corpus documents as written (``corpora/docs``: a third carry scraping noise, masks and
blanks, so the cleaner's mask model runs), cut at a line to about ``--chars``; and the scraped seed
report when ``../shared/seeds`` is there. The time covers building the document (normalize,
outline, passages) and the whole check (cleaner, classifier, numbers, terms, stock sentences).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_1a67f2a637a259b1.txt"


def corpus_draft(chars: int) -> str:
    """Lines of the corpus documents (in name order) until about ``chars`` characters."""
    out: list[str] = []
    n = 0
    for path in sorted((ROOT / "corpora" / "docs").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if n >= chars:
                return "\n".join(out)
            out.append(line)
            n += len(line) + 1
    return "\n".join(out)


def time_check(text: str, profile: str, runs: int, suggest_masks: bool = False) -> list[float]:
    from deedsnlp.check import check
    from deedsnlp.loader import load_text

    times = []
    for _ in range(runs):
        t = time.perf_counter()
        check(load_text(text, "bench"), profile, suggest_masks=suggest_masks)
        times.append((time.perf_counter() - t) * 1000)
    return times


def cold_start(path: str, runs: int = 3) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "deedsnlp", "check", path, "--profile", "school", "--json"],
                              cwd=ROOT, capture_output=True)
        out.append(time.perf_counter() - t)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"deedsnlp check failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--cold-runs", type=int, default=3)
    args = ap.parse_args()

    drafts = {"corpus draft": corpus_draft(args.chars)}
    if SEED.exists():
        drafts["scraped seed"] = SEED.read_text(encoding="utf-8")

    t = time.perf_counter()
    from deedsnlp.check import default_checker

    default_checker().load()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    default_checker(suggest_masks=True).load()
    mask_s = time.perf_counter() - t
    print(f"loading the classifier, lexicon and stock sentences: {load_s:.2f} s; "
          f"the cleaner's mask model (--suggest-masks): {mask_s:.2f} s")
    print(f"{'draft':<14} {'chars':>6} {'masks':>5} {'findings':>8} {'suggest':>7} {'median ms':>10} {'p90 ms':>8} {'max ms':>8}")
    from deedsnlp.check import check
    from deedsnlp.loader import load_text

    ok = True
    for name, text in drafts.items():
        for suggest in (False, True):
            report = check(load_text(text, name), "school", suggest_masks=suggest)
            masks = sum(f.kind == "mask" for f in report.findings)
            times = sorted(time_check(text, "school", args.runs, suggest))
            median = statistics.median(times)
            p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
            if not suggest:
                ok &= median < 300
            print(f"{name:<14} {len(text):>6} {masks:>5} {len(report.findings):>8} {'yes' if suggest else 'no':>7} "
                  f"{median:>10.1f} {p90:>8.1f} {times[-1]:>8.1f}")
    print(f"target < 300 ms (median, models loaded, default settings): {'met' if ok else 'NOT met'}")

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "draft.txt")
        Path(path).write_text(drafts["corpus draft"], encoding="utf-8")
        cold = cold_start(path, args.cold_runs)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "deedsnlp", "--help"], cwd=ROOT, capture_output=True, check=True)
        help_s = time.perf_counter() - t
    print(f"CLI cold start, `python -m deedsnlp check draft.txt --json` (wall, {len(cold)} runs): "
          f"median {statistics.median(cold):.2f} s, min {min(cold):.2f} s; `deedsnlp --help`: {help_s:.2f} s")


if __name__ == "__main__":
    main()
