"""`deedsnlp clean`: remove scraping junk from sample reports, with a JSONL report of every change."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import InputDocuments, error, warn

_UNSAFE = re.compile(r"[^\w.\-\u3400-\u9fff]+")


def clean_command(
    inputs: List[str] = typer.Argument(..., help="Files, folders, glob patterns, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Folder for the cleaned documents (<stem>.txt)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Write one JSON object per finding to this file."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Write only the report (to stdout without --report)."),
    restore: bool = typer.Option(False, "--restore", help="Put back masked characters whose suggestion is confident enough."),
    min_confidence: float = typer.Option(0.95, "--min-confidence", help="Confidence a suggestion needs for --restore (0-1)."),
    suggestions: int = typer.Option(5, "--suggestions", help="Ranked suggestions per mask (0: none, no language model)."),
    mlm: Optional[Path] = typer.Option(None, "--mlm", help="Local Chinese masked-LM folder (transformers) to rank suggestions."),
    lm_corpus: Optional[Path] = typer.Option(None, "--lm-corpus", help="Folder of texts the n-gram model trains on (default corpora/labelled)."),
    learn: bool = typer.Option(True, "--learn/--no-learn", help="First learn recurring notices from all inputs (a second reading pass)."),
    min_docs: int = typer.Option(2, "--min-docs", help="Documents a notice must recur in to be learned."),
    kinds: Optional[str] = typer.Option(None, "--kinds", help="Comma-separated kinds to look for (default: all)."),
    threshold: float = typer.Option(0.9, "--threshold", help="Score a line or piece needs to be removed as junk (0-1]: higher keeps more."),
    simplify: bool = typer.Option(False, "--simplify", help="Write the cleaned text in simplified characters."),
) -> None:
    """Clean scraped reports: watermarks, link tails, spam, HTML, repeated paragraphs removed;
    masks and template blanks flagged (masks with restoration suggestions)."""
    from ..clean import KINDS, CleanConfig, Cleaner, finding_row

    if output is None and not dry_run:
        error("-o OUTDIR is required (or use --dry-run to write only the report)")
        raise typer.Exit(2)
    try:
        config = CleanConfig(
            kinds=tuple(k.strip() for k in kinds.split(",") if k.strip()) if kinds else KINDS,
            restore=restore, min_confidence=min_confidence, suggestions=suggestions, min_docs=min_docs,
            mlm_path=str(mlm) if mlm else None, lm_corpus=str(lm_corpus) if lm_corpus else None,
            threshold=threshold, simplify=simplify,
        )
    except ValueError as exc:
        error(str(exc))
        raise typer.Exit(2)
    if mlm is not None and not mlm.is_dir():
        error(f"{mlm}: masked-LM folder not found")
        raise typer.Exit(2)
    if lm_corpus is not None and not lm_corpus.is_dir():
        error(f"{lm_corpus}: corpus folder not found")
        raise typer.Exit(2)
    cleaner = Cleaner(config)

    docs = InputDocuments(inputs, description="cleaning")
    files = [n for n in docs.names if n != "-"]
    from ..pipeline import fit_cleaner

    # the library's policy (the web page and `deedsnlp run` share it): learn what recurs across
    # the inputs in a first reading pass when there are two documents or more, then clean
    fit_cleaner(cleaner, lambda: _quiet_docs(files, docs.options.limit), learn=learn)
    input_paths = {Path(n).resolve() for n in files}

    if output is not None and not dry_run:
        output.mkdir(parents=True, exist_ok=True)
    rep_fh = None
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        rep_fh = open(report, "w", encoding="utf-8")
    elif dry_run:
        rep_fh = sys.stdout
    used: set[str] = set()
    failed = False
    totals = {"documents": 0, "removed": 0, "flagged": 0, "restored": 0, "html": 0}
    try:
        for doc in docs:
            try:
                cleaned, findings = cleaner.clean(doc)  # the document path (the web page and the API share it)
            except Exception as exc:  # noqa: BLE001 - a page the cleaner fails on must not stop the others
                error(f"{doc.source}: could not be cleaned, left out ({type(exc).__name__}: {exc})")
                failed = True
                continue
            if rep_fh is not None:
                for f in findings:
                    rep_fh.write(json.dumps(finding_row(doc.id, f), ensure_ascii=False) + "\n")
            totals["documents"] += 1
            for f in findings:
                totals[f.action] = totals.get(f.action, 0) + 1
                totals["html"] += f.kind == "html"
            if dry_run or output is None:
                continue
            name = "-" if doc.source == "<stdin>" else doc.source
            target = output / (_stem(name, doc.id, used) + ".txt")
            if target.resolve() in input_paths:
                error(f"{name}: the cleaned file would overwrite an input ({target}); choose another -o folder")
                failed = True
                continue
            if simplify:
                from ..normalize import to_simplified

                target.write_text(to_simplified(cleaned.raw_text), encoding="utf-8")
            else:
                target.write_text(cleaned.raw_text, encoding="utf-8")
    finally:
        if rep_fh is not None and rep_fh is not sys.stdout:
            rep_fh.close()
    where = f"; report: {report}" if report else ""
    dest = "" if dry_run or output is None else f" into {output}"
    sys.stderr.write(
        f"deedsnlp: cleaned {totals['documents']} document(s){dest}: {totals['removed']} removed "
        f"({totals['html']} of them HTML remnants normalized), {totals['flagged']} flagged, {totals['restored']} restored{where}\n"
    )
    raise typer.Exit(2 if failed or docs.failed else 0)


@dataclass
class _RawDocument:
    """What the learning pass reads of an input document: its id and text as read (the
    document is not built — no normalizing, outline or passages — since only the raw text is
    learned from)."""

    id: str
    source: str
    raw_text: str

    @property
    def text(self) -> str:
        return self.raw_text


def _quiet_docs(names: list[str], limit: int):
    """Documents of ``names`` for the learning pass (records as read, not built); bad inputs
    are reported by the main pass."""
    from ..errors import InputError
    from ..io.documents import iter_records
    from ..loader import refuse_surrogates

    for name in names:
        try:
            for source, rec, _ in iter_records(name, limit):
                if isinstance(rec, InputError):
                    continue
                doc_id = rec.id or source
                try:
                    refuse_surrogates(rec.text, source or doc_id)
                except InputError:
                    continue
                yield _RawDocument(doc_id, source, rec.text)
        except InputError:
            continue


def _stem(name: str, doc_id: str, used: set[str]) -> str:
    """The output stem: the input's stem, or the record id for multi-document inputs; unique."""
    source = "<stdin>" if name == "-" else name
    if doc_id and doc_id != source:
        base = doc_id  # one record of a multi-document input (JSONL)
    else:
        base = Path(name).stem if name != "-" else "stdin"
    base = _UNSAFE.sub("_", base).strip("._") or "document"
    stem = base
    n = 2
    while stem in used:
        stem = f"{base}-{n}"
        n += 1
    if stem != base:
        warn(f"{name}: output name {base}.txt already used, writing {stem}.txt")
    used.add(stem)
    return stem


def register(app: typer.Typer) -> None:
    app.command("clean")(clean_command)
