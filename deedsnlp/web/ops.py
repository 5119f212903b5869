"""The operations behind the pages and the JSON API, as plain functions over documents.

Each wraps one library stage (checker, cleaner, classifier, drafting, near-duplicates) and returns
plain, JSON-ready dicts built by the same library functions the CLI uses (:mod:`deedsnlp.pipeline.records`);
the routes only turn requests into documents and these dicts into responses.
"""

from __future__ import annotations

import threading
from typing import Any, Iterable

from ..document import Document

#: the stages the page serves (all ship with the package)
STAGES = ("check", "clean", "classify", "draft", "dedup")
#: one request at a time per stage: the stages' lazily loaded models are shared
_LOCKS = {stage: threading.Lock() for stage in STAGES}
#: most files one form may upload
MAX_FILES = 500


def available_stages() -> dict[str, bool]:
    """The stages this installation serves (every one ships with the package; kept for ``/api/health``)."""
    return {stage: True for stage in STAGES}


# --------------------------------------------------------------------------------------------
# near-duplicates
def unique_ids(names: Iterable[str], *, keep_suffix: bool = False) -> list[str]:
    """Labels made unique: a repeated ``a.txt`` becomes ``a.txt (2)`` (``a (2).txt`` with
    ``keep_suffix``, so a file label keeps its extension).

    >>> unique_ids(["a.txt", "b.txt", "a.txt", "a.txt (2)"])
    ['a.txt', 'b.txt', 'a.txt (2)', 'a.txt (2) (2)']
    >>> unique_ids(["logs.csv", "logs.csv", "a"], keep_suffix=True)
    ['logs.csv', 'logs (2).csv', 'a']
    """
    used: set[str] = set()
    out = []
    for name in names:
        dot = name.rfind(".") if keep_suffix else -1
        stem, suffix = (name[:dot], name[dot:]) if dot > 0 else (name, "")
        label, k = name, 1
        while label in used:
            k += 1
            label = f"{stem} ({k}){suffix}"
        used.add(label)
        out.append(label)
    return out


def dedup(documents: list[tuple[str, str]], threshold: float = 0.7, boilerplate_limit: int = 50) -> dict[str, Any]:
    """Clusters of near-duplicates among ``(id, text)`` pairs, the pairs and the boilerplate.

    Ids must be unique (see :func:`unique_ids`).
    """
    from ..dedup import DedupConfig, find_duplicates

    result = find_duplicates(documents, DedupConfig(threshold=threshold))
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


# --------------------------------------------------------------------------------------------
# drafting
FACTS_SUFFIXES = (".yaml", ".yml", ".json")
LOG_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".jsonl", ".ndjson", ".txt", ".log", ".md")
DRAFT_FORMATS = {"md": "text/markdown; charset=utf-8",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def unique_file_labels(names: Iterable[str]) -> list[str]:
    """Upload labels made unique, keeping the suffix: a second ``logs.csv`` becomes ``logs (2).csv``."""
    return unique_ids(names, keep_suffix=True)


def draft(facts, logs: list, *, seed: int = 0) -> dict[str, Any]:
    """Draft a report from a facts upload and log uploads (:class:`~deedsnlp.web.uploads.Upload`).

    The uploads' bytes go straight to the byte readers (:func:`deedsnlp.draft.facts.facts_from_bytes`,
    :func:`deedsnlp.io.logs.read_logs_bytes`): nothing is written to disk, and every row and error
    is labelled with the upload's (cleaned) name. Returns the title, sections, Markdown, the
    ``.docx`` bytes and the explain record (sentence → sources of each number).
    """
    import io

    from ..errors import InputError
    from ..io.logs import read_logs_bytes

    from .. import draft as module
    from ..draft.facts import facts_from_bytes

    suffix = _suffix(facts.name)
    if suffix not in FACTS_SUFFIXES:
        raise InputError(facts.name, f"facts must be a {', '.join(FACTS_SUFFIXES)} file")
    for up in logs:
        if _suffix(up.name) not in LOG_SUFFIXES:
            raise InputError(up.name, f"unsupported log type ({_suffix(up.name) or 'no suffix'}); accepted: {', '.join(LOG_SUFFIXES)}")
    labels = unique_file_labels([facts.name] + [up.name for up in logs])
    with _LOCKS["draft"]:
        parsed = facts_from_bytes(facts.data, labels[0])
        problems: list[InputError] = []
        entries = read_logs_bytes([(label, up.data) for up, label in zip(logs, labels[1:])],
                                  year=parsed.year, errors=problems)
        composed = module.compose(parsed, entries, seed=seed)
    left_out = [{"where": e.source, "reason": e.reason} for e in problems]
    record = module.explain(composed, log_files=labels[1:], left_out=left_out)
    record["facts_file"] = labels[0]
    markdown = module.render_markdown(composed)
    buffer = io.BytesIO()
    module.build_docx(composed).save(buffer)
    return {
        "title": composed.title,
        "sections": list(composed.sections),
        "markdown": markdown,
        "text": composed.text(),
        "docx": buffer.getvalue(),
        "explain": record,
        "warnings": list(composed.warnings),
        "blocks": _blocks(composed, record),
    }


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _blocks(composed, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The draft's blocks with their sentences and the explained values of each (for the preview)."""
    sentences = iter(record["sentences"])
    out = []
    for b in composed.blocks:
        items = []
        for _s in b.sentences:
            items.append(next(sentences))
        out.append({"kind": b.kind, "level": b.level, "marker": b.marker, "section": b.section, "sentences": items})
    return out


# --------------------------------------------------------------------------------------------
# checking
def profile_choices() -> list[tuple[str, str]]:
    """``(name, description)`` of the checker's shipped profiles, ``generic`` first."""
    from ..check import shipped_profiles

    profiles = shipped_profiles()
    names = sorted(profiles, key=lambda n: (n != "generic", n))
    return [(n, profiles[n].description) for n in names]


def check(document: Document, profile: str = "generic", year: int | None = None, lang: str = "zh"):
    """Check a draft under a shipped profile; returns the checker's ``CheckReport``.

    Only shipped profile names are accepted (the checker would also read a profile *file* named
    by a path, which a web client must never choose): the :class:`Profile` object is passed.
    """
    from ..errors import InputError

    from ..check import check as run_check
    from ..check import shipped_profiles

    profiles = shipped_profiles()
    if profile not in profiles:
        raise InputError("profile", f"unknown profile {profile!r}; choose one of {', '.join(sorted(profiles))}")
    with _LOCKS["check"]:
        return run_check(document, profiles[profile], year=year, lang=lang)


# --------------------------------------------------------------------------------------------
# cleaning
def clean(document: Document) -> dict[str, Any]:
    """Clean scraped text: the original and cleaned raw texts and the findings (offsets into the original)."""
    from ..pipeline.records import clean_one

    with _LOCKS["clean"]:
        return clean_one(document)


# --------------------------------------------------------------------------------------------
# section labels
def classify(document: Document) -> list[dict[str, Any]]:
    """One record per non-empty input line with its section label (as ``deedsnlp classify --json``)."""
    from ..classify import classify_document
    from ..pipeline.records import passage_records

    with _LOCKS["classify"]:
        classify_document(document)
    return passage_records(document)
