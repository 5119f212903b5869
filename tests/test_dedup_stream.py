"""`deedsnlp dedup` streams (id, text) records: the same result as from whole Documents, bad
inputs reported one line each, a JSONL shard larger than the per-file limit accepted (the limit
applies per document). Peak memory on 100k documents: bench/dedup_cli.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import deedsnlp.cli  # noqa: F401  (registers the commands before one of their modules is imported)
from deedsnlp.commands.dedup import dedup_texts
from deedsnlp.dedup import DedupConfig, find_duplicates
from deedsnlp.loader import load

from .test_dedup import HOSPITAL, VILLAGE, VILLAGE_REPOST

ROOT = Path(__file__).resolve().parents[1]


def test_texts_give_what_documents_give(tmp_path):
    (tmp_path / "run-on.txt").write_text("一、加强学习 支部坚持学习。二、严格管理 支部严格管理。\n" * 3, encoding="utf-8")
    inputs = [str(ROOT / "corpora" / "docs"), str(ROOT / "docs" / "samples"), str(tmp_path / "run-on.txt")]
    docs = list(load(inputs))
    pairs = list(dedup_texts(inputs))
    assert pairs == [(d.id, d.text) for d in docs]
    config = DedupConfig()
    assert find_duplicates(pairs, config).to_dict() == find_duplicates(docs, config).to_dict()


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    shard = tmp_path / "shard.jsonl"
    rows = [{"id": "village", "text": VILLAGE}, {"id": "bad"}, {"id": "hospital", "text": HOSPITAL},
            {"id": "repost", "text": VILLAGE_REPOST}]
    shard.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\nnot json\n", encoding="utf-8")
    errors = []
    got = [i for i, _ in dedup_texts([str(shard), str(tmp_path / "missing.txt")], on_error=errors.append)]
    assert got == ["village", "hospital", "repost"]
    assert len(errors) == 3 and any("missing.txt" in str(e) for e in errors)

    r = subprocess.run([sys.executable, "-m", "deedsnlp", "dedup", "shard.jsonl", "missing.txt", "--json"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 3 and "Traceback" not in r.stderr
    assert json.loads(r.stdout)["clusters"] == [["village", "repost"]]


def test_a_shard_over_the_file_limit_streams(tmp_path):
    shard = tmp_path / "big.jsonl"
    with open(shard, "w", encoding="utf-8") as fh:
        for i in range(300):
            fh.write(json.dumps({"id": f"d{i}", "text": f"第{i}篇。" + HOSPITAL}, ensure_ascii=False) + "\n")
    env = dict(os.environ, DEEDSNLP_MAX_BYTES=str(shard.stat().st_size // 10))  # each document is far below
    r = subprocess.run([sys.executable, "-m", "deedsnlp", "dedup", "big.jsonl", "--json"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    clusters = json.loads(r.stdout)["clusters"]
    assert len(clusters) == 1 and len(clusters[0]) == 300
