"""Writes the Excel benchmark's workbook: 200,000 rows × 8 columns, written by xlsxwriter.

    python Benchmarks/xlsx/make_big.py OUT.xlsx [ROWS]

A tidy table as an export of a one-door system would be: unit, level, parent, period, metric,
value, rank, source. 10,000 communes × 20 years (2005–2024) of `par_index`; values are whole
hundredths (stored as numbers), ranks whole numbers, texts in shared strings (xlsxwriter's
default). Deterministic: a 64-bit LCG, no clock.
"""

import sys

import xlsxwriter


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    wb = xlsxwriter.Workbook(out)
    ws = wb.add_worksheet("Dữ liệu")
    ws.write_row(0, 0, ["unit", "level", "parent", "period", "metric", "value", "rank", "source"])
    state = 20240601
    units = 10_000
    for i in range(rows):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        unit = i % units
        year = 2005 + (i // units) % 20
        value = (state >> 33) % 10_000 / 100
        ws.write_string(i + 1, 0, f"Xã Thử {unit + 1:05d}")
        ws.write_string(i + 1, 1, "commune")
        ws.write_string(i + 1, 2, f"Huyện {unit % 50 + 1:02d}")
        ws.write_string(i + 1, 3, str(year))
        ws.write_string(i + 1, 4, "par_index")
        ws.write_number(i + 1, 5, value)
        ws.write_number(i + 1, 6, unit + 1)
        ws.write_string(i + 1, 7, "Sở Nội vụ")
    wb.close()


if __name__ == "__main__":
    main()
