"""End-to-end benchmarks for Benchmarks/report.py: whole processes timed from outside.

- `parlens trend METRIC --all --data PANEL --format json`, stdout to a file, on the generated
  10,000 units × 12 years panel (Benchmarks/make_trend_panel.py), against two Python peers doing
  the same job (Benchmarks/peers/trend_all_pandas.py, trend_all_numpy.py) — each peer a whole
  `python` process, imports included;
- `parlens info` on the bundled datasets/.

Every command runs from the repository root, once untimed (the file is then in the page cache),
then `runs` times; the median is reported. The panel lies in a temporary folder, outside the
working directory, so parlens shows its path as given. The three trend outputs are compared unit by unit: the same units, Sen's
slopes and Mann–Kendall p-values within TOLERANCE, the same order and verdict counts.
"""

import json
import statistics
import subprocess
import time

# parlens takes p from GSL (gsl_cdf_ugaussian_Q), the peers from scipy (1 − Φ): they differ by
# ~1e-11 relative for the smallest p. Slopes are medians of the same quotients: identical.
TOLERANCE = 1e-9

# Units whose figures the report shows side by side (besides the first and last rows).
SHOWN_UNITS = ["Xã Thử 00001", "Xã Thử 05000", "Xã Thử 10000"]


def time_runs(command, runs, stdout_path=None, cwd=None):
    """Wall times of `runs` executions of `command` (after one untimed run), stdout to a file."""

    def once():
        out = open(stdout_path, "w") if stdout_path else subprocess.DEVNULL
        try:
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=out, stderr=subprocess.PIPE, cwd=cwd)
            return time.perf_counter() - start
        finally:
            if stdout_path:
                out.close()

    once()
    return [once() for _ in range(runs)]


def summary(times):
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times), "runs": len(times)}


def relative(a, b):
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


def compare(outputs):
    """Agreement of the trend outputs ({side: parsed JSON}); the first side is the reference."""
    names = list(outputs)
    rows = {side: {r["unit"]: r for r in doc["rows"]} for side, doc in outputs.items()}
    reference = outputs[names[0]]
    result = {"units": {side: len(r) for side, r in rows.items()}, "worst": {}, "same_order": {}, "same_counts": {}}
    for side in names[1:]:
        worst = {"sen_slope": 0.0, "mk_p_value": 0.0, "mk_p_adjusted": 0.0}
        missing = set(rows[names[0]]) ^ set(rows[side])
        for unit, r in rows[names[0]].items():
            other = rows[side].get(unit)
            if other is None:
                continue
            for key in worst:
                if r[key] is None or other[key] is None:
                    if r[key] != other[key]:
                        worst[key] = float("inf")
                    continue
                worst[key] = max(worst[key], relative(r[key], other[key]))
        result["worst"][side] = worst
        result["missing"] = result.get("missing", 0) + len(missing)
        result["same_order"][side] = [r["unit"] for r in reference["rows"]] == [r["unit"] for r in outputs[side]["rows"]]
        result["same_counts"][side] = all(
            reference[k] == outputs[side][k] for k in ("rising", "falling", "no_trend", "too_short"))
    first, last = reference["rows"][0]["unit"], reference["rows"][-1]["unit"]
    shown = [first] + [u for u in SHOWN_UNITS if u in rows[names[0]] and u not in (first, last)] + [last]
    result["shown"] = [
        {"unit": u, **{side: {k: rows[side].get(u, {}).get(k) for k in ("sen_slope", "mk_p_value")} for side in names}}
        for u in shown
    ]
    result["agree"] = (
        result.get("missing", 0) == 0
        and all(v <= TOLERANCE for w in result["worst"].values() for v in w.values())
        and all(result["same_order"].values())
        and all(result["same_counts"].values())
    )
    return result


def run(parlens, python, panel, metric, workdir, repo, runs, log):
    """Times the trend command and its peers, and `parlens info`; returns everything the report needs."""
    out = {}
    outputs = {}
    sides = [
        ("parlens", [parlens, "trend", metric, "--all", "--data", panel, "--format", "json"]),
        ("numpy", [python, f"{repo}/Benchmarks/peers/trend_all_numpy.py", panel, metric]),
        ("pandas", [python, f"{repo}/Benchmarks/peers/trend_all_pandas.py", panel, metric]),
    ]
    for side, command in sides:
        path = f"{workdir}/trend-{side}.json"
        log(f"bench: end to end, trend --all: {side} ({runs} runs) …")
        if side == "parlens":
            times = time_runs(command, runs, stdout_path=path, cwd=repo)
        else:
            times = time_runs(command + [path], runs, cwd=repo)
        out[side] = summary(times)
        with open(path, encoding="utf-8") as f:
            outputs[side] = json.load(f)
    out["agreement"] = compare(outputs)
    log(f"bench: end to end, parlens info on datasets/ ({runs} runs) …")
    out["info"] = summary(time_runs([parlens, "info"], runs, cwd=repo))
    with open(panel, "rb") as f:
        data = f.read()
    out["panel"] = {"bytes": len(data), "rows": data.count(b"\n") - 1, "units": len(outputs["parlens"]["rows"])}
    return out
