#!/usr/bin/env bash
# Set-up and the two everyday jobs. Idempotent: re-running only re-installs when pyproject.toml changed.
#   bash dev.sh demo   — create .venv, install deedsnlp with all extras, run the main job on bundled samples
#   bash dev.sh test   — same set-up, then the whole test suite
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
VENV=.venv
STAMP=$VENV/.deedsnlp-installed

setup() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  local want
  want=$(cat pyproject.toml | sha1sum | cut -d' ' -f1)
  if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    # the CPU build of torch (a plain `torch` would pull a multi-GB CUDA build)
    "$VENV/bin/python" -m pip install -q "torch==2.13.0"
    "$VENV/bin/python" -m pip install -q -e ".[all]"
    echo "$want" > "$STAMP"
  fi
  # bytecode for the editable source tree, as pip writes it for a wheel: without it every command
  # compiles ~70 modules at start (0.2 s of `deedsnlp check`) wherever PYTHONDONTWRITEBYTECODE is
  # set; only changed files are recompiled, so this costs little on later runs
  "$VENV/bin/python" -m compileall -q -j 0 deedsnlp >/dev/null
}

demo() {
  local out=out/demo
  mkdir -p "$out"
  local D="$VENV/bin/deedsnlp"
  echo "== outline of a bundled report"
  "$D" outline corpora/docs/village_2024_08.txt
  echo "== load the bundled reports (document model as JSONL in $out/docs.jsonl)"
  "$D" load corpora/docs --json -o "$out/docs.jsonl"
  "$D" load corpora/docs/agency_2019_04.txt corpora/docs/hospital_2016_06.txt
  echo "== segmentation with the domain lexicon (first lines)"
  "$D" segment corpora/docs/primary_school_2019_03.txt -o "$out/segmented.txt"
  head -n 3 "$out/segmented.txt"
  for step in examples/demo.d/*.sh; do
    [ -f "$step" ] && D="$D" OUT="$out" bash "$step"
  done
  echo "demo done; outputs in $out/"
}

case "${1:-}" in
  demo) setup; demo ;;
  test) setup; shift; "$VENV/bin/python" -m pytest "$@" ;;
  setup) setup ;;
  *) echo "usage: bash dev.sh demo|test|setup" >&2; exit 2 ;;
esac
