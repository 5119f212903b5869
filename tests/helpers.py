"""Test helpers: build .docx files (plain or with Word automatic numbering) from lines; what a cleaning result removed;
a village branch's invented report the fresh-page cases splice junk into."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as DocxDocument
from docx.oxml import parse_xml

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

_MARKERS = [
    (re.compile(r"^[一二三四五六七八九十]+、"), 0),
    (re.compile(r"^[（(][一二三四五六七八九十]+[)）]、?"), 1),
    (re.compile(r"^\d+、"), 2),
]


def write_docx(lines: list[str], path: Path, *, auto_numbering: bool = False, table_after: int | None = None) -> Path:
    """Save ``lines`` as a .docx. With ``auto_numbering`` the 一、/(一)、/1、 markers are removed
    from the text and rendered by Word numbering (numPr) instead."""
    doc = DocxDocument()
    num_id = None
    if auto_numbering:
        numbering = doc.part.numbering_part.element
        abstract = parse_xml(
            f"<w:abstractNum {W_NS} w:abstractNumId=\"77\">"
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="(%2)、"/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3、"/></w:lvl>'
            "</w:abstractNum>"
        )
        numbering.insert(0, abstract)
        numbering.append(parse_xml(f'<w:num {W_NS} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
        num_id = 77
    for i, line in enumerate(lines):
        ilvl = None
        if auto_numbering:
            for pattern, level in _MARKERS:
                m = pattern.match(line)
                if m:
                    line, ilvl = line[m.end():], level
                    break
        par = doc.add_paragraph(line)
        if ilvl is not None:
            ppr = par._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
        if table_after is not None and i == table_after:
            table = doc.add_table(rows=2, cols=2)
            table.cell(0, 0).text = "党员人数"
            table.cell(0, 1).text = "23"
            table.cell(1, 0).text = "预备党员"
            table.cell(1, 1).text = "1"
    doc.save(path)
    return path


def removed_text(page: str, result) -> str:
    """What a cleaning result removed from ``page`` (masks and placeholders, which are flagged, not removed, left out),
    its pieces run together: a test asks whether a junk string is in it."""
    return "".join(page[f.start:f.end] for f in result.findings if f.action in ("removed", "restored")
                   and f.kind not in ("mask", "placeholder"))


#: an invented village branch's report: its title and three paragraphs (the fresh-page cases splice junk between them)
VILLAGE_TITLE = "石桥村党支部先进事迹材料\n"
VILLAGE_P1 = ("近年来，石桥村党支部坚持党建引领乡村振兴，组织党员带头发展茶叶和中药材种植，"
              "带动村民增收致富，村集体经济收入突破50万元。\n")
VILLAGE_P2 = ("支部坚持“三会一课”制度，每月开展主题党日活动，组织党员为群众办实事32件，"
              "党员队伍的凝聚力和战斗力不断增强。\n")
VILLAGE_P3 = "下一步，石桥村党支部将继续发挥战斗堡垒作用，带领村民建设美丽乡村。\n"


def clean_page(page: str) -> str:
    """The page as the default cleaner leaves it (no mask suggestions)."""
    from deedsnlp.clean import Cleaner

    return Cleaner(suggestions=0).clean_text(page).cleaned
