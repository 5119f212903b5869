"""The web app: meta pages, security defaults, uploads and the near-duplicates page/API."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("multipart")
from fastapi.testclient import TestClient  # noqa: E402

from deedsnlp.web import create_app  # noqa: E402
from deedsnlp.web.highlight import Span, highlight, locate  # noqa: E402
from deedsnlp.web.limits import BodyLimitMiddleware, describe_size  # noqa: E402
from deedsnlp.web.ops import unique_ids  # noqa: E402
from deedsnlp.web.uploads import Upload, display_name, documents_from_upload  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "corpora" / "docs"
REPORT = "一、加强学习\n支部认真落实三会一课制度，每月召开支部委员会，每季度召开党员大会，按时上好党课。\n二、服务群众\n党员志愿者走访困难群众56户，帮助解决实际困难23件。\n"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_upload_bytes=64 * 1024)) as c:
        yield c


# -- meta ------------------------------------------------------------------------------------------
def test_index_links_every_page(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for href in ("/check", "/clean", "/draft", "/dedup", "/api"):
        assert f'href="{href}"' in r.text


def test_pages_use_no_external_resources(client):
    for path in ("/", "/check", "/clean", "/draft", "/dedup", "/api"):
        html = client.get(path).text
        assert "http://" not in html and "https://" not in html, path
        assert "<script" not in html, path


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp  # so no script may run
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_static_css(client):
    r = client.get("/static/style.css")
    assert r.status_code == 200 and "text/css" in r.headers["content-type"]
    assert client.get("/static/../app.py").status_code == 404


def test_health(client):
    data = client.get("/api/health").json()
    assert data["status"] == "ok" and data["max_upload_bytes"] == 64 * 1024
    assert set(data["stages"]) == {"check", "clean", "classify", "draft", "dedup"}
    assert data["stages"]["dedup"] is True


def test_openapi_spec_lists_the_api(client):
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    paths = spec["paths"]
    for path in ("/api/health", "/api/dedup", "/api/dedup/files"):
        assert path in paths
    assert all(p.startswith("/api/") for p in paths), "pages are not part of the API spec"
    assert "413" in paths["/api/dedup/files"]["post"]["responses"]


def test_api_page_lists_endpoints_offline(client):
    r = client.get("/api")
    assert r.status_code == 200 and "/api/dedup/files" in r.text
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_not_found(client):
    assert client.get("/nope").status_code == 404


# -- upload limit ------------------------------------------------------------------------------------
def test_413_on_content_length_api(client):
    r = client.post("/api/dedup/files", files=[("files", ("big.txt", b"x" * 70_000))])
    assert r.status_code == 413
    data = r.json()
    assert data["limit_bytes"] == 64 * 1024 and "64 KB" in data["detail"]


def test_413_on_page_is_html(client):
    r = client.post("/dedup", files=[("files", ("big.txt", b"x" * 70_000))])
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
    assert "64 KB" in r.text and "上传过大" in r.text


def test_413_while_streaming_without_content_length(client):
    def chunks():
        for _ in range(20):
            yield b"y" * 8192

    r = client.post("/api/dedup", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_body_limit_middleware_counts_chunks():
    """A lying Content-Length does not get a larger body through."""
    called = []

    async def app(scope, receive, send):  # pragma: no cover - must not run
        called.append(scope)

    sent = []
    messages = [{"type": "http.request", "body": b"a" * 60, "more_body": True},
                {"type": "http.request", "body": b"a" * 60, "more_body": False}]

    async def receive():
        return messages.pop(0)

    async def send(message):
        sent.append(message)

    mw = BodyLimitMiddleware(app, max_bytes=100)
    scope = {"type": "http", "path": "/api/x", "headers": [(b"content-length", b"10")]}
    asyncio.run(mw(scope, receive, send))
    assert not called and sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["limit_bytes"] == 100


def test_body_within_limit_reaches_the_app():
    seen = []

    async def app(scope, receive, send):
        seen.append(await receive())

    parts = [{"type": "http.request", "body": b"ab", "more_body": True},
             {"type": "http.request", "body": b"cd", "more_body": False}]

    async def receive():
        return parts.pop(0)

    async def send(message):  # pragma: no cover
        raise AssertionError(message)

    asyncio.run(BodyLimitMiddleware(app, max_bytes=4)({"type": "http", "headers": []}, receive, send))
    assert seen == [{"type": "http.request", "body": b"abcd", "more_body": False}]


def test_limit_is_configurable():
    with TestClient(create_app(max_upload_bytes=1000)) as c:
        assert c.post("/api/dedup", json={"documents": [{"id": "a", "text": "字" * 400}]}).status_code == 413
    with pytest.raises(ValueError):
        create_app(max_upload_bytes=0)


def test_describe_size():
    assert describe_size(10 * 1024 * 1024) == "10 MB"
    assert describe_size(1536) == "1.5 KB"
    assert describe_size(12) == "12 bytes"


# -- uploads -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, label", [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\a\\报告.docx", "报告.docx"), ("a\x00b\n.txt", "ab.txt"),
    ("", "upload.txt"), ("/", "upload.txt"), (".bashrc", "bashrc"),
])
def test_display_name_is_only_a_label(name, label):
    assert display_name(name) == label


def test_long_names_are_shortened():
    label = display_name("长" * 300 + ".docx")
    assert len(label) <= 120 and label.endswith(".docx")


def test_upload_errors_name_the_problem():
    with pytest.raises(Exception, match="empty file"):
        documents_from_upload(Upload("a.txt", b""))
    with pytest.raises(Exception, match="PNG"):
        documents_from_upload(Upload("a.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))))
    with pytest.raises(Exception, match="unsupported file type"):
        documents_from_upload(Upload("a.exe", REPORT.encode()))
    with pytest.raises(Exception, match="malformed .docx"):
        documents_from_upload(Upload("a.docx", b"PK\x03\x04 not a zip"))


def test_upload_of_gb18030_and_docx(tmp_path):
    from tests.helpers import write_docx

    doc = documents_from_upload(Upload("gbk.txt", REPORT.encode("gb18030")))[0]
    assert [h.title for h in doc.outline] == ["加强学习", "服务群众"]
    path = write_docx(REPORT.strip().splitlines(), tmp_path / "r.docx", auto_numbering=True)
    doc = documents_from_upload(Upload("r.docx", path.read_bytes()))[0]
    assert [h.marker for h in doc.outline] == ["一、", "二、"]


# -- highlighting ----------------------------------------------------------------------------------------
def test_highlight_escapes_everything():
    html = str(highlight("<b>a</b>&", [Span(0, 3, "mark", "sev-error", '"x"<')]))
    assert html == '<mark class="sev-error" title="&#34;x&#34;&lt;">&lt;b&gt;</mark>a&lt;/b&gt;&amp;'


def test_highlight_clips_overlaps():
    html = str(highlight("abcdef", [Span(1, 4, "del"), Span(2, 5, "mark")]))
    assert html == "a<del>bcd</del><mark>e</mark>f"


def test_locate():
    text = "第一行\n支部开展活动12次\n"
    assert locate(text, "12次", 2) == (10, 13)
    assert locate(text, "", 2) == (4, 13)
    assert locate(text, "没有", None) is None


def test_unique_ids():
    assert unique_ids(["a", "a", "b", "a"]) == ["a", "a (2)", "b", "a (3)"]


# -- near-duplicates -------------------------------------------------------------------------------------
def _corpus_files(*names):
    return [("files", (n, (DOCS / n).read_bytes())) for n in names]


def test_dedup_files_api(client):
    a = (DOCS / "village_2024_08.txt").read_bytes()
    files = [("files", ("a.txt", a)), ("files", ("b.txt", a.replace("双河".encode(), "三河".encode()))),
             ("files", ("c.txt", (DOCS / "agency_2019_04.txt").read_bytes())), ("files", ("d.png", b"\x89PNG"))]
    r = client.post("/api/dedup/files", files=files, data={"threshold": "0.8"})
    assert r.status_code == 200
    data = r.json()
    assert [c["documents"] for c in data["clusters"]] == [["a.txt", "b.txt"]]
    assert data["pairs"][0]["jaccard"] > 0.9
    assert [d["cluster"] for d in data["documents"]] == [1, 1, None]
    assert data["skipped"][0]["source"] == "d.png"


def test_dedup_json_api(client):
    text = REPORT
    r = client.post("/api/dedup", json={"documents": [{"id": "x", "text": text}, {"id": "x", "text": text},
                                                     {"id": "y", "text": "村里修通了水泥路，建起了文化广场，群众满意。"}]})
    assert r.status_code == 200
    assert r.json()["clusters"][0]["documents"] == ["x", "x (2)"]


@pytest.mark.parametrize("body", [{"documents": []}, {"documents": [{"id": "a", "text": "字"}], "threshold": 0},
                                  {"documents": [{"id": "a", "text": "字"}], "threshold": 1.5}, {}])
def test_dedup_json_schema_errors(client, body):
    assert client.post("/api/dedup", json=body).status_code == 422


def test_dedup_json_blank_text(client):
    assert client.post("/api/dedup", json={"documents": [{"id": "a", "text": "  "}]}).status_code == 422
    r = client.post("/api/dedup", json={"documents": [{"id": "a", "text": "\x1c"}]})  # blank to Python only
    assert r.status_code == 400 and "no text" in r.json()["detail"]
    r = client.post("/api/dedup", content=b'{"documents": [{"id": "a", "text": "\\ud800x"}]}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 422  # not a 500 from echoing the surrogate back


def test_dedup_files_errors(client):
    r = client.post("/api/dedup/files", files=[("files", ("a.txt", b""))])
    assert r.status_code == 400 and "empty file" in r.json()["detail"]
    r = client.post("/api/dedup/files", files=[("files", ("a.txt", bytes(range(256)) * 4))])
    assert r.status_code == 400
    r = client.post("/api/dedup/files", data={"threshold": "0.5"})
    assert r.status_code == 422


def test_dedup_page(client):
    assert 'name="files"' in client.get("/dedup").text
    r = client.post("/dedup", files=_corpus_files("village_2024_08.txt", "agency_2019_04.txt"), data={"threshold": "0.7"})
    assert r.status_code == 200 and 'id="clusters"' in r.text and "没有发现雷同" in r.text


def test_dedup_page_errors_re_render_the_form(client):
    r = client.post("/dedup", data={"threshold": "0.7"})
    assert r.status_code == 400 and 'id="error"' in r.text and 'name="files"' in r.text
    r = client.post("/dedup", files=_corpus_files("village_2024_08.txt"), data={"threshold": "abc"})
    assert r.status_code == 400 and "not a number" in r.text


def test_dedup_page_escapes_file_names(client):
    files = [("files", ("<script>alert(1).txt", REPORT.encode())),
             ("files", ("<img src=x onerror=alert(1)>.txt", REPORT.encode()))]
    r = client.post("/dedup", files=files)
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1).txt" in r.text
    assert "<img src=x" not in r.text and "&lt;img src=x onerror=alert(1)&gt;.txt" in r.text


# -- the command --------------------------------------------------------------------------------------
def test_serve_command_binds_localhost_by_default(monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from deedsnlp.cli import app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: calls.append((application, kw)))
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    application, kw = calls[-1]
    assert (kw["host"], kw["port"]) == ("127.0.0.1", 8000)
    assert application.state.max_upload_bytes == 10 * 1024 * 1024
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--port", "8123", "--max-upload-mb", "2"])
    assert result.exit_code == 0
    application, kw = calls[-1]
    assert (kw["host"], kw["port"]) == ("0.0.0.0", 8123)
    assert application.state.max_upload_bytes == 2 * 1024 * 1024
    assert "reachable from other machines" in result.output
    assert CliRunner().invoke(app, ["serve", "--max-upload-mb", "0"]).exit_code == 2
