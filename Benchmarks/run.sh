#!/usr/bin/env bash
# `make bench`: builds parlens-bench in release, runs it and the Python peer on the same inputs,
# and writes BENCHMARKS.md at the repository root (see Benchmarks/report.py).
#
#   SWIFT=swift                  the toolchain driver
#   BENCH_SCRATCH=.build-bench   SwiftPM scratch directory (kept apart from .build)
#   BENCH_PYTHON=…               a Python that has Benchmarks/requirements.txt installed
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

echo "bench: building parlens-bench (release, $SCRATCH)" >&2
"$SWIFT" build -c release --scratch-path "$SCRATCH" --product parlens-bench
"$PYTHON" Benchmarks/report.py \
  --bench "$SCRATCH/release/parlens-bench" \
  --python "$PYTHON" \
  --swift-version "$SWIFT --version" \
  --out BENCHMARKS.md
