"""Which sections a labelled draft has, which it lacks and which are weak.

The classifier has put a label on every passage (with the outline as context). A section is
*present* when at least ``profile.min_passages`` body passages (not bare headings, not scraping
residue) carry its label with a score of at least ``profile.min_score``. It is *weak* when it has a
single passage shorter than ``profile.weak_min_chars`` characters, or when none of its passages
gives a concrete number, date or example. Its *headings* are the outline headings labelled with it
(the top-most of a run: ``（二）、制度建设,规范管理`` rather than each of its ``1、`` items).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Collection

from ..document import Document
from .numbers import find_counts
from .profiles import SECTION_LABELS, Profile
from .report import SectionStatus
from .rules import CheckRules, check_rules

_DIGIT = re.compile(r"\d")


def heading_labels(doc: Document) -> list[str | None]:
    """The section of each outline heading: the one the classifier gave it (``heading.label``,
    set by the same :func:`~deedsnlp.classify.classify_document` call that labelled the passages,
    so ``check`` and ``classify`` never disagree). For a document labelled some other way: its
    own passage's label, or (when that is ``other``) the most common label of the body passages
    right under it."""
    if any(h.label is not None for h in doc.outline):
        return [h.label for h in doc.outline]
    own: dict[int, str | None] = {}
    body: dict[int, Counter] = {}
    for p in doc.passages:
        if p.heading is None:
            continue
        h = doc.outline[p.heading]
        if p.line == h.line and p.heading not in own:
            own[p.heading] = p.label
        if not p.is_heading and p.label:
            body.setdefault(p.heading, Counter())[p.label] += 1
    out: list[str | None] = []
    for i in range(len(doc.outline)):
        label = own.get(i)
        if (label is None or label == "other") and body.get(i):
            label = body[i].most_common(1)[0][0]
        out.append(label)
    return out


def has_concrete_detail(text: str, rules: CheckRules | None = None) -> bool:
    """A number (digits, or a Chinese count of two or more), a date or an example marker."""
    rules = rules or check_rules()
    if _DIGIT.search(text):
        return True
    if any(w in text for w in rules.sections.example_markers):
        return True
    return any(c.value >= 2 and not c.per for c in find_counts(text, rules))


def section_statuses(
    doc: Document, profile: Profile, *, skip_lines: Collection[int] = (), rules: CheckRules | None = None,
) -> tuple[list[SectionStatus], list[SectionStatus], list[SectionStatus]]:
    """``(present, missing, weak)`` sections of a labelled document under ``profile``.

    ``skip_lines`` are input lines that do not count (scraping residue). Present sections are in
    the order they first appear; missing ones required first.
    """
    rules = rules or check_rules()
    skip = set(skip_lines)
    found: dict[str, list[tuple[int, str]]] = {}
    for p, text in doc.iter_passages():
        if p.is_heading or not p.label or p.label == "other" or p.line in skip:
            continue
        if p.score is not None and p.score < profile.min_score:
            continue
        found.setdefault(p.label, []).append((p.line, text))

    labels_of = heading_labels(doc)
    # a heading carries its section: when no passage has the heading's label, the body passages
    # under the heading are that section's passages (the reviewer sees the section under its title)
    under: dict[int, list[tuple[int, str]]] = {}
    for p, text in doc.iter_passages():
        if p.heading is None or p.is_heading or p.line in skip:
            continue
        k = p.heading
        while k is not None:
            under.setdefault(k, []).append((p.line, text))
            k = doc.outline[k].parent
    for i, label in enumerate(labels_of):
        if label and label != "other" and label not in found and under.get(i) and doc.outline[i].line not in skip:
            found[label] = list(under[i])
    headings: dict[str, list[str]] = {}
    first_heading: dict[str, int] = {}
    for i, h in enumerate(doc.outline):
        label = labels_of[i]
        if not label or label == "other" or h.line in skip:
            continue
        if h.parent is not None and labels_of[h.parent] == label:
            continue
        headings.setdefault(label, []).append(f"{h.marker}{h.title}")
        first_heading.setdefault(label, i)

    present: list[SectionStatus] = []
    weak: list[SectionStatus] = []
    for label, items in found.items():
        if label not in SECTION_LABELS or len(items) < profile.min_passages:
            continue
        chars = sum(len(t) for _, t in items)
        whole = under.get(first_heading[label], []) if label in first_heading else []
        status = SectionStatus(
            label=label, name=profile.section_name(label), level=profile.level(label), passages=len(items),
            chars=chars, headings=headings.get(label, []), line=min(line for line, _ in items),
            heading_passages=len(whole), heading_chars=sum(len(t) for _, t in whole),
        )
        # (a section is as long as it is under its heading: 三、取得成效 over four numbered paragraphs
        # the classifier gave different labels is no single short passage)
        if max(len(items), len(whole)) == 1 and status.section_chars < profile.weak_min_chars:
            status.weak_reasons.append(f"only one short passage ({chars} characters)")
        if not any(has_concrete_detail(t, rules) for _, t in items):
            status.weak_reasons.append("no concrete number, date or example")
        present.append(status)
        if status.weak_reasons:
            weak.append(status)
    present.sort(key=lambda s: (s.line or 0, SECTION_LABELS.index(s.label)))
    weak.sort(key=lambda s: (s.line or 0, SECTION_LABELS.index(s.label)))
    have = {s.label for s in present}
    missing = [
        SectionStatus(label=label, name=profile.section_name(label), level=profile.level(label))
        for label in (*profile.required, *profile.recommended) if label not in have
    ]
    return present, missing, weak
