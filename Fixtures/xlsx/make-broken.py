#!/usr/bin/env python3
"""Writes the workbook inputs of Fixtures/broken/6x-xlsx-*: damaged or refused spreadsheets as
station heads hand them over. Each folder's expected.txt says what stationlint answers. Run from
the repository root when they need to change; the outputs are committed:

    pip install openpyxl    # and: apt-get install libreoffice-calc (for cached formula values)
    python3 Fixtures/xlsx/make-broken.py                                  # all of them
    python3 Fixtures/xlsx/make-broken.py 66-xlsx-one-field-two-headers    # only those named
"""
import datetime, io, os, shutil, subprocess, sys, tempfile, zipfile
import openpyxl

ONLY = set(sys.argv[1:])


def wanted(name):
    return not ONLY or name in ONLY

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BROKEN = os.path.join(ROOT, "Fixtures", "broken")
HEADER = ["序号", "身份证号", "姓名", "类别", "退役时间", "返乡时间", "电话", "优抚对象", "年度确认时间", "重大变故", "备注"]
GOOD = [
    ["140105199001011238", "张三", "退役士兵", datetime.date(2024, 5, 20), datetime.date(2024, 6, 1), "13812345678", "否", None, None],
    ["140105198503152319", "李四", "退役士兵", datetime.date(2010, 12, 1), datetime.date(2010, 12, 20), "13912345678", "是", datetime.date(2024, 3, 15), "家庭成员重病"],
]


def registry(rows, title=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "建档立卡"
    r = 1
    if title:
        ws.cell(1, 1, "东沟村退役军人建档立卡台账")
        ws.merge_cells("A1:K1")
        r = 2
    for c, h in enumerate(HEADER, start=1):
        ws.cell(r, c, h)
    for i, row in enumerate(rows, start=1):
        ws.cell(r + i, 1, i)
        for c, v in enumerate(row, start=2):
            if v is None:
                continue
            cell = ws.cell(r + i, c, v)
            if isinstance(v, datetime.date):
                cell.number_format = "yyyy/m/d"
    return wb


def folder(name, remove=("ledgers/veterans.csv",)):
    path = os.path.join(BROKEN, name)
    shutil.rmtree(os.path.join(path, "input"), ignore_errors=True)
    os.makedirs(os.path.join(path, "input", "ledgers"), exist_ok=True)
    if remove:
        open(os.path.join(path, "remove.txt"), "w").write("\n".join(remove) + "\n")
    return os.path.join(path, "input", "ledgers")


def saved(wb):
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def libreoffice(data):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in", "veterans.xlsx")
        os.makedirs(os.path.dirname(src))
        open(src, "wb").write(data)
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return open(os.path.join(tmp, "veterans.xlsx"), "rb").read()


# 60: cells that do not read, each at its sheet and cell: an impossible date typed as text, an
# ID number stored as a number, a formula whose cached value is an error (LibreOffice computes it).
if wanted("60-xlsx-bad-cells"):
    wb = registry(GOOD + [["140105199203034567", "王五", "退役士兵", "2024/2/30", datetime.date(2024, 3, 1), "13812345679", "否", None, None]])
    ws = wb["建档立卡"]
    ws.cell(6, 1, 4)
    ws.cell(6, 2, 140105199203034567)
    ws.cell(6, 3, "赵六")
    ws.cell(6, 4, "退役士兵")
    ws.cell(6, 5, "=1/0")
    ws.cell(6, 6, datetime.date(2024, 3, 1)).number_format = "yyyy/m/d"
    open(os.path.join(folder("60-xlsx-bad-cells"), "veterans.xlsx"), "wb").write(libreoffice(saved(wb)))

# 61: an Excel 97-2003 workbook (an OLE compound document), named for the registry.
ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
if wanted("61-xlsx-old-xls"):
    open(os.path.join(folder("61-xlsx-old-xls"), "veterans.xls"), "wb").write(ole)

# 62: a password-protected .xlsx: Excel and WPS write it as an OLE container, not a ZIP.
if wanted("62-xlsx-password"):
    open(os.path.join(folder("62-xlsx-password"), "veterans.xlsx"), "wb").write(ole)

# 63: a workbook cut short (a copy that did not finish).
if wanted("63-xlsx-truncated"):
    data = saved(registry(GOOD))
    open(os.path.join(folder("63-xlsx-truncated"), "veterans.xlsx"), "wb").write(data[: len(data) // 2])

# 64: a ZIP bomb: a sheet part that inflates to 64 MB of spaces from a few kB.
if wanted("64-xlsx-zip-bomb"):
    good = zipfile.ZipFile(io.BytesIO(saved(registry(GOOD))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in good.infolist():
            body = good.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"<sheetData>", b"<sheetData>" + b" " * (64 * 1024 * 1024), 1)
            z.writestr(info.filename, body, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    open(os.path.join(folder("64-xlsx-zip-bomb"), "veterans.xlsx"), "wb").write(out.getvalue())

# 65: one workbook for all ledgers whose sheets keep their default names.
if wanted("65-xlsx-no-ledger-sheet"):
    wb = registry(GOOD)
    wb["建档立卡"].title = "Sheet1"
    open(os.path.join(folder("65-xlsx-no-ledger-sheet"), "台账.xlsx"), "wb").write(saved(wb))

# 66: the registry under a title whose header names one field twice (姓名 and name), read as the
# sheet is scanned: the error names the sheet and the later header cell, as 53 does for CSV.
if wanted("66-xlsx-one-field-two-headers"):
    wb = registry(GOOD)
    wb["建档立卡"].cell(2, len(HEADER) + 1, "name")
    open(os.path.join(folder("66-xlsx-one-field-two-headers"), "veterans.xlsx"), "wb").write(saved(wb))
