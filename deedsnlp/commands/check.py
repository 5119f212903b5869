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
) -> None:
    """Check a draft: missing and weak sections, inconsistent numbers, out-of-date policy terms,
    scraping residue, blanks, stock sentences. Exit 0 when it passes, 1 when a required section is
    missing or an error is found, 2 for bad input."""
    from ..check import Checker, load_profile
    from ..check.boilerplate import load_stock
    from ..check.stale import load_lexicon
    from ..errors import DeedsError, InputError
    from ..loader import LoadOptions, load_one

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
    report = checker.check(docs[0], prof, year)
    if json_out:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_report(report)
    raise typer.Exit(report.exit_code)


def print_report(report, console=None) -> None:
    """The report as rich tables: sections, then findings coloured by severity."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    year = "none found" if report.year is None else str(report.year)
    if report.year_source == "draft":
        year += " (the latest year in the draft)"
    elif report.year_source == "terms":
        year += " (the first year of the newest policy term in the draft)"
    console.print(Text.assemble(("Draft check ", "bold"), f"{report.source} — profile ", (report.profile, "bold"),
                                f", year {year}"))

    sections = Table(title="Sections", title_justify="left", show_lines=False)
    sections.add_column("section", no_wrap=True)
    sections.add_column("level", no_wrap=True)
    sections.add_column("status", no_wrap=True)
    sections.add_column("headings / notes", overflow="fold")

    def section_cell(s):
        return Text.assemble(s.label, "\n", (s.name, "dim"))

    weak = {s.label: s for s in report.weak_sections}
    for s in report.present_sections:
        status, style = ("weak", "yellow") if s.label in weak else ("present", "green")
        notes = "; ".join(s.headings) if s.headings else ""
        if s.label in weak:
            notes = "; ".join(weak[s.label].weak_reasons) + (f" — {notes}" if notes else "")
        sections.add_row(section_cell(s), s.level, Text(status, style=style),
                         notes or f"{s.passages} passage{'s' if s.passages != 1 else ''} from line {s.line}")
    for s in report.missing_sections:
        style = "bold red" if s.level == "required" else "yellow"
        sections.add_row(section_cell(s), s.level, Text("missing", style=style), "")
    console.print(sections)

    if report.findings:
        table = Table(title="Findings", title_justify="left")
        table.add_column("line", no_wrap=True, justify="right")
        table.add_column("severity", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("message", overflow="fold", ratio=3)
        table.add_column("text", overflow="fold", ratio=2)
        for f in report.findings:
            style = _STYLE.get(f.severity, "")
            table.add_row("" if f.line is None else str(f.line), Text(f.severity, style=style),
                          Text(f.kind, style=style), f.reason, f.text)
        console.print(table)
    counts = {sev: len(report.by_severity(sev)) for sev in ("error", "warning", "info")}
    missing = [s.label for s in report.missing_required]
    verdict = Text("PASS", style="bold green") if report.passed else Text("FAIL", style="bold red")
    summary = Text.assemble(
        verdict, " — ",
        (f"{counts['error']} error{'s' if counts['error'] != 1 else ''}", _STYLE["error"] if counts["error"] else ""),
        ", ", (f"{counts['warning']} warning{'s' if counts['warning'] != 1 else ''}", _STYLE["warning"] if counts["warning"] else ""),
        f", {counts['info']} info; stock sentences {report.boilerplate_ratio:.1%} of the text",
        (f"; missing required: {', '.join(missing)}" if missing else ""),
    )
    console.print(summary)


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)
