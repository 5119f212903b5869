"""Plain records of documents, shared by the CLI, the web API and ``deedsnlp run``."""

from __future__ import annotations

from typing import Any


def passage_records(doc) -> list[dict]:
    """One record per non-empty line of the document's raw text, with its passage's label and its
    input line (a cleaned document numbers its lines as the input did)."""
    from ..normalize import normalize_line, split_lines

    by_line = {}
    for p in doc.passages:  # by the lines of the document's own raw text
        first = p.line if p.raw_line is None else p.raw_line
        last = p.line_end if p.raw_line_end is None else p.raw_line_end
        for n in range(first, last + 1):
            by_line[n] = p
    index_of = None
    if doc.edits:
        from ..text.lines import LineIndex

        index_of = LineIndex(doc.raw_text)
    out = []
    index = 0
    for n, line in enumerate(split_lines(doc.raw_text), start=1):
        if not normalize_line(line):
            continue
        p = by_line.get(n)
        number = n if index_of is None else doc.raw_line_of(index_of.start(n))
        heading = doc.outline[p.heading].title if p is not None and p.heading is not None else ""
        out.append({
            "doc": doc.id, "index": index, "text": line, "label": p.label if p else "other",
            "score": round(p.score, 4) if p and p.score is not None else 0.0, "heading": heading,
            "line": number, "is_heading": bool(p and p.is_heading and p.line == number),
            "heading_path": p.heading_path if p else [],
        })
        index += 1
    return out


def clean_record(original, cleaned, findings) -> dict[str, Any]:
    """What cleaning one document gives every front end: the original and cleaned raw texts,
    the findings as report rows (offsets into the original) and counts by kind."""
    from collections import Counter

    from ..clean import finding_row

    rows = []
    for f in findings:
        row = finding_row(original.id, f)
        row.pop("doc", None)
        rows.append(row)
    return {"original": original.raw_text, "cleaned": cleaned.raw_text, "findings": rows,
            "counts": dict(Counter(f.kind for f in findings))}


def clean_one(document, cleaner=None) -> dict[str, Any]:
    """Clean one document with ``cleaner`` (the shared default one when None): :func:`clean_record`.

    One document has nothing that recurs, so nothing is learned first (see
    :func:`~deedsnlp.pipeline.stages.fit_cleaner`): the CLI, the web page and the API agree.
    """
    from ..clean import clean

    out = clean(document, cleaner)
    cleaned, findings = out if isinstance(out, tuple) else (out, [f for f in out.findings if f.stage == "clean"])
    return clean_record(document, cleaned, findings)
