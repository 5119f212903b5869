"""The document owns its offsets: line index, raw↔text map, sentence spans; the stage protocol."""

from __future__ import annotations

import random

from deedsnlp import Document, Finding, load_text
from deedsnlp.normalize import _TABLE
from deedsnlp.pipeline import Stage, run_stages
from deedsnlp.text import LineIndex, sentence_spans, split_sentences

RAW = "  一、加强学习\r\n\r\n支部坚持 “三会一课”\u3000制度（每月\n）。２０２３年　发展党员３名！\u2028\n二、服务群众\n\t走访困难户十二户。"


def test_line_index_every_break():
    idx = LineIndex("甲\r\n乙\r丙\u2028丁\n")
    assert [idx.line(o) for o in (0, 1, 3, 5, 7, 8, 9)] == [1, 1, 2, 3, 4, 4, 5]
    assert idx.span(4) == (7, 8)


def test_to_raw_points_at_the_same_character():
    doc = load_text(RAW)
    for t, ch in enumerate(doc.text):
        if ch == "\n":
            continue
        r = doc.to_raw(t)
        assert _TABLE.get(ord(doc.raw_text[r]), doc.raw_text[r]) == ch, (t, ch)
        assert doc.to_text(r) == t
        assert doc.line_of(t) == doc.raw_line_of(r)


def test_line_of_inside_a_joined_paragraph():
    doc = load_text(RAW)
    assert doc.line_of(doc.text.index("制度")) == 3
    assert doc.line_of(doc.text.index("２０２３".translate(_TABLE))) == 4  # after the joined ）。
    assert doc.line_of(doc.text.index("走访")) == 7


def test_to_text_of_a_dropped_line_is_the_next_passage():
    doc = load_text("甲。\n\n\n乙。")
    assert doc.to_text(doc.raw_text.index("\n\n") + 1) == doc.text.index("乙")


def test_random_texts_round_trip():
    rng = random.Random(7)
    alphabet = "党员学习。，！？；（）)\u3000 \t\u200bＡ１\n\r"
    for _ in range(200):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        doc = load_text(raw)
        for t, ch in enumerate(doc.text):
            if ch != "\n":
                r = doc.to_raw(t)
                assert _TABLE.get(ord(raw[r]), raw[r]) == ch
                assert doc.to_text(r) == t


def test_sentences_once_for_the_package():
    doc = load_text("他说：“好。”然后走了！\n第二段；第三句")
    assert [doc.text[s:e] for s, e in doc.sentences()] == ["他说：“好。”", "然后走了！", "第二段；", "第三句"]
    assert split_sentences("甲。乙") == ["甲。", "乙"]
    assert sentence_spans("甲。乙", 2) == [(2, 3)]
    # the splitter of dedup's boilerplate and of the checker's numbers is this one
    from deedsnlp.dedup.boilerplate import split_sentences as dedup_split

    assert dedup_split is split_sentences


def test_raw_findings_move_to_text_offsets_with_their_line():
    doc = load_text("第一行\n\n  第三行有**。")
    r = doc.raw_text.index("**")
    f = doc.add_finding(Finding("mask", r, r + 2, basis="raw"))
    assert (f.basis, doc.text[f.start : f.end], f.line) == ("text", "**", 3)
    assert f.data["raw_start"] == r


def test_offsets_do_not_travel_in_json():
    doc = load_text(RAW)
    doc.line_of(5)
    doc.sentences()
    back = Document.from_json(doc.to_json())
    assert back == doc
    assert "_offsets" not in doc.to_dict()


def test_stage_protocol_records_findings_and_stats():
    class Marks(Stage):
        name = "marks"

        def process(self, doc):
            for k, ch in enumerate(doc.text):
                if ch == "！":
                    self.add_finding(doc, "bang", k, k + 1)
            return doc

    stage = Marks()
    docs = list(run_stages([stage], [load_text("好！\n很好！"), load_text("一般。")]))
    assert [(f.stage, f.kind, f.line) for f in docs[0].findings] == [("marks", "bang", 1), ("marks", "bang", 2)]
    assert stage.stats.documents == 2 and stage.stats.findings["bang"] == 2
