"""Checking and cleaning in the browser and through the API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("multipart")
from fastapi.testclient import TestClient  # noqa: E402

from deedsnlp.web import create_app, ops  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DRAFT = (ROOT / "docs" / "samples" / "draft_missing_sections.txt").read_text(encoding="utf-8")
SCRAPED = (ROOT / "docs" / "samples" / "scraped.txt").read_text(encoding="utf-8")
STAGES = ops.available_stages()
needs_check = pytest.mark.skipif(not STAGES["check"], reason="deedsnlp.check is not available")
needs_clean = pytest.mark.skipif(not STAGES["clean"], reason="deedsnlp.clean is not available")


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_upload_bytes=256 * 1024)) as c:
        yield c


def _missing_labels(html: str) -> list[str]:
    block = re.search(r'<ul class="tags missing" id="missing-sections">(.*?)</ul>', html, re.S)
    return re.findall(r'data-label="(\w+)"', block.group(1)) if block else []


# -- checking ------------------------------------------------------------------------------------
@needs_check
def test_check_api_text(client):
    r = client.post("/api/check", json={"text": DRAFT, "profile": "school", "year": 2024})
    assert r.status_code == 200
    data = r.json()
    assert data["profile"] == "school" and data["year"] == 2024 and data["passed"] is False
    missing = {s["label"]: s["level"] for s in data["missing_sections"]}
    assert missing["carriers"] == "required" and "study" not in missing
    assert {s["label"] for s in data["present_sections"]} >= {"study", "institutions"}
    kinds = {(f["kind"], f["line"]) for f in data["findings"]}
    assert ("numeric_inconsistency", 2) in kinds  # 23 ≠ 21 + 1
    assert ("numeric_inconsistency", 8) in kinds  # 112 %


@needs_check
def test_check_api_file_docx(client, tmp_path):
    from tests.helpers import write_docx

    path = write_docx(DRAFT.splitlines(), tmp_path / "draft.docx", auto_numbering=True)
    r = client.post("/api/check/file", files={"file": ("草稿.docx", path.read_bytes())}, data={"profile": "school"})
    assert r.status_code == 200
    assert r.json()["source"] == "草稿.docx"
    assert "carriers" in {s["label"] for s in r.json()["missing_sections"]}


@needs_check
def test_check_same_result_for_text_and_upload(client):
    a = client.post("/api/check", json={"text": DRAFT, "profile": "village", "year": 2024}).json()
    b = client.post("/api/check/file", files={"file": ("d.txt", DRAFT.encode("gb18030"))},
                    data={"profile": "village", "year": "2024"}).json()
    assert a["missing_sections"] == b["missing_sections"] and a["findings"] == b["findings"]


@needs_check
@pytest.mark.parametrize("profile", ["nope", "../../etc/passwd", "/etc/profiles.yaml", "profiles.yaml#school"])
def test_check_bad_profile_is_rejected_and_no_path_is_read(client, profile):
    r = client.post("/api/check", json={"text": DRAFT, "profile": profile})
    assert r.status_code == 422
    r = client.post("/check", data={"text": DRAFT, "profile": profile})
    assert r.status_code == 400 and "unknown profile" in r.text


@needs_check
def test_check_api_errors(client):
    assert client.post("/api/check", json={"text": DRAFT, "year": 1800}).status_code == 422
    assert client.post("/api/check", json={"text": ""}).status_code == 422
    assert client.post("/api/check", json={"txt": DRAFT}).status_code == 422
    r = client.post("/api/check/file", files={"file": ("d.txt", b"")})
    assert r.status_code == 400 and "empty file" in r.json()["detail"]
    r = client.post("/api/check/file", files={"file": ("d.txt", b"\x7fELF" + bytes(range(200)))})
    assert r.status_code == 400 and "d.txt" in r.json()["detail"]
    r = client.post("/api/check/file", files={"file": ("d.pdf", b"%PDF-1.4")})
    assert r.status_code == 400 and "unsupported file type" in r.json()["detail"]
    r = client.post("/api/check/file", files={"file": ("d.docx", b"PK\x03\x04garbage")})
    assert r.status_code == 400 and "malformed .docx" in r.json()["detail"]


@needs_check
def test_check_page_lists_missing_sections_and_marks_findings(client):
    assert 'name="profile"' in client.get("/check").text
    r = client.post("/check", data={"text": DRAFT, "profile": "school", "year": "2024"})
    assert r.status_code == 200
    assert _missing_labels(r.text) == ["carriers", "cadre_building", "core_work", "integrity", "achievements"]
    assert 'id="verdict"' in r.text and "暂不宜提交" in r.text
    # the 112 % is marked inline, linked to its row in the findings table
    assert re.search(r'<a href="#f\d+"><mark id="m\d+" class="sev-error" title="[^"]*">112%</mark></a>', r.text)
    assert 'id="line-8"' in r.text


@needs_check
def test_check_page_upload(client):
    r = client.post("/check", files={"file": ("<b>draft<b>.txt", DRAFT.encode())}, data={"profile": "school"})
    assert r.status_code == 200 and "carriers" in _missing_labels(r.text)
    assert "<b>draft" not in r.text and "&lt;b&gt;draft&lt;b&gt;.txt" in r.text


@needs_check
def test_check_page_escapes_the_draft(client):
    evil = DRAFT + "\n4、<script>alert(1)</script>支部开展活动<img src=x onerror=alert(2)>12次。"
    r = client.post("/check", data={"text": evil, "profile": "school"})
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<script" not in r.text


@needs_check
def test_check_page_errors_keep_the_form(client):
    r = client.post("/check", data={"text": "   ", "profile": "school"})
    assert r.status_code == 400 and "no text given" in r.text and 'name="text"' in r.text
    r = client.post("/check", data={"text": DRAFT, "year": "abc"})
    assert r.status_code == 400 and "not a year" in r.text
    r = client.post("/check", files={"file": ("", b"")}, data={"text": ""})
    assert r.status_code == 400 and "no text given" in r.text  # a file field left empty is "no file"
    r = client.post("/check", files={"file": ("d.txt", b"")}, data={"text": ""})
    assert r.status_code == 400 and "empty file" in r.text
    r = client.post("/check", files={"file": ("d.txt", b"\x00\x01\x02\x03" * 50)})
    assert r.status_code == 400


# -- cleaning --------------------------------------------------------------------------------------
@needs_clean
def test_clean_api_text(client):
    r = client.post("/api/clean", json={"text": SCRAPED})
    assert r.status_code == 200
    data = r.json()
    assert data["original"] == SCRAPED
    assert "www.example-fw.com" not in data["cleaned"] and "&nbsp;" not in data["cleaned"]
    kinds = {f["kind"] for f in data["findings"]}
    assert {"watermark", "html", "mask", "placeholder", "duplicate_paragraph"} <= kinds
    for f in data["findings"]:
        assert SCRAPED[f["start"]:f["end"]] == f["text"]  # offsets index the original
    mask = next(f for f in data["findings"] if f["kind"] == "mask")
    assert mask["action"] == "flagged" and mask["suggestions"] and mask["suggestions"][0]["text"]


@needs_clean
def test_clean_api_file(client):
    html = "<html><body><article><p>支部坚持理论学习，加**部建设。</p><p>（来源：某某范文网 www.example-fw.com）</p></article></body></html>"
    r = client.post("/api/clean/file", files={"file": ("page.html", html.encode())})
    assert r.status_code == 200 and "加**部建设" in r.json()["cleaned"]
    r = client.post("/api/clean/file", files={"file": ("a.txt", b"")})
    assert r.status_code == 400 and "empty file" in r.json()["detail"]
    r = client.post("/api/clean/file", files={"file": ("a.jpg", b"\xff\xd8\xff\xe0")})
    assert r.status_code == 400


@needs_clean
def test_clean_page_strikes_removals_and_lists_masks(client):
    assert 'name="text"' in client.get("/clean").text
    r = client.post("/clean", data={"text": SCRAPED})
    assert r.status_code == 200
    original = re.search(r'<div class="text" id="original">(.*?)</div>', r.text, re.S).group(1)
    cleaned = re.search(r'<div class="text" id="cleaned">(.*?)</div>', r.text, re.S).group(1)
    assert re.search(r'<del id="o\d+" class="removed" title="[^"]*">（来源：某某范文网 www.example-fw.com）</del>', original)
    assert "&amp;nbsp;" in original and "&amp;nbsp;" not in cleaned
    assert "www.example-fw.com" not in cleaned
    assert '<mark class="mask"' in cleaned  # the mask is marked on both sides
    assert 'id="masks"' in r.text
    assert 'href="data:text/plain;charset=utf-8;base64,' in r.text


@needs_clean
def test_clean_page_escapes_html_in_the_text(client):
    evil = "支部坚持理论学习。<script>alert(1)</script>党员带头。<img src=x onerror=alert(1)>"
    r = client.post("/clean", data={"text": evil})
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;" in r.text


@needs_clean
def test_clean_page_errors(client):
    r = client.post("/clean", data={"text": ""})
    assert r.status_code == 400 and "no text given" in r.text
    r = client.post("/clean", files={"file": ("a.exe", b"MZ\x90\x00")})
    assert r.status_code == 400 and "unsupported file type" in r.text
