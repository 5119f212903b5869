"""Assemble the labelled corpus: documents, one passages file, the fixed split and the datasheet.

Run from the repository root: ``python corpora/build.py``. It reads ``corpora/labelled/*.jsonl``
(hand-written, one file per document) and writes:

* ``corpora/docs/<doc_id>.txt`` — each document as plain text, one paragraph per line;
* ``corpora/passages.jsonl`` — all passages, with their split;
* ``deedsnlp/data/corpus/`` — a copy of ``passages.jsonl`` and ``splits.json`` installed with the package;
* ``corpora/splits.json`` — the fixed document-level train/dev/test split. Documents already in it
  keep their split forever; new documents are assigned by a hash of their id (70/15/15);
* the counts tables of ``corpora/README.md`` (between the COUNTS markers).

It checks every record (fields, labels, offsets of junk and masks) and exits non-zero on errors.
It also writes the cleaner's shipped mask model through ``deedsnlp`` (``deedsnlp/data/mask_ngram.npz``),
so run it with the project's Python: ``.venv/bin/python corpora/build.py``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ["overview", "study", "institutions", "carriers", "cadre_building", "integrity",
          "core_work", "achievements", "other"]
ORG_TYPES = ["primary_school", "secondary_school", "university", "village", "community",
             "state_enterprise", "private_enterprise", "hospital", "agency", "public_institution",
             "social_org"]
FIELDS = ["doc_id", "org_type", "year", "index", "heading", "is_heading", "label", "text"]


def read_labelled() -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = {}
    errors = []
    for path in sorted((HERE / "labelled").glob("*.jsonl")):
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{path.name}:{n}: bad JSON ({exc.msg})")
                continue
            missing = [f for f in FIELDS if f not in row]
            if missing:
                errors.append(f"{path.name}:{n}: missing {missing}")
                continue
            if row["label"] not in LABELS:
                errors.append(f"{path.name}:{n}: unknown label {row['label']!r}")
            if row["org_type"] not in ORG_TYPES:
                errors.append(f"{path.name}:{n}: unknown org_type {row['org_type']!r}")
            if row["doc_id"] != path.stem:
                errors.append(f"{path.name}:{n}: doc_id {row['doc_id']!r} differs from the file name")
            if "\n" in row["text"]:
                errors.append(f"{path.name}:{n}: newline inside text")
            for junk in row.get("junk") or []:
                if junk not in row["text"]:
                    errors.append(f"{path.name}:{n}: junk not in text: {junk!r}")
            for m in row.get("masks") or []:
                if m["masked"] not in row["text"] or len(m["masked"]) != len(m["original"]):
                    errors.append(f"{path.name}:{n}: bad mask {m}")
            rows.append(row)
        if [r["index"] for r in rows] != list(range(len(rows))):
            errors.append(f"{path.name}: index is not 0..{len(rows) - 1}")
        docs[path.stem] = rows
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        raise SystemExit(1)
    return docs


def assign_splits(doc_ids: list[str]) -> dict[str, str]:
    path = HERE / "splits.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    split = {d: s for s, ids in old.items() for d in ids}
    for d in doc_ids:
        if d not in split:
            h = int(hashlib.sha1(d.encode()).hexdigest(), 16) % 100
            split[d] = "train" if h < 70 else "dev" if h < 85 else "test"
    out = {s: sorted(d for d in doc_ids if split[d] == s) for s in ("train", "dev", "test")}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return split


def table(title: str, counter: dict, keys) -> str:
    lines = [f"| {title} | passages | documents |", "|---|---:|---:|"]
    for k in keys:
        if k in counter:
            lines.append(f"| {k} | {counter[k][0]} | {len(counter[k][1])} |")
    return "\n".join(lines)


def main() -> None:
    docs = read_labelled()
    split = assign_splits(sorted(docs))
    (HERE / "docs").mkdir(exist_ok=True)
    for stale in (HERE / "docs").glob("*.txt"):
        if stale.stem not in docs:
            stale.unlink()
    by_label: dict = defaultdict(lambda: [0, set()])
    by_org: dict = defaultdict(lambda: [0, set()])
    by_year: dict = defaultdict(lambda: [0, set()])
    by_split: dict = defaultdict(lambda: [0, set()])
    chars = 0
    with open(HERE / "passages.jsonl", "w", encoding="utf-8") as out:
        for doc_id, rows in sorted(docs.items()):
            text = "\n".join(r["text"] for r in rows) + "\n"
            chars += len(text)
            (HERE / "docs" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            for r in rows:
                rec = {k: r[k] for k in FIELDS} | {"split": split[doc_id]}
                for extra in ("junk", "masks", "noise"):
                    if r.get(extra):
                        rec[extra] = r[extra]
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                for c, key in ((by_label, r["label"]), (by_org, r["org_type"]), (by_year, r["year"]), (by_split, split[doc_id])):
                    c[key][0] += 1
                    c[key][1].add(doc_id)
    n_pass = sum(v[0] for v in by_label.values())
    noisy = sum(any(r.get("junk") or r.get("masks") or r.get("noise") for r in rows) for rows in docs.values())
    counts = "\n\n".join([
        f"{len(docs)} documents, {n_pass} passages, {chars:,} characters; {noisy} documents carry scraping noise.",
        table("split", by_split, ["train", "dev", "test"]),
        table("label", by_label, LABELS),
        table("unit kind", by_org, ORG_TYPES),
        table("year", by_year, sorted(by_year)),
    ])
    # the packaged copy, installed with deedsnlp (deedsnlp.resources.corpus_dir): default training,
    # the cleaner's mask filler and the drafting suggestions read it
    packaged = HERE.parent / "deedsnlp" / "data" / "corpus"
    packaged.mkdir(parents=True, exist_ok=True)
    for name in ("passages.jsonl", "splits.json"):
        (packaged / name).write_bytes((HERE / name).read_bytes())
    # the mask filler trained on that copy ahead of time (deedsnlp/data/mask_ngram.npz; a stale
    # file is not used, the filler is then trained at run time)
    from deedsnlp.clean.maskfill import build_shipped_model

    build_shipped_model()
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- COUNTS -->", "<!-- /COUNTS -->"
    if start in text and end in text:
        text = text[: text.index(start) + len(start)] + "\n" + counts + "\n" + text[text.index(end):]
        readme.write_text(text, encoding="utf-8")
    print(counts)


if __name__ == "__main__":
    main()
