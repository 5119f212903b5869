"""The labelled corpus, read one way for every stage that learns from it.

Two layouts hold the same records (one JSON object per paragraph: ``doc_id``, ``index``,
``label``, ``text``, and the annotations ``noise``, ``junk``, ``masks``):

* ``passages.jsonl`` (with ``split``), written by ``corpora/build.py`` and shipped as package data;
* ``labelled/<doc_id>.jsonl``, one file per document, in the source checkout.

:func:`labelled_rows` reads either (``passages.jsonl`` wins when both are there);
:func:`labelled_documents` groups the rows by document; :func:`clean_paragraph` takes the
annotated scraping junk out of one row. The cleaner's mask model, the checker's stock sentences
and the classifier's training set all read through here.

>>> import json, tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> rows = [{"doc_id": "d1", "index": 0, "label": "overview", "text": "支部有党员**名。来源：某网", "junk": ["来源：某网"],
...          "masks": [{"masked": "**", "original": "31"}]}, {"doc_id": "d1", "index": 1, "noise": True, "text": "广告"}]
>>> _ = (root / "passages.jsonl").write_text("\\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
>>> [(d, [clean_paragraph(r) for r in rs]) for d, rs in labelled_documents(root)]
[('d1', ['支部有党员31名。', None])]
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator


def default_corpus_dir() -> Path:
    """The labelled corpus shipped as package data (``$DEEDSNLP_CORPUS`` overrides; see :mod:`deedsnlp.resources`)."""
    from ..resources import corpus_dir

    return corpus_dir()


def _rows_of(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                row.setdefault("doc_id", path.stem)
                yield row


def corpus_files(root: str | Path | None = None, *, splits: bool = False) -> list[Path]:
    """The JSONL files that hold the corpus under ``root``: ``labelled/*.jsonl`` (the source) when
    present, else ``passages.jsonl``; with ``splits``, ``passages.jsonl`` (the rows carry the split)."""
    root = Path(root) if root is not None else default_corpus_dir()
    order = ("passages", "labelled") if splits else ("labelled", "passages")
    for layout in order:
        if layout == "passages" and (root / "passages.jsonl").is_file():
            return [root / "passages.jsonl"]
        if layout == "labelled" and (root / "labelled").is_dir():
            return sorted((root / "labelled").glob("*.jsonl"))
    if root.is_file():
        return [root]
    return sorted(root.glob("*.jsonl")) if root.is_dir() else []


def labelled_rows(root: str | Path | None = None, splits: Iterable[str] | None = None) -> Iterator[dict]:
    """Every paragraph record of the corpus (of the given ``splits`` when the rows carry one)."""
    wanted = set(splits) if splits is not None else None
    for path in corpus_files(root, splits=wanted is not None):
        for row in _rows_of(path):
            if wanted is None or row.get("split") in wanted:
                yield row


def labelled_documents(root: str | Path | None = None, splits: Iterable[str] | None = None) -> Iterator[tuple[str, list[dict]]]:
    """``(doc_id, rows in paragraph order)`` per document, documents sorted by id."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in labelled_rows(root, splits):
        by_doc[str(row["doc_id"])].append(row)
    for doc_id in sorted(by_doc):
        yield doc_id, sorted(by_doc[doc_id], key=lambda r: r.get("index", 0))


def clean_paragraph(row: dict, *, same_length_masks: bool = True) -> str | None:
    """The clean text of one labelled paragraph: ``None`` for noise, junk cut, masks restored.

    ``same_length_masks``: restore only masks whose original has the masked span's length.
    """
    if row.get("noise"):
        return None
    text = row.get("text") or ""
    for junk in row.get("junk") or []:
        if junk:
            text = text.replace(junk, "")
    for m in row.get("masks") or []:
        masked, original = m.get("masked"), m.get("original")
        if masked and original and (len(masked) == len(original) or not same_length_masks):
            text = text.replace(masked, original)
    return text.strip() or None


def labelled_texts(root: str | Path | None = None, *, same_length_masks: bool = False) -> Iterator[tuple[str, str]]:
    """``(doc_id, text)`` of every document with its annotated scraping junk taken out."""
    for doc_id, rows in labelled_documents(root):
        paras = (clean_paragraph(r, same_length_masks=same_length_masks) for r in rows)
        yield doc_id, "\n".join(p for p in paras if p)
