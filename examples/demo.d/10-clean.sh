#!/usr/bin/env bash
# Demo step: clean a scraped-style sample report and a noisy corpus document.
set -euo pipefail
echo "== clean scraped sample reports (cleaned text in $OUT/clean/, every change in $OUT/clean_report.jsonl)"
"$D" clean docs/samples/scraped.txt corpora/docs/primary_school_2010_05.txt -o "$OUT/clean" \
  --report "$OUT/clean_report.jsonl" --restore
python3 - "$OUT/clean_report.jsonl" <<'PY'
import collections, json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
print("findings by kind and action:", dict(collections.Counter((r["kind"], r["action"]) for r in rows)))
PY
