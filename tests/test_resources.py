"""Shipped data is package data (deedsnlp.resources) and the packaged corpus follows corpora/."""

from __future__ import annotations

import json
from pathlib import Path

from deedsnlp import resources
from deedsnlp.classify.store import default_model_path, read_manifest

ROOT = Path(__file__).resolve().parents[1]


def test_model_is_package_data_and_verifies():
    path = default_model_path()
    assert path == resources.model_path()
    assert Path(resources.__file__).parent in path.parents  # inside the package, not beside it
    manifest = read_manifest(path)  # format, version and SHA-256 of every file
    assert manifest["backend"] == "sklearn"


def test_packaged_corpus_is_in_sync_with_corpora():
    """``python corpora/build.py`` writes both copies; a labelled file it has not seen fails here."""
    packaged = resources.corpus_dir()
    for name in ("passages.jsonl", "splits.json"):
        assert (packaged / name).read_bytes() == (ROOT / "corpora" / name).read_bytes(), (
            f"deedsnlp/data/corpus/{name} differs from corpora/{name}: run `python corpora/build.py`")
    doc_ids = {json.loads(line)["doc_id"] for line in (packaged / "passages.jsonl").open(encoding="utf-8")}
    labelled = {p.stem for p in (ROOT / "corpora" / "labelled").glob("*.jsonl")}
    assert labelled <= doc_ids, f"not built yet: {sorted(labelled - doc_ids)[:5]} (run `python corpora/build.py`)"


def test_read_text_and_env_override(tmp_path, monkeypatch):
    assert "\n" in resources.read_text("lexicon.txt")
    monkeypatch.setenv("DEEDSNLP_MODELS", str(tmp_path))
    assert resources.model_path() == tmp_path / "section_classifier"
    monkeypatch.setenv("DEEDSNLP_CORPUS", str(tmp_path))
    assert resources.corpus_dir() == tmp_path
