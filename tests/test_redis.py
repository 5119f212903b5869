"""The Redis index path against a real ``redis-server`` (Debian package ``redis-server``).

A fixture starts a private server on a free local port (no persistence, in a temporary folder)
and stops it afterwards. Outside CI a missing server or client skips these tests; under CI
(``CI=true``, set by ``.ci/run``, which installs the server) it fails them.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deedsnlp.dedup import DedupConfig, find_duplicates, redis_index
from deedsnlp.dedup.index import redis_params

from .test_dedup import HOSPITAL, VILLAGE, VILLAGE_REPOST

UNDER_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")
SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def _missing(reason: str):
    if UNDER_CI:
        pytest.fail(f"CI must test the Redis index: {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    try:
        import redis
    except ImportError:
        _missing("the redis client is not installed (pip install 'deedsnlp[redis]')")
    if not Path(SERVER).exists():
        _missing("redis-server not found (apt-get install redis-server)")
    folder = tmp_path_factory.mktemp("redis")
    port = _free_port()
    proc = subprocess.Popen([SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(folder), "--protected-mode", "yes"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis(**redis_params(url), socket_connect_timeout=0.2)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None:
                    pytest.fail(f"redis-server exited with {proc.returncode}")
                time.sleep(0.05)
        else:
            pytest.fail("redis-server did not answer within 5 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def fresh(redis_url):
    import redis

    redis.Redis(**redis_params(redis_url)).flushdb()
    return redis_url


def test_index_round_trip_and_settings_are_kept(fresh):
    index = redis_index(fresh, DedupConfig(), basename="t")
    first = find_duplicates([("village.txt", VILLAGE), ("hospital.txt", HOSPITAL)], index=index)
    assert first.clusters == []
    again = redis_index(fresh, basename="t")  # settings come from the server
    assert again.config.to_dict() == index.config.to_dict()
    result = find_duplicates([("new.txt", VILLAGE_REPOST)], index=again, add=False)
    assert result.clusters == [["new.txt", "village.txt"]]
    assert result.pairs[0].jaccard > 0.7
    with pytest.raises(ValueError, match="seed"):
        redis_index(fresh, DedupConfig(seed=5), basename="t")
    # add=False left the index as it was: the repost is not in it
    assert find_duplicates([("x.txt", VILLAGE_REPOST)], index=again, add=False).clusters == [["x.txt", "village.txt"]]


def test_same_result_as_the_in_memory_index(fresh):
    from deedsnlp.dedup import LSHIndex

    config = DedupConfig(boilerplate=False)
    docs = [("village.txt", VILLAGE), ("hospital.txt", HOSPITAL), ("repost.txt", VILLAGE_REPOST)]
    memory = find_duplicates(docs, config, index=LSHIndex(config))
    stored = find_duplicates(docs, config, index=redis_index(fresh, config, basename="same"))
    assert stored.to_dict() == memory.to_dict()


def test_cli_keeps_the_index_in_redis_between_runs(fresh, tmp_path):
    (tmp_path / "village.txt").write_text(VILLAGE, encoding="utf-8")
    (tmp_path / "hospital.txt").write_text(HOSPITAL, encoding="utf-8")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "repost.txt").write_text(VILLAGE_REPOST, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEEDSNLP_")}
    cmd = [sys.executable, "-m", "deedsnlp", "dedup", "--redis-url", fresh, "--json"]
    first = subprocess.run([*cmd, "village.txt", "hospital.txt"], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120, env=env)
    assert first.returncode == 0, first.stderr
    second = subprocess.run([*cmd, "--no-add", "new/repost.txt"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env=env)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["clusters"] == [["new/repost.txt", "village.txt"]]


def test_unreachable_server_is_one_error_line(tmp_path):
    (tmp_path / "a.txt").write_text(VILLAGE, encoding="utf-8")
    url = f"redis://127.0.0.1:{_free_port()}/0"  # nothing listens there
    r = subprocess.run([sys.executable, "-m", "deedsnlp", "dedup", "--redis-url", url, "a.txt"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "127.0.0.1" in r.stderr
