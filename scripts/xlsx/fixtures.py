"""Writes the Excel fixtures of Tests/PanelTests/Fixtures/xlsx/ with three writers.

    python3 -m venv .venv-xlsx && .venv-xlsx/bin/pip install -r scripts/xlsx/requirements.txt
    .venv-xlsx/bin/python scripts/xlsx/fixtures.py

Each writer makes `analyst-<writer>.xlsx`, one workbook as an analyst receives it, with the
hard cases of issue 16:

- sheet "Xếp hạng PAR": a title block (a merged title, a unit line, an empty row), then a
  two-row header whose "Năm 2023" and "Năm 2024" are merged over "Điểm | Hạng" and whose STT
  and "Tỉnh, thành phố" are merged down; an STT column; scores stored as numbers and as text
  ("86,45"); ranks; a formula with its cached value (xlsxwriter, LibreOffice); a total row
  (Bình quân); a note column (Ghi chú); styled empty cells to the right and below;
- sheet "Dữ liệu" (tidy): periods as date serials formatted mm/yyyy and dd/mm/yyyy and as
  text; a percent-formatted rate (0.9917 shown 99.17 %); text-stored numbers ("99,17%");
  shared and inline / rich-text strings;
- sheet "Ẩn": hidden, a tidy table that must be skipped unless named.

`analyst.ods` and `analyst.xls` are the same workbook saved by LibreOffice as OpenDocument and
as Excel 97–2003 (BIFF8): formats parlens refuses with a hint. `analyst.csv` and `analyst-tidy.csv` are the same two tables as CSV (semicolons, decimal
commas, as Vietnamese Excel saves them, without the title block): the differential test reads
both and expects the same observations. `date1904-<writer>.xlsx` holds a date in the 1904
system. The LibreOffice fixture is openpyxl's workbook (with formulas) opened and saved again by
`soffice --headless --convert-to xlsx`: every part is rewritten by LibreOffice, which also
computes the cached values. It is skipped with a note when soffice is not installed.
"""

import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import PatternFill

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "PanelTests", "Fixtures", "xlsx")

TITLE = "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP TỈNH"
# STT, unit, 2023 score, 2023 rank, 2024 score, 2024 rank, note. A score is a float (stored as a
# number) or a str (stored as text, as typed by hand with a decimal comma).
WIDE = [
    (1, "Hà Nội", 86.45, 6, 88.1, 3, ""),
    (2, "Đà Nẵng", "91,02", 1, 90.57, 1, "Dẫn đầu"),
    (3, "Bà Rịa - Vũng Tàu", 79.5, 30, "80,25", 27, ""),
    (4, "Thừa Thiên Huế", 84.0, 12, None, None, "Chưa có số liệu 2024"),
]
TOTAL = ("", "Bình quân", 85.24, None, 86.31, None, "")
# The formula cell: row 1's 2024 score written as =87+1.1 (cached 88.1).
TIDY_HEADER = ["Đơn vị", "Kỳ", "Chỉ số", "Giá trị"]


def tidy_rows():
    """(unit, period, kind of period cell, metric, value, kind of value cell)."""
    return [
        ("Hà Nội", datetime.date(2023, 6, 1), "month", "online_filing_rate", 0.9917, "percent"),
        ("Đà Nẵng", datetime.date(2023, 6, 1), "month", "online_filing_rate", "99,17%", "text"),
        ("Hà Nội", "6 tháng đầu năm 2023", "text", "sipas", 82.5, "number"),
        ("Đà Nẵng", datetime.date(2023, 11, 27), "day", "sipas", "7.554", "text"),
        ("Bà Rịa - Vũng Tàu", "Năm 2022", "text", "par_index", 79.5, "number"),
    ]


def expected_csv():
    """The tables as CSV, as Vietnamese Excel saves them (semicolons, decimal commas)."""
    def comma(x):
        if x is None:
            return ""
        if isinstance(x, str):
            return x
        text = repr(float(x)).rstrip("0").rstrip(".") if isinstance(x, float) else str(x)
        return text.replace(".", ",")

    with open(os.path.join(OUT, "analyst.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["STT", "Tỉnh, thành phố", "Năm 2023", "", "Năm 2024", "", "Ghi chú"])
        w.writerow(["", "", "Điểm", "Hạng", "Điểm", "Hạng", ""])
        for row in WIDE + [TOTAL]:
            w.writerow([comma(c) if c != "" else "" for c in row])
    with open(os.path.join(OUT, "analyst-tidy.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(TIDY_HEADER)
        for unit, period, pkind, metric, value, vkind in tidy_rows():
            if pkind == "month":
                p = period.strftime("%m/%Y")
            elif pkind == "day":
                p = period.strftime("%d/%m/%Y")
            else:
                p = period
            if vkind == "percent":
                v = "99,17"
            else:
                v = comma(value)
            w.writerow([unit, p, metric, v])


def write_openpyxl(path, formulas):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Xếp hạng PAR"
    ws["A1"] = TITLE
    ws.merge_cells("A1:G1")
    ws["A2"] = "Đơn vị tính: điểm"
    ws.append([])
    ws.append(["STT", "Tỉnh, thành phố", "Năm 2023", None, "Năm 2024", None, "Ghi chú"])
    ws.append([None, None, "Điểm", "Hạng", "Điểm", "Hạng", None])
    for r in ("A4:A5", "B4:B5", "C4:D4", "E4:F4", "G4:G5"):
        ws.merge_cells(r)
    for i, row in enumerate(WIDE + [TOTAL]):
        values = [None if c in ("", None) else c for c in row]
        if formulas and i == 0:
            values[4] = "=87+1.1"
        ws.append(values)
    # Styled empty cells right of and below the table: trailing empty columns and rows.
    grey = PatternFill("solid", fgColor="DDDDDD")
    ws["J3"].fill = grey
    ws["H12"].fill = grey
    ws["A14"].fill = grey

    tidy = wb.create_sheet("Dữ liệu")
    tidy.append(TIDY_HEADER)
    for unit, period, pkind, metric, value, vkind in tidy_rows():
        tidy.append([unit, period, metric, value])
        r = tidy.max_row
        if pkind == "month":
            tidy.cell(r, 2).number_format = "mm/yyyy"
        elif pkind == "day":
            tidy.cell(r, 2).number_format = "dd/mm/yyyy"
        if vkind == "percent":
            tidy.cell(r, 4).number_format = "0.00%"
    # A rich-text unit name: openpyxl writes it as an inline string with runs.
    tidy["A2"] = CellRichText([TextBlock(InlineFont(b=True), "Hà"), " Nội"])

    hidden = wb.create_sheet("Ẩn")
    hidden.append(["unit", "period", "metric", "value"])
    hidden.append(["Hà Nội", "2022", "par_index", 1.5])
    hidden.sheet_state = "hidden"
    wb.save(path)


def write_xlsxwriter(path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Xếp hạng PAR")
    ws.merge_range("A1:G1", TITLE)
    ws.write("A2", "Đơn vị tính: điểm")
    ws.merge_range("A4:A5", "STT")
    ws.merge_range("B4:B5", "Tỉnh, thành phố")
    ws.merge_range("C4:D4", "Năm 2023")
    ws.merge_range("E4:F4", "Năm 2024")
    ws.merge_range("G4:G5", "Ghi chú")
    ws.write_row("C5", ["Điểm", "Hạng", "Điểm", "Hạng"])
    for i, row in enumerate(WIDE + [TOTAL]):
        r = 5 + i
        for c, v in enumerate(row):
            if v in ("", None):
                continue
            if i == 0 and c == 4:
                ws.write_formula(r, c, "=87+1.1", None, 88.1)
            elif isinstance(v, str):
                ws.write_string(r, c, v)
            else:
                ws.write_number(r, c, v)
    grey = wb.add_format({"bg_color": "#DDDDDD"})
    ws.write_blank("J3", None, grey)
    ws.write_blank("H12", None, grey)
    ws.write_blank("A14", None, grey)

    tidy = wb.add_worksheet("Dữ liệu")
    month = wb.add_format({"num_format": "mm/yyyy"})
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    percent = wb.add_format({"num_format": "0.00%"})
    bold = wb.add_format({"bold": True})
    tidy.write_row(0, 0, TIDY_HEADER)
    for i, (unit, period, pkind, metric, value, vkind) in enumerate(tidy_rows()):
        r = i + 1
        if i == 0:
            # A rich string: shared string with runs.
            tidy.write_rich_string(r, 0, bold, "Hà", " Nội")
        else:
            tidy.write_string(r, 0, unit)
        if pkind == "month":
            tidy.write_datetime(r, 1, datetime.datetime.combine(period, datetime.time()), month)
        elif pkind == "day":
            tidy.write_datetime(r, 1, datetime.datetime.combine(period, datetime.time()), day)
        else:
            tidy.write_string(r, 1, period)
        tidy.write_string(r, 2, metric)
        if vkind == "percent":
            tidy.write_number(r, 3, value, percent)
        elif vkind == "text":
            tidy.write_string(r, 3, value)
        else:
            tidy.write_number(r, 3, value)

    hidden = wb.add_worksheet("Ẩn")
    hidden.write_row(0, 0, ["unit", "period", "metric", "value"])
    hidden.write_row(1, 0, ["Hà Nội", "2022", "par_index", 1.5])
    hidden.hide()
    wb.close()


def write_1904(path, writer):
    if writer == "openpyxl":
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        wb = openpyxl.Workbook()
        wb.epoch = CALENDAR_MAC_1904
        ws = wb.active
        ws.title = "Sheet1"
        ws.append(["unit", "period", "metric", "value"])
        ws.append(["Hà Nội", datetime.date(2023, 6, 30), "sipas", 80.5])
        ws.cell(2, 2).number_format = "dd/mm/yyyy"
        wb.save(path)
    else:
        wb = xlsxwriter.Workbook(path, {"date_1904": True})
        ws = wb.add_worksheet("Sheet1")
        ws.write_row(0, 0, ["unit", "period", "metric", "value"])
        ws.write_string(1, 0, "Hà Nội")
        ws.write_datetime(1, 1, datetime.datetime(2023, 6, 30), wb.add_format({"num_format": "dd/mm/yyyy"}))
        ws.write_string(1, 2, "sipas")
        ws.write_number(1, 3, 80.5)
        wb.close()


def write_libreoffice(path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("note: soffice not installed; the LibreOffice fixture is not written", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "source.xlsx")
        write_openpyxl(source, formulas=True)
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        subprocess.run(
            [soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile", "--convert-to",
             "xlsx:Calc MS Excel 2007 XML", "--outdir", out, source],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "source.xlsx"), path)
        # The formats parlens refuses with a hint, as LibreOffice writes them.
        for fmt, name in (("ods", "analyst.ods"), ("xls:MS Excel 97", "analyst.xls")):
            subprocess.run(
                [soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile", "--convert-to", fmt,
                 "--outdir", out, source],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(out, "source." + fmt.split(":")[0]), os.path.join(OUT, name))
    return True


def main():
    os.makedirs(OUT, exist_ok=True)
    expected_csv()
    write_openpyxl(os.path.join(OUT, "analyst-openpyxl.xlsx"), formulas=False)
    write_xlsxwriter(os.path.join(OUT, "analyst-xlsxwriter.xlsx"))
    write_libreoffice(os.path.join(OUT, "analyst-libreoffice.xlsx"))
    write_1904(os.path.join(OUT, "date1904-openpyxl.xlsx"), "openpyxl")
    write_1904(os.path.join(OUT, "date1904-xlsxwriter.xlsx"), "xlsxwriter")
    # Files that are not workbooks parlens reads: a damaged archive, and an .xls signature.
    with open(os.path.join(OUT, "analyst-openpyxl.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "damaged.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(os.path.join(OUT, "versions.txt"), "w") as f:
        f.write(f"python {sys.version.split()[0]}\nopenpyxl {openpyxl.__version__}\nxlsxwriter {xlsxwriter.__version__}\n")
        soffice = shutil.which("soffice")
        if soffice:
            v = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout.strip()
            f.write(f"{v}\n")


if __name__ == "__main__":
    main()
