"""Opens a workbook parlens wrote (`--format xlsx`) with openpyxl and checks it as a spreadsheet
user relies on it (issue 16, Writing):

- every sheet name is at most 31 characters, without [ ] : * ? / \\, unique regardless of case;
- no cell holds a formula (text is stored as strings, whatever its first character);
- every sheet but the last one (the notes) has a frozen header row whose cells are bold, and a
  fitted width for each of its columns (so not a workbook of `info`, whose facts have no header);
- every number cell under the header has a number format other than General, and percent
  formats hold fractions (|x| <= 10: 99.17 % is 0.9917).

    .venv-xlsx/bin/python scripts/xlsx/check_written.py FILE.xlsx [--dump]

Exit 0 when the workbook passes, 1 with one line per problem. `--dump` also prints the workbook
as JSON on stdout: for each sheet its name, frozen cell and rows of [type, value, number format]
(type: "n" number, "s" string), for a test to compare with the figures of `--format json`.
Tested with the versions of scripts/xlsx/requirements.txt (openpyxl 3.1.5).
"""

import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def check(path):
    book = openpyxl.load_workbook(path)
    problems = []
    names = book.sheetnames
    lowered = [n.lower() for n in names]
    for name in names:
        if len(name) > 31 or any(c in name for c in "[]:*?/\\"):
            problems.append(f"sheet name not accepted by Excel: {name!r}")
        if lowered.count(name.lower()) > 1:
            problems.append(f"sheet name repeated: {name!r}")
    dump = []
    for index, sheet in enumerate(book.worksheets):
        rows = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                if cell.data_type == "f":
                    problems.append(f"{sheet.title}!{cell.coordinate}: a formula: {cell.value!r}")
                kind = "n" if cell.data_type == "n" and cell.value is not None else "s"
                cells.append([kind if cell.value is not None else None, cell.value, cell.number_format])
            rows.append(cells)
        dump.append({"name": sheet.title, "freeze": sheet.freeze_panes, "rows": rows})
        if index == len(book.worksheets) - 1 and len(book.worksheets) > 1:
            continue  # the notes: one column of paragraphs
        if sheet.freeze_panes is None:
            problems.append(f"{sheet.title}: no frozen header row")
            continue
        header = int(sheet.freeze_panes[1:]) - 1
        header_cells = [c for c in sheet[header] if c.value is not None]
        if not header_cells:
            problems.append(f"{sheet.title}: the frozen row {header} is empty")
        for cell in header_cells:
            if not cell.font.b:
                problems.append(f"{sheet.title}!{cell.coordinate}: header not bold")
            letter = get_column_letter(cell.column)
            width = sheet.column_dimensions[letter].width
            if not width or width < len(str(cell.value)) * 0.5:
                problems.append(f"{sheet.title}: column {letter} has no fitted width ({width})")
        for row in sheet.iter_rows(min_row=header + 1):
            for cell in row:
                if cell.data_type != "n" or cell.value is None:
                    continue
                if cell.number_format == "General":
                    problems.append(f"{sheet.title}!{cell.coordinate}: a number without a format")
                if cell.number_format.endswith("%") and abs(cell.value) > 10:
                    problems.append(f"{sheet.title}!{cell.coordinate}: percent {cell.value} is not a fraction")
    return problems, dump


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    problems, dump = check(args[0])
    if "--dump" in args:
        print(json.dumps(dump, ensure_ascii=False, default=str))
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
