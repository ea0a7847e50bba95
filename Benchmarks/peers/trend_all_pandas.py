#!/usr/bin/env python3
"""Peer of `parlens trend METRIC --all --format json`, written the way an analyst would in
pandas: read the tidy CSV, group by unit, run pymannkendall.original_test and
scipy.stats.theilslopes on each unit's series in a loop, adjust the Mann–Kendall p-values with
Holm (statsmodels multipletests), and write one JSON row per unit sorted by Sen's slope.

Same conventions as parlens: x is the year (a tidy file of yearly figures), Mann–Kendall p is the
normal approximation with continuity correction (pymannkendall's `p`), a unit rises or falls when
its Holm-adjusted p < 0.05; equal slopes are ordered by unit name.

Usage: trend_all_pandas.py PANEL.csv METRIC OUT.json
The whole process is what the benchmark times (imports, reading, the loop, writing).
"""

import json
import sys

import pandas as pd
import pymannkendall
import scipy.stats as st
from statsmodels.stats.multitest import multipletests


def main():
    path, metric, out = sys.argv[1], sys.argv[2], sys.argv[3]
    df = pd.read_csv(path, encoding="utf-8")
    df = df[df["metric"] == metric].dropna(subset=["value"])
    df["x"] = df["period"].astype(float)
    rows = []
    for unit, g in df.sort_values("x").groupby("unit", sort=True):
        x, y = g["x"].to_numpy(), g["value"].to_numpy()
        row = {"unit": unit, "n": len(y), "sen_slope": None, "mk_p_value": None, "mk_s": None}
        if len(y) >= 3:
            mk = pymannkendall.original_test(y)
            row["sen_slope"] = float(st.theilslopes(y, x).slope)
            row["mk_p_value"] = float(mk.p)
            row["mk_s"] = int(mk.s)
        rows.append(row)
    tested = [r for r in rows if r["mk_p_value"] is not None]
    if tested:
        adjusted = multipletests([r["mk_p_value"] for r in tested], method="holm")[1]
        for r, p in zip(tested, adjusted):
            r["mk_p_adjusted"] = float(p)
            r["verdict"] = "rising" if p < 0.05 and r["mk_s"] > 0 else "falling" if p < 0.05 and r["mk_s"] < 0 else "no_trend"
    for r in rows:
        r.setdefault("mk_p_adjusted", None)
        r.setdefault("verdict", "too_short")
        del r["mk_s"]
    rows.sort(key=lambda r: (r["sen_slope"] is None, -(r["sen_slope"] or 0), r["unit"]))
    counts = {v: sum(r["verdict"] == v for r in rows) for v in ("rising", "falling", "no_trend", "too_short")}
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"metric": metric, "rows": rows, **counts}, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
