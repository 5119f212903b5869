"""Edits that made a text out of another one, and the map between the two texts' offsets and lines.

A cleaned document keeps the edits that made its raw text out of the raw text as read
(:attr:`deedsnlp.document.Document.edits`): each :class:`TextEdit` replaces ``text`` at
``[start, end)`` of the *source* (the input) by ``replacement``. :class:`EditMap` maps offsets
both ways and gives the input line of any line of the edited text, so that a cleaned document
still numbers its lines as the input did.

>>> source = "正文一。\\n本文来源：某某网\\n正文二<br>正文三"
>>> edits = [TextEdit(5, 14, "本文来源：某某网\\n", ""), TextEdit(17, 21, "<br>", "\\n")]
>>> target = apply(source, edits)
>>> target
'正文一。\\n正文二\\n正文三'
>>> m = EditMap(edits)
>>> m.to_source(target.index("二")) == source.index("二"), m.to_target(source.index("三")) == target.index("三")
(True, True)
>>> [m.source_line(n, target) for n in (1, 2, 3)]  # the <br> split line 3 of the input in two
[1, 3, 3]
>>> reconstruct(target, edits) == source
True
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Sequence

from .lines import LINE_BREAK_RE, LineIndex


@dataclass
class TextEdit:
    """``text`` at ``[start, end)`` of the source replaced by ``replacement`` (``""``: removed)."""

    start: int
    end: int
    text: str = ""
    replacement: str = ""


def _breaks(s: str) -> int:
    return len(LINE_BREAK_RE.findall(s)) if s else 0


def apply(source: str, edits: Iterable) -> str:
    """``source`` with the non-overlapping edits applied (anything with ``start``, ``end`` and
    ``replacement``); ``ValueError`` when two overlap."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:
            raise ValueError(f"overlapping edits at {e.start}")
        out.append(source[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(source[pos:])
    return "".join(out)


def reconstruct(target: str, edits: Iterable[TextEdit]) -> str:
    """The source text back from the edited text and its edits (``ValueError`` when the edited
    text does not hold an edit's replacement)."""
    out, pos = [], 0
    for e, t in EditMap(edits).target_spans():
        if target[t : t + len(e.replacement)] != e.replacement:
            raise ValueError(f"the edited text does not hold the replacement of the edit at {e.start}")
        out.append(target[pos:t])
        out.append(e.text)
        pos = t + len(e.replacement)
    out.append(target[pos:])
    return "".join(out)


class EditMap:
    """Offsets and lines between a source text and the text its edits made (the *target*).

    Edits are sorted and must not overlap. An offset inside removed text maps to where the
    removal happened; a target offset inside a replacement maps to the start of the replaced text.
    """

    def __init__(self, edits: Iterable[TextEdit]):
        self.edits: list[TextEdit] = sorted(edits, key=lambda e: (e.start, e.end))
        self._src_starts = [e.start for e in self.edits]
        self._tgt_starts: list[int] = []
        self._shift: list[int] = []  # target - source after each edit
        self._lines: list[int] = []  # source lines - target lines after each edit
        shift = lines = 0
        for e in self.edits:
            self._tgt_starts.append(e.start + shift)
            shift += len(e.replacement) - (e.end - e.start)
            lines += _breaks(e.text) - _breaks(e.replacement)
            self._shift.append(shift)
            self._lines.append(lines)

    def __len__(self) -> int:
        return len(self.edits)

    def target_spans(self) -> list[tuple[TextEdit, int]]:
        """Each edit with where its replacement starts in the target."""
        return list(zip(self.edits, self._tgt_starts))

    def to_source(self, offset: int) -> int:
        """Source offset of target ``offset`` (inside a replacement: the start of what it replaced)."""
        k = bisect.bisect_right(self._tgt_starts, offset) - 1
        if k < 0:
            return offset
        e = self.edits[k]
        t = self._tgt_starts[k]
        if offset < t + len(e.replacement):
            return e.start
        return offset - self._shift[k]

    def to_target(self, offset: int) -> int:
        """Target offset of source ``offset`` (inside removed or replaced text: where its replacement starts)."""
        k = bisect.bisect_right(self._src_starts, offset) - 1
        if k < 0:
            return offset
        e = self.edits[k]
        if offset < e.end:
            return self._tgt_starts[k]
        return offset + self._shift[k]

    def source_line(self, number: int, target: str | LineIndex) -> int:
        """The 1-based source line of target line ``number`` (``target``: the target text or its line index)."""
        index = target if isinstance(target, LineIndex) else LineIndex(target)
        return self.source_line_at(index.start(number), number)

    def source_line_at(self, offset: int, line: int) -> int:
        """The source line of target ``offset``, which is on target line ``line``."""
        # edits wholly before the offset (a removal right at it counts: the offset's text came after it)
        k = bisect.bisect_right(self._tgt_starts, offset) - 1
        while k >= 0 and self._tgt_starts[k] + len(self.edits[k].replacement) > offset:
            k -= 1
        return line + (self._lines[k] if k >= 0 else 0)


def compose(first: Sequence[TextEdit], second: Sequence[TextEdit], middle: str) -> list[TextEdit]:
    """The edits from the source of ``first`` to the target of ``second``.

    ``middle`` is the text ``first`` made (the source of ``second``). Edits that touch or
    overlap merge into one, whose ``text`` is the source text it covers.

    >>> src = "甲乙丙丁戊"
    >>> a = [TextEdit(1, 2, "乙", "")]             # 甲丙丁戊
    >>> b = [TextEdit(0, 2, "甲丙", "X"), TextEdit(3, 4, "戊", "")]
    >>> mid = apply(src, a); out = compose(a, b, mid)
    >>> [(e.start, e.end, e.text, e.replacement) for e in out]
    [(0, 3, '甲乙丙', 'X'), (4, 5, '戊', '')]
    >>> apply(src, out) == apply(mid, b)
    True
    """
    if not first:
        return list(second)
    fmap = EditMap(first)
    # every edit as an interval of the middle text: first's replacements, second's spans
    items = [(t, t + len(e.replacement), 0, e) for e, t in fmap.target_spans()]
    items += [(e.start, e.end, 1, e) for e in second]
    items.sort(key=lambda x: (x[0], x[1]))
    groups: list[list] = []
    for it in items:
        if groups:
            g = groups[-1]
            hi = max(x[1] for x in g)
            # overlap, or touch where one side is empty (a removal next to a replacement)
            if it[0] < hi or (it[0] == hi and (it[0] == it[1] or any(x[0] == x[1] for x in g) or it[2] != g[-1][2])):
                g.append(it)
                continue
        groups.append([it])
    out: list[TextEdit] = []
    for g in groups:
        lo, hi = min(x[0] for x in g), max(x[1] for x in g)
        firsts = sorted((x for x in g if x[2] == 0), key=lambda x: x[0])
        seconds = sorted((x[3] for x in g if x[2] == 1), key=lambda e: e.start)
        if not seconds:
            out.extend(x[3] for x in firsts)
            continue
        # the source text of [lo, hi): middle text, with first's replacements put back
        parts, pos = [], lo
        for t0, t1, _, e in firsts:
            parts.append(middle[pos:t0])
            parts.append(e.text)
            pos = t1
        parts.append(middle[pos:hi])
        s_start = firsts[0][3].start if firsts and firsts[0][0] == lo else fmap.to_source(lo)
        if firsts and firsts[-1][1] == hi:
            s_end = firsts[-1][3].end
        else:
            s_end = fmap.to_source(hi) if hi > lo else s_start
        replaced = apply(middle[lo:hi], [TextEdit(e.start - lo, e.end - lo, e.text, e.replacement) for e in seconds])
        out.append(TextEdit(s_start, s_end, "".join(parts), replaced))
    return out
