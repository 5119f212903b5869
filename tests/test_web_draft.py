"""Drafting in the browser and through the API: preview, downloads, explanation of each number."""

from __future__ import annotations

import base64
import io
import re

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("multipart")
from fastapi.testclient import TestClient  # noqa: E402

from deedsnlp.web import create_app, ops  # noqa: E402

pytestmark = pytest.mark.skipif(not ops.available_stages()["draft"], reason="deedsnlp.draft is not available")

FACTS = """org_name: 青禾小学党支部
org_type: school
year: 2024
members: {total: 23, full: 21, probationary: 2}
honors:
  - {year: 2023, title: 县级先进基层党组织}
""".encode()
LOGS = """日期,类型,主题,人数
2024-03-05,支委会,研究发展党员工作,7
2024-04-12,主题党日,清明祭扫,21
2023-12-01,支委会,年终总结,7
""".encode()


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_upload_bytes=256 * 1024)) as c:
        yield c


def _files(facts=FACTS, logs=LOGS, facts_name="facts.yaml", logs_name="logs.csv"):
    files = [("facts", (facts_name, facts))]
    if logs is not None:
        files.append(("logs", (logs_name, logs)))
    return files


def test_draft_api_explains_every_number(client):
    r = client.post("/api/draft", files=_files())
    assert r.status_code == 200
    data = r.json()
    assert data["title"] == "青禾小学党支部先进事迹材料"
    assert data["markdown"].startswith("# 青禾小学党支部先进事迹材料")
    record = data["explain"]
    assert record["facts_file"] == "facts.yaml" and record["log_files"] == ["logs.csv"]
    # the row of another year is left out, named by the upload's label (not a temporary path)
    assert record["left_out"] == [{"where": "logs.csv:4", "reason": "日期2023-12-01不在报告年度2024年内"}]
    for sentence in record["sentences"]:
        for number in re.findall(r"\d+", sentence["text"]):
            assert any(number in v["text"] for v in sentence["values"]), (number, sentence["text"])
    files = {s["file"] for sen in record["sentences"] for v in sen["values"] for s in v["sources"]}
    assert files == {"facts.yaml", "logs.csv"}


def test_draft_api_facts_only(client):
    r = client.post("/api/draft", files=_files(logs=None))
    assert r.status_code == 200 and "23" in r.json()["text"]


def test_draft_download_docx_and_md(client):
    import docx

    r = client.post("/api/draft/download", files=_files(), data={"format": "docx"})
    assert r.status_code == 200 and r.content[:2] == b"PK"
    assert "attachment" in r.headers["content-disposition"]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs]
    assert paragraphs[0] == "青禾小学党支部先进事迹材料"
    r = client.post("/api/draft/download", files=_files(), data={"format": "md"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert r.text.startswith("# 青禾小学党支部")
    assert client.post("/api/draft/download", files=_files(), data={"format": "pdf"}).status_code == 422


@pytest.mark.parametrize("facts, name, message", [
    (b"", "facts.yaml", "empty"),
    (b"org_name: x\n", "facts.yaml", "org_name"),
    (b"org_name: [unclosed\n", "facts.yaml", "malformed YAML"),
    (FACTS, "facts.txt", "facts must be"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "facts.yaml", "facts.yaml"),
])
def test_draft_api_facts_errors(client, facts, name, message):
    r = client.post("/api/draft", files=_files(facts=facts, facts_name=name))
    assert r.status_code == 400, r.text
    detail = r.json()["detail"]
    assert message in detail and "deedsnlp-web-" not in detail  # no temporary path leaks


def test_draft_api_log_errors(client):
    r = client.post("/api/draft", files=_files(logs=b"a,b\n1,2\n"))
    assert r.status_code == 200  # an unusable log file is reported, the draft still comes
    assert r.json()["explain"]["left_out"][0]["where"] == "logs.csv"
    r = client.post("/api/draft", files=_files(logs_name="logs.exe"))
    assert r.status_code == 400 and "unsupported log type" in r.json()["detail"]
    assert client.post("/api/draft", files=[("logs", ("logs.csv", LOGS))]).status_code == 422
    assert client.post("/api/draft", files=_files(), data={"seed": "-1"}).status_code == 422


def test_draft_page_preview_downloads_and_explanations(client):
    assert 'name="facts"' in client.get("/draft").text
    r = client.post("/draft", files=_files(), data={"seed": "0"})
    assert r.status_code == 200
    html = r.text
    assert 'id="draft"' in html and 'id="explain"' in html
    assert '<a href="#v1"><mark id="u1" class="value"' in html
    hrefs = re.findall(r'href="data:([^;,]+)[^,]*;base64,([^"]+)"', html)
    assert {h[0] for h in hrefs} == {ops.DRAFT_FORMATS["docx"], "text/markdown"}
    md = next(base64.b64decode(b).decode() for t, b in hrefs if t == "text/markdown")
    assert md.startswith("# 青禾小学党支部先进事迹材料")
    assert "logs.csv:4" in html


def test_draft_page_pasted_facts_and_logs(client):
    r = client.post("/draft", data={"facts_text": FACTS.decode(), "log_text": "3月8日 召开党员大会 学习党章 出席20人"})
    assert r.status_code == 200 and "台账.txt" in r.text and "基本情况.yaml" in r.text


def test_draft_page_escapes_log_text(client):
    evil = "3月8日 召开党员大会 学习<script>alert(1)</script>党章 出席20人"
    r = client.post("/draft", data={"facts_text": FACTS.decode(), "log_text": evil})
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text


def test_draft_page_errors(client):
    r = client.post("/draft", data={"facts_text": ""})
    assert r.status_code == 400 and "no facts given" in r.text
    r = client.post("/draft", data={"facts_text": "org_name: x", "seed": "abc"})
    assert r.status_code == 400 and "not a whole number" in r.text
    r = client.post("/draft", data={"facts_text": "org_name: x"})
    assert r.status_code == 400 and "org_name" in r.text and "org_name: x" in r.text  # the form keeps the text


def test_draft_api_reads_uploads_in_memory(client, monkeypatch):
    """Uploads go to the byte readers: no temporary file or folder is created."""
    import tempfile

    def refuse(*args, **kwargs):  # pragma: no cover - reached only on a regression
        raise AssertionError("the draft upload path wrote a temporary file")

    for name in ("TemporaryDirectory", "mkdtemp", "mkstemp", "NamedTemporaryFile"):
        monkeypatch.setattr(tempfile, name, refuse)
    r = client.post("/api/draft", files=_files())
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["explain"]["facts_file"] == "facts.yaml"
    assert [lo["where"] for lo in data["explain"]["left_out"]] == ["logs.csv:4"]
    # the clerk's warnings: a committee that met twice is short of the regulations
    assert any("支委会" in w and "12次" in w for w in data["warnings"])
