"""Writing a draft as ``.md``, ``.txt`` or ``.docx``.

The ``.docx`` follows the usual layout of official documents (GB/T 9704): A4, margins 37/35/28/26
mm, the title in 方正小标宋简体 二号 centred, 一、 headings in 黑体, （一） headings in 楷体,
1、 headings and body text in 仿宋_GB2312, all 三号 (16 pt) with a first-line indent of two
characters and a fixed line spacing of 28 pt; page numbers ``— 1 —`` centred in the footer; the
organisation and the date line right-aligned at the end. Headings use Word's ``Heading 1``–``3``
styles (the navigation pane lists them), the title the ``Title`` style, and the document
properties carry the title and the organisation as author. Word falls back to a similar font
where one is not installed.
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


HEADING_STYLES = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}


def _style_font(style, name: str, size_pt: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = name
    style.font.size = Pt(size_pt)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _style_paragraph(style, *, line_pt: float = LINE_SPACING_PT, indent: bool = True, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(line_pt)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.keep_with_next = style.name.startswith("Heading")
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        fmt.first_line_indent = Pt(2 * BODY_SIZE_PT)


def _page_number_footer(section) -> None:
    """Page numbers in the footer, centred: ``— PAGE —`` in 宋体 四号 (GB/T 9704 puts them at the
    bottom; the dashes flank the number)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    _set_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        if kind is not None:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text is not None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)
    _set_font(p.add_run(" —"), "宋体", 14)


def signature_lines(draft: Draft) -> tuple[str, str]:
    """The signature (the organisation) and the date line (成文日期): the facts' ``date`` when
    given, else the date of the last activity the draft states (a report is written after it;
    both are traced), else none."""
    facts = draft.facts
    when = getattr(facts, "date", None)
    if when is None:
        dates = [e.date for e in draft.entries if e.date is not None and e.date.year == facts.year]
        when = max(dates) if dates else None
    day = f"{when.year}年{when.month}月{when.day}日" if when else ""
    return facts.org_name, day


def build_docx(draft: Draft):
    """The draft as a python-docx ``Document``: the title in the ``Title`` style, 一、/（一）/1、
    headings in ``Heading 1``–``3`` (Word's navigation pane lists them), body text in ``Normal``;
    page numbers in the footer, the signature and date line at the end, and the document
    properties (title, author = the organisation)."""
    from docx import Document as DocxDocument
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = DocxDocument()
    for section in doc.sections:
        section.page_height, section.page_width = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        section.footer_distance = Mm(28)
        _page_number_footer(section)
    styles = doc.styles
    _style_font(styles["Normal"], BODY_FONT, BODY_SIZE_PT)
    _style_paragraph(styles["Normal"])
    _style_font(styles["Title"], TITLE_FONT, TITLE_SIZE_PT)
    _style_paragraph(styles["Title"], line_pt=36, indent=False, center=True)
    styles["Title"].paragraph_format.space_after = Pt(BODY_SIZE_PT)
    for level, name in HEADING_STYLES.items():
        _style_font(styles[name], HEADING_FONTS.get(level, BODY_FONT), BODY_SIZE_PT, bold=level == 3)
        _style_paragraph(styles[name])
    props = doc.core_properties
    props.title = draft.title
    props.author = draft.facts.org_name
    props.last_modified_by = draft.facts.org_name
    props.subject = "先进事迹材料"
    props.keywords = "先进事迹材料; " + draft.facts.org_name
    props.language = "zh-CN"
    props.comments = "deedsnlp draft"
    for b in draft.blocks:
        if b.kind == "title":
            p = doc.add_paragraph(style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(b.text), TITLE_FONT, TITLE_SIZE_PT)
            continue
        if b.kind == "heading":
            p = doc.add_paragraph(style=HEADING_STYLES.get(b.level, "Heading 3"))
            _first_line_indent(p)
            _set_font(p.add_run(b.line), HEADING_FONTS.get(b.level, BODY_FONT), BODY_SIZE_PT, bold=b.level == 3)
        else:
            p = doc.add_paragraph(style="Normal")
            _first_line_indent(p)
            _set_font(p.add_run(b.text), BODY_FONT, BODY_SIZE_PT)
    # signature and date, right-aligned, after an empty line (GB/T 9704: 成文日期 under the signature)
    org, day = signature_lines(draft)
    doc.add_paragraph(style="Normal")
    for text in (org, day):
        if not text:
            continue
        p = doc.add_paragraph(style="Normal")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.right_indent = Pt(4 * BODY_SIZE_PT)
        _set_font(p.add_run(text), BODY_FONT, BODY_SIZE_PT)
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
