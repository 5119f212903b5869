"""The one input path (deedsnlp.io): readers, streaming shards, and hostile inputs refused cleanly."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile

import pytest
from typer.testing import CliRunner

import deedsnlp
from deedsnlp import InputError, build_document, load_text
from deedsnlp.cli import app
from deedsnlp.io import check_zip, iter_documents
from deedsnlp.io.zipguard import ZipLimits

runner = CliRunner()
GOOD = "一、加强学习\n支部坚持每月集中学习。\n二、服务群众\n走访困难党员十二户。\n"


def _errors():
    out: list[InputError] = []
    return out, out.append


# -- streaming shards: the size limit is per document ------------------------------------------
def test_jsonl_shard_larger_than_the_limit_streams(tmp_path):
    shard = tmp_path / "shard.jsonl"
    rows = [{"id": f"d{i}", "text": GOOD + f"第{i}篇。"} for i in range(30)]
    rows.insert(7, {"id": "big", "text": "很长的一段。" * 400})
    shard.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    assert shard.stat().st_size > 4000
    errors, report = _errors()
    docs = list(iter_documents([shard], report, max_bytes=4000))
    assert [d.id for d in docs] == [f"d{i}" for i in range(30)]
    assert len(errors) == 1 and "shard.jsonl:8" in str(errors[0]) and "document too large" in str(errors[0])


def test_parquet_shard_streams_with_a_per_document_limit(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = [GOOD + f"第{i}篇。" for i in range(20)] + ["很长。" * 800]
    table = pa.table({"id": [f"p{i}" for i in range(21)], "text": texts, "site": ["x"] * 21})
    path = tmp_path / "shard.parquet"
    pq.write_table(table, path, row_group_size=5)
    errors, report = _errors()
    docs = list(iter_documents([path], report, max_bytes=3000))
    assert [d.id for d in docs] == [f"p{i}" for i in range(20)]
    assert docs[0].metadata["site"] == "x" and docs[0].metadata["format"] == "parquet"
    assert len(errors) == 1 and "document too large" in str(errors[0])


def test_a_plain_file_over_the_limit_is_still_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 100, encoding="utf-8")
    errors, report = _errors()
    assert list(iter_documents([path], report, max_bytes=1000)) == []
    assert "file too large" in str(errors[0])


def test_bytes_inputs_need_no_files():
    errors, report = _errors()
    docs = list(iter_documents([("upload.txt", GOOD.encode()), ("bad.jsonl", b"{nope\n")], report))
    assert [d.id for d in docs] == ["upload.txt"]
    assert "bad.jsonl:1: malformed JSON" in str(errors[0])


# -- zip containers: checked from the directory, nothing inflated ------------------------------
def _zip_declaring(size: int) -> bytes:
    """A small zip whose central directory claims ``word/document.xml`` expands to ``size`` bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>" * 50)
    data = bytearray(buf.getvalue())
    at = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 4)  # second central-directory entry
    struct.pack_into("<I", data, at + 24, size)
    return bytes(data)


def test_docx_bomb_is_refused_before_inflating(tmp_path, monkeypatch):
    import docx

    def never(*args, **kwargs):  # pragma: no cover - reaching it is the failure
        raise AssertionError("the .docx was opened before its zip directory was checked")

    monkeypatch.setattr(docx, "Document", never)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_zip_declaring(2 * 1024**3 - 1))
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    errors, report = _errors()
    docs = list(iter_documents([bomb, good], report))
    assert [d.id for d in docs] == [str(good)]
    assert len(errors) == 1 and "bomb.docx" in str(errors[0]) and "expand" in str(errors[0])


def test_zip_limits_entries_and_ratio():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i in range(30):
            z.writestr(f"x/{i}.xml", "")
    with pytest.raises(InputError, match="30 zip entries"):
        check_zip(buf.getvalue(), "many.xlsx", ZipLimits(max_entries=20))
    check_zip(buf.getvalue(), "many.xlsx")  # within the default limits
    with pytest.raises(InputError, match="malformed zip container"):
        check_zip(b"PK\x03\x04 broken", "broken.docx")


def test_real_docx_still_reads(tmp_path):
    from tests.helpers import write_docx

    path = write_docx(["一、加强学习", "支部坚持学习。"], tmp_path / "ok.docx")
    [doc] = list(iter_documents([path]))
    assert doc.outline[0].title == "加强学习"


def test_xlsx_log_bomb_is_refused(tmp_path):
    from deedsnlp.draft.logs import XlsxLogReader

    path = tmp_path / "logs.xlsx"
    path.write_bytes(_zip_declaring(2 * 1024**3 - 1))
    with pytest.raises(InputError, match="expand"):
        list(XlsxLogReader().read(str(path)))


# -- lone surrogates are refused at load --------------------------------------------------------
def test_lone_surrogates_refused_at_load(tmp_path):
    with pytest.raises(InputError, match="lone surrogate U\\+D800"):
        build_document("支部\ud800学习", "api")
    with pytest.raises(InputError, match="surrogate"):
        load_text("学习\udfff")
    shard = tmp_path / "s.jsonl"
    shard.write_text('{"id": "a", "text": "好\\ud800"}\n{"id": "b", "text": "支部学习。"}\n', encoding="utf-8")
    errors, report = _errors()
    assert [d.id for d in iter_documents([shard], report)] == ["b"]
    assert "surrogate" in str(errors[0])
    res = runner.invoke(app, ["load", str(shard), "--json"])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert [json.loads(l)["id"] for l in res.stdout.splitlines()] == ["b"]


# -- a symlink loop among the inputs: one line, the others processed, for every command ---------
@pytest.mark.parametrize("command", [
    ["load", "--json"], ["outline"], ["segment"], ["classify"], ["dedup"], ["clean", "-o", "OUT"],
])
def test_symlink_loop_among_inputs(tmp_path, command):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    args = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    res = runner.invoke(app, args[:1] + [str(loop), str(good)] + args[1:])
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    lines = [l for l in res.stderr.splitlines() if "loop.txt" in l]
    assert lines == [f"deedsnlp: error: {loop}: symbolic link loop"], res.stderr
    assert res.exit_code == 2
    if command[0] == "clean":
        assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8").startswith("一、加强学习")
    elif command[0] != "dedup":
        assert "学习" in res.stdout


def test_symlink_loop_inside_a_folder(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    errors, report = _errors()
    assert [os.path.basename(d.id) for d in iter_documents([tmp_path], report)] == ["good.txt"]
    assert [e.reason for e in errors] == ["symbolic link loop"]


# -- submodules do not shadow the package's functions -------------------------------------------
def test_segment_survives_nlp_and_classify():
    deedsnlp.nlp()
    from deedsnlp.classify import classify_document

    classify_document(load_text(GOOD))
    assert callable(deedsnlp.segment) and deedsnlp.segment("支部学习") == ["支部", "学习"]
    import sys

    assert sys.modules["deedsnlp.segment"].__name__ == "deedsnlp.segment"


def test_readers_module_still_importable():
    from deedsnlp.readers import READERS, RawRecord, reader_for

    assert reader_for("x.parquet").format == "parquet" and RawRecord("a").text == "a" and READERS


def test_dedup_cli_reads_a_shard_larger_than_the_limit(tmp_path):
    shard = tmp_path / "docs.jsonl"
    text = "支部坚持每月集中学习，党员撰写心得体会十二篇，走访困难群众八户，为民办实事五件。"
    rows = [{"id": f"d{i}", "text": text + f"第{i}支部。" * 3} for i in range(40)]
    shard.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    assert shard.stat().st_size > 6000
    res = runner.invoke(app, ["dedup", str(shard), "--json"], env={"DEEDSNLP_MAX_BYTES": "6000"})
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert sum(len(c) for c in data["clusters"]) == 40  # every document read, all near-duplicates


def test_utf16_jsonl_is_still_read(tmp_path):
    path = tmp_path / "u16.jsonl"
    line = json.dumps({"id": "a", "text": GOOD}, ensure_ascii=False) + "\n"
    path.write_bytes(("\ufeff" + line).encode("utf-16-le"))
    assert [d.id for d in iter_documents([path])] == ["a"]
