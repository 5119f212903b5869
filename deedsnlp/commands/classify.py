"""`deedsnlp classify`, `train` and `evaluate`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import error


def _load_model_or_exit(path: Optional[Path]):
    """The classifier at ``path`` (the shipped one when None); a bad model file exits 2."""
    from ..classify import load_model
    from ..errors import ModelError

    try:
        return load_model(path)
    except ModelError as exc:
        error(str(exc))
        raise typer.Exit(2) from None


def classify_command(
    inputs: List[str] = typer.Argument(..., help="Files, folders, globs or - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="One JSON object per passage."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model folder (default: the shipped model)."),
    no_smooth: bool = typer.Option(False, "--no-smooth", help="Disable smoothing under headings."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help="Processes predicting the batches (default: the CPUs, at most 8; 1 = this process only)."),
) -> None:
    """Tag every passage (one non-empty input line) with its section label."""
    from ..classify import classify_documents
    from ..classify.predict import default_workers
    from ..cli import InputDocuments
    from ..loader import LoadOptions
    from ..pipeline.records import passage_records  # the library's, shared with the web API

    clf = _load_model_or_exit(model)
    docs = InputDocuments(inputs, LoadOptions(), "classifying")
    rows = []
    for doc in classify_documents(docs, clf, smooth=not no_smooth, workers=workers or default_workers()):
        for rec in passage_records(doc):
            if json_out:
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                rows.append(rec)
    failed = docs.failed
    if not json_out and rows:
        from rich.console import Console
        from rich.table import Table

        table = Table("doc", "line", "label", "score", "text")
        for r in rows:
            table.add_row(Path(r["doc"]).name, str(r["line"]), r["label"], f"{r['score']:.2f}", r["text"][:40])
        Console().print(table)
    raise typer.Exit(2 if failed else 0)


def train_command(
    backend: str = typer.Option("sklearn", "--backend", help="sklearn (default), spacy or transformers."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder (default: corpora/)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Model folder to write (default: section_classifier for sklearn, section_classifier_<backend> otherwise, in the shipped models folder or $DEEDSNLP_MODELS)."),
    splits: str = typer.Option("train", "--splits", help="Comma-separated splits to train on (train,dev for the final model)."),
    base_model: Optional[Path] = typer.Option(None, "--base-model", help="transformers: a local BERT-style checkpoint folder."),
    epochs: Optional[int] = typer.Option(None, "--epochs", help="spacy/transformers: training epochs."),
) -> None:
    """Train a section classifier on the labelled corpus and save it (no pickle)."""
    import time

    from ..classify import make_classifier
    from ..classify.corpus import load_corpus, xy
    from ..classify.store import models_dir, save_model

    params: dict = {}
    if backend == "transformers":
        if base_model is None:
            error("--base-model PATH is required for the transformers backend (a local BERT-style checkpoint folder)")
            raise typer.Exit(2)
        params["model_path"] = str(base_model)
    if epochs is not None and backend != "sklearn":
        params["epochs" if backend == "transformers" else "n_epochs"] = epochs
    try:
        clf = make_classifier(backend, **params)
    except (ValueError, ImportError) as exc:
        error(str(exc))
        raise typer.Exit(2)
    docs = load_corpus(corpus, tuple(s.strip() for s in splits.split(",")))
    X, y = xy(docs)
    t = time.perf_counter()
    clf.fit(X, y)
    secs = time.perf_counter() - t
    out = output or (models_dir() / ("section_classifier" if backend == "sklearn" else f"section_classifier_{backend}"))
    save_model(clf, out)
    typer.echo(f"trained {backend} on {len(docs)} documents / {len(X)} passages in {secs:.1f} s → {out}")


def evaluate_command(
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model folder (default: the shipped model)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder (default: corpora/)."),
    split: str = typer.Option("test", "--split", help="Split to evaluate on."),
    png: Path = typer.Option(Path("out/confusion.png"), "--png", help="Where to save the confusion matrix."),
    json_out: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    no_smooth: bool = typer.Option(False, "--no-smooth", help="Disable smoothing under headings."),
) -> None:
    """Per-label precision/recall/F1 and a confusion matrix on a corpus split."""
    from ..classify.corpus import load_corpus
    from ..classify.evaluate import evaluate_documents, plot_confusion

    clf = _load_model_or_exit(model)
    docs = load_corpus(corpus, (split,))
    ev = evaluate_documents(clf, docs, smooth=not no_smooth)
    path = plot_confusion(ev, png, title=f"{split} split")
    if json_out:
        typer.echo(json.dumps(ev.to_dict() | {"png": str(path)}, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table("label", "precision", "recall", "F1", "support", title=f"{split} split: {len(docs)} documents, {len(ev.gold)} passages")
    for label, m in ev.per_label.items():
        table.add_row(label, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["support"]))
    table.add_row("macro", "", "", f"{ev.macro_f1:.3f}", "")
    console.print(table)
    cm = Table("gold \\ pred", *[l[:6] for l in ev.labels], title="confusion matrix")
    for i, l in enumerate(ev.labels):
        cm.add_row(l, *[str(v) for v in ev.confusion[i]])
    console.print(cm)
    console.print(f"accuracy {ev.accuracy:.3f}; confusion matrix saved to {path}")


def register(app: typer.Typer) -> None:
    app.command("classify")(classify_command)
    app.command("train")(train_command)
    app.command("evaluate")(evaluate_command)
