"""Labelling a document's passages, with document-level smoothing under headings."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Iterator

import numpy as np

from ..document import Document
from ..text.scripts import both_scripts
from .features import examples_from_document

_MODEL_CACHE: dict = {}


def get_default_model():
    if "default" not in _MODEL_CACHE:
        from .store import load_model

        _MODEL_CACHE["default"] = load_model(None)
    return _MODEL_CACHE["default"]


def _is_confident_other(row: np.ndarray, other: int | None, threshold: float = 0.6) -> bool:
    return other is not None and row.argmax() == other and row.max() >= threshold


def heading_sections(doc: Document, proba: np.ndarray, classes, *, own_weight: float = 1.0,
                     parent_weight: float = 0.5) -> np.ndarray:
    """The section distribution of each outline heading, shape ``(len(doc.outline), len(classes))``.

    A heading carries its section: its own passage's prediction (its title read as a heading,
    with features of its own) is combined with the mean prediction of the body passages under it
    and under its sub-headings, and with its parent's section. Passages confidently ``other``
    (titles, bylines, watermarks) do not vote.
    """
    k = len(classes)
    n_head = len(doc.outline)
    out = np.zeros((n_head, k))
    if n_head == 0 or len(proba) == 0:
        return out
    other = list(classes).index("other") if "other" in classes else None
    own = np.zeros((n_head, k))
    has_own = np.zeros(n_head, dtype=bool)
    body = np.zeros((n_head, k))
    body_n = np.zeros(n_head)
    for i, p in enumerate(doc.passages):
        if p.heading is None:
            continue
        h = p.heading
        if p.line == doc.outline[h].line and not has_own[h] and (p.is_heading or doc.outline[h].lead_in):
            own[h] = proba[i]
            has_own[h] = True
            if p.is_heading:
                continue
        if _is_confident_other(proba[i], other):
            continue
        j = h
        while j is not None:  # a body passage speaks for its heading and every heading above it
            body[j] += proba[i]
            body_n[j] += 1
            j = doc.outline[j].parent
    for h, head in enumerate(doc.outline):  # parents come before their children
        row = own_weight * own[h] if has_own[h] else np.zeros(k)
        if body_n[h]:
            row = row + body[h] / body_n[h]
        if head.parent is not None:
            row = row + parent_weight * out[head.parent]
        total = row.sum()
        out[h] = row / total if total > 0 else np.full(k, 1.0 / k)
    return out


def smooth_probabilities(doc: Document, proba: np.ndarray, classes, *, weight: float = 0.9,
                         keep_above: float = 0.9, sections: np.ndarray | None = None,
                         plain_weight: float = 0.2) -> np.ndarray:
    """Let every passage inherit the section of its heading (:func:`heading_sections`).

    A heading line takes its heading's section. A body passage is pulled towards it
    (``(1 - weight) * own + weight * section``) unless it is confident (max ≥ ``keep_above``): the
    text clearly says something else. Under an unnumbered slogan heading (``style == "plain"``)
    the pull is ``plain_weight``: numbered headings divide a report into its sections, while a
    feature's or profile's subheadings (“我是党员，我先上”) name a theme whose paragraphs range
    over several sections. Passages predicted ``other`` with confidence (watermarks, titles,
    bylines) keep their label. A heading whose section is ``other`` (a title, a caption, an
    umbrella heading such as “主要做法”) does not pull its paragraphs into ``other``: they are
    pulled towards the rest of its section only.
    """
    if len(proba) == 0 or not doc.outline:
        return proba
    other = list(classes).index("other") if "other" in classes else None
    if sections is None:
        sections = heading_sections(doc, proba, classes)
    out = proba.copy()
    for i, p in enumerate(doc.passages):
        if p.heading is None or _is_confident_other(proba[i], other):
            continue
        section = sections[p.heading]
        head = doc.outline[p.heading]
        if p.is_heading and p.line == head.line:
            out[i] = section
        elif proba[i].max() < keep_above:
            if other is not None and section.argmax() == other and section[other] < 1.0:
                section = section.copy()
                section[other] = 0.0
                section /= section.sum()
            w = plain_weight if head.style == "plain" else weight
            out[i] = (1 - w) * proba[i] + w * section
    return out


def decide(doc: Document, proba: np.ndarray, classes, *, smooth: bool = True) -> tuple[list[str], np.ndarray, list[str]]:
    """Labels of the passages, their final probabilities and the section of each heading, from
    the model's probabilities ``proba`` of the passages of ``doc``. Every consumer (the
    ``classify`` output, ``check``'s sections) reads these, so they never disagree."""
    classes = [str(c) for c in classes]
    if len(proba) == 0:
        return [], proba, [None] * len(doc.outline)
    if smooth and doc.outline:
        sections = heading_sections(doc, proba, classes)
        proba = smooth_probabilities(doc, proba, classes, sections=sections)
        heads = [classes[k] for k in sections.argmax(axis=1)]
    else:
        own: dict[int, str] = {}
        for i, p in enumerate(doc.passages):
            if p.heading is not None and p.line == doc.outline[p.heading].line and p.heading not in own:
                own[p.heading] = classes[int(proba[i].argmax())]
        heads = [own.get(h) for h in range(len(doc.outline))]
    labels = [classes[k] for k in proba.argmax(axis=1)]
    _other_needs_confidence(doc, proba, classes, labels)
    _events_are_carriers(doc, proba, classes, labels)
    return labels, proba, heads


#: ``other`` on a paragraph of body text only at this probability or above: below it the next label wins
OTHER_BODY_MIN = 0.7
#: the shortest passage read as body text by that rule (titles, bylines and salutations are shorter)
OTHER_BODY_CHARS = 30


#: a news item's account of one dated event the branch organised: 6月9日上午，某某党支部组织党员开展主题党日活动…
_EVENT_RE = re.compile(both_scripts(
    r"(?:\d{1,2}月\d{1,2}日|日前|近日|当天|上午|下午)[^。！？]{0,60}?(?:组织|开展|举办|举行|走进|来到|前往|参观|联合)"
    r"[^。！？]{0,80}?(?:活动|主题党日|党日|共建|交流|参观|志愿|联学|座谈|比赛|竞赛)"))
#: the model's probability under which a dated event it was unsure of is read as ``carriers``
EVENT_UNSURE = 0.5


def _events_are_carriers(doc: Document, proba: np.ndarray, classes: list[str], labels: list[str]) -> None:
    """A paragraph telling of one dated event the branch organised (a themed party day, a visit, a
    joint activity, a contest) is an activity carrier when the model was unsure of its label (in
    place): the corpus's reports tell of activities by what they taught or built, real news items by
    the event, and annotators read the event as the carrier."""
    if "carriers" not in classes:
        return
    for i, p in enumerate(doc.passages):
        if p.is_heading or labels[i] == "carriers" or proba[i].max() >= EVENT_UNSURE:
            continue
        if _EVENT_RE.search(doc.text, p.start, p.end):
            labels[i] = "carriers"


def _other_needs_confidence(doc: Document, proba: np.ndarray, classes: list[str], labels: list[str]) -> None:
    """A paragraph of body text is ``other`` (a closing outlook, an award's background) only when
    the model is sure of it; an unsure ``other`` on body text gives way to the next label (in place).
    On real pages a news lead or a feature's narrative the corpus never showed in that style drew an
    unsure ``other`` that the annotators read as the section it tells of."""
    if "other" not in classes:
        return
    o = classes.index("other")
    for i, p in enumerate(doc.passages):
        if labels[i] != "other" or p.is_heading or proba[i][o] >= OTHER_BODY_MIN or p.end - p.start < OTHER_BODY_CHARS:
            continue
        row = proba[i].copy()
        row[o] = -1.0
        labels[i] = classes[int(row.argmax())]


def predict_document(doc: Document, model, *, smooth: bool = True) -> tuple[list[str], np.ndarray]:
    """``(labels, probabilities)`` of the passages of ``doc`` (the document is not changed)."""
    examples = examples_from_document(doc)
    if not examples:
        return [], np.zeros((0, len(model.classes_)))
    labels, proba, _ = decide(doc, model.predict_proba(examples), model.classes_, smooth=smooth)
    return labels, proba


def _apply(doc: Document, labels, proba, heads, classes=None) -> Document:
    index = {str(c): k for k, c in enumerate(classes)} if classes is not None else {}
    for p, label, row in zip(doc.passages, labels, proba):
        p.label = label
        p.score = float(row[index[label]]) if label in index else float(row.max())
    for h, label in zip(doc.outline, heads):
        h.label = label
    return doc


def classify_document(doc: Document, model=None, *, smooth: bool = True) -> Document:
    """Label the passages of one document in place (``passage.label``/``score``) and the
    section of each heading (``heading.label``)."""
    model = model or get_default_model()
    examples = examples_from_document(doc)
    proba = model.predict_proba(examples) if examples else np.zeros((0, len(model.classes_)))
    return _apply(doc, *decide(doc, proba, model.classes_, smooth=smooth), classes=model.classes_)


def classify_documents(docs: Iterable[Document], model=None, *, smooth: bool = True,
                       batch_chars: int = 200_000, workers: int = 1) -> Iterator[Document]:
    """Label a stream of documents, predicting in batches of about ``batch_chars`` characters.

    ``workers`` > 1: the batches are predicted in that many forked processes (where the platform
    forks: elsewhere, and for an input of one batch, in this one), in input order, with at most two
    batches per worker in flight (memory stays bounded whatever the input's size). The documents
    are still built and labelled here; the labels are the same as with one process."""
    model = model or get_default_model()
    if workers > 1:
        yield from _classify_parallel(docs, model, smooth, workers, max(1, batch_chars // 4))
        return
    for batch in _batches(docs, batch_chars):
        yield from _classify_batch(batch, model, smooth)


def _batches(docs: Iterable[Document], chars: int) -> Iterator[list[Document]]:
    """``docs`` in lists of about ``chars`` characters (read one batch ahead at most)."""
    batch: list[Document] = []
    size = 0
    for doc in docs:
        batch.append(doc)
        size += len(doc.text)
        if size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def default_workers() -> int:
    """The ``classify`` command's processes by default: the CPUs this process may use, at most 8."""
    import os

    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - platforms without affinity
        n = os.cpu_count() or 1
    return max(1, min(8, n))


#: the model a forked worker predicts with (set in the parent just before the workers fork)
_WORKER_MODEL: list = []


def _decisions(batch: list[Document], smooth: bool) -> list[tuple[list[str], list[float], list]]:
    """In a worker: the labels, scores and heading sections of each document of ``batch``."""
    model = _WORKER_MODEL[0]
    out = []
    for doc in _classify_batch(batch, model, smooth):
        out.append(([p.label for p in doc.passages], [p.score for p in doc.passages], [h.label for h in doc.outline]))
    return out


def _classify_parallel(docs: Iterable[Document], model, smooth: bool, workers: int, chars: int) -> Iterator[Document]:
    import multiprocessing as mp
    from collections import deque

    from itertools import chain, islice

    batches = _batches(docs, chars)
    ahead = list(islice(batches, 2))  # one batch alone is predicted here: no pool to start
    batches = chain(ahead, batches)
    if len(ahead) < 2 or "fork" not in mp.get_all_start_methods():
        for batch in batches:
            yield from _classify_batch(batch, model, smooth)
        return
    _WORKER_MODEL[:] = [model]
    pending: deque = deque()
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            for batch in batches:
                pending.append((batch, pool.apply_async(_decisions, (batch, smooth))))
                while len(pending) > 2 * workers:
                    yield from _applied(*pending.popleft())
            while pending:
                yield from _applied(*pending.popleft())
    finally:
        _WORKER_MODEL.clear()  # the caller's model is not kept alive here


def _applied(batch: list[Document], result) -> Iterator[Document]:
    for doc, (labels, scores, heads) in zip(batch, result.get()):
        for p, label, score in zip(doc.passages, labels, scores):
            p.label, p.score = label, score
        for h, label in zip(doc.outline, heads):
            h.label = label
        yield doc


def _classify_batch(batch: list[Document], model, smooth: bool) -> Iterator[Document]:
    examples = [examples_from_document(d) for d in batch]
    flat = [e for ex in examples for e in ex]
    proba_all = model.predict_proba(flat) if flat else np.zeros((0, len(model.classes_)))
    start = 0
    for doc, ex in zip(batch, examples):
        proba = proba_all[start : start + len(ex)]
        start += len(ex)
        yield _apply(doc, *decide(doc, proba, model.classes_, smooth=smooth), classes=model.classes_)
