"""Peak memory of ``deedsnlp dedup`` on a corpus-sized JSONL shard, next to the library's streamed call.

The shard holds ``--docs`` synthetic documents (``bench/dedup.py``'s generator: paragraph mixtures
of the corpus, a fifth of them reposts; ~3,000 characters each, ~860 MB for 100k). Both runs are
fresh processes measured with ``wait4`` (peak RSS of the process itself):

* the CLI on the texts as given: ``deedsnlp dedup shard.jsonl --json --raw`` (boilerplate counted,
  2 workers);
* the library: ``find_duplicates`` over ``(id, text)`` pairs read line by line from the same shard;
* with ``--cleaned`` also the CLI's default, which signs the texts cleaned of scraping junk (the
  cleaner runs on every document: ~23 ms each on a loaded 2-core machine, so ~40 minutes of CPU for
  100k documents); ``--cleaned-docs N`` runs it on the first N documents of the shard only (what
  fits in a few minutes: the cleaner's memory does not grow with the corpus, so its peak is the
  --raw peak plus a constant, ~160 MiB: the line model, the notice tables and the mask model
  that the censor-dot test reads, 64 MiB since it keeps its counts in arrays).

Run: ``.venv/bin/python bench/dedup_cli.py [--docs 100000] [--keep PATH] [--cleaned] [--cleaned-docs N]``.
Target: the CLI stays under 1 GiB at 100k documents, as the library's streamed call does.

Measured (2 cores shared with other jobs, load 2-6): 100,000 documents (816 MiB shard): --raw
863 MiB (116 CPU s); 3,000 documents: --raw 206 MiB, cleaned default 320 MiB (62 CPU s, ~21 ms a
document), so the cleaned default at 100k is about 863 + 114 = ~980 MiB (not run: ~35 minutes of
CPU). Before the mask model kept its counts in arrays the censor-dot test alone loaded ~480 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LIBRARY = """
import json, sys
from deedsnlp.dedup import DedupConfig, find_duplicates
def pairs():
    with open(sys.argv[1], encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            yield r["id"], r["text"]
result = find_duplicates(pairs(), DedupConfig(workers=2))
print(len(result.clusters), len(result.pairs), len(result.boilerplate))
"""


def run(cmd: list[str], cwd: Path, out_path: Path) -> tuple[int, float, float, float]:
    """Exit code, wall seconds, CPU seconds and peak RSS (MiB) of one fresh process; its stdout
    goes to ``out_path``. (Outputs are read only after every run: Linux keeps a process's peak RSS
    across exec, so a child forked from a parent that holds a large parsed output would report
    the parent's size.)"""
    start = time.perf_counter()
    with open(out_path, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return (os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _summary(path: Path, code: int) -> str:
    if code not in (0, 1) or not path.stat().st_size:
        return ""
    result = json.loads(path.read_text(encoding="utf-8"))
    return f"{len(result.get('clusters', []))} clusters, {len(result.get('boilerplate', []))} boilerplate"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=None, help="write (or reuse) the shard here")
    ap.add_argument("--cleaned", action="store_true", help="also run the CLI's default (cleaned texts; slow)")
    ap.add_argument("--cleaned-docs", type=int, default=None,
                    help="run the CLI's default on the first N documents of the shard only (implies --cleaned)")
    ap.add_argument("--no-library", action="store_true", help="skip the library run")
    args = ap.parse_args()
    from dedup import synthetic_documents  # bench/dedup.py

    with tempfile.TemporaryDirectory() as d:
        cwd = Path(d)
        shard = args.keep or cwd / "shard.jsonl"
        if not shard.exists():
            t = time.perf_counter()
            with open(shard, "w", encoding="utf-8") as fh:
                for doc_id, text in synthetic_documents(args.docs, args.seed):
                    fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            print(f"shard: {args.docs:,} documents, {shard.stat().st_size / 2**20:,.0f} MiB "
                  f"(written in {time.perf_counter() - t:.0f} s)")
        exe = Path(sys.executable).with_name("deedsnlp")
        cli = [str(exe)] if exe.exists() else [sys.executable, "-m", "deedsnlp"]
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
        rows = []
        runs = [(shard, ["--raw"], "shard.jsonl")]
        if args.cleaned_docs:
            head = cwd / "head.jsonl"
            with open(shard, encoding="utf-8") as src, open(head, "w", encoding="utf-8") as dst:
                for k, line in enumerate(src):
                    if k >= args.cleaned_docs:
                        break
                    dst.write(line)
            runs.append((head, [], f"first {args.cleaned_docs:,} documents"))
        elif args.cleaned:
            runs.append((shard, [], "shard.jsonl"))
        outputs = []
        for k, (path, flags, label) in enumerate(runs):
            out = cwd / f"out{k}.json"
            code, wall, cpu, rss = run([*cli, "dedup", str(path), "--json", *flags], cwd, out)
            rows.append([f"deedsnlp dedup {label} --json {' '.join(flags)}".strip(), code, wall, cpu, rss, ""])
            outputs.append((out, code))
            print(f"  {rows[-1][0]}: exit {code}, {wall:,.0f} s wall, {cpu:,.0f} s CPU, peak {rss:,.0f} MiB", flush=True)
        if not args.no_library:
            out = cwd / "library.txt"
            code, wall, cpu, rss = run([sys.executable, "-c", LIBRARY, str(shard)], cwd, out)
            rows.append(["library find_duplicates, streamed", code, wall, cpu, rss,
                         "clusters/pairs/boilerplate " + out.read_text().strip()])
        for row, (out, code) in zip(rows, outputs):
            row[5] = _summary(out, code)
        print(f"| run | exit | wall s | CPU s | peak RSS | result |\n|---|---:|---:|---:|---:|---|")
        for name, code, wall, cpu, rss, note in rows:
            print(f"| {name} | {code} | {wall:,.0f} | {cpu:,.0f} | {rss:,.0f} MiB | {note} |")
        ok = rows[0][4] < 1024
        print(f"target: CLI peak < 1 GiB at {args.docs:,} documents: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
