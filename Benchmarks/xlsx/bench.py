"""The Excel benchmark (issue 16), run by Benchmarks/xlsx/run.sh: writes the section "Reading
Excel workbooks" of BENCHMARKS.md (replacing it when present, else adding it at the end).

- `parlens info --data big.xlsx --format json` (release build): the whole load, end to end;
- python-calamine and openpyxl (read-only) reading every row into Python values
  (Benchmarks/xlsx/peer.py), each a whole `python` process, imports included;
- xlsx-xml-bench: parlens's byte reader against Foundation's XMLParser on the same sheet XML,
  in one process (the choice the README's "Reading Excel" explains).

Each command runs once untimed (the file is then in the page cache), then `--runs` times; the
median wall time is reported, and the largest peak resident memory of the runs (from wait4).
"""

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import time
import zipfile


def run(command, stdout=subprocess.DEVNULL):
    """Wall time and peak RSS (bytes) of one run of `command`."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed ({proc.returncode}): {err}")
    return elapsed, usage.ru_maxrss * 1024


def measure(command, runs):
    run(command)
    results = [run(command) for _ in range(runs)]
    return statistics.median(t for t, _ in results), max(m for _, m in results), runs


def fmt_time(s):
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def fmt_mb(b):
    return f"{b / 1e6:.0f} MB"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parlens", required=True)
    ap.add_argument("--xml-bench", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--book", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer-runs", type=int, default=3)
    ap.add_argument("--out", default="BENCHMARKS.md")
    args = ap.parse_args()

    with zipfile.ZipFile(args.book) as z:
        sheet_xml = z.getinfo("xl/worksheets/sheet1.xml").file_size
    book_size = os.path.getsize(args.book)
    here = os.path.dirname(os.path.abspath(__file__))
    parlens = measure([args.parlens, "info", "--data", args.book, "--format", "json"], args.runs)
    calamine = measure([args.python, os.path.join(here, "peer.py"), "calamine", args.book], args.runs)
    openpyxl = measure([args.python, os.path.join(here, "peer.py"), "openpyxl", args.book], args.peer_runs)
    # The readers agree: parlens's observations and value range against calamine's rows.
    info = json.loads(subprocess.run(
        [args.parlens, "info", "--data", args.book, "--format", "json"], capture_output=True, text=True).stdout)
    peer = subprocess.run([args.python, os.path.join(here, "peer.py"), "calamine", args.book],
                          capture_output=True, text=True).stdout.split()
    assert info["observations"] == int(peer[0]), (info["observations"], peer)
    xml = json.loads(subprocess.run([args.xml_bench, args.book, str(args.runs)], capture_output=True,
                                    text=True, check=True).stdout)
    mine = statistics.median(xml["byte_reader"]["seconds"])
    foundation = statistics.median(xml["xmlparser"]["seconds"])
    versions = subprocess.run([args.python, "-c", (
        "import sys, openpyxl, xlsxwriter; from importlib.metadata import version as v; "
        "print(sys.version.split()[0], openpyxl.__version__, xlsxwriter.__version__, v('python-calamine'))")],
        capture_output=True, text=True, check=True).stdout.split()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    ratio = lambda a, b: f"{a / b:.2f}×"
    lines = [
        "## Reading Excel workbooks",
        "",
        f"Written by `Benchmarks/xlsx/run.sh` (part of `make bench`) on "
        f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit `{commit}`; Python "
        f"{versions[0]}, openpyxl {versions[1]}, xlsxwriter {versions[2]}, python-calamine {versions[3]} "
        "(pinned in `scripts/xlsx/requirements.txt`).",
        "",
        f"The workbook: {info['observations']:,} rows × 8 columns (unit, level, parent, period, metric, value, rank, "
        f"source) written by xlsxwriter (`Benchmarks/xlsx/make_big.py`): {book_size / 1e6:.1f} MB on disk, "
        f"sheet XML {sheet_xml / 1e6:.1f} MB uncompressed. Whole processes, timed from outside: median of the "
        "runs after one untimed run; memory is the largest peak resident set of the runs. The Python peers "
        "read every row into Python values (`Benchmarks/xlsx/peer.py`); parlens reads every cell, applies the "
        "tidy rule to every row (units, periods, numbers, duplicates) and writes the `info` JSON.",
        "",
        "| reader | time | peak memory | memory / sheet XML | time / parlens | runs |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for name, (t, m, n) in [
        ("parlens `info --data big.xlsx --format json`", parlens),
        ("python-calamine `to_python()`", calamine),
        ("openpyxl `read_only=True`, `iter_rows(values_only=True)`", openpyxl),
    ]:
        lines.append(f"| {name} | {fmt_time(t)} | {fmt_mb(m)} | {m / sheet_xml:.2f}× | {ratio(t, parlens[0])} | {n} |")
    goal_time = "met" if parlens[0] < calamine[0] else "not met"
    goal_memory = "met" if parlens[1] < 4 * sheet_xml else "not met"
    lines += [
        "",
        f"Goals of issue 16: faster than calamine — {goal_time}; peak memory under 4× the sheet XML — "
        f"{goal_memory}.",
        "",
        f"**The sheet XML alone** ({xml['sheet_bytes'] / 1e6:.1f} MB, {xml['byte_reader']['cells']:,} cells, "
        "already inflated; `xlsx-xml-bench`, one process, median of "
        f"{len(xml['byte_reader']['seconds'])} runs): parlens's byte reader {fmt_time(mine)}, Foundation's "
        f"`XMLParser` with a delegate building the same cell texts {fmt_time(foundation)} "
        f"({foundation / mine:.1f}× slower).",
        "",
    ]
    section = "\n".join(lines)
    text = open(args.out).read() if os.path.exists(args.out) else "# Benchmarks\n"
    start = text.find("## Reading Excel workbooks")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    open(args.out, "w").write(text)
    print(section)


if __name__ == "__main__":
    main()
