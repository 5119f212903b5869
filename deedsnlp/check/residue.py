"""Scraping residue, masks, template blanks and repeated paragraphs, as the cleaner finds them.

:func:`deedsnlp.clean.clean` reports what it would remove or flag, with offsets into the raw
text; this module turns those findings into checker findings and works out which input lines are
residue (so that sections, numbers and policy terms are not judged on them).

==========================================  =======================  ========
cleaner kind                                checker kind             severity
==========================================  =======================  ========
``watermark`` ``link_tail`` ``spam`` ``html``  ``scrape_residue``    error
``furniture`` ``brand`` ``pinyin``             ``scrape_residue``    error
``mask``                                    ``mask``                 error
``placeholder``                             ``placeholder``          warning
``duplicate_paragraph``                     ``duplicate_paragraph``  warning
==========================================  =======================  ========
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..document import Document, Finding
from ..text.lines import LINE_BREAK_RE as _BREAK
from ..text.lines import LineIndex
from .report import make_finding

#: cleaner finding kind → checker finding kind
CLEANER_KINDS: dict[str, str] = {
    "watermark": "scrape_residue",
    "link_tail": "scrape_residue",
    "spam": "scrape_residue",
    "html": "scrape_residue",
    "furniture": "scrape_residue",
    "brand": "scrape_residue",
    "pinyin": "scrape_residue",
    "mask": "mask",
    "placeholder": "placeholder",
    "duplicate_paragraph": "duplicate_paragraph",
}
#: checker kinds whose lines no longer count as the draft's own text when they fill the line
_SKIPPED_KINDS = ("scrape_residue", "duplicate_paragraph")
_LABELS = {
    "watermark": "watermark",
    "link_tail": "related-articles tail",
    "spam": "spam",
    "html": "HTML remnant",
    "furniture": "page furniture",
    "brand": "gambling brand",
    "pinyin": "pinyin gloss",
    "mask": "censor mask",
    "placeholder": "template blank",
    "duplicate_paragraph": "repeated paragraph",
}
#: kinds whose finding text is shown with a little context (the span alone is ``**`` or ``xx``)
_IN_CONTEXT = ("mask", "placeholder")
_CONTEXT = 4


@dataclass
class ResidueResult:
    """Checker findings from the cleaner, the input lines that are residue, and whether the
    cleaner could run at all (``available``)."""

    findings: list[Finding] = field(default_factory=list)
    skip_lines: set[int] = field(default_factory=set)
    available: bool = True


_FAST_CLEANER = None


def _cleaner(suggest: bool = False):
    """A function ``doc -> (doc, findings)`` of :mod:`deedsnlp.clean`, imported on first use.
    Without ``suggest`` the cleaner skips its mask model: the masks are flagged without
    restoration suggestions, in a fraction of the time."""
    global _FAST_CLEANER
    from ..clean import Cleaner, clean

    if suggest:
        return clean
    if _FAST_CLEANER is None:
        _FAST_CLEANER = Cleaner(suggestions=0)
    fast = _FAST_CLEANER
    return lambda doc: clean(doc, cleaner=fast)


def _in_context(source: str, start: int, end: int) -> str:
    """The span with a few characters either side, within its line."""
    left = source[max(0, start - _CONTEXT) : start]
    right = source[end : end + _CONTEXT]
    left = _BREAK.split(left)[-1]
    right = _BREAK.split(right)[0]
    return left + source[start:end] + right


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def residue_findings(doc: Document, cleaner_findings: Iterable[Finding]) -> ResidueResult:
    """Checker findings from the cleaner's findings on ``doc`` (offsets into ``doc.raw_text``)."""
    raw = doc.raw_text or doc.text
    index = LineIndex(raw)
    out = ResidueResult()
    covered: dict[int, int] = {}
    for f in cleaner_findings:
        kind = CLEANER_KINDS.get(f.kind)
        if kind is None:
            continue
        basis_raw = getattr(f, "basis", "raw") != "text"
        source = raw if basis_raw else doc.text
        start, end = max(0, f.start), min(len(source), f.end)
        text = f.text or source[start:end]
        # the line from the offset, not f.line: the cleaner numbers lines of its own view of the
        # text, where an inline <p> already counts as a line break
        line = index.line(start) if basis_raw else (_text_line(doc, start) or f.line)
        if f.kind in _IN_CONTEXT:
            text = _in_context(source, start, end)
        data: dict = {"cleaner_kind": f.kind}
        suggestions = (f.data or {}).get("suggestions") or []
        if suggestions:
            data["suggestions"] = [s.get("text", s) if isinstance(s, dict) else s for s in suggestions[:3]]
        label = _LABELS.get(f.kind, f.kind)
        message = f.reason or label
        if f.reason and label.split()[-1].lower() not in f.reason.lower() and f.kind in CLEANER_KINDS:
            if f.kind not in ("mask", "placeholder", "duplicate_paragraph"):
                message = f"{label}: {f.reason}"
        if f.kind == "mask" and data.get("suggestions"):
            message += f"; probably {data['suggestions'][0]!s}"
        out.findings.append(make_finding(kind, message, _short(text), line, start=start, end=end,
                                         basis="raw" if basis_raw else "text", data=data))
        if kind in _SKIPPED_KINDS and basis_raw:
            first, last = index.line(start), index.line(max(start, end - 1))
            for n in range(first, last + 1):
                ls, le = index.span(n)
                covered[n] = covered.get(n, 0) + _overlap_chars(raw, ls, le, start, end)
    for n, count in covered.items():
        ls, le = index.span(n)
        own = sum(1 for ch in raw[ls:le] if not ch.isspace())
        if own and count >= 0.8 * own:
            out.skip_lines.add(n)
    return out


def _overlap_chars(raw: str, ls: int, le: int, start: int, end: int) -> int:
    s, e = max(ls, start), min(le, end)
    return sum(1 for ch in raw[s:e] if not ch.isspace()) if e > s else 0


def _text_line(doc: Document, offset: int) -> int | None:
    return doc.line_of(offset) if doc.passages else None


def find_residue(doc: Document, suggest: bool = False) -> ResidueResult:
    """Run the cleaner on ``doc`` and convert what it finds.

    ``suggest``: ask the cleaner's mask model for restorations of censor masks (slower).
    """
    _, findings = _cleaner(suggest)(doc)
    return residue_findings(doc, findings)
