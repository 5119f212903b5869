"""Scraping residue, masks, template blanks and repeated paragraphs, as the cleaner finds them.

The checker reads the cleaner's findings off the document (``stage="clean"``): a document that
came through the cleaning stage (``deedsnlp run`` with clean and check, ``check(clean(doc))``)
has them already; any other document goes through the cleaning stage once
(:class:`deedsnlp.pipeline.CleanStage`, the same path) and its findings are read from the cleaned
document. This module turns them into checker findings on the checked document (placed through
the input span every cleaner finding keeps) and works out which input lines are residue (so
that sections, numbers and policy terms are not judged on them).

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

import threading
from dataclasses import dataclass, field
from typing import Iterable

from ..document import Document, Finding
from ..text.lines import LINE_BREAK_RE as _BREAK
from ..text.lines import LineIndex
from .blanks import same_blanks
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


_STAGES: dict = {}
_STAGES_LOCK = threading.Lock()


def clean_stage(suggest: bool = False):
    """The cleaning stage the checker runs on a document that was not cleaned (one per setting).

    Without ``suggest`` the cleaner skips its mask model: masks are flagged without restoration
    suggestions, in a fraction of the time."""
    if suggest not in _STAGES:
        with _STAGES_LOCK:
            if suggest not in _STAGES:
                from ..clean import Cleaner
                from ..pipeline.stages import CleanStage

                _STAGES[suggest] = CleanStage(Cleaner() if suggest else Cleaner(suggestions=0))
    return _STAGES[suggest]


def cleaner_findings(doc: Document, suggest: bool = False) -> list[Finding]:
    """The cleaner's findings for ``doc``: those on it when it was cleaned, else those of the
    cleaning stage run once on it (the findings then live on the cleaned copy; ``doc`` is not changed)."""
    source = doc if doc.cleaned else clean_stage(suggest)(doc)
    return [f for f in source.findings if f.stage == "clean"]


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


def _nonspace(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def residue_findings(doc: Document, cleaner_findings: Iterable[Finding]) -> ResidueResult:
    """Checker findings on ``doc`` from the cleaner's findings (of ``doc`` or of its cleaned copy).

    Every cleaner finding keeps the span of the input as read (``data["raw_start"]``/``raw_end``)
    and its input line, so it is placed the same way on the input and on a cleaned document
    (where removed junk is an empty span at the place it was). A line counts as residue when
    the residue covers 80 % of the characters it had in the input."""
    raw = doc.raw_text or doc.text
    cleaner_findings = same_blanks(cleaner_findings, raw)  # one ××镇, one kind (:mod:`.blanks`)
    out = ResidueResult()
    covered: dict[int, int] = {}
    removed: dict[int, int] = {}  # characters the document's own edits took off each input line
    for f in cleaner_findings:
        kind = CLEANER_KINDS.get(f.kind)
        if kind is None:
            continue
        data0 = f.data or {}
        if "raw_start" in data0:
            rs, re_ = doc.from_input(data0["raw_start"]), doc.from_input(data0["raw_end"])
        else:  # a finding of Cleaner.clean_text over this document's raw text
            rs, re_ = f.start, f.end
        rs, re_ = max(0, min(rs, len(raw))), max(0, min(re_, len(raw)))
        start = doc.to_text(rs)
        end = max(start, doc.to_text(re_)) if re_ > rs else start
        text = f.text or raw[rs:re_]
        line = f.line if f.line is not None else doc.raw_line_of(rs)
        if f.kind in _IN_CONTEXT:
            text = _in_context(raw, rs, re_)
        data: dict = {"cleaner_kind": f.kind}
        suggestions = data0.get("suggestions") or []
        if suggestions:
            data["suggestions"] = [s.get("text", s) if isinstance(s, dict) else s for s in suggestions[:3]]
        label = _LABELS.get(f.kind, f.kind)
        message = f.reason or label
        if f.reason and label.split()[-1].lower() not in f.reason.lower() and f.kind in CLEANER_KINDS:
            if f.kind not in ("mask", "placeholder", "duplicate_paragraph"):
                message = f"{label}: {f.reason}"
        if f.kind == "mask" and data.get("suggestions"):
            message += f"; probably {data['suggestions'][0]!s}"
        out.findings.append(make_finding(kind, message, _short(text), line, start=start, end=end, data=data))
        if kind in _SKIPPED_KINDS:
            for k, piece in enumerate(_BREAK.split(f.text or raw[rs:re_])):
                n = line + k
                covered[n] = covered.get(n, 0) + _nonspace(piece)
                if doc.cleaned and f.action != "flagged":
                    removed[n] = removed.get(n, 0) + _nonspace(piece)
    if covered:
        # the characters each input line had: what the document still holds on it, plus what
        # its own edits removed (a cleaned document)
        index = LineIndex(raw)
        own: dict[int, int] = {}
        for r in range(1, len(index) + 1):
            ls, le = index.span(r)
            n = doc.raw_line_of(ls)
            if n in covered:
                own[n] = own.get(n, 0) + _nonspace(raw[ls:le])
        for n, count in covered.items():
            total = own.get(n, 0) + removed.get(n, 0)
            if total and count >= 0.8 * total:
                out.skip_lines.add(n)
    return out


def find_residue(doc: Document, suggest: bool = False) -> ResidueResult:
    """The residue of ``doc`` from the cleaner's findings (:func:`cleaner_findings`).

    ``suggest``: when the cleaner must run, ask its mask model for restorations of censor masks (slower).
    """
    return residue_findings(doc, cleaner_findings(doc, suggest))
