#!/usr/bin/env python3
"""Generate datasets/synthetic/synthetic_demo_province.csv, a fictional demo panel for parlens.

Standard library only and deterministic: the same seed gives byte-identical output
on every run. It uses only random.Random(int).uniform/randint/gauss, whose
sequences CPython keeps stable across 3.x releases (made with Python 3.11).

Usage (from the repository root):
    python3 scripts/datasets/make_synthetic_panel.py            # writes datasets/synthetic/synthetic_demo_province.csv
    python3 scripts/datasets/make_synthetic_panel.py OUT.csv    # writes somewhere else

Everything in the output is invented: one province "Tỉnh Mẫu (synthetic)" with 12
fictional district-level units (names chosen not to be real districts), 2015-2024.

What the panel holds (see datasets/README.md for the full description):
  * par_index 2015-2024 and sipas 2017-2024 per district, 0-100 with two decimals,
    with rank / rank_of = competition rank ("1224" ranking: ties share a rank, the
    next rank is skipped) among the districts, 1 = highest score.
  * online_filing_rate = online dossiers / dossiers received, and
    on_time_rate = dossiers resolved early or on time / dossiers resolved, both with
    numerator and denominator; value = 100 * numerator / denominator rounded half-up
    to two decimals; tier = district.
  * dossiers_received / _resolved / _pending / _ineligible, with
    resolved + pending + ineligible = received exactly.
  * per year a province row: par_index (value only) and the two rates aggregated as
    sum of numerators / sum of denominators over the district rows present.

Deliberate stories:
  * STORY_UP ("Huyện Gò Mít Đông") starts near the bottom and climbs steadily;
  * STORY_DOWN ("Thị xã Lúa Vàng Mới") starts near the top and slips;
  * GAP_UNIT ("Huyện Rạch Sen Tây") has no rows at all for GAP_YEAR (2019), as if its
    report had been lost. The province still ranked all 12 districts that year, so
    2019 ranks run 1..12 with that district's rank missing and rank_of stays 12;
    the province's 2019 aggregate rates are sums over the 11 districts present.
Everything else is internally consistent (no conflicts, no out-of-range values).
"""

import csv
import io
import os
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
import random

SEED = 20241124
SCRIPT = "scripts/datasets/make_synthetic_panel.py"
SOURCE = f"synthetic: {SCRIPT} (seed {SEED})"

PROVINCE = "Tỉnh Mẫu (synthetic)"
DISTRICTS = [
    "Huyện Đồi Mây Xanh",
    "Huyện Bến Đò Ngang",
    "Thị xã Lúa Vàng Mới",
    "Huyện Đá Trắng Thượng",
    "Thành phố Cầu Tre Mẫu",
    "Huyện Suối Ngọc Hạ",
    "Huyện Gò Mít Đông",
    "Huyện Rạch Sen Tây",
    "Thị xã Đầm Cói Bắc",
    "Huyện Núi Trúc Vàng",
    "Huyện Ngàn Thông Lam",
    "Huyện Vùng Cao Biên Giới Suối Đá Hoa Ban Thượng",
]
STORY_UP = "Huyện Gò Mít Đông"
STORY_DOWN = "Thị xã Lúa Vàng Mới"
GAP_UNIT = "Huyện Rạch Sen Tây"
GAP_YEAR = 2019

YEARS = list(range(2015, 2025))
SIPAS_FROM = 2017

HEADER = ["unit", "level", "parent", "tier", "period", "metric", "value",
          "numerator", "denominator", "rank", "rank_of", "source", "note"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def pct(num, den):
    """100 * num / den rounded half-up to two decimals, computed exactly."""
    q = Fraction(100 * num, den)
    return (Decimal(q.numerator) / Decimal(q.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)


def score(x):
    """A 0-100 index score as a two-decimal Decimal (clamped to [0, 99.5])."""
    x = min(max(x, 0.0), 99.5)
    return Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def competition_ranks(scores):
    """{unit: Decimal} -> {unit: rank}; 1 = highest, ties share a rank, next skipped."""
    ordered = sorted(scores.values(), reverse=True)
    return {u: 1 + sum(1 for v in ordered if v > s) for u, s in scores.items()}


def online_share(year, rel_offset):
    """Online share of dossiers: about 5 % in 2015 rising to about 80 % in 2024.

    A smoothstep from 5 % to 80 % over 2015..2024, scaled per district by
    (1 + rel_offset) so that districts differ in proportion to the level.
    """
    t = (year - 2015) / 9.0
    base = 0.05 + 0.75 * (3 * t * t - 2 * t * t * t)
    return min(max(base * (1 + rel_offset), 0.02), 0.95)


def build(rng):
    # ---- per-district parameters, drawn in a fixed order -------------------------
    params = {}
    for d in DISTRICTS:
        params[d] = {
            "par0": rng.uniform(70.0, 80.0),
            "par_drift": rng.uniform(0.5, 1.5),
            "sip0": rng.uniform(79.0, 88.0),
            "sip_drift": rng.uniform(0.3, 1.0),
            "recv0": rng.randint(6000, 24000),
            "growth": rng.uniform(0.03, 0.08),
            "online_off": rng.uniform(-0.15, 0.15),
            "ontime_p": rng.uniform(0.975, 0.995),
        }
    # the two stories
    low = min(p["par0"] for p in params.values())
    high = max(p["par0"] for p in params.values())
    params[STORY_UP].update(par0=low - 2.0, par_drift=2.6,
                            sip0=78.0, sip_drift=1.9, online_off=-0.12)
    params[STORY_DOWN].update(par0=high + 1.5, par_drift=-0.7,
                              sip0=89.0, sip_drift=-0.9, ontime_p=0.99)

    # ---- latent yearly values for every district (the gap district included) ----
    latent = {d: {} for d in DISTRICTS}
    for y in YEARS:
        k = y - 2015
        for d in DISTRICTS:
            p = params[d]
            par = score(p["par0"] + p["par_drift"] * k + rng.gauss(0.0, 0.7))
            sip = None
            if y >= SIPAS_FROM:
                ks = y - SIPAS_FROM
                sip = score(p["sip0"] + p["sip_drift"] * ks + rng.gauss(0.0, 0.9))
            received = int(round(p["recv0"] * (1 + p["growth"]) ** k * rng.uniform(0.95, 1.05)))
            ineligible = int(round(received * rng.uniform(0.015, 0.04)))
            pending = int(round(received * rng.uniform(0.015, 0.05)))
            resolved = received - pending - ineligible
            share = online_share(y, p["online_off"]) * (1 + rng.gauss(0.0, 0.03))
            share = min(max(share, 0.02), 0.95)
            online = int(round(received * share))
            online = min(max(online, 0), received)
            p_on = p["ontime_p"]
            if d == STORY_DOWN:
                p_on -= 0.0025 * k          # slips, but stays above 96 %
            p_on = min(max(p_on + rng.gauss(0.0, 0.003), 0.962), 0.999)
            on_time = int(round(resolved * p_on))
            on_time = min(max(on_time, 0), resolved)
            latent[d][y] = dict(par=par, sip=sip, received=received, resolved=resolved,
                                pending=pending, ineligible=ineligible,
                                online=online, on_time=on_time)

    # province's own PAR score (value only): independent, drifting upward
    prov_par = {y: score(78.0 + 1.1 * (y - 2015) + rng.gauss(0.0, 0.5)) for y in YEARS}

    # ---- rows ---------------------------------------------------------------------
    rows = []

    def add(unit, level, parent, tier, year, metric, value="", num="", den="",
            rank="", rank_of="", note=""):
        rows.append([nfc(unit), level, nfc(parent), tier, str(year), metric,
                     str(value), str(num), str(den), str(rank), str(rank_of),
                     SOURCE, nfc(note)])

    n = len(DISTRICTS)
    for y in YEARS:
        present = [d for d in DISTRICTS if not (d == GAP_UNIT and y == GAP_YEAR)]
        par_rank = competition_ranks({d: latent[d][y]["par"] for d in DISTRICTS})
        sip_rank = (competition_ranks({d: latent[d][y]["sip"] for d in DISTRICTS})
                    if y >= SIPAS_FROM else {})

        # province row first
        s_on = sum(latent[d][y]["online"] for d in present)
        s_recv = sum(latent[d][y]["received"] for d in present)
        s_ot = sum(latent[d][y]["on_time"] for d in present)
        s_res = sum(latent[d][y]["resolved"] for d in present)
        agg_note = (f"sum of numerators / sum of denominators over the {len(present)} district rows present"
                    + (f"; no report from {GAP_UNIT} in {GAP_YEAR}" if len(present) < n else ""))
        add(PROVINCE, "province", "", "", y, "par_index", prov_par[y],
            note="province's own score (value only)")
        add(PROVINCE, "province", "", "district", y, "online_filing_rate",
            pct(s_on, s_recv), s_on, s_recv, note=agg_note)
        add(PROVINCE, "province", "", "district", y, "on_time_rate",
            pct(s_ot, s_res), s_ot, s_res, note=agg_note)

        for d in present:
            L = latent[d][y]
            add(d, "district", PROVINCE, "", y, "par_index", L["par"], rank=par_rank[d], rank_of=n)
            if y >= SIPAS_FROM:
                add(d, "district", PROVINCE, "", y, "sipas", L["sip"], rank=sip_rank[d], rank_of=n)
            add(d, "district", PROVINCE, "district", y, "online_filing_rate",
                pct(L["online"], L["received"]), L["online"], L["received"],
                note="online dossiers / dossiers received")
            add(d, "district", PROVINCE, "district", y, "on_time_rate",
                pct(L["on_time"], L["resolved"]), L["on_time"], L["resolved"],
                note="resolved early or on time / dossiers resolved")
            add(d, "district", PROVINCE, "", y, "dossiers_received", L["received"])
            add(d, "district", PROVINCE, "", y, "dossiers_resolved", L["resolved"])
            add(d, "district", PROVINCE, "", y, "dossiers_pending", L["pending"])
            add(d, "district", PROVINCE, "", y, "dossiers_ineligible", L["ineligible"],
                note="ineligible, suspended or withdrawn; resolved + pending + ineligible = received")
    return rows


def render(rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")   # no BOM


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = argv[1] if len(argv) > 1 else os.path.join(root, "datasets", "synthetic", "synthetic_demo_province.csv")
    data = render(build(random.Random(SEED)))
    with open(out, "wb") as fh:
        fh.write(data)
    nrows = data.count(b"\n") - 1
    print(f"wrote {out}: {nrows} rows", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
