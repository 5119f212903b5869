"""The map between a document's raw text and its normalized text.

Normalization (:mod:`deedsnlp.normalize`) works line by line: characters are translated or
dropped, runs of spaces collapse, lines are stripped, empty lines go and a line that opens with
closing punctuation is joined to the one before. :class:`OffsetMap` replays that per line, on
demand, so an offset in either text maps to the other and to its 1-based input line without
storing a table per character.

>>> from deedsnlp.loader import load_text
>>> doc = load_text("  第一段 ，\\n\\n第二段（注\\n）。完")
>>> doc.text
'第一段 ，\\n第二段（注）。完'
>>> m = OffsetMap(doc.raw_text, doc.text, doc.passages)
>>> [m.line_of(doc.text.index(c)) for c in "第，注）完"]
[1, 1, 3, 4, 4]
>>> m.to_raw(doc.text.index("）")), doc.raw_text.index("）")
(15, 15)
>>> m.to_text(doc.raw_text.index("完")) == doc.text.index("完")
True
"""

from __future__ import annotations

import bisect
from typing import Sequence

from .edits import EditMap
from .lines import LineIndex


def _own(value, default):
    return default if value is None else value


def normalize_line_map(line: str) -> tuple[str, list[int]]:
    """``normalize_line(line)`` and, for each of its characters, its index in ``line``.

    >>> normalize_line_map("  ａ\\u3000\\u3000b\\u200b ")
    ('a b', [2, 3, 5])
    """
    from ..normalize import _TABLE

    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(line):
        out = _TABLE.get(ord(ch), ch)
        if out is None:
            continue
        if out == " " and chars and chars[-1] == " ":
            continue
        chars.append(out)
        where.append(i)
    lo, hi = 0, len(chars)
    while lo < hi and chars[lo].isspace():
        lo += 1
    while hi > lo and chars[hi - 1].isspace():
        hi -= 1
    return "".join(chars[lo:hi]), where[lo:hi]


class OffsetMap:
    """Raw ↔ normalized offsets and input lines of one document (built from its passages)."""

    def __init__(self, raw: str, text: str, passages: Sequence, edits: Sequence = ()):
        self.raw = raw
        self.text = text
        self.passages = list(passages)
        self._starts = [p.start for p in self.passages]
        # lines of ``raw`` per passage: a cleaned document numbers its passages by input line and
        # keeps the lines of its own raw text in ``raw_line``/``raw_line_end``
        self._own = [(_own(getattr(p, "raw_line", None), p.line), _own(getattr(p, "raw_line_end", None), p.line_end))
                     for p in self.passages]
        self._first_lines = [a for a, _ in self._own]
        # where each passage's first input line starts in the text: a run-on line cut into
        # several passages (outline.split_runon_lines) shares the base of its first part
        self._bases = []
        for k, p in enumerate(self.passages):
            q = self._own[k - 1] if k else None
            same = q is not None and q[0] == q[1] == self._own[k][0] == self._own[k][1]
            self._bases.append(self._bases[-1] if same else p.start)
        self.raw_lines = LineIndex(raw) if raw else None
        # the edits that made ``raw`` out of the input (a cleaned document): lines are the input's
        self.edits = EditMap(edits) if edits else None
        self._text_lines: LineIndex | None = None
        self._line_cache: dict[int, tuple[str, list[int]]] = {}
        # without passages (or raw text) we can only number the lines of the normalized text
        self.exact = bool(self.passages) and self.raw_lines is not None

    # -- helpers ---------------------------------------------------------------------------
    def _line(self, number: int) -> tuple[str, list[int]]:
        got = self._line_cache.get(number)
        if got is None:
            s, e = self.raw_lines.span(number) if number <= len(self.raw_lines) else (len(self.raw), len(self.raw))
            got = normalize_line_map(self.raw[s:e])
            if len(self._line_cache) > 256:
                self._line_cache.clear()
            self._line_cache[number] = got
        return got

    def passage_index(self, offset: int) -> int | None:
        """Index of the passage holding text ``offset`` (its end counts; a separator goes to the one before)."""
        if not self.passages:
            return None
        k = bisect.bisect_right(self._starts, offset) - 1
        return max(k, 0)

    def _fallback_line(self, offset: int) -> int:
        if self._text_lines is None:
            self._text_lines = LineIndex(self.text)
        return self._text_lines.line(offset)

    # -- text → input line / raw ----------------------------------------------------------
    def line_of(self, offset: int) -> int:
        """1-based input line of normalized-text ``offset``."""
        if not self.passages:
            return self._fallback_line(offset)
        k = self.passage_index(offset)
        p = self.passages[k]
        first, last = self._own[k]
        if last <= first or self.raw_lines is None:
            return p.line
        pos = self._bases[k]
        for n in range(first, last + 1):
            pos += len(self._line(n)[0])
            if offset < pos:
                return self._input_line(n)
        return p.line_end

    def _input_line(self, n: int, raw_offset: int | None = None) -> int:
        """The input line of line ``n`` of ``raw`` (of ``raw_offset`` on it, when given)."""
        if self.edits is None or self.raw_lines is None:
            return n
        return self.edits.source_line_at(self.raw_lines.start(n) if raw_offset is None else raw_offset, n)

    def to_input(self, raw_offset: int) -> int:
        """Offset into the input as read of an offset into ``raw`` (the same without edits)."""
        return raw_offset if self.edits is None else self.edits.to_source(raw_offset)

    def from_input(self, input_offset: int) -> int:
        """Offset into ``raw`` of an offset into the input as read."""
        return input_offset if self.edits is None else self.edits.to_target(input_offset)

    def to_raw(self, offset: int) -> int:
        """Offset in the raw text of normalized-text ``offset`` (a passage end maps after its last character)."""
        if not self.exact:
            return min(max(offset, 0), len(self.raw))
        offset = min(max(offset, 0), len(self.text))
        k = self.passage_index(offset)
        p = self.passages[k]
        first, final = self._own[k]
        pos = self._bases[k]
        last = None
        for n in range(first, final + 1):
            norm, where = self._line(n)
            if not norm:
                continue
            base = self.raw_lines.start(n)
            if offset < pos + len(norm):
                return base + where[offset - pos]
            pos += len(norm)
            last = base + where[-1] + 1
        return last if last is not None else self.raw_lines.start(first)

    # -- raw → text -----------------------------------------------------------------------
    def to_text(self, raw_offset: int) -> int:
        """Offset in the normalized text of raw ``raw_offset`` (dropped characters map to the next kept one)."""
        if not self.exact:
            return min(max(raw_offset, 0), len(self.text))
        raw_offset = min(max(raw_offset, 0), len(self.raw))
        n = self.raw_lines.line(raw_offset)
        k = bisect.bisect_right(self._first_lines, n) - 1
        if k < 0:
            return 0
        p = self.passages[k]
        first, last = self._own[k]
        if n > last:  # a dropped (empty) line: the start of the next passage
            return self.passages[k + 1].start if k + 1 < len(self.passages) else len(self.text)
        pos = self._bases[k]
        for m in range(first, n):
            pos += len(self._line(m)[0])
        _, where = self._line(n)
        col = raw_offset - self.raw_lines.start(n)
        return min(pos + bisect.bisect_left(where, col), p.end)

    def raw_line_of(self, raw_offset: int) -> int:
        """1-based input line of raw ``raw_offset``."""
        if self.raw_lines is None:
            return self._fallback_line(raw_offset)
        return self._input_line(self.raw_lines.line(raw_offset), raw_offset)
