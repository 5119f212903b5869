"""Aggregates of mapped log entries and the traced view of the facts, as templates see them.

Per section and per activity type: the count of rows, the sums of participants, households and
amount, the first and last date, the distinct titles. Every value is a traced value
(:mod:`deedsnlp.draft.traced`) whose sources are the rows it was computed from; a sum over rows
that give no value is ``None`` (a missing fact), never 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .facts import Facts, facts_source
from .logs import LogEntry, Vocabulary, default_vocabulary
from .traced import Day, Num, Source, Text, sum_of


def _row_source(e: LogEntry) -> Source:
    return Source.log(e.source, e.line, "row", e.title or e.type)


def _field_num(e: LogEntry, name: str) -> Num | None:
    v = getattr(e, name)
    if v is None:
        return None
    return Num(v, (Source.log(e.source, e.line, name, v),), "log", name, "amount" if name == "amount" else "count")


def _day(e: LogEntry) -> Day | None:
    if e.date is None:
        return None
    return Day(e.date, (Source.log(e.source, e.line, "date", e.date),), "log", "date", e.date_precision)


@dataclass
class Totals:
    """Aggregates of a group of entries (a type, a section, or all)."""

    entries: list[LogEntry]
    count: Num
    participants: Num | None
    households: Num | None
    amount: Num | None
    first: Day | None
    last: Day | None
    titles: list[Text]
    distinct_titles: Num | None
    topics: list[Text] = field(default_factory=list)

    @classmethod
    def of(cls, entries: list[LogEntry], vocabulary: Vocabulary | None = None) -> "Totals":
        entries = sorted(entries, key=lambda e: (e.date is None, e.date or 0, e.source, e.line))
        count = Num(len(entries), tuple(_row_source(e) for e in entries), "count", "row")
        days = [d for d in (_day(e) for e in entries) if d is not None]
        first = last = None
        if days:
            first = Day(*_reop(min(days, key=lambda d: d.value), "min"))
            last = Day(*_reop(max(days, key=lambda d: d.value), "max"))
        titles: dict[str, Text] = {}
        for e in entries:
            if e.title and e.title not in titles:
                titles[e.title] = Text(e.title, (Source.log(e.source, e.line, "title", e.title),), "log", "title")
        with_title = [e for e in entries if e.title]
        distinct = None
        if with_title:
            distinct = Num(len(titles), tuple(Source.log(e.source, e.line, "title", e.title) for e in with_title),
                           "distinct", "title")
        return cls(
            entries=entries, count=count,
            participants=sum_of(_field_num(e, "participants") for e in entries),
            households=sum_of(_field_num(e, "households") for e in entries),
            amount=sum_of(_field_num(e, "amount") for e in entries),
            first=first, last=last, titles=list(titles.values()), distinct_titles=distinct,
            topics=[_topic(t, vocabulary or default_vocabulary()) for t in titles.values()],
        )

    @property
    def participants_complete(self) -> bool:
        """True when every row gives a head count (a sum over some rows only is not stated as a total)."""
        return bool(self.entries) and all(e.participants is not None for e in self.entries)

    @property
    def spans_months(self) -> bool:
        """True when the first and last dates fall in different months (a range is worth stating)."""
        return bool(self.first and self.last and (self.first.value.year, self.first.value.month)
                    != (self.last.value.year, self.last.value.month))


def _topic(title: Text, vocab: Vocabulary) -> Text:
    """The title without a leading verb (``学习全国两会精神`` → ``全国两会精神``), for lists of topics."""
    shown = title.value
    for p in sorted(vocab.topic_prefixes, key=len, reverse=True):
        if shown.startswith(p) and len(shown) - len(p) >= 2:
            shown = shown[len(p):]
            break
    return Text(title.value, title.sources, title.op, title.field, shown if shown != title.value else None)


def _reop(d: Day, op: str) -> tuple:
    return (d.value, d.sources, op, d.field, d.precision, d.with_year)


@dataclass
class TypeAggregate(Totals):
    key: str = ""
    name: Any = ""  # str from the vocabulary, or a traced Text (a type word the vocabulary lacks)
    unit: str = "次"
    section: str = ""


@dataclass
class SectionAggregate(Totals):
    section: str = ""
    types: dict[str, TypeAggregate] = field(default_factory=dict)

    @property
    def known(self) -> list[TypeAggregate]:
        """Types from the vocabulary, in vocabulary order."""
        return [t for k, t in self.types.items() if not k.startswith("~")]

    @property
    def others(self) -> list[TypeAggregate]:
        """Types the vocabulary does not know (mapped by the classifier), most frequent first."""
        return sorted((t for k, t in self.types.items() if k.startswith("~")), key=lambda t: -t.count.value)

    @property
    def known_topics(self) -> list[Text]:
        """Distinct topics of the rows of known types."""
        rows = [e for t in self.known for e in t.entries]
        return Totals.of(rows).topics if rows else []

    @property
    def other_entries(self) -> list[LogEntry]:
        return [e for t in self.others for e in t.entries]

    @property
    def other_count(self) -> Num | None:
        """Rows of types the vocabulary does not know (None when there are none)."""
        rows = self.other_entries
        return Num(len(rows), tuple(_row_source(e) for e in rows), "count", "row") if rows else None

    @property
    def other_titles(self) -> list[Text]:
        """Distinct titles of the rows of unknown types."""
        return Totals.of(self.other_entries).titles if self.other_entries else []

    @property
    def other_topics(self) -> list[Text]:
        """:attr:`other_titles` without their leading verbs."""
        return Totals.of(self.other_entries).topics if self.other_entries else []


@dataclass
class Aggregates:
    sections: dict[str, SectionAggregate]
    total: Totals

    def section(self, label: str) -> SectionAggregate | None:
        return self.sections.get(label)


def aggregate(entries: Iterable[LogEntry], *, vocabulary: Vocabulary | None = None) -> Aggregates:
    """Aggregate entries already mapped by :func:`~deedsnlp.draft.sections.map_sections`."""
    vocab = vocabulary or default_vocabulary()
    entries = list(entries)
    by_section: dict[str, list[LogEntry]] = {}
    for e in entries:
        if not e.section:
            raise ValueError(f"{e.where}: entry has no section; call map_sections first")
        by_section.setdefault(e.section, []).append(e)
    order = {k: i for i, k in enumerate(vocab.types)}
    sections = {}
    for label, group in by_section.items():
        by_type: dict[str, list[LogEntry]] = {}
        for e in group:
            by_type.setdefault(e.type_key or "~", []).append(e)
        types = {}
        for key in sorted(by_type, key=lambda k: (order.get(k, len(order)), k)):
            rows = by_type[key]
            base = Totals.of(rows, vocab)
            if key in vocab.types:
                t = vocab.types[key]
                name: Any = t.name
                unit = t.unit
            else:
                raw = rows[0].type
                srcs = tuple(Source.log(e.source, e.line, "type", e.type) for e in rows)
                # one row: its type as written; several: the type every one of them names
                name = Text(raw, srcs, "log" if len(srcs) == 1 else "contains", "type") if raw else ""
                unit = "次"
            types[key] = TypeAggregate(**base.__dict__, key=key, name=name, unit=unit, section=label)
        sections[label] = SectionAggregate(**Totals.of(group, vocab).__dict__, section=label, types=types)
    return Aggregates(sections, Totals.of(entries, vocab))


# ------------------------------------------------------------------------------------------
# facts as traced values

def trace_facts(facts: Facts) -> dict[str, Any]:
    """The facts as nested dicts of traced values (:class:`Num` for integers, :class:`Text` for
    strings), each sourced to its key path; absent facts are ``None``."""
    file = facts_source(facts)

    def walk(value: Any, path: str) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return Num(value, (Source.fact(file, path, value),), "fact", path)
        if isinstance(value, str):
            return Text(value, (Source.fact(file, path, value),), "fact", path)
        if isinstance(value, dict):
            return {k: walk(v, f"{path}.{k}" if path else k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, f"{path}[{i}]") for i, v in enumerate(value)]
        return value

    data = facts.model_dump()
    if facts.members is not None:
        data["members"] = {**facts.members.model_dump(), **(facts.members.model_extra or {})}
    return walk(data, "")
