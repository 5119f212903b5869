"""Compose a draft: facts + log entries → a title, an opening and numbered sections.

>>> from deedsnlp.draft.facts import parse_facts
>>> from deedsnlp.draft.logs import parse_log_line
>>> facts = parse_facts({"org_name": "青禾小学党支部", "org_type": "school", "year": 2024,
...                      "members": {"total": 23, "full": 21, "probationary": 2}})
>>> rows = [parse_log_line("3月5日 召开支委会 研究发展党员工作 出席7人", 2024)]
>>> d = compose(facts, rows)
>>> d.blocks[0].text
'青禾小学党支部先进事迹材料'
>>> [b.marker for b in d.blocks if b.kind == "heading"][:2]
['一、', '（一）']
>>> [b.section for b in d.blocks if b.kind == "heading"][:2]
['institutions', 'institutions']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..readers import chinese_numeral
from .aggregate import Aggregates, aggregate, trace_facts
from .facts import Facts
from .logs import LogEntry, Vocabulary, default_vocabulary
from .sections import map_sections
from .templates import TemplateSet, default_templates
from .traced import Traced, TracedSentence

#: sections drafted, in document order; ``overview`` is the unnumbered opening
DEFAULT_SECTIONS = ("overview", "study", "institutions", "carriers", "cadre_building", "integrity",
                    "core_work", "achievements")
UNNUMBERED = ("overview",)
#: the sections (the closing aside) of a draft from at least ``RICH_MIN_ROWS`` log rows that come to
#: fewer characters than this are told again with how each activity was organised (3,000+ in all)
RICH_BELOW_CHARS = 3000
RICH_MIN_ROWS = 20
#: sections longer than this are told again with at most this many rows per activity type told
#: one by one (a draft of 6,000 characters at most, whatever the number of rows)
COMPACT_ABOVE_CHARS = 5200
COMPACT_ROWS = (6, 4, 2)


def outline_marker(level: int, n: int) -> str:
    """一、 / （一） / 1、 for heading levels 1, 2, 3."""
    if level == 1:
        return f"{chinese_numeral(n)}、"
    if level == 2:
        return f"（{chinese_numeral(n)}）"
    return f"{n}、"


@dataclass
class Block:
    """A line of the draft: the title, a numbered heading (``level`` 1–3) or a body paragraph."""

    kind: str  # "title" | "heading" | "paragraph"
    sentences: list[TracedSentence]
    section: str = ""
    level: int = 0
    marker: str = ""

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.sentences)

    @property
    def line(self) -> str:
        """The text with its outline marker."""
        return self.marker + self.text


@dataclass
class LeftOut:
    """A log entry not used in the draft, and why."""

    entry: LogEntry
    reason: str


@dataclass
class Draft:
    """A composed draft: blocks of traced sentences, plus what went into it."""

    blocks: list[Block]
    facts: Facts
    entries: list[LogEntry]
    seed: int = 0
    left_out: list[LeftOut] = field(default_factory=list)
    aggregates: Aggregates | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.kind == "title"), "")

    @property
    def sections(self) -> list[str]:
        """Labels of the sections the draft has, in order."""
        out: list[str] = []
        for b in self.blocks:
            if b.section and b.kind != "title" and b.section not in out:
                out.append(b.section)
        return out

    def text(self) -> str:
        """Plain text: one line per block, headings with their markers."""
        return "\n".join(b.line for b in self.blocks) + "\n"

    def to_document(self, doc_id: str = "draft"):
        """The draft as a :class:`~deedsnlp.document.Document` (outline parsed, passages cut)."""
        from ..loader import build_document

        return build_document(self.text(), doc_id, source=doc_id,
                              metadata={"org_type": self.facts.org_type, "year": self.facts.year, "draft": True})

    def values(self) -> list[Traced]:
        return [v for b in self.blocks for s in b.sentences for v in s.values]


def compose(
    facts: Facts,
    entries: Iterable[LogEntry] = (),
    *,
    seed: int = 0,
    templates: TemplateSet | str | Path | None = None,
    sections: Iterable[str] = DEFAULT_SECTIONS,
    vocabulary: Vocabulary | None = None,
    model=None,
    traced_facts: dict[str, Any] | None = None,
) -> Draft:
    """Draft a report from facts and log entries.

    Entries dated in another year than ``facts.year`` are left out (see :attr:`Draft.left_out`);
    the rest are mapped to sections (``model`` is the classifier fallback, loaded lazily), and
    aggregated; each section's template is rendered with a phrasing chosen by the seed and the
    unit's name. Sections with nothing to state are left out, and so is every sentence whose
    facts are missing. Every row the text does not state (its section is not drafted, or its
    sentence was dropped) is listed in :attr:`Draft.left_out` with the reason, and the closing
    totals count only the rows the text states. Meetings held less often than the regulations
    require are not counted as achievements; :attr:`Draft.warnings` says so (and names the
    year's central campaign when the logs never do).
    ``traced_facts`` replaces the traced view of ``facts`` that templates see (by default
    :func:`~deedsnlp.draft.aggregate.trace_facts` of ``facts``).
    """
    from .aggregate import Totals
    from .themes import find_campaign, find_spirit, meeting_shortfalls

    vocab = vocabulary or default_vocabulary()
    tset = templates if isinstance(templates, TemplateSet) else default_templates(
        None if templates is None else str(templates))
    sections = tuple(sections)
    used: list[LogEntry] = []
    left_out: list[LeftOut] = []
    for e in entries:
        if e.date is not None and e.date.year != facts.year:
            left_out.append(LeftOut(e, f"日期{e.date.isoformat()}不在报告年度{facts.year}年内"))
        else:
            used.append(e)
    map_sections(used, vocabulary=vocab, model=model)
    _borrow(used, sections)
    aggs = aggregate(used, vocabulary=vocab)
    kind = facts.unit_kind
    words = tset.kinds()
    kind_words = {**words.get("generic", {}), **words.get(kind, {})}
    traced = trace_facts(facts) if traced_facts is None else traced_facts
    shortfalls = meeting_shortfalls(aggs, facts)
    campaign = find_campaign(used, facts.year)
    spirit = find_spirit(used, facts.year)
    warnings = [s.message() for s in shortfalls if s.warn]
    if campaign is None:
        from ..check.regulations import campaigns_of

        terms = campaigns_of(facts.year)
        if terms:
            warnings.append(f"日志中没有出现{facts.year}年的集中学习教育（{terms[0]}），学习部分未能以其统领；"
                            "请补录相关学习记录")
    base: dict[str, Any] = {
        "facts": traced, "org": traced.get("org_name"), "year": traced.get("year"), "kind": kind_words,
        "unit_kind": kind, "all": aggs, "total": aggs.total, "period": tset.period(facts.year),
        "vocab": vocab, "shortfalls": {s.key for s in shortfalls}, "campaign": campaign, "spirit": spirit,
        "private": not (facts.privacy and facts.privacy.beneficiary_names),
        "honours": _honours(facts, traced),
    }
    title_blocks: list[Block] = []
    for rb in tset.render("title", kind, base, seed=seed):
        title_blocks.append(Block("title", rb.sentences, "title"))
        break
    rendered_by: dict[str, list] = {}

    def render(label: str, ctx_extra: dict[str, Any]) -> None:
        agg = aggs.section(label)
        ctx = dict(base, section=label, agg=agg, types=(agg.types if agg else {}),
                   highlights=(traced.get("highlights") or {}).get(label) or [], **ctx_extra)
        rendered = tset.render(label, kind, ctx, seed=seed)
        if rendered and any(s.values for rb in rendered for s in rb.sentences):
            rendered_by[label] = rendered

    for label in sections:
        if label != "achievements":
            render(label, {})
    # a year of logs that would make a thin draft: tell how each activity was organised too;
    # one that would make a long one: tell fewer rows one by one (the others are listed by topic)
    for rich in (1, 2):
        size = sum(len(rb.text) for rs in rendered_by.values() for rb in rs)
        if size >= RICH_BELOW_CHARS or len(used) < RICH_MIN_ROWS:
            break
        rendered_by.clear()
        for label in sections:
            if label != "achievements":
                render(label, {"rich": rich})
    for max_rows in COMPACT_ROWS:
        if sum(len(rb.text) for rs in rendered_by.values() for rb in rs) <= COMPACT_ABOVE_CHARS:
            break
        rendered_by.clear()
        for label in sections:
            if label != "achievements":
                render(label, {"max_rows": max_rows})
    # rows the text states (the closing totals are not a statement of a row)
    stated = {(src.file, src.line) for rs in rendered_by.values() for rb in rs for s in rb.sentences
              for v in s.values for src in v.sources if src.kind == "log"}
    kept: list[LogEntry] = []
    for e in used:
        if (e.source, e.line) in stated:
            kept.append(e)
        elif e.section not in sections or e.section == "achievements":
            left_out.append(LeftOut(e, f"所属部分（{_section_name(e.section)}）未列入本次初稿"))
        elif e.section not in rendered_by:
            left_out.append(LeftOut(e, f"所属部分（{_section_name(e.section)}）没有可写的内容"))
        else:
            left_out.append(LeftOut(e, f"所属部分（{_section_name(e.section)}）中没有句子写到这条记录"))
    if "achievements" in sections:
        render("achievements", {"total": Totals.of(kept, vocab) if kept else None})
    blocks: list[Block] = list(title_blocks)
    counters = [0, 0, 0]
    for label in sections:
        for rb in rendered_by.get(label, []):
            if rb.level == 0 or label in UNNUMBERED:
                if rb.level and label in UNNUMBERED:
                    continue
                blocks.append(Block("paragraph", rb.sentences, label))
                continue
            level = rb.level
            counters[level - 1] += 1
            for deeper in range(level, 3):
                counters[deeper] = 0
            blocks.append(Block("heading", rb.sentences, label, level, outline_marker(level, counters[level - 1])))
    return Draft(blocks, facts, kept, seed, left_out, aggs, warnings)


def _borrow(entries: list[LogEntry], sections: tuple[str, ...]) -> None:
    """A drafted section without rows of its own takes the rows of the types it may borrow
    (``draft_phrases.yaml``: ``borrow``) from the section that has more than one kind of row; rows
    whose section the logs give are never moved."""
    from .narrate import phrases

    has = {e.section for e in entries}
    for target, keys in (phrases().get("borrow") or {}).items():
        if target not in sections or target in has:
            continue
        for key in keys or ():
            rows = [e for e in entries if e.type_key == key and e.section_basis != "given"]
            if not rows:
                continue
            source = rows[0].section
            left = {e.type_key for e in entries if e.section == source and e.type_key != key}
            if not left:
                continue  # do not empty the section it comes from
            for e in rows:
                e.section = target
            has.add(target)
            break  # one type is enough to give the section its content


def _section_name(label: str) -> str:
    """The section's Chinese name with its label (``理论学习 / 思想政治建设 study``)."""
    from ..classify.labels import LABEL_NAMES

    name = LABEL_NAMES.get(label, "")
    return f"{name.split(' / ')[0]} {label}" if name else label


def _honours(facts: Facts, traced: dict[str, Any]) -> dict[str, list]:
    """The traced honours grouped by holder (``branch``, ``unit``, ``person``)."""
    out: dict[str, list] = {"branch": [], "unit": [], "person": []}
    for h, t in zip(facts.honors, traced.get("honors") or []):
        out[h.holder_kind()].append(t)
    return out
