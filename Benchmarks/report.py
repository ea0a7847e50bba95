#!/usr/bin/env python3
"""Runs the Swift benchmark and its Python peer, checks that they computed the same things,
and writes BENCHMARKS.md. Called by Benchmarks/run.sh (`make bench`), which builds the Swift
side first and picks the Python that has the pinned peer libraries.

Each side times its own work in-process (start-up and imports are not counted) and prints JSON;
then each side runs once more with `--once` (every benchmark one time, no warm-up) and this
script times that whole process from the outside: the end-to-end cost a user would see.

With --parlens and --panel it also times whole commands (Benchmarks/e2e.py): `parlens trend
--all --format json` on the generated 10,000 × 12 panel against a pandas and a numpy peer, and
`parlens info` on datasets/.
Exits 1 if a checksum or the trend outputs disagree (after writing the report, so the numbers can
be read).
"""

import argparse
import datetime
import json
import math
import os
import platform
import subprocess
import sys
import time

import e2e

# Benchmarks in report order: (name, what it computes).
TREND = [
    ("trend-10000x12", "10,000 series × 12 points"),
    ("trend-700x40", "700 series × 40 points"),
]
CORRELATIONS = [
    ("spearman-63", "Spearman, n = 63"),
    ("spearman-700", "Spearman, n = 700"),
    ("spearman-10000", "Spearman, n = 10,000"),
    ("kendall-63", "Kendall tau-b, n = 63"),
    ("kendall-700", "Kendall tau-b, n = 700"),
    ("kendall-10000", "Kendall tau-b, n = 10,000"),
]
BOOTSTRAP = [("bootstrap-median-700", "median of 700 values, 1,000 resamples")]

# Checksums agree when every shared value matches to this relative tolerance (p-values come from
# two different implementations of the t and normal tails: GSL and scipy/cephes).
TOLERANCE = 1e-6


def run_json(command):
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def run_timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def first_line(command):
    try:
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()[0].strip()
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def fmt_time(seconds):
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms" if seconds < 0.1 else f"{seconds * 1e3:.0f} ms"
    return f"{seconds * 1e6:.3g} µs"


def fmt_ratio(r):
    return f"{r:,.0f}×" if r >= 100 else f"{r:.3g}×"


def compare(swift, peer):
    """Largest relative difference over the checksum keys both sides report."""
    worst = 0.0
    for key in sorted(set(swift) & set(peer)):
        a, b = float(swift[key]), float(peer[key])
        if a == b:
            continue
        scale = max(abs(a), abs(b))
        worst = max(worst, abs(a - b) / scale if scale > 0 else math.inf)
    return worst


# Targets of the product brief, measured on the machine the report names.
TREND_TARGET_S = 0.100
INFO_TARGET_S = 0.025


def write_whole(add, w, args):
    """The whole-command section: trend --all against its peers, info, and their agreement."""
    p = w["panel"]
    trend = w["parlens"]["median_s"]
    add("## Whole commands")
    add("")
    add(f"Each command is a new process started from the repository root, timed from outside")
    add(f"(`time.perf_counter` around the process): one untimed run (the input is then in the page cache),")
    add(f"then {w['parlens']['runs']} timed runs; the median is shown, with the fastest and slowest run.")
    add("")
    add(f"### `trend {args.metric} --all` on {p['units']:,} units × 12 years")
    add("")
    add(f"Input: a tidy CSV of {p['rows']:,} rows ({p['bytes'] / 1e6:.1f} MB), written into a temporary folder (outside")
    add("the working directory, so parlens shows its path as given) by")
    add("`Benchmarks/make_trend_panel.py` (value = base + slope·t + noise, 2 decimals, deterministic).")
    add("Each side reads it, runs Mann–Kendall and Sen's slope on every unit, adjusts the p-values with")
    add("Holm and writes one JSON row per unit sorted by Sen's slope.")
    add("")
    add("| side | command | median | fastest – slowest | side / parlens |")
    add("|---|---|--:|--:|--:|")
    rows = [
        ("parlens", f"`parlens trend {args.metric} --all --data FILE --format json > out.json`"),
        ("numpy", "`python Benchmarks/peers/trend_all_numpy.py FILE par_index out.json` (one matrix, no loop over units)"),
        ("pandas", "`python Benchmarks/peers/trend_all_pandas.py FILE par_index out.json` (groupby, pymannkendall + theilslopes per unit, statsmodels Holm)"),
    ]
    for side, command in rows:
        r = w[side]
        add(f"| {side} | {command} | {fmt_time(r['median_s'])} | {fmt_time(r['min_s'])} – {fmt_time(r['max_s'])} "
            f"| {fmt_ratio(r['median_s'] / trend)} |")
    add("")
    met = "met" if trend <= TREND_TARGET_S else "**not met**"
    add(f"Target of the brief: ≤ {TREND_TARGET_S * 1e3:.0f} ms — {met} ({fmt_time(trend)}).")
    add("")
    a = w["agreement"]
    add("**Agreement.** " + ("The three outputs agree: " if a["agree"] else "**The outputs disagree:** ")
        + f"{a['units']['parlens']:,} units on every side; largest relative difference from parlens — "
        + "; ".join(f"{side}: Sen's slope {worst['sen_slope']:.1e}, Mann–Kendall p {worst['mk_p_value']:.1e}, "
                    f"Holm p {worst['mk_p_adjusted']:.1e}" for side, worst in a["worst"].items())
        + f" (tolerance {e2e.TOLERANCE:g}); rows in the same order: "
        + ", ".join(f"{side} {'yes' if same else 'no'}" for side, same in a["same_order"].items())
        + "; verdict counts equal: "
        + ", ".join(f"{side} {'yes' if same else 'no'}" for side, same in a["same_counts"].items()) + ".")
    add("")
    add("| unit | parlens Sen / MK p | numpy Sen / MK p | pandas Sen / MK p |")
    add("|---|--:|--:|--:|")
    for shown in a["shown"]:
        cells = []
        for side in ("parlens", "numpy", "pandas"):
            v = shown[side]
            cells.append(f"{v['sen_slope']:.12g} / {v['mk_p_value']:.12g}" if v["sen_slope"] is not None else "—")
        add(f"| {shown['unit']} | " + " | ".join(cells) + " |")
    add("")
    info = w["info"]["median_s"]
    add("### `parlens info` on datasets/")
    add("")
    add("| command | median | fastest – slowest | target |")
    add("|---|--:|--:|---|")
    add(f"| `parlens info` (in the repository, on the bundled datasets/) | {fmt_time(info)} | "
        f"{fmt_time(w['info']['min_s'])} – {fmt_time(w['info']['max_s'])} | ≤ {INFO_TARGET_S * 1e3:.0f} ms: "
        f"{'met' if info <= INFO_TARGET_S else '**not met**'} |")
    add("")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", required=True, help="the release parlens-bench executable")
    parser.add_argument("--python", required=True, help="the Python with the pinned peer libraries")
    parser.add_argument("--peer", default="Benchmarks/peers/stats_peer.py")
    parser.add_argument("--out", default="BENCHMARKS.md")
    parser.add_argument("--swift-version", default="swift --version")
    parser.add_argument("--parlens", help="the release parlens executable (for the whole-command benchmarks)")
    parser.add_argument("--panel", help="the generated tidy CSV (Benchmarks/make_trend_panel.py)")
    parser.add_argument("--metric", default="par_index")
    parser.add_argument("--workdir", default=".", help="where the trend outputs are written")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each whole command")
    args = parser.parse_args()

    load = os.getloadavg()
    started = datetime.datetime.now(datetime.timezone.utc)
    print("bench: Swift side …", file=sys.stderr)
    swift = run_json([args.bench, "--json"])
    print("bench: Python peer (about a minute) …", file=sys.stderr)
    peer = run_json([args.python, args.peer])
    print("bench: end-to-end runs …", file=sys.stderr)
    swift_once = run_timed([args.bench, "--once", "--json"])
    peer_once = run_timed([args.python, args.peer, "--once"])
    whole = None
    if args.parlens and args.panel:
        repo = os.path.abspath(".")
        python = os.path.abspath(args.python) if os.sep in args.python else args.python
        whole = e2e.run(os.path.abspath(args.parlens), python, os.path.abspath(args.panel), args.metric,
                        os.path.abspath(args.workdir), repo, args.runs, lambda m: print(m, file=sys.stderr))
        whole["versions"] = first_line([args.python, "-c", "import pandas, statsmodels; "
                                        "print(f'pandas {pandas.__version__}, statsmodels {statsmodels.__version__}')"])

    s = {b["name"]: b for b in swift["benchmarks"]}
    p = {b["name"]: b for b in peer["benchmarks"]}
    disagreements = []
    for name in s:
        if name not in p:
            disagreements.append(f"{name}: missing on the Python side")
        elif compare(s[name]["checksum"], p[name]["checksum"]) > TOLERANCE:
            disagreements.append(name)

    versions = peer["versions"]
    commit = first_line(["git", "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "Sources", "Benchmarks",
                            "Package.swift"]).returncode != 0
    lines = []
    add = lines.append

    def table(rows, per_call):
        add(f"| work | Swift | Python peer | peer / Swift | runs (Swift; peer) |")
        add("|---|--:|--:|--:|---|")
        for name, label in rows:
            a, b = s[name], p[name]
            runs = f"{a['reps']}×{a['calls']}; {b['reps']}×{b['calls']}" if per_call else f"{a['reps']}; {b['reps']}"
            add(f"| {label} | {fmt_time(a['median_s'])} | {fmt_time(b['median_s'])} "
                f"| {fmt_ratio(b['median_s'] / a['median_s'])} | {runs} |")
        add("")

    add("# Benchmarks")
    add("")
    add("parlens's `Statistics` module (Swift, release build, on GSL) against the same work done the")
    add("way an analyst would in Python with scipy and pymannkendall, and whole parlens commands against")
    add("Python scripts doing the same job. Written by `make bench` (`Benchmarks/run.sh`) from one run;")
    add("numbers on another machine will differ, the ratios less so.")
    add("")
    add(f"- **Date**: {started:%Y-%m-%d %H:%M} UTC; commit `{commit}`{' with local changes' if dirty else ''}")
    add(f"- **Machine**: {os.cpu_count()} CPUs (`nproc` {first_line(['nproc'])}), {cpu_model()}, "
        f"Linux {platform.release()}; load average at start {load[0]:.2f}")
    add(f"- **Swift**: {first_line(args.swift_version.split())}, `-c release`")
    add(f"- **Python**: {versions['python']}, numpy {versions['numpy']}, scipy {versions['scipy']}, "
        f"pymannkendall {versions['pymannkendall']}{', ' + whole['versions'] if whole else ''} "
        f"(pinned in `Benchmarks/requirements.txt`)")
    add("")
    add("**How it is measured.** Both sides build the same inputs from one 64-bit LCG: index-like")
    add("values rounded to 2 decimals (a 0–1 index in hundredths, a 0–100 score), so ties are")
    add("common, as in real panels; every value is an integer number of hundredths over 100, so both")
    add("sides hold bit-identical doubles. Each benchmark runs once untimed, then several timed")
    add("repetitions inside the process (Swift `ContinuousClock`, Python `time.perf_counter`); the")
    add("table shows the median. Process start-up, imports and input generation are not in these")
    add("times; they are in the end-to-end times below. Both sides compute the same things, checked")
    add(f"by checksums (relative tolerance {TOLERANCE:g}).")
    add("")
    add("## Trend batch: Mann–Kendall + Sen's slope with its 95% interval")
    add("")
    add("Per series, Swift: `MannKendall(y)` and `SenSlope(x:y:)`; Python: `pymannkendall.original_test(y)`")
    add("and `scipy.stats.theilslopes(y, x)`, in a loop. Time for the whole batch.")
    add("")
    table(TREND, per_call=False)
    add("## Rank correlations")
    add("")
    add("Swift: `SpearmanCorrelation(x:y:)` (`gsl_stats_spearman`), `KendallTau(x:y:)`; Python:")
    add("`scipy.stats.spearmanr`, `scipy.stats.kendalltau` (tau-b). Time per call (each repetition")
    add("runs the call several times).")
    add("")
    table(CORRELATIONS, per_call=True)
    add("## Bootstrap")
    add("")
    add("Swift: `BootstrapInterval(x, statistic: .median, resamples: 1000, seed:)` — a loop over")
    add("resamples with GSL's MT19937. Python: `scipy.stats.bootstrap((x,), np.median,")
    add("n_resamples=1000, method='percentile')`, which draws all resamples at once and takes")
    add("the medians along an axis (vectorised numpy, not a Python loop).")
    add("")
    table(BOOTSTRAP, per_call=False)
    add("## End to end")
    add("")
    add("Each side's whole process with `--once`: start-up, imports, input generation, and every")
    add("benchmark above once with no warm-up, timed from outside.")
    add("")
    add("| side | wall time |")
    add("|---|--:|")
    add(f"| Swift `parlens-bench --once` | {fmt_time(swift_once)} |")
    add(f"| Python `stats_peer.py --once` | {fmt_time(peer_once)} |")
    add("")
    add(f"Python's imports (numpy, scipy.stats, pymannkendall) alone took {fmt_time(peer['import_s'])}")
    add("in the timed run.")
    add("")
    if whole:
        write_whole(add, whole, args)
    add("## Checksums")
    add("")
    add("| work | Swift | Python peer | largest relative difference |")
    add("|---|---|---|--:|")
    for name, _ in TREND + CORRELATIONS + BOOTSTRAP:
        a, b = s[name]["checksum"], p[name]["checksum"]
        keys = sorted(set(a) & set(b))
        show = lambda c: "<br>".join(f"{k} = {float(c[k]):.15g}" for k in keys)
        diff = compare(a, b)
        add(f"| {name} | {show(a)} | {show(b)} | {'0 (identical)' if diff == 0 else f'{diff:.1e}'} |")
    add("")
    boot = p["bootstrap-median-700"]["checksum"]
    add("The bootstrap's Python lower/upper are the Swift interval replayed in numpy (GSL's MT19937")
    add("stream and `gsl_rng_uniform_int`'s rule, type-7 percentiles); scipy's own interval, from")
    add(f"its own generator, was [{boot['scipy_lower']:.4f}, {boot['scipy_upper']:.4f}].")
    if disagreements:
        add("")
        add(f"**Checksums disagree: {', '.join(disagreements)}.**")
    add("")
    add("## Reproduce")
    add("")
    add("```")
    add("make bench")
    add("```")
    add("")
    add("`Benchmarks/run.sh` builds `parlens-bench` and `parlens` with `swift build -c release --scratch-path")
    add(".build-bench`, finds a Python with the pins (`$BENCH_PYTHON`, `.venv-bench`, `.venv-oracle`,")
    add("or a new `.venv-bench`), runs both sides, generates the panel into a temporary folder")
    add("(`python Benchmarks/make_trend_panel.py FILE`), times the whole commands (`BENCH_RUNS`, default 7)")
    add("and writes this file. One side alone: `.build-bench/release/parlens-bench` (a table; `--json`,")
    add("`--once`, `--only PREFIX`), `python Benchmarks/peers/stats_peer.py`, and")
    add("`python Benchmarks/peers/trend_all_{pandas,numpy}.py FILE par_index OUT.json`.")

    with open(args.out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"bench: wrote {args.out}", file=sys.stderr)
    for name, label in TREND + CORRELATIONS + BOOTSTRAP:
        a, b = s[name]["median_s"], p[name]["median_s"]
        print(f"  {name:22} Swift {fmt_time(a):>10}  Python {fmt_time(b):>10}  {fmt_ratio(b / a):>7}", file=sys.stderr)
    if whole:
        t = whole
        print(f"  trend --all (whole process) parlens {fmt_time(t['parlens']['median_s']):>9}  numpy "
              f"{fmt_time(t['numpy']['median_s']):>9}  pandas {fmt_time(t['pandas']['median_s']):>9}", file=sys.stderr)
        print(f"  info on datasets/ (whole process) {fmt_time(t['info']['median_s'])}", file=sys.stderr)
        if not t["agreement"]["agree"]:
            disagreements.append("trend --all outputs")
    if disagreements:
        print(f"bench: disagreements: {', '.join(disagreements)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
