"""`deedsnlp draft` and `deedsnlp suggest`.

Exit codes of ``draft``: 0 when the draft was written (skipped log rows are warnings on stderr),
1 when the draft was written but a whole log file could not be read, 2 when nothing was written
(an unusable facts file, a bad option, an unwritable output).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import error, warn


def _sections_option(value: Optional[str]) -> tuple[str, ...] | None:
    if not value:
        return None
    from ..classify.labels import LABELS

    out = tuple(s.strip() for s in value.split(",") if s.strip())
    bad = [s for s in out if s not in LABELS or s == "other"]
    if bad:
        raise typer.BadParameter(f"unknown section(s) {', '.join(bad)}; use {', '.join(l for l in LABELS if l != 'other')}")
    return out


def _read_logs(paths: list[str], year: int | None) -> tuple[list, list, int]:
    """Entries, skipped-row records for the explain file, and how many whole files failed."""
    from ..draft.logs import read_log
    from ..errors import InputError

    entries, skipped, file_failed = [], [], 0
    for p in paths:
        try:
            for item in read_log(p, year=year):
                if isinstance(item, InputError):
                    warn(f"{item} (row skipped)")
                    skipped.append({"where": item.source, "reason": item.reason})
                else:
                    entries.append(item)
        except InputError as err:
            error(str(err))
            skipped.append({"where": err.source, "reason": err.reason})
            file_failed += 1
    return entries, skipped, file_failed


def draft_command(
    ctx: typer.Context,
    facts: Path = typer.Argument(..., help="Facts file (.yaml, .yml or .json)."),
    logs: List[str] = typer.Option([], "--logs", "-l", help="Log files (.csv, .tsv, .xlsx, .jsonl, .txt): --logs A B C."),
    output: Path = typer.Option(..., "-o", "--output", help="Draft to write: .md, .txt or .docx."),
    explain: Optional[Path] = typer.Option(None, "--explain", help="Write, for every sentence, the facts and log rows behind its numbers (JSON)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="md, txt or docx (default: from the output suffix)."),
    seed: int = typer.Option(0, "--seed", help="Chooses among the templates' phrasings (same seed, same text)."),
    templates: Optional[Path] = typer.Option(None, "--templates", help="Your template folder (<section>/<kind>.j2), searched before the shipped one."),
    sections: Optional[str] = typer.Option(None, "--sections", help="Comma-separated sections, in order (default: all)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Classifier for log rows of unknown type (default: the shipped model)."),
) -> None:
    """Draft a deeds report from a facts file and meeting/activity logs; every number is traceable."""
    from ..draft.compose import DEFAULT_SECTIONS, compose
    from ..draft.explain import explain as make_explain
    from ..draft.explain import write_explain
    from ..draft.facts import load_facts
    from ..draft.render import format_for, write_draft
    from ..draft.templates import TemplateSet, UntracedNumber
    from ..errors import InputError, ModelError

    extra = list(ctx.args)
    bad = [a for a in extra if a.startswith("-")]
    if bad:
        error(f"unknown option {bad[0]}")
        raise typer.Exit(2)
    log_paths = list(logs) + extra
    if extra and not logs:
        error(f"unexpected argument {extra[0]!r}; give log files after --logs")
        raise typer.Exit(2)
    try:
        order = _sections_option(sections) or DEFAULT_SECTIONS
        format_for(output, fmt)
        facts_obj = load_facts(facts)
        tset = TemplateSet(templates) if templates is not None else None
    except typer.BadParameter as exc:
        error(str(exc))
        raise typer.Exit(2)
    except InputError as exc:
        error(str(exc))
        raise typer.Exit(2)
    entries, skipped, file_failed = _read_logs(log_paths, facts_obj.year)
    clf = None
    if model is not None:
        from ..classify import load_model

        try:
            clf = load_model(model)
        except ModelError as exc:
            error(str(exc))
            raise typer.Exit(2)
    try:
        d = compose(facts_obj, entries, seed=seed, templates=tset, sections=order, model=clf)
    except UntracedNumber as exc:
        error(f"template error: {exc}")
        raise typer.Exit(2)
    for lo in d.left_out:
        warn(f"{lo.entry.where}: {lo.reason}（该记录未写入初稿）")
    for w in d.warnings:
        warn(w)
    try:
        written = write_draft(d, output, fmt)
        if explain is not None:
            write_explain(make_explain(d, log_files=log_paths, left_out=skipped), explain)
    except OSError as exc:
        error(f"{output}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(2)
    notes = []
    rows_skipped = len(skipped) - file_failed + len(d.left_out)
    if rows_skipped:
        notes.append(f"rows skipped: {rows_skipped}")
    if file_failed:
        notes.append(f"unreadable log files: {file_failed}")
    sys.stderr.write(f"deedsnlp: drafted {len(d.sections)} sections from {len(d.entries)} log rows"
                     f"{' (' + ', '.join(notes) + ')' if notes else ''} → {written}\n")
    raise typer.Exit(2 if file_failed else 0)


def suggest_command(
    logs: List[str] = typer.Argument(..., help="Log files (.csv, .tsv, .xlsx, .jsonl, .txt)."),
    section: str = typer.Option(..., "--section", "-s", help="Section label (study, institutions, carriers, cadre_building, ...)."),
    facts: Optional[Path] = typer.Option(None, "--facts", help="Facts file: unit kind, report year, names."),
    year: Optional[int] = typer.Option(None, "--year", help="Report year for dates without one (default: the facts file's)."),
    json_out: bool = typer.Option(False, "--json", help="Print a JSON array of {text, sources, score, exemplar}."),
    k: int = typer.Option(10, "-k", "--top", help="How many template sentences."),
    exemplars: int = typer.Option(3, "--exemplars", help="How many exemplar passages from corpora/ (0: none)."),
    templates: Optional[Path] = typer.Option(None, "--templates", help="Your template folder, searched first."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of your past reports (.txt, .md, .docx, .jsonl): exemplar sentences come from it, adapted with your traced values only."),
) -> None:
    """Ranked suggestions for one section: template sentences from the logs, then exemplars."""
    from ..classify.labels import LABELS
    from ..draft.facts import load_facts
    from ..draft.suggest import suggest
    from ..draft.templates import TemplateSet
    from ..errors import InputError

    if section not in LABELS or section == "other":
        error(f"--section must be one of {', '.join(l for l in LABELS if l != 'other')}, got {section!r}")
        raise typer.Exit(2)
    try:
        facts_obj = load_facts(facts) if facts is not None else None
        tset = TemplateSet(templates) if templates is not None else None
    except InputError as exc:
        error(str(exc))
        raise typer.Exit(2)
    if year is None and facts_obj is not None:
        year = facts_obj.year
    entries, _skipped, file_failed = _read_logs(list(logs), year)
    if corpus is not None and not corpus.is_dir():
        error(f"{corpus}: --corpus must be a folder of past reports")
        raise typer.Exit(2)
    items = suggest(entries, section, facts_obj, k=k, exemplars=exemplars, templates=tset, user_corpus=corpus)
    if json_out:
        sys.stdout.write(json.dumps([s.to_dict() for s in items], ensure_ascii=False, indent=1) + "\n")
    else:
        for i, s in enumerate(items, start=1):
            tag = "exemplar " + str(s.sources[0].get("doc_id", "")) if s.exemplar else ", ".join(sorted(
                {f"{Path(x['file']).name}:{x['line']}" if x["kind"] == "log" else x.get("key", "") for x in s.sources}))[:80]
            typer.echo(f"{i:>2}. [{s.score:.2f}] {s.text}\n      ← {tag}")
    raise typer.Exit(2 if file_failed else 0)


def register(app: typer.Typer) -> None:
    app.command("draft", context_settings={"allow_extra_args": True, "ignore_unknown_options": False})(draft_command)
    app.command("suggest")(suggest_command)
