"""A Python reader of the benchmark workbook, as a whole process: `peer.py calamine|openpyxl BOOK`.

Reads every row of the first sheet into Python values (what a script does before any analysis)
and prints the row count and the sum of the value column (column 6), to check that the readers
agree. calamine: python-calamine (Rust), `load_workbook(path).get_sheet_by_index(0).to_python()`;
openpyxl: `load_workbook(path, read_only=True)` and `iter_rows(values_only=True)`.
"""

import sys


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "calamine":
        from python_calamine import load_workbook

        rows = load_workbook(path).get_sheet_by_index(0).to_python()
    else:
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True)
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    body = rows[1:]
    total = sum(r[5] for r in body if isinstance(r[5], (int, float)))
    print(f"{len(body)} {total:.2f}")


if __name__ == "__main__":
    main()
