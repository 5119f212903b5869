"""Scoring the section classifier and the outline on annotated real pages.

The annotation schema is that of ``../shared/realpages/README.md``: per page, ``headings`` (the
level-1/2 headings, verbatim; run-in headings up to the first 。) and ``paragraphs`` (``line``
0-based, ``text`` = the first <= 20 characters of the body paragraph, ``label`` and ``alt``).
A paragraph is mapped to the passage holding its text prefix on its line (run-on lines carry
several paragraphs). A heading is *found* when an outline heading has the same title (marker and
whitespace aside, trailing punctuation stripped).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

_SPACE = re.compile(r"\s+")
_TRAIL = "。．.;；:：!！?？,，、 "
_MARKER = re.compile(
    r"^(?:第[零〇一二三四五六七八九十百两\d]{1,4}(?:部分|章|篇)|[一二三四五六七八九十]{1,3}\s?[、.．]|"
    r"[（(]\s?[一二三四五六七八九十\d]{1,3}\s?[)）][、.．]?|\d{1,2}\s?[、.．]|[①-⑳][、.．]?)")


def _norm(text: str) -> str:
    from deedsnlp.normalize import normalize_line

    return _SPACE.sub("", normalize_line(text)).strip(_TRAIL)


def _strip_marker(text: str) -> str:
    return _MARKER.sub("", text, count=1).strip(_TRAIL)


@dataclass
class PageScore:
    stem: str
    strict: int = 0
    alt: int = 0
    n: int = 0
    unmapped: int = 0
    heads_found: int = 0
    heads_gold: int = 0
    heads_pred: int = 0
    errors: list[str] = field(default_factory=list)


def _passage_at(doc, line0: int, prefix: str):
    """The passage of ``doc`` holding ``prefix`` on input line ``line0`` (0-based)."""
    from deedsnlp.normalize import normalize_line

    target = normalize_line(prefix)
    line = line0 + 1
    on_line = [p for p in doc.passages if p.line <= line <= p.line_end]
    for p in on_line:
        if target in doc.text[p.start : p.end]:
            return p
    # the prefix may run across a passage boundary (a split inside the 20 characters)
    for p in on_line:
        if doc.text[p.start : p.end] and target.startswith(doc.text[p.start : p.end][-10:]) is False:
            continue
    short = target[:8]
    for p in on_line:
        if short and short in doc.text[p.start : p.end]:
            return p
    return on_line[0] if on_line else None


def score_pages(pages_dir: Path, annotations: dict, model=None, *, verbose: bool = False) -> tuple[PageScore, list[PageScore]]:
    """Score ``model`` (default: the shipped one) and the outline on every annotated page."""
    from deedsnlp.classify import classify_documents
    from deedsnlp.loader import build_document

    stems = [s for s in sorted(annotations) if (pages_dir / f"{s}.txt").exists()]
    docs = [build_document((pages_dir / f"{s}.txt").read_text(encoding="utf-8"), s) for s in stems]
    docs = list(classify_documents(docs, model))
    total = PageScore("all")
    per_page = []
    for stem, doc in zip(stems, docs):
        ann = annotations[stem]
        ps = PageScore(stem)
        for para in ann.get("paragraphs", []):
            p = _passage_at(doc, para["line"], para["text"])
            ps.n += 1
            if p is None:
                ps.unmapped += 1
                ps.errors.append(f"  unmapped line {para['line']}: {para['text']}")
                continue
            ok = p.label == para["label"]
            ps.strict += ok
            ps.alt += ok or p.label in (para.get("alt") or [])
            if not ok:
                mark = "~" if p.label in (para.get("alt") or []) else "x"
                ps.errors.append(f"  {mark} line {para['line']} gold {para['label']}"
                                 f"{'/' + '/'.join(para['alt']) if para.get('alt') else ''} pred {p.label}"
                                 f" ({p.score:.2f}): {para['text']}")
        pred = [(_norm(h.marker + h.title), _norm(h.title)) for h in doc.outline]
        ps.heads_pred = len(pred)
        for gold in ann.get("headings", []):
            g_full, g_title = _norm(gold), _norm(_strip_marker(_norm(gold)))
            ps.heads_gold += 1
            hit = any(g_full == full or g_title == title or g_full == title for full, title in pred)
            ps.heads_found += hit
            if not hit:
                ps.errors.append(f"  heading missed: {gold}")
        for k in ("strict", "alt", "n", "unmapped", "heads_found", "heads_gold", "heads_pred"):
            setattr(total, k, getattr(total, k) + getattr(ps, k))
        per_page.append(ps)
        if verbose and ps.errors:
            print(f"{stem}: {ps.strict}/{ps.n} strict, headings {ps.heads_found}/{ps.heads_gold} "
                  f"(outline has {ps.heads_pred})")
            print("\n".join(ps.errors))
    return total, per_page


def load_annotations(folder: Path) -> tuple[Path, dict]:
    """``(pages folder, annotations)`` of a realpages-style folder."""
    ann = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    pages = folder / "pages" if (folder / "pages").is_dir() else folder
    return pages, ann


def label_confusions(per_page: list[PageScore]) -> Counter:
    c: Counter = Counter()
    for ps in per_page:
        for e in ps.errors:
            m = re.search(r"gold (\w+)\S* pred (\w+)", e)
            if m and e.lstrip().startswith("x"):
                c[(m.group(1), m.group(2))] += 1
    return c
