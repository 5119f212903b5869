from collections import Counter

import pytest

from deedsnlp.loader import build_document, load
from deedsnlp.outline import match_marker, numeral_value, parse_outline

from .helpers import write_docx


def outline_of(text):
    return [(h.level, h.marker, h.title) for h in build_document(text, "t").outline]


def test_seed_outline_counts(seed_path):
    doc = next(load([str(seed_path)]))
    assert Counter(h.level for h in doc.outline) == {1: 2, 2: 5, 3: 13}
    first = doc.outline[0]
    assert (first.level, first.marker, first.title, first.line) == (1, "一、", "加强党支部的自身建设,树立战斗堡垒形象", 2)
    assert [h.title for h in doc.outline if h.level == 2][:3] == ["加强学习,夯实基础", "制度建设,规范管理", "载体活动,树立形象"]
    assert not [f for f in doc.findings if f.kind == "outline_gap"]


def test_seed_lead_in_headings(seed_path):
    doc = next(load([str(seed_path)]))
    lead = [h for h in doc.outline if h.lead_in]
    assert [h.title for h in lead] == ["三会一课制度", "学校干部队伍建设制度", "民主评议党员的长效制度", "党员发展工作制度"]
    # the lead-in paragraph stays a body passage under its own heading
    p = next(p for p in doc.passages if p.line == 14)
    assert not p.is_heading and doc.outline[p.heading].title == "三会一课制度"
    assert "为了加强党的组织建设" in doc.passage_text(p)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-16-le"])
def test_seed_outline_same_in_other_encodings(seed_path, seed_text, tmp_path, encoding):
    target = tmp_path / f"seed_{encoding}.txt"
    target.write_bytes(seed_text.encode(encoding))
    ref = next(load([str(seed_path)]))
    doc = next(load([str(target)]))
    assert doc.text == ref.text
    assert [(h.level, h.marker, h.title, h.line) for h in doc.outline] == [
        (h.level, h.marker, h.title, h.line) for h in ref.outline
    ]


@pytest.mark.parametrize("auto", [False, True])
def test_seed_outline_same_in_docx(seed_path, seed_text, tmp_path, auto):
    path = write_docx(seed_text.splitlines(), tmp_path / "seed.docx", auto_numbering=auto)
    ref = next(load([str(seed_path)]))
    doc = next(load([str(path)]))
    assert Counter(h.level for h in doc.outline) == {1: 2, 2: 5, 3: 13}
    assert [(h.level, h.title) for h in doc.outline] == [(h.level, h.title) for h in ref.outline]
    if auto:
        assert doc.outline[0].marker == "一、" and doc.outline[1].marker == "(一)、"


def test_styles_and_levels_compress():
    text = "（一）学习教育\n党员学习。\n1.三会一课\n（1）支委会\n①每月一次\n（二）组织建设"
    assert outline_of(text) == [
        (1, "（一）", "学习教育"), (2, "1.", "三会一课"), (3, "（1）", "支委会"), (4, "①", "每月一次"), (1, "（二）", "组织建设"),
    ]


def test_part_and_chapter_headings():
    text = "第一部分 基本情况\n支部现有党员12名。\n第二部分 主要做法\n一、抓学习\n二、抓制度"
    assert outline_of(text) == [
        (1, "第一部分", "基本情况"), (1, "第二部分", "主要做法"), (2, "一、", "抓学习"), (2, "二、", "抓制度"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "5.12汶川特大地震发生后，全体党员踊跃捐款。",
        "2019年，支部组织党员开展志愿服务活动32次。",
        "三会一课制度坚持得好，组织生活规范有序。",
        "一年来，支部坚持把学习放在首位。",
        "一是抓学习，二是抓制度，三是抓活动。",
        "3月份，支部召开专题组织生活会。",
        "12.5万元的集体经济收入全部用于公益事业。",
        "1、组织全体党员认真学习党章党规和系列讲话精神并结合本职工作撰写学习心得体会文章一百二十余篇形成了浓厚的学习氛围",
    ],
)
def test_body_text_starting_with_numbers_is_not_a_heading(line):
    assert outline_of("一、加强学习\n" + line) == [(1, "一、", "加强学习")]


def test_link_tail_lines_are_not_headings(seed_path):
    doc = next(load([str(seed_path)]))
    assert all(h.line < 45 for h in doc.outline)


def test_numbering_gap_reported():
    doc = build_document("一、学习\n内容。\n三、制度\n内容。\n（一）小节\n（三）另一小节", "gap")
    gaps = [f for f in doc.findings if f.kind == "outline_gap"]
    assert [(f.line, f.data["expected"], f.data["found"]) for f in gaps] == [(3, 2, 3), (6, 2, 3)]


def test_numbering_restarts_under_each_parent():
    doc = build_document("一、学习\n（一）子项一\n（二）子项二\n二、制度\n（一）子项一\n（二）子项二", "ok")
    assert not [f for f in doc.findings if f.kind == "outline_gap"]
    assert [h.parent for h in doc.outline] == [None, 0, 0, None, 3, 3]


def test_numerals():
    assert numeral_value("十二") == 12 and numeral_value("二十一") == 21
    assert numeral_value("7") == 7 and numeral_value("③") == 3
    assert match_marker("（十一）、加强") [:3] == ("paren_cn", "（十一）、", 11)
    assert match_marker("5.12地震") is None


def test_heading_path_and_passages():
    doc = build_document("一、学习\n（一）读书\n正文一。\n正文二。", "p")
    assert [p.heading_path for p in doc.passages] == [["学习"], ["学习", "读书"], ["学习", "读书"], ["学习", "读书"]]
    assert [p.is_heading for p in doc.passages] == [True, True, False, False]


def test_docx_heading_style_hint(tmp_path):
    from docx import Document as D

    d = D()
    d.add_heading("基本情况", level=1)
    d.add_paragraph("支部现有党员20名。")
    d.add_heading("主要做法", level=1)
    d.add_paragraph("（一）加强学习")
    d.save(tmp_path / "h.docx")
    doc = next(load([str(tmp_path / "h.docx")]))
    assert [(h.level, h.title) for h in doc.outline] == [(1, "基本情况"), (1, "主要做法"), (2, "加强学习")]


def test_parse_outline_direct():
    heads, by_line, gaps = parse_outline(["一、学习", "正文。"])
    assert len(heads) == 1 and by_line == {0: 0} and gaps == []
