#!/usr/bin/env python3
"""A synthetic one-door (một cửa) dossier log: one row per dossier, as the provincial systems
export it. SYNTHETIC: no row describes a real dossier.

Deterministic: the same arguments give the same bytes (random.Random(seed), no clock, no
hashing of strings). Python 3.9+, standard library only.

    make_dossier_log.py --rows 1000 --out log.csv                # a random log
    make_dossier_log.py --rows 1000 --bad 5 --out log.csv        # + 5 bad records of each kind
    make_dossier_log.py --rows 10000000 --out build/log10m.csv   # ~870 MB, the benchmark's log
    make_dossier_log.py --dam-rong --out datasets/synthetic/dam_rong_2022_h1_dossiers.csv

Columns, with the headers real exports write:
    Mã hồ sơ, Đơn vị tiếp nhận, Cấp, Lĩnh vực, Thủ tục, Ngày tiếp nhận, Hạn xử lý,
    Ngày trả kết quả (empty while open), Hình thức nộp (Trực tuyến / Trực tiếp / Bưu chính công
    ích), Trạng thái (Đã trả kết quả, Đang xử lý, Không đủ điều kiện, Tạm dừng, Đã hủy).

The mix of date forms (as exports mix them):
    Ngày tiếp nhận   85 % dd/mm/yyyy HH:mm, 10 % dd/mm/yyyy, 5 % yyyy-mm-dd HH:mm:ss (ISO)
    Hạn xử lý        90 % dd/mm/yyyy, 10 % dd/mm/yyyy HH:mm (17:00)
    Ngày trả kết quả 85 % dd/mm/yyyy HH:mm, 10 % dd/mm/yyyy, 5 % yyyy-mm-ddTHH:mm:ss (ISO)

--bad N injects N records of each kind of bad record (in place of good ones, at random rows):
    returned before received, due before received, unknown channel, duplicate dossier id
    (an earlier row's id again), unparseable date (31/02/2022, 2022-13-01, 'hôm qua', 12/2022),
    and a missing value (an empty unit).
"""

import argparse
import random
import sys
from datetime import date, datetime, timedelta

HEADER = (
    "Mã hồ sơ,Đơn vị tiếp nhận,Cấp,Lĩnh vực,Thủ tục,Ngày tiếp nhận,Hạn xử lý,"
    "Ngày trả kết quả,Hình thức nộp,Trạng thái"
)
CHANNELS = ["Trực tuyến", "Trực tiếp", "Bưu chính công ích"]
FIELDS = [
    ("Tư pháp - Hộ tịch", ["Đăng ký khai sinh", "Đăng ký kết hôn", "Chứng thực bản sao"]),
    ("Đất đai", ["Cấp giấy chứng nhận quyền sử dụng đất", "Đăng ký biến động đất đai"]),
    ("Xây dựng", ["Cấp giấy phép xây dựng nhà ở riêng lẻ"]),
    ("Lao động - Thương binh và Xã hội", ["Trợ cấp xã hội hằng tháng"]),
    ("Đăng ký kinh doanh", ["Đăng ký hộ kinh doanh", "Thay đổi nội dung đăng ký hộ kinh doanh"]),
]
COMMUNES = [
    "Rô Men", "Liêng Srônh", "Đạ Rsal", "Phi Liêng", "Đạ K'Nàng", "Đạ M'Rông", "Đạ Long", "Đạ Tông",
]


def fmt_received(t, rng):
    r = rng.random()
    if r < 0.85:
        return t.strftime("%d/%m/%Y %H:%M")
    if r < 0.95:
        return t.strftime("%d/%m/%Y")
    return t.strftime("%Y-%m-%d %H:%M:%S")


def fmt_due(d, rng):
    if rng.random() < 0.9:
        return d.strftime("%d/%m/%Y")
    return d.strftime("%d/%m/%Y") + " 17:00"


def fmt_returned(t, rng):
    r = rng.random()
    if r < 0.85:
        return t.strftime("%d/%m/%Y %H:%M")
    if r < 0.95:
        return t.strftime("%d/%m/%Y")
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def office_hours(day, rng):
    return datetime(day.year, day.month, day.day, rng.randint(7, 16), rng.randint(0, 59))


def units(count):
    """(name, tier) pairs: a district and its communes, then more districts."""
    out = []
    d = 0
    while len(out) < count:
        district = "Đam Rông" if d == 0 else f"Huyện {d:03d}"
        out.append((f"UBND huyện {district}", "Cấp huyện"))
        for c in COMMUNES:
            if len(out) >= count:
                break
            name = c if d == 0 else f"{c} {d:03d}"
            out.append((f"UBND xã {name}", "Cấp xã"))
        d += 1
    if count > 40:
        out[0] = ("Sở Tư pháp", "Cấp tỉnh")
    return out[:count]


def quote(cell):
    return '"' + cell.replace('"', '""') + '"' if ("," in cell or '"' in cell) else cell


def random_rows(n, seed, start, months, unit_count):
    """Yields rows (lists of cells) of a random log over `months` months from `start`."""
    rng = random.Random(seed)
    us = units(unit_count)
    span = (date(start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1, 1) - start).days
    export_day = start + timedelta(days=span - 1)  # the last day the log covers
    for i in range(n):
        unit, tier = us[rng.randrange(len(us))]
        field, procedures = FIELDS[rng.randrange(len(FIELDS))]
        procedure = procedures[rng.randrange(len(procedures))]
        received = office_hours(start + timedelta(days=rng.randrange(span)), rng)
        due = received.date() + timedelta(days=rng.choice([0, 1, 3, 5, 7, 10, 15, 20, 30]))
        channel = CHANNELS[0 if rng.random() < 0.55 else (1 if rng.random() < 0.9 else 2)]
        outcome = rng.random()
        returned = ""
        if outcome < 0.03:
            status = rng.choice(["Không đủ điều kiện", "Tạm dừng", "Đã hủy"])
            if rng.random() < 0.7:
                t = office_hours(received.date() + timedelta(days=rng.randint(0, 3)), rng)
                returned = fmt_returned(max(t, received + timedelta(minutes=30)), rng)
        else:
            delay = rng.choice([-5, -3, -2, -1, -1, 0, 0, 0, 1, 2, 6]) if rng.random() < 0.9 else rng.randint(-20, 40)
            back = max(received.date(), due + timedelta(days=delay))
            if back > export_day:
                status = "Đang xử lý"
            else:
                status = "Đã trả kết quả"
                t = office_hours(back, rng)
                if t < received:
                    t = received + timedelta(minutes=rng.randint(5, 300))
                returned = fmt_returned(t, rng)
        ident = f"H{unit_code(unit)}-{received.strftime('%y%m%d')}-{i:07d}"
        yield [ident, unit, tier, field, procedure, fmt_received(received, rng), fmt_due(due, rng), returned,
               channel, status]


def unit_code(name):
    total = 0
    for ch in name:
        total = (total * 131 + ord(ch)) % 99991
    return f"{total:05d}"


BAD_KINDS = ["returned_before_received", "due_before_received", "unknown_channel", "duplicate_id",
             "unreadable_date", "missing_value"]
BAD_DATES = ["31/02/2022", "2022-13-01", "hôm qua", "12/2022", "32/01/2022 08:00", "29/02/2023"]


def inject(rows, per_kind, seed):
    """Replaces `per_kind` rows for each kind with a bad record of that kind (rows in place)."""
    rng = random.Random(seed + 1)
    n = len(rows)
    taken = set()
    for kind in BAD_KINDS:
        for _ in range(per_kind):
            i = rng.randrange(1, n)
            while i in taken:
                i = rng.randrange(1, n)
            taken.add(i)
            row = rows[i]
            received = row[5]
            day = received[:10]
            if kind == "returned_before_received":
                d = datetime.strptime(day, "%Y-%m-%d") if "-" in day else datetime.strptime(day, "%d/%m/%Y")
                row[7] = (d - timedelta(days=rng.randint(1, 9))).strftime("%d/%m/%Y %H:%M")
                row[9] = "Đã trả kết quả"
            elif kind == "due_before_received":
                d = datetime.strptime(day, "%Y-%m-%d") if "-" in day else datetime.strptime(day, "%d/%m/%Y")
                row[6] = (d - timedelta(days=rng.randint(1, 9))).strftime("%d/%m/%Y")
            elif kind == "unknown_channel":
                row[8] = rng.choice(["Fax", "Qua Zalo", "?"])
            elif kind == "duplicate_id":
                j = rng.randrange(0, i)
                while j in taken:
                    j = rng.randrange(0, i)
                row[0] = rows[j][0]
            elif kind == "unreadable_date":
                row[rng.choice([5, 6])] = rng.choice(BAD_DATES)
            elif kind == "missing_value":
                row[1] = ""


def dam_rong_rows():
    """A log that reproduces Đam Rông's first half of 2022 (Báo cáo 05-BC/BCĐ, 22/6/2022):
    7,554 received (180 carried over from December 2021 + 7,374 new), 7,088 resolved of which
    7,029 early or on time (6,102 early + 927 on the due date) and 59 late, 250 ineligible /
    suspended / cancelled, 216 still open at 30 June (200 within their deadline, 16 past it).
    The split into early and on time, the carry-over, the open split, the tiers (district and
    communes) and the channels are invented: the report states none of them.
    December 2021 also holds 1,000 dossiers resolved within the month (not part of H1)."""
    rng = random.Random(766)
    # One unit, the district: its own one-door office (district tier) and its communes' (commune
    # tier), as the report counts them together.
    us = [("Huyện Đam Rông", "Cấp huyện")] * 3 + [("Huyện Đam Rông", "Cấp xã")] * 7
    rows = []
    seq = [0]

    def row(received, due, returned, status, kind_online):
        unit, tier = us[rng.randrange(len(us))]
        field, procedures = FIELDS[rng.randrange(len(FIELDS))]
        seq[0] += 1
        ident = f"H{unit_code(unit)}-{received.strftime('%y%m%d')}-{seq[0]:05d}"
        channel = CHANNELS[0] if kind_online else CHANNELS[1 + (rng.random() < 0.05)]
        rows.append([ident, unit, tier, field, procedures[rng.randrange(len(procedures))],
                     fmt_received(received, rng), fmt_due(due, rng),
                     fmt_returned(returned, rng) if returned else "", channel, status])

    def day_in(a, b):
        return a + timedelta(days=rng.randrange((b - a).days + 1))

    dec = (date(2021, 12, 1), date(2021, 12, 31))
    h1 = (date(2022, 1, 1), date(2022, 6, 30))
    # December 2021, resolved within December: outside H1.
    for _ in range(1000):
        r = day_in(dec[0], date(2021, 12, 20))
        due = r + timedelta(days=rng.choice([3, 5, 7]))
        back = max(due - timedelta(days=rng.randint(0, 2)), r)
        returned = office_hours(back, rng) if back > r else datetime(r.year, r.month, r.day, 17, 30)
        row(office_hours(r, rng), due, returned, "Đã trả kết quả", rng.random() < 0.4)
    # What H1 holds: the outcome of each of the 7,554 dossiers.
    outcomes = (["early"] * 6102 + ["on_time"] * 927 + ["late"] * 59 + ["ineligible"] * 250
                + ["open_within"] * 200 + ["open_past"] * 16)
    rng.shuffle(outcomes)
    carried = set(rng.sample([k for k, o in enumerate(outcomes) if not o.startswith("open")], 180))
    for k, outcome in enumerate(outcomes):
        if k in carried:
            r = day_in(date(2021, 12, 10), dec[1])
        elif outcome.startswith("open"):
            r = day_in(date(2022, 6, 1), date(2022, 6, 29))
        else:
            r = day_in(h1[0], date(2022, 6, 20))
        online = rng.random() < 0.3
        if outcome == "early":
            due = max(r + timedelta(days=rng.choice([5, 7, 10, 15])), date(2022, 1, 3))
            back = day_in(max(r, h1[0]), min(due - timedelta(days=1), h1[1]))
            row(office_hours(r, rng), due, datetime(back.year, back.month, back.day, 18, 0) if back == r
                else office_hours(back, rng), "Đã trả kết quả", online)
        elif outcome == "on_time":
            due = max(r + timedelta(days=rng.choice([3, 5, 7])), date(2022, 1, 3))
            row(office_hours(r, rng), due, datetime(due.year, due.month, due.day, 16, 45), "Đã trả kết quả", online)
        elif outcome == "late":
            due = max(r + timedelta(days=rng.choice([3, 5])), date(2022, 1, 3))
            back = min(due + timedelta(days=rng.randint(1, 6)), h1[1])
            row(office_hours(r, rng), due, office_hours(back, rng), "Đã trả kết quả", online)
        elif outcome == "ineligible":
            due = r + timedelta(days=7)
            back = max(r + timedelta(days=rng.randint(1, 3)), h1[0])
            row(office_hours(r, rng), due, office_hours(back, rng), rng.choice(["Không đủ điều kiện", "Tạm dừng",
                                                                            "Đã hủy"]), online)
        elif outcome == "open_within":
            due = date(2022, 6, 30) + timedelta(days=rng.randint(0, 15))
            row(office_hours(r, rng), due, None, "Đang xử lý", online)
        else:  # open past due
            due = r  # due the day it came, still open at 30 June
            row(office_hours(r, rng), due, None, "Đang xử lý", online)
    rows.sort(key=lambda x: (x[5][6:10] + x[5][3:5] + x[5][0:2]) if "/" in x[5][:10] else x[5][:10].replace("-", ""))
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=int, default=1000)
    p.add_argument("--seed", type=int, default=18)
    p.add_argument("--start", default="2022-01-01", help="the first day of the log (yyyy-mm-dd)")
    p.add_argument("--months", type=int, default=12)
    p.add_argument("--units", type=int, default=0, help="default: 9 below 100,000 rows, else 200")
    p.add_argument("--bad", type=int, default=0, help="bad records of each kind to inject")
    p.add_argument("--dam-rong", action="store_true", help="the log that reproduces the Đam Rông seed figures")
    p.add_argument("--out", default="-")
    a = p.parse_args()
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8", newline="")
    out.write(HEADER + "\n")
    if a.dam_rong:
        for r in dam_rong_rows():
            out.write(",".join(quote(c) for c in r) + "\n")
    else:
        start = datetime.strptime(a.start, "%Y-%m-%d").date()
        unit_count = a.units or (9 if a.rows < 100_000 else 200)
        rows_iter = random_rows(a.rows, a.seed, start, a.months, unit_count)
        if a.bad:
            rows = list(rows_iter)
            inject(rows, a.bad, a.seed)
            rows_iter = iter(rows)
        buf = []
        for r in rows_iter:
            buf.append(",".join(quote(c) for c in r))
            if len(buf) >= 100_000:
                out.write("\n".join(buf) + "\n")
                buf = []
        if buf:
            out.write("\n".join(buf) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
