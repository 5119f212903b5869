"""Outline parser: numbered headings of a deeds report and their levels.

Recognized numbering styles, from the top of a document down::

    第一部分 / 第一章      part
    一、 一. 一．          cn
    （一） (一) (一)、     paren_cn
    1、 1. 1．            arabic
    （1） (1)             paren_arabic
    ① ②                  circled

Levels are the ranks of the styles a document actually uses (a report numbered only with
（一） and 1、 has levels 1 and 2). A numbered line is a heading when the text after the marker is a
short title, or when its lead sentence is short and the paragraph goes on (a *lead-in*:
``1、三会一课制度。为了加强……`` gives the heading ``三会一课制度`` and stays a body passage).
Body text that merely starts with a number (``5.12汶川……``, ``2019年……``, ``三会一课……``) is
not a heading. Numbering gaps (``一、`` then ``三、``) are reported as findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .document import Finding, Heading

CN_DIGITS = "零〇一二三四五六七八九十百两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# (style, rank, pattern); the first group is the number
_STYLES: list[tuple[str, int, re.Pattern[str]]] = [
    ("part", 0, re.compile(r"第([零〇一二三四五六七八九十百两\d]{1,4})(?:部分|章|篇)[、，,.．:：\s]*")),
    ("cn", 1, re.compile(r"([一二三四五六七八九十]{1,3})\s?(?:、|[．.](?![\d.．]))\s*")),
    ("paren_cn", 2, re.compile(r"[（(]\s?([一二三四五六七八九十]{1,3})\s?[)）]\s?[、．.，,]?\s*")),
    ("arabic", 3, re.compile(r"(\d{1,2})\s?(?:、|[．.](?![\d.．%]))\s*")),
    ("paren_arabic", 4, re.compile(r"[（(]\s?(\d{1,2})\s?[)）]\s?[、．.]?\s*")),
    ("circled", 5, re.compile(r"([①-⑳])\s?[、．.]?\s*")),
]
STYLE_RANK = {name: rank for name, rank, _ in _STYLES}

_SENTENCE_END = re.compile(r"[。！？；;!?：:]")
_TRAILING = "。．.;；:：!！?？,，、 "


@dataclass(frozen=True)
class OutlineConfig:
    """Thresholds of the heading test (in characters)."""

    max_title: int = 45
    max_lead: int = 32
    min_title: int = 2


@lru_cache(maxsize=512)
def numeral_value(token: str) -> int:
    """Value of an Arabic, Chinese or circled numeral (``'十二'`` → 12); 0 when unknown."""
    if token.isdigit() and token.isascii():
        return int(token)
    if len(token) == 1 and token in _CIRCLED:
        return _CIRCLED.index(token) + 1
    try:
        import cn2an

        return int(cn2an.cn2an(token, "smart"))
    except Exception:  # noqa: BLE001 - anything cn2an rejects is not a number for us
        return 0


def match_marker(line: str):
    """Return ``(style, marker, number, rest)`` when ``line`` starts with a numbering marker."""
    if not line:
        return None
    first = line[0]
    for style, _rank, pattern in _STYLES:
        # cheap first-character screen before the regex
        if style == "part" and first != "第":
            continue
        if style in ("cn",) and first not in CN_DIGITS:
            continue
        if style in ("paren_cn", "paren_arabic") and first not in "（(":
            continue
        if style == "arabic" and not first.isdigit():
            continue
        if style == "circled" and first not in _CIRCLED:
            continue
        m = pattern.match(line)
        if not m:
            continue
        number = numeral_value(m.group(1))
        if number <= 0:
            continue
        return style, m.group(0).strip(), number, line[m.end() :]
    return None


def _title_of(rest: str, cfg: OutlineConfig) -> tuple[str, bool] | None:
    """Decide whether the text after a marker is a heading; return ``(title, lead_in)``."""
    rest = rest.strip()
    if len(rest) < cfg.min_title:
        return None
    m = _SENTENCE_END.search(rest)
    if m is None or not rest[m.end() :].strip(_TRAILING):
        title = rest.rstrip(_TRAILING)
        if cfg.min_title <= len(title) <= cfg.max_title:
            return title, False
        return None
    lead = rest[: m.start()].rstrip(_TRAILING)
    if cfg.min_title <= len(lead) <= cfg.max_lead:
        return lead, True
    return None


def parse_outline(
    lines: Sequence[str],
    line_numbers: Sequence[int] | None = None,
    offsets: Sequence[int] | None = None,
    *,
    hints: dict[int, int] | None = None,
    config: OutlineConfig | None = None,
) -> tuple[list[Heading], dict[int, int], list[Finding]]:
    """Find the headings among normalized paragraph ``lines``.

    ``line_numbers`` are the input line numbers of the paragraphs (default: 1, 2, ...),
    ``offsets`` their start offsets in the normalized text, ``hints`` maps a paragraph index to a
    heading level known from the file format (a Word heading style without a number).
    Returns the headings in document order, a map paragraph index → heading index, and findings
    for numbering gaps.
    """
    cfg = config or OutlineConfig()
    hints = hints or {}
    if line_numbers is None:
        line_numbers = range(1, len(lines) + 1)
    if offsets is None:
        pos, offs = 0, []
        for ln in lines:
            offs.append(pos)
            pos += len(ln) + 1
        offsets = offs

    # pass 1: candidates
    cands: list[tuple[int, str, float, str, int, str, bool, int]] = []
    for i, line in enumerate(lines):
        got = match_marker(line)
        if got is not None:
            style, marker, number, rest = got
            titled = _title_of(rest, cfg)
            if titled is not None:
                title, lead_in = titled
                tstart = offsets[i] + line.index(title, len(line) - len(rest))
                cands.append((i, style, float(STYLE_RANK[style]), marker, number, title, lead_in, tstart))
                continue
        if i in hints:
            title = line.strip().rstrip(_TRAILING)
            if cfg.min_title <= len(title) <= cfg.max_title:
                level = hints[i]
                cands.append((i, f"style{level}", level - 0.5, "", 0, title, False, offsets[i]))

    # pass 2: levels from the ranks in use, parents from a stack, numbering continuity
    ranks = sorted({c[2] for c in cands})
    level_of = {r: k + 1 for k, r in enumerate(ranks)}
    headings: list[Heading] = []
    by_line: dict[int, int] = {}
    findings: list[Finding] = []
    stack: list[int] = []
    last_number: dict[tuple[int | None, str], int] = {}
    for i, style, rank, marker, number, title, lead_in, tstart in cands:
        level = level_of[rank]
        while stack and headings[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        h = Heading(
            level=level, marker=marker, title=title, line=line_numbers[i], number=number,
            style=style, start=tstart, end=tstart + len(title), parent=parent, lead_in=lead_in,
        )
        if number:
            key = (parent, style)
            expected = last_number.get(key, 0) + 1
            if number != expected:
                findings.append(
                    Finding(
                        kind="outline_gap", start=h.start, end=h.end, text=f"{marker}{title}",
                        reason=f"numbering jumps: expected number {expected}, found {number} ({marker})",
                        severity="warning", stage="outline", line=h.line,
                        data={"expected": expected, "found": number, "style": style},
                    )
                )
            last_number[key] = number
        by_line[i] = len(headings)
        headings.append(h)
        stack.append(len(headings) - 1)
    return headings, by_line, findings
