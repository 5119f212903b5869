"""Meeting and activity logs: the row model, the vocabulary, the field and free-text parsers.

The readers (CSV, XLSX, JSONL, free-text lines; from files or from bytes) live in
:mod:`deedsnlp.io.logs` and are re-exported here under their old names (``read_log``,
``read_logs``, ``LogReader`` ...).

Every format gives the same fields — ``date, type, title, participants, households, amount,
note`` — plus any extra columns (kept in :attr:`LogEntry.extra`). A row that cannot be used (a bad
date, a non-numeric head count ...) becomes an :class:`InputError` naming the file and line (or
XLSX row) and is skipped; the other rows are still read.

>>> e = parse_log_line("3月5日 召开支委会 研究发展党员工作 出席7人", year=2024)
>>> e.date.isoformat(), e.type, e.title, e.participants
('2024-03-05', '支委会', '研究发展党员工作', 7)
>>> parse_log_line("2024年4月3日 爱心捐款 为患病学生捐款1.2万元").amount
Decimal('12000')
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import InputError

FIELDS = ("date", "type", "title", "participants", "households", "amount", "note")
_BLANK = re.compile(r"[xX]{2,}|某某|×{2,}|\{\{|\}\}")


@dataclass
class LogEntry:
    """One meeting or activity. ``line`` is the 1-based line (CSV, JSONL, text) or sheet row
    (XLSX) in ``source``; ``section``/``section_basis``/``type_key`` are filled by
    :func:`deedsnlp.draft.sections.map_sections`."""

    source: str
    line: int
    date: _dt.date | None = None
    date_precision: str = "day"
    type: str = ""
    title: str = ""
    participants: int | None = None
    households: int | None = None
    amount: Decimal | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    type_key: str = ""
    section: str = ""
    section_basis: str = ""
    section_score: float | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "line": self.line,
            "date": self.date.isoformat() if self.date else None, "date_precision": self.date_precision,
            "type": self.type, "title": self.title, "participants": self.participants,
            "households": self.households, "amount": _num_json(self.amount), "note": self.note,
            "extra": self.extra, "type_key": self.type_key, "section": self.section,
            "section_basis": self.section_basis, "section_score": self.section_score,
        }


def _num_json(d: Decimal | None):
    if d is None:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


# ------------------------------------------------------------------------------------------
# vocabulary (deedsnlp/data/log_types.yaml)

@dataclass(frozen=True)
class LogType:
    key: str
    name: str
    section: str
    unit: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    types: dict[str, LogType]
    columns: dict[str, str]  # lower-cased header spelling → canonical column
    participant_verbs: tuple[str, ...]
    household_verbs: tuple[str, ...]
    amount_verbs: tuple[str, ...]
    light_words: tuple[str, ...] = ()
    topic_prefixes: tuple[str, ...] = ()

    def match_type(self, text: str) -> LogType | None:
        """The type named in ``text``: its canonical key, else the type word that occurs first
        (the longest one at that position).

        >>> default_vocabulary().match_type("召开支委会研究发展党员工作").key
        'branch_committee'
        """
        found = self.find_type(text)
        return found[0] if found else None

    def find_type(self, text: str) -> tuple[LogType, str] | None:
        """``(type, word)`` as in :meth:`match_type`."""
        if not text:
            return None
        if text in self.types:
            return self.types[text], text
        best: tuple[int, int, LogType, str] | None = None
        for t in self.types.values():
            for w in t.words:
                pos = text.find(w)
                if pos >= 0 and (best is None or (pos, -len(w)) < (best[0], best[1])):
                    best = (pos, -len(w), t, w)
        return (best[2], best[3]) if best else None


def parse_vocabulary(data: dict, source: str = "log_types.yaml") -> Vocabulary:
    from ..classify.labels import LABELS

    types = {}
    for key, spec in (data.get("types") or {}).items():
        section = spec.get("section")
        if section not in LABELS:
            raise InputError(source, f"types.{key}.section: unknown section label {section!r}")
        types[key] = LogType(key, spec.get("name", key), section, spec.get("unit", "次"),
                             tuple(spec.get("words") or ()))
    columns = {}
    for canon, spellings in (data.get("columns") or {}).items():
        for s in [canon, *spellings]:
            columns[str(s).strip().lower()] = canon
    ft = data.get("free_text") or {}
    return Vocabulary(types, columns, tuple(ft.get("participant_verbs", ())),
                      tuple(ft.get("household_verbs", ())), tuple(ft.get("amount_verbs", ())),
                      tuple(ft.get("light_words", ())), tuple(ft.get("topic_prefixes", ())))


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    import yaml

    text = resources.files("deedsnlp.data").joinpath("log_types.yaml").read_text("utf-8")
    return parse_vocabulary(yaml.safe_load(text), "deedsnlp/data/log_types.yaml")


# ------------------------------------------------------------------------------------------
# field parsers (each raises ValueError with a short reason)

_DATE_PATTERNS = [
    (re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"), "ymd"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?"), "ym"),
    (re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})(?![\d])"), "ym"),
    (re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"), "md"),
    (re.compile(r"(\d{1,2})\s*月(?:份)?"), "m"),
]


def match_date(text: str, year: int | None = None, *, anchored: bool = True) -> tuple[_dt.date, str, int] | None:
    """``(date, precision, end)`` of a date at the start of ``text`` (anywhere if not anchored);
    raises ValueError for an impossible date or a date without a year when ``year`` is None."""
    for pattern, kind in _DATE_PATTERNS:
        m = pattern.match(text) if anchored else pattern.search(text)
        if not m:
            continue
        g = [int(x) for x in m.groups()]
        if kind in ("md", "m") and year is None:
            raise ValueError(f"date {m.group(0)!r} has no year (give the report year: a facts file or --year)")
        if kind == "ymd":
            y, mo, d = g
        elif kind == "ym":
            y, mo, d = g[0], g[1], 1
        elif kind == "md":
            y, mo, d = year, g[0], g[1]
        else:
            y, mo, d = year, g[0], 1
        try:
            return _dt.date(y, mo, d), ("day" if kind in ("ymd", "md") else "month"), m.end()
        except ValueError:
            raise ValueError(f"not a valid date: {m.group(0)!r}") from None
    return None


def parse_date(value: Any, year: int | None = None) -> tuple[_dt.date | None, str]:
    """A date cell → ``(date, precision)``; empty → ``(None, "day")``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, "day"
    if isinstance(value, _dt.datetime):
        return value.date(), "day"
    if isinstance(value, _dt.date):
        return value, "day"
    text = str(value).strip()
    got = match_date(text, year)
    if got is None or got[2] != len(text):
        raise ValueError(f"not a date: {text!r} (write 2024-03-05, 2024年3月5日 or 3月5日)")
    return got[0], got[1]


_COUNT = re.compile(r"^(\d+)\s*(?:余)?\s*(?:人次|人|名|户|位|次)?$")


#: a head count or household count above this in one log row is implausible (reported, not used)
MAX_ROW_COUNT = 100_000
#: an amount above this (yuan) in one log row is implausible
MAX_ROW_AMOUNT = Decimal(10) ** 10


def parse_count(value: Any, what: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"{what} is not a number: {value!r}")
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if value != int(value):
            raise ValueError(f"{what} is not a whole number: {value!r}")
        n = int(value)
    else:
        m = _COUNT.match(str(value).strip().replace(",", ""))
        if not m:
            raise ValueError(f"{what} is not a number: {str(value).strip()!r}")
        n = int(m.group(1))
    if n < 0:
        raise ValueError(f"{what} is negative: {n}")
    if n > MAX_ROW_COUNT:
        raise ValueError(f"{what} {n} is implausible for one activity (more than {MAX_ROW_COUNT}); not used")
    return n


_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?)\s*(万)?\s*(?:元)?$")


def parse_amount(value: Any) -> Decimal | None:
    """Yuan: ``3200``, ``3200元``, ``1.2万元``, ``3,200`` → Decimal."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"amount is not a number: {value!r}")
    if isinstance(value, (int, float)):
        d = Decimal(str(value))
    else:
        text = str(value).strip().replace(",", "").replace("，", "")
        m = _AMOUNT.match(text)
        if not m:
            raise ValueError(f"amount is not a number: {str(value).strip()!r}")
        try:
            d = Decimal(m.group(1))
        except InvalidOperation:  # pragma: no cover - the regex already checked
            raise ValueError(f"amount is not a number: {text!r}") from None
        if m.group(2):
            d *= 10000
    if d < 0:
        raise ValueError(f"amount is negative: {d}")
    if d > MAX_ROW_AMOUNT:
        raise ValueError(f"amount {d} is implausible for one activity (more than {MAX_ROW_AMOUNT} yuan); not used")
    return d.normalize() if d != d.to_integral_value() else Decimal(int(d))


def _check_blank(name: str, value: str) -> None:
    m = _BLANK.search(value)
    if m:
        raise ValueError(f"{name} contains the template blank {m.group(0)!r}")


def entry_from_fields(values: dict[str, Any], source: str, line: int, *, year: int | None = None) -> LogEntry:
    """Build an entry from a row whose keys are already canonical column names (others → extra)."""
    date, precision = parse_date(values.get("date"), year)
    entry = LogEntry(source=source, line=line, date=date, date_precision=precision)
    for name in ("type", "title", "note"):
        v = values.get(name)
        text = "" if v is None else str(v).strip()
        _check_blank(name, text)
        setattr(entry, name, text)
    entry.participants = parse_count(values.get("participants"), "participants")
    entry.households = parse_count(values.get("households"), "households")
    entry.amount = parse_amount(values.get("amount"))
    if not entry.type and not entry.title:
        raise ValueError("neither type nor title is given")
    entry.extra = {k: _cell_json(v) for k, v in values.items() if k not in FIELDS and v not in (None, "")}
    section = entry.extra.get("section")
    if section is not None:
        from ..classify.labels import LABELS

        if section not in LABELS:
            raise ValueError(f"section {section!r} is not a section label")
    return entry


def _cell_json(v: Any) -> Any:
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return _num_json(v)
    return v.strip() if isinstance(v, str) else v


# ------------------------------------------------------------------------------------------
# free-text log lines

_SPLIT = re.compile(r"[\s，,；;。]+")


def parse_log_line(line: str, year: int | None = None, *, source: str = "<line>", lineno: int = 1,
                   vocabulary: Vocabulary | None = None) -> LogEntry:
    """Parse ``3月5日 召开支委会 研究发展党员工作 出席7人`` into an entry (ValueError if unusable).

    The line starts with a date (``3月5日``, ``2024-03-05``, ``2024年3月5日``, ``3月``); head counts
    (``出席7人``, ``参加32人次``), households (``走访15户``) and amounts (``捐款3200元``,
    ``1.2万元``) are taken from anywhere in the line; the type is the longest type word found;
    of what remains, the first phrase (after a leading ``召开支委会``-style token naming the type)
    is the title and the rest the note.
    """
    vocab = vocabulary or default_vocabulary()
    from ..normalize import normalize_line

    text = normalize_line(line)
    got = match_date(text, year)
    if got is None:
        raise ValueError("the line does not start with a date (3月5日, 2024-03-05 or 2024年3月5日)")
    date, precision, end = got
    rest = text[end:].lstrip(" ，,：:、")
    _check_blank("line", rest)
    entry = LogEntry(source=source, line=lineno, date=date, date_precision=precision)
    pv = "|".join(map(re.escape, vocab.participant_verbs))
    hv = "|".join(map(re.escape, vocab.household_verbs))
    av = "|".join(map(re.escape, vocab.amount_verbs))
    verbs = {*vocab.participant_verbs, *vocab.household_verbs, *vocab.amount_verbs}
    patterns = [
        ("households", re.compile(rf"(?:(?:{hv})[^\d\s，,；;]{{0,6}}?)?(\d+)\s*户(?:次)?")),
        ("amount", re.compile(rf"(?:(?:{av})[^\d\s，,；;]{{0,6}}?)?(\d+(?:\.\d+)?)\s*(万)?元")),
        ("participants", re.compile(rf"(?:{pv})[^\d\s，,；;]{{0,8}}?(\d+)\s*(?:余)?\s*(?:人次|人|名)")),
        ("participants", re.compile(r"(\d+)\s*(?:余)?\s*(?:人次|人|名)(?:参加|出席|参与|到会|参会)")),
        ("participants", re.compile(r"(?:^|(?<=[\s，,；;]))(\d+)\s*(?:余)?\s*(?:人次|人)(?=$|[\s，,；;])")),
    ]
    cuts: list[tuple[int, int]] = []
    for name, pattern in patterns:
        if getattr(entry, name) is not None:
            continue
        m = pattern.search(rest)
        if not m:
            continue
        if name == "amount":
            value: Any = parse_amount(m.group(1) + ("万" if m.group(2) else ""))
        else:
            value = parse_count(m.group(1), name)
        setattr(entry, name, value)
        # a measurement that is a token of its own leaves the title; one that ends a token
        # (``为患病学生捐款1.2万元``) leaves it without its verb
        if _ends_token(rest, m.end()):
            lead = rest[m.start():m.start(1)]
            whole = _starts_token(rest, m.start()) and (not lead or lead in verbs)
            cuts.append((m.start() if whole else m.start(1), m.end()))
    kept = rest
    for s, e in sorted(cuts, reverse=True):
        kept = kept[:s] + " " + kept[e:]
    tokens = [t for t in _SPLIT.split(kept) if t]
    found = vocab.find_type(rest)
    if found is not None:
        t, entry.type = found
        if len(tokens) > 1 and _names_type(tokens[0], entry.type, vocab.light_words):
            tokens = tokens[1:]
    if not tokens:
        raise ValueError("no activity is named on this line")
    entry.title = tokens[0]
    entry.note = "，".join(tokens[1:])
    return entry


def _starts_token(text: str, start: int) -> bool:
    return start == 0 or text[start - 1].isspace() or text[start - 1] in "，,；;"


def _ends_token(text: str, end: int) -> bool:
    return end == len(text) or text[end].isspace() or text[end] in "，,；;。"


def _names_type(token: str, word: str, light_words: tuple[str, ...]) -> bool:
    """``召开支委会`` / ``支委会`` / ``开展主题党日活动``: a token that only names the activity."""
    if word not in token:
        return False
    rest = token.replace(word, "", 1)
    for w in sorted(light_words, key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest


# ------------------------------------------------------------------------------------------
# readers: byte-based, in deedsnlp.io.logs (re-exported here under their existing names)

_READER_NAMES = ("LOG_READERS", "CsvLogReader", "JsonlLogReader", "LogReader", "TextLogReader", "XlsxLogReader",
                 "log_reader_for", "read_log", "read_log_bytes", "read_logs", "read_logs_bytes")


def __getattr__(name: str):
    if name in _READER_NAMES:
        from ..io import logs as _io_logs

        return getattr(_io_logs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
