"""Which section each log entry belongs to.

In order: an explicit ``section`` column; the type vocabulary on the ``type`` field; the type
vocabulary on the title; the section classifier on type + title (batched, restricted to the
sections an activity can belong to). The model loads lazily, only when some entry needs it.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from .logs import LogEntry, Vocabulary, default_vocabulary

#: sections an activity can be drafted into (overview, achievements and other come from facts)
ACTIVITY_SECTIONS = ("study", "institutions", "carriers", "cadre_building", "integrity", "core_work")


def map_sections(entries: Iterable[LogEntry], *, vocabulary: Vocabulary | None = None, model=None) -> list[LogEntry]:
    """Set ``type_key``, ``section``, ``section_basis`` (``given``/``type``/``title``/``classifier``)
    and ``section_score`` of every entry, in place; return them as a list.

    ``model`` is any classifier with ``predict_proba`` and ``classes_`` (the shipped one when None
    and some entry needs it).
    """
    vocab = vocabulary or default_vocabulary()
    entries = list(entries)
    pending: list[LogEntry] = []
    for e in entries:
        t = vocab.match_type(e.type) or (vocab.match_type(e.title) if e.title else None)
        if t is not None:
            e.type_key = t.key
            basis = "type" if vocab.match_type(e.type) is t else "title"
        else:
            e.type_key = "~" + e.type if e.type else "~"
            basis = ""
        given = e.extra.get("section")
        if given:
            e.section, e.section_basis, e.section_score = given, "given", None
        elif t is not None:
            e.section, e.section_basis, e.section_score = t.section, basis, None
        else:
            pending.append(e)
    if pending:
        if model is None:
            from ..classify.predict import get_default_model

            model = get_default_model()
        texts = [" ".join(x for x in (e.type, e.title) if x) for e in pending]
        proba = np.asarray(model.predict_proba(texts))
        classes = list(model.classes_)
        allowed = [classes.index(s) for s in ACTIVITY_SECTIONS if s in classes]
        for e, row in zip(pending, proba):
            best = max(allowed, key=lambda i: row[i])
            e.section, e.section_basis, e.section_score = str(classes[best]), "classifier", float(row[best])
    return entries
