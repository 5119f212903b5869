"""Paragraphs repeated inside one document (a scraper's double paste): later copies go."""

from __future__ import annotations

from typing import Iterable, Sequence

from ..normalize import normalize_line
from .patterns import cjk_count
from .spans import Candidate, Line

#: shortest paragraph (in Chinese characters) worth comparing; short lines repeat legitimately
MIN_CJK = 15


def find_duplicate_paragraphs(text: str, lines: Sequence[Line], skip: Iterable[int] = (), min_cjk: int = MIN_CJK) -> list[Candidate]:
    skip = set(skip)
    seen: dict[str, int] = {}
    out = []
    for line in lines:
        if line.end - line.start < min_cjk or line.number in skip:
            continue
        key = "".join(text[line.start : line.end].split())
        first = seen.get(key)
        if first is None:
            seen[key] = line.number
            continue
        if cjk_count(normalize_line(key)) < min_cjk:
            continue
        out.append(Candidate("duplicate_paragraph", line.start, line.next, "removed",
                             f"repeats the paragraph of line {first}", priority=7, data={"first_line": first}))
    return out
