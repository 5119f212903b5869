"""`deedsnlp dedup`: JSON and table output, ids as given, per-file errors, the index, options."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from deedsnlp.cli import app

from .test_dedup import FACTORY, HOSPITAL, SCHOOL, STOCK, VILLAGE, VILLAGE_REPOST, WATERMARK

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    for name, text in [("village.txt", VILLAGE), ("hospital.txt", HOSPITAL), ("school.txt", SCHOOL),
                       ("factory.txt", FACTORY)]:
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    (tmp_path / "repost.txt").write_text(VILLAGE_REPOST, encoding="gbk")
    return tmp_path


def dedup(*args):
    return runner.invoke(app, ["dedup", *args])


def test_json_clusters_pairs_boilerplate_with_ids_as_given(corpus):
    res = dedup("docs/village.txt", "docs/hospital.txt", "./repost.txt", "docs/school.txt", "docs/factory.txt", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["clusters"] == [["docs/village.txt", "./repost.txt"]]
    assert [(p["a"], p["b"]) for p in data["pairs"]] == [("docs/village.txt", "./repost.txt")]
    assert 0.7 <= data["pairs"][0]["jaccard"] <= 1.0
    top = data["boilerplate"][0]
    assert top["text"] == WATERMARK and top["doc_count"] == 4
    assert top["docs"] == ["docs/hospital.txt", "./repost.txt", "docs/school.txt", "docs/factory.txt"]
    assert data["boilerplate"][1]["text"] == STOCK


def test_bad_inputs_are_reported_per_file_and_the_rest_processed(corpus):
    (corpus / "empty.txt").write_bytes(b"")
    res = dedup("empty.txt", "docs/village.txt", "missing.txt", "repost.txt", "--json")
    assert res.exit_code == 2
    assert json.loads(res.stdout)["clusters"] == [["docs/village.txt", "repost.txt"]]
    assert "empty.txt: empty file" in res.stderr
    assert "missing.txt: no such file" in res.stderr
    assert "Traceback" not in res.output


def test_folder_input_and_human_table(corpus):
    res = dedup("docs", "repost.txt")
    assert res.exit_code == 0, res.output
    assert "Near-duplicate clusters" in res.stdout and "Boilerplate" in res.stdout
    assert "docs/village.txt" in res.stdout and "repost.txt" in res.stdout


def test_options_change_the_result(corpus):
    args = ["docs/village.txt", "repost.txt", "docs/hospital.txt", "docs/school.txt"]
    assert json.loads(dedup(*args, "--json", "--threshold", "0.95", "--raw").stdout)["clusters"] == []
    # the repost's watermark removed, the two texts are closer than 0.95 (0.97)
    assert json.loads(dedup(*args, "--json", "--threshold", "0.95").stdout)["clusters"] == [["docs/village.txt", "repost.txt"]]
    assert json.loads(dedup(*args, "--json", "--min-docs", "4").stdout)["boilerplate"] == []
    three = json.loads(dedup(*args, "--json", "--min-docs", "3").stdout)["boilerplate"]
    assert [b["text"] for b in three] == [WATERMARK]
    word = dedup(*args, "--json", "--shingle", "word", "--ngram", "2", "--num-perm", "64", "--seed", "9")
    assert word.exit_code == 0 and json.loads(word.stdout)["clusters"] == [["docs/village.txt", "repost.txt"]]
    assert dedup(*args, "--shingle", "byte").exit_code == 2
    assert dedup(*args, "--engine", "spark").exit_code == 2


def test_index_folder_round_trip(corpus):
    first = dedup("docs/village.txt", "docs/hospital.txt", "--index", "idx", "--json")
    assert first.exit_code == 0 and json.loads(first.stdout)["clusters"] == []
    probe = dedup("repost.txt", "--index", "idx", "--no-add", "--json")
    assert json.loads(probe.stdout)["clusters"] == [["repost.txt", "docs/village.txt"]]
    assert json.loads((corpus / "idx" / "index.json").read_text())["segments"][0]["count"] == 2
    assert len(json.loads((corpus / "idx" / "index.json").read_text())["segments"]) == 1  # --no-add
    dedup("repost.txt", "--index", "idx", "--json")
    third = dedup("docs/factory.txt", "--index", "idx", "--json", "--num-perm", "64")
    assert third.exit_code == 0 and "ignored" in third.stderr  # the index's settings win
    assert dedup("docs/school.txt", "--index", "idx", "--engine", "ray").exit_code == 2


def test_ray_engine_without_ray_gives_an_install_hint(corpus, monkeypatch):
    from deedsnlp.dedup import ray_engine

    def missing():
        raise ImportError(ray_engine._INSTALL_HINT)

    monkeypatch.setattr(ray_engine, "_ray", missing)
    res = dedup("docs/village.txt", "repost.txt", "--engine", "ray", "--json")
    assert res.exit_code == 2
    assert "pip install 'deedsnlp[ray]'" in res.stderr
