"""The cleaner's edits live on the Document: one offset space for findings, input lines kept,
labels carried over, and the checker reads the cleaner's findings instead of cleaning again."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deedsnlp.clean import Cleaner, finding_row
from deedsnlp.document import Document
from deedsnlp.loader import load_text
from deedsnlp.text.edits import EditMap, TextEdit, apply, compose, reconstruct
from deedsnlp.text.lines import LineIndex

# an invented scraped page: junk on several lines (a notice at the end of a paragraph, a notice
# line after a blank line, a <br> inside a line, a mask, a related-articles line)
PAGE = (
    "一、加强理论学习\n"
    "支部坚持每月集中学习一次，全年开展专题研讨8次。本文来源：某某范文网 www.demo-fw.com\n"
    "\n"
    "关注微信公众号“某某范文网”，获取更多范文\n"
    "二、服务群众<br>党员志愿者深入社区走访群众120户。\n"
    "进一步加**部队伍建设，发挥党员先锋模范作用。\n"
    "相关文章：党支部先进事迹材料 | 优秀党员事迹材料\n"
    "三、工作成效\n"
    "支部被评为先进基层党组织，2名党员受到表彰。\n"
)


@pytest.fixture(scope="module")
def cleaned(cleaner):
    doc = load_text(PAGE, "page")
    return doc, *cleaner.clean(doc)


def test_findings_point_at_the_right_text_and_line(cleaned):
    doc, out, findings = cleaned
    lines = LineIndex(PAGE)
    kinds = {f.kind for f in findings}
    assert {"watermark", "html", "mask", "furniture"} <= kinds
    assert len({f.line for f in findings}) >= 4  # junk on several lines
    for f in findings:
        rs, re_ = f.data["raw_start"], f.data["raw_end"]
        assert PAGE[rs:re_] == f.text  # the input's span
        assert f.line == lines.line(rs)  # the input line
        assert f.basis == "text" and f.stage == "clean"
        if f.action == "flagged":
            assert out.text[f.start : f.end] == f.text  # a flag is still in the cleaned text
        elif f.kind != "html":
            assert f.start == f.end  # a removal: an empty span where the junk was
            assert out.line_of(f.start) in (f.line, f.line + f.text.count("\n"))
    mask = next(f for f in findings if f.kind == "mask")
    assert mask.line == 6 and out.line_of(mask.start) == 6
    # the findings on the document are the ones returned
    assert [f for f in out.findings if f.stage == "clean"] == findings
    # the JSON report keeps offsets into the input
    assert [(r["start"], r["end"], r["line"]) for r in map(lambda f: finding_row("page", f), findings)] == \
        [(f.data["raw_start"], f.data["raw_end"], f.line) for f in findings]


def test_cleaned_document_numbers_lines_as_the_input(cleaned):
    doc, out, _ = cleaned
    index = LineIndex(PAGE)
    assert out.text.startswith("一、加强理论学习\n支部坚持每月集中学习一次，全年开展专题研讨8次。\n二、服务群众\n党员志愿者")
    for p in out.passages:
        body = out.text[p.start : p.end]
        # the passage is on its input line (a <br> split line 5 into two passages)
        assert body in PAGE.splitlines()[p.line - 1].replace("<br>", "\n")
        for k in range(p.start, p.end):
            assert out.line_of(k) == index.line(out.to_input(out.to_raw(k))) == p.line
    assert [p.line for p in out.passages] == [1, 2, 5, 5, 6, 8, 9]
    assert [h.line for h in out.outline] == [1, 5, 8]
    from deedsnlp.pipeline.records import passage_records

    assert [(r["line"], r["is_heading"]) for r in passage_records(out)] == \
        [(1, True), (2, False), (5, True), (5, False), (6, False), (8, True), (9, False)]
    assert reconstruct(out.raw_text, out.edits) == PAGE
    from deedsnlp.clean import reconstruct as from_findings

    assert from_findings(out.raw_text, [f for f in out.findings if f.stage == "clean"]) == PAGE


def test_passage_and_heading_labels_survive_cleaning(cleaner):
    doc = load_text(PAGE, "page")
    for p in doc.passages:
        p.label, p.score = f"label{p.line}", 0.5
    for h in doc.outline:
        h.label = f"section{h.line}"
    out, _ = cleaner.clean(doc)
    by_text = {doc.passage_text(p): p.label for p in doc.passages}
    for p in out.passages:
        text = out.passage_text(p)
        if text in by_text:
            assert p.label == by_text[text] and p.score == 0.5
    assert [p.label for p in out.passages][:2] == ["label1", "label2"]
    assert [h.label for h in out.outline] == ["section1", "section5", "section8"]


def test_other_stages_findings_move_with_the_text(cleaner):
    doc = load_text(PAGE, "page")
    k = doc.text.index("2名党员")
    doc.add_finding(doc_finding(k, k + 4, "number"), stage="check")
    out, _ = cleaner.clean(doc)
    [f] = [f for f in out.findings if f.stage == "check"]
    assert out.text[f.start : f.end] == "2名党员" and f.line == 9


def doc_finding(start, end, kind):
    from deedsnlp.document import Finding

    return Finding(kind, start, end)


def test_check_reads_the_cleaners_findings(monkeypatch, cleaner):
    from deedsnlp.check import check
    from deedsnlp.check.residue import clean_stage

    calls = []
    real = Cleaner.clean_text

    def counted(self, raw):
        calls.append(raw)
        return real(self, raw)

    monkeypatch.setattr(Cleaner, "clean_text", counted)
    clean_stage(False)  # built before counting
    before = check(load_text(PAGE, "page"), "generic", year=2023)
    assert len(calls) == 1  # a document that was not cleaned goes through the clean stage once

    out, _ = Cleaner(suggestions=0).clean(load_text(PAGE, "page"))
    calls.clear()
    after = check(out, "generic", year=2023)
    assert calls == []  # the cleaner's findings were on the document

    def residue(report):
        return [(f.kind, f.line, f.reason, f.text) for f in report.findings
                if f.data.get("cleaner_kind")]

    assert residue(before) and residue(after) == residue(before)
    # the residue is placed in the checked text: removed junk where it was, a mask on its characters
    mask = next(f for f in after.findings if f.kind == "mask")
    assert out.text[mask.start : mask.end] == "**"


def test_check_after_clean_in_a_pipeline(monkeypatch):
    from deedsnlp.pipeline import CheckStage, CleanStage, run_stages

    calls = []
    real = Cleaner.clean_text
    monkeypatch.setattr(Cleaner, "clean_text", lambda self, raw: calls.append(1) or real(self, raw))
    [doc] = list(run_stages([CleanStage(suggestions=0), CheckStage(year=2023)], [load_text(PAGE, "page")]))
    assert len(calls) == 1
    stages = {(f.stage, f.kind) for f in doc.findings}
    assert ("clean", "watermark") in stages and ("check", "scrape_residue") in stages
    residue = [f for f in doc.findings if f.stage == "clean" or f.data.get("cleaner_kind")]
    assert residue and all(f.line is not None for f in residue)


def test_cleaning_twice_composes_the_edits(cleaner):
    doc = load_text(PAGE, "page")
    once, _ = Cleaner(kinds=("html",), suggestions=0).clean(doc)  # only the <br>
    assert len(once.edits) == 1
    twice, findings = cleaner.clean(once)
    assert reconstruct(twice.raw_text, twice.edits) == PAGE  # the edits lead back to the input as read
    direct, _ = cleaner.clean(doc)
    assert twice.text == direct.text
    assert [(p.line, p.line_end) for p in twice.passages] == [(p.line, p.line_end) for p in direct.passages]
    assert [(f.kind, f.line, f.data["raw_start"]) for f in findings] == \
        [(f.kind, f.line, f.data["raw_start"]) for f in direct.findings if f.stage == "clean" and f.kind != "html"]


def test_json_round_trip_keeps_the_edits(cleaned):
    _, out, _ = cleaned
    back = Document.from_json(out.to_json())
    assert back.edits == out.edits
    assert [back.line_of(p.start) for p in back.passages] == [out.line_of(p.start) for p in out.passages]


def test_edit_map_properties():
    rng = random.Random(7)

    def edits_of(s):
        points = sorted(rng.sample(range(len(s) + 1), min(len(s) + 1, rng.randint(0, 6))))
        out = []
        for a, b in zip(points[::2], points[1::2]):
            if rng.random() < 0.3:
                b = a
            rep = "".join(rng.choice("xy\n") for _ in range(rng.randint(0, 2)))
            if a != b or rep:
                out.append(TextEdit(a, b, s[a:b], rep))
        return out

    for _ in range(2000):
        src = "".join(rng.choice("ab\ncd") for _ in range(rng.randint(0, 15)))
        first = edits_of(src)
        middle = apply(src, first)
        second = edits_of(middle)
        target = apply(middle, second)
        both = compose(first, second, middle)
        assert apply(src, both) == target and reconstruct(target, both) == src
        emap, lines, src_lines = EditMap(both), LineIndex(target), LineIndex(src)
        inside = [(t, t + len(e.replacement)) for e, t in emap.target_spans()]
        for n in range(1, len(lines) + 1):
            t = lines.start(n)
            if t < len(target) and not any(a <= t < b for a, b in inside):
                assert emap.source_line(n, lines) == src_lines.line(emap.to_source(t))
                assert emap.to_target(emap.to_source(t)) == t


def test_rebuilding_a_cleaned_document_keeps_the_input_lines(cleaned):
    from deedsnlp.pipeline import make_stage

    _, out, _ = cleaned
    again = make_stage("outline")(Document.from_json(out.to_json()))
    assert again.edits == out.edits
    assert [(p.line, p.raw_line) for p in again.passages] == [(p.line, p.raw_line) for p in out.passages]


def test_headings_known_from_the_file_format_survive_cleaning(cleaner):
    from deedsnlp.loader import build_document

    raw = ("加强组织建设\n支部坚持每月集中学习。本文来源：某某范文网 www.demo-fw.com\n"
           "关注微信公众号“某某范文网”，获取更多范文\n服务群众\n党员走访群众120户。\n")
    doc = build_document(raw, "docx", heading_hints={1: 1, 4: 1})  # Word heading styles, no numbers
    out, findings = cleaner.clean(doc)
    assert len(out.edits) == 2
    assert [(h.title, h.line) for h in out.outline] == [("加强组织建设", 1), ("服务群众", 4)]
    assert [p.is_heading for p in out.passages] == [True, False, True, False]


FRAGMENTS = [
    "一、加强学习", "支部坚持每月集中学习一次。", "党员带头走访困难户，", "全年开展活动12次", "加**部队伍建设。",
    "本文来源：青松范文网。", "（来源：某某文库 www.demo-wk.cn）", "转载请注明出处。", "相关推荐：", "🎉🎉",
    "&nbsp;", "<br>", "<p>", "&amp;", "20xx年", "某某", "\n", "\n", "\n", "\r\n", " ", "　", "）。",
]


def _passages_tile(doc) -> bool:
    return all(0 <= p.start <= p.end <= len(doc.text) for p in doc.passages)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=25))
def test_a_cleaned_document_maps_back_to_the_input(parts):
    raw = "".join(parts)
    doc = load_text(raw, "prop")
    out, findings = Cleaner(suggestions=0).clean(doc)
    assert reconstruct(out.raw_text, out.edits) == raw
    index = LineIndex(raw)
    for f in findings:
        assert raw[f.data["raw_start"] : f.data["raw_end"]] == f.text
        assert f.line == index.line(f.data["raw_start"])
        assert 0 <= f.start <= f.end <= len(out.text)
    assert _passages_tile(out)
    for k in range(len(out.text)):
        if not out.text[k].isspace():
            # a character of the cleaned text is on the input line it was read from
            assert out.line_of(k) == index.line(out.to_input(out.to_raw(k)))


def test_an_entity_left_on_a_line_whose_rest_was_removed_keeps_its_line_break():
    # found by the property test above: &amp; read as & stays on its line; the doubled header after
    # it goes without taking the line break, so the next line is not run into it
    raw = "&amp;某某某某一、加强学习一、加强学习\n一、加强学习"
    out, _ = Cleaner(suggestions=0).clean(load_text(raw, "prop"))
    assert out.text == "&\n一、加强学习"
    index = LineIndex(raw)
    for k in range(len(out.text)):
        if not out.text[k].isspace():
            assert out.line_of(k) == index.line(out.to_input(out.to_raw(k)))
