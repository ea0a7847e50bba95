#!/usr/bin/env python3
"""The DuckDB peer of `parlens dossiers summarise LOG --period month` (issue 18): one
`read_csv … GROUP BY` query computing the same counts per unit × tier × month, by the definitions
of scripts/oracle/dossiers.py (bad records of every kind left out, carried-over dossiers counted
in `received`). Excel-serial dates are not read (the generated logs hold none).

    duckdb_peer.py LOG.csv [--out counts.csv] [--threads N] [--check ORACLE.json]

Writes `unit,tier,period,metric,value` rows (the counts; rates are ratios of them) sorted, so
two outputs compare with `diff`. `--check` compares with an oracle fixture's month rows.
"""

import argparse
import json
import sys
import time

import duckdb

FORMATS = "['%d/%m/%Y %H:%M', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', " \
          "'%Y-%m-%dT%H:%M:%S', '%Y-%m-%dT%H:%M', '%Y-%m-%d']"

QUERY = f"""
WITH raw AS (
  SELECT row_number() OVER () AS rn, * FROM read_csv($log, header = true, all_varchar = true, delim = ',',
    quote = '"', escape = '"')
),
cells AS (
  SELECT rn,
    coalesce(trim("Mã hồ sơ"), '') AS id, coalesce(trim("Đơn vị tiếp nhận"), '') AS unit,
    lower(strip_accents(coalesce(trim("Cấp"), ''))) AS tier_t,
    coalesce(trim("Ngày tiếp nhận"), '') AS r_t, coalesce(trim("Hạn xử lý"), '') AS d_t,
    coalesce(trim("Ngày trả kết quả"), '') AS t_t,
    lower(strip_accents(coalesce(trim("Hình thức nộp"), ''))) AS ch_t,
    replace(lower(strip_accents(coalesce(trim("Trạng thái"), ''))), 'đ', 'd') AS st
  FROM raw
),
parsed AS (
  SELECT *,
    try_strptime(r_t, {FORMATS}) AS r, try_strptime(d_t, {FORMATS}) AS d, try_strptime(t_t, {FORMATS}) AS t,
    contains(r_t, ':') AS r_timed, contains(d_t, ':') AS d_timed, contains(t_t, ':') AS t_timed,
    CASE tier_t WHEN 'cap tinh' THEN 'province' WHEN 'tinh' THEN 'province' WHEN 'province' THEN 'province'
      WHEN 'cap huyen' THEN 'district' WHEN 'huyen' THEN 'district' WHEN 'district' THEN 'district'
      WHEN 'cap xa' THEN 'commune' WHEN 'xa' THEN 'commune' WHEN 'commune' THEN 'commune' END AS tier,
    CASE ch_t WHEN 'truc tuyen' THEN 1 WHEN 'online' THEN 1
      WHEN 'truc tiep' THEN 0 WHEN 'in person' THEN 0 WHEN 'direct' THEN 0
      WHEN 'buu chinh cong ich' THEN 0 WHEN 'buu chinh' THEN 0 WHEN 'postal' THEN 0 WHEN 'post' THEN 0 END AS online,
    st IN ('khong du dieu kien', 'tam dung', 'da huy', 'huy', 'bi huy', 'tra lai', 'rut ho so', 'ineligible',
      'suspended', 'cancelled', 'canceled', 'withdrawn') AS inel
  FROM cells
),
checked AS (
  SELECT *,
    CASE
      WHEN id = '' OR unit = '' OR r_t = '' OR d_t = '' THEN 'missing_value'
      WHEN r IS NULL OR d IS NULL OR (t_t <> '' AND t IS NULL) THEN 'unreadable_date'
      WHEN tier IS NULL THEN 'unknown_tier'
      WHEN online IS NULL THEN 'unknown_channel'
      WHEN t_t <> '' AND (CASE WHEN t_timed AND r_timed THEN t < r ELSE t::DATE < r::DATE END)
        THEN 'returned_before_received'
      WHEN (CASE WHEN d_timed AND r_timed THEN d < r ELSE d::DATE < r::DATE END) THEN 'due_before_received'
    END AS bad
  FROM parsed
),
good AS (
  SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY id ORDER BY rn) AS nth FROM checked WHERE bad IS NULL
  ) WHERE nth = 1
),
rec AS (
  SELECT unit, tier, online,
    year(r) * 12 + month(r) - 1 AS rm,
    CASE WHEN inel THEN year(coalesce(t, r)) * 12 + month(coalesce(t, r)) - 1
         WHEN t_t <> '' THEN year(t) * 12 + month(t) - 1 END AS cm,
    CASE WHEN inel THEN 'ineligible' WHEN t_t = '' THEN NULL
         WHEN t::DATE < d::DATE THEN 'early'
         WHEN t::DATE = d::DATE AND NOT (d_timed AND t_timed AND t > d) THEN 'on_day' ELSE 'late' END AS outcome,
    year(d) * 12 + month(d) - 1 - CASE WHEN d::DATE = last_day(d::DATE) THEN 0 ELSE 1 END AS km
  FROM good
),
events AS (
  SELECT unit, tier, rm AS m, 1 AS new, online AS new_online, 0 AS early, 0 AS on_day, 0 AS late, 0 AS inel,
    1 AS d_open, online AS d_open_online, CASE WHEN km >= rm AND (cm IS NULL OR cm > rm) THEN 1 ELSE 0 END AS d_within
  FROM rec
  UNION ALL
  SELECT unit, tier, cm, 0, 0, (outcome = 'early')::INT, (outcome = 'on_day')::INT, (outcome = 'late')::INT,
    (outcome = 'ineligible')::INT, -1, -online, 0
  FROM rec WHERE cm IS NOT NULL
  UNION ALL
  SELECT unit, tier, least(coalesce(cm, km + 1), km + 1), 0, 0, 0, 0, 0, 0, 0, 0, -1
  FROM rec WHERE km >= rm AND (cm IS NULL OR cm > rm)
),
monthly AS (
  SELECT unit, tier, m, sum(new) AS new, sum(new_online) AS new_online, sum(early) AS early,
    sum(on_day) AS on_day, sum(late) AS late, sum(inel) AS inel, sum(d_open) AS d_open,
    sum(d_open_online) AS d_open_online, sum(d_within) AS d_within
  FROM events GROUP BY unit, tier, m
),
span AS (SELECT min(rm) AS a, greatest(max(rm), max(cm)) AS b FROM rec),
grid AS (
  SELECT g.unit, g.tier, s.m FROM (SELECT DISTINCT unit, tier FROM rec) g,
    (SELECT unnest(range(a, b + 1)) AS m FROM span) s
),
running AS (
  SELECT grid.unit, grid.tier, grid.m,
    coalesce(new, 0) AS new, coalesce(new_online, 0) AS new_online, coalesce(early, 0) AS early,
    coalesce(on_day, 0) AS on_day, coalesce(late, 0) AS late, coalesce(inel, 0) AS inel,
    sum(coalesce(d_open, 0)) OVER w AS open_end, sum(coalesce(d_open_online, 0)) OVER w AS open_online_end,
    sum(coalesce(d_within, 0)) OVER w AS within_end
  FROM grid LEFT JOIN monthly USING (unit, tier, m)
  WINDOW w AS (PARTITION BY grid.unit, grid.tier ORDER BY grid.m ROWS UNBOUNDED PRECEDING)
),
periods AS (
  SELECT *, coalesce(lag(open_end) OVER w, 0) AS carried, coalesce(lag(open_online_end) OVER w, 0) AS carried_online
  FROM running WINDOW w AS (PARTITION BY unit, tier ORDER BY m)
)
SELECT unit, tier, printf('%04d-%02d', m // 12, m % 12 + 1) AS period,
  carried + new AS received, carried AS carried_over, carried_online + new_online AS online,
  early + on_day + late AS resolved, early, early + on_day AS on_time, late, inel AS ineligible,
  open_end AS pending, open_end - within_end AS pending_overdue
FROM periods WHERE carried + new > 0
ORDER BY unit, tier, m
"""

METRICS = ["received", "carried_over", "online", "resolved", "early", "on_time", "late", "ineligible", "pending",
           "pending_overdue"]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("log")
    p.add_argument("--out", default="-")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--check", help="an oracle fixture (scripts/oracle/dossiers.py --by unit,tier) to compare with")
    a = p.parse_args()
    con = duckdb.connect()
    con.execute(f"SET threads = {a.threads}")
    start = time.perf_counter()
    rows = con.execute(QUERY, {"log": a.log}).fetchall()
    elapsed = time.perf_counter() - start
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    lines = []
    for r in rows:
        for name, v in zip(METRICS, r[3:]):
            lines.append(f"{r[0]},{r[1]},{r[2]},dossiers_{name},{int(v)}")
    lines.sort()
    out.write("unit,tier,period,metric,value\n" + "\n".join(lines) + "\n")
    if out is not sys.stdout:
        out.close()
    print(f"duckdb {duckdb.__version__}: {len(rows)} unit × tier × month rows in {elapsed:.2f} s", file=sys.stderr)
    if a.check:
        fixture = json.load(open(a.check, encoding="utf-8"))
        want = sorted(
            f"{r['unit']},{r['tier']},{r['period']},{r['metric']},{int(r['value'])}"
            for r in fixture["rows"]
            if len(r["period"]) == 7 and r["period"][4] == "-" and r["period"][5:].isdigit() and "numerator" not in r)
        if want != lines:
            print("duckdb peer and oracle differ:", file=sys.stderr)
            print("\n".join(sorted(set(want) ^ set(lines))[:20]), file=sys.stderr)
            sys.exit(1)
        print(f"duckdb peer = oracle on {len(want)} counts", file=sys.stderr)


if __name__ == "__main__":
    main()
