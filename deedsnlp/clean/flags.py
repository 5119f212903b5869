"""What is flagged and kept: censor masks (``加**部``) and template blanks (``新xx小学``, ``20xx年``).

A mask is a run of ``*`` ``＊`` ``×`` ``□`` standing for as many censored characters; it needs
a Chinese neighbour and no Latin letter beside it (``3×4``, ``**bold**`` and a ``□`` bullet
opening a line are not masks). Placeholders come from the
``placeholder`` regexes of the junk vocabulary.
"""

from __future__ import annotations

from .patterns import CJK_RE, junk_patterns
from .spans import Candidate

#: longest run taken for a mask (longer runs are rules and decorations)
MAX_MASK = 12
_CJK_PUNCT = "，。、；：！？“”‘’（）《》【】—…"


def find_masks(text: str) -> list[Candidate]:
    p = junk_patterns()
    out = []
    if not any(ch in text for ch in p.mask_chars):
        return out
    for m in p.mask.finditer(text):
        s, e = m.span()
        run = m.group()
        if len(run) > MAX_MASK:
            continue
        prev = text[s - 1] if s > 0 else "\n"
        nxt = text[e] if e < len(text) else "\n"
        if "×" in run and (prev.isdigit() or nxt.isdigit() or prev.isascii() and prev.isalnum()):
            continue
        if not (CJK_RE.match(prev) or CJK_RE.match(nxt)):
            continue
        if prev.isascii() and prev.isalpha() or nxt.isascii() and nxt.isalpha():
            continue
        if len(run) == 1 and run in "□" and prev in "\n\r":
            continue  # a bullet or check box opening a line
        n = len(run)
        out.append(Candidate(
            "mask", s, e, "flagged",
            f"{n} censored character{'s' if n > 1 else ''} masked by {run[0]!r}",
            priority=2, data={"length": n},
        ))
    return out


def find_placeholders(text: str) -> list[Candidate]:
    p = junk_patterns()
    out = []
    last = -1
    for m in p.placeholder.finditer(text):
        if m.start() < last or m.end() == m.start():
            continue
        last = m.end()
        out.append(Candidate("placeholder", m.start(), m.end(), "flagged",
                             f"template blank {m.group()!r} left unfilled", priority=2))
    return out

