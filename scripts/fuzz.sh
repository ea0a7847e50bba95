#!/usr/bin/env bash
# Fuzz harnesses (libFuzzer through `swiftc -sanitize=fuzzer,address`): build them into build/fuzz/
# and run them. See Fuzz/README.md.
#
#   scripts/fuzz.sh build                 build every harness (only what changed is rebuilt)
#   scripts/fuzz.sh run [HARNESS…]        build, then run each harness (all when none is named)
#
# Runs are set by the environment:
#   FUZZ_RUNS=N       executions per harness (default 10000000; 0: no limit, FUZZ_TIME decides)
#   FUZZ_TIME=S       stop each harness after S seconds as well (default 0: no time limit)
#   FUZZ_PARALLEL=N   harnesses run at once (default 1)
#   FUZZ_TIMEOUT=S    an input that takes longer is a finding (default 10)
#   FUZZ_RSS_MB=N     a run using more memory is a finding (default 2048)
#   SWIFTC=…          the compiler (default swiftc)
#
# Each run replays the kept findings of Fuzz/regressions/HARNESS/ first, then fuzzes from a corpus
# in build/fuzz/corpus/HARNESS/ (git-ignored, kept between runs) seeded from the repository's
# fixtures (build/fuzz/seeds/HARNESS/). A finding is written to build/fuzz/findings/HARNESS/ and the
# run fails; the log of each run is build/fuzz/logs/HARNESS.log and its last lines (executions,
# time, exec/s, peak memory) are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFTC=${SWIFTC:-swiftc}
OUT=build/fuzz
FUZZ_RUNS=${FUZZ_RUNS:-10000000}
FUZZ_TIME=${FUZZ_TIME:-0}
FUZZ_PARALLEL=${FUZZ_PARALLEL:-1}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
FLAGS=(-sanitize=fuzzer,address -O -parse-as-library -package-name parlens)

HARNESSES=(panel-csv numbers periods names notebook markdown workbook)

# The longest input each harness is given. Numbers, periods and names are cells; the CSV is a few
# hundred rows; a Markdown page 4 KB (it was held to 1 KB while its inline readers were quadratic
# in runs of `[`; now linear, 4,096 `[` take 0.08 s instrumented).
max_len() {
    case $1 in
        panel-csv) echo 4096 ;;
        numbers) echo 80 ;;
        periods) echo 64 ;;
        names) echo 512 ;;
        notebook) echo 4096 ;;
        markdown) echo 4096 ;;
        workbook) echo 2048 ;;
    esac
}

# The harness's own files, compiled into its module (beside a prebuilt module it imports).
harness_sources() {
    case $1 in
        panel-csv) echo Fuzz/PanelCSV.swift Tests/Support/PanelTestSupport/ReferenceCSV.swift ;;
        numbers) echo Fuzz/Numbers.swift ;;
        periods) echo Fuzz/Periods.swift ;;
        names) echo Fuzz/Names.swift ;;
        notebook) echo Fuzz/NotebookParser.swift Sources/Shell/Notebook.swift Sources/Shell/Tokenizer.swift \
            Sources/Shell/CommandFailure.swift ;;
        markdown) echo Fuzz/Markdown.swift ;;
        workbook) echo Fuzz/Workbook.swift ;;
    esac
}

# The module a harness imports: Panel and Rendering are the package's own, built from Sources/; the
# notebook harness takes the Messages stand-in (Fuzz/Support/Messages.swift, see there why).
harness_module() {
    case $1 in
        panel-csv | numbers | periods | names) echo Panel ;;
        notebook) echo Messages ;;
        markdown | workbook) echo Rendering ;;
    esac
}

module_sources() {
    case $1 in
        Messages) echo Fuzz/Support/Messages.swift ;;
        ZIPFoundation) find "$ZIP/Sources/ZIPFoundation" -name '*.swift' | sort ;;
        *) find "Sources/$1" -name '*.swift' | sort ;;
    esac
}

# Panel reads workbooks and Rendering writes them with ZIPFoundation (its checkout from `swift
# build`, over zlib): built as one more module, its C part found through its module map.
ZIP=.build/checkouts/ZIPFoundation
ZIP_FLAGS=(-I "$ZIP/Sources/CZLib" -Xcc -D_GNU_SOURCE=1)

# The modules a module imports, built first; and what a harness over it links.
module_dependencies() {
    case $1 in
        Panel | Rendering) echo ZIPFoundation ;;
    esac
}

# True when $1 is missing or older than any of the files after it (or than this script).
stale() {
    local target=$1
    shift
    [[ -e $target ]] || return 0
    local f
    for f in "$@" "$0"; do [[ $f -nt $target ]] && return 0; done
    return 1
}

probe() {
    [[ -x $OUT/probe ]] && return 0
    mkdir -p "$OUT"
    cat >"$OUT/probe.swift" <<'EOF'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ start: UnsafeRawPointer, _ count: Int) -> CInt { 0 }
EOF
    if ! "$SWIFTC" -sanitize=fuzzer,address -parse-as-library "$OUT/probe.swift" -o "$OUT/probe" >"$OUT/probe.log" 2>&1; then
        cat "$OUT/probe.log" >&2
        echo "fuzz: '$SWIFTC -sanitize=fuzzer,address' cannot build a libFuzzer harness here (the toolchain's" >&2
        echo "fuzz: libclang_rt.fuzzer and asan runtimes are needed; Swift's Linux toolchains ship them)." >&2
        exit 1
    fi
}

build_module() {
    local module=$1 sources dependency
    for dependency in $(module_dependencies "$module"); do build_module "$dependency"; done
    if [[ $module == ZIPFoundation && ! -d $ZIP ]]; then
        echo "fuzz: $ZIP is missing: run 'swift build' first (it fetches ZIPFoundation)" >&2
        exit 1
    fi
    read -r -a sources <<<"$(module_sources "$module" | tr '\n' ' ')"
    mkdir -p "$OUT/modules" "$OUT/objects"
    stale "$OUT/objects/$module.o" "${sources[@]}" || return 0
    echo "fuzz: building module $module" >&2
    "$SWIFTC" "${FLAGS[@]}" "${ZIP_FLAGS[@]}" -I "$OUT/modules" -wmo -enable-testing -module-name "$module" \
        -emit-module -emit-module-path "$OUT/modules/$module.swiftmodule" \
        -c "${sources[@]}" -o "$OUT/objects/$module.o" 2> >(grep -v 'Cannot export local symbol' >&2)
    touch "$OUT/objects/$module.o"  # swiftc leaves an unchanged object as it was, date included
}

build_harness() {
    local h=$1 module sources
    module=$(harness_module "$h")
    build_module "$module"
    read -r -a sources <<<"$(harness_sources "$h")"
    local objects=("$OUT/objects/$module.o") links=() dependency
    for dependency in $(module_dependencies "$module"); do objects+=("$OUT/objects/$dependency.o"); done
    [[ $module == Panel || $module == Rendering ]] && links=(-lz)
    stale "$OUT/$h" "${sources[@]}" "${objects[@]}" || return 0
    echo "fuzz: building $h" >&2
    "$SWIFTC" "${FLAGS[@]}" "${ZIP_FLAGS[@]}" -module-name "Fuzz_${h//-/_}" -I "$OUT/modules" \
        "${sources[@]}" "${objects[@]}" "${links[@]}" -o "$OUT/$h" 2> >(grep -v 'Cannot export local symbol' >&2)
    touch "$OUT/$h"
}

# Writes each line of stdin (up to 2000) as one seed file of $1. The rest is read and dropped:
# stopping early would kill the writer with SIGPIPE, which pipefail turns into a failed seed.
seed_lines() {
    local dir=$1 n=0 line
    while IFS= read -r line; do
        ((n < 2000)) || continue
        printf '%s' "$line" >"$dir/line-$n"
        n=$((n + 1))
    done
}

# The cells of the bundled CSV files, one per line, unquoted, each once.
cells() {
    find Tests/PanelTests/Fixtures datasets Tests/ShellTests/Fixtures -name '*.csv' -print0 | xargs -0 cat |
        tr ',;\t\r' '\n\n\n\n' | sed 's/^ *"//; s/" *$//' | sort -u
}

seed() {
    local h=$1 dir=$OUT/seeds/$1
    [[ -d $dir ]] && return 0
    mkdir -p "$dir.tmp"
    case $h in
        panel-csv)
            find Tests/PanelTests/Fixtures datasets Tests/ShellTests/Fixtures -name '*.csv' |
                while read -r f; do cp "$f" "$dir.tmp/$(echo "$f" | tr / _)"; done
            ;;
        numbers)
            { cells | grep '[0-9]' | grep -v '[a-zA-Z]'; printf '%s\n' '1.234,5' '7.554.000' '−1,5' '87,1 %' \
                '1 234' '99,17' 'N/A' '…' '123456789012345' '0.000000000000001'; } | seed_lines "$dir.tmp"
            ;;
        periods)
            { cells | grep -E '(^|[^0-9])(19|20)[0-9]{2}([^0-9]|$)'; printf '%s\n' 'năm 2022' 'H1/2022' \
                '6 tháng đầu năm 2022' '6 tháng cuối năm 2022' 'quý III/2022' 'quý 3 năm 2022' 'tháng 11/2023' \
                'tháng 11 năm 2023' '9T/2022' '9 tháng năm 2022' '2021–2023' 'giai đoạn 2021-2023' \
                '2025-07/08' '2024-12/2025-01' '27/11/2023' '2023-11-27' '2022-9M' '2022-Q3'; } |
                seed_lines "$dir.tmp"
            ;;
        names)
            cells | grep -v '^[-+0-9.,% ]*$' | seed_lines "$dir.tmp"
            ;;
        notebook)
            cp notebooks-cli/*.md "$dir.tmp/"
            ;;
        markdown)
            cp notebooks-cli/*.md "$dir.tmp/"
            cp datasets/README.md "$dir.tmp/datasets-README.md"
            ;;
        workbook)
            # Tables as the commands write them: the bundled CSV files, tab-separated, 40 rows each.
            find datasets Tests/ShellTests/Fixtures -name '*.csv' | while read -r f; do
                head -40 "$f" | tr ',;' '\t\t' >"$dir.tmp/$(echo "$f" | tr / _)"
            done
            printf 'Hạng\tĐơn vị\tGiá trị\tThay đổi\n1\tHà Nội\t93,82%%\t▲ 2\n—\t=1+2\t1.234,5\t+0,50\n' >"$dir.tmp/rank"
            ;;
    esac
    mv "$dir.tmp" "$dir"
}

run_harness() {
    local h=$1 args corpora
    mkdir -p "$OUT/corpus/$h" "$OUT/findings/$h" "$OUT/logs"
    seed "$h" || { echo "fuzz: $h FAILED: its seed corpus could not be made ($OUT/seeds/$h)" >&2; return 1; }
    args=(-rss_limit_mb="$FUZZ_RSS_MB" -timeout="$FUZZ_TIMEOUT" -max_len="$(max_len "$h")"
        -print_final_stats=1 -artifact_prefix="$OUT/findings/$h/")
    ((FUZZ_RUNS > 0)) && args+=(-runs="$FUZZ_RUNS")
    ((FUZZ_TIME > 0)) && args+=(-max_total_time="$FUZZ_TIME")
    # The corpus first (new inputs go there), then the seeds and the kept findings: every input of
    # those folders runs before fuzzing starts, so a finding that comes back fails the run at once.
    corpora=("$OUT/corpus/$h" "$OUT/seeds/$h")
    [[ -n $(ls -A "Fuzz/regressions/$h" 2>/dev/null) ]] && corpora+=("Fuzz/regressions/$h")
    echo "fuzz: running $h (${args[*]})" >&2
    # A Swift runtime error is the finding: libFuzzer reports it and keeps the input. (Swift's own
    # backtracer would read memory AddressSanitizer watches and report itself instead.)
    export SWIFT_BACKTRACE=enable=no
    local start=$SECONDS status=0
    "$OUT/$h" "${args[@]}" "${corpora[@]}" >"$OUT/logs/$h.log" 2>&1 || status=$?
    local runs speed rss
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/logs/$h.log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$OUT/logs/$h.log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$OUT/logs/$h.log" | tail -1)
    if ((status != 0)); then
        grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*fatal error)|^artifact_prefix|Test unit written' \
            "$OUT/logs/$h.log" >&2 || tail -20 "$OUT/logs/$h.log" >&2
        echo "fuzz: $h FAILED after $((SECONDS - start)) s (log: $OUT/logs/$h.log; input in $OUT/findings/$h/)" >&2
        return 1
    fi
    echo "fuzz: $h ok: ${runs:-?} executions in $((SECONDS - start)) s, ${speed:-?} exec/s, peak ${rss:-?} MB" >&2
}

main() {
    local command=${1:-run}
    shift || true
    local selected=("$@")
    ((${#selected[@]})) || selected=("${HARNESSES[@]}")
    probe
    local h
    for h in "${selected[@]}"; do
        [[ -n $(harness_module "$h") ]] || { echo "fuzz: no harness '$h' (${HARNESSES[*]})" >&2; exit 2; }
        build_harness "$h"
    done
    [[ $command == build ]] && return 0
    [[ $command == run ]] || { echo "usage: scripts/fuzz.sh build|run [HARNESS…]" >&2; exit 2; }
    local failed=0 running=0
    for h in "${selected[@]}"; do
        if ((running >= FUZZ_PARALLEL)); then
            wait -n || failed=1
            running=$((running - 1))
        fi
        run_harness "$h" &
        running=$((running + 1))
    done
    while ((running > 0)); do
        wait -n || failed=1
        running=$((running - 1))
    done
    return $failed
}

main "$@"
