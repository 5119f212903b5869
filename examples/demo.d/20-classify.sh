#!/usr/bin/env bash
# Demo step: tag the passages of a bundled report with their sections; evaluate the shipped model.
set -euo pipefail
echo "== classify the passages of a bundled report"
"$D" classify corpora/docs/village_2024_08.txt | head -n 20
echo "== the shipped model on the test split (confusion matrix: $OUT/confusion.png)"
"$D" evaluate --png "$OUT/confusion.png" | tail -n 4
