"""Benchmark text: the labelled corpus's documents, repeated to the size wanted."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_documents() -> dict[str, str]:
    paras: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for path in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                paras[row["doc_id"]].append((row["index"], row["text"]))
    return {d: "\n".join(t for _, t in sorted(p)) for d, p in paras.items()}


def corpus_text(min_chars: int) -> str:
    docs = list(corpus_documents().values())
    if not docs:
        raise SystemExit("corpora/labelled is empty")
    out, n, i = [], 0, 0
    while n < min_chars:
        out.append(docs[i % len(docs)])
        n += len(out[-1]) + 1
        i += 1
    return "\n".join(out)
