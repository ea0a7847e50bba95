#!/usr/bin/env python3
"""The pandas oracle of the dossier-log definitions (issue 18): per unit × tier × period, the
counts and rates parlens must compute from a record-level one-door log, written as JSON for the
Swift tests (Tests/PanelTests/Fixtures/dossiers/).

It is written from the definitions in README.md ("Dossier logs"), not from the Swift code: each
period's counts are boolean masks over every record (the Swift side adds month counters).

    python scripts/oracle/dossiers.py LOG.csv --by unit,tier --out FIXTURE.json

Pinned versions: scripts/oracle/requirements-dossiers.txt (a venv under build/ or .venv*).

Definitions (one place; README.md says the same in words):
- A date cell is dd/mm/yyyy, dd/mm/yyyy HH:mm[:ss], yyyy-mm-dd, yyyy-mm-dd[ T]HH:mm[:ss], or an
  Excel serial day number (a fraction is the time of day), in the years 1900–2100. Anything else
  (31/02, 29/02/2023, 2022-13-01, 12/2022, words) is unreadable.
- Bad records, the first kind that applies, in this order: missing_value (dossier id, unit,
  received or due empty), unreadable_date (received, due or returned written but not a date),
  unknown_tier (the tier column exists and the cell is not a tier), unknown_channel (the channel
  column exists and the cell is not trực tuyến / trực tiếp / bưu chính công ích),
  returned_before_received, due_before_received (instants when both cells have a time, else
  days), duplicate_id (an id already seen on an earlier record that passed every other check).
  Bad records are left out of every count.
- Ineligible: the status says không đủ điều kiện / tạm dừng / (đã) hủy / trả lại / rút hồ sơ (or
  ineligible, suspended, cancelled, withdrawn). It closes on its return date, else the day it came.
- Resolved: not ineligible and a return date: early when returned on a day before the due day; on
  time on the due day (unless both have a time and the return is later); late after it.
- Open: neither. Open at a period's end within its due when the due day is on or after the
  period's last day, else past due.
- Months are calendar months, or with --window-start S reporting windows from the S-th of the
  month before to the (S-1)-th (2022-01 = 15 Dec 2021 – 14 Jan 2022 for S = 15).
- Per period [s, e] (days): carried over = received before s and not closed before s; new =
  received in [s, e]; received = carried over + new; online = received through trực tuyến;
  resolved / early / on time / late / ineligible = closed in [s, e]; pending = received by e and
  not closed by e. A group × period is written when received > 0; a period only when the log
  covers all its months (from the month of the first receipt to that of the last receipt or
  return).
"""

import argparse
import json
import sys
import unicodedata
from datetime import date

import numpy as np
import pandas as pd


def fold(text):
    t = unicodedata.normalize("NFD", text.strip().lower()).replace("đ", "d")
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = "".join(c if c.isalnum() else " " for c in t)
    return " ".join(t.split())


HEADERS = {
    "id": ["ma ho so", "so ho so", "dossier id", "dossier", "id"],
    "unit": ["don vi tiep nhan", "co quan tiep nhan", "don vi", "co quan", "unit", "office"],
    "tier": ["cap", "cap xu ly", "cap giai quyet", "tier"],
    "field": ["linh vuc", "field"],
    "procedure": ["thu tuc", "ten thu tuc", "procedure"],
    "received": ["ngay tiep nhan", "ngay nhan", "received"],
    "due": ["han xu ly", "ngay hen tra", "han giai quyet", "due"],
    "returned": ["ngay tra ket qua", "ngay hoan thanh", "ngay tra", "returned", "completed"],
    "channel": ["hinh thuc nop", "kenh nop", "hinh thuc", "channel"],
    "status": ["trang thai", "tinh trang", "status"],
}
TIERS = {"cap tinh": "province", "tinh": "province", "province": "province",
         "cap huyen": "district", "huyen": "district", "district": "district",
         "cap xa": "commune", "xa": "commune", "commune": "commune"}
CHANNELS = {"truc tuyen": "online", "online": "online", "truc tiep": "in_person", "in person": "in_person",
            "direct": "in_person", "buu chinh cong ich": "postal", "buu chinh": "postal", "postal": "postal",
            "post": "postal"}
INELIGIBLE = {"khong du dieu kien", "tam dung", "da huy", "huy", "bi huy", "tra lai", "rut ho so",
              "ineligible", "suspended", "cancelled", "canceled", "withdrawn"}
KINDS = ["missing_value", "unreadable_date", "unknown_tier", "unknown_channel", "returned_before_received",
         "due_before_received", "duplicate_id"]
EPOCH = date(1970, 1, 1).toordinal()


def parse_dates(s):
    """(day since 1970-01-01 or NaN, minute of day or -1, unreadable) for a Series of texts."""
    s = s.str.strip()
    day = pd.Series(np.nan, index=s.index)
    minute = pd.Series(-1, index=s.index)
    for fmt, timed in [("%d/%m/%Y", False), ("%d/%m/%Y %H:%M", True), ("%d/%m/%Y %H:%M:%S", True),
                       ("%Y-%m-%d", False), ("%Y-%m-%d %H:%M", True), ("%Y-%m-%d %H:%M:%S", True),
                       ("%Y-%m-%dT%H:%M", True), ("%Y-%m-%dT%H:%M:%S", True)]:
        t = pd.to_datetime(s, format=fmt, errors="coerce")
        ok = t.notna() & day.isna()
        if ok.any():
            d = t[ok]
            day[ok] = (d.dt.normalize() - pd.Timestamp("1970-01-01")).dt.days
            if timed:
                minute[ok] = d.dt.hour * 60 + d.dt.minute
    num = pd.to_numeric(s.where(s.str.fullmatch(r"\d+(\.\d+)?")), errors="coerce")
    ok = day.isna() & num.notna() & (num >= 1) & (num <= 2958465)
    day[ok] = np.floor(num[ok]) - 25569  # 1899-12-30 is day -25569
    frac = num[ok] - np.floor(num[ok])
    minute[ok] = np.where(frac > 0, np.floor(frac * 1440 + 1e-6), -1)
    lo, hi = date(1900, 1, 1).toordinal() - EPOCH, date(2100, 12, 31).toordinal() - EPOCH
    out = day.notna() & ((day < lo) | (day > hi))  # years outside 1900–2100 do not read
    day[out] = np.nan
    minute[out] = -1
    unreadable = (s != "") & day.isna()
    return day, minute.astype(int), unreadable


def columns_of_cells(path):
    """For each data line, the 1-based column (in characters) where each cell starts."""
    out = []
    with open(path, encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            cols, quoted, col = [1], False, 1
            for ch in line.rstrip("\r\n"):
                col += 1
                if ch == '"':
                    quoted = not quoted
                elif ch == "," and not quoted:
                    cols.append(col)
            out.append(cols)
    return out


def before(a_day, a_min, b_day, b_min):
    both = (a_min >= 0) & (b_min >= 0)
    return np.where(both, a_day * 1440 + a_min < b_day * 1440 + b_min, a_day < b_day)


def summarise(path, by, window_start=1):
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    folded = [fold(c) for c in df.columns]
    col = {}
    for key, names in HEADERS.items():
        for n in names:
            if n in folded and key not in col:
                col[key] = df.columns[folded.index(n)]
    get = {k: df[c].str.strip() for k, c in col.items()}
    n = len(df)
    lines = np.arange(n) + 2
    cell_cols = columns_of_cells(path)
    order = list(df.columns)

    recv_d, recv_m, recv_bad = parse_dates(get["received"])
    due_d, due_m, due_bad = parse_dates(get["due"])
    ret = get.get("returned", pd.Series("", index=df.index))
    ret_d, ret_m, ret_bad = parse_dates(ret)

    kind = pd.Series("", index=df.index)
    where = pd.Series("", index=df.index)

    def mark(mask, k, column):
        m = mask & (kind == "")
        kind[m] = k
        where[m] = column if isinstance(column, str) else column[m]

    miss_col = pd.Series("", index=df.index)
    for k in ["due", "received", "unit", "id"]:
        miss_col[get[k] == ""] = col[k]
    mark(miss_col != "", "missing_value", miss_col)
    bad_col = pd.Series("", index=df.index)
    for k, bad in [("returned", ret_bad), ("due", due_bad), ("received", recv_bad)]:
        if k in col:
            bad_col[bad] = col[k]
    mark(bad_col != "", "unreadable_date", bad_col)
    tier = pd.Series("", index=df.index)
    if "tier" in get:
        tier = get["tier"].map(lambda t: TIERS.get(fold(t), ""))
        mark(tier == "", "unknown_tier", col["tier"])
    channel = pd.Series("in_person", index=df.index)
    if "channel" in get:
        channel = get["channel"].map(lambda t: CHANNELS.get(fold(t), ""))
        mark(channel == "", "unknown_channel", col["channel"])
    has_ret = ret != ""
    mark(has_ret & before(ret_d, ret_m, recv_d, recv_m), "returned_before_received", col.get("returned", ""))
    mark(before(due_d, due_m, recv_d, recv_m), "due_before_received", col["due"])
    good = kind == ""
    dup = good & get["id"].where(good).duplicated(keep="first")
    mark(dup, "duplicate_id", col["id"])
    good = kind == ""

    bad = {k: int((kind == k).sum()) for k in KINDS}
    first = []
    for i in np.flatnonzero((kind != "").to_numpy()):
        c = cell_cols[i][order.index(where.iloc[i])]
        first.append({"kind": kind.iloc[i], "line": int(lines[i]), "column": int(c)})

    g = good.to_numpy()
    status = get.get("status", pd.Series("", index=df.index)).map(fold)
    inel = status.isin(INELIGIBLE).to_numpy()[g]
    rd, dd = recv_d.to_numpy()[g], due_d.to_numpy()[g]
    dm, tm = due_m.to_numpy()[g], ret_m.to_numpy()[g]
    td = ret_d.to_numpy()[g]
    hr = has_ret.to_numpy()[g]
    close = np.where(inel, np.where(hr, td, rd), np.where(hr, td, np.nan))
    resolved = ~inel & hr
    early = resolved & (td < dd)
    on_day = resolved & (td == dd) & ~((dm >= 0) & (tm >= 0) & (tm > dm))
    late = resolved & ~early & ~on_day
    online = (channel.to_numpy()[g] == "online")
    units = get["unit"].to_numpy()[g]
    tiers = tier.to_numpy()[g] if "tier" in get else np.array([""] * int(g.sum()))
    keys = [(u, t if "tier" in by else "") for u, t in zip(units, tiers)]
    key_arr = pd.Series(keys).astype(str).to_numpy()

    def month_of(day):
        d = date.fromordinal(int(day) + EPOCH)
        return d.year * 12 + d.month - 1 + (1 if window_start > 1 and d.day >= window_start else 0)

    first_m = month_of(np.nanmin(rd))
    last_m = max(month_of(np.nanmax(rd)), month_of(np.nanmax(np.where(np.isnan(close), rd, close))))

    def day_of(y, m, last=False):
        """The first (or last) day of month m of year y; with a reporting window from day S > 1,
        month m runs from the S-th of the month before to the (S-1)-th of m."""
        if window_start > 1:
            if last:
                return date(y, m, window_start - 1).toordinal() - EPOCH
            y0, m0 = (y - 1, 12) if m == 1 else (y, m - 1)
            return date(y0, m0, window_start).toordinal() - EPOCH
        if last:
            y2, m2 = (y + 1, 1) if m == 12 else (y, m + 1)
            return date(y2, m2, 1).toordinal() - EPOCH - 1
        return date(y, m, 1).toordinal() - EPOCH

    periods = []
    for y in range(first_m // 12, last_m // 12 + 1):
        spans = [(f"{y}-{m:02d}", m, m) for m in range(1, 13)]
        spans += [(f"{y}-Q{q}", 3 * q - 2, 3 * q) for q in range(1, 5)]
        spans += [(f"{y}-H1", 1, 6), (f"{y}-H2", 7, 12), (f"{y}-9M", 1, 9), (f"{y}", 1, 12)]
        for name, a, b in spans:
            if y * 12 + a - 1 >= first_m and y * 12 + b - 1 <= last_m:
                periods.append((name, day_of(y, a), day_of(y, b, last=True)))

    rows = []
    groups = sorted(set(keys))
    for u, t in groups:
        sel = key_arr == str((u, t))
        r_, c_, d_ = rd[sel], close[sel], dd[sel]
        for name, s, e in periods:
            closed_before = ~np.isnan(c_) & (c_ < s)
            carried = (r_ < s) & ~closed_before
            new = (r_ >= s) & (r_ <= e)
            recv = carried | new
            if not recv.any():
                continue
            closed_in = ~np.isnan(c_) & (c_ >= s) & (c_ <= e)
            pending = (r_ <= e) & (np.isnan(c_) | (c_ > e))
            within = pending & (d_ >= e)
            cnt = {
                "dossiers_received": recv.sum(), "dossiers_carried_over": carried.sum(),
                "dossiers_online": (recv & online[sel]).sum(),
                "dossiers_resolved": (closed_in & resolved[sel]).sum(),
                "dossiers_early": (closed_in & early[sel]).sum(),
                "dossiers_on_time": (closed_in & (early[sel] | on_day[sel])).sum(),
                "dossiers_late": (closed_in & late[sel]).sum(),
                "dossiers_ineligible": (closed_in & inel[sel]).sum(),
                "dossiers_pending": pending.sum(), "dossiers_pending_overdue": (pending & ~within).sum(),
            }
            cnt = {k: int(v) for k, v in cnt.items()}
            for m, v in cnt.items():
                rows.append({"unit": u, "tier": t or None, "period": name, "metric": m, "value": v})
            rates = {
                "online_filing_rate": (cnt["dossiers_online"], cnt["dossiers_received"]),
                "on_time_rate": (cnt["dossiers_on_time"], cnt["dossiers_resolved"]),
                "on_time_rate_766": (cnt["dossiers_on_time"] + int(within.sum()),
                                     cnt["dossiers_resolved"] + cnt["dossiers_pending"]),
                "late_rate": (cnt["dossiers_late"], cnt["dossiers_resolved"]),
            }
            for m, (num, den) in rates.items():
                if den > 0:
                    rows.append({"unit": u, "tier": t or None, "period": name, "metric": m,
                                 "numerator": num, "denominator": den, "value": 100 * num / den})
    return {"records": n, "good": int(g.sum()), "bad": bad, "bad_records": first, "rows": rows}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("log")
    p.add_argument("--by", default="unit,tier")
    p.add_argument("--out", default="-")
    p.add_argument("--name", help="the log's name in the fixture (default: the path given)")
    p.add_argument("--window-start", type=int, default=1,
                   help="reporting windows from this day of the previous month (15: 15th to 14th)")
    a = p.parse_args()
    result = summarise(a.log, a.by.split(","), a.window_start)
    fixture = {
        "generated_by": "scripts/oracle/dossiers.py " + " ".join(sys.argv[1:]),
        "versions": {"python": sys.version.split()[0], "pandas": pd.__version__, "numpy": np.__version__},
        "log": a.name or a.log, "by": a.by, "window_start": a.window_start, **result,
    }
    text = json.dumps(fixture, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if a.out == "-":
        sys.stdout.write(text)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
