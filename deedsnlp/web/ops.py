"""The operations behind the pages and the JSON API, as plain functions over documents.

Each wraps one library stage (checker, cleaner, drafting, near-duplicates) and returns plain,
JSON-ready dicts; the routes only turn requests into documents and these dicts into responses.
A stage whose package is not installed raises :class:`StageUnavailable` (answered 503).
"""

from __future__ import annotations

import importlib
from typing import Any, Iterable

from ..document import Document

#: stage name → the package that provides it
STAGES = {"check": "deedsnlp.check", "clean": "deedsnlp.clean", "draft": "deedsnlp.draft", "dedup": "deedsnlp.dedup"}
#: what each stage needs from its package
_ENTRY_POINTS = {"check": "check", "clean": "clean", "draft": None, "dedup": "find_duplicates"}
#: most files one form may upload
MAX_FILES = 500


class StageUnavailable(Exception):
    """A stage whose package is missing or incomplete in this installation."""

    def __init__(self, stage: str, reason: str):
        super().__init__(f"the {stage} stage is not available in this installation ({reason})")
        self.stage = stage


def stage_module(stage: str):
    """The stage's package, imported; :class:`StageUnavailable` when it cannot be."""
    name = STAGES[stage]
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise StageUnavailable(stage, f"cannot import {name}: {exc}") from None
    entry = _ENTRY_POINTS[stage]
    if entry and not hasattr(module, entry):
        raise StageUnavailable(stage, f"{name} has no {entry}()")
    return module


def available_stages() -> dict[str, bool]:
    out = {}
    for stage in STAGES:
        try:
            stage_module(stage)
            out[stage] = True
        except StageUnavailable:
            out[stage] = False
    return out


# --------------------------------------------------------------------------------------------
# near-duplicates
def unique_ids(names: Iterable[str]) -> list[str]:
    """Labels made unique: a repeated ``a.txt`` becomes ``a.txt (2)``.

    >>> unique_ids(["a.txt", "b.txt", "a.txt", "a.txt (2)"])
    ['a.txt', 'b.txt', 'a.txt (2)', 'a.txt (2) (2)']
    """
    used: set[str] = set()
    out = []
    for name in names:
        label, k = name, 1
        while label in used:
            k += 1
            label = f"{name} ({k})"
        used.add(label)
        out.append(label)
    return out


def dedup(documents: list[tuple[str, str]], threshold: float = 0.7, boilerplate_limit: int = 50) -> dict[str, Any]:
    """Clusters of near-duplicates among ``(id, text)`` pairs, the pairs and the boilerplate.

    Ids must be unique (see :func:`unique_ids`).
    """
    module = stage_module("dedup")
    result = module.find_duplicates(documents, module.DedupConfig(threshold=threshold))
    data = result.to_dict()
    lengths = {doc_id: len(text) for doc_id, text in documents}
    clusters = []
    for k, members in enumerate(data["clusters"], start=1):
        group = set(members)
        sims = [p["jaccard"] for p in data["pairs"] if p["a"] in group and p["b"] in group]
        clusters.append({
            "cluster": k, "size": len(members), "documents": list(members),
            "chars": [lengths.get(m, 0) for m in members],
            "min_jaccard": min(sims) if sims else None, "max_jaccard": max(sims) if sims else None,
        })
    number = {m: c["cluster"] for c in clusters for m in c["documents"]}
    return {
        "threshold": threshold,
        "documents": [{"id": d, "chars": len(t), "cluster": number.get(d)} for d, t in documents],
        "clusters": clusters,
        "pairs": data["pairs"],
        "boilerplate": data["boilerplate"][:boilerplate_limit],
        "boilerplate_total": len(data["boilerplate"]),
    }


def documents_as_pairs(docs: Iterable[Document]) -> list[tuple[str, str]]:
    return [(doc.id, doc.text) for doc in docs]
