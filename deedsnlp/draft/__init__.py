"""Drafting deeds-report sections from facts and meeting/activity logs, every number traceable.

>>> from deedsnlp.draft import parse_facts, parse_log_line, compose, render_text
>>> facts = parse_facts({"org_name": "青禾小学党支部", "org_type": "school", "year": 2024,
...                      "members": {"total": 23, "full": 21, "probationary": 2}})
>>> d = compose(facts, [parse_log_line("3月5日 召开支委会 研究发展党员工作 出席7人", 2024)])
>>> print(render_text(d).splitlines()[1])  # doctest: +ELLIPSIS
青禾小学党支部现有党员23名，其中正式党员21名、预备党员2名。...

Stages, one module each: :mod:`.facts` (validated facts file), :mod:`.logs` (CSV/XLSX/JSONL and
free-text logs), :mod:`.sections` (entry → section), :mod:`.aggregate` (traced aggregates),
:mod:`.templates` (Jinja2 templates rendered into traced sentences), :mod:`.compose` (the
draft), :mod:`.render` (md/txt/docx), :mod:`.explain` (sentence → sources), :mod:`.suggest`
(ranked suggestions for one section).
"""

from __future__ import annotations

from .aggregate import Aggregates, SectionAggregate, TypeAggregate, aggregate, trace_facts
from .compose import DEFAULT_SECTIONS, Block, Draft, compose
from .explain import explain, verify_value, write_explain
from .facts import Facts, load_facts, parse_facts
from .logs import LogEntry, default_vocabulary, parse_log_line
from .render import build_docx, render_markdown, render_text, write_draft
from .sections import ACTIVITY_SECTIONS, map_sections
from .templates import TemplateSet, UntracedNumber
from .traced import Day, Num, Source, Text, TracedSentence


def read_log(*args, **kwargs):
    """Entries and per-row errors of one log file (see :func:`deedsnlp.io.logs.read_log`)."""
    from ..io.logs import read_log as _read_log

    return _read_log(*args, **kwargs)


def read_logs(*args, **kwargs):
    """Entries of all log files (see :func:`deedsnlp.io.logs.read_logs`)."""
    from ..io.logs import read_logs as _read_logs

    return _read_logs(*args, **kwargs)


def suggest(*args, **kwargs):
    """Ranked suggestions for one section (see :func:`deedsnlp.draft.suggest.suggest`)."""
    from .suggest import suggest as _suggest

    return _suggest(*args, **kwargs)


__all__ = [
    "ACTIVITY_SECTIONS", "Aggregates", "Block", "DEFAULT_SECTIONS", "Day", "Draft", "Facts", "LogEntry", "Num",
    "SectionAggregate", "Source", "TemplateSet", "Text", "TracedSentence", "TypeAggregate", "UntracedNumber",
    "aggregate", "build_docx", "compose", "default_vocabulary", "explain", "load_facts", "map_sections",
    "parse_facts", "parse_log_line", "read_log", "read_logs", "render_markdown", "render_text", "suggest",
    "trace_facts", "verify_value", "write_draft", "write_explain",
]
