#!/usr/bin/env python3
"""Write the expected JSON output of whole parlens analysis commands.

Reads the synthetic fixture tables in Tests/ShellTests/Fixtures/analyses/
(provinces.csv, departments.csv, rates.csv), checks that they still have the
properties the cases rely on (a gap, a tie, one outlier, ...), and writes one file
per command run to Tests/ShellTests/Fixtures/analyses/expected/<slug>.json:

    {"command": [...], "expected": {...}, "generator": ..., "versions": {...}}

`command` is the argument list a Swift end-to-end test passes to parlens (data
paths relative to the fixtures folder); `expected` is a subset of the command's
`--format json` output. Every statistic comes from scipy / statsmodels /
pymannkendall (see the "Command oracle" section of scripts/oracle/README.md for
the exact call behind each field).

Run from the repository root (same venv as generate.py):

    python3 -m venv .venv-oracle && .venv-oracle/bin/pip install -r scripts/oracle/requirements.txt && .venv-oracle/bin/python scripts/oracle/commands.py

No randomness: two runs give byte-identical files. Stale *.json files in expected/
are removed. The script refuses to run with library versions other than the pinned
ones (pass --any-versions to override).
"""

import argparse
import csv
import importlib.metadata
import json
import math
import platform
import re
import sys
import unicodedata
import warnings
from pathlib import Path

import numpy as np
import pymannkendall
import scipy.stats as st
import statsmodels.api as sm
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportions_ztest,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURES = ROOT / "Tests" / "ShellTests" / "Fixtures" / "analyses"
OUT = FIXTURES / "expected"
GENERATOR = "scripts/oracle/commands.py"
HEADER = "unit,level,parent,tier,period,metric,value,numerator,denominator,rank,rank_of,source,note"
NOTE = "synthetic test fixture"

# The one level each table is analysed at ("Cả nước", level national, is never a row).
LEVEL = {"provinces.csv": "province", "departments.csv": "department", "rates.csv": "district"}
# All metrics used here are higher-is-better.
DIRECTION = "higher"


# --------------------------------------------------------------------------- helpers


def versions():
    v = {"python": platform.python_version()}
    for pkg in ["numpy", "scipy", "statsmodels", "pymannkendall"]:
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


def quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


def fold(name):
    """Names.fold in Sources/Panel/Names.swift: NFD, lower case, no combining marks,
    đ → d, punctuation and white space runs → one space."""
    s = unicodedata.normalize("NFD", name).lower()
    s = "".join(c for c in s if not 0x300 <= ord(c) <= 0x36F).replace("đ", "d")
    s = re.sub(r"[\s.,\-_()/'\":;\u2013\u2014\u2019]+", " ", s)
    return s.strip()


def name_key(name):
    return (fold(name), name)


def sort_rows(rows, key):
    """Sort by key(row) then unit name (folded, as parlens sorts names). Where two
    rows tie on key(row), assert that folded and plain code-point order agree, so a
    Swift implementation using either passes."""
    out = sorted(rows, key=lambda r: (key(r), name_key(r["unit"])))
    for a, b in zip(out, out[1:]):
        if key(a) == key(b):
            assert (a["unit"] < b["unit"]) == (fold(a["unit"]) < fold(b["unit"])), (a["unit"], b["unit"])
    return out


def sort_names(names):
    out = sorted(names, key=name_key)
    assert out == sorted(names), f"folded and code-point order differ: {names}"
    return out


def holm(ps):
    """Holm-adjusted p for the non-null entries of ps (None stays None)."""
    idx = [i for i, p in enumerate(ps) if p is not None]
    out = [None] * len(ps)
    if idx:
        adj = multipletests([ps[i] for i in idx], method="holm")[1]
        for i, a in zip(idx, adj):
            out[i] = num(a)
    return out


def competition_ranks(values):
    """Rank 1 = highest value; ties share the lowest rank (1, 2, 2, 4)."""
    return [int(r) for r in st.rankdata(-np.asarray(values, float), method="min")]


def year(period):
    assert re.fullmatch(r"\d{4}", period), period
    return float(int(period))


# --------------------------------------------------------------------------- data


class Table:
    def __init__(self, name):
        self.name = name
        self.level = LEVEL[name]
        raw = (FIXTURES / name).read_bytes()
        text = raw.decode("utf-8")
        assert not text.startswith("\ufeff") and "\r" not in text, f"{name}: BOM or CR"
        assert unicodedata.is_normalized("NFC", text), f"{name}: not NFC"
        assert text.splitlines()[0] == HEADER, f"{name}: header"
        self.rows = list(csv.DictReader(text.splitlines()))
        self.obs = {}  # (unit, period, metric) -> row
        for r in self.rows:
            assert r["note"] == NOTE, (name, r)
            assert r["level"] in (self.level, "national"), (name, r)
            assert "." in r["value"], (name, r)  # values are written with a decimal point
            key = (r["unit"], r["period"], r["metric"])
            assert key not in self.obs, f"{name}: duplicate {key}"
            self.obs[key] = r
        cores = {}
        for u in self.units():
            core = re.sub(r"^(thanh pho|thi xa|tinh|huyen|so) ", "", fold(u))
            assert core not in cores, f"{name}: {u} and {cores[core]} share a core name"
            cores[core] = u

    def units(self):
        """Units of the analysed level, in folded-name order."""
        return sorted({r["unit"] for r in self.rows if r["level"] == self.level}, key=name_key)

    def value(self, unit, period, metric):
        r = self.obs.get((unit, period, metric))
        return None if r is None or r["value"] == "" else float(r["value"])

    def cell(self, unit, period, metric, col):
        r = self.obs.get((unit, period, metric))
        return None if r is None or r[col] == "" else int(r[col])

    def series(self, unit, metric):
        """(period, value) pairs with a value, by period."""
        ps = sorted({r["period"] for r in self.rows if r["unit"] == unit and r["metric"] == metric})
        return [(p, self.value(unit, p, metric)) for p in ps if self.value(unit, p, metric) is not None]

    def at(self, metric, period):
        """{unit: value} over the analysed level."""
        out = {}
        for u in self.units():
            v = self.value(u, period, metric)
            if v is not None:
                out[u] = v
        return out


# --------------------------------------------------------------------------- trend


def trend_stats(points):
    """The statistics of `trend` for one unit's (period, value) points."""
    n = len(points)
    out = {"n": n, "points": [{"period": p, "value": v} for p, v in points],
           "ols": None, "mann_kendall": None, "sen": None, "forecast": None}
    if n < 3:
        return out
    x = np.array([year(p) for p, _ in points])
    y = np.array([v for _, v in points])
    assert len(set(x)) == n

    r = quiet(st.linregress, x, y)
    t = st.t.ppf(0.975, n - 2)
    out["ols"] = {
        "slope": num(r.slope),
        "intercept": num(r.intercept),
        "slope_stderr": num(r.stderr),
        "r_squared": num(r.rvalue ** 2),
        "p_value": num(r.pvalue),
        "slope_ci95": pair(r.slope - t * r.stderr, r.slope + t * r.stderr),
    }

    mk = pymannkendall.original_test(y, alpha=0.05)
    ties = len(np.unique(y)) < n
    p_exact = None
    if not ties and n <= 40:
        p_exact = num(st.kendalltau(np.arange(n), y, method="exact").pvalue)
    out["mann_kendall"] = {"s": num(mk.s), "var_s": num(mk.var_s), "z": num(mk.z),
                           "p_value": num(mk.p), "tau": num(mk.Tau), "p_exact": p_exact}

    ts = quiet(st.theilslopes, y, x, alpha=0.95, method="separate")
    out["sen"] = {"slope": num(ts.slope), "ci95": pair(ts.low_slope, ts.high_slope)}

    x_next = x[-1] + 1.0
    fit = sm.OLS(y, sm.add_constant(x)).fit()
    frame = quiet(lambda: fit.get_prediction(np.array([[1.0, x_next]])).summary_frame(alpha=0.05))
    row = frame.iloc[0]
    out["forecast"] = {"period": str(int(x_next)), "value": num(r.intercept + r.slope * x_next),
                       "pi95": pair(row["obs_ci_lower"], row["obs_ci_upper"])}
    return out


def trend_one(tab, metric, unit):
    exp = {"metric": metric, "unit": unit}
    exp.update(trend_stats(tab.series(unit, metric)))
    return exp


def trend_all(tab, metric):
    rows, signs = [], []
    for u in tab.units():
        s = trend_stats(tab.series(u, metric))
        mk = s["mann_kendall"]
        rows.append({"unit": u, "n": s["n"], "sen_slope": s["sen"] and s["sen"]["slope"],
                     "mk_p_value": mk and mk["p_value"], "mk_p_adjusted": None})
        signs.append(mk and mk["s"])
    adj = holm([r["mk_p_value"] for r in rows])
    counts = {"rising": 0, "falling": 0, "no_trend": 0, "too_short": 0}
    for r, a, s in zip(rows, adj, signs):
        r["mk_p_adjusted"] = a
        if r["mk_p_value"] is None:
            assert r["n"] < 3
            counts["too_short"] += 1
        elif a < 0.05 and s > 0:
            counts["rising"] += 1
        elif a < 0.05 and s < 0:
            counts["falling"] += 1
        else:
            counts["no_trend"] += 1
    rows = sort_rows(rows, lambda r: (r["sen_slope"] is None, -(r["sen_slope"] or 0.0)))
    exp = {"metric": metric, "rows": rows}
    exp.update(counts)
    return exp


# --------------------------------------------------------------------------- rank


def rank_cmd(tab, metric, period, vs):
    cur, prev = tab.at(metric, period), tab.at(metric, vs)
    cur_rank = dict(zip(cur, competition_ranks(list(cur.values()))))
    prev_rank = dict(zip(prev, competition_ranks(list(prev.values()))))
    # One basis for every change (issue 13): the official ranks when both periods give some,
    # else ranks computed among the same units in both periods, else no change at all.
    def official(u, p):
        return tab.cell(u, p, metric, "rank")
    if any(official(u, period) is not None and official(u, vs) is not None for u in set(cur) | set(prev)):
        basis = "official"
    elif set(cur) == set(prev) and cur:
        basis = "computed"
    else:
        basis = "none"
    rows = []
    for u, v in cur.items():
        if basis == "official":
            pr, r = official(u, vs), official(u, period)
            sizes = (tab.cell(u, period, metric, "rank_of"), tab.cell(u, vs, metric, "rank_of"))
            same_size = None in sizes or sizes[0] == sizes[1]
            change = pr - r if pr is not None and r is not None and same_size else None
        else:
            pr = prev_rank.get(u)
            change = pr - cur_rank[u] if basis == "computed" and pr is not None else None
        rows.append({"unit": u, "value": v, "rank": cur_rank[u],
                     "official_rank": official(u, period),
                     "prev_value": prev.get(u), "prev_rank": pr,
                     "rank_change": change})
    rows = sort_rows(rows, lambda r: r["rank"])
    both = [u for u in cur if u in prev]
    a = np.array([prev[u] for u in both])
    b = np.array([cur[u] for u in both])
    sp = quiet(st.spearmanr, a, b)
    kt = quiet(st.kendalltau, a, b)
    return {"metric": metric, "period": period, "vs": vs, "direction": DIRECTION, "rows": rows,
            "spearman": {"rho": num(sp.statistic), "p_value": num(sp.pvalue), "n": len(both)},
            "kendall": {"tau_b": num(kt.statistic), "p_value": num(kt.pvalue), "n": len(both)},
            "ranked_among": len(cur), "change_basis": basis}


# --------------------------------------------------------------------------- compare


def wilcoxon_auto_method(d):
    """The method scipy 1.17.1 wilcoxon(method='auto') uses (see generate.py and the
    README): > 50 differences → approx; no ties among non-zero |d| and no zeros →
    exact; ≤ 13 differences → PermutationMethod (enumerates all 2^n sign flips,
    so it is exact and deterministic: "exact-permutation"); else approx."""
    d = np.asarray(d, float)
    n = len(d)
    if n > 50:
        return "approx"
    nz = d[d != 0]
    has_ties = len(np.unique(np.abs(nz))) < len(nz)
    if not (has_ties or len(nz) < n):
        return "exact"
    if n <= 13:
        return "exact-permutation"
    return "approx"


def compare_cmd(tab, metric, frm, to):
    a, b = tab.at(metric, frm), tab.at(metric, to)
    both = [u for u in a if u in b]
    rows = []
    for u in both:
        change = b[u] - a[u]
        row = {"unit": u, "from_value": a[u], "to_value": b[u], "change": change,
               "pct_change": num(100.0 * change / a[u]), "improved": change > 0}
        n0, d0 = tab.cell(u, frm, metric, "numerator"), tab.cell(u, frm, metric, "denominator")
        n1, d1 = tab.cell(u, to, metric, "numerator"), tab.cell(u, to, metric, "denominator")
        if None not in (n0, d0, n1, d1):
            lo0, hi0 = proportion_confint(n0, d0, alpha=0.05, method="wilson")
            lo1, hi1 = proportion_confint(n1, d1, alpha=0.05, method="wilson")
            dlo, dhi = confint_proportions_2indep(n1, d1, n0, d0, method="newcomb", compare="diff", alpha=0.05)
            _, p = quiet(proportions_ztest, [n1, n0], [d1, d0])
            row.update({"from_ci95": pair(100 * lo0, 100 * hi0), "to_ci95": pair(100 * lo1, 100 * hi1),
                        "diff_ci95": pair(100 * dlo, 100 * dhi), "p_value": num(p), "p_adjusted": None})
        rows.append(row)
    if rows and "p_value" in rows[0]:
        assert all("p_value" in r for r in rows)
        for r, adj in zip(rows, holm([r["p_value"] for r in rows])):
            r["p_adjusted"] = adj
    rows = sort_rows(rows, lambda r: -r["change"])

    d = np.array([r["change"] for r in rows])
    to_v = np.array([r["to_value"] for r in rows])
    from_v = np.array([r["from_value"] for r in rows])
    # The fixtures avoid |d| that are equal on paper but not as doubles (or the
    # reverse): a tie decision that hangs on the last bit would be fragile.
    nz = sorted(abs(x) for x in d if x != 0)
    for x, y in zip(nz, nz[1:]):
        assert x == y or y - x > 1e-6, f"near-tie in |change|: {x!r} {y!r}"
    tt = st.ttest_rel(to_v, from_v)
    ci = tt.confidence_interval(0.95)
    kw = dict(zero_method="wilcox", correction=False)
    w = quiet(st.wilcoxon, d, **kw)
    method = wilcoxon_auto_method(d)
    explicit = {"exact": "exact", "approx": "asymptotic", "exact-permutation": st.PermutationMethod()}[method]
    w2 = quiet(st.wilcoxon, d, method=explicit, **kw)
    assert (w.statistic, w.pvalue) == (w2.statistic, w2.pvalue), "wilcoxon auto method"
    only = sort_names((set(a) | set(b)) - set(both))
    return {"metric": metric, "from": frm, "to": to, "rows": rows,
            "paired_t": {"t": num(tt.statistic), "df": num(tt.df), "p_value": num(tt.pvalue),
                         "mean_change": num(np.mean(to_v - from_v)), "ci95": pair(ci.low, ci.high)},
            "wilcoxon": {"statistic": num(w.statistic), "p_value": num(w.pvalue), "method": method, "n": len(d)},
            "not_in_both": only}


# --------------------------------------------------------------------------- correlate, summary


def correlate_cmd(tab, m1, m2, period):
    a, b = tab.at(m1, period), tab.at(m2, period)
    both = [u for u in a if u in b]
    x = np.array([a[u] for u in both])
    y = np.array([b[u] for u in both])
    pr = st.pearsonr(x, y)
    sp = st.spearmanr(x, y)
    kt = st.kendalltau(x, y)
    return {"n": len(both), "pearson": {"r": num(pr.statistic), "p_value": num(pr.pvalue)},
            "spearman": {"rho": num(sp.statistic), "p_value": num(sp.pvalue)},
            "kendall": {"tau_b": num(kt.statistic), "p_value": num(kt.pvalue)}}


OUTLIER_K = 3.0


def summary_cmd(tab, metric, period):
    vals = tab.at(metric, period)
    x = np.array(list(vals.values()))
    q1, med, q3 = np.percentile(x, [25, 50, 75])
    mad_n = st.median_abs_deviation(x, scale="normal")  # MAD / Φ⁻¹(0.75) = MAD · 1.482602218505602
    out = sort_names([u for u, v in vals.items() if abs(v - med) > OUTLIER_K * mad_n])
    # The same units with the rounded 1.4826, and no value near the cut-off.
    mad = st.median_abs_deviation(x, scale=1.0)
    assert out == sort_names([u for u, v in vals.items() if abs(v - med) > OUTLIER_K * 1.4826 * mad])
    for v in vals.values():
        assert abs(abs(v - med) - OUTLIER_K * mad_n) > 0.5, "value near the outlier cut-off"
    return {"metric": metric, "period": period, "n": len(x), "mean": num(np.mean(x)),
            "sd": num(np.std(x, ddof=1)), "min": num(np.min(x)), "q1": num(q1), "median": num(med),
            "q3": num(q3), "max": num(np.max(x)), "outliers": out}


# --------------------------------------------------------------------------- roles


ROLES = {
    "rising": "Tỉnh Sông Ngọc",
    "falling": "Tỉnh Đồi Thông",
    "gap": "Tỉnh Bến Mây",
    "constant": "Tỉnh Hồ Sen",
    "two_points": "Tỉnh Cát Vàng",
    "missing_2024": "Tỉnh Núi Bạc",
    "tie_2024": ("Tỉnh Bãi Cói", "Tỉnh Ghềnh Đá"),
    "outlier_2024": "Tỉnh Suối Hoa",
    "noisy": "Tỉnh Đèo Gió",
}


def check_fixtures(prov, dept, rates):
    """The properties the cases rely on; fails loudly if a fixture is edited away from them."""
    years = [str(y) for y in range(2016, 2025)]
    units = prov.units()
    assert len(units) == 12 and "Cả nước" not in units
    assert [prov.value("Cả nước", y, "par_index") is not None for y in years] == [True] * 9
    for u in units:
        for p, v in prov.series(u, "par_index"):
            assert 75 <= v <= 95 and p in years, (u, p, v)
        for p, v in prov.series(u, "sipas"):
            assert 78 <= v <= 92 and p in years, (u, p, v)
    full = [u for u in units if [p for p, _ in prov.series(u, "par_index")] == years]
    assert len(full) == 9, full  # the other three: the gap, the 2-point and the missing-in-2024 unit
    ser = lambda u: [v for _, v in prov.series(u, "par_index")]  # noqa: E731
    assert all(b > a for a, b in zip(ser(ROLES["rising"]), ser(ROLES["rising"])[1:]))
    f = ser(ROLES["falling"])
    assert f[-1] < f[0] and pymannkendall.original_test(f).s < 0
    assert [p for p, _ in prov.series(ROLES["gap"], "par_index")] == [y for y in years if y != "2019"]
    assert len(set(ser(ROLES["constant"]))) == 1 and len(ser(ROLES["constant"])) == 9
    assert [p for p, _ in prov.series(ROLES["two_points"], "par_index")] == ["2023", "2024"]
    m = ROLES["missing_2024"]
    assert prov.value(m, "2023", "par_index") is not None and not any(
        r["unit"] == m and r["period"] == "2024" for r in prov.rows)
    v24 = prov.at("par_index", "2024")
    a, b = ROLES["tie_2024"]
    assert v24[a] == v24[b] and sorted(v24.values()).count(v24[a]) == 2
    assert len(set(v24.values())) == len(v24) - 1  # that is the only tie
    assert summary_cmd(prov, "par_index", "2024")["outliers"] == [ROLES["outlier_2024"]]

    assert len(dept.units()) == 8
    for y in ["2022", "2024"]:
        vals = dept.at("par_index", y)
        assert sorted({r["period"] for r in dept.rows}) == ["2022", "2024"]
        assert len(vals) == 8 and all(r["parent"] == "Tỉnh Hòa Sơn" for r in dept.rows)
        for u, r in zip(vals, competition_ranks(list(vals.values()))):
            assert dept.cell(u, y, "par_index", "rank") == r and dept.cell(u, y, "par_index", "rank_of") == 8

    assert len(rates.units()) == 10
    for r in rates.rows:
        num_, den = int(r["numerator"]), int(r["denominator"])
        assert 500 <= den <= 9000 and 0 <= num_ <= den and r["parent"] == "Tỉnh Hòa Sơn"
        # value = 100·num/den rounded to 2 decimals (half up from the exact fraction;
        # no fixture sits on a half, so any rounding rule agrees).
        hundredths, rem = divmod(100 * 100 * num_, den)
        assert 2 * rem != den
        assert r["value"] == f"{(hundredths + (2 * rem > den)) / 100:.2f}", r


# --------------------------------------------------------------------------- main


def cases():
    prov, dept, rates = Table("provinces.csv"), Table("departments.csv"), Table("rates.csv")
    check_fixtures(prov, dept, rates)
    J = ["--format", "json"]
    out = []
    for role in ["rising", "falling", "gap", "constant", "two_points", "noisy", "missing_2024"]:
        u = ROLES[role]
        out.append((f"trend-par_index-{role.replace('_', '-')}",
                    ["trend", "par_index", "--unit", u, "--data", "provinces.csv"] + J,
                    trend_one(prov, "par_index", u)))
    out.append(("trend-par_index-all", ["trend", "par_index", "--all", "--data", "provinces.csv"] + J,
                trend_all(prov, "par_index")))
    out.append(("rank-par_index-2024-vs-2023-provinces",
                ["rank", "par_index", "--period", "2024", "--vs", "2023", "--data", "provinces.csv"] + J,
                rank_cmd(prov, "par_index", "2024", "2023")))
    # The same 12 provinces have sipas in 2022 and 2023: changes of computed ranks.
    assert set(prov.at("sipas", "2022")) == set(prov.at("sipas", "2023"))
    out.append(("rank-sipas-2023-vs-2022-provinces",
                ["rank", "sipas", "--period", "2023", "--vs", "2022", "--data", "provinces.csv"] + J,
                rank_cmd(prov, "sipas", "2023", "2022")))
    out.append(("rank-par_index-2024-vs-2022-departments",
                ["rank", "par_index", "--period", "2024", "--vs", "2022", "--data", "departments.csv"] + J,
                rank_cmd(dept, "par_index", "2024", "2022")))
    out.append(("compare-par_index-2023-2024-provinces",
                ["compare", "par_index", "--from", "2023", "--to", "2024", "--data", "provinces.csv"] + J,
                compare_cmd(prov, "par_index", "2023", "2024")))
    out.append(("compare-on_time_rate-2022-2023-rates",
                ["compare", "on_time_rate", "--from", "2022", "--to", "2023", "--data", "rates.csv"] + J,
                compare_cmd(rates, "on_time_rate", "2022", "2023")))
    out.append(("correlate-par_index-sipas-2024",
                ["correlate", "par_index", "sipas", "--period", "2024", "--data", "provinces.csv"] + J,
                correlate_cmd(prov, "par_index", "sipas", "2024")))
    out.append(("summary-par_index-2024",
                ["summary", "par_index", "--period", "2024", "--data", "provinces.csv"] + J,
                summary_cmd(prov, "par_index", "2024")))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--any-versions", action="store_true", help="run even if installed versions differ from the pins")
    args = ap.parse_args()
    bad = check_pins()
    if bad and not args.any_versions:
        sys.exit("installed versions differ from scripts/oracle/requirements.txt:\n  " + "\n  ".join(bad))
    OUT.mkdir(parents=True, exist_ok=True)
    written = set()
    ver = versions()
    for slug, command, expected in cases():
        assert slug not in written, slug
        doc = {"command": command, "expected": expected, "generator": GENERATOR, "versions": ver}
        text = json.dumps(doc, allow_nan=False, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        path = OUT / f"{slug}.json"
        path.write_text(text, encoding="utf-8")
        written.add(slug)
        print(f"{path.relative_to(ROOT)}: {' '.join(command)}")
    for stale in sorted(OUT.glob("*.json")):
        if stale.stem not in written:
            stale.unlink()
            print(f"removed stale {stale.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
