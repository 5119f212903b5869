"""Never invent facts: every number of a generated draft is a fact, a log value or an aggregate.

The drafts are generated from the school example under several seeds (several phrasings) and
several fact sets. For every sentence of the explain record, each number it states must be the
display of one of its traced values, and each traced value must recompute from its sources —
and those sources must hold what the input files hold. Numbers are searched independently of
the library: Arabic digits and Chinese numerals with a measure word, outside a short list of set
phrases (三会一课, 第一议题 ...). Outline markers (一、 / （一） / 1、) are not numbers of the text.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
import yaml

from deedsnlp.draft import compose, explain, load_facts, parse_facts, read_logs, render_markdown, render_text
from deedsnlp.draft.templates import TemplateSet, UntracedNumber

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "school"
SEEDS = range(6)

#: set phrases whose numerals state nothing about the branch
SET_PHRASES = ("三会一课", "第一议题", "第一时间", "三尺讲台", "下一步", "这一", "一线", "统一", "三个代表",
               "十七大", "十八大", "十九大", "二十大", "两学一做")
CN_COUNT = re.compile(r"[零一二两三四五六七八九十百千万]+(?:[个次名人户元场期项篇支所位批条家天年月日届节]|余)")
ARABIC = re.compile(r"\d")
PLACEHOLDERS = ("{{", "}}", "{%", "xx", "XX", "某某", "None", "nan", "\ue000", "\ue001", "\ue002")


class FakeModel:
    """Stands in for the classifier (one example row has a type the vocabulary lacks)."""

    classes_ = np.array(["carriers", "study"])

    def predict_proba(self, texts):
        return np.tile([0.8, 0.2], (len(texts), 1))


@pytest.fixture(scope="module")
def example():
    facts = load_facts(EXAMPLE / "facts.yaml")
    errors: list = []
    rows = read_logs([EXAMPLE / "logs.csv", EXAMPLE / "logs.txt"], year=facts.year, errors=errors)
    assert not errors
    raw = yaml.safe_load((EXAMPLE / "facts.yaml").read_text("utf-8"))
    return facts, rows, raw


def fact_variants(raw: dict) -> dict[str, dict]:
    full = copy.deepcopy(raw)
    bare = {k: raw[k] for k in ("org_name", "org_type", "year")}
    partial = copy.deepcopy(raw)
    partial["members"] = {"total": 23}
    partial.pop("honors")
    partial.pop("activists")
    partial.pop("highlights")
    village = copy.deepcopy(raw) | {"org_type": "village", "org_name": "柳溪村党支部"}
    return {"full": full, "bare": bare, "partial": partial, "village": village}


def numbers_outside(text: str, shown: list[str]) -> list[str]:
    """Numerals of ``text`` left once the traced values' texts and set phrases are taken out."""
    for s in sorted(shown, key=len, reverse=True):
        text = text.replace(s, "\u3000", 1) if s else text
    for p in SET_PHRASES:
        text = text.replace(p, "\u3000")
    return ARABIC.findall(text) + CN_COUNT.findall(text)


def parse_shown(shown: str) -> Decimal:
    return Decimal(shown[:-1]) * 10000 if shown.endswith("万") else Decimal(shown)


def lookup_fact(raw: dict, key: str):
    node = raw
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", key):
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    return node


def check_value(v: dict, raw: dict, rows_by_where: dict) -> None:
    srcs = v["sources"]
    assert srcs, v
    for s in srcs:  # every source holds what the input holds
        if s["kind"] == "fact":
            want = lookup_fact(raw, s["key"])
            assert s["value"] == want, (s, want)
        else:
            e = rows_by_where[(s["file"], s["line"])]
            if s["field"] == "row":
                continue
            got = getattr(e, s["field"])
            got = got.isoformat() if isinstance(got, dt.date) else got
            assert str(s["value"]) == str(got) or Decimal(str(s["value"])) == got, (s, got)
    values = [s["value"] for s in srcs]
    op, value, shown = v["op"], v["value"], v["text"]
    if op in ("fact", "log"):
        assert len(srcs) == 1 and values[0] == value
    elif op == "count":
        assert value == len(srcs) == len({(s["file"], s["line"]) for s in srcs})
    elif op == "distinct":
        assert value == len(set(values))
    elif op == "sum":
        assert Decimal(str(value)) == sum(Decimal(str(x)) for x in values)
    elif op in ("min", "max"):
        assert value == (min if op == "min" else max)(values)
    elif op == "contains":  # the year's campaign as the logs name it
        from deedsnlp.check.regulations import squeeze

        assert all(squeeze(value) in squeeze(str(x)) for x in values)
    else:  # pragma: no cover
        raise AssertionError(f"unknown op {op}")
    if (isinstance(value, str) and v["field"] == "date") or op in ("min", "max"):
        d = dt.date.fromisoformat(value)
        assert shown in (f"{d.month}月{d.day}日", f"{d.month}月", f"{d.year}年{d.month}月{d.day}日")
    elif op == "contains":
        assert shown == value
    elif isinstance(value, str):
        assert shown in value  # a text, or an excerpt of it (a title without its verb)
    else:
        assert parse_shown(shown) == Decimal(str(value))


@pytest.mark.parametrize("variant", ["full", "bare", "partial", "village"])
@pytest.mark.parametrize("seed", SEEDS)
def test_every_number_is_traced(example, variant, seed):
    _facts, rows, raw = example
    data = fact_variants(raw)[variant]
    facts = parse_facts(data, "facts.yaml")
    d = compose(facts, rows, seed=seed, model=FakeModel())
    record = explain(d)
    rows_by_where = {(e.source, e.line): e for e in rows}
    assert record["sentences"]
    for s in record["sentences"]:
        leftover = numbers_outside(s["text"], [v["text"] for v in s["values"]])
        assert not leftover, f"untraced number(s) {leftover} in {s['text']!r}"
        for v in s["values"]:
            check_value(v, data, rows_by_where)
    # the written text is exactly the explained sentences (plus outline markers)
    lines = render_text(d).splitlines()
    assert len(lines) == len(d.blocks)
    for bi, line in enumerate(lines):
        sentences = [s for s in record["sentences"] if s["block"] == bi]
        assert line == sentences[0]["marker"] + "".join(s["text"] for s in sentences)
    for text in (render_text(d), render_markdown(d)):
        assert not [p for p in PLACEHOLDERS if p in text]


def test_phrasings_vary_with_the_seed_and_repeat_with_it(example):
    facts, rows, _ = example
    texts = {seed: render_text(compose(facts, rows, seed=seed, model=FakeModel())) for seed in SEEDS}
    assert len(set(texts.values())) >= 4
    assert render_text(compose(facts, rows, seed=3, model=FakeModel())) == texts[3]


def test_missing_facts_drop_sentences(example):
    _facts, rows, raw = example
    bare = parse_facts({k: raw[k] for k in ("org_name", "org_type", "year")})
    text = render_text(compose(bare, rows, model=FakeModel()))
    for gone in ("现有党员", "入党积极分子", "获评", "教职工", "书记由"):
        assert gone not in text
    partial = parse_facts({**{k: raw[k] for k in ("org_name", "org_type", "year")}, "members": {"total": 23}})
    text = render_text(compose(partial, rows, model=FakeModel()))
    assert "现有党员23名。" in text and "其中" not in text
    # no logs: only what the facts say; no empty sections, no headings without text
    d = compose(parse_facts(raw), [], model=FakeModel())
    # highlights, the recruitment pipeline (activists, applicants) and honours only
    assert d.sections == ["overview", "carriers", "cadre_building", "core_work", "achievements"]
    text = render_text(d)
    assert "次" not in text and "（一）" not in text and "党员服务队" in text


def test_rows_outside_the_report_year_are_left_out(example):
    facts, rows, _ = example
    from deedsnlp.draft.logs import LogEntry

    old = LogEntry("old.csv", 2, date=dt.date(2023, 12, 30), type="支委会", title="研究工作", participants=99)
    d = compose(facts, [*rows, old], model=FakeModel())
    assert [lo.entry.line for lo in d.left_out] == [2] and "不在报告年度2024年内" in d.left_out[0].reason
    assert render_text(d) == render_text(compose(facts, rows, model=FakeModel()))
    assert explain(d)["left_out"] == [{"where": "old.csv:2", "reason": d.left_out[0].reason}]


def write_template(root: Path, name: str, text: str) -> Path:
    p = root / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("body, message", [
    ("# 学习\n\n支部每月学习1次，共{{ types.study_session.count }}次。\n", "template text states a number"),
    ("# 学习\n\n支部共学习{{ 12 }}次。\n", "bare number 12"),
    ("# 学习\n\n支部共学习{{ types.study_session.count ~ '' }}次。\n", "string with digits"),
])
def test_templates_cannot_state_untraced_numbers(example, tmp_path, body, message):
    facts, rows, _ = example
    tset = TemplateSet(write_template(tmp_path, "study/generic.j2", body))
    with pytest.raises(UntracedNumber, match=message):
        compose(facts, rows, templates=tset, sections=("study",), model=FakeModel())


def test_user_template_folder_comes_first(example, tmp_path):
    facts, rows, _ = example
    body = ("# 学习强国\n\n{% set s = types.study_session %}全年集中学习{{ s.count }}次。"
            "缺少的事实{{ facts.nothing_here }}让这句话消失。\n")
    root = write_template(tmp_path, "study/school.j2", body)
    d = compose(facts, rows, templates=TemplateSet(root), sections=("study", "integrity"), model=FakeModel())
    text = render_text(d)
    assert "一、学习强国\n全年集中学习4次。\n" in text and "消失" not in text
    assert "二、" in text  # other sections still come from the shipped templates


def all_type_rows():
    """Two rows of every activity type of the vocabulary, with counts, households and amounts."""
    from deedsnlp.draft.logs import LogEntry, default_vocabulary

    rows = []
    for i, (key, t) in enumerate(default_vocabulary().types.items()):
        for j in range(2):
            line = 2 + 2 * i + j
            rows.append(LogEntry("all.csv", line, date=dt.date(2023, 1 + (i + 5 * j) % 12, 1 + i),
                                 type=t.words[0], title=f"{t.name}专项活动{'甲乙'[j]}",
                                 participants=3 + i + j, households=(i + 1) if j else None,
                                 amount=Decimal(100 * (i + 1) + j) if i % 3 == 0 else None))
    return rows


@pytest.mark.parametrize("kind", ["school", "university", "village", "community", "enterprise", "hospital",
                                  "agency", "generic"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_template_of_every_kind_is_traceable(kind, seed):
    rows = all_type_rows()
    data = {"org_name": "青禾测试党支部", "org_type": kind, "year": 2023, "staff": 40, "activists": 2,
            "members": {"total": 12, "full": 11, "probationary": 1}, "honors": [{"year": 2022, "title": "先进党支部"}],
            "highlights": {"core_work": ["全年完成任务"], "integrity": ["签订承诺书"]}}
    d = compose(parse_facts(data), rows, seed=seed)
    assert set(d.sections) == {"overview", "study", "institutions", "carriers", "cadre_building", "integrity",
                               "core_work", "achievements"}
    by_where = {(e.source, e.line): e for e in rows}
    for s in explain(d)["sentences"]:
        leftover = numbers_outside(s["text"], [v["text"] for v in s["values"]])
        assert not leftover, f"untraced number(s) {leftover} in {s['text']!r}"
        for v in s["values"]:
            check_value(v, data, by_where)
    text = render_text(d)
    assert not [p for p in PLACEHOLDERS if p in text]
