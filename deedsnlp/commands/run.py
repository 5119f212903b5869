"""`deedsnlp run RECIPE.yaml INPUT... -o OUTDIR`: a recipe of stages over a corpus."""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer


def run_command(
    recipe: Path = typer.Argument(..., help="Recipe (YAML): stages: [{clean: {}}, {dedup: {threshold: 0.7}}, {classify: {}}]."),
    inputs: List[str] = typer.Argument(..., help="Files (txt, md, docx, html, jsonl, parquet), folders, glob patterns, or -."),
    output: Path = typer.Option(..., "-o", "--output", help="Folder for documents.jsonl (or .parquet) and stats.json."),
    engine: str = typer.Option("local", "--engine", help="local (one process, streaming) or ray (Ray Data)."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or parquet."),
    address: str = typer.Option(None, "--address", help="Ray cluster address (default: a local Ray sized for this machine)."),
) -> None:
    """Run the stages of RECIPE over the inputs: one record per document (id, source, cleaned text,
    findings, passages with labels, near-duplicate group) and per-stage statistics."""
    from ..cli import error
    from ..errors import DeedsError
    from ..pipeline.runner import ENGINES, FORMATS, Recipe, run_recipe

    if engine not in ENGINES:
        error(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        raise typer.Exit(2)
    if fmt not in FORMATS:
        error(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        raise typer.Exit(2)
    try:
        parsed = Recipe.from_yaml(recipe)
        parsed.build()  # settings checked before any input is read
    except DeedsError as exc:
        error(str(exc))
        raise typer.Exit(2)
    if engine == "ray":
        try:
            import ray  # noqa: F401
            import ray.data  # noqa: F401
        except ImportError:
            error("the Ray engine needs Ray Data: pip install 'deedsnlp[ray]'")
            raise typer.Exit(2)
    failed = []

    def on_error(err) -> None:
        failed.append(err)
        error(str(err))

    stats = run_recipe(parsed, inputs, output, engine=engine, fmt=fmt, on_error=on_error, address=address)
    import sys

    parts = ", ".join(f"{name} {s['seconds']:.1f}s" for name, s in stats["stages"].items())
    sys.stderr.write(
        f"deedsnlp: {stats['documents']} document(s) into {output / ('documents.' + fmt)} "
        f"({len(failed)} bad input(s)); {parts}\n"
    )
    raise typer.Exit(2 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("run")(run_command)
