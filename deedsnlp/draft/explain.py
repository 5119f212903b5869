"""The explain record of a draft: for every sentence, the facts and log rows behind each number.

::

    {"format": "deedsnlp-draft-explain", "version": 1, "title": ..., "seed": 0,
     "facts_file": "facts.yaml", "log_files": [...],
     "left_out": [{"where": "logs.csv:9", "reason": "..."}],
     "warnings": ["日志显示全年支委会4次，少于……要求的12次……"],
     "sentences": [{"id": 3, "block": 2, "kind": "paragraph", "section": "study", "marker": "",
                    "text": "……组织集中学习8次，参学186人次。",
                    "values": [{"text": "8", "value": 8, "op": "count", "field": "row",
                                "sources": [{"kind": "log", "file": "logs.csv", "line": 4, ...}, ...]}]}]}

``op`` says how a value follows from its sources: ``fact``/``log`` (the one source's value),
``count`` (the number of rows), ``distinct`` (the number of distinct values), ``sum``, ``min``,
``max`` (of the sources' values), ``contains`` (a term every source's text holds, quotes and
顿号 aside: the year's campaign as the logs name it), ``year`` (the year all source dates fall in: the report year
taken from the logs when there is no facts file). :func:`verify_value` recomputes it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from .compose import Draft
from .facts import facts_source

FORMAT = "deedsnlp-draft-explain"
VERSION = 1


def explain(draft: Draft, *, log_files: Iterable[str] = (), left_out: Iterable[dict] = ()) -> dict[str, Any]:
    """The explain record of ``draft`` (JSON-able). ``left_out`` adds skipped rows of the caller's
    (bad rows reported while reading); the draft's own left-out entries are always included."""
    sentences = []
    n = 0
    rows = {(e.source, e.line): e for e in draft.entries}
    for bi, b in enumerate(draft.blocks):
        for s in b.sentences:
            values = []
            for v in s.values:
                d = v.to_dict()
                d["what"] = describe(d, rows)
                values.append(d)
            sentences.append({"id": n, "block": bi, "kind": b.kind, "section": b.section, "level": b.level,
                              "marker": b.marker, "text": s.text, "values": values})
            n += 1
    skipped = list(left_out) + [{"where": lo.entry.where, "reason": lo.reason} for lo in draft.left_out]
    return {
        "format": FORMAT, "version": VERSION, "title": draft.title, "seed": draft.seed,
        "facts_file": facts_source(draft.facts), "log_files": list(log_files),
        "sections": draft.sections, "entries_used": len(draft.entries), "left_out": skipped,
        "warnings": list(draft.warnings), "sentences": sentences,
    }


_FIELD_WORDS = {"participants": "head counts (participants)", "households": "households", "amount": "amounts (yuan)",
                "row": "log rows", "title": "titles", "date": "dates"}


def describe(value: dict[str, Any], rows: dict | None = None) -> str:
    """What a value states, in words: the fact, or what an aggregate counts or sums, over which
    rows of which activity types (``sum of head counts (participants) over 3 rows of 集中学习``)."""
    op, field = value["op"], value.get("field", "")
    srcs = value["sources"]
    if op == "fact":
        return f"fact {srcs[0].get('key', '')}" if srcs else "fact"
    logs = [x for x in srcs if x["kind"] == "log"]
    where = sorted({(x["file"], x["line"]) for x in logs})
    types: list[str] = []
    for key in where:
        e = (rows or {}).get(key)
        name = (e.type or e.title) if e is not None else ""
        if name and name not in types:
            types.append(name)
    of = f" of {'、'.join(types)}" if types else ""
    n = len(where)
    rows_text = f"{n} log row{'s' if n != 1 else ''}{of}"
    if op == "log":
        return f"{_FIELD_WORDS.get(field, field)} of the log row {where[0][0]}:{where[0][1]}{of}" if where else op
    if op == "count":
        return f"number of {rows_text}"
    if op == "distinct":
        return f"number of distinct titles among {rows_text}"
    if op == "sum":
        return f"sum of the {_FIELD_WORDS.get(field, field or 'values')} of {rows_text} (one kind, one unit)"
    if op in ("min", "max"):
        return f"{'earliest' if op == 'min' else 'latest'} date of {rows_text}"
    if op == "contains":
        return f"term named in {rows_text}"
    if op == "year":
        return f"the year all dates of {rows_text} fall in"
    return op


def write_explain(record: dict[str, Any], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def _num(x: Any) -> Decimal:
    return Decimal(str(x))


def verify_value(value: dict[str, Any]) -> str | None:
    """Recompute one explain value from its sources; return a problem, or None when it holds."""
    op, v, srcs = value["op"], value["value"], value["sources"]
    if not srcs:
        return "no sources"
    vals = [s["value"] for s in srcs]
    if op in ("fact", "log"):
        return None if len(srcs) == 1 and vals[0] == v else f"{op} value {v!r} is not its source's {vals!r}"
    if op == "count":
        return None if v == len(srcs) else f"count {v} of {len(srcs)} sources"
    if op == "distinct":
        return None if v == len(set(map(str, vals))) else f"distinct count {v} of {len(set(map(str, vals)))} values"
    if op == "sum":
        total = sum((_num(x) for x in vals), Decimal(0))
        return None if total == _num(v) else f"sum {v} is not {total}"
    if op == "year":
        ok = all(str(x).startswith(f"{v}-") for x in vals)
        return None if ok else f"not every source date is in {v}"
    if op == "contains":
        from ..check.regulations import squeeze

        ok = all(squeeze(str(v)) in squeeze(str(x)) for x in vals)
        return None if ok else f"not every source holds {v!r}"
    if op in ("min", "max"):
        pick = (min if op == "min" else max)(vals)
        return None if pick == v else f"{op} {v!r} is not {pick!r}"
    return f"unknown op {op!r}"
