#!/usr/bin/env python3
"""Writes the tidy CSV of the end-to-end `trend --all` benchmark: UNITS communes × 12 years
(2013–2024) of `par_index`, one figure per row, as a data office would export it.

    unit,level,parent,period,metric,value
    Xã Thử 00001,commune,Huyện Mẫu,2013,par_index,61.27

value = base + slope·t + noise, written with 2 decimals: base 40–80, slope −1.5 … +1.5 points
a year (in hundredths), noise ±3 points, clamped to 0–100; t = year − 2013. Every draw comes
from the 64-bit LCG of stats_peer.py, so the same arguments write the same bytes on any
machine (about 6 MB for 10,000 units). Standard library only.

Usage: make_trend_panel.py OUT.csv [--units 10000] [--seed 20240601]
"""

import argparse

MASK64 = (1 << 64) - 1
FIRST_YEAR, YEARS = 2013, 12


class LCG:
    """Knuth's MMIX LCG (as in stats_peer.py): a draw is state >> 33, below(k) is draw mod k."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def below(self, k):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK64
        return (self.state >> 33) % k


def rows(units, seed):
    g = LCG(seed)
    for u in range(1, units + 1):
        name = f"Xã Thử {u:05d}"
        base = 4000 + g.below(4001)  # hundredths: 40.00–80.00
        slope = g.below(301) - 150  # hundredths per year: −1.50 … +1.50
        for t in range(YEARS):
            cents = base + slope * t + g.below(601) - 300
            cents = min(10000, max(0, cents))
            yield f"{name},commune,Huyện Mẫu,{FIRST_YEAR + t},par_index,{cents // 100}.{cents % 100:02d}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("unit,level,parent,period,metric,value\n")
        f.writelines(rows(args.units, args.seed))


if __name__ == "__main__":
    main()
