"""What the party regulations and the year's agenda expect of a branch, from shipped data files.

* :func:`meeting_rules` — how often each kind of meeting must be held (``meeting_rules.yaml``,
  from 《中国共产党支部工作条例（试行）》 2018); :func:`required_per_year` turns a rule into a
  yearly minimum.
* :func:`campaigns_of` — the central campaign (集中性学习教育) of a year (``campaigns.yaml``).
* :func:`honour_holder` — whose an honour is, told by its title (``honours.yaml``).

Both ``deedsnlp draft`` (do not boast of a shortfall; frame the study section by the campaign;
credit an honour to its holder) and ``deedsnlp check`` (flag the same things in any draft) use
them.

>>> r = meeting_rules()["branch_committee"]
>>> r.name, required_per_year(r)
('支委会', 12)
>>> campaigns_of(2024)
('党纪学习教育',)
>>> honour_holder("市级文明校园"), honour_holder("县级先进基层党组织"), honour_holder("县优秀共产党员")
('unit', 'branch', 'person')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

PERIODS_PER_YEAR = {"month": 12, "quarter": 4, "half": 2, "year": 1}


def _data(name: str) -> Any:
    from ..yamlsafe import safe_load

    return safe_load(resources.files("deedsnlp.data").joinpath(name).read_text("utf-8"))


@dataclass(frozen=True)
class MeetingRule:
    key: str
    name: str
    words: tuple[str, ...]
    per: str
    min: int
    rule: str
    source: str
    needs_groups: bool = False


def required_per_year(rule: MeetingRule) -> int:
    return PERIODS_PER_YEAR[rule.per] * rule.min


@lru_cache(maxsize=1)
def rules_since() -> int:
    """The first report year the meeting rules apply to (the regulation's year)."""
    return int((_data("meeting_rules.yaml") or {}).get("since", 0))


@lru_cache(maxsize=1)
def subset_words() -> tuple[str, ...]:
    """Words before a meeting that make its count a part of the year's meetings (书记讲党课2次)."""
    return tuple((_data("meeting_rules.yaml") or {}).get("subset_before") or ())


def rules_apply(year: int | None) -> bool:
    return year is not None and year >= rules_since()


@lru_cache(maxsize=1)
def meeting_rules() -> dict[str, MeetingRule]:
    """The meeting-frequency rules, by activity type key (the keys of ``log_types.yaml``)."""
    data = _data("meeting_rules.yaml") or {}
    source = data.get("source", "")
    out = {}
    for key, spec in (data.get("types") or {}).items():
        per = spec.get("per", "year")
        if per not in PERIODS_PER_YEAR:
            raise ValueError(f"meeting_rules.yaml: types.{key}.per must be one of {', '.join(PERIODS_PER_YEAR)}")
        out[key] = MeetingRule(key, spec["name"], tuple(spec.get("words") or (spec["name"],)), per,
                               int(spec.get("min", 1)), spec.get("rule", ""), source, bool(spec.get("needs_groups")))
    return out


@lru_cache(maxsize=1)
def _campaigns() -> list[tuple[tuple[int, ...], tuple[str, ...]]]:
    return [(tuple(int(y) for y in row["years"]), tuple(row["terms"])) for row in _data("campaigns.yaml") or []]


def campaigns_of(year: int | None) -> tuple[str, ...]:
    """The spellings of the central campaign of ``year`` (empty when it had none)."""
    if year is None:
        return ()
    for years, terms in _campaigns():
        if year in years:
            return terms
    return ()


@lru_cache(maxsize=1)
def honour_words() -> dict[str, Any]:
    return _data("honours.yaml") or {}


def honour_holder(title: str) -> str | None:
    """``branch``, ``unit`` or ``person`` from the words of an honour's title; None when no word
    or words of two holders match (党建工作示范医院 is the hospital's or the branch's)."""
    words = honour_words()
    found = {holder for holder in ("branch", "unit", "person") for w in words.get(holder) or () if w in title}
    if "unit" in found and "党" in title:
        found.discard("unit")  # 党建工作示范校: an honour a party committee may hold
    return found.pop() if len(found) == 1 else None


_SQUEEZE = str.maketrans("", "", "“”\"‘’'「」『』、·• 　")


def squeeze(text: str) -> str:
    """``text`` without quotes and enumeration commas (for finding terms as written in logs)."""
    return text.translate(_SQUEEZE)


__all__ = ["MeetingRule", "PERIODS_PER_YEAR", "rules_apply", "rules_since", "campaigns_of", "honour_holder", "honour_words", "meeting_rules",
           "required_per_year", "squeeze"]
