"""Library = CLI = web: the same inputs through the Python API, the CLI and the web API give identical
outputs for clean, classify and check (every front end calls the same library functions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from deedsnlp.cli import app as cli_app
from deedsnlp.io import iter_documents
from deedsnlp.pipeline import CleanStage, ClassifyStage
from deedsnlp.pipeline.records import clean_one, passage_records
from deedsnlp.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SCRAPED = ROOT / "docs" / "samples" / "scraped.txt"
REPORT = sorted((ROOT / "corpora" / "docs").glob("*.txt"))[0]
DRAFT = ROOT / "docs" / "samples" / "draft_missing_sections.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(max_upload_bytes=4 * 1024 * 1024))


def _load(path: Path):
    [doc] = list(iter_documents([path]))
    return doc


def test_clean_api_cli_web(client, tmp_path):
    name = str(SCRAPED)
    text = SCRAPED.read_text(encoding="utf-8")
    api = clean_one(_load(SCRAPED))
    assert api["findings"], "the sample has junk to clean"

    res = runner.invoke(cli_app, ["clean", name, "-o", str(tmp_path / "out"), "--report", str(tmp_path / "rep.jsonl")])
    assert res.exit_code == 0, res.output
    cli_cleaned = (tmp_path / "out" / "scraped.txt").read_text(encoding="utf-8")
    cli_rows = [json.loads(l) for l in (tmp_path / "rep.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in cli_rows:
        assert row.pop("doc") == name

    web = client.post("/api/clean", json={"text": text, "name": name})
    assert web.status_code == 200, web.text
    web = web.json()

    assert api["cleaned"] == cli_cleaned == web["cleaned"]
    assert api["findings"] == cli_rows == web["findings"]
    assert api["counts"] == web["counts"]
    # the pipeline stage is the same cleaning
    assert CleanStage()(_load(SCRAPED)).raw_text == api["cleaned"]


def test_classify_api_cli_web(client):
    name = str(REPORT)
    api_doc = _load(REPORT)
    api = passage_records(ClassifyStage()(api_doc))
    assert len({r["label"] for r in api}) > 3

    res = runner.invoke(cli_app, ["classify", name, "--json"])
    assert res.exit_code == 0, res.output
    cli = [json.loads(l) for l in res.stdout.splitlines()]

    web = client.post("/api/classify", json={"text": REPORT.read_text(encoding="utf-8"), "name": name})
    assert web.status_code == 200, web.text
    upload = client.post("/api/classify/file", files={"file": (REPORT.name, REPORT.read_bytes(), "text/plain")})
    assert upload.status_code == 200, upload.text

    assert api == cli == web.json()["passages"]
    assert [(r["label"], r["text"]) for r in upload.json()["passages"]] == [(r["label"], r["text"]) for r in api]


def test_check_api_cli_web(client):
    from deedsnlp.check import check

    name = str(DRAFT)
    api = check(_load(DRAFT), "school", year=2023).to_dict()
    assert api["findings"] or api["missing_sections"]

    res = runner.invoke(cli_app, ["check", name, "--profile", "school", "--year", "2023", "--json"])
    assert res.exit_code in (0, 1), res.output
    cli = json.loads(res.stdout)

    web = client.post("/api/check", json={"text": DRAFT.read_text(encoding="utf-8"), "name": name,
                                          "profile": "school", "year": 2023})
    assert web.status_code == 200, web.text
    web = web.json()
    web.pop("passed")
    assert api == cli == web
