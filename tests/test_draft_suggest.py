"""Suggestions for one section: template sentences with their sources, then marked exemplars."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from deedsnlp.draft import load_facts, read_logs
from deedsnlp.draft.suggest import EXEMPLAR_NOTE, suggest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "school"


class FakeModel:
    classes_ = np.array(["carriers", "study"])

    def predict_proba(self, texts):
        return np.tile([0.8, 0.2], (len(texts), 1))


@pytest.fixture(scope="module")
def corpus_rows():
    rows = {}
    with open(ROOT / "corpora" / "passages.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows[(r["doc_id"], r["index"])] = r
    return rows


@pytest.fixture(scope="module")
def logs():
    return read_logs([EXAMPLE / "logs.csv", EXAMPLE / "logs.txt"], year=2024, errors=[])


def test_suggestions_shape_ranking_and_exemplars(logs, corpus_rows):
    facts = load_facts(EXAMPLE / "facts.yaml")
    items = [s.to_dict() for s in suggest(logs, "carriers", facts, k=6, exemplars=3, model=FakeModel())]
    json.dumps(items, ensure_ascii=False)  # JSON-able
    templ = [s for s in items if not s["exemplar"]]
    ex = [s for s in items if s["exemplar"]]
    assert len(templ) == 6 and len(ex) == 3 and items == templ + ex
    for s in items:
        assert {"text", "sources", "score", "exemplar"} <= set(s) and 0 < s["score"] <= 1 and s["text"]
    assert [s["score"] for s in templ] == sorted((s["score"] for s in templ), reverse=True)
    assert len({s["text"] for s in templ}) == len(templ)
    assert all(s["sources"] and {x["kind"] for x in s["sources"]} <= {"log", "fact"} for s in templ)
    assert any(x["kind"] == "log" and x["file"].endswith("logs.csv") for s in templ for x in s["sources"])
    for s in ex:
        (src,) = s["sources"]
        assert src["kind"] == "corpus" and s["note"] == EXEMPLAR_NOTE
        row = corpus_rows[(src["doc_id"], src["index"])]
        assert row["label"] == "carriers" and row["text"].endswith(s["text"])
        assert not (row.get("noise") or row.get("junk") or row.get("masks"))
    assert [s["score"] for s in ex] == sorted((s["score"] for s in ex), reverse=True)


def test_suggestions_without_facts_trace_the_year_to_the_logs(logs):
    items = suggest(logs, "study", k=20, exemplars=0, model=FakeModel())
    assert items and not any(s.exemplar for s in items)
    for s in items:
        assert all(src["kind"] == "log" for src in s.sources)
    assert any("2024年" in s.text for s in items)


def test_suggest_rejects_unknown_sections(logs):
    with pytest.raises(ValueError, match="section must be one of"):
        suggest(logs, "heroes")


def test_exemplars_from_the_users_past_reports_carry_only_traced_values(tmp_path):
    import re

    from deedsnlp.draft import compose
    from deedsnlp.draft.suggest import USER_EXEMPLAR_NOTE, adapt_sentence, corpus_suggestions

    past = tmp_path / "past"
    past.mkdir()
    (past / "2021.txt").write_text(
        "青禾县实验小学党支部2021年度工作总结\n一、服务师生\n"
        "支部组织党员教师开展志愿服务15次，参与200人次，为学生和家长办实事30件，赢得社会好评。"
        "支部坚持开展家访活动，全年家访120户，送去关怀。支部倡导党员奉献爱心，组织爱心捐款2次，帮助困难学生渡过难关。\n",
        encoding="utf-8")
    facts = load_facts(EXAMPLE / "facts.yaml")
    rows = read_logs([EXAMPLE / "logs.csv"], year=2024, errors=[])
    d = compose(facts, rows, sections=("carriers",))
    items = corpus_suggestions(rows, "carriers", past, k=3)
    assert items and all(s.exemplar and s.note == USER_EXEMPLAR_NOTE for s in items)
    agg = d.aggregates.section("carriers")
    for s in items:
        assert s.sources[0]["kind"] == "corpus" and s.sources[0]["doc_id"] == "2021"
        traced = [x for x in s.sources[1:]]
        shown = re.findall(r"\d+", s.text)
        assert not shown or traced  # every figure left comes with its log rows
        assert "200" not in s.text and "30件" not in s.text and "120户" not in s.text
    # a count of the same activity type is replaced by this year's traced count; other figures go
    text, values = adapt_sentence("支部组织党员教师开展志愿服务15次，参与200人次，赢得社会好评。", agg,
                                  __import__("deedsnlp.draft.logs", fromlist=["x"]).default_vocabulary())
    n = agg.types["volunteering"].count.display()
    assert text.startswith(f"支部组织党员教师开展志愿服务{n}次") and "15次" not in text and values
