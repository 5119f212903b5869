"""Compose a draft: facts + log entries → a title, an opening and numbered sections.

>>> from deedsnlp.draft.facts import parse_facts
>>> from deedsnlp.draft.logs import parse_log_line
>>> facts = parse_facts({"org_name": "青禾小学党支部", "org_type": "school", "year": 2024,
...                      "members": {"total": 23, "full": 21, "probationary": 2}})
>>> rows = [parse_log_line("3月5日 召开支委会 研究发展党员工作 出席7人", 2024)]
>>> d = compose(facts, rows)
>>> d.blocks[0].text
'青禾小学党支部先进事迹材料'
>>> [b.line for b in d.blocks if b.kind == "heading"][:2]
['一、规范支部建设，筑牢战斗堡垒', '（一）抓实“三会一课”，严肃组织生活']
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
    aggregated; each section's template is rendered with a seed-chosen phrasing. Sections with
    nothing to state are left out, and so is every sentence whose facts are missing.
    ``traced_facts`` replaces the traced view of ``facts`` that templates see (by default
    :func:`~deedsnlp.draft.aggregate.trace_facts` of ``facts``).
    """
    vocab = vocabulary or default_vocabulary()
    tset = templates if isinstance(templates, TemplateSet) else default_templates(
        None if templates is None else str(templates))
    used: list[LogEntry] = []
    left_out: list[LeftOut] = []
    for e in entries:
        if e.date is not None and e.date.year != facts.year:
            left_out.append(LeftOut(e, f"dated {e.date.isoformat()}, outside the report year {facts.year}"))
        else:
            used.append(e)
    map_sections(used, vocabulary=vocab, model=model)
    aggs = aggregate(used, vocabulary=vocab)
    kind = facts.unit_kind
    words = tset.kinds()
    kind_words = {**words.get("generic", {}), **words.get(kind, {})}
    traced = trace_facts(facts) if traced_facts is None else traced_facts
    base: dict[str, Any] = {
        "facts": traced, "org": traced.get("org_name"), "year": traced.get("year"), "kind": kind_words,
        "unit_kind": kind, "all": aggs, "total": aggs.total, "period": tset.period(facts.year),
    }
    blocks: list[Block] = []
    for rb in tset.render("title", kind, base, seed=seed):
        blocks.append(Block("title", rb.sentences, "title"))
        break
    counters = [0, 0, 0]
    for label in sections:
        agg = aggs.section(label)
        ctx = dict(base, section=label, agg=agg, types=(agg.types if agg else {}),
                   highlights=(traced.get("highlights") or {}).get(label) or [])
        rendered = tset.render(label, kind, ctx, seed=seed)
        if not rendered or not any(s.values for rb in rendered for s in rb.sentences):
            continue  # nothing traced to say: no section of boilerplate
        for rb in rendered:
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
    return Draft(blocks, facts, used, seed, left_out, aggs)
