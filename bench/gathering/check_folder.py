"""Check an annotated folder of real pages against the realpages schema (../shared/realpages/README.md)
before it is scored: every junk, keep, title and heading string in its page, masks inside their context,
manifest rows matching the files.

    python bench/gathering/check_folder.py .gl/heldout405

Prints one line per problem and a summary; the folder is only read."""
import json, sys, re
from pathlib import Path

root = Path(sys.argv[1])
errs = []
ann_path = root / "annotations.json"
if not ann_path.exists():
    sys.exit(f"{ann_path}: missing")
ann = json.loads(ann_path.read_text(encoding="utf-8"))
man = {}
mp = root / "manifest.tsv"
if mp.exists():
    for i, line in enumerate(mp.read_text(encoding="utf-8").splitlines()):
        if i == 0:
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            errs.append(f"manifest line {i+1}: want 3 tab-separated fields")
            continue
        man[parts[0]] = parts
else:
    errs.append("manifest.tsv missing")
KEYS = {"genre", "junk", "repeat_junk", "keep", "masks", "title", "headings", "paragraphs", "pinyin_glosses"}
for stem, a in ann.items():
    p = root / "pages" / f"{stem}.txt"
    if not p.exists():
        errs.append(f"{stem}: no pages/{stem}.txt"); continue
    t = p.read_text(encoding="utf-8")
    if stem not in man:
        errs.append(f"{stem}: not in manifest.tsv")
    elif man[stem][2] != str(len(t)):
        errs.append(f"{stem}: manifest characters {man[stem][2]} != {len(t)}")
    for k in a:
        if k not in KEYS:
            errs.append(f"{stem}: unknown key {k}")
    for k in ("junk", "keep", "masks"):
        if not isinstance(a.get(k), list):
            errs.append(f"{stem}: {k} must be a list")
    junk = a.get("junk") or []
    for j in junk:
        if not j or j not in t:
            errs.append(f"{stem}: junk not in page: {j[:50]!r}")
        if "\n" in j:
            errs.append(f"{stem}: junk spans a newline: {j[:50]!r}")
    for r in a.get("repeat_junk") or []:
        if r not in junk:
            errs.append(f"{stem}: repeat_junk not in junk: {r[:50]!r}")
        elif t.count(r) < 2:
            errs.append(f"{stem}: repeat_junk occurs once: {r[:50]!r}")
    occ = bytearray(len(t))
    for j in junk:
        k = t.find(j)
        while k >= 0:
            occ[k:k+len(j)] = b"\1" * len(j)
            k = t.find(j, k + 1)
    for s in a.get("keep") or []:
        if s not in t:
            errs.append(f"{stem}: keep not in page: {s[:50]!r}")
        else:
            k = t.find(s)
            if any(occ[k:k+len(s)]):
                errs.append(f"{stem}: keep overlaps junk: {s[:50]!r}")
        if not (6 <= len(s) <= 60):
            errs.append(f"{stem}: keep length {len(s)} out of 6..60: {s[:50]!r}")
    for m in a.get("masks") or []:
        if set(m) != {"text", "context", "kind"}:
            errs.append(f"{stem}: mask keys {sorted(m)}")
            continue
        if m["kind"] not in ("placeholder", "censor"):
            errs.append(f"{stem}: mask kind {m['kind']!r}")
        if m["context"] not in t:
            errs.append(f"{stem}: mask context not in page: {m['context']!r}")
        if m["text"] not in m["context"]:
            errs.append(f"{stem}: mask text not in its context: {m['text']!r} / {m['context']!r}")
    ti = a.get("title")
    if ti is not None and ti not in t:
        errs.append(f"{stem}: title not in page: {ti[:50]!r}")
    for h in a.get("headings") or []:
        if h not in t:
            errs.append(f"{stem}: heading not in page: {h[:50]!r}")
    lines = t.split("\n")
    for para in a.get("paragraphs") or []:
        ln = para.get("line")
        if not isinstance(ln, int) or not (0 <= ln < len(lines)) or para.get("text", "") not in lines[ln]:
            errs.append(f"{stem}: paragraph not on its line: {para}")
    g = a.get("pinyin_glosses")
    if g is not None and not isinstance(g, int):
        errs.append(f"{stem}: pinyin_glosses must be an int")
for stem in man:
    if stem not in ann:
        errs.append(f"{stem}: in manifest, not annotated")
for e in errs:
    print(e)
print(f"{root}: {len(ann)} pages, {sum(len(a.get('junk') or []) for a in ann.values())} junk, "
      f"{sum(len(a.get('keep') or []) for a in ann.values())} keep, {len(errs)} errors")
