"""Offset → 1-based line number over a text, for every kind of line break.

>>> index = LineIndex("第一行\\r\\n第二行\\n\\n第四行")
>>> [index.line(o) for o in (0, 3, 5, 9, 10)]
[1, 1, 2, 3, 4]
>>> index.span(2)
(5, 8)
>>> len(index)
4
"""

from __future__ import annotations

import bisect
import re

#: one line break: ``\\r\\n``, ``\\r``, ``\\n``, U+2028, U+2029, U+0085 (as :func:`deedsnlp.normalize.split_lines`)
LINE_BREAK_RE = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")


class LineIndex:
    """1-based line of an offset into ``text``; built once in O(n), each lookup is a bisection."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str):
        self.text = text
        if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
            self.starts = [0] + [m.end() for m in LINE_BREAK_RE.finditer(text)]
        else:  # only \n: the fast path
            starts = [0]
            find = text.find
            k = find("\n")
            while k >= 0:
                starts.append(k + 1)
                k = find("\n", k + 1)
            self.starts = starts

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, offset: int) -> int:
        """The 1-based line that holds ``offset`` (an offset on a terminator belongs to its line)."""
        return bisect.bisect_right(self.starts, max(0, offset))

    def span(self, number: int) -> tuple[int, int]:
        """``[start, end)`` of line ``number``'s content (no terminator)."""
        start = self.starts[number - 1]
        end = self.starts[number] if number < len(self.starts) else len(self.text)
        m = LINE_BREAK_RE.search(self.text, start, end)
        return start, (m.start() if m else end)

    def start(self, number: int) -> int:
        """Offset where line ``number`` begins."""
        return self.starts[min(max(number, 1), len(self.starts)) - 1]
