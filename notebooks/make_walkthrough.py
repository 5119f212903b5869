"""Build ``notebooks/walkthrough.ipynb`` (nbformat) and execute it in place (nbclient).

    .venv/bin/python notebooks/make_walkthrough.py            # build and execute
    .venv/bin/python notebooks/make_walkthrough.py --no-run   # build only

The walkthrough runs every stage on the shipped samples: load → clean → classify → dedup → check
→ draft, then the same operations through the web app's JSON API. ``tests/test_notebook.py``
executes it on every test run, so it cannot rot. Stages whose package is missing are skipped
when the notebook is built (their cells are left out).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
NOTEBOOK = HERE / "walkthrough.ipynb"
KERNEL = "python3"
TIMEOUT = 900


def has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str):
    return new_code_cell(text.strip("\n"))


def cells() -> list:
    out = [
        md("""
# deedsnlp walkthrough: load → clean → classify → dedup → check → draft

Every stage of deedsnlp on the samples shipped with the repository: the hand-written reports of
`corpora/docs/`, a scraped page and a draft in `docs/samples/`, and the facts and logs of
`examples/school/`. The test suite executes this notebook (`tests/test_notebook.py`), so what
you read here is what the code does today. Rebuild it with `python notebooks/make_walkthrough.py`.
"""),
        code("""
import os
from collections import Counter
from pathlib import Path

import deedsnlp

# work from the repository root, so that paths (and document ids) read corpora/docs/...
while not Path("corpora/docs").is_dir() and Path.cwd() != Path.cwd().parent:
    os.chdir("..")
CORPUS = Path("corpora/docs")
SAMPLES = Path("docs/samples")
SCHOOL = Path("examples/school")
print("deedsnlp", deedsnlp.__version__)
"""),
        md("""
## 1. Load

`deedsnlp.load` streams documents from files, folders or globs (`.txt`/`.md` in any common
Chinese encoding, `.docx`, `.html`, `.jsonl`). Each `Document` carries the raw text, the
normalized text, its passages (paragraphs with offsets) and its outline of numbered headings.
Bad inputs are reported, not fatal.
"""),
        code("""
errors = []
docs = list(deedsnlp.load([CORPUS], errors=errors))
print(len(docs), "reports loaded,", len(errors), "errors")
report = next(d for d in docs if d.id.endswith("village_2024_08.txt"))
print(report.id, "-", len(report.passages), "passages")
for h in report.outline[:6]:
    print("  " * (h.level - 1) + h.marker + h.title, f"(line {h.line})")
"""),
    ]
    if has("deedsnlp.clean"):
        out += [
            md("""
## 2. Clean

Scraped sample reports (范文) carry site notices, related-article tails, HTML remnants, repeated
paragraphs and censor masks (`加**部`). `clean(document)` returns the cleaned document and the
findings — each with a kind, a span of the original raw text, a reason and an action — so
nothing is lost silently; masks are only flagged, with ranked suggestions.
"""),
            code("""
from deedsnlp.clean import clean

scraped = next(deedsnlp.load([SAMPLES / "scraped.txt"]))
cleaned, findings = clean(scraped)
for f in findings:
    print(f"{f.action:<10} {f.kind:<20} line {f.line}: {f.text[:30]!r}")
print()
print(cleaned.raw_text)
"""),
            code("""
mask = next(f for f in findings if f.kind == "mask")
print(mask.reason)
print("context:", mask.data["context"])
print("suggestions:", [(s["text"], s["score"]) for s in mask.data["suggestions"]])
assert cleaned.text[mask.start:mask.end] == mask.text   # offsets index the cleaned document's text
assert scraped.raw_text[mask.data["raw_start"]:mask.data["raw_end"]] == mask.text   # ... and keep the input's span
"""),
        ]
    out += [
        md("""
## 3. Classify

The shipped section classifier (scikit-learn estimator API) tags every passage with its section:
基本情况, 理论学习, 制度建设, 载体活动, 队伍建设, 党风廉政, 围绕中心, 工作成效.
"""),
        code("""
from deedsnlp.classify import LABEL_NAMES, classify_document, load_model

model = load_model()
classify_document(report, model)
for p, text in list(report.iter_passages())[:8]:
    print(f"{p.label:<15} {p.score:.2f}  {text[:36]}")
print(Counter(p.label for p in report.passages))
"""),
    ]
    if has("deedsnlp.dedup"):
        out += [
            md("""
## 4. Near-duplicates

MinHash LSH over character 5-grams finds reports that were copied and lightly edited, and the
sentences many reports share (boilerplate). Here a reworded copy of one report joins the corpus.
"""),
            code("""
from deedsnlp.dedup import DedupConfig, find_duplicates

copy = report.text.replace("支部", "党支部", 3).replace("全年", "一年来", 2)
items = [(d.id.split("/")[-1], d.text) for d in docs] + [("village_2024_08_copy.txt", copy)]
result = find_duplicates(items, DedupConfig(threshold=0.7))
print("clusters:", result.clusters)
for pair in result.pairs:
    print(f"{pair.a} ~ {pair.b}: Jaccard {pair.jaccard:.2f}")
for b in result.boilerplate[:5]:
    print(f"{b.doc_count} reports share: {b.text[:40]}")
"""),
        ]
    if has("deedsnlp.check"):
        out += [
            md("""
## 5. Check

`check(document, profile)` reports the sections a draft has, the required and recommended ones it
lacks under the profile of its unit kind, weak sections, and findings with a severity: numbers
that do not add up, out-of-date policy terms, scraping residue, masks, placeholders, stock
sentences.
"""),
            code("""
from deedsnlp.check import check

draft_doc = next(deedsnlp.load([SAMPLES / "draft_missing_sections.txt"]))
result = check(draft_doc, "school", year=2024)
print("present:", [s.name for s in result.present_sections])
print("missing:", [(s.name, s.level) for s in result.missing_sections])
for f in result.findings:
    print(f"{f.severity:<8} line {f.line}: {f.kind}: {f.reason}")
print("passed:", result.passed)
"""),
        ]
    if has("deedsnlp.draft"):
        out += [
            md("""
## 6. Draft

From a facts file (unit, year, members, honours) and activity logs, `compose` writes a draft in
which every number is traced: the explain record says which fact or which log rows it comes from
and how (a count, a sum ...), and `verify_value` recomputes it.
"""),
            code("""
import io

from deedsnlp.draft import build_docx, compose, explain, load_facts, read_logs, render_markdown, verify_value

facts = load_facts(SCHOOL / "facts.yaml")
problems = []
entries = read_logs([SCHOOL / "logs.csv", SCHOOL / "logs.txt"], year=facts.year, errors=problems)
draft = compose(facts, entries, seed=0)
markdown = render_markdown(draft)
print("\\n".join(markdown.splitlines()[:9]))
print("...", len(draft.blocks), "blocks,", len(entries), "log entries used,", len(problems), "rows reported")
"""),
            code("""
record = explain(draft, log_files=["logs.csv", "logs.txt"])
sentence = next(s for s in record["sentences"] if any(v["op"] in ("count", "sum") for v in s["values"]))
print(sentence["text"])
for v in sentence["values"]:
    where = ", ".join(f"{s['file']}:{s.get('line') or s.get('key')}" for s in v["sources"][:4])
    print(f"  {v['text']:>6}  {v['op']:<6} {v['field']:<14} <- {where}{' ...' if len(v['sources']) > 4 else ''}")
bad = [verify_value(v) for s in record["sentences"] for v in s["values"] if verify_value(v)]
print("values that do not follow from their sources:", bad)
buffer = io.BytesIO()
build_docx(draft).save(buffer)
print(".docx:", len(buffer.getvalue()), "bytes")
"""),
        ]
        if has("deedsnlp.check"):
            out.append(code("""
# the draft passes through the checker like any report
own = check(draft.to_document("draft"), "school", year=facts.year)
print("missing:", [s.name for s in own.missing_sections], "| errors:", [f.reason for f in own.by_severity("error")])
"""))
    if has("fastapi") and has("multipart"):
        out += [
            md("""
## 7. The same in the browser

`deedsnlp serve` starts the local web page on http://127.0.0.1:8000/ (check, clean, draft,
near-duplicates) with a JSON API under `/api/` (OpenAPI spec at `/api/openapi.json`). Here the
app is called in-process, as a program would call the API.
"""),
            code("""
from fastapi.testclient import TestClient

from deedsnlp.web import create_app

client = TestClient(create_app())
print(client.get("/api/health").json())
text = (SAMPLES / "draft_missing_sections.txt").read_text(encoding="utf-8")
if client.get("/api/health").json()["stages"]["check"]:
    answer = client.post("/api/check", json={"text": text, "profile": "school", "year": 2024}).json()
    print("missing:", [s["name"] for s in answer["missing_sections"]])
"""),
        ]
    return out


def build() -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells())
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def execute(nb: nbformat.NotebookNode, timeout: int = TIMEOUT) -> nbformat.NotebookNode:
    from nbclient import NotebookClient

    NotebookClient(nb, timeout=timeout, kernel_name=KERNEL, resources={"metadata": {"path": str(HERE)}}).execute()
    for cell in nb.cells:  # timings would change the file on every run
        cell.metadata.pop("execution", None)
    return nb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-run", action="store_true", help="build without executing")
    parser.add_argument("--out", type=Path, default=NOTEBOOK)
    args = parser.parse_args(argv)
    nb = build()
    if not args.no_run:
        execute(nb)
    nbformat.validate(nb)
    args.out.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(nb.cells)} cells{'' if args.no_run else ', executed'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
