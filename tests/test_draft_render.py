"""Output formats: .docx with the official layout (read back with python-docx), .md and .txt that
the outline parser reads back."""

from __future__ import annotations

import pytest
from docx import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Pt

from deedsnlp.draft import compose, parse_facts, parse_log_line, render_markdown, render_text, write_draft
from deedsnlp.errors import InputError
from deedsnlp.loader import load

LINES = [
    "3月5日 召开支委会 研究发展党员工作 出席7人",
    "3月12日 集中学习 学习全国两会精神 参加21人",
    "4月10日 主题党日 参观革命纪念馆 参加20人",
    "6月14日 家访 入户家访 走访12户",
    "9月9日 志愿服务 护学岗 参加18人次",
    "11月1日 培训 青年教师培训 参加30人",
]


@pytest.fixture(scope="module")
def draft():
    facts = parse_facts({"org_name": "青禾小学党支部", "org_type": "school", "year": 2024,
                         "members": {"total": 23, "full": 21, "probationary": 2}})
    return compose(facts, [parse_log_line(l, 2024, source="logs.txt", lineno=i) for i, l in enumerate(LINES, 1)])


def east_asian_font(run) -> str:
    return run._element.rPr.rFonts.get(qn("w:eastAsia"))


def test_docx_layout(draft, tmp_path):
    path = write_draft(draft, tmp_path / "draft.docx")
    doc = DocxDocument(str(path))
    paras = doc.paragraphs[: len(draft.blocks)]
    assert [p.text for p in paras] == [b.line for b in draft.blocks]
    # Word styles: the navigation pane lists the headings
    styles = {(b.kind, b.level): p.style.name for p, b in zip(paras, draft.blocks)}
    assert styles[("title", 0)] == "Title"
    assert styles[("heading", 1)] == "Heading 1" and styles[("heading", 2)] == "Heading 2"
    assert styles[("paragraph", 0)] == "Normal"
    assert doc.styles["Heading 1"].element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    # the signature and the date line close the document, right-aligned
    tail = [p for p in doc.paragraphs[len(draft.blocks):] if p.text]
    assert [p.text for p in tail] == ["青禾小学党支部", "2024年11月1日"]  # the last activity's date
    assert all(p.alignment == 2 for p in tail)
    # page numbers: a PAGE field in the footer
    footer = doc.sections[0].footer
    instr = [el.text for el in footer._element.iter(qn("w:instrText"))]
    assert [t.strip() for t in instr] == ["PAGE"]
    assert {el.get(qn("w:fldCharType")) for el in footer._element.iter(qn("w:fldChar"))} == {"begin", "separate", "end"}
    # document properties: the title and the organisation as author
    assert doc.core_properties.title == "青禾小学党支部先进事迹材料"
    assert doc.core_properties.author == "青禾小学党支部"
    by_kind = {}
    for p, b in zip(paras, draft.blocks):
        by_kind.setdefault((b.kind, b.level), []).append(p)
    title = by_kind[("title", 0)][0]
    assert east_asian_font(title.runs[0]) == "方正小标宋简体" and title.runs[0].font.size == Pt(22)
    assert title.alignment == 1 and title.paragraph_format.first_line_indent is None
    expected = {("heading", 1): "黑体", ("heading", 2): "楷体", ("paragraph", 0): "仿宋"}
    for key, font in expected.items():
        assert by_kind[key], key
        for p in by_kind[key]:
            assert {east_asian_font(r) for r in p.runs} == {font}, (key, p.text)
            assert p.runs[0].font.size == Pt(16)
            assert p.paragraph_format.first_line_indent == Pt(32)  # two characters of 16 pt
            ind = p._p.pPr.find(qn("w:ind"))
            assert ind.get(qn("w:firstLineChars")) == "200"
    section = doc.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28


def test_docx_date_line_from_facts(tmp_path):
    import datetime as dt

    facts = parse_facts({"org_name": "青禾小学党支部", "org_type": "school", "year": 2024, "date": "2024-12-20",
                         "members": {"total": 23}})
    d = compose(facts, [parse_log_line(LINES[0], 2024, source="logs.txt")])
    assert facts.date == dt.date(2024, 12, 20)
    doc = DocxDocument(str(write_draft(d, tmp_path / "d.docx")))
    assert [p.text for p in doc.paragraphs if p.text][-2:] == ["青禾小学党支部", "2024年12月20日"]


def test_markdown_and_text_read_back(draft, tmp_path):
    md = render_markdown(draft)
    assert md.startswith("# 青禾小学党支部先进事迹材料\n\n")
    assert "\n\n一、" in md and "**" not in md
    txt = render_text(draft)
    assert txt.splitlines()[0] == "青禾小学党支部先进事迹材料"
    for text, suffix in ((md, ".md"), (txt, ".txt")):
        p = tmp_path / f"draft{suffix}"
        p.write_text(text, encoding="utf-8")
        doc = next(load([str(p)]))
        got = [(h.level, h.marker) for h in doc.outline]
        want = [(b.level, b.marker.rstrip("、")) for b in draft.blocks if b.kind == "heading"]
        assert [lvl for lvl, _ in got] == [lvl for lvl, _ in want]
        assert len(got) == sum(b.kind == "heading" for b in draft.blocks)


def test_outline_numbering(draft):
    heads = [(b.level, b.marker) for b in draft.blocks if b.kind == "heading"]
    level1 = [m for lvl, m in heads if lvl == 1]
    assert level1 == ["一、", "二、", "三、", "四、", "五、"][: len(level1)]
    # （一） restarts under each level-1 heading
    seen = []
    for lvl, m in heads:
        if lvl == 1:
            seen.append([])
        else:
            seen[-1].append(m)
    for subs in seen:
        assert subs == ["（一）", "（二）", "（三）", "（四）"][: len(subs)]


def test_unknown_output_format(draft, tmp_path):
    with pytest.raises(InputError, match="unknown output format"):
        write_draft(draft, tmp_path / "draft.pdf")
    assert write_draft(draft, tmp_path / "out", "txt").read_text("utf-8") == render_text(draft)
