"""One template blank, one kind: the same ``××镇`` is a placeholder on every line.

The cleaner tells a template blank (``××镇红岩村``: a place name left out) from a censor mask
(``加**部``) by what stands around the run, one place at a time; a blank written before a unit
noun in a sentence (``位于××镇东南部``) may then read as a mask while the title line calls it a
blank. :func:`same_blanks` makes the cleaner's findings agree within a document: a mask whose run
and following character are those of a blank the cleaner found elsewhere in it is that blank.

>>> from deedsnlp.document import Finding
>>> raw = "××镇青竹村党支部\\n青竹村位于××镇北部"
>>> found = [Finding("placeholder", 0, 2, stage="clean", data={"name": True}),
...          Finding("mask", 15, 17, stage="clean", data={"length": 2})]
>>> [f.kind for f in same_blanks(found, raw)]
['placeholder', 'placeholder']
"""

from __future__ import annotations

import dataclasses
from typing import Iterable

from ..document import Finding


def _span(f: Finding) -> tuple[int, int]:
    data = f.data or {}
    if "raw_start" in data:
        return data["raw_start"], data["raw_end"]
    return f.start, f.end


def same_blanks(findings: Iterable[Finding], raw: str) -> list[Finding]:
    """``findings`` (the cleaner's, spans of ``raw``) with each mask that repeats a template blank
    found elsewhere (the same run before the same character) turned into that placeholder."""
    findings = list(findings)
    blanks: set[str] = set()
    for f in findings:
        if f.kind == "placeholder" and (f.data or {}).get("name"):
            s, e = _span(f)
            if 0 <= s < e < len(raw):
                blanks.add(raw[s : e + 1])
    if not blanks:
        return findings
    out = []
    for f in findings:
        if f.kind == "mask":
            s, e = _span(f)
            if 0 <= s < e < len(raw) and raw[s : e + 1] in blanks:
                run = raw[s:e]
                f = dataclasses.replace(
                    f, kind="placeholder",
                    reason=f"template blank {run!r} (a name left out before {raw[e]}, as elsewhere in the draft)",
                    data={k: v for k, v in (f.data or {}).items() if k not in ("length", "suggestions")} | {"name": True},
                )
        out.append(f)
    return out
