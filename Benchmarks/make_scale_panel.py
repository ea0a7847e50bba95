#!/usr/bin/env python3
"""Writes the tidy CSV of the scale benchmark: a large file shaped like the datasets' tidy files
(unit, level, parent, period, metric, value, rank), to time a load and take its peak memory.

    unit,level,parent,period,metric,value,rank
    Xã 000001,commune,Huyện 0001,2002,par_index,61.27,
    Xã 000001,commune,Huyện 0001,2002,sipas,80.4,17

UNITS communes (50 to a district) × 10 metrics × 23 years (2002–2024), one figure per row, every
key once. Values lie in 0–100 with 0–2 decimals (the count, dossiers_received, is whole); one row in four states a rank. Every draw comes from the
64-bit LCG of make_trend_panel.py, so the same arguments write the same bytes on any machine:
about 54 bytes a row, 12.4 MB per 1,000 units (80,450 units ≈ 1 GB, 18.5 M rows). With
--megabytes the unit count is chosen to write about that many megabytes. Standard library only.

Usage: make_scale_panel.py OUT.csv [--units 80450 | --megabytes 1000] [--seed 20240601]
"""

import argparse

MASK64 = (1 << 64) - 1
FIRST_YEAR, YEARS = 2002, 23
METRICS = [
    "par_index", "sipas", "pci", "ddci", "index_766",
    "dan_van_score", "on_time_rate", "online_filing_rate", "late_rate", "dossiers_received",
]
COUNT = "dossiers_received"  # a count: whole numbers
BYTES_PER_UNIT = 12_430  # about; used only to turn --megabytes into a unit count


def rows(units, seed):
    state = seed & MASK64
    a, c = 6364136223846793005, 1442695040888963407
    for u in range(1, units + 1):
        head = f"Xã {u:06d},commune,Huyện {(u - 1) // 50 + 1:04d},"
        out = []
        for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
            for metric in METRICS:
                state = (state * a + c) & MASK64
                draw = state >> 33
                cents = draw % 10001
                rank = f"{draw % 63 + 1}" if (draw >> 20) & 3 == 0 else ""
                decimals = (draw >> 16) % 3
                if metric == COUNT:
                    value = f"{draw % 100_000}"
                elif decimals == 2:
                    value = f"{cents // 100}.{cents % 100:02d}"
                elif decimals == 1:
                    value = f"{cents // 100}.{cents % 100 // 10}"
                else:
                    value = f"{cents // 100}"
                out.append(f"{head}{year},{metric},{value},{rank}\n")
        yield "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=80_450)
    parser.add_argument("--megabytes", type=float)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    units = args.units
    if args.megabytes is not None:
        units = max(1, round(args.megabytes * 1_000_000 / BYTES_PER_UNIT))
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("unit,level,parent,period,metric,value,rank\n")
        f.writelines(rows(units, args.seed))


if __name__ == "__main__":
    main()
