#!/usr/bin/env bash
# Demo step: one recipe (clean → dedup → classify) over a scraped sample and the bundled corpus.
set -euo pipefail
echo "== deedsnlp run: clean, group reposts and label sections in one pass ($OUT/run/documents.jsonl, stats.json)"
extra=(); [ -f "$OUT/dedup/agency_2021_05_repost.txt" ] && extra=("$OUT/dedup/agency_2021_05_repost.txt")
"$D" run examples/recipes/scraped.yaml docs/samples/scraped.txt corpora/docs "${extra[@]}" -o "$OUT/run"
python3 - "$OUT/run" <<'PY'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
for name, s in stats["stages"].items():
    print(f"{name:9s} {s['documents']:4d} docs  {s['chars_in']:7d} -> {s['chars_out']:7d} chars  {s['seconds']:6.2f} s  {s['findings']}")
recs = [json.loads(l) for l in (out / "documents.jsonl").open(encoding="utf-8")]
groups = {r["cluster"] for r in recs if r["cluster"]}
print(f"{len(recs)} documents, {len(groups)} near-duplicate group(s)")
PY
