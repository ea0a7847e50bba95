#!/usr/bin/env bash
# Issue 18: parlens against DuckDB on one generated dossier log (default 10 M rows), counts per
# unit × tier × month. Checks that both give the same counts, then times each (hyperfine) and
# takes its peak RSS (/usr/bin/time -v). Run from the repository root after
# `swift build -c release --product parlens`, with the venv of scripts/oracle/requirements-dossiers.txt:
#   PY=build/venv-dossier/bin/python ROWS=10000000 bash Benchmarks/dossiers/bench.sh
# With SECTION=BENCHMARKS.md it writes (or replaces) the section "## Dossier logs" of that file;
# `make bench` runs it so (BENCH_DOSSIERS=0 skips it).
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
: > "$OUT/dossiers-rss.txt"
for cmd in "$BIN dossiers summarise $LOG --period month -o $OUT/parlens.csv" \
    "$PY Benchmarks/dossiers/duckdb_peer.py $LOG --out $OUT/duckdb.csv"; do
    /usr/bin/time -v $cmd 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed|Percent of CPU|User time|System time" \
        | sed "s|^|${cmd%% *}: |" | tee -a "$OUT/dossiers-rss.txt"
done
[ -n "${SECTION:-}" ] || exit 0
"$PY" - "$SECTION" "$OUT" "$LOG" "$ROWS" <<'PYEOF'
import re, subprocess, sys, os, datetime
section_file, out, log, rows = sys.argv[1:5]
rss = {}
for line in open(f"{out}/dossiers-rss.txt"):
    who = "parlens" if "parlens" in line.split(":")[0] else "duckdb"
    if "Maximum resident" in line:
        rss[who] = int(line.rsplit(":", 1)[1]) / 1024
table = open(f"{out}/dossiers-hyperfine.md").read().strip()
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
load = os.getloadavg()[0]
text = f"""## Dossier logs

`parlens dossiers summarise LOG --period month` against one DuckDB query computing the same counts
per unit × tier × month (`Benchmarks/dossiers/duckdb_peer.py`: `read_csv … GROUP BY` with the bad-record
checks, duplicates by `row_number()` and carried-over dossiers by running sums), on a generated log of
{int(rows):,} rows ({os.path.getsize(log) / 1e6:,.0f} MB, `Benchmarks/dossiers/make_dossier_log.py`).
Outputs checked equal before timing. Written by `Benchmarks/dossiers/bench.sh`; commit `{commit}`,
{datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, load average {load:.2f} on 2 CPUs.

{table}

Peak RSS: parlens {rss.get('parlens', 0):,.0f} MB, DuckDB {rss.get('duckdb', 0):,.0f} MB.
"""
doc = open(section_file).read()
doc = re.sub(r"\n## Dossier logs\n.*?(?=\n## |\Z)", "", doc, flags=re.S).rstrip("\n") + "\n\n" + text
open(section_file, "w").write(doc)
PYEOF
