#!/usr/bin/env bash
# Demo step (run by `bash dev.sh demo` with D=the deedsnlp command and OUT=the output folder):
# draft the school example from its facts and logs, with the explain record, then check the draft.
set -euo pipefail
echo "== draft a report from facts and logs (every number traceable: $OUT/explain.json)"
"$D" draft examples/school/facts.yaml --logs examples/school/logs.csv examples/school/logs.txt \
  -o "$OUT/draft.docx" --explain "$OUT/explain.json"
"$D" draft examples/school/facts.yaml --logs examples/school/logs.csv examples/school/logs.txt \
  -o "$OUT/draft.md"
head -n 5 "$OUT/draft.md"
echo "== suggestions for the carriers section"
"$D" suggest examples/school/logs.csv --section carriers --facts examples/school/facts.yaml -k 3 --exemplars 1
if "$D" check --help >/dev/null 2>&1; then
  echo "== check the draft against the school profile"
  "$D" check "$OUT/draft.md" --profile school
fi
