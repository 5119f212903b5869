"""Section mapping (vocabulary first, classifier otherwise) and traced aggregates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pytest

from deedsnlp.draft.aggregate import aggregate, trace_facts
from deedsnlp.draft.facts import parse_facts
from deedsnlp.draft.logs import LogEntry, default_vocabulary
from deedsnlp.draft.sections import ACTIVITY_SECTIONS, map_sections


class FakeModel:
    """Says ``other`` first and ``carriers`` second, whatever the text; counts its calls."""

    classes_ = np.array(["carriers", "other", "study"])

    def __init__(self):
        self.calls: list[list[str]] = []

    def predict_proba(self, texts):
        self.calls.append(list(texts))
        return np.tile([0.3, 0.6, 0.1], (len(texts), 1))


def entry(line, type="", title="", **kw) -> LogEntry:
    return LogEntry(source="logs.csv", line=line, type=type, title=title, **kw)


def test_vocabulary_first_then_title_then_classifier():
    rows = [
        entry(2, "支委会", "研究发展党员工作"),
        entry(3, "活动", "开展学雷锋志愿服务"),          # unknown type, the title names one
        entry(4, "研学实践", "红色研学"),                   # nothing known: the classifier
        entry(5, "", "读书会", extra={"section": "study"}),  # an explicit section column wins
        entry(6, "廉政党课", "讲廉政党课"),                 # longest word at the first position
    ]
    model = FakeModel()
    map_sections(rows, model=model)
    got = [(e.type_key, e.section, e.section_basis) for e in rows]
    assert got == [
        ("branch_committee", "institutions", "type"),
        ("volunteering", "carriers", "title"),
        ("~研学实践", "carriers", "classifier"),  # 'other' is never an activity section
        ("~", "study", "given"),
        ("integrity_education", "integrity", "type"),
    ]
    assert model.calls == [["研学实践 红色研学"]]  # one batched call, only for the unknown row
    assert rows[2].section_score == pytest.approx(0.3)


def test_no_model_needed_when_vocabulary_covers_everything():
    class Exploding:
        def predict_proba(self, texts):  # pragma: no cover - must not be called
            raise AssertionError("classifier used")

    rows = [entry(2, t) for t in ("党员大会", "家访", "培训", "第一议题", "主题党日")]
    map_sections(rows, model=Exploding())
    assert [e.section for e in rows] == ["institutions", "carriers", "cadre_building", "study", "institutions"]


def test_vocabulary_sections_are_labels():
    vocab = default_vocabulary()
    assert {t.section for t in vocab.types.values()} <= set(ACTIVITY_SECTIONS)
    assert vocab.match_type("召开支委会研究发展党员工作").key == "branch_committee"
    assert vocab.match_type("home_visit").key == "home_visit"


def test_shipped_classifier_fallback():
    rows = [entry(2, "", "深入研读新思想原著"), entry(3, "其他", "为群众办实事送医送药上门"),
            entry(4, "", "整治形式主义官僚主义")]
    map_sections(rows)
    assert [e.section for e in rows] == ["study", "carriers", "integrity"]
    assert all(e.section_basis == "classifier" and 0 < e.section_score <= 1 for e in rows)


def test_aggregates_counts_sums_dates_and_distinct():
    rows = [
        entry(2, "志愿服务", "护学岗", date=dt.date(2024, 3, 5), participants=10),
        entry(3, "志愿服务", "护学岗", date=dt.date(2024, 9, 1), participants=12),
        entry(4, "志愿服务", "社区义务辅导", date=dt.date(2024, 5, 1)),
        entry(5, "捐款", "爱心捐款", date=dt.date(2024, 4, 3), amount=Decimal(3200), participants=30),
        entry(6, "走访慰问", "慰问老党员", date=dt.date(2024, 1, 20), households=6, amount=Decimal("1800.5")),
    ]
    map_sections(rows, model=FakeModel())
    aggs = aggregate(rows)
    carriers = aggs.section("carriers")
    v = carriers.types["volunteering"]
    assert (v.count.value, v.participants.value, v.first.value, v.last.value) == (3, 22, dt.date(2024, 3, 5), dt.date(2024, 9, 1))
    assert [s.line for s in v.participants.sources] == [2, 3] and v.participants.op == "sum"
    assert [s.line for s in v.count.sources] == [2, 4, 3]  # rows in date order
    assert [t.value for t in v.titles] == ["护学岗", "社区义务辅导"] and v.distinct_titles.value == 2
    assert v.households is None and v.amount is None  # missing, not zero
    assert carriers.amount.value == Decimal("5000.5") and carriers.amount.display() == "5000.5"
    assert carriers.count.value == 5 and carriers.first.op == "min" and carriers.last.op == "max"
    assert v.spans_months
    assert aggs.total.count.value == 5


def test_amount_display_is_exact():
    from deedsnlp.draft.traced import Num

    assert Num(Decimal(12000), style="amount").display() == "1.2万"
    assert Num(Decimal(123400), style="amount").display() == "12.34万"
    assert Num(Decimal(12345), style="amount").display() == "12345"  # 1.23万 would round
    assert Num(Decimal(9600), style="amount").display() == "9600"


def test_traced_facts_have_key_paths():
    facts = parse_facts({"org_name": "青禾小学党支部", "org_type": "school", "year": 2024,
                         "members": {"total": 23, "women": 12}, "honors": [{"year": 2023, "title": "先进"}]})
    t = trace_facts(facts)
    assert t["members"]["total"].sources[0].key == "members.total"
    assert t["members"]["women"].value == 12
    assert t["honors"][0]["year"].sources[0].key == "honors[0].year"
    assert t["members"]["full"] is None and t["activists"] is None
