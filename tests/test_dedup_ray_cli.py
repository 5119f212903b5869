"""`deedsnlp dedup --engine ray --json`: clean JSON on stdout whatever Ray logs, Ray sized for the
machine and shut down at the end (issue 15). Starts a local Ray: slow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray", reason="the Ray engine needs ray[data] (pip install 'deedsnlp[ray]')")
pytest.importorskip("ray.data", reason="the Ray engine needs ray[data] (pip install 'deedsnlp[ray]')")

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def _raylets() -> set[int]:
    out = set()
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmd = Path("/proc", pid, "cmdline").read_bytes()
            except OSError:
                continue
            if b"raylet" in cmd.split(b"\0")[0]:
                out.add(int(pid))
    return out


def test_ray_json_is_clean_and_ray_shuts_down(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    before = _raylets()
    # --raw: both engines sign the texts as given (the cleaned default counts boilerplate differently per engine)
    cmd = [sys.executable, "-m", "deedsnlp", "dedup", str(ROOT / "corpora" / "docs"), "--json", "--raw"]
    ray = subprocess.run([*cmd, "--engine", "ray"], capture_output=True, text=True, timeout=300, env=env,
                         cwd=tmp_path)
    assert ray.returncode == 0, ray.stderr[-3000:]
    result = json.loads(ray.stdout)  # the whole of stdout is one JSON object
    local = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert result == json.loads(local.stdout)
    for noise in ("Traceback", " INFO ", "OOM", "killed", "low on memory", "Progress bars"):
        assert noise not in ray.stderr, ray.stderr[-3000:]
    # the raylet this command started is gone (it may take a moment to exit on a loaded machine)
    deadline = time.monotonic() + 20
    while not _raylets() <= before and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _raylets() <= before


def test_local_ray_is_sized_for_the_machine():
    from deedsnlp.dedup.ray_engine import OBJECT_STORE_MAX, OBJECT_STORE_MIN, local_resources

    res = local_resources()
    assert res["num_cpus"] == (os.cpu_count() or 1)
    assert OBJECT_STORE_MIN <= res["object_store_memory"] <= OBJECT_STORE_MAX
    assert local_resources(cpus=1)["num_cpus"] == 1
