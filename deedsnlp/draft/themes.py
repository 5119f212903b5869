"""The year's agenda in a draft: meetings held less often than required, the central campaign and
the congress spirit the logs name (dated lexicon, current in the report year only).

>>> from deedsnlp.draft.logs import parse_log_line
>>> rows = [parse_log_line("4月10日 集中学习 党纪学习教育读书班开班 参加20人", 2024)]
>>> find_campaign(rows, 2024).display(), find_campaign(rows, 2021)
('党纪学习教育', None)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..check.regulations import campaigns_of, meeting_rules, required_per_year, squeeze
from .logs import LogEntry
from .traced import Source, Text


@dataclass
class Shortfall:
    """Fewer meetings of a kind in the logs than the regulations require for the year."""

    key: str
    name: str
    found: int
    required: int
    rule: str
    source: str
    warn: bool = True  # False: the branch may have no party groups (the facts do not say); not stated, not warned

    def message(self) -> str:
        return (f"日志显示全年{self.name}{self.found}次，少于{self.source}要求的{self.required}次（{self.rule}）；"
                f"草稿不写这一次数。请补录遗漏的记录，或在材料中说明原因")

    def to_dict(self) -> dict:
        return {"type": self.key, "name": self.name, "found": self.found, "required": self.required,
                "rule": self.rule, "source": self.source}


def meeting_shortfalls(aggs, facts) -> list[Shortfall]:
    """Shortfalls of the year's logs against :func:`~deedsnlp.check.regulations.meeting_rules`.

    Party-group meetings: none when the facts say the branch has no party groups; when the facts
    do not say, a short count is not stated (``check`` would flag it) but not warned about either.
    """
    from ..check.regulations import rules_apply

    if not rules_apply(facts.year):
        return []
    found: dict[str, int] = {}
    for sec in aggs.sections.values():
        for key, t in sec.types.items():
            found[key] = found.get(key, 0) + int(t.count)
    groups = facts.members.groups if facts.members is not None else None
    out = []
    for key, rule in meeting_rules().items():
        if rule.needs_groups and groups == 0:
            continue
        need = required_per_year(rule)
        n = found.get(key, 0)
        if n < need:
            # party groups the facts do not mention: the count is not stated, but no warning either
            warn = not (rule.needs_groups and groups is None)
            if warn or n:
                out.append(Shortfall(key, rule.name, n, need, rule.rule, rule.source, warn))
    return out


def _rows_naming(entries: Iterable[LogEntry], spellings: Iterable[str]) -> tuple[str, list[LogEntry]] | None:
    spellings = list(spellings)
    for sp in spellings:
        key = squeeze(sp)
        rows = [e for e in entries if key in squeeze(" ".join((e.type, e.title, e.note)))]
        if rows:
            return sp, rows
    return None


def _text_of(term: str, rows: list[LogEntry]) -> Text:
    """The term as a traced text: each source row's title (or type/note) contains it."""
    sources = []
    for e in rows:
        for fld in ("title", "type", "note"):
            value = getattr(e, fld)
            if squeeze(term) in squeeze(value):
                sources.append(Source.log(e.source, e.line, fld, value))
                break
    return Text(term, tuple(sources), "contains", "title")


def find_campaign(entries: Iterable[LogEntry], year: int | None) -> Text | None:
    """The year's central campaign as the logs name it (traced to those rows), or None."""
    entries = [e for e in entries if e.date is None or e.date.year == year]
    terms = campaigns_of(year)
    got = _rows_naming(entries, terms)
    if got is None:
        return None
    # the spelling the logs use (主题教育), so that every source row holds it
    return _text_of(got[0], got[1])


def find_spirit(entries: Iterable[LogEntry], year: int | None) -> Text | None:
    """The newest congress line current in ``year`` that the logs name (二十届三中全会精神 ...)."""
    if year is None:
        return None
    from ..check.stale import load_lexicon

    lex = load_lexicon()
    entries = [e for e in entries if e.date is None or e.date.year == year]
    best = None
    for row in lex.rows:
        if row.kind != "congress" or not row.covers(year) or not row.term.endswith("精神"):
            continue
        got = _rows_naming(entries, [row.term])
        if got is not None:
            rank = (row.first_year or 0, len(row.term))
            if best is None or rank > best[0]:
                best = (rank, row.term, got[1])
    if best is None:
        return None
    term = best[1]
    return _text_of(term, best[2])


__all__ = ["Shortfall", "find_campaign", "find_spirit", "meeting_shortfalls"]
