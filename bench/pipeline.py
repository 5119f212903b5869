"""Corpus pipeline benchmark: ``deedsnlp run`` (clean → dedup → classify) locally and on Ray.

    .venv/bin/python bench/pipeline.py                   # 100,000 documents, local and Ray (long)
    .venv/bin/python bench/pipeline.py --n 3000          # what fits in ~8 minutes on 2 cores
    .venv/bin/python bench/pipeline.py --n 3000 --engines local

Documents are cheap variations of the labelled corpus (``corpora/labelled``, its scraping noise
included, so the cleaner has work): the first half of one report joined to the second half of
another, digits redrawn, a paragraph dropped or two swapped, and one document in ten a repost of
an earlier one with a watermark line (so dedup finds groups). They
are written to one JSONL shard; each engine runs the shipped recipe
(``examples/recipes/scraped.yaml``) over it in a child process (``deedsnlp run``). Printed per
engine: wall seconds (start-up included), documents per second, peak memory of the process tree
(the driver plus Ray's workers and raylet, sampled every 0.2 s with psutil) and the seconds of each
stage from ``stats.json``.

Measured (2 cores shared with other jobs): ``--n 100000 --engines local``: 1,665 s wall, 60.1
documents/s, peak 641 MiB (clean 1,239.5 s, dedup 75.7 s, classify 199.6 s). Before the learning
pass read at most ``LEARN_LIMIT`` (20,000) documents the same run took 2,554 s and peaked at 1,906 MiB.
``--n 4000 --engines ray``: 97 s, 41.3 documents/s, peak 2,446 MiB for the process tree (driver,
raylet, 2 workers, object store). Ray at 100k (~40 minutes on 2 cores) was not run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import corpus_documents  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RECIPE = ROOT / "examples" / "recipes" / "scraped.yaml"
DEEDSNLP = Path(sys.executable).parent / "deedsnlp"
_DIGITS = re.compile(r"\d+")
WATERMARKS = ["本文来源：某某范文网，转载请注明出处。", "（来源：公文写作资料站 www.gongwen-example.com）",
              "更多精彩内容请关注微信公众号：材料之家"]


def generate(n: int, path: Path, seed: int = 7) -> int:
    """Write ``n`` varied corpus documents to a JSONL shard; return its size in bytes."""
    rng = random.Random(seed)
    bases = [t.split("\n") for t in corpus_documents().values()]
    made: list[list[str]] = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if made and rng.random() < 0.1:  # a repost of an earlier document
                paras = list(rng.choice(made[-500:]))
                paras.insert(rng.randrange(1, len(paras) + 1), rng.choice(WATERMARKS))
            else:  # the first half of one corpus report, the second half of another, digits redrawn
                a, b = bases[i % len(bases)], rng.choice(bases)
                paras = a[: max(1, len(a) // 2)] + b[len(b) // 2 :]
                paras = [_DIGITS.sub(lambda m: str(rng.randrange(1, 10 ** len(m.group()))), p) for p in paras]
                if len(paras) > 4 and rng.random() < 0.5:
                    paras.pop(rng.randrange(1, len(paras)))
                if len(paras) > 4 and rng.random() < 0.5:
                    x, y = rng.sample(range(1, len(paras)), 2)
                    paras[x], paras[y] = paras[y], paras[x]
                made.append(paras)
            fh.write(json.dumps({"id": f"doc{i:06d}", "text": "\n".join(paras)}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def _tree_rss(proc) -> int:
    import psutil

    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_engine(engine: str, shard: Path, out: Path, timeout: float) -> dict:
    import psutil

    cmd = [str(DEEDSNLP), "run", str(RECIPE), str(shard), "-o", str(out), "--engine", engine]
    env = dict(os.environ, DEEDSNLP_MAX_BYTES=str(64 * 1024 * 1024))
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        peak = max(peak, _tree_rss(proc))
        if time.perf_counter() - t0 > timeout:
            child.kill()
            raise SystemExit(f"{engine}: over {timeout:.0f} s, stopped")
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    _, err = child.communicate()
    if child.returncode not in (0, 1):
        raise SystemExit(f"{engine} failed ({child.returncode}): {err.decode()[-2000:]}")
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    return {"engine": engine, "documents": stats["documents"], "wall_s": wall, "peak_mib": peak / 2**20,
            "stages": {k: v["seconds"] for k, v in stats["stages"].items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="documents (default 100,000)")
    ap.add_argument("--engines", default="local,ray", help="comma-separated: local, ray")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per engine before giving up")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="deedsnlp-bench-") as tmp:
        shard = Path(tmp) / "shard.jsonl"
        size = generate(args.n, shard)
        print(f"{args.n:,} documents, {size / 2**20:.1f} MiB of JSONL; recipe {RECIPE.relative_to(ROOT)}; "
              f"{os.cpu_count()} CPUs")
        print(f"{'engine':7s} {'docs':>8s} {'wall s':>8s} {'docs/s':>8s} {'peak MiB':>9s}  stage seconds")
        for engine in args.engines.split(","):
            r = run_engine(engine.strip(), shard, Path(tmp) / engine, args.timeout)
            stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
            print(f"{r['engine']:7s} {r['documents']:8,d} {r['wall_s']:8.1f} {r['documents'] / r['wall_s']:8.1f} "
                  f"{r['peak_mib']:9.0f}  {stages}", flush=True)


if __name__ == "__main__":
    main()
