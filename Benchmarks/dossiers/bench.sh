#!/usr/bin/env bash
# Issue 18: parlens against DuckDB on one generated dossier log (default 10 M rows), counts per
# unit × tier × month. Checks that both give the same counts, then times each (hyperfine) and
# takes its peak RSS (/usr/bin/time -v). Run from the repository root after
# `swift build -c release --product parlens`, with the venv of scripts/oracle/requirements-dossiers.txt:
#   PY=build/venv-dossier/bin/python ROWS=10000000 bash Benchmarks/dossiers/bench.sh
set -euo pipefail
PY=${PY:-build/venv-dossier/bin/python}
ROWS=${ROWS:-10000000}
RUNS=${RUNS:-3}
BIN=${BIN:-.build/release/parlens}
OUT=${OUT:-build/bench}
LOG=$OUT/log$((ROWS / 1000000))m.csv
mkdir -p "$OUT"
[ -s "$LOG" ] || python3 Benchmarks/dossiers/make_dossier_log.py --rows "$ROWS" --out "$LOG"
ls -l "$LOG"
cat "$LOG" > /dev/null  # into the page cache

# Same counts? parlens's panel (counts only) against the DuckDB peer's.
"$BIN" dossiers summarise "$LOG" --period month -o "$OUT/parlens.csv"
"$PY" Benchmarks/dossiers/duckdb_peer.py "$LOG" --out "$OUT/duckdb.csv"
tail -n +2 "$OUT/parlens.csv" | grep -v -E '_rate(_766)?,' | cut -d, -f1-5 | LC_ALL=C sort > "$OUT/parlens.counts"
tail -n +2 "$OUT/duckdb.csv" | LC_ALL=C sort > "$OUT/duckdb.counts"
if cmp -s "$OUT/parlens.counts" "$OUT/duckdb.counts"; then
    echo "same counts: $(wc -l < "$OUT/parlens.counts") unit × tier × month × metric values"
else
    echo "parlens and DuckDB differ:"; diff "$OUT/parlens.counts" "$OUT/duckdb.counts" | head; exit 1
fi

hyperfine --runs "$RUNS" --export-markdown "$OUT/dossiers-hyperfine.md" \
    -n parlens "$BIN dossiers summarise $LOG --period month -o $OUT/parlens.csv" \
    -n "duckdb $("$PY" -c 'import duckdb; print(duckdb.__version__)') (2 threads)" \
    "$PY Benchmarks/dossiers/duckdb_peer.py $LOG --out $OUT/duckdb.csv"
for cmd in "$BIN dossiers summarise $LOG --period month -o $OUT/parlens.csv" \
    "$PY Benchmarks/dossiers/duckdb_peer.py $LOG --out $OUT/duckdb.csv"; do
    /usr/bin/time -v $cmd 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed|Percent of CPU" | sed "s|^|${cmd%% *}: |"
done
