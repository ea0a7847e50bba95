#!/usr/bin/env python3
"""Peer of `parlens trend METRIC --all --format json` written for speed in numpy: the file's
values go into a units × years matrix and Mann–Kendall S, its tie-corrected variance, Z and p,
and Sen's slope are computed for every unit at once, without a Python loop over units.

Assumes what the benchmark file is: one figure per unit and year, every unit with the same
years (it says so and stops otherwise). Mann–Kendall as pymannkendall.original_test (normal
approximation, continuity correction; p = 2·(1 − Φ(|Z|)) with scipy.special.ndtr), Sen's slope as
the median of the pairwise slopes (scipy.stats.theilslopes), Holm written out; rows sorted by Sen's
slope, equal slopes by unit name.

Usage: trend_all_numpy.py PANEL.csv METRIC OUT.json
"""

import csv
import json
import sys

import numpy as np
from scipy.special import ndtr


def main():
    path, metric, out = sys.argv[1], sys.argv[2], sys.argv[3]
    units, years, values = [], [], []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        u, p, m, v = (header.index(k) for k in ("unit", "period", "metric", "value"))
        for row in reader:
            if row[m] == metric and row[v] != "":
                units.append(row[u])
                years.append(row[p])
                values.append(row[v])
    names, unit_index = np.unique(np.array(units), return_inverse=True)
    periods, year_index = np.unique(np.array(years, dtype=float), return_inverse=True)
    if len(names) * len(periods) != len(values):
        sys.exit("trend_all_numpy.py: expects one value per unit and year, every unit with the same years")
    y = np.full((len(names), len(periods)), np.nan)
    y[unit_index, year_index] = np.array(values, dtype=float)
    if np.isnan(y).any():
        sys.exit("trend_all_numpy.py: expects one value per unit and year, every unit with the same years")
    x = periods
    n = len(x)

    i, j = np.triu_indices(n, k=1)
    s = np.sign(y[:, j] - y[:, i]).sum(axis=1)
    # Ties: Σ over tie groups of t(t−1)(2t+5) = Σ over values of (t−1)(2t+5), t = the size of its group.
    t = (y[:, :, None] == y[:, None, :]).sum(axis=2)
    var_s = (n * (n - 1) * (2 * n + 5) - ((t - 1) * (2 * t + 5)).sum(axis=1)) / 18
    z = np.where(s > 0, (s - 1) / np.sqrt(var_s), np.where(s < 0, (s + 1) / np.sqrt(var_s), 0.0))
    p = 2 * (1 - ndtr(np.abs(z)))
    slope = np.median((y[:, j] - y[:, i]) / (x[j] - x[i]), axis=1)

    order = np.argsort(p, kind="stable")
    m_tests = len(p)
    adjusted_sorted = np.minimum(1, np.maximum.accumulate((m_tests - np.arange(m_tests)) * p[order]))
    adjusted = np.empty_like(p)
    adjusted[order] = adjusted_sorted
    verdict = np.where(adjusted < 0.05, np.where(s > 0, "rising", np.where(s < 0, "falling", "no_trend")), "no_trend")

    rank = np.lexsort((names, -slope))
    rows = [
        {"unit": str(names[k]), "n": n, "sen_slope": float(slope[k]), "mk_p_value": float(p[k]),
         "mk_p_adjusted": float(adjusted[k]), "verdict": str(verdict[k])}
        for k in rank
    ]
    counts = {v: int((verdict == v).sum()) for v in ("rising", "falling", "no_trend")}
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"metric": metric, "rows": rows, **counts, "too_short": 0}, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
