"""The checker helpers run on a gathered folder before it is scored (bench/gathering/check_folder.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECK = ROOT / "bench" / "gathering" / "check_folder.py"


def _folder(tmp_path: Path, ann: dict, text: str) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p01.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.tsv").write_text(f"stem\taddress\tcharacters\np01\thttp://example.org/1\t{len(text)}", encoding="utf-8")
    (tmp_path / "annotations.json").write_text(json.dumps({"p01": ann}, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _run(folder: Path) -> list[str]:
    out = subprocess.run([sys.executable, str(CHECK), str(folder)], capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()


def test_a_sound_folder_has_no_errors(tmp_path):
    text = "首页 > 党建\n柳河村党支部带领群众修通了进山公路。"
    ann = {"genre": True, "junk": ["首页 > 党建"], "keep": ["柳河村党支部带领群众修通了进山公路"], "masks": [], "title": None}
    assert _run(_folder(tmp_path, ann, text))[-1].endswith("0 errors")


def test_each_broken_annotation_is_named(tmp_path):
    text = "首页 > 党建\n柳河村党支部带领群众修通了进山公路。"
    ann = {"genre": True, "junk": ["首页 > 新闻"], "keep": ["首页 > 党建\n柳河"],
           "masks": [{"text": "某", "context": "柳河村党支部", "kind": "blank"}], "title": "柳河村"}
    lines = _run(_folder(tmp_path, ann, text))
    assert any("junk not in page" in x for x in lines)
    assert any("mask kind" in x for x in lines) and any("mask text not in its context" in x for x in lines)
    assert lines[-1].endswith("errors") and not lines[-1].endswith(" 0 errors")


def test_used_addresses_reads_every_manifest_under_a_folder(tmp_path):
    sys.path.insert(0, str(ROOT / "bench" / "gathering"))
    try:
        import used_addresses
    finally:
        sys.path.pop(0)
    for k, addr in enumerate(["http://example.org/a", "http://example.org/b"]):
        d = tmp_path / f"heldout{k}"
        d.mkdir()
        (d / "manifest.tsv").write_text(f"stem\taddress\tcharacters\np0{k}\t{addr}\t10\n", encoding="utf-8")
    assert used_addresses.addresses(tmp_path) == {"http://example.org/a", "http://example.org/b"}


def test_the_shipped_address_list_is_sorted_and_unique():
    lines = (ROOT / "bench" / "gathering" / "used_addresses.txt").read_text(encoding="utf-8").splitlines()
    assert lines and lines == sorted(set(lines)) and all(x.startswith(("http://", "https://")) for x in lines)
