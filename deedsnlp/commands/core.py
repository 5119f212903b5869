"""`deedsnlp load`, `outline` and `segment`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import error


def _open_out(output: Optional[Path]):
    if output is None or str(output) == "-":
        return sys.stdout, False
    output.parent.mkdir(parents=True, exist_ok=True)
    return open(output, "w", encoding="utf-8"), True


def load_command(
    inputs: List[str] = typer.Argument(..., help="Files, folders, glob patterns, or - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="Print the document model as JSON lines."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file instead of stdout."),
    simplify: bool = typer.Option(False, "--simplify", help="Convert traditional to simplified characters (OpenCC)."),
    tokens: bool = typer.Option(False, "--tokens", help="Also segment each document into tokens."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Largest input file accepted."),
) -> None:
    """Load documents: normalize, outline and cut them into passages."""
    from ..cli import InputDocuments
    from ..loader import LoadOptions

    docs = InputDocuments(inputs, LoadOptions(simplify=simplify, max_bytes=max_bytes), "loading")
    out, close = _open_out(output)
    seg = None
    if tokens:
        from ..segment import get_segmenter

        seg = get_segmenter()
    rows = []
    try:
        for doc in docs:
            if seg is not None:
                doc.tokens = seg.words(doc.text)
            if json_out:
                out.write(doc.to_json() + "\n")
            else:
                rows.append(doc)
    finally:
        if close:
            out.close()
    failed = docs.failed
    if not json_out:
        from rich.console import Console
        from rich.table import Table

        table = Table("document", "encoding", "chars", "passages", "headings", "gaps")
        for d in rows:
            table.add_row(d.id, str(d.metadata.get("encoding", "")), str(len(d.text)), str(len(d.passages)),
                          str(len(d.outline)), str(sum(f.kind == "outline_gap" for f in d.findings)))
        Console(file=out if close else sys.stdout).print(table)
    raise typer.Exit(2 if failed else 0)


def outline_command(
    inputs: List[str] = typer.Argument(..., help="Files (txt, md, docx, html, jsonl) or - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object per document."),
    simplify: bool = typer.Option(False, "--simplify", help="Convert traditional to simplified first."),
) -> None:
    """Print the numbered-heading outline (一、 / （一） / 1、 / （1） / ①) of each document."""
    from ..cli import InputDocuments
    from ..loader import LoadOptions

    docs = InputDocuments(inputs, LoadOptions(simplify=simplify), "outlining")
    for doc in docs:
        if json_out:
            print(json.dumps(outline_json(doc), ensure_ascii=False))
        else:
            print(f"# {doc.id}")
            for h in doc.outline:
                print(f"{'  ' * (h.level - 1)}{h.marker}{h.title}  (line {h.line})")
            for f in doc.findings:
                if f.kind == "outline_gap":
                    print(f"! line {f.line}: {f.reason}")
    raise typer.Exit(2 if docs.failed else 0)


def outline_json(doc) -> dict:
    return {
        "doc": doc.id,
        "headings": [
            {"level": h.level, "marker": h.marker, "title": h.title, "line": h.line,
             "number": h.number, "style": h.style, "lead_in": h.lead_in}
            for h in doc.outline
        ],
        "gaps": [{"line": f.line, "message": f.reason} for f in doc.findings if f.kind == "outline_gap"],
    }


def segment_command(
    inputs: List[str] = typer.Argument(..., help="Files or - for stdin."),
    backend: str = typer.Option("auto", "--backend", help="auto, rjieba (fast) or jieba."),
    lexicon: List[Path] = typer.Option([], "--lexicon", "-l", help="Extra user lexicon (jieba format); repeatable."),
    no_hmm: bool = typer.Option(False, "--no-hmm", help="Do not join unknown words with the HMM."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file instead of stdout."),
) -> None:
    """Segment text: tokens separated by single spaces, one output line per input line."""
    from ..errors import InputError
    from ..io.documents import LoadOptions, expand_inputs, iter_records
    from ..normalize import normalize_line, split_lines
    from ..segment import get_segmenter

    try:
        seg = get_segmenter([str(p) for p in lexicon], backend=backend, hmm=not no_hmm)
    except (InputError, ValueError) as exc:
        error(str(exc))
        raise typer.Exit(2)
    errors: list[InputError] = []
    names = list(expand_inputs(inputs, errors))
    for err in errors:
        error(str(err))
    failed = bool(errors)
    out, close = _open_out(output)
    cut = seg.cut
    limit = LoadOptions().limit
    try:
        for name in names:
            try:
                for _, rec, _ in iter_records(name, limit):  # shards stream, the limit is per document
                    if isinstance(rec, InputError):
                        error(str(rec))
                        failed = True
                        continue
                    lines = split_lines(rec.text)
                    if lines and lines[-1] == "":
                        lines.pop()
                    out.write("\n".join(" ".join(t for t in cut(normalize_line(l)) if not t.isspace()) for l in lines))
                    out.write("\n")
            except InputError as err:
                error(str(err))
                failed = True
    finally:
        if close:
            out.close()
    raise typer.Exit(2 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("load")(load_command)
    app.command("outline")(outline_command)
    app.command("segment")(segment_command)
