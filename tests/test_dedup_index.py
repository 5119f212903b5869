"""Persistent near-duplicate indexes: files (numpy + JSON, no pickle), datasketch LSH, Redis."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from deedsnlp.dedup import DedupConfig, DedupIndex, LSHIndex, find_duplicates, signatures_of
from deedsnlp.dedup import pipeline
from deedsnlp.dedup.index import redis_index, redis_params

from .test_dedup import FACTORY, HOSPITAL, SCHOOL, VILLAGE, VILLAGE_REPOST


@pytest.fixture
def index_dir(tmp_path):
    path = tmp_path / "idx"
    result = find_duplicates([("village.txt", VILLAGE), ("hospital.txt", HOSPITAL), ("school.txt", SCHOOL)],
                             index=DedupIndex(path))
    assert result.clusters == []
    return path


def test_add_then_query_without_recomputing_the_corpus(index_dir, monkeypatch):
    signed: list[str] = []
    original = pipeline.Signer.__call__

    def spy(self, texts):
        signed.extend(texts)
        return original(self, texts)

    monkeypatch.setattr(pipeline.Signer, "__call__", spy)
    index = DedupIndex(index_dir)
    assert len(index) == 3 and index.ids == ["village.txt", "hospital.txt", "school.txt"]
    result = index.query([("new/repost.txt", VILLAGE_REPOST), ("factory.txt", FACTORY)])
    assert signed == [VILLAGE_REPOST, FACTORY]  # only the new documents were signed
    assert result.clusters == [["new/repost.txt", "village.txt"]]
    assert [(p.a, p.b) for p in result.pairs] == [("new/repost.txt", "village.txt")]
    assert len(DedupIndex(index_dir)) == 3  # query does not add
    find_duplicates([("new/repost.txt", VILLAGE_REPOST)], index=DedupIndex(index_dir))
    assert len(DedupIndex(index_dir)) == 4
    again = DedupIndex(index_dir).query([("third.txt", VILLAGE_REPOST)])
    assert again.clusters == [["third.txt", "village.txt", "new/repost.txt"]]


def test_stored_signatures_are_the_computed_ones_and_files_hold_no_pickle(index_dir):
    index = DedupIndex(index_dir)
    assert np.array_equal(index.signature("hospital.txt"), signatures_of([HOSPITAL], index.config)[0])
    names = sorted(os.listdir(index_dir))
    assert names == ["index.json", "seg-000001.ids.json", "seg-000001.sig.npy"]
    manifest = json.loads((index_dir / "index.json").read_text("utf-8"))
    assert manifest["format"] == "deedsnlp-dedup-index" and manifest["config"]["num_perm"] == 128
    sig = np.load(index_dir / "seg-000001.sig.npy", allow_pickle=False)  # raises on pickled objects
    assert sig.dtype == np.uint32 and sig.shape == (3, 128)
    raw = (index_dir / "seg-000001.sig.npy").read_bytes()
    assert raw.startswith(b"\x93NUMPY") and b"\x80\x04" not in raw[:128]
    assert json.loads((index_dir / "seg-000001.ids.json").read_text("utf-8")) == ["village.txt", "hospital.txt", "school.txt"]


def test_readding_an_id_supersedes_it(index_dir):
    index = DedupIndex(index_dir)
    index.add([("village.txt", FACTORY)])
    index = DedupIndex(index_dir)
    assert len(index) == 3 and index.ids == ["hospital.txt", "school.txt", "village.txt"]
    assert np.array_equal(index.signature("village.txt"), signatures_of([FACTORY])[0])
    assert index.query([("repost.txt", VILLAGE_REPOST)]).clusters == []
    assert index.query([("village.txt", FACTORY)]).clusters == []  # never matched with itself


def test_settings_are_checked_and_threshold_may_change(index_dir, tmp_path):
    with pytest.raises(ValueError, match="num_perm=128"):
        DedupIndex(index_dir, DedupConfig(num_perm=64))
    with pytest.raises(ValueError, match="seed"):
        find_duplicates([("x", VILLAGE)], DedupConfig(seed=2), index=DedupIndex(index_dir))
    strict = DedupIndex(index_dir, DedupConfig(threshold=0.95))
    assert strict.query([("repost.txt", VILLAGE_REPOST)]).clusters == []
    assert DedupIndex(index_dir).query([("repost.txt", VILLAGE_REPOST)], threshold=0.5).clusters
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("x")
    with pytest.raises(ValueError, match="not a deedsnlp dedup index"):
        DedupIndex(tmp_path / "other")
    with pytest.raises(FileNotFoundError):
        DedupIndex(tmp_path / "absent", create=False)


def test_datasketch_lsh_index_matches_like_the_file_index(index_dir):
    lsh = LSHIndex(DedupConfig())
    find_duplicates([("village.txt", VILLAGE), ("hospital.txt", HOSPITAL), ("school.txt", SCHOOL)], index=lsh)
    assert len(lsh) == 3 and all(isinstance(v, bytes) for v in lsh.signatures.values())
    query = [("new.txt", VILLAGE_REPOST), ("factory.txt", FACTORY)]
    ours = DedupIndex(index_dir).query(query)
    theirs = find_duplicates(query, DedupConfig(boilerplate=False), index=lsh, add=False)
    assert theirs.to_dict() == ours.to_dict() and theirs.clusters == [["new.txt", "village.txt"]]


def test_redis_url_parsing():
    assert redis_params("redis://localhost") == {"host": "localhost", "port": 6379, "db": 0}
    assert redis_params("rediss://u:p%40ss@h:1/3") == {"host": "h", "port": 1, "db": 3, "username": "u",
                                                      "password": "p@ss", "ssl": True}
    with pytest.raises(ValueError):
        redis_params("http://localhost")


def _redis_url() -> str:
    redis = pytest.importorskip("redis", reason="the redis client is not installed")
    url = os.environ.get("DEEDSNLP_TEST_REDIS_URL", "redis://localhost:6379/15")
    try:
        redis.Redis(**redis_params(url), socket_connect_timeout=0.5).ping()
    except Exception:
        pytest.skip(f"no Redis server at {url}")
    return url


def test_redis_index_round_trip():
    url = _redis_url()
    import redis

    base = "deedsnlp-test-dedup"
    client = redis.Redis(**redis_params(url))
    for key in client.scan_iter(match=base + "*"):
        client.delete(key)
    try:
        index = redis_index(url, DedupConfig(), basename=base)
        find_duplicates([("village.txt", VILLAGE), ("hospital.txt", HOSPITAL)], index=index)
        again = redis_index(url, basename=base)
        result = find_duplicates([("new.txt", VILLAGE_REPOST)], index=again, add=False)
        assert result.clusters == [["new.txt", "village.txt"]]
        with pytest.raises(ValueError):
            redis_index(url, DedupConfig(seed=5), basename=base)
    finally:
        for key in client.scan_iter(match=base + "*"):
            client.delete(key)
