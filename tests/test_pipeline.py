"""`deedsnlp run`: a recipe of stages over a corpus, locally and on Ray, with the same records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deedsnlp.cli import app
from deedsnlp.pipeline import LEARN_LIMIT
from deedsnlp.pipeline.runner import Recipe, run_recipe

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "corpora" / "docs"
RECIPE = ROOT / "examples" / "recipes" / "scraped.yaml"
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Four bundled reports, a scraped repost of one (with a watermark), a JSONL shard and a bad file."""
    root = tmp_path_factory.mktemp("corpus")
    names = sorted(p.name for p in DOCS.glob("*.txt"))[:4]
    for name in names:
        shutil.copy(DOCS / name, root / name)
    first = (DOCS / names[0]).read_text(encoding="utf-8")
    lines = first.splitlines()
    repost = "\n".join(lines[:3] + ["本文来源：某某范文网 www.fanwen-example.com，转载请注明出处。"] + lines[3:])
    (root / "repost.txt").write_text(repost, encoding="utf-8")
    shard = [{"id": "shard-1", "text": "一、加强学习\n支部坚持每月集中学习，党员撰写心得体会十二篇。\n二、服务群众\n走访困难户八户。"},
             {"id": "shard-2", "text": "村党支部带领群众修通水泥路三公里，建起文化广场一处。"}]
    (root / "shard.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in shard) + "\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    return root


def _records(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_local_run_writes_records_and_stats(corpus, tmp_path):
    errors = []
    stats = run_recipe(RECIPE, [corpus], tmp_path / "out", on_error=errors.append)
    recs = _records(tmp_path / "out" / "documents.jsonl")
    assert len(recs) == 7 and stats["documents"] == 7
    assert [e.reason for e in errors] == ["empty file"] and stats["errors"] == 1
    for r in recs.values():
        assert {"id", "source", "text", "findings", "passages", "cluster"} <= set(r)
        assert all({"text", "label"} <= set(p) for p in r["passages"])
        assert all(p["label"] for p in r["passages"])  # classified
    repost = next(r for k, r in recs.items() if k.endswith("repost.txt"))
    original = next(r for k, r in recs.items() if k == repost["cluster"])
    assert "范文网" not in repost["text"]  # cleaned
    assert any(f["stage"] == "clean" and f["kind"] == "watermark" for f in repost["findings"])
    assert original["cluster"] == repost["cluster"] == min(original["id"], repost["id"])
    assert recs["shard-2"]["cluster"] is None
    on_disk = json.loads((tmp_path / "out" / "stats.json").read_text(encoding="utf-8"))
    assert list(on_disk["stages"]) == ["clean", "dedup", "classify"]
    clean = on_disk["stages"]["clean"]
    assert clean["documents"] == 7 and clean["chars_out"] < clean["chars_in"] and clean["findings"]["watermark"] >= 1
    assert on_disk["stages"]["dedup"]["findings"]["in_group"] == 2


def test_subset_and_parquet_in_and_out(corpus, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    shard = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["一、学习\n支部学习。", "二、服务\n走访群众。"]}), shard)
    run_recipe({"stages": [{"classify": {}}]}, [shard], tmp_path / "out", fmt="parquet")
    table = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert [r["id"] for r in table] == ["p1", "p2"]
    assert table[0]["passages"][0]["label"] and table[0]["cluster"] is None


@pytest.mark.parametrize("recipe, message", [
    ("stages: [{classify: {}}, {clean: {}}]", "order clean → classify"),
    ("stages: [{translate: {}}]", "unknown stage 'translate'"),
    ("stages: [{dedup: {threshold: 7}}]", "threshold"),
    ("steps: []", "non-empty list 'stages'"),
    ("stages: [{clean: {learn_limit: 1}}]", "learn_limit"),
    ("stages: [{clean: {learn_limit: lots}}]", "learn_limit"),
])
def test_bad_recipes_are_one_line(tmp_path, recipe, message):
    path = tmp_path / "r.yaml"
    path.write_text(recipe, encoding="utf-8")
    res = runner.invoke(app, ["run", str(path), str(DOCS), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and message in res.stderr and "Traceback" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1


def test_learning_reads_at_most_its_limit():
    from deedsnlp.clean import Cleaner
    from deedsnlp.pipeline import fit_cleaner

    pages = [f"第{i}篇\n本文来源：柳岸公文网，转载请注明出处。\n支部组织党员学习第{i}次。" for i in range(6)]
    read = []

    def stream():
        for p in pages:
            read.append(p)
            yield p

    assert fit_cleaner(Cleaner(), stream, limit=4).n_fit_documents_ == 4 and len(read) == 4
    assert fit_cleaner(Cleaner(), pages, limit=None).n_fit_documents_ == 6
    assert fit_cleaner(Cleaner(), pages).n_fit_documents_ == 6 < LEARN_LIMIT
    with pytest.raises(ValueError, match="learn_limit"):
        fit_cleaner(Cleaner(), pages, limit=0)


def test_recipe_learn_limit_reaches_the_learning_pass(tmp_path, monkeypatch):
    import deedsnlp.pipeline.runner as run_module

    seen = []
    real = run_module.fit_cleaner
    monkeypatch.setattr(run_module, "fit_cleaner", lambda c, corpus, **kw: seen.append(kw["limit"]) or real(c, corpus, **kw))
    shard = tmp_path / "in.jsonl"
    shard.write_text("".join(json.dumps({"id": f"d{i}", "text": f"第{i}篇\n支部组织党员学习第{i}次。"}, ensure_ascii=False) + "\n"
                             for i in range(5)), encoding="utf-8")
    stages, options = Recipe.from_dict({"stages": [{"clean": {"learn_limit": 3}}]}).build()
    assert options == {"learn": True, "learn_limit": 3}
    run_recipe({"stages": [{"clean": {"learn_limit": 3}}]}, [shard], tmp_path / "out")
    assert len(_records(tmp_path / "out" / "documents.jsonl")) == 5 and seen == [3]
    run_recipe({"stages": [{"clean": {}}]}, [shard], tmp_path / "out2")
    assert seen == [3, LEARN_LIMIT]


def test_cli_run(corpus, tmp_path):
    res = runner.invoke(app, ["run", str(RECIPE), str(corpus), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2  # the empty file
    assert res.stdout == ""
    assert "empty.txt: empty file" in res.stderr and "7 document(s)" in res.stderr
    assert len(_records(tmp_path / "out" / "documents.jsonl")) == 7


@pytest.mark.slow
def test_ray_engine_writes_the_same_records(corpus, tmp_path, monkeypatch):
    pytest.importorskip("ray", reason="the Ray engine needs ray[data] (pip install 'deedsnlp[ray]')")
    pytest.importorskip("ray.data", reason="the Ray engine needs ray[data] (pip install 'deedsnlp[ray]')")
    from deedsnlp.pipeline import runner as runner_module

    monkeypatch.setattr(runner_module, "_CHUNK", 3)  # the driver hands the records over in several chunks
    local = run_recipe(RECIPE, [corpus], tmp_path / "local")
    ray_errors = []
    distributed = run_recipe(RECIPE, [corpus], tmp_path / "ray", engine="ray", on_error=ray_errors.append)
    assert _records(tmp_path / "ray" / "documents.jsonl") == _records(tmp_path / "local" / "documents.jsonl")
    assert [e.reason for e in ray_errors] == ["empty file"]
    for name in ("clean", "classify"):
        for key in ("documents", "chars_in", "chars_out", "findings"):
            assert distributed["stages"][name][key] == local["stages"][name][key], (name, key)
    assert distributed["stages"]["dedup"]["findings"] == local["stages"]["dedup"]["findings"]


def test_run_never_reads_its_own_output(corpus, tmp_path):
    import shutil as sh

    root = tmp_path / "in"
    sh.copytree(corpus, root)
    for _ in range(2):  # the second run finds the first run's documents.jsonl inside the input folder
        stats = run_recipe({"stages": [{"dedup": {}}]}, [root], root / "out", on_error=lambda e: None)
        assert stats["documents"] == 7


def test_a_worker_keeps_a_runs_stages_before_and_after_dedup_apart():
    # a Ray worker that served a load batch and then a finishing batch of one run used to get the load
    # stages back for both (records cleaned twice, never classified): the cache holds the two parts apart
    import pickle

    from deedsnlp.pipeline import runner as runner_module

    before, after = runner_module.stage_keys("run1")
    assert before != after
    runner_module._WORKER_STAGES.clear()
    assert runner_module._worker_stages(before, pickle.dumps(["clean"])) == ["clean"]
    assert runner_module._worker_stages(after, pickle.dumps(["classify"])) == ["classify"]
    assert runner_module._worker_stages(before, pickle.dumps(["ignored"])) == ["clean"]  # unpickled once per worker
    runner_module._WORKER_STAGES.clear()
