"""Writing a draft as ``.md``, ``.txt`` or ``.docx``.

The ``.docx`` follows the usual layout of official documents (GB/T 9704): A4, margins 37/35/28/26
mm, the title in 方正小标宋简体 二号 centred, 一、 headings in 黑体, （一） headings in 楷体,
1、 headings and body text in 仿宋_GB2312, all 三号 (16 pt) with a first-line indent of two
characters and a fixed line spacing of 28 pt. Word falls back to a similar font where one is
not installed.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .compose import Draft

FORMATS = ("md", "txt", "docx")

TITLE_FONT = "方正小标宋简体"
HEADING_FONTS = {1: "黑体", 2: "楷体", 3: "仿宋"}
BODY_FONT = "仿宋"
TITLE_SIZE_PT = 22  # 二号
BODY_SIZE_PT = 16  # 三号
LINE_SPACING_PT = 28


def render_text(draft: Draft) -> str:
    """Plain text: the title, then one line per heading or paragraph."""
    return draft.text()


def render_markdown(draft: Draft) -> str:
    """Markdown: ``# title``, then headings (with their markers, no markup) and paragraphs, each
    a paragraph of its own. Headings stay plain text so that ``deedsnlp outline``/``check`` read
    the outline back from the file."""
    out = []
    for b in draft.blocks:
        if b.kind == "title":
            out.append(f"# {b.text}")
        else:
            out.append(b.line)
    return "\n\n".join(out) + "\n"


def _set_font(run, name: str, size_pt: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:  # pragma: no cover - font.name always creates it
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _first_line_indent(paragraph, chars: int = 2, size_pt: float = BODY_SIZE_PT) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph.paragraph_format.first_line_indent = Pt(chars * size_pt)
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:  # character units too, so the indent follows the font size in Word
        ind.set(qn("w:firstLineChars"), str(chars * 100))


def build_docx(draft: Draft):
    """The draft as a python-docx ``Document``."""
    from docx import Document as DocxDocument
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Mm, Pt

    doc = DocxDocument()
    for section in doc.sections:
        section.page_height, section.page_width = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(BODY_SIZE_PT)
    from docx.oxml.ns import qn

    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    for b in draft.blocks:
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(LINE_SPACING_PT)
        fmt.space_before = fmt.space_after = Pt(0)
        if b.kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.line_spacing = Pt(36)
            fmt.space_after = Pt(BODY_SIZE_PT)
            _set_font(p.add_run(b.text), TITLE_FONT, TITLE_SIZE_PT)
            continue
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _first_line_indent(p)
        if b.kind == "heading":
            _set_font(p.add_run(b.line), HEADING_FONTS.get(b.level, BODY_FONT), BODY_SIZE_PT, bold=b.level == 3)
        else:
            _set_font(p.add_run(b.text), BODY_FONT, BODY_SIZE_PT)
    return doc


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """``md``/``txt``/``docx`` from ``fmt`` or the file suffix."""
    f = (fmt or Path(path).suffix.lstrip(".")).lower()
    if f == "markdown":
        f = "md"
    if f not in FORMATS:
        raise InputError(str(path), f"unknown output format {f or '(no suffix)'!r}; use .md, .txt or .docx")
    return f


def write_draft(draft: Draft, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``draft`` to ``path`` (format from ``fmt`` or the suffix); return the path."""
    path = Path(path)
    f = format_for(path, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    if f == "docx":
        build_docx(draft).save(str(path))
    else:
        path.write_text(render_markdown(draft) if f == "md" else render_text(draft), encoding="utf-8")
    return path
