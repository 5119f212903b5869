"""Inline highlighting: text with marked spans as safe HTML.

Every piece of text is HTML-escaped; only the wrapping elements are ours. Overlapping spans are
clipped so that the markup stays well nested (the earlier span wins).

>>> str(highlight("ab<script>cd", [Span(2, 10, "mark", "sev-warning", "check me")]))
'ab<mark class="sev-warning" title="check me">&lt;script&gt;</mark>cd'
>>> str(highlight("a&b", []))
'a&amp;b'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from markupsafe import Markup, escape

ELEMENTS = ("mark", "del", "ins", "span")


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` wrapped in ``<element class=css title=title>``."""

    start: int
    end: int
    element: str = "mark"
    css: str = ""
    title: str = ""
    anchor: str = ""
    #: when set, the element is wrapped in a link to this in-page fragment (``#v3``)
    href: str = ""

    def __post_init__(self) -> None:
        if self.element not in ELEMENTS:
            raise ValueError(f"element must be one of {ELEMENTS}, got {self.element!r}")


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as escaped HTML with ``spans`` wrapped in their elements."""
    out: list[str] = []
    pos = 0
    n = len(text)
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start = max(span.start, pos, 0)
        end = min(span.end, n)
        if end <= start and not (span.start == span.end == start and span.element == "ins"):
            continue
        out.append(str(escape(text[pos:start])))
        attrs = ""
        if span.anchor:
            attrs += f' id="{escape(span.anchor)}"'
        if span.css:
            attrs += f' class="{escape(span.css)}"'
        if span.title:
            attrs += f' title="{escape(span.title)}"'
        element = f"<{span.element}{attrs}>{escape(text[start:end])}</{span.element}>"
        if span.href:
            if not span.href.startswith("#"):
                raise ValueError(f"only in-page links are made, got {span.href!r}")
            element = f'<a href="{escape(span.href)}">{element}</a>'
        out.append(element)
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def find_in_order(text: str, snippets: Iterable[str]) -> list[tuple[int, int] | None]:
    """Spans of ``snippets`` found one after the other in ``text`` (``None`` where one is missing).

    >>> find_in_order("现有党员23名，其中正式党员21名", ["23", "21", "9"])
    [(4, 6), (14, 16), None]
    """
    out: list[tuple[int, int] | None] = []
    pos = 0
    for snippet in snippets:
        k = text.find(snippet, pos) if snippet else -1
        if k < 0:
            out.append(None)
            continue
        out.append((k, k + len(snippet)))
        pos = k + len(snippet)
    return out


def line_offsets(text: str) -> list[int]:
    """Start offset of each 1-based line of ``text`` (index 0 unused)."""
    starts = [0, 0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def locate(text: str, snippet: str, line: int | None = None) -> tuple[int, int] | None:
    """Where ``snippet`` occurs in ``text``: on ``line`` (1-based) when given, else anywhere.

    Without a snippet the whole line is the span. ``None`` when nothing fits.
    """
    starts = line_offsets(text)
    if line is not None and 1 <= line < len(starts):
        lo = starts[line]
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        if snippet:
            k = text.find(snippet, lo, hi)
            if k >= 0:
                return k, k + len(snippet)
            k = text.find(snippet.strip(), lo, hi) if snippet.strip() else -1
            if k >= 0:
                return k, k + len(snippet.strip())
        if hi > lo:
            return lo, hi
    if snippet:
        k = text.find(snippet)
        if k >= 0:
            return k, k + len(snippet)
    return None
