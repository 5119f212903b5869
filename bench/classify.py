"""Section classifier backends side by side: train on the corpus "train" split, score on "test".

Run: ``.venv/bin/python bench/classify.py [--bert PATH] [--skip spacy,transformers]``.

For every backend: training time, macro-F1 and accuracy over the test passages (with the
document-level smoothing of :func:`deedsnlp.classify.predict.predict_document`, and macro-F1
without it), and prediction throughput in passages/s and chars/s measured end to end from text:
``build_document`` (normalizing, outline, passages) + feature extraction/word segmentation +
the model, in one process. The shipped default model (``deedsnlp/data/models/section_classifier``) gets a row when present.
Below the table, the throughput of the ``classify`` command's path with its default ``--workers``
(batches predicted in forked processes) beside one process, on the test split's texts repeated.

transformers: without ``--bert`` the bench builds a tiny random BERT (hidden 32, 2 layers,
character vocabulary from the training texts) — a smoke test of the training loop and the
throughput of the plumbing, not of what a pretrained model can do. What a user would pass is a
local copy of a real checkpoint, e.g. ``--bert ~/models/bert-base-chinese`` (a folder with
``config.json``, the weights and ``vocab.txt``; nothing is downloaded). On CPU a base-size
model trains for tens of minutes on this corpus; use a GPU or fewer ``--bert-epochs``.

Real text: for the shipped model (and the sklearn model trained here), accuracy on the annotated
real pages of ``../shared/realpages`` (strict, and accepting the annotated alternative labels) and
the recall of their level-1/2 headings (found with their whole title), plus the same on any other
annotated folder given with ``--extra`` (default: every ``.gl/extra*/`` with an ``annotations.json``:
pages gathered for measuring only, never committed, never trained on; ``.gl/extra2`` and
``.gl/extra3`` were annotated before any model ran on them and are kept as held-out checks: changes
are chosen on ``../shared/realpages``, ``.gl/extra`` and ``.gl/extra2`` and confirmed on ``.gl/extra3``). ``--real-only`` skips the backends' training.
When ``.gl/heldout6`` or ``.gl/heldout7`` holds an ``annotations.json`` it is scored last, under the
heading "untouched held-out": pages gathered and annotated by someone else and never looked at while
the model was built (whoever tunes passes ``--skip-heldout``).

Finally, for the scraped seed report ``../shared/seeds/000_1a67f2a637a259b1.txt`` (when present)
it prints the label counts of the passages under each level-2 heading, labelled with the default
model (``deedsnlp.load`` + ``deedsnlp.classify.classify_document``).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

ROOT = Path(__file__).resolve().parents[1]
SEED_REPORT = ROOT.parent / "shared" / "seeds" / "000_1a67f2a637a259b1.txt"
REAL_PAGES = ROOT.parent / "shared" / "realpages"
EXTRA_PAGES = sorted((ROOT / ".gl").glob("extra*/annotations.json"))  # .gl/extra, .gl/extra2 ...
#: a fresh set gathered and annotated by someone else, never looked at while the model was built:
#: measured last, under its own heading (``--skip-heldout`` while tuning)
HELDOUT_PAGES = [ROOT / ".gl" / "heldout6", ROOT / ".gl" / "heldout7"]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` terminal columns (CJK characters take two)."""
    cols = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - cols)


def evaluate(name: str, model, train_s: float | None, test_docs, repeat: int = 5) -> dict:
    from deedsnlp import build_document
    from deedsnlp.classify.predict import predict_document

    gold, smoothed, raw = [], [], []
    for d in test_docs:
        labels, _ = predict_document(d.document, model, smooth=True)
        raw_labels, _ = predict_document(d.document, model, smooth=False)
        gold.extend(d.labels)
        smoothed.extend(labels)
        raw.extend(raw_labels)

    texts = [(d.doc_id, d.document.text) for d in test_docs]
    predict_document(build_document(texts[0][1], texts[0][0]), model)  # warm-up: segmenter, caches

    from deedsnlp.classify.predict import classify_documents

    def run() -> int:
        # the CLI's path: documents built from text, predicted in batches, smoothed per document
        docs = classify_documents((build_document(text, doc_id) for doc_id, text in texts), model)
        return sum(len(d.passages) for d in docs)

    best = best_cpu = float("inf")
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        n_passages = run()
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    n_chars = sum(len(t) for _, t in texts)
    return {
        "name": name, "train_s": train_s,
        "f1": f1_score(gold, smoothed, average="macro"), "f1_raw": f1_score(gold, raw, average="macro"),
        "acc": accuracy_score(gold, smoothed),
        "passages_s": n_passages / best, "chars_s": n_chars / best, "cpu_chars_s": n_chars / max(best_cpu, 1e-9),
    }


def train(backend: str, X, y, **params):
    from deedsnlp.classify import make_classifier

    model = make_classifier(backend, **params)
    t = time.perf_counter()
    model.fit(X, y)
    return model, time.perf_counter() - t


def print_table(rows: list[dict], n_test: int, n_docs: int) -> None:
    print(f"\ntest split: {n_docs} documents, {n_test} passages; macro-F1/accuracy with smoothing, "
          "'raw' = without; throughput end to end from text (wall clock, best of the repeats; CPU time of this "
          "process beside it, for a machine shared with other jobs)\n")
    head = (f"{'backend':<44}{'train s':>9}{'macro-F1':>10}{'raw F1':>8}{'accuracy':>10}{'passages/s':>12}{'chars/s':>11}"
            f"{'CPU chars/s':>13}")
    print(head)
    print("-" * len(head))
    for r in rows:
        train_s = "—" if r["train_s"] is None else f"{r['train_s']:.1f}"
        print(f"{r['name']:<44}{train_s:>9}{r['f1']:>10.3f}{r['f1_raw']:>8.3f}{r['acc']:>10.3f}"
              f"{r['passages_s']:>12,.0f}{r['chars_s']:>11,.0f}{r['cpu_chars_s']:>13,.0f}")


def cli_throughput(model, test_docs, copies: int = 8, repeat: int = 3) -> None:
    """Throughput of the ``classify`` command's path with its default ``--workers`` (the CPUs, at
    most 8: batches predicted in forked processes) beside one process, on the test split's texts
    repeated ``copies`` times (a batch of the size the workers are for), end to end from text."""
    from deedsnlp import build_document
    from deedsnlp.classify.predict import classify_documents
    from deedsnlp.classify.predict import default_workers

    texts = [(f"{d.doc_id}#{k}", d.document.text) for k in range(copies) for d in test_docs]
    n_chars = sum(len(t) for _, t in texts)
    figures = {}
    for workers in sorted({1, default_workers()}):
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            for _doc in classify_documents((build_document(text, i) for i, text in texts), model, workers=workers):
                pass
            best = min(best, time.perf_counter() - t)
        figures[workers] = n_chars / best
    parts = ", ".join(f"{w} process{'es' if w > 1 else ''} {v / 1e6:.2f} M chars/s" for w, v in figures.items())
    print(f"\nthroughput of the classify command's path (test split x{copies}, {n_chars:,} characters, end to end "
          f"from text; --workers defaults to {default_workers()} here): {parts}")


def seed_report_sections(model, model_name: str) -> None:
    import deedsnlp
    from deedsnlp.classify import classify_document

    if not SEED_REPORT.exists():
        print(f"\nseed report not found at {SEED_REPORT}: skipped")
        return
    doc = next(deedsnlp.load(str(SEED_REPORT)))
    classify_document(doc, model)
    print(f"\nseed report {SEED_REPORT.name}: {len(doc.passages)} passages, labels by level-2 heading "
          f"({model_name})")
    groups: dict[int | None, Counter] = {}
    for p in doc.passages:
        h = p.heading
        while h is not None and doc.outline[h].level > 2:
            h = doc.outline[h].parent
        if h is not None and doc.outline[h].level != 2:
            h = None
        groups.setdefault(h, Counter())[p.label] += 1
    for h, counts in groups.items():
        title = "(not under a level-2 heading)" if h is None else f"{doc.outline[h].marker}{doc.outline[h].title}"
        parent = "" if h is None or doc.outline[h].parent is None else doc.outline[doc.outline[h].parent].marker
        labels = ", ".join(f"{k} {v}" for k, v in counts.most_common())
        print(f"  {pad(parent + title[:30], 66)} {labels}")


def real_pages(models: list[tuple[str, object]], folders: list[Path], verbose: bool = False,
               heldout: list[Path] | None = None) -> None:
    """Accuracy and heading recall on annotated real pages (see ``bench/_realpages.py``);
    the ``heldout`` folders (those holding an ``annotations.json``) last, under the heading
    "untouched held-out"."""
    from _realpages import label_confusions, load_annotations, score_pages

    heldout = [h for h in heldout or [] if (h / "annotations.json").exists()]
    held = {h.resolve() for h in heldout}
    folders = [f for f in folders if f.resolve() not in held] + heldout
    for folder in folders:
        if heldout and folder is heldout[0]:
            print("\n" + "=" * 30 + " untouched held-out " + "=" * 30)
        if not (folder / "annotations.json").exists():
            print(f"\nno annotated pages at {folder}: skipped")
            continue
        pages, ann = load_annotations(folder)
        print(f"\nreal pages {folder} ({len(ann)} pages): paragraphs labelled right (strict / accepting "
              "the annotated alternatives), level-1/2 headings found with their whole title")
        for name, model in models:
            total, per_page = score_pages(pages, ann, model, verbose=verbose)
            n = max(total.n, 1)
            print(f"  {name:<42} strict {total.strict / n:.3f} ({total.strict}/{total.n})  "
                  f"alt {total.alt / n:.3f} ({total.alt}/{total.n})  headings "
                  f"{total.heads_found / max(total.heads_gold, 1):.3f} ({total.heads_found}/{total.heads_gold})")
        top = ", ".join(f"{g}→{p} {c}" for (g, p), c in label_confusions(per_page).most_common(6))
        print(f"  most common errors of the last row (gold→predicted): {top}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bert", help="local BERT-style checkpoint folder (default: a tiny random BERT)")
    ap.add_argument("--bert-epochs", type=int, help="default 3 with --bert, 10 for the tiny BERT")
    ap.add_argument("--bert-lr", type=float, help="default 5e-5 with --bert, 3e-3 for the tiny BERT")
    ap.add_argument("--max-length", type=int, help="tokens per passage: default 256 with --bert, 128 tiny")
    ap.add_argument("--device", default="auto", help="transformers device: auto, cpu or cuda")
    ap.add_argument("--spacy-epochs", type=int, default=10)
    ap.add_argument("--skip", default="", help="comma-separated backends to leave out: spacy,transformers")
    ap.add_argument("--real", type=Path, default=REAL_PAGES, help="annotated real pages (realpages layout)")
    ap.add_argument("--extra", type=Path, action="append",
                    help="more annotated page folders (default: every .gl/extra*/ holding an annotations.json)")
    ap.add_argument("--real-only", action="store_true", help="only the shipped model: test split and real pages")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every real-page error")
    ap.add_argument("--heldout", type=Path, action="append",
                    help="untouched held-out pages, scored last (default: .gl/heldout6 and .gl/heldout7 when annotated)")
    ap.add_argument("--skip-heldout", action="store_true", help="leave the untouched held-out set out (while tuning)")
    args = ap.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    folders = [args.real] + (args.extra or [a.parent for a in EXTRA_PAGES])
    heldout = None if args.skip_heldout else (args.heldout or HELDOUT_PAGES)

    from deedsnlp.classify import default_model_path, load_model
    from deedsnlp.classify.corpus import load_corpus, xy

    train_docs = load_corpus(splits=("train",))
    test_docs = load_corpus(splits=("test",))
    X, y = xy(train_docs)
    n_test = sum(len(d.labels) for d in test_docs)
    print(f"train split: {len(train_docs)} documents, {len(X)} passages")
    rows = []

    shipped = None
    if (default_model_path() / "model.json").exists():
        shipped = load_model()
    else:
        print(f"no shipped model at {default_model_path()}: its row is left out")
    if args.real_only:
        if shipped is None:
            return 1
        rows.append(evaluate("shipped default model (package data)", shipped, None, test_docs))
        print_table(rows, n_test, len(test_docs))
        cli_throughput(shipped, test_docs)
        real_pages([("shipped default model", shipped)], folders, args.verbose, heldout)
        seed_report_sections(shipped, "shipped default model")
        return 0

    sk, secs = train("sklearn", X, y)
    rows.append(evaluate("sklearn (LinearSectionClassifier)", sk, secs, test_docs))
    if shipped is not None:
        rows.append(evaluate("shipped default model (package data, load_model())", shipped, None, test_docs))

    if "spacy" not in skip:
        sp, secs = train("spacy", X, y, n_epochs=args.spacy_epochs)
        rows.append(evaluate(f"spacy textcat BOW ({args.spacy_epochs} epochs)", sp, secs, test_docs))

    if "transformers" not in skip:
        if not all(importlib.util.find_spec(m) for m in ("torch", "transformers")):
            print("transformers: torch/transformers not installed (pip install 'deedsnlp[transformers]'): skipped")
        else:
            import transformers

            transformers.logging.set_verbosity_error()
            transformers.utils.logging.disable_progress_bar()
            from deedsnlp.classify.transformers_backend import build_tiny_bert

            real = args.bert is not None
            params = {
                "epochs": args.bert_epochs or (3 if real else 10),
                "lr": args.bert_lr or (5e-5 if real else 3e-3),
                "max_length": args.max_length or (256 if real else 128),
                "device": args.device, "seed": 0,
            }
            with tempfile.TemporaryDirectory() as tmp:
                path = args.bert or str(build_tiny_bert(Path(tmp) / "tiny-bert", [x.context_text for x in X]))
                tf, secs = train("transformers", X, y, model_path=path, **params)
                label = Path(args.bert).name if real else "tiny random BERT"
                rows.append(evaluate(f"transformers {label} ({params['epochs']} ep, {tf.device_})", tf, secs,
                                     test_docs, repeat=1 if real else 2))

    print_table(rows, n_test, len(test_docs))
    cli_throughput(shipped or sk, test_docs)
    real_pages([("sklearn trained on the train split", sk)] + ([("shipped default model", shipped)] if shipped else []),
               folders, args.verbose, heldout)
    if shipped is not None:
        seed_report_sections(shipped, "shipped default model")
    else:
        seed_report_sections(sk, "no shipped model: the sklearn model trained above")


if __name__ == "__main__":
    sys.exit(main())
