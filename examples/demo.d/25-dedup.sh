#!/usr/bin/env bash
# Demo step: a repost of a bundled report (watermark and link tail added, a paragraph dropped)
# is grouped with its original; shared stock sentences are listed.
set -euo pipefail
mkdir -p "$OUT/dedup"
python3 - corpora/docs/agency_2021_05.txt "$OUT/dedup/agency_2021_05_repost.txt" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
lines.pop(3)
lines.insert(5, lines[5] + "本文来源：公文范文网，转载请注明出处。")
lines += ["相关文章：", "2021年机关党支部先进事迹材料（精选5篇）", "党支部书记述职报告 今年以来，本人认真履行..."]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
echo "== near-duplicates among the bundled reports and the repost"
"$D" dedup corpora/docs "$OUT/dedup/agency_2021_05_repost.txt" --json > "$OUT/dedup.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('clusters:', d['clusters']); print('shared sentences:', len(d['boilerplate']))" "$OUT/dedup.json"
