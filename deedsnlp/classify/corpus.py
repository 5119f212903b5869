"""The labelled corpus (``corpora/``) as documents with gold labels per passage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..io.corpus import default_corpus_dir, labelled_documents
from ..loader import build_document
from .features import PassageExample, examples_from_document


@dataclass
class LabelledDocument:
    doc_id: str
    org_type: str
    year: int
    document: Document
    labels: list[str]  # gold label of each passage of ``document``

    def examples(self) -> list[PassageExample]:
        return examples_from_document(self.document)


def load_corpus(corpus_dir: str | Path | None = None, splits: tuple[str, ...] = ("train",)) -> list[LabelledDocument]:
    """Documents of the given splits, rebuilt through the loader so passages match prediction."""
    root = Path(corpus_dir) if corpus_dir else default_corpus_dir()
    passages = root / "passages.jsonl"
    if not passages.exists():
        raise FileNotFoundError(f"{passages} not found: run `python corpora/build.py` first")
    out = []
    for doc_id, rs in labelled_documents(root, splits):
        raw = "\n".join(r["text"] for r in rs)
        doc = build_document(raw, doc_id, source=f"corpora/docs/{doc_id}.txt",
                             metadata={"org_type": rs[0]["org_type"], "year": rs[0]["year"]})
        # input line k (1-based) is row k-1; a passage takes the label of its first line
        labels = [rs[p.line - 1]["label"] for p in doc.passages]
        out.append(LabelledDocument(doc_id, rs[0]["org_type"], rs[0]["year"], doc, labels))
    return out


def xy(docs: list[LabelledDocument]) -> tuple[list[PassageExample], list[str]]:
    X, y = [], []
    for d in docs:
        X.extend(d.examples())
        y.extend(d.labels)
    return X, y
