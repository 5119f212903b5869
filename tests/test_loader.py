import json
import os

import pytest

from deedsnlp.document import Document, read_jsonl, write_jsonl
from deedsnlp.encoding import decode_bytes
from deedsnlp.errors import InputError
from deedsnlp.loader import build_document, load

REPORT = "城关小学党支部先进事迹材料\n一、加强理论学习\n支部坚持每月组织集中学习，全年开展专题研讨６次。\n二、健全组织制度\n严格落实三会一课制度。"


def load_all(paths, **kw):
    errors = []
    docs = list(load([str(p) for p in paths], errors=errors, **kw))
    return docs, errors


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_text_encodings(tmp_path, encoding):
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode(encoding))
    (doc,), errors = load_all([path])
    assert errors == []
    assert "专题研讨6次" in doc.text  # full-width digits normalized
    assert [h.title for h in doc.outline] == ["加强理论学习", "健全组织制度"]


def test_big5(tmp_path):
    trad = "城關小學黨支部先進事跡材料\n一、加強理論學習\n支部堅持每月組織集中學習，發揮黨員先鋒模範作用。"
    path = tmp_path / "big5.txt"
    path.write_bytes(trad.encode("big5"))
    (doc,), errors = load_all([path])
    assert doc.metadata["encoding"] == "big5"
    assert "加強理論學習" in doc.text
    (simp,), _ = load_all([path], simplify=True)
    assert "加强理论学习" in simp.text


def test_damaged_utf8_is_an_error_with_offset(tmp_path):
    data = REPORT.encode("utf-8")
    cut = len(REPORT[:20].encode("utf-8"))
    bad = data[:cut] + b"\xff\xfe\xfd" + data[cut:]
    path = tmp_path / "bad.txt"
    path.write_bytes(bad)
    docs, errors = load_all([path])
    assert docs == []
    assert "bad.txt" in str(errors[0]) and f"offset {cut}" in str(errors[0])


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_files_reported_and_others_processed(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    docs, errors = load_all([bad, good])
    assert [d.id for d in docs] == [str(good)]
    assert len(errors) == 1 and str(bad) in str(errors[0]) and reason in str(errors[0])


def test_oversized_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(REPORT * 10, encoding="utf-8")
    docs, errors = load_all([path], max_bytes=100)
    assert docs == [] and "too large" in str(errors[0])


def test_missing_and_unmatched_inputs(tmp_path):
    docs, errors = load_all([tmp_path / "nope.txt", str(tmp_path / "*.none")])
    assert len(errors) == 2 and "no such file" in str(errors[0]) and "no file matches" in str(errors[1])


def test_folder_recursive_and_glob(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a" / "b" / "skip.png").write_bytes(b"\x89PNG")
    docs, errors = load_all([tmp_path / "a"])
    assert sorted(os.path.basename(d.id) for d in docs) == ["one.txt", "two.md"] and errors == []
    docs, _ = load_all([str(tmp_path / "a" / "**" / "*.md")])
    assert [os.path.basename(d.id) for d in docs] == ["two.md"]


def test_inputs_never_modified(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("gb18030"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    list(load([str(path)]))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_html_main_text(tmp_path):
    html = """<html><head><title>范文</title><style>p{color:red}</style><script>var a='一、假标题';</script></head>
    <body><nav>首页 | 范文大全 | 事迹材料</nav><div class="sidebar">热门文章</div>
    <article><h1>城关小学党支部先进事迹材料</h1><p>一、加强理论学习</p><p>支部坚持<b>每月</b>组织集中学习&nbsp;。</p>
    <p>二、健全组织制度<br>严格落实三会一课制度。</p></article><footer>版权所有</footer></body></html>"""
    path = tmp_path / "r.html"
    path.write_text(html, encoding="utf-8")
    (doc,), errors = load_all([path])
    assert "假标题" not in doc.text and "首页" not in doc.text and "版权所有" not in doc.text and "热门" not in doc.text
    assert "支部坚持每月组织集中学习" in doc.text
    assert [h.title for h in doc.outline] == ["加强理论学习", "健全组织制度"]


def test_jsonl_with_bad_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"id": "d1", "text": REPORT, "org_type": "primary_school"}, ensure_ascii=False) + "\n"
        + "{not json\n"
        + json.dumps({"id": "d2"}) + "\n"
        + json.dumps({"text": "二、另一份\n正文。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    docs, errors = load_all([path])
    assert [d.id for d in docs] == ["d1", f"{path}:4"]
    assert docs[0].metadata["org_type"] == "primary_school"
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:3"]
    assert "malformed JSON" in errors[0].reason and "'text'" in errors[1].reason


@pytest.mark.parametrize("content", [b"PK\x03\x04garbage", b"not a zip at all"])
def test_malformed_docx(tmp_path, content):
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    docs, errors = load_all([path])
    assert docs == [] and str(path) in str(errors[0])


def test_docx_table_cells_in_order(tmp_path):
    from .helpers import write_docx

    path = write_docx(["一、基本情况", "支部现有党员24名。", "二、主要做法"], tmp_path / "t.docx", table_after=1)
    (doc,), _ = load_all([path])
    lines = doc.text.split("\n")
    assert lines == ["一、基本情况", "支部现有党员24名。", "党员人数", "23", "预备党员", "1", "二、主要做法"]


def test_stdin(monkeypatch):
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO(REPORT.encode("gbk"))

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    (doc,) = list(load(["-"]))
    assert doc.id == "<stdin>" and doc.outline[0].title == "加强理论学习"


def test_json_round_trip(tmp_path, seed_path):
    doc = next(load([str(seed_path)]))
    doc.tokens = ["一", "二"]
    again = Document.from_json(doc.to_json())
    assert again == doc
    path = tmp_path / "d.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        write_jsonl([doc, doc], fh)
    with open(path, encoding="utf-8") as fh:
        assert list(read_jsonl(fh)) == [doc, doc]


def test_passage_offsets_index_normalized_text(seed_path):
    doc = next(load([str(seed_path)]))
    assert len(doc.passages) == 49  # 50 lines, line 9 joined to line 8
    joined = next(p for p in doc.passages if p.line == 8)
    assert joined.line_end == 9 and doc.passage_text(joined).endswith("增强了政治责任感和历史使命感。")
    assert "\n".join(t for _, t in doc.iter_passages()) == doc.text


def test_decode_bytes_errors_name_source():
    with pytest.raises(InputError, match="x.txt"):
        decode_bytes(b"\x00\x01\x02\x03binary", "x.txt")


def test_build_document_metadata():
    doc = build_document(REPORT, "id1", metadata={"year": 2023})
    assert doc.metadata == {"year": 2023} and doc.raw_text == REPORT
