"""Segmentation throughput: jieba.lcut, rjieba, and deedsnlp with the domain lexicon.

Run: ``.venv/bin/python bench/segment.py [--chars 2000000]``. Prints a table of chars/s.
Target: deedsnlp segmentation with the lexicon ≥ 3 M chars/s; CLI start-up < 1 s.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import corpus_text  # noqa: E402


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=2_000_000)
    args = ap.parse_args()
    text = corpus_text(args.chars)
    lines = text.split("\n")
    n = len(text)
    print(f"corpus: {n:,} chars in {len(lines):,} paragraphs (from corpora/labelled)")

    import jieba
    import rjieba

    from deedsnlp.segment import Segmenter

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    rows = []
    rows.append(("jieba.lcut (global, no lexicon)", timed(lambda: [jieba.lcut(l) for l in lines])))
    rows.append(("rjieba.cut (no lexicon)", timed(lambda: [rjieba.cut(l) for l in lines], 3)))
    fast = Segmenter(backend="rjieba")
    fast.cut("预热")
    rows.append(("deedsnlp Segmenter rjieba + lexicon (API)", timed(lambda: [fast.cut(l) for l in lines], 3)))
    ref = Segmenter(backend="jieba")
    ref.cut("预热")
    rows.append(("deedsnlp Segmenter jieba + lexicon (API)", timed(lambda: [ref.cut(l) for l in lines])))

    exe = [sys.executable, "-m", "deedsnlp"]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.txt")
        Path(path).write_text(text, encoding="utf-8")
        cli = timed(lambda: subprocess.run(exe + ["segment", path, "-o", os.path.join(tmp, "out.txt")], check=True), 2)
        rows.append(("deedsnlp segment CLI end to end (incl. start-up)", cli))
    startup = timed(lambda: subprocess.run(exe + ["--help"], check=True, capture_output=True), 3)

    print(f"\n{'method':<52}{'seconds':>10}{'M chars/s':>12}")
    for name, secs in rows:
        print(f"{name:<52}{secs:>10.3f}{n / secs / 1e6:>12.2f}")
    print(f"\nCLI start-up (deedsnlp --help): {startup:.3f} s   (target < 1 s)")
    api = n / rows[2][1] / 1e6
    print(f"target deedsnlp+lexicon >= 3 M chars/s: {'met' if api >= 3 else 'NOT met'} ({api:.2f})")


if __name__ == "__main__":
    main()
