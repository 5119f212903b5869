"""Spans, lines and edits over the original raw text.

Every change the cleaner makes is an *edit* of the original text: a span ``[start, end)`` whose
text is replaced by ``replacement`` (``""`` for a removal). Edits never overlap, so the cleaned
text is the original with the edits applied, and :func:`reconstruct` gives the original back from
the cleaned text and the edits alone.

>>> raw = "学习。本文来自某网。\\n下一段"
>>> edits = [Edit(3, 10, "")]
>>> cleaned = apply_edits(raw, edits)
>>> cleaned
'学习。\\n下一段'
>>> reconstruct(cleaned, [(e.start, e.end, raw[e.start:e.end], e.replacement) for e in edits]) == raw
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple, Sequence

from ..text.edits import TextEdit
from ..text.edits import apply as _apply
from ..text.edits import reconstruct as _reconstruct

_OTHER_BREAKS_RE = re.compile(r"[\r\u2028\u2029\x85]")
_LINE_RE = re.compile(r"[^\r\n\u2028\u2029\x85]*(?:\r\n|[\r\n\u2028\u2029\x85]|$)")


class Line(NamedTuple):
    """One line of the raw text: content ``[start, end)``, terminator up to ``next``; 1-based ``number``."""

    number: int
    start: int
    end: int
    next: int


def iter_lines(text: str) -> Iterator[Line]:
    """Lines with their offsets (every kind of line break, like :func:`deedsnlp.normalize.split_lines`)."""
    if not _OTHER_BREAKS_RE.search(text):  # only \n: the fast path
        pos = 0
        for n, part in enumerate(text.split("\n"), start=1):
            end = pos + len(part)
            if end == len(text) and not part:
                break
            yield Line(n, pos, end, min(end + 1, len(text)))
            pos = end + 1
        return
    n = 0
    pos = 0
    size = len(text)
    for m in _LINE_RE.finditer(text):
        if m.start() == m.end():
            if m.start() >= size:
                break
            continue
        n += 1
        content_end = m.end()
        while content_end > m.start() and text[content_end - 1] in "\r\n\u2028\u2029\x85":
            content_end -= 1
        yield Line(n, m.start(), content_end, m.end())
        pos = m.end()
    if pos < size:  # pragma: no cover - the regex consumes everything
        n += 1
        yield Line(n, pos, size, size)


@dataclass
class Candidate:
    """A span a detector proposes; the cleaner resolves overlaps (higher ``priority`` wins) and
    turns the survivors into :class:`~deedsnlp.document.Finding` objects."""

    kind: str
    start: int
    end: int
    action: str
    reason: str
    replacement: str = ""
    suggestions: list = field(default_factory=list)
    priority: int = 0
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str = ""


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied (:func:`deedsnlp.text.edits.apply`)."""
    return _apply(text, edits)


def reconstruct(cleaned: str, edits: Sequence[tuple[int, int, str, str]]) -> str:
    """The original text from the cleaned text and its edits ``(start, end, original, replacement)``.

    ``start``/``end`` index the original; the edits must not overlap (:func:`deedsnlp.text.edits.reconstruct`).
    """
    return _reconstruct(cleaned, [TextEdit(s, e, o, r) for s, e, o, r in edits])


def context(text: str, start: int, end: int, width: int = 20, inner: int = 40) -> str:
    """``…left[[span]]right…`` on one line, long spans shortened in the middle."""
    span = text[start:end]
    if len(span) > inner:
        span = span[: inner // 2] + "…" + span[-inner // 4 :]
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    s = f"{left}[[{span}]]{right}"
    return s.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def text_without(view: str, a: int, b: int, cut: list[tuple[int, int]]) -> str:
    """``view[a:b]`` with the sorted spans ``cut`` taken out (what a line says once other detectors
    have cut their pieces from it)."""
    parts, pos = [], a
    for s, e in cut:
        if e <= a or s >= b:
            continue
        parts.append(view[pos : max(pos, s)])
        pos = max(pos, min(e, b))
    parts.append(view[pos:b])
    return "".join(parts)
