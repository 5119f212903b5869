"""The Ray engine gives what the local engine gives (starts one local Ray for the module; slow)."""

from __future__ import annotations

import dataclasses

import pytest

from deedsnlp.dedup import DedupConfig, find_duplicates
from deedsnlp.loader import load_text

from .test_dedup import CORPUS, VILLAGE, VILLAGE_REPOST

ray = pytest.importorskip("ray", reason="the Ray engine needs ray[data] (pip install 'deedsnlp[ray]')")
pytest.importorskip("ray.data", reason="the Ray engine needs ray[data] (pip install 'deedsnlp[ray]')")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def local_ray():
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    if started:
        ray.shutdown()


def test_ray_engine_equals_local_engine(local_ray):
    from deedsnlp.dedup.ray_engine import find_duplicates_ray

    edited = VILLAGE_REPOST.replace("学习强国平台", "网络平台")
    items = CORPUS + [("edited.txt", edited), ("blank.txt", "。。。")]
    config = DedupConfig(batch_size=2, seed=5)  # several batches, so several Ray blocks
    local = find_duplicates(items, config)
    distributed = find_duplicates_ray(items, config)
    assert distributed.clusters == local.clusters == [["village.txt", "repost.txt", "edited.txt"]]
    assert distributed.to_dict() == local.to_dict()
    assert distributed.ids == local.ids
    assert distributed.stats["candidates"] == local.stats["candidates"]


def test_ray_engine_reads_a_dataset(local_ray):
    from deedsnlp.dedup.ray_engine import find_duplicates_ray

    ds = ray.data.from_items([{"id": d, "text": t} for d, t in CORPUS])
    result = find_duplicates_ray(ds, DedupConfig(boilerplate=False))
    assert result.clusters == [["repost.txt", "village.txt"]]  # no input order: by id
    assert [(p.a, p.b) for p in result.pairs] == [("repost.txt", "village.txt")]
    with pytest.raises(ValueError, match="columns id and text"):
        find_duplicates_ray(ray.data.from_items([{"name": "x"}]))


def test_stages_run_over_documents_in_order(local_ray):
    from deedsnlp.dedup.ray_engine import map_documents

    docs = [load_text(VILLAGE, "a"), ("b", "支部开展主题党日活动。"), "第三篇"]
    stage = dataclasses.replace  # any picklable Document -> Document callable
    out = list(map_documents(docs, stage, batch_size=1))
    assert [d.id for d in out] == ["a", "b", "2"]
    assert out[0].text == load_text(VILLAGE, "a").text and out[0].outline
