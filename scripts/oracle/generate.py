#!/usr/bin/env python3
"""Write the JSON reference fixtures for parlens' Statistics tests.

Every expected value comes from scipy / statsmodels / pymannkendall (see
scripts/oracle/README.md for the exact call behind each field), except Pettitt's
test (computed from its definition, cross-checked against pyhomogeneity) and the
bootstrap (a pure-Python replica of GSL's MT19937 + gsl_rng_uniform_int).

Run from the repository root:

    python3 -m venv .venv-oracle && .venv-oracle/bin/pip install -r scripts/oracle/requirements.txt && .venv-oracle/bin/python scripts/oracle/generate.py

It writes Tests/StatisticsTests/Fixtures/<family>.json. The inputs come from
seeded numpy Generators (one per family), so two runs give byte-identical files.
The script refuses to run with library versions other than the pinned ones
(pass --any-versions to override, e.g. to see what a new scipy changes).
"""

import argparse
import importlib.metadata
import json
import math
import platform
import sys
import warnings
import zlib
from pathlib import Path

import numpy as np
import pymannkendall
import pyhomogeneity
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportions_ztest,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "Tests" / "StatisticsTests" / "Fixtures"
GENERATOR = "scripts/oracle/generate.py"
SEED = 20240601
MAX_BYTES = 1_500_000

# The n values every family covers where it makes sense.
NS = [3, 4, 5, 6, 7, 8, 10, 12, 14, 20, 25, 33, 34, 40, 41, 50, 51, 60]


# --------------------------------------------------------------------------- helpers


def versions():
    v = {"python": platform.python_version()}
    for pkg in ["numpy", "scipy", "statsmodels", "pymannkendall", "pyhomogeneity"]:
        v[pkg] = importlib.metadata.version(pkg)
    return v


def check_pins():
    pins = {}
    for line in (HERE / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, ver = line.split("==")
            pins[name.strip().lower()] = ver.strip()
    bad = []
    for name, ver in pins.items():
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            have = None
        if have != ver:
            bad.append(f"{name}: pinned {ver}, installed {have}")
    return bad


def rng_for(family):
    """One independent, seeded generator per family: adding a case to one
    family does not change another family's inputs."""
    return np.random.default_rng([SEED, zlib.crc32(family.encode())])


def num(v):
    """A JSON-safe float: numpy scalars to Python floats, nan/inf to None."""
    if v is None:
        return None
    v = float(v)
    return v if math.isfinite(v) else None


def pair(a, b):
    """A two-element interval, or None if either end is not finite."""
    a, b = num(a), num(b)
    return None if a is None or b is None else [a, b]


def floats(xs):
    return [float(v) for v in xs]


def quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


def write(family, cases):
    names = [c["name"] for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, f"{family}: duplicate case names {dupes}"
    for c in cases:
        assert ("expected" in c) != ("error" in c), f"{family}/{c['name']}"
        if "error" in c:
            assert c["error"] in {"too-few", "constant-x", "constant", "non-finite"}
    doc = {"generator": GENERATOR, "versions": versions(), "cases": cases}
    text = json.dumps(doc, allow_nan=False, indent=1, sort_keys=True) + "\n"
    assert len(text.encode()) < MAX_BYTES, f"{family}.json is {len(text)} bytes"
    path = OUT / f"{family}.json"
    path.write_text(text, encoding="utf-8")
    n_err = sum("error" in c for c in cases)
    print(f"{path.relative_to(ROOT)}: {len(cases)} cases ({n_err} refused), {len(text)} bytes")


# --------------------------------------------------------------------------- inputs


def scores(rng, n, lo=75.0, hi=95.0):
    """Index-like scores with two decimals."""
    return floats(np.round(rng.uniform(lo, hi, n), 2))


def par_series(rng, n, start=72.0, per_year=0.8, noise=0.9):
    """A PAR-Index-like series: ~0.8 points a year plus noise, two decimals."""
    t = np.arange(n)
    return floats(np.round(start + per_year * t + rng.normal(0, noise, n), 2))


def ranks(rng, n, k=63):
    """Integer ranks 1..k (with replacement, so ties)."""
    return floats(rng.integers(1, k + 1, n))


def signed(rng, n, scale=3.0, decimals=1, zeros=0):
    """Values around zero, negative and positive, with `zeros` exact zeros."""
    v = np.round(rng.normal(0.0, scale, n), decimals)
    if zeros:
        v[rng.choice(n, size=min(zeros, n), replace=False)] = 0.0
    return floats(v + 0.0)  # + 0.0 turns -0.0 into 0.0


def increasing(n, start=10.0, step=1.5):
    return floats(start + step * np.arange(n))


def decreasing(n, start=90.0, step=1.25):
    return floats(start - step * np.arange(n))


def years(n, first=2015):
    return floats(first + np.arange(n))


def gap_years(rng, n, first=2010):
    """Strictly increasing years with random gaps of 1-3."""
    return floats(first + np.cumsum(np.r_[0, rng.integers(1, 4, n - 1)]))


def ties_in(rng, v, k):
    """Copy k random values onto other positions, to create ties."""
    v = list(v)
    n = len(v)
    for _ in range(k):
        i, j = rng.choice(n, size=2, replace=False)
        v[j] = v[i]
    return v


def univariate_pool(rng, large=(200, 1000)):
    """Series for the one-sample families: (name, values)."""
    out = []
    for n in NS:
        out.append((f"scores-n{n}", scores(rng, n)))
    for n in [3, 5, 8, 12, 20, 33, 41, 60]:
        out.append((f"ranks-1-63-n{n}", ranks(rng, n)))
    for n in [3, 6, 10, 25, 50]:
        out.append((f"increasing-n{n}", increasing(n)))
        out.append((f"decreasing-n{n}", decreasing(n)))
    for n in [4, 7, 14, 34, 51]:
        out.append((f"signed-zeros-n{n}", signed(rng, n, zeros=max(1, n // 5))))
    for n in [5, 12, 40]:
        out.append((f"scores-ties-n{n}", ties_in(rng, scores(rng, n), max(1, n // 4))))
    for n in [3, 5, 10]:
        out.append((f"constant-n{n}", [83.25] * n))
    out.append(("constant-zeros-n6", [0.0] * 6))
    out.append(("par-index-10y", par_series(rng, 10)))
    out.append(("par-index-10y-dip", [71.2, 72.05, 72.9, 73.4, 72.1, 74.6, 75.33, 76.1, 75.9, 77.45]))
    out.append(("two-levels-step-n12", [80.0] * 6 + [85.0] * 6))
    out.append(("step-down-n9", [88.5, 88.1, 88.9, 88.4, 84.2, 83.9, 84.6, 84.0, 83.7]))
    out.append(("mostly-ties-n8", [1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 1.0, 2.0]))
    for n in large:
        out.append((f"scores-n{n}", floats(np.round(80 + 0.01 * np.arange(n) + rng.normal(0, 4, n), 2))))
    return out


# --------------------------------------------------------------------------- 1 summary


def summary_cases():
    rng = rng_for("summary")
    cases = [{"name": "empty", "x": [], "error": "too-few"}]
    pool = [("single", [81.37]), ("two", [75.5, 91.25]), ("ints-four", [4.0, 1.0, 3.0, 2.0]),
            ("nine-values", [12.0, 7.5, 3.25, 9.0, 15.5, 7.5, 1.0, 22.0, 4.75])]
    pool += univariate_pool(rng)
    for name, x in pool:
        a = np.asarray(x, dtype=float)
        n = len(a)
        q1, med, q3 = np.percentile(a, [25, 50, 75])
        exp = {
            "n": n,
            "mean": num(np.mean(a)),
            "sd": num(np.std(a, ddof=1)) if n >= 2 else None,
            "min": num(np.min(a)),
            "q1": num(q1),
            "median": num(med),
            "q3": num(q3),
            "max": num(np.max(a)),
            "mad": num(st.median_abs_deviation(a, scale=1.0)),
        }
        cases.append({"name": name, "x": floats(a), "expected": exp})
    return cases


# --------------------------------------------------------------------------- 2 linregress


def linregress_expected(x, y, x_new):
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    n = len(x)
    r = quiet(st.linregress, x, y)
    t = st.t.ppf(0.975, n - 2)
    fit = sm.OLS(y, sm.add_constant(x)).fit()
    frame = quiet(lambda: fit.get_prediction(np.array([[1.0, x_new]])).summary_frame(alpha=0.05))
    row = frame.iloc[0]
    return {
        "slope": num(r.slope),
        "intercept": num(r.intercept),
        "rvalue": num(r.rvalue),
        "pvalue": num(r.pvalue),
        "stderr": num(r.stderr),
        "intercept_stderr": num(r.intercept_stderr),
        "r_squared": num(r.rvalue ** 2),
        "slope_ci95": pair(r.slope - t * r.stderr, r.slope + t * r.stderr),
        "predicted": num(row["mean"]),
        "confidence95": pair(row["mean_ci_lower"], row["mean_ci_upper"]),
        "prediction95": pair(row["obs_ci_lower"], row["obs_ci_upper"]),
    }


def linregress_cases():
    rng = rng_for("linregress")
    cases = []

    def add(name, x, y, x_new=None):
        x, y = floats(x), floats(y)
        if x_new is None:
            x_new = (max(x) + 1.0) if x else 0.0
        case = {"name": name, "x": x, "y": y, "x_new": float(x_new)}
        if len(x) < 3:
            case["error"] = "too-few"
        elif len(set(x)) == 1:
            case["error"] = "constant-x"
        else:
            case["expected"] = linregress_expected(x, y, float(x_new))
        cases.append(case)

    add("empty", [], [])
    add("one-point", [2020], [80.5])
    add("two-points", [2020, 2021], [80.5, 81.0])
    add("constant-x-n5", [2020] * 5, [80.1, 81.2, 79.9, 82.0, 80.7])
    add("constant-x-and-y-n4", [3] * 4, [7] * 4)
    for n in NS:
        add(f"par-years-n{n}", years(n), par_series(rng, n))
    for n in [5, 8, 12, 25, 40]:
        add(f"gap-years-n{n}", gap_years(rng, n), par_series(rng, n, per_year=0.5, noise=1.5))
    add("gap-years-2015-2023", [2015, 2016, 2018, 2019, 2023], [78.12, 79.4, 80.05, 81.33, 83.9])
    for n in [5, 10, 20]:
        add(f"ranks-vs-years-n{n}", years(n), ranks(rng, n))
    add("exact-line-n6", range(6), [2 * i + 1 for i in range(6)])
    add("exact-line-negative-n5", [2019, 2020, 2021, 2022, 2023], [90.0, 87.5, 85.0, 82.5, 80.0])
    add("exact-line-three", [1, 2, 3], [10, 20, 30])
    add("constant-y-n5", years(5), [83.25] * 5)
    add("constant-y-n10", years(10), [0.0] * 10)
    add("decreasing-n10", years(10), decreasing(10))
    add("increasing-n25", years(25), increasing(25))
    add("signed-zeros-n14", signed(rng, 14, zeros=2), signed(rng, 14, zeros=3))
    add("uneven-x-float-n8", floats(np.sort(np.round(rng.uniform(-5, 5, 8), 3))), signed(rng, 8))
    add("repeated-x-n9", [1, 1, 1, 2, 2, 3, 3, 3, 4], [5.1, 4.9, 5.3, 6.0, 6.2, 7.1, 6.8, 7.0, 8.2])
    add("ties-y-n12", years(12), ties_in(rng, scores(rng, 12), 4))
    add("par-index-10y", years(10), par_series(rng, 10), x_new=2025)
    add("par-index-10y-dip", years(10), [71.2, 72.05, 72.9, 73.4, 72.1, 74.6, 75.33, 76.1, 75.9, 77.45])
    add("x-new-inside-range", years(8), par_series(rng, 8), x_new=2018.5)
    add("x-new-far-ahead", years(8), par_series(rng, 8), x_new=2035)
    add("no-trend-noise-n30", years(30), scores(rng, 30))
    add("large-n200", years(200, first=1800), floats(np.round(50 + 0.1 * np.arange(200) + rng.normal(0, 5, 200), 2)))
    add("large-n1000", floats(np.arange(1000) * 0.5), floats(np.round(-0.01 * np.arange(1000) + rng.normal(0, 2, 1000), 3)))
    return cases


# --------------------------------------------------------------------------- 3 mann-kendall


def mann_kendall_cases():
    rng = rng_for("mann_kendall")
    cases = []
    for name, y in [("empty", []), ("one", [80.0]), ("two", [80.0, 81.5]), ("two-equal", [80.0, 80.0])]:
        cases.append({"name": name, "y": floats(y), "error": "too-few"})
    for name, y in univariate_pool(rng):
        a = np.asarray(y, float)
        n = len(a)
        r = pymannkendall.original_test(a, alpha=0.05)
        # Sanity: S and Var(S) from their definitions.
        s = sum(np.sign(a[j] - a[i]) for i in range(n) for j in range(i + 1, n)) if n <= 200 else r.s
        assert s == r.s, name
        _, t = np.unique(a, return_counts=True)
        var_s = (n * (n - 1) * (2 * n + 5) - np.sum(t * (t - 1) * (2 * t + 5))) / 18
        assert math.isclose(var_s, r.var_s, rel_tol=1e-15, abs_tol=0), name
        ties = len(np.unique(a)) < n
        p_exact = None
        if not ties and n <= 40:
            p_exact = num(st.kendalltau(np.arange(n), a, method="exact").pvalue)
        exp = {
            "s": num(r.s),
            "var_s": num(r.var_s),
            "z": num(r.z),
            "p": num(r.p),
            "tau": num(r.Tau),
            "trend": str(r.trend),
            "h": bool(r.h),
            "p_exact": p_exact,
        }
        cases.append({"name": name, "y": floats(a), "expected": exp})
    return cases


def mann_kendall_small_n_facts():
    """What pymannkendall itself does below n = 3 (reported in the README)."""
    out = {}
    for y in ([80.0, 81.5], [80.0]):
        try:
            r = pymannkendall.original_test(y)
            out[len(y)] = f"s={r.s} var_s={r.var_s} z={r.z} p={r.p} trend={r.trend}"
        except Exception as e:  # noqa: BLE001
            out[len(y)] = repr(e)
    return out


# --------------------------------------------------------------------------- 4 theilslopes


def theilslopes_cases():
    rng = rng_for("theilslopes")
    cases = []

    def add(name, x, y):
        x, y = floats(x), floats(y)
        case = {"name": name, "x": x, "y": y}
        if len(x) < 2:
            case["error"] = "too-few"
        elif len(set(x)) == 1:
            assert math.isnan(quiet(st.theilslopes, y, x).slope)
            case["error"] = "constant-x"
        else:
            r = quiet(st.theilslopes, y, x, alpha=0.95, method="separate")
            case["expected"] = {
                "slope": num(r.slope),
                "intercept": num(r.intercept),
                "low_slope": num(r.low_slope),
                "high_slope": num(r.high_slope),
            }
        cases.append(case)

    add("empty", [], [])
    add("one-point", [2020], [80.0])
    add("constant-x-n4", [2020] * 4, [80.0, 81.0, 82.0, 79.5])
    add("two-points", [2020, 2021], [80.0, 81.5])
    for n in NS:
        add(f"par-years-n{n}", years(n), par_series(rng, n))
    for n in [5, 9, 15, 30]:
        add(f"gap-years-n{n}", gap_years(rng, n), par_series(rng, n, per_year=0.6, noise=1.2))
    add("gap-years-2015-2023", [2015, 2016, 2018, 2019, 2023], [78.12, 79.4, 80.05, 81.33, 83.9])
    add("repeated-x-n9", [1, 1, 1, 2, 2, 3, 3, 3, 4], [5.1, 4.9, 5.3, 6.0, 6.2, 7.1, 6.8, 7.0, 8.2])
    add("repeated-x-pairs-n8", [2015, 2015, 2016, 2016, 2017, 2017, 2018, 2018], [80, 81, 80, 82, 83, 83, 84, 86])
    add("mostly-repeated-x", [1, 1, 1, 1, 1, 2], [3, 4, 5, 6, 7, 10])
    for n in [6, 12, 20]:
        add(f"ranks-ties-n{n}", years(n), ranks(rng, n, k=8))
    add("ties-x-and-y-n12", floats(rng.integers(0, 5, 12)), floats(rng.integers(0, 4, 12)))
    add("constant-y-n6", years(6), [83.25] * 6)
    add("increasing-n10", years(10), increasing(10))
    add("decreasing-n10", years(10), decreasing(10))
    add("exact-line-gaps", [1, 2, 4, 7, 11], [3, 5, 9, 15, 23])
    add("uneven-x-float-n10", floats(np.round(rng.uniform(-10, 10, 10), 3)), signed(rng, 10, zeros=2))
    add("unsorted-x-n8", [2019, 2015, 2021, 2016, 2018, 2020, 2017, 2022], par_series(rng, 8))
    add("outlier-n10", years(10), [75.0, 75.8, 76.5, 77.4, 99.0, 79.1, 79.8, 80.7, 81.5, 82.2])
    add("par-index-10y", years(10), par_series(rng, 10))
    add("par-index-10y-dip", years(10), [71.2, 72.05, 72.9, 73.4, 72.1, 74.6, 75.33, 76.1, 75.9, 77.45])
    add("signed-zeros-n25", years(25), signed(rng, 25, zeros=5))
    add("large-n200", years(200, first=1800), floats(np.round(0.05 * np.arange(200) + rng.normal(0, 3, 200), 2)))
    return cases


# --------------------------------------------------------------------------- 5 pettitt


def pettitt_definition(y):
    """U_t = sum_{i<=t} sum_{j>t} sign(y_j - y_i), t = 1..n-1 (1-based)."""
    a = np.asarray(y, float)
    n = len(a)
    sgn = np.sign(a[None, :] - a[:, None]).astype(np.int64)  # sgn[i, j] = sign(y_j - y_i)
    u = [int(sgn[:t, t:].sum()) for t in range(1, n)]
    k = max(abs(v) for v in u)
    t = next(i for i, v in enumerate(u, start=1) if abs(v) == k)
    p = min(1.0, 2.0 * math.exp(-6.0 * k * k / (n ** 3 + n ** 2)))
    return k, t, p, u[t - 1]


def pettitt_cases():
    rng = rng_for("pettitt")
    cases = []
    for name, y in [("empty", []), ("one", [80.0]), ("two", [80.0, 81.5])]:
        cases.append({"name": name, "y": floats(y), "error": "too-few"})
    pool = univariate_pool(rng, large=(200,))
    pool.append(("shift-up-n20", floats(np.round(np.r_[rng.normal(70, 1, 12), rng.normal(74, 1, 8)], 2))))
    pool.append(("shift-down-n30", floats(np.round(np.r_[rng.normal(80, 1.5, 10), rng.normal(76, 1.5, 20)], 2))))
    pool.append(("tied-max-first-wins", [1.0, 2.0, 1.0, 2.0]))
    for name, y in pool:
        k, t, p, u = pettitt_definition(y)
        h = quiet(pyhomogeneity.pettitt_test, np.asarray(y, float), alpha=0.05, sim=None)
        # pyhomogeneity: U = max|U_t| (same K), cp = same first-max index (1-based),
        # p = 2 exp(...) without the min(1, .) clip; its own U_t has the opposite sign.
        assert float(h.U) == k, name
        assert int(h.cp) == t, name
        assert math.isclose(min(1.0, float(h.p)), p, rel_tol=1e-14), name
        cases.append({
            "name": name,
            "y": floats(y),
            "expected": {"k": k, "change_index": t, "p": p, "u_signed": u},
            "pyhomogeneity": {
                "cp": int(h.cp),
                "U": float(h.U),
                "p": num(h.p),
                "mu1": num(h.avg.mu1),
                "mu2": num(h.avg.mu2),
            },
        })
    return cases


# --------------------------------------------------------------------------- 6-8 correlations


def bivariate_pool(rng):
    out = []
    for n in NS:
        x = scores(rng, n)
        y = floats(np.round(0.6 * np.asarray(x) + rng.normal(0, 3, n), 2))
        out.append((f"correlated-n{n}", x, y))
    for n in [5, 12, 30, 63]:
        s = scores(rng, n)
        # rank 1 = highest score, competition ranking
        r = floats(st.rankdata(-np.asarray(s), method="min"))
        out.append((f"score-vs-rank-n{n}", s, r))
    for n in [6, 10, 20, 45]:
        out.append((f"ranks-ties-n{n}", ranks(rng, n, k=10), ranks(rng, n, k=10)))
    for n in [4, 8, 25]:
        out.append((f"increasing-n{n}", years(n), increasing(n)))
        out.append((f"decreasing-n{n}", years(n), decreasing(n)))
    for n in [7, 15, 40]:
        out.append((f"independent-n{n}", scores(rng, n), scores(rng, n)))
    out.append(("signed-zeros-n14", signed(rng, 14, zeros=3), signed(rng, 14, zeros=2)))
    out.append(("par-vs-years-10y", years(10), par_series(rng, 10)))
    out.append(("gap-years-vs-par", [2015, 2016, 2018, 2019, 2023], [78.12, 79.4, 80.05, 81.33, 83.9]))
    out.append(("three-points", [1, 2, 3], [2, 1, 3]))
    out.append(("large-n200", scores(rng, 200), scores(rng, 200)))
    x = rng.normal(0, 1, 1000)
    out.append(("large-n1000", floats(np.round(x, 3)), floats(np.round(0.1 * x + rng.normal(0, 1, 1000), 3))))
    return out


def refused_bivariate():
    return [
        ("empty", [], [], "too-few"),
        ("two-points", [1.0, 2.0], [3.0, 5.0], "too-few"),
        ("constant-x-n5", [4.0] * 5, [1.0, 2.0, 3.0, 5.0, 4.0], "constant"),
        ("constant-y-n6", years(6), [83.25] * 6, "constant"),
        ("both-constant-n4", [1.0] * 4, [2.0] * 4, "constant"),
    ]


def correlation_cases(family, fn, fields):
    rng = rng_for(family)
    cases = []
    for name, x, y, err in refused_bivariate():
        if err == "constant":
            r = quiet(fn, x, y)
            assert all(math.isnan(float(v)) for v in r), (family, name)
        cases.append({"name": name, "x": floats(x), "y": floats(y), "error": err})
    for name, x, y in bivariate_pool(rng):
        r = quiet(fn, x, y)
        cases.append({"name": name, "x": floats(x), "y": floats(y),
                      "expected": {fields[0]: num(r[0]), fields[1]: num(r[1])}})
    return cases


def pearson_cases():
    return correlation_cases("pearson", lambda x, y: tuple(st.pearsonr(x, y)), ("r", "p"))


def spearman_cases():
    return correlation_cases("spearman", lambda x, y: tuple(st.spearmanr(x, y)), ("rho", "p"))


def kendall_auto_method(x, y):
    """scipy 1.17.1 kendalltau(method='auto'), _stats_py.py:
        if (xtie == 0 and ytie == 0) and (size <= 33 or min(dis, tot-dis) <= 1):
            method = 'exact'
        else:
            method = 'asymptotic'
    xtie/ytie = number of tied pairs within x / within y, dis = discordant pairs,
    tot = n(n-1)/2."""
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    n = len(x)
    if len(np.unique(x)) < n or len(np.unique(y)) < n:
        return "asymptotic"
    dx = np.sign(x[None, :] - x[:, None])
    dy = np.sign(y[None, :] - y[:, None])
    dis = int(np.sum(np.triu(dx * dy < 0, k=1)))
    tot = n * (n - 1) // 2
    return "exact" if (n <= 33 or min(dis, tot - dis) <= 1) else "asymptotic"


def kendall_cases():
    rng = rng_for("kendall")
    cases = []
    for name, x, y, err in refused_bivariate():
        if err == "constant":
            r = quiet(st.kendalltau, x, y)
            assert math.isnan(r.statistic) and math.isnan(r.pvalue), name
        cases.append({"name": name, "x": floats(x), "y": floats(y), "error": err})
    pool = bivariate_pool(rng)
    for n in [3, 4, 5, 8, 12, 20, 33]:
        x = floats(rng.permutation(n) + 1)
        y = floats(np.argsort(np.asarray(x) + rng.normal(0, n / 3, n)) + 1.0)
        pool.append((f"no-ties-n{n}", x, y))
    for n in [34, 40, 50, 60]:
        x = floats(rng.permutation(n))
        pool.append((f"no-ties-n{n}", x, floats(rng.permutation(n))))
    for n, swaps in [(40, 1), (50, 1), (60, 0), (45, 2), (34, 1), (200, 1)]:
        y = np.arange(n, dtype=float)
        for s in range(swaps):
            i = 3 + 7 * s
            y[i], y[i + 1] = y[i + 1], y[i]
        pool.append((f"nearly-sorted-n{n}-swaps{swaps}", years(n), floats(y)))
        pool.append((f"nearly-reversed-n{n}-swaps{swaps}", years(n), floats(y[::-1])))
    pool.append(("small-ties-n5", [1, 2, 2, 3, 4], [1, 3, 2, 4, 5]))
    pool.append(("small-ties-y-n6", [1, 2, 3, 4, 5, 6], [2, 2, 1, 3, 5, 5]))
    for name, x, y in pool:
        method = kendall_auto_method(x, y)
        r = st.kendalltau(x, y)
        r2 = st.kendalltau(x, y, method=method)
        assert r.pvalue == r2.pvalue and r.statistic == r2.statistic, name
        cases.append({"name": name, "x": floats(x), "y": floats(y),
                      "expected": {"tau_b": num(r.statistic), "p": num(r.pvalue), "method": method}})
    return cases


# --------------------------------------------------------------------------- 9 ttest_rel


def ttest_rel_cases():
    rng = rng_for("ttest_rel")
    cases = []

    def add(name, a, b):
        a, b = floats(a), floats(b)
        case = {"name": name, "a": a, "b": b}
        d = np.asarray(a) - np.asarray(b)
        if len(a) < 2:
            case["error"] = "too-few"
        elif np.all(d == d[0]):
            r = quiet(st.ttest_rel, a, b)
            # scipy: t = ±inf, p = 0 (non-zero constant difference) or t = p = nan (all zero)
            assert (math.isinf(r.statistic) and r.pvalue == 0) or math.isnan(r.statistic), name
            case["error"] = "constant"
        else:
            assert np.std(d) > 1e-9 * max(1.0, abs(np.mean(d))), f"near-constant differences in {name}"
            r = st.ttest_rel(a, b)
            ci = r.confidence_interval(0.95)
            case["expected"] = {"t": num(r.statistic), "df": num(r.df), "p": num(r.pvalue),
                                "mean_diff": num(np.mean(d)), "ci95": pair(ci.low, ci.high)}
        cases.append(case)

    add("empty", [], [])
    add("one-pair", [81.0], [80.0])
    add("constant-diff-n5", [2.0, 3.0, 4.0, 5.0, 6.0], [1.0, 2.0, 3.0, 4.0, 5.0])
    add("zero-diff-n4", [80.5, 81.25, 79.0, 83.5], [80.5, 81.25, 79.0, 83.5])
    add("two-pairs", [81.0, 83.5], [80.0, 81.0])
    for n in NS:
        b = scores(rng, n)
        a = floats(np.round(np.asarray(b) + 0.8 + rng.normal(0, 1.5, n), 2))
        add(f"improve-n{n}", a, b)
    for n in [5, 12, 30]:
        b = scores(rng, n)
        a = floats(np.round(np.asarray(b) - 1.2 + rng.normal(0, 1.0, n), 2))
        add(f"decline-n{n}", a, b)
    for n in [6, 14, 40]:
        b = ranks(rng, n)
        a = floats(np.asarray(b) + rng.integers(-3, 4, n))
        add(f"ranks-ties-zeros-n{n}", a, b)
    add("no-change-noise-n20", scores(rng, 20), scores(rng, 20))
    for n in [3, 4, 7, 10, 25, 50]:
        b = floats(rng.integers(0, 100, n))
        a = floats(np.asarray(b) + rng.integers(-5, 8, n))
        add(f"integer-scores-n{n}", a, b)
    add("one-changed-n5", [80.0, 81.0, 82.0, 83.0, 84.5], [80.0, 81.0, 82.0, 83.0, 84.0])
    add("gap-years-like-n5", [79.4, 80.05, 81.33, 83.9, 84.1], [78.12, 79.4, 80.05, 81.33, 83.9])
    add("signed-n10", signed(rng, 10), signed(rng, 10))
    add("par-10-districts", [78.2, 81.05, 76.9, 84.3, 80.0, 79.45, 82.6, 77.1, 83.2, 80.9],
        [77.1, 80.2, 77.3, 82.9, 79.6, 78.0, 81.95, 76.4, 82.1, 80.95])
    b = scores(rng, 200)
    add("large-n200", floats(np.round(np.asarray(b) + 0.1 + rng.normal(0, 2, 200), 2)), b)
    b = scores(rng, 1000)
    add("large-n1000", floats(np.round(np.asarray(b) + rng.normal(0, 2, 1000), 2)), b)
    return cases


# --------------------------------------------------------------------------- 10 wilcoxon


def wilcoxon_auto_method(d):
    """scipy 1.17.1 wilcoxon(method='auto'), _wilcoxon.py:
      * _wilcoxon_iv: if method == 'auto' and d.shape[-1] > 50: 'asymptotic'
        (length of d including zeros);
      * _wilcoxon_nd: if not (has_ties or n_zero > 0): 'exact'
                      elif d.shape[-1] <= 13: stats.PermutationMethod()
                      else: 'asymptotic'
    has_ties = ties among the |d| of the non-zero d (zeros become NaN before ranking
    and are not counted as ties). Returned as 'exact' | 'permutation' | 'approx'."""
    d = np.asarray(d, float)
    n = len(d)
    if n > 50:
        return "approx"
    nz = d[d != 0]
    has_ties = len(np.unique(np.abs(nz))) < len(nz)
    if not (has_ties or len(nz) < n):
        return "exact"
    if n <= 13:
        return "permutation"
    return "approx"


def wilcoxon_cases():
    rng = rng_for("wilcoxon")
    cases = []
    explicit = {"exact": "exact", "approx": "asymptotic"}

    def add(name, d):
        d = floats(d)
        case = {"name": name, "d": d}
        a = np.asarray(d)
        n_used = int(np.count_nonzero(a))
        if n_used == 0:
            case["error"] = "too-few"
        else:
            kw = dict(zero_method="wilcox", correction=False)
            r = quiet(st.wilcoxon, a, **kw)
            method = wilcoxon_auto_method(a)
            m = explicit.get(method) or st.PermutationMethod()
            r2 = quiet(st.wilcoxon, a, method=m, **kw)
            assert r.pvalue == r2.pvalue and r.statistic == r2.statistic, name
            ra = quiet(st.wilcoxon, a, method="asymptotic", **kw)
            case["expected"] = {"statistic": num(r.statistic), "p": num(r.pvalue), "method": method,
                                "n_used": n_used, "z": num(getattr(ra, "zstatistic", float("nan")))}
        cases.append(case)

    add("empty", [])
    add("all-zero-n5", [0.0] * 5)
    add("one-nonzero-two-zeros", [0.0, 1.5, 0.0])
    for n in NS:
        add(f"normal-3dp-n{n}", floats(np.round(rng.normal(0.5, 2.0, n), 3)))
    for n in [5, 8, 13, 14, 20, 33, 50, 51]:
        add(f"ties-n{n}", signed(rng, n, scale=2.0, decimals=0))
    for n in [4, 10, 13, 14, 25, 40]:
        add(f"zeros-n{n}", signed(rng, n, scale=3.0, decimals=1, zeros=max(1, n // 6)))
    add("zeros-no-ties-n7", [0.0, 1.1, -2.3, 3.4, 0.7, -0.2, 5.0])
    add("sign-ties-n6", [1.0, -1.0, 2.0, -2.0, 3.0, 4.0])
    for n in [3, 6, 12, 20]:
        add(f"all-positive-n{n}", floats(np.round(rng.uniform(0.1, 5.0, n), 2)))
    add("all-negative-n9", floats(-np.round(rng.uniform(0.1, 5.0, 9), 2)))
    add("all-positive-ties-n15", floats(rng.integers(1, 5, 15)))
    add("three", [1.2, -0.4, 2.5])
    add("par-10-districts", [1.1, 0.85, -0.4, 1.4, 0.4, 1.45, 0.65, 0.7, 1.1, -0.05])
    for n in [60, 200, 1000]:
        add(f"large-n{n}", floats(np.round(rng.normal(0.3, 2.0, n), 1)))
    return cases


# --------------------------------------------------------------------------- 11-13 proportions


def wilson_cases():
    pairs = [(0, 1), (1, 1), (0, 10), (10, 10), (1, 10), (9, 10), (5, 10), (1, 2), (3, 7),
             (45, 60), (0, 1000), (1000, 1000), (999, 1000), (7554, 7600), (7600, 7600),
             (123456, 200000), (17, 23), (250, 251), (2, 3), (50, 100), (33, 34), (12, 40),
             (6123, 6500), (1, 7600), (88, 97)]
    rng = rng_for("wilson")
    for n in [3, 4, 5, 8, 12, 20, 33, 41, 60, 63, 100, 250, 500, 1200, 5000]:
        pairs.append((int(rng.integers(0, n + 1)), n))
    for n in [20, 63, 7600]:
        pairs.append((int(round(n * 0.97)), n))
        pairs.append((int(round(n * 0.03)), n))
    pairs = list(dict.fromkeys(pairs))
    cases = []
    for c, n in pairs:
        lo, hi = proportion_confint(c, n, alpha=0.05, method="wilson")
        cases.append({"name": f"{c}-of-{n}", "count": c, "nobs": n,
                      "expected": {"lower": num(lo), "upper": num(hi)}})
    return cases


TWO_SAMPLE = [(45, 60, 38, 60), (7554, 7600, 7412, 7600), (0, 10, 3, 10), (10, 10, 7, 10),
              (0, 10, 0, 12), (10, 10, 12, 12), (0, 1, 1, 1), (1, 2, 1, 2), (3, 7, 5, 9),
              (1, 1000, 0, 1000), (999, 1000, 1000, 1000), (120, 200, 100, 200),
              (6123, 6500, 5890, 6400), (17, 23, 9, 25), (50, 100, 50, 100), (5, 5, 0, 5),
              (0, 5, 5, 5), (33, 34, 30, 34), (1, 7600, 8, 7600), (123456, 200000, 119000, 195000),
              (2, 3, 1, 4), (88, 97, 91, 97)]


def two_sample_pairs():
    """The hand-picked pairs plus seeded random ones (same list for both families)."""
    rng = rng_for("two_sample_proportions")
    out = list(TWO_SAMPLE)
    for n1, n2 in [(5, 7), (10, 10), (12, 15), (20, 20), (33, 34), (40, 41), (50, 60), (63, 63),
                   (100, 120), (250, 240), (1000, 900), (7600, 7450), (3, 200), (8, 8), (25, 30)]:
        p = rng.uniform(0.05, 0.95)
        c1 = int(rng.binomial(n1, p))
        c2 = int(rng.binomial(n2, min(0.99, max(0.01, p + rng.normal(0, 0.1)))))
        out.append((c1, n1, c2, n2))
    for n in [60, 7600]:
        out.append((n - 1, n, n - 3, n))
        out.append((2, n, 0, n))
    return list(dict.fromkeys(out))


def proportions_ztest_cases():
    cases = []
    for c1, n1, c2, n2 in two_sample_pairs():
        case = {"name": f"{c1}-of-{n1}-vs-{c2}-of-{n2}", "count1": c1, "nobs1": n1, "count2": c2, "nobs2": n2}
        z, p = quiet(proportions_ztest, [c1, c2], [n1, n2])
        pooled_degenerate = (c1 + c2 == 0) or (c1 + c2 == n1 + n2)
        assert math.isnan(z) == pooled_degenerate, case["name"]
        if pooled_degenerate:
            case["error"] = "constant"
        else:
            case["expected"] = {"z": num(z), "p": num(p)}
        cases.append(case)
    return cases


def newcombe_cases():
    cases = []
    for c1, n1, c2, n2 in two_sample_pairs():
        lo, hi = confint_proportions_2indep(c1, n1, c2, n2, method="newcomb", compare="diff", alpha=0.05)
        cases.append({"name": f"{c1}-of-{n1}-vs-{c2}-of-{n2}", "count1": c1, "nobs1": n1, "count2": c2,
                      "nobs2": n2, "expected": {"lower": num(lo), "upper": num(hi)}})
    return cases


# --------------------------------------------------------------------------- 14 multipletests


def multipletests_cases():
    rng = rng_for("multipletests")
    pools = [
        ("single", [0.03]),
        ("single-one", [1.0]),
        ("two", [0.01, 0.04]),
        ("textbook-bh", [0.01, 0.04, 0.03, 0.005, 0.2]),
        ("exact-ties", [0.02, 0.02, 0.02, 0.5, 0.001, 0.001]),
        ("with-ones", [1.0, 0.9, 1.0, 0.04, 0.6]),
        ("tiny", [1e-300, 5e-324, 1e-12, 0.03, 0.5]),
        ("zero-p", [0.0, 0.2, 0.01]),
        ("all-equal", [0.04] * 6),
        ("all-ones", [1.0] * 4),
        ("sorted-descending", [0.9, 0.5, 0.2, 0.05, 0.01, 0.001]),
        ("holm-caps-at-one", [0.4, 0.5, 0.6, 0.7]),
    ]
    for n in [3, 8, 12, 20, 33, 63, 200]:
        pools.append((f"uniform-n{n}", floats(rng.uniform(0, 1, n))))
    for n in [10, 40]:
        mixed = np.r_[rng.uniform(0, 0.01, n // 2), rng.uniform(0, 1, n - n // 2)]
        pools.append((f"mixed-signal-n{n}", floats(rng.permutation(mixed))))
    pools.append(("rounded-ties-n25", floats(np.round(rng.uniform(0, 0.2, 25), 2))))
    for n in [2, 4, 5, 6, 7, 10, 14, 25, 34, 41, 50, 60]:
        # p-values as they come out of tests: many small, some rounded, some 1.0
        p = np.minimum(1.0, rng.exponential(0.15, n))
        p[rng.random(n) < 0.2] = 1.0
        p[rng.random(n) < 0.2] = round(float(p[0]), 3)  # exact ties
        pools.append((f"test-like-n{n}", floats(p)))
    pools.append(("large-n1000", floats(rng.uniform(0, 1, 1000) ** 3)))
    cases = []
    for name, p in pools:
        holm = multipletests(p, method="holm")[1]
        bh = multipletests(p, method="fdr_bh")[1]
        bh2 = st.false_discovery_control(p, method="bh")
        assert np.all(np.abs(bh - bh2) <= 1e-15), name
        cases.append({"name": name, "p": floats(p), "expected": {"holm": floats(holm), "bh": floats(bh)}})
    return cases


# --------------------------------------------------------------------------- 15 rankdata


def rankdata_cases():
    rng = rng_for("rankdata")
    pools = [
        ("single", [5.0]),
        ("two-equal", [3.0, 3.0]),
        ("ties-textbook", [10.0, 20.0, 20.0, 30.0, 20.0, 5.0]),
        ("scores-two-decimals-ties", [81.25, 79.5, 81.25, 90.0, 79.5, 79.5, 66.75]),
        ("negatives-zeros", [0.0, -1.5, 2.0, 0.0, -1.5, 3.25, -4.0]),
        ("all-equal", [7.0] * 5),
        ("increasing", increasing(8)),
        ("decreasing", decreasing(8)),
    ]
    for n in [5, 12, 20, 33, 63]:
        pools.append((f"scores-n{n}", scores(rng, n)))
    for n in [10, 25, 63]:
        pools.append((f"ranks-ties-n{n}", ranks(rng, n, k=12)))
    pools.append(("rounded-ties-n40", floats(np.round(rng.normal(80, 3, 40), 0))))
    for n in [3, 4, 6, 7, 8, 14, 25, 34, 41, 50, 51, 60]:
        pools.append((f"scores-1dp-ties-n{n}", floats(np.round(rng.uniform(70, 80, n), 1 if n > 10 else 0))))
    pools.append(("signed-zeros-n20", signed(rng, 20, zeros=4)))
    pools.append(("par-index-10y", par_series(rng, 10)))
    pools.append(("large-n200", scores(rng, 200)))
    pools.append(("large-n1000", floats(np.round(rng.normal(0, 10, 1000), 1))))
    cases = []
    for name, x in pools:
        a = np.asarray(x, float)
        exp = {
            "competition": [int(v) for v in st.rankdata(a, method="min")],
            "dense": [int(v) for v in st.rankdata(a, method="dense")],
            "average": floats(st.rankdata(a, method="average")),
            "competition_desc": [int(v) for v in st.rankdata(-a, method="min")],
            "dense_desc": [int(v) for v in st.rankdata(-a, method="dense")],
            "average_desc": floats(st.rankdata(-a, method="average")),
        }
        cases.append({"name": name, "x": floats(a), "expected": exp})
    return cases


# --------------------------------------------------------------------------- 16 bootstrap


class MT19937:
    """Reference MT19937 (Matsumoto & Nishimura 2002): init_genrand + genrand_int32.
    gsl_rng_set(r, seed) on gsl_rng_mt19937 is init_genrand(seed), except that GSL
    turns seed 0 into 4357."""

    N, M = 624, 397

    def __init__(self, seed):
        mt = [seed & 0xFFFFFFFF]
        for i in range(1, self.N):
            mt.append((1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xFFFFFFFF)
        self.mt, self.mti = mt, self.N

    def _twist(self):
        mt, n, m = self.mt, self.N, self.M
        for k in range(n):
            y = (mt[k] & 0x80000000) | (mt[(k + 1) % n] & 0x7FFFFFFF)
            mt[k] = mt[(k + m) % n] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        self.mti = 0

    def next_u32(self):
        if self.mti >= self.N:
            self._twist()
        y = self.mt[self.mti]
        self.mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def uniform_int(self, n):
        """gsl_rng_uniform_int(r, n): scale = 0xFFFFFFFF // n; repeat k = u // scale until k < n."""
        scale = 0xFFFFFFFF // n
        while True:
            k = self.next_u32() // scale
            if k < n:
                return k


def check_mt19937():
    assert MT19937(5489).next_u32() == 3499211612
    for seed in [1, 42, 5489, 20240601, 4294967295]:
        g = MT19937(seed)
        mine = [g.next_u32() for _ in range(1500)]  # crosses two twists
        ref = np.random.RandomState(seed).randint(0, 2 ** 32, size=1500, dtype=np.uint64)
        assert mine == [int(v) for v in ref], seed


def bootstrap_cases():
    check_mt19937()
    rng = rng_for("bootstrap")
    specs = [
        ("par-10y-median", par_series(rng, 10), 12345, 1000, "median"),
        ("par-10y-mean", par_series(rng, 10), 12345, 1000, "mean"),
        ("scores-n5-median", scores(rng, 5), 1, 500, "median"),
        ("scores-n20-mean", scores(rng, 20), 42, 1000, "mean"),
        ("ties-n12-median", ranks(rng, 12, k=6), 2024, 400, "median"),
        ("signed-n33-mean", signed(rng, 33, zeros=4), 987654321, 200, "mean"),
        ("n7-odd-median", [3.5, 1.25, 9.0, 4.75, 4.75, 2.0, 6.5], 7, 999, "median"),
        ("scores-n100-median", scores(rng, 100), 4294967295, 1000, "median"),
        ("changes-n60-mean", floats(np.round(rng.normal(0.8, 1.5, 60), 2)), 5489, 750, "mean"),
    ]
    cases = []
    for name, x, seed, b, stat in specs:
        assert seed != 0
        a = np.asarray(x, float)
        n = len(a)
        fn = np.median if stat == "median" else np.mean
        g = MT19937(seed)
        values = []
        first = None
        for _ in range(b):
            idx = [g.uniform_int(n) for _ in range(n)]
            if first is None:
                first = idx[:5]
            values.append(fn(a[idx]))
        lo, hi = np.percentile(np.asarray(values), [100 * 0.05 / 2, 100 * (1 - 0.05 / 2)])
        cases.append({"name": name, "x": floats(a), "seed": seed, "resamples": b, "statistic": stat,
                      "first_indices": first,
                      "expected": {"lower": num(lo), "upper": num(hi), "estimate": num(fn(a))}})
    return cases


# --------------------------------------------------------------------------- main


FAMILIES = [
    ("summary", summary_cases),
    ("linregress", linregress_cases),
    ("mann_kendall", mann_kendall_cases),
    ("theilslopes", theilslopes_cases),
    ("pettitt", pettitt_cases),
    ("pearson", pearson_cases),
    ("spearman", spearman_cases),
    ("kendall", kendall_cases),
    ("ttest_rel", ttest_rel_cases),
    ("wilcoxon", wilcoxon_cases),
    ("wilson", wilson_cases),
    ("proportions_ztest", proportions_ztest_cases),
    ("newcombe", newcombe_cases),
    ("multipletests", multipletests_cases),
    ("rankdata", rankdata_cases),
    ("bootstrap", bootstrap_cases),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--any-versions", action="store_true", help="run even if installed versions differ from the pins")
    ap.add_argument("families", nargs="*", help="only these families (default: all)")
    args = ap.parse_args()
    bad = check_pins()
    if bad and not args.any_versions:
        sys.exit("installed versions differ from scripts/oracle/requirements.txt:\n  " + "\n  ".join(bad))
    OUT.mkdir(parents=True, exist_ok=True)
    known = dict(FAMILIES)
    for f in args.families:
        if f not in known:
            sys.exit(f"unknown family {f}; known: {', '.join(known)}")
    for family, make in FAMILIES:
        if args.families and family not in args.families:
            continue
        write(family, make())
    if not args.families:
        print("pymannkendall below n = 3:", mann_kendall_small_n_facts())


if __name__ == "__main__":
    main()
