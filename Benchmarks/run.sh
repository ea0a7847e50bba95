#!/usr/bin/env bash
# `make bench`: builds parlens-bench and parlens in release, runs parlens-bench and its Python peer
# on the same inputs, times whole commands (`parlens trend --all` on a generated 10,000 × 12
# panel against a pandas and a numpy peer, `parlens info` on datasets/), and writes
# BENCHMARKS.md at the repository root (see Benchmarks/report.py and Benchmarks/e2e.py).
#
#   SWIFT=swift                  the toolchain driver
#   BENCH_SCRATCH=.build-bench   SwiftPM scratch directory (kept apart from .build)
#   BENCH_PYTHON=…               a Python that has Benchmarks/requirements.txt installed
#   BENCH_RUNS=7                 timed runs of each whole command (median reported)
#   BENCH_SCALE=0                skip the scale run (Benchmarks/scale.sh: ~1 GB tidy CSV, peak RSS)
#   BENCH_SCALE_MB="200 1000"    the scale run's file sizes, in megabytes
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SCRATCH=${BENCH_SCRATCH:-.build-bench}
REQUIREMENTS=Benchmarks/requirements.txt

# Whether the Python $1 has every pin of the requirements file, at exactly that version.
has_pins() {
  [ -x "$1" ] && "$1" - "$REQUIREMENTS" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version, PackageNotFoundError
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, pinned = line.split("==")
    try:
        if version(name) != pinned:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
PY
}

PYTHON=${BENCH_PYTHON:-}
if [ -z "$PYTHON" ]; then
  for candidate in .venv-bench/bin/python .venv-oracle/bin/python; do
    if has_pins "$candidate"; then PYTHON=$candidate; break; fi
  done
fi
if [ -z "$PYTHON" ]; then
  echo "bench: creating .venv-bench with $REQUIREMENTS" >&2
  python3 -m venv .venv-bench
  .venv-bench/bin/python -m pip install --quiet -r "$REQUIREMENTS"
  PYTHON=.venv-bench/bin/python
fi
has_pins "$PYTHON" || { echo "bench: $PYTHON lacks the pins in $REQUIREMENTS" >&2; exit 1; }

echo "bench: building parlens-bench and parlens (release, $SCRATCH)" >&2
"$SWIFT" build -c release --scratch-path "$SCRATCH" --product parlens-bench
"$SWIFT" build -c release --scratch-path "$SCRATCH" --product parlens

# The 10,000 units × 12 years panel, generated (deterministic) where it is never committed.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/parlens-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" Benchmarks/make_trend_panel.py "$WORK/panel.csv"

"$PYTHON" Benchmarks/report.py \
  --bench "$SCRATCH/release/parlens-bench" \
  --python "$PYTHON" \
  --swift-version "$SWIFT --version" \
  --parlens "$SCRATCH/release/parlens" \
  --panel "$WORK/panel.csv" \
  --workdir "$WORK" \
  --runs "${BENCH_RUNS:-7}" \
  --out BENCHMARKS.md

# Reading Excel workbooks (issue 16): its own section of BENCHMARKS.md.
SWIFT="$SWIFT" BENCH_SCRATCH="$SCRATCH" bash Benchmarks/xlsx/run.sh

# The scale run: a generated ~1 GB tidy CSV loaded by `parlens info`, peak memory reported.
bash Benchmarks/scale.sh "$SCRATCH/release/parlens" "$WORK" BENCHMARKS.md

# Dossier logs (issue 18): parlens against DuckDB on a generated 10 M-row log, its own section.
if [ "${BENCH_DOSSIERS:-1}" != 0 ]; then
  BIN="$SCRATCH/release/parlens" PY="$PYTHON" ROWS="${BENCH_DOSSIER_ROWS:-10000000}" OUT="$WORK/dossiers" \
    SECTION=BENCHMARKS.md bash Benchmarks/dossiers/bench.sh
fi
