"""`deedsnlp check`: what a draft lacks and what is wrong in it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..cli import error

#: draft formats `check` reads
DRAFT_SUFFIXES = (".txt", ".md", ".docx")
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def check_command(
    draft: str = typer.Argument(..., help="The draft: a .txt, .md or .docx file, or - for stdin (text)."),
    profile: str = typer.Option("generic", "--profile", "-p",
                                help="Unit kind (school, university, village, community, enterprise, hospital, "
                                     "agency, generic) or a profile file (.yaml/.json, FILE#NAME for one of several)."),
    year: Optional[int] = typer.Option(None, "--year", "-y", min=1949, max=2100,
                                       help="Report year for policy terms (default: the latest year the draft mentions, or the first year of a newer policy term it uses)."),
    json_out: bool = typer.Option(False, "--json", help="Print the report as one JSON object."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Classifier folder (default: the shipped model)."),
    lexicon: Optional[Path] = typer.Option(None, "--lexicon", help="Dated policy terms (TSV: term, first_year, last_year, kind, note)."),
    stock: Optional[Path] = typer.Option(None, "--stock", help="Stock sentences (TSV text/docs/source, or one per line)."),
    suggest_masks: bool = typer.Option(False, "--suggest-masks", help="Suggest what censor masks hide (slower)."),
    lang: str = typer.Option("zh", "--lang", help="Language of the findings and the report: zh (default) or en."),
) -> None:
    """Check a draft: missing and weak sections, inconsistent numbers, out-of-date policy terms,
    scraping residue, blanks, stock sentences. Exit 0 when it passes, 1 when a required section is
    missing or an error is found, 2 for bad input."""
    from ..check import Checker, load_profile
    from ..check.boilerplate import load_stock
    from ..check.stale import load_lexicon
    from ..errors import DeedsError, InputError
    from ..loader import LoadOptions, load_one

    if lang not in ("zh", "en"):
        error(f"--lang must be zh or en, got {lang!r}")
        raise typer.Exit(2)
    if draft != "-" and not draft.lower().endswith(DRAFT_SUFFIXES):
        error(f"{draft}: unsupported draft format (use {', '.join(DRAFT_SUFFIXES)})")
        raise typer.Exit(2)
    try:
        prof = load_profile(profile)
        lex = load_lexicon(lexicon) if lexicon else None
        stock_sentences = load_stock(stock) if stock else None
        clf = None
        if model is not None:
            from ..classify import load_model

            clf = load_model(model)
        docs = []
        for item in load_one(draft, LoadOptions()):
            if isinstance(item, InputError):
                raise item
            docs.append(item)
        if not docs:
            raise InputError("<stdin>" if draft == "-" else draft, "no text in this draft")
    except DeedsError as exc:  # ProfileError and InputError among them
        error(str(exc))
        raise typer.Exit(2)

    checker = Checker(model=clf, lexicon=lex, stock=stock_sentences, suggest_masks=suggest_masks)
    try:
        report = checker.check(docs[0], prof, year, lang)
    except DeedsError as exc:
        error(str(exc))
        raise typer.Exit(2)
    if json_out:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_report(report)
    raise typer.Exit(report.exit_code)


#: the human report's words, by language
_WORDS = {
    "en": {"none": "none found", "draft": " (the latest year in the draft)",
           "terms": " (the first year of the newest policy term in the draft)", "head": "Draft check ",
           "profile": " — profile ", "year": ", year ", "sections": "Sections", "section": "section", "level": "level",
           "status": "status", "notes": "headings / notes", "weak": "weak", "present": "present", "missing": "missing",
           "findings": "Findings", "line": "line", "severity": "severity", "kind": "kind", "message": "message",
           "text": "text", "pass": "PASS", "fail": "FAIL", "stock": "stock sentences {:.1%} of the text",
           "missing_req": "; missing required: ", "from_line": "{n} passage{s} from line {line}",
           "sev": {"error": "error", "warning": "warning", "info": "info"},
           "count": lambda n, sev: f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}",
           "levels": {"required": "required", "recommended": "recommended", "optional": "optional"}},
    "zh": {"none": "未找到", "draft": "（材料中最晚的年份）", "terms": "（材料所用最新提法的起始年份）", "head": "材料检查 ",
           "profile": " — 类型 ", "year": "，年份 ", "sections": "各部分", "section": "部分", "level": "要求",
           "status": "状态", "notes": "标题 / 说明", "weak": "薄弱", "present": "已有", "missing": "缺少",
           "findings": "问题", "line": "行", "severity": "级别", "kind": "类别", "message": "说明", "text": "原文",
           "pass": "通过", "fail": "未通过", "stock": "套话占全文 {:.1%}", "missing_req": "；缺少必备部分：",
           "from_line": "{n}段，自第{line}行", "sev": {"error": "错误", "warning": "警告", "info": "提示"},
           "count": lambda n, sev: f"{sev}{n}条",
           "levels": {"required": "必备", "recommended": "建议", "optional": "可选"}},
}


def print_report(report, console=None) -> None:
    """The report as rich tables: sections, then findings coloured by severity (in the report's
    language)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    w = _WORDS.get(getattr(report, "lang", "en"), _WORDS["en"])
    console = console or Console()
    year = w["none"] if report.year is None else str(report.year)
    if report.year_source == "draft":
        year += w["draft"]
    elif report.year_source == "terms":
        year += w["terms"]
    console.print(Text.assemble((w["head"], "bold"), f"{report.source}{w['profile']}", (report.profile, "bold"),
                                f"{w['year']}{year}"))

    sections = Table(title=w["sections"], title_justify="left", show_lines=False)
    sections.add_column(w["section"], no_wrap=True)
    sections.add_column(w["level"], no_wrap=True)
    sections.add_column(w["status"], no_wrap=True)
    sections.add_column(w["notes"], overflow="fold")

    def section_cell(s):
        return Text.assemble(s.label, "\n", (s.name, "dim"))

    weak = {s.label: s for s in report.weak_sections}
    levels = w["levels"]
    for s in report.present_sections:
        status, style = (w["weak"], "yellow") if s.label in weak else (w["present"], "green")
        notes = "; ".join(s.headings) if s.headings else ""
        if s.label in weak:
            notes = "; ".join(weak[s.label].weak_reasons) + (f" — {notes}" if notes else "")
        sections.add_row(section_cell(s), levels.get(s.level, s.level), Text(status, style=style),
                         notes or w["from_line"].format(n=s.passages, s="s" if s.passages != 1 else "", line=s.line))
    for s in report.missing_sections:
        style = "bold red" if s.level == "required" else "yellow"
        sections.add_row(section_cell(s), levels.get(s.level, s.level), Text(w["missing"], style=style), "")
    console.print(sections)

    if report.findings:
        table = Table(title=w["findings"], title_justify="left")
        table.add_column(w["line"], no_wrap=True, justify="right")
        table.add_column(w["severity"], no_wrap=True)
        table.add_column(w["kind"], no_wrap=True)
        table.add_column(w["message"], overflow="fold", ratio=3)
        table.add_column(w["text"], overflow="fold", ratio=2)
        for f in report.findings:
            style = _STYLE.get(f.severity, "")
            table.add_row("" if f.line is None else str(f.line), Text(w["sev"].get(f.severity, f.severity), style=style),
                          Text(f.kind, style=style), f.reason, f.text)
        console.print(table)
    counts = {sev: len(report.by_severity(sev)) for sev in ("error", "warning", "info")}
    missing = [s.label for s in report.missing_required]
    verdict = Text(w["pass"], style="bold green") if report.passed else Text(w["fail"], style="bold red")
    sev = w["sev"]
    comma, semi = (", ", "; ") if report.lang == "en" else ("，", "；")
    summary = Text.assemble(
        verdict, " — ",
        (w["count"](counts["error"], sev["error"]), _STYLE["error"] if counts["error"] else ""),
        comma, (w["count"](counts["warning"], sev["warning"]), _STYLE["warning"] if counts["warning"] else ""),
        comma, w["count"](counts["info"], sev["info"]), semi,
        w["stock"].format(report.boilerplate_ratio),
        (w["missing_req"] + ", ".join(missing) if missing else ""),
    )
    console.print(summary)


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)
