#!/usr/bin/env bash
# The Excel benchmark (issue 16), run by `make bench` after Benchmarks/run.sh: builds parlens and
# xlsx-xml-bench in release, writes the 200,000 × 8 workbook with xlsxwriter, times parlens against
# python-calamine and openpyxl, and writes the section "Reading Excel workbooks" of BENCHMARKS.md
# (Benchmarks/xlsx/bench.py).
#
#   SWIFT=swift                  the toolchain driver
#   BENCH_SCRATCH=.build-bench   SwiftPM scratch directory (kept apart from .build)
#   XLSX_PYTHON=…                a Python with scripts/xlsx/requirements.txt installed
#   BENCH_RUNS=5                 timed runs of parlens and calamine (openpyxl: 3)
set -euo pipefail
cd "$(dirname "$0")/../.."

SWIFT=${SWIFT:-swift}
SCRATCH=${BENCH_SCRATCH:-.build-bench}
PYTHON=${XLSX_PYTHON:-.venv-xlsx/bin/python}
if [ ! -x "$PYTHON" ]; then
  echo "bench: creating .venv-xlsx with scripts/xlsx/requirements.txt" >&2
  python3 -m venv .venv-xlsx
  .venv-xlsx/bin/python -m pip install --quiet -r scripts/xlsx/requirements.txt
  PYTHON=.venv-xlsx/bin/python
fi

echo "bench: building parlens and xlsx-xml-bench (release, $SCRATCH)" >&2
"$SWIFT" build -c release --scratch-path "$SCRATCH" --product parlens
"$SWIFT" build -c release --scratch-path "$SCRATCH" --product xlsx-xml-bench

WORK=$(mktemp -d "${TMPDIR:-/tmp}/parlens-xlsx-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" Benchmarks/xlsx/make_big.py "$WORK/big.xlsx"

"$PYTHON" Benchmarks/xlsx/bench.py \
  --parlens "$SCRATCH/release/parlens" \
  --xml-bench "$SCRATCH/release/xlsx-xml-bench" \
  --python "$PYTHON" \
  --book "$WORK/big.xlsx" \
  --runs "${BENCH_RUNS:-5}" \
  --out BENCHMARKS.md
