"""Traced values: every number, date and quoted text a draft states, with where it came from.

Templates never see a bare number. Facts and log fields reach them as :class:`Num`, :class:`Day`
and :class:`Text` values, each carrying its :class:`Source` list (a fact key, or a log file and
line) and the operation that made it (``fact``, ``log``, ``count``, ``sum``, ``min``, ``max``).
Arithmetic on :class:`Num` keeps the sources, so an aggregate can always be recomputed from them.

>>> a = Num(7, (Source.log("a.csv", 3, "participants", 7),), op="log")
>>> b = Num(5, (Source.log("a.csv", 4, "participants", 5),), op="log")
>>> total = a + b
>>> total.display(), total.op, [s.line for s in total.sources]
('12', 'sum', [3, 4])
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import total_ordering
from typing import Any, Iterable


@dataclass(frozen=True)
class Source:
    """One fact (``kind="fact"``, ``key`` a dotted path) or one field of one log row (``kind="log"``)."""

    kind: str
    file: str = ""
    key: str = ""
    line: int | None = None
    field: str = ""
    value: Any = None

    @classmethod
    def fact(cls, file: str, key: str, value: Any) -> "Source":
        return cls("fact", file=file, key=key, value=_jsonable(value))

    @classmethod
    def log(cls, file: str, line: int | None, field: str, value: Any) -> "Source":
        return cls("log", file=file, line=line, field=field, value=_jsonable(value))

    @property
    def where(self) -> str:
        if self.kind == "fact":
            return f"{self.file}: {self.key}" if self.file else self.key
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "file": self.file}
        if self.kind == "fact":
            d["key"] = self.key
        else:
            d["line"] = self.line
            d["field"] = self.field
        d["value"] = self.value
        return d


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def _merge(*groups: Iterable[Source]) -> tuple[Source, ...]:
    seen: dict[Source, None] = {}
    for g in groups:
        for s in g:
            seen.setdefault(s, None)
    return tuple(seen)


class Traced:
    """Base of traced values: ``value``, ``sources``, ``op``, ``field`` and a ``display`` text."""

    value: Any
    sources: tuple[Source, ...]
    op: str
    field: str

    def display(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.display(), "value": _jsonable(self.value), "op": self.op, "field": self.field,
                "sources": [s.to_dict() for s in self.sources]}

    def __str__(self) -> str:
        return self.display()


@total_ordering
@dataclass(frozen=True, eq=False)
class Num(Traced):
    """A traced count or amount.

    ``style="amount"`` displays yuan amounts of 10,000 or more in 万 when that is exact
    (``12000`` → ``1.2万``); anything else is shown in full, never rounded.
    """

    value: int | Decimal
    sources: tuple[Source, ...] = ()
    op: str = "fact"
    field: str = ""
    style: str = "count"

    def display(self) -> str:
        v = self.value
        if self.style == "amount" and v >= 10000:
            wan = Decimal(v) / 10000
            if wan == wan.quantize(Decimal("0.01")):
                return _plain(wan) + "万"
        return _plain(Decimal(v)) if isinstance(v, Decimal) else str(v)

    def __add__(self, other: "Num") -> "Num":
        if not isinstance(other, Num):
            return NotImplemented
        style = self.style if self.style == other.style else "count"
        fld = self.field if self.field == other.field else ""
        return Num(self.value + other.value, _merge(self.sources, other.sources), "sum", fld, style)

    def __bool__(self) -> bool:
        return bool(self.value)

    def __int__(self) -> int:
        return int(self.value)

    def __eq__(self, other: object) -> bool:
        o = other.value if isinstance(other, Num) else other
        return self.value == o

    def __lt__(self, other: object) -> bool:
        o = other.value if isinstance(other, Num) else other
        return self.value < o  # type: ignore[operator]

    def __hash__(self) -> int:
        return hash(self.value)


def _plain(d: Decimal) -> str:
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def count_of(sources: Iterable[Source], field: str = "") -> Num:
    """A count of log rows (one source per row counted)."""
    srcs = tuple(sources)
    return Num(len(srcs), srcs, "count", field)


def sum_of(nums: Iterable[Num]) -> Num | None:
    """Sum of traced numbers; None when there are none (the fact is missing, not zero)."""
    nums = [n for n in nums if n is not None]
    if not nums:
        return None
    total = nums[0]
    for n in nums[1:]:
        total = total + n
    if len(nums) == 1:
        total = Num(total.value, total.sources, "sum", total.field, total.style)
    return total


@total_ordering
@dataclass(frozen=True, eq=False)
class Day(Traced):
    """A traced date; ``precision`` is ``"day"`` or ``"month"``; shown as 3月5日 or 3月
    (with the year, 2024年3月5日, when ``with_year``)."""

    value: _dt.date
    sources: tuple[Source, ...] = ()
    op: str = "log"
    field: str = "date"
    precision: str = "day"
    with_year: bool = False

    def display(self) -> str:
        d = self.value
        text = f"{d.month}月" + (f"{d.day}日" if self.precision == "day" else "")
        return f"{d.year}年{text}" if self.with_year else text

    @property
    def full(self) -> "Day":
        return Day(self.value, self.sources, self.op, self.field, self.precision, True)

    @property
    def month(self) -> "Day":
        return Day(self.value, self.sources, self.op, self.field, "month", self.with_year)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Day) and self.value == other.value

    def __lt__(self, other: "Day") -> bool:
        return self.value < other.value

    def __hash__(self) -> int:
        return hash(self.value)


@dataclass(frozen=True, eq=False)
class Text(Traced):
    """A traced piece of text: a fact string (unit name, honour title, highlight) or a log field."""

    value: str
    sources: tuple[Source, ...] = ()
    op: str = "fact"
    field: str = ""
    shown: str | None = None  # an excerpt of ``value`` to display (a title without its verb)

    def display(self) -> str:
        return self.value if self.shown is None else self.shown

    def __bool__(self) -> bool:
        return bool(self.value)

    def __eq__(self, other: object) -> bool:
        o = other.value if isinstance(other, Text) else other
        return self.value == o

    def __hash__(self) -> int:
        return hash(self.value)

    def __len__(self) -> int:
        return len(self.value)


@dataclass
class TracedSentence:
    """One sentence of a draft with the traced values it states, in order."""

    text: str
    values: list[Traced] = field(default_factory=list)

    def sources(self) -> list[Source]:
        return list(_merge(*(v.sources for v in self.values)))
