"""The one sentence splitter of the package.

A sentence ends after ``。！？；!?;`` (a run of them), with the closing quotes and brackets that
follow kept on it, and at a line break. ASCII ``.`` does not end a sentence (``3.5``,
``www.example.com``), nor does ``……``. Callers that need other ends (a template that keeps ``；``
inside its sentences, text that runs across line breaks) pass ``ends``/``newline``.

>>> split_sentences("他说：“好。”然后走了！第二段\\n第三段")
['他说：“好。”', '然后走了！', '第二段', '第三段']
>>> sentence_spans("甲。乙；丙")
[(0, 2), (2, 4), (4, 5)]
>>> split_sentences("甲；乙。\\n丙", ends="。！？", newline=False)
['甲；乙。', '丙']
"""

from __future__ import annotations

import re
from functools import lru_cache

#: characters that end a sentence
SENTENCE_ENDS = "。！？!?；;"
#: closing quotes and brackets that stay with the sentence they follow
CLOSERS = "”’\"'」』）)]】》"


@lru_cache(maxsize=16)
def sentence_pattern(ends: str = SENTENCE_ENDS, closers: str = CLOSERS, newline: bool = True) -> re.Pattern[str]:
    """The compiled splitter (one match per sentence) for callers that need ``finditer`` over a range."""
    e = re.escape(ends)
    c = f"[{re.escape(closers)}]*" if closers else ""
    body = f"[^{e}\\n]" if newline else f"[^{e}]"
    return re.compile(f"{body}+(?:[{e}]+{c})?|[{e}]+{c}")


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, *, ends: str = SENTENCE_ENDS,
    closers: str = CLOSERS, newline: bool = True,
) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the sentences of ``text[start:end]`` (offsets into ``text``).

    Line breaks are not part of any sentence when ``newline`` is true (the default).
    """
    pat = sentence_pattern(ends, closers, newline)
    stop = len(text) if end is None else end
    return [m.span() for m in pat.finditer(text, start, stop)]


def split_sentences(text: str, *, ends: str = SENTENCE_ENDS, closers: str = CLOSERS,
                    newline: bool = True, strip: bool = True) -> list[str]:
    """Sentences of ``text`` as strings (stripped, empty ones dropped, unless ``strip`` is false)."""
    out = []
    for s, e in sentence_spans(text, ends=ends, closers=closers, newline=newline):
        piece = text[s:e]
        if strip:
            piece = piece.strip()
            if not piece:
                continue
        out.append(piece)
    return out
