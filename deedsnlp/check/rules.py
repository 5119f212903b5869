"""The checker's vocabulary (``deedsnlp/data/check_rules.yaml``), loaded once and read-only.

The regular-expression skeletons are built here from the word lists of the data file, so the code
holds no Chinese words of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable


#: Chinese numeral characters (cn2an reads runs of them)
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first (so ``人次`` wins over ``人``)."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words) if words else r"(?!x)x"


@dataclass(frozen=True)
class NumberRules:
    units: tuple[str, ...]
    unit_classes: dict[str, str]
    multipliers: dict[str, float]
    approx_before: tuple[str, ...]
    approx_inside: tuple[str, ...]
    approx_after: tuple[str, ...]
    per_markers: tuple[str, ...]
    part_list: tuple[str, ...]
    remainder_words: tuple[str, ...]
    stock_prefixes: tuple[str, ...]
    stock_whole_prefixes: tuple[str, ...]
    stock_list_joiners: tuple[str, ...]
    stock_unit_words: tuple[str, ...]
    past_markers: tuple[str, ...]
    change_from: tuple[str, ...]
    change_to: tuple[str, ...]
    change_up: tuple[str, ...]
    change_down: tuple[str, ...]
    percent_words: tuple[str, ...]
    noun_stops: tuple[str, ...]
    percent_bounded: tuple[str, ...]
    percent_unbounded: tuple[str, ...]
    dimensions: dict[str, tuple[str, ...]]
    nested_dimensions: tuple[str, ...]
    partitions: tuple[tuple[tuple[str, ...], ...], ...]
    #: a change of a rank (排名由第十一位上升到第三位): rising is a smaller number
    rank_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class StaleRules:
    retrospective_after: tuple[str, ...]
    retrospective_before: tuple[str, ...]
    year_target_before: tuple[str, ...]
    year_plan_markers: tuple[str, ...]
    year_plan_weak_markers: tuple[str, ...]
    year_done_markers: tuple[str, ...]
    year_done_ignore: tuple[str, ...]
    year_plan_after: tuple[str, ...]
    year_biography_after: tuple[str, ...]
    phrase_terms: tuple[str, ...]
    phrase_term_leads: tuple[str, ...]
    undated_phrases: tuple[str, ...]
    anticipation_before: tuple[str, ...]
    ignore_chars: str
    #: one of these earlier in a year's clause makes it a target too (确保东环路2024年建成)
    year_target_clause_before: tuple[str, ...] = ()
    #: 为2016年… with one of these later in its clause is groundwork for that year (为2016年脱贫打下基础)
    year_groundwork_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionRules:
    example_markers: tuple[str, ...]
    date_units: tuple[str, ...]


@dataclass(frozen=True)
class CheckRules:
    numbers: NumberRules
    stale: StaleRules
    sections: SectionRules


def _words(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValueError(f"check_rules.yaml: {key!r} must be a list of strings")
    return tuple(value)


def parse_rules(data: dict[str, Any]) -> CheckRules:
    """Validate the parsed YAML and freeze it."""
    n = data.get("numbers") or {}
    s = data.get("stale") or {}
    sec = data.get("sections") or {}
    dims = {str(k): tuple(str(w) for w in v) for k, v in (n.get("dimensions") or {}).items()}
    partitions = tuple(tuple(tuple(str(w) for w in side) for side in group) for group in n.get("partitions") or [])
    numbers = NumberRules(
        units=_words(n, "units"),
        unit_classes={str(k): str(v) for k, v in (n.get("unit_classes") or {}).items()},
        multipliers={str(k): float(v) for k, v in (n.get("multipliers") or {}).items()},
        approx_before=_words(n, "approx_before"),
        approx_inside=_words(n, "approx_inside"),
        approx_after=_words(n, "approx_after"),
        per_markers=_words(n, "per_markers"),
        part_list=_words(n, "part_list"),
        remainder_words=_words(n, "remainder_words"),
        stock_prefixes=_words(n, "stock_prefixes"),
        stock_whole_prefixes=_words(n, "stock_whole_prefixes"),
        stock_list_joiners=_words(n, "stock_list_joiners"),
        stock_unit_words=_words(n, "stock_unit_words"),
        past_markers=_words(n, "past_markers"),
        change_from=_words(n, "change_from"),
        change_to=_words(n, "change_to"),
        change_up=_words(n, "change_up"),
        change_down=_words(n, "change_down"),
        percent_words=_words(n, "percent_words"),
        rank_words=_words(n, "rank_words"),
        noun_stops=_words(n, "noun_stops"),
        percent_bounded=_words(n, "percent_bounded"),
        percent_unbounded=_words(n, "percent_unbounded"),
        dimensions=dims,
        nested_dimensions=_words(n, "nested_dimensions"),
        partitions=partitions,
    )
    stale = StaleRules(
        retrospective_after=_words(s, "retrospective_after"),
        retrospective_before=_words(s, "retrospective_before"),
        year_target_before=_words(s, "year_target_before"),
        year_plan_markers=_words(s, "year_plan_markers"),
        year_plan_weak_markers=_words(s, "year_plan_weak_markers"),
        year_done_markers=_words(s, "year_done_markers"),
        year_done_ignore=_words(s, "year_done_ignore"),
        year_plan_after=_words(s, "year_plan_after"),
        year_biography_after=_words(s, "year_biography_after"),
        phrase_terms=_words(s, "phrase_terms"),
        phrase_term_leads=_words(s, "phrase_term_leads"),
        undated_phrases=_words(s, "undated_phrases"),
        anticipation_before=_words(s, "anticipation_before"),
        ignore_chars=str(s.get("ignore_chars") or ""),
        year_target_clause_before=_words(s, "year_target_clause_before"),
        year_groundwork_after=_words(s, "year_groundwork_after"),
    )
    sections = SectionRules(example_markers=_words(sec, "example_markers"), date_units=_words(sec, "date_units"))
    return CheckRules(numbers, stale, sections)


@lru_cache(maxsize=1)
def check_rules() -> CheckRules:
    """The shipped vocabulary, parsed once."""
    text = resources.files("deedsnlp").joinpath("data/check_rules.yaml").read_text(encoding="utf-8")
    from ..yamlsafe import safe_load

    return parse_rules(safe_load(text) or {})
