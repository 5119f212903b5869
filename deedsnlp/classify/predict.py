"""Labelling a document's passages, with document-level smoothing under headings."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

import numpy as np

from ..document import Document
from .features import examples_from_document

_MODEL_CACHE: dict = {}


def get_default_model():
    if "default" not in _MODEL_CACHE:
        from .store import load_model

        _MODEL_CACHE["default"] = load_model(None)
    return _MODEL_CACHE["default"]


def smooth_probabilities(doc: Document, proba: np.ndarray, classes, *, weight: float = 0.5,
                         keep_above: float = 0.9) -> np.ndarray:
    """Pull each passage towards the mean of the passages under the same heading.

    A passage keeps its own distribution when it is confident (max ≥ ``keep_above``): the text
    clearly says otherwise. Passages predicted as ``other`` with confidence (watermarks, titles)
    do not pull their neighbours.
    """
    if len(proba) == 0:
        return proba
    groups: dict = defaultdict(list)
    for i, p in enumerate(doc.passages):
        if p.heading is not None:
            groups[p.heading].append(i)
    other = list(classes).index("other") if "other" in classes else None
    out = proba.copy()
    for members in groups.values():
        if len(members) < 2:
            continue
        sub = proba[members]
        voters = [k for k, row in enumerate(sub) if other is None or not (row.argmax() == other and row.max() >= 0.6)]
        if not voters:
            continue
        mean = sub[voters].mean(axis=0)
        for k, i in enumerate(members):
            if proba[i].max() >= keep_above:
                continue
            if other is not None and proba[i].argmax() == other and proba[i].max() >= 0.6:
                continue
            out[i] = (1 - weight) * proba[i] + weight * mean
    return out


def predict_document(doc: Document, model, *, smooth: bool = True) -> tuple[list[str], np.ndarray]:
    examples = examples_from_document(doc)
    if not examples:
        return [], np.zeros((0, len(model.classes_)))
    proba = model.predict_proba(examples)
    if smooth:
        proba = smooth_probabilities(doc, proba, list(model.classes_))
    labels = [str(model.classes_[k]) for k in proba.argmax(axis=1)]
    return labels, proba


def _apply(doc: Document, labels, proba) -> Document:
    for p, label, row in zip(doc.passages, labels, proba):
        p.label = label
        p.score = float(row.max())
    return doc


def classify_document(doc: Document, model=None, *, smooth: bool = True) -> Document:
    """Label the passages of one document in place."""
    model = model or get_default_model()
    labels, proba = predict_document(doc, model, smooth=smooth)
    return _apply(doc, labels, proba)


def classify_documents(docs: Iterable[Document], model=None, *, smooth: bool = True,
                       batch_chars: int = 200_000) -> Iterator[Document]:
    """Label a stream of documents, predicting in batches of about ``batch_chars`` characters."""
    model = model or get_default_model()
    batch: list[Document] = []
    size = 0
    for doc in docs:
        batch.append(doc)
        size += len(doc.text)
        if size >= batch_chars:
            yield from _classify_batch(batch, model, smooth)
            batch, size = [], 0
    if batch:
        yield from _classify_batch(batch, model, smooth)


def _classify_batch(batch: list[Document], model, smooth: bool) -> Iterator[Document]:
    examples = [examples_from_document(d) for d in batch]
    flat = [e for ex in examples for e in ex]
    proba_all = model.predict_proba(flat) if flat else np.zeros((0, len(model.classes_)))
    start = 0
    classes = list(model.classes_)
    for doc, ex in zip(batch, examples):
        proba = proba_all[start : start + len(ex)]
        start += len(ex)
        if smooth:
            proba = smooth_probabilities(doc, proba, classes)
        yield _apply(doc, [str(model.classes_[k]) for k in proba.argmax(axis=1)], proba)
