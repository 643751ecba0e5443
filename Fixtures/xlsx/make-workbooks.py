#!/usr/bin/env python3
"""Writes the reference workbooks of Fixtures/xlsx/, made by real writers, that
Tests/StationLintCoreTests/Spreadsheet/WorkbookReferenceTests.swift reads and compares with
openpyxl's reading (dump-cells.py).

Made once; the outputs are committed. To make them again (needs openpyxl and LibreOffice):

    pip install openpyxl; apt-get install libreoffice-calc
    python3 Fixtures/xlsx/make-workbooks.py

    python3 Fixtures/xlsx/make-workbooks.py --bench ROWS OUT.xlsx OUT.csv
        writes a ROWS-row ledger as a workbook and as CSV, for the benchmark (not committed)

Workbooks written:
  openpyxl-ledger.xlsx     openpyxl: 建档立卡 (merged title A1:F1, header, IDs as text and as a
                           number, dates in format 14, yyyy/m/d, yyyy"年"m"月"d"日", a datetime,
                           booleans, an error, decimals) and 走访慰问 (empty cells mid-row)
  libreoffice-ledger.xlsx  the same converted by LibreOffice, plus formulas with cached values
  date1904.xlsx            openpyxl, 1904 date system
  stored.xlsx              openpyxl-ledger.xlsx re-zipped with every entry stored (method 0)
  data-descriptors.xlsx    re-zipped by Python's zipfile to a stream: every entry has a data
                           descriptor (flag bit 3) and zero sizes in its local header
  handmade.xlsx            parts written by hand as some writers do: inline strings, t="str"
                           formula results, rows and cells without r, rich text with phonetic
                           runs, an x: prefix on the main namespace, CDATA and entities
"""
import datetime
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def ledger(wb, with_formulas):
    ws = wb.active
    ws.title = "建档立卡"
    ws["A1"] = "东沟村退役军人建档立卡台账"
    ws.merge_cells("A1:F1")
    ws.append(["姓名", "公民身份号码", "入伍时间", "退役时间", "登记日期", "是否困难", "备注"])
    rows = [
        ("张建国", "140105196507121234", datetime.date(1983, 10, 1), datetime.date(1987, 12, 1), datetime.datetime(2024, 9, 10, 14, 30), True, "党员"),
        ("李卫东", "14010519700315123X", datetime.date(1988, 3, 1), datetime.date(1992, 6, 15), datetime.datetime(2024, 9, 11, 9, 0), False, None),
        ("王秀英", 140105197811204321, datetime.date(1996, 12, 1), datetime.date(2000, 12, 1), datetime.datetime(2024, 9, 12), False, "女"),
    ]
    for r in rows:
        ws.append(list(r))
    for row in range(3, 6):
        ws.cell(row, 3).number_format = "yyyy/m/d"
        ws.cell(row, 4).number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(row, 5).number_format = "yyyy-mm-dd h:mm"
    ws["C6"] = datetime.date(2001, 1, 1)
    ws["C6"].number_format = "mm-dd-yy"  # built-in 14
    ws["H2"] = "补助金额"
    ws["H3"] = 1200
    ws["H4"] = 850.5
    ws["H5"] = 0.1
    ws["I2"] = "状态"
    ws["I3"] = "#N/A"
    if with_formulas:
        ws["J2"] = "合计"
        ws["J3"] = "=H3+H4"
        ws["K3"] = '=A3&"（已核）"'
        ws["L3"] = "=1/0"
    visits = wb.create_sheet("走访慰问")
    visits.append(["日期", "姓名", "走访人", "事由", "慰问金"])
    visits.append([datetime.date(2024, 2, 8), "张建国", None, "春节慰问", 500])
    visits.append([datetime.date(2024, 7, 31), None, "刘书记", None, 300.25])
    visits.append([None, None, None, None, None])
    visits.append(["备注：本表按季度更新", None, None, None, None])
    for row in range(2, 4):
        visits.cell(row, 1).number_format = "yyyy/m/d"


def rezip(source, target, stream):
    with zipfile.ZipFile(source) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]

    class Unseekable(io.RawIOBase):
        def __init__(self, sink):
            self.sink = sink

        def writable(self):
            return True

        def write(self, b):
            self.sink.write(b)
            return len(b)

    with open(target, "wb") as f:
        out = Unseekable(f) if stream else f
        method = zipfile.ZIP_DEFLATED if stream else zipfile.ZIP_STORED
        with zipfile.ZipFile(out, "w", method) as zout:
            for name, data in items:
                zout.writestr(zipfile.ZipInfo(name, (2024, 9, 10, 0, 0, 0)), data, compress_type=method)


HANDMADE = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="走访慰问" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""",
    "xl/sharedStrings.xml": """<?xml version="1.0" encoding="UTF-8"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><x:si><x:t>姓名</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">张 </x:t></x:r><x:r><x:t>建国</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ZHANG</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si><x:si><x:t>A&amp;B &lt;村&gt; &#x4E1C;&#27807;</x:t></x:si></x:sst>""",
    "xl/styles.xml": """<?xml version="1.0" encoding="UTF-8"?>
<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"/><x:xf numFmtId="14" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>""",
    "xl/worksheets/sheet1.xml": """<?xml version="1.0" encoding="UTF-8"?>
<!-- rows and cells without r, as some writers leave them -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>日期</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>金</x:t></x:r><x:r><x:t>额</x:t></x:r></x:is></x:c></x:row>
<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>45544</x:v></x:c><x:c><x:v>1.5E3</x:v></x:c><x:c t="str"><x:f>A2&amp;"同志"</x:f><x:v>张 建国同志</x:v></x:c></x:row>
<x:row r="5"><x:c r="B5" s="2"><x:v>45545.75</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="F5" t="inlineStr"><x:is><x:t><![CDATA[<备注> & 说明]]></x:t></x:is></x:c></x:row>
<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c/><x:c t="s"/><x:c><x:f>1+1</x:f></x:c><x:c r="E6"><x:v>-0.25</x:v></x:c></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>""",
}


def handmade(target):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in HANDMADE.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 9, 10, 0, 0, 0)), text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)


def bench(rows, xlsx_path, csv_path):
    import csv
    import openpyxl
    rng = random.Random(20240910)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "建档立卡"
    header = ["序号", "姓名", "公民身份号码", "性别", "入伍时间", "退役时间", "联系电话", "住址", "备注"]
    ws.append(header)
    surnames = "王李张刘陈杨赵黄周吴"
    with open(csv_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        for n in range(1, rows + 1):
            enlist = datetime.date(1960 + rng.randrange(50), 1 + rng.randrange(12), 1 + rng.randrange(28))
            leave = enlist + datetime.timedelta(days=700 + rng.randrange(3000))
            name = rng.choice(surnames) + "".join(rng.choice("建国卫东秀英志强") for _ in range(2))
            pid = "1401%02d19%02d%02d%02d%04d" % (rng.randrange(100), rng.randrange(100), 1 + rng.randrange(12), 1 + rng.randrange(28), rng.randrange(10000))
            phone = "13%09d" % rng.randrange(10**9)
            row = [n, name, pid, rng.choice("男女"), enlist, leave, phone, "东沟村%d组" % (1 + n % 9), "" if n % 5 else "党员"]
            ws.append(row)
            ws.cell(n + 1, 5).number_format = "yyyy/m/d"
            ws.cell(n + 1, 6).number_format = "yyyy/m/d"
            out.writerow([n, name, pid, row[3], enlist.isoformat(), leave.isoformat(), phone, row[7], row[8]])
    wb.save(xlsx_path)


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--bench":
        bench(int(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    ledger(wb, with_formulas=False)
    wb.save(os.path.join(HERE, "openpyxl-ledger.xlsx"))

    with tempfile.TemporaryDirectory() as tmp:
        wb = openpyxl.Workbook()
        ledger(wb, with_formulas=True)
        source = os.path.join(tmp, "libreoffice-ledger.xlsx")
        wb.save(source)
        outdir = os.path.join(tmp, "out")
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, source], check=True,
                       stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(outdir, "libreoffice-ledger.xlsx"), os.path.join(HERE, "libreoffice-ledger.xlsx"))

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "走访慰问"
    ws.append(["日期", "事由"])
    ws.append([datetime.date(2024, 9, 10), "中秋慰问"])
    ws.append([datetime.date(1904, 1, 2), "最早"])
    ws["A2"].number_format = "yyyy/m/d"
    ws["A3"].number_format = "yyyy/m/d"
    wb.save(os.path.join(HERE, "date1904.xlsx"))

    rezip(os.path.join(HERE, "openpyxl-ledger.xlsx"), os.path.join(HERE, "stored.xlsx"), stream=False)
    rezip(os.path.join(HERE, "openpyxl-ledger.xlsx"), os.path.join(HERE, "data-descriptors.xlsx"), stream=True)
    handmade(os.path.join(HERE, "handmade.xlsx"))


if __name__ == "__main__":
    main()
