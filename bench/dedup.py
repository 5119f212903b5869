"""Near-duplicate benchmark: quality on a labelled corpus of reposts, throughput, memory at 100k documents.

    .venv/bin/python bench/dedup.py            # full run (a few minutes on 2 cores)
    .venv/bin/python bench/dedup.py --quick    # smaller sizes

1. **Quality.** From the reports in ``corpora/labelled`` (whatever is there, at least 20), each
   original gets 0-3 reposts with random edits: a watermark spliced into a paragraph or added as a
   line, a "related articles" link tail, a paragraph dropped, paragraphs reordered, unit and person
   names and numbers edited. The truth: an original and its reposts are near-duplicates; every
   other pair (other reports of the same genre included) is not. Pair precision / recall / F1 of
   the clusters (every pair inside a predicted cluster) against the truth, for deedsnlp's MinHash
   LSH, datasketch used naively (``MinHash.update_batch`` over shingle bytes + ``MinHashLSH``) and
   exact all-pairs Jaccard over the same shingles; plus deedsnlp's verified pairs against the
   exact-Jaccard pairs (how faithful the estimate is).
2. **Throughput.** Signatures + LSH on documents of about 3,000 characters (paragraph mixtures of
   the corpus), 1 and 2 worker threads, beside datasketch used naively.
3. **Memory.** 100,000 such documents (with reposts) streamed through the whole pipeline
   (boilerplate included) in a child process; peak RSS from ``resource.getrusage``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _corpus import corpus_documents  # noqa: E402

from deedsnlp.dedup import DedupConfig, find_duplicates  # noqa: E402
from deedsnlp.dedup.lsh import clusters as union_clusters  # noqa: E402
from deedsnlp.dedup.shingle import Shingler, canonical_text  # noqa: E402

WATERMARKS = [
    "本文来源于某某范文网，转载请注明出处",
    "更多精彩范文请关注www.fanwen-example.com",
    "（来源：某某文库 整理发布）",
    "免费下载更多先进事迹材料请访问某某范文网",
    "本资料由某某文档网用户上传，仅供参考",
]
PLACE_NAMES = ["青松", "白杨", "红星", "金桥", "东风", "向阳", "翠竹", "长河", "清泉", "云岭", "石门", "柳岸"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
_UNIT = re.compile(r"([\u4e00-\u9fff]{2})(?=村|社区|小学|中学|大学|医院|公司|学院|街道|镇|乡)")
_PERSON = re.compile(rf"([{SURNAMES}])(?=[\u4e00-\u9fff]{{1,2}}(?:同志|书记|主任|校长|院长|老师|医生))")
_NUMBER = re.compile(r"\d+")


# -- the labelled corpus -------------------------------------------------------------------------------
def _edit_names(text: str, rnd: random.Random) -> str:
    units = _UNIT.findall(text)
    if units:
        common = max(sorted(set(units)), key=units.count)
        text = text.replace(common, rnd.choice([p for p in PLACE_NAMES if p != common]))
    return _PERSON.sub(lambda m: rnd.choice(SURNAMES), text)


def _edit_numbers(text: str, rnd: random.Random) -> str:
    def change(m: re.Match) -> str:
        if rnd.random() < 0.5:
            return m.group(0)
        digits = len(m.group(0))
        return str(rnd.randint(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1))

    return _NUMBER.sub(change, text)


def make_repost(text: str, titles: list[str], rnd: random.Random) -> tuple[str, list[str]]:
    """A repost of ``text`` with 1 to 6 random edits; returns it and the names of the edits."""
    ops = [op for op in ("watermark", "link_tail", "drop", "reorder", "names", "numbers") if rnd.random() < 0.5]
    ops = ops or [rnd.choice(["watermark", "names", "numbers"])]
    paras = text.split("\n")
    if "drop" in ops and len(paras) > 4:
        del paras[rnd.randrange(1, len(paras))]
    if "reorder" in ops and len(paras) > 4:
        i, j = sorted(rnd.sample(range(1, len(paras)), 2))
        paras[i], paras[j] = paras[j], paras[i]
    if "watermark" in ops:
        k = rnd.randrange(len(paras))
        paras[k] = paras[k] + rnd.choice(WATERMARKS)
        if rnd.random() < 0.5:
            paras.append(rnd.choice(WATERMARKS))
    out = "\n".join(paras)
    if "names" in ops:
        out = _edit_names(out, rnd)
    if "numbers" in ops:
        out = _edit_numbers(out, rnd)
    if "link_tail" in ops:
        tail = ["相关文章："] + [t[: rnd.randint(12, 24)] + rnd.choice(["...", "…"]) for t in rnd.sample(titles, min(len(titles), rnd.randint(3, 6)))]
        out = out + "\n" + "\n".join(tail)
    return out, ops


def labelled_corpus(seed: int) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """Documents ``(id, text)`` and each one's family (an original and its reposts share one)."""
    originals = corpus_documents()
    if len(originals) < 20:
        raise SystemExit(f"corpora/labelled holds {len(originals)} documents; the benchmark needs at least 20")
    rnd = random.Random(seed)
    titles = [t.split("\n", 1)[0] for t in originals.values()]
    docs, family = [], {}
    for k, (doc_id, text) in enumerate(sorted(originals.items())):
        docs.append((doc_id, text))
        family[doc_id] = k
        for r in range(rnd.choice([0, 1, 2, 3])):
            repost, _ = make_repost(text, titles, rnd)
            rid = f"{doc_id}~repost{r + 1}"
            docs.append((rid, repost))
            family[rid] = k
    rnd.shuffle(docs)
    return docs, family


# -- scoring -------------------------------------------------------------------------------------------
def pairs_of_clusters(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}


def prf(predicted: set, truth: set) -> tuple[float, float, float]:
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(truth) if truth else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def exact_pairs(docs: list[tuple[str, str]], config: DedupConfig) -> tuple[set, float]:
    sh = Shingler(config)
    t = time.perf_counter()
    sets = [set(sh.one(text).tolist()) for _, text in docs]
    found = set()
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            a, b = sets[i], sets[j]
            union = len(a | b)
            if union and len(a & b) / union >= config.threshold:
                found.add(tuple(sorted((docs[i][0], docs[j][0]))))
    return found, time.perf_counter() - t


def datasketch_naive(docs: list[tuple[str, str]], config: DedupConfig) -> tuple[list[list[str]], float]:
    """datasketch as its README shows it: a MinHash per document fed shingle bytes, one MinHashLSH."""
    from datasketch import MinHash, MinHashLSH

    t = time.perf_counter()
    n = config.ngram
    lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm)
    sketches = []
    for i, (_, text) in enumerate(docs):
        canon = canonical_text(text)
        shingles = {canon[k : k + n] for k in range(max(1, len(canon) - n + 1))}
        m = MinHash(num_perm=config.num_perm, seed=config.seed)
        m.update_batch([s.encode("utf-8") for s in shingles])
        lsh.insert(i, m)
        sketches.append(m)
    pairs = set()
    for i, m in enumerate(sketches):
        for j in lsh.query(m):
            if j > i and m.jaccard(sketches[j]) >= config.threshold:
                pairs.add((i, j))
    groups = union_clusters(len(docs), np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2))
    return [[docs[i][0] for i in g] for g in groups], time.perf_counter() - t


# -- synthetic documents of about 3,000 characters -----------------------------------------------------
def synthetic_documents(count: int, seed: int, repost_share: float = 0.2, chars: int = 3000):
    """Stream ``count`` documents: paragraph mixtures of the corpus, some of them reposts of earlier ones."""
    paras = [p for text in corpus_documents().values() for p in text.split("\n") if len(p) > 20]
    titles = [p[:20] for p in paras[:200]]
    rnd = random.Random(seed)
    recent: list[str] = []
    for i in range(count):
        if recent and rnd.random() < repost_share:
            text, _ = make_repost(rnd.choice(recent), titles, rnd)
        else:
            out, n = [], 0
            while n < chars:
                p = rnd.choice(paras)
                out.append(p)
                n += len(p) + 1
            text = _edit_numbers("\n".join(out), rnd)[:chars]
            recent.append(text)
            if len(recent) > 64:
                recent.pop(0)
        yield f"doc{i:06d}", text


def throughput(count: int, seed: int, workers: int, repeat: int = 3) -> tuple[float, float, float]:
    """Documents per second (wall clock, best of ``repeat`` runs) and per CPU-second, and the mean length."""
    docs = list(synthetic_documents(count, seed))
    config = DedupConfig(boilerplate=False, workers=workers, seed=seed)
    find_duplicates(docs[:200], config)  # warm-up (tables, allocations)
    best = (0.0, 0.0)
    for _ in range(repeat):
        t, cpu = time.perf_counter(), time.process_time()
        find_duplicates(docs, config)
        dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
        best = max(best, (count / dt, count / dcpu))
    return best[0], best[1], float(np.mean([len(t) for _, t in docs]))


def rss_child(count: int, seed: int, workers: int) -> None:
    """Run in a child process: stream ``count`` documents through find_duplicates, print JSON figures."""
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    result = find_duplicates(synthetic_documents(count, seed), DedupConfig(workers=workers, seed=seed))
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    hwm = 0.0  # this process's own high-water mark (ru_maxrss also counts the parent's pages at fork)
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        pass
    print(json.dumps({
        "documents": count, "seconds": dt, "peak_rss_mib": peak / 1024, "start_rss_mib": base / 1024, "vmhwm_mib": hwm,
        "clusters": len(result.clusters), "pairs": len(result.pairs), "boilerplate": len(result.boilerplate),
        "stats": result.stats,
    }))


# -- main -----------------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller throughput and memory runs")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threshold", type=float, default=DedupConfig().threshold)
    ap.add_argument("--throughput-docs", type=int, default=None)
    ap.add_argument("--rss-docs", type=int, default=None)
    ap.add_argument("--rss-child", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child, args.seed, args.workers)
        return
    n_tp = args.throughput_docs or (4000 if args.quick else 20000)
    n_rss = args.rss_docs or (20000 if args.quick else 100000)
    config = DedupConfig(threshold=args.threshold, seed=args.seed)
    print(f"# deedsnlp dedup benchmark — {os.cpu_count()} CPUs (load average {os.getloadavg()[0]:.1f} at start), threshold {config.threshold}, "
          f"num_perm {config.num_perm}, {config.shingle} {config.ngram}-grams, bands x rows {config.lsh_params()}\n")

    # 3. memory first, while this process is small (a child's ru_maxrss starts at its parent's size)
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(n_rss), "--seed", str(args.seed),
                          "--workers", str(args.workers)], capture_output=True, text=True, check=True)
    memory = json.loads(out.stdout.strip().splitlines()[-1])

    # 1. quality
    docs, family = labelled_corpus(args.seed)
    truth = {tuple(sorted((a, b))) for (a, _), (b, _) in itertools.combinations(docs, 2) if family[a] == family[b]}
    n_orig = len(set(family.values()))
    print(f"labelled corpus: {n_orig} originals from corpora/labelled + {len(docs) - n_orig} reposts = "
          f"{len(docs)} documents, {len(truth)} positive pairs of {len(docs) * (len(docs) - 1) // 2}; "
          f"median length {int(np.median([len(t) for _, t in docs]))} characters\n")
    rows = []
    t = time.perf_counter()
    ours = find_duplicates(docs, config.replace(boilerplate=False))
    ours_dt = time.perf_counter() - t
    rows.append(("deedsnlp MinHash LSH", len(docs) / ours_dt, *prf(pairs_of_clusters(ours.clusters), truth)))
    naive_groups, naive_dt = datasketch_naive(docs, config)
    rows.append(("datasketch naive (update_batch + MinHashLSH)", len(docs) / naive_dt,
                 *prf(pairs_of_clusters(naive_groups), truth)))
    exact, exact_dt = exact_pairs(docs, config)
    exact_groups = union_clusters(len(docs), np.array(
        [[[d for d, _ in docs].index(a), [d for d, _ in docs].index(b)] for a, b in exact], dtype=np.int64).reshape(-1, 2))
    rows.append(("exact all-pairs Jaccard", len(docs) / exact_dt,
                 *prf(pairs_of_clusters([[docs[i][0] for i in g] for g in exact_groups]), truth)))
    print("| method (clusters vs truth) | docs/s | precision | recall | F1 |\n|---|---:|---:|---:|---:|")
    for name, rate, p, r, f in rows:
        print(f"| {name} | {rate:,.0f} | {p:.3f} | {r:.3f} | {f:.3f} |")
    verified = {tuple(sorted((p.a, p.b))) for p in ours.pairs}
    p, r, f = prf(verified, exact)
    print(f"\ndeedsnlp verified pairs vs exact-Jaccard pairs (J >= {config.threshold}): precision {p:.3f}, recall {r:.3f}, F1 {f:.3f} "
          f"({len(verified)} vs {len(exact)} pairs)")
    missed = sorted(truth - pairs_of_clusters(ours.clusters))
    if missed:
        sh = Shingler(config)
        text = dict(docs)
        sims = [len(np.intersect1d(sh.one(text[a]), sh.one(text[b]))) / len(np.union1d(sh.one(text[a]), sh.one(text[b])))
                for a, b in missed[:200]]
        print(f"missed positive pairs: {len(missed)}; their exact Jaccard: median {np.median(sims):.2f}, max {max(sims):.2f}")

    # 2. throughput
    print(f"\n| signatures + LSH, synthetic documents (best of 3) | docs | chars/doc | docs/s | docs per CPU-second |\n"
          "|---|---:|---:|---:|---:|")
    for workers in (1, args.workers):
        rate, cpu_rate, chars = throughput(n_tp, args.seed, workers)
        print(f"| deedsnlp, {workers} worker thread{'s' if workers > 1 else ''} | {n_tp:,} | {chars:,.0f} | {rate:,.0f} | {cpu_rate:,.0f} |")
    few = list(synthetic_documents(min(1000, n_tp), args.seed))
    _, naive_dt = datasketch_naive(few, config)
    print(f"| datasketch naive | {len(few):,} | {np.mean([len(t) for _, t in few]):,.0f} | {len(few) / naive_dt:,.0f} | |")

    m, s = memory, memory["stats"]
    print("\n| whole pipeline incl. boilerplate, streamed | docs | seconds | docs/s | peak RSS (getrusage) | VmHWM |\n"
          "|---|---:|---:|---:|---:|---:|")
    print(f"| deedsnlp find_duplicates, {args.workers} workers | {m['documents']:,} | {m['seconds']:.1f} | "
          f"{m['documents'] / m['seconds']:,.0f} | {m['peak_rss_mib']:,.0f} MiB | {m['vmhwm_mib']:,.0f} MiB |")
    print(f"\n(RSS at start {m['start_rss_mib']:.0f} MiB; signatures {s['seconds_signatures']:.1f} s incl. boilerplate "
          f"counting, LSH {s['seconds_lsh']:.1f} s, boilerplate ranking {s['seconds_boilerplate']:.1f} s; "
          f"{m['clusters']:,} clusters, {m['pairs']:,} pairs, {m['boilerplate']:,} boilerplate units)")


    print(f"\n(load average {os.getloadavg()[0]:.1f} at the end: other processes share these CPUs)")


if __name__ == "__main__":
    main()
