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
