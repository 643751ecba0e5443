#!/usr/bin/env python3
"""Writes the bundled village and township stations again with their ledgers in one workbook,
台账/台账.xlsx, a sheet per ledger, as a station head keeps them in Excel or WPS: a merged title
row, a 更新日期 line, the header in Chinese with 序号 and 备注 columns, dates as date cells
(yyyy/m/d and yyyy"年"m"月"d"日"), ID numbers as text, and one sheet that is no ledger. The
township is also written as township-csv/: its ledgers as Excel saves CSV on Chinese Windows.

The village workbook is written by openpyxl; the township one by openpyxl and then saved again
by LibreOffice (soffice --headless --convert-to xlsx), so that both writers are proved. Run once
from the repository root when the YAML stations change; its outputs are committed:

    pip install openpyxl pyyaml   # and: apt-get install libreoffice-calc
    python3 Fixtures/xlsx/make-stations.py

stationlint never uses this script or these programs: it reads the workbooks itself.
"""
import csv, datetime, os, shutil, subprocess, sys, tempfile
import yaml
import openpyxl
from openpyxl.styles import Alignment, Font

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STATIONS = os.path.join(ROOT, "Fixtures", "stations")
SCHEMA = yaml.load(open(os.path.join(ROOT, "Rules", "DB14-T-2024", "schema.yaml"), encoding="utf-8"), Loader=yaml.BaseLoader)
SPECS = {}
for spec in SCHEMA["ledgers"]:
    SPECS[spec["key"]] = spec
    SPECS[spec["zh"]] = spec


def read_csv(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    rows = list(csv.reader(text.splitlines()))
    return None, [dict(zip(rows[0], r)) for r in rows[1:] if any(r)]


def read_yaml(path):
    doc = yaml.load(open(path, encoding="utf-8"), Loader=yaml.BaseLoader)
    updated = doc.get("updated") or doc.get("更新日期")
    records = doc.get("records", doc.get("记录")) or []
    return updated, records


def ledgers(src):
    """Each ledger of a station folder: its kind's spec, its updated date (or None), its records."""
    folder = next(f for f in ("ledgers", "台账") if os.path.isdir(os.path.join(src, f)))
    for name in sorted(os.listdir(os.path.join(src, folder))):
        stem, ext = os.path.splitext(name)
        path = os.path.join(src, folder, name)
        yield (SPECS[stem],) + (read_csv(path) if ext == ".csv" else read_yaml(path))


def value_of(field, text):
    """The cell value and number format for a field's text, as a person would type it in Excel."""
    kind = field["type"]
    if text is None or text == "":
        return None, None
    if isinstance(text, list):
        return "、".join(text), "@"
    if kind == "date":
        d = datetime.date.fromisoformat(text)
        return d, 'yyyy"年"m"月"d"日"' if d.day % 2 else "yyyy/m/d"
    if kind == "integer":
        return int(text), "0"
    if kind == "boolean":
        return {"true": "是", "false": "否"}.get(text, text), "@"
    return text, "@"


def write_workbook(src, title, out):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for spec, updated, records in ledgers(src):
        fields = spec["fields"]
        ws = wb.create_sheet(spec["zh"])
        width = len(fields) + 2
        ws.cell(1, 1, f"{title}退役军人{spec['zh']}台账").font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        header_row = 2
        if updated:
            d = datetime.date.fromisoformat(updated)
            ws.cell(2, 1, f"更新日期：{d.year}年{d.month}月{d.day}日")
            header_row = 3
        for c, heading in enumerate(["序号"] + [f["zh"] for f in fields] + ["备注"], start=1):
            ws.cell(header_row, c, heading).font = Font(bold=True)
        for i, record in enumerate(records, start=1):
            row = header_row + i
            ws.cell(row, 1, i)
            for c, field in enumerate(fields, start=2):
                text = record.get(field["key"], record.get(field["zh"]))
                value, fmt = value_of(field, text)
                if value is None:
                    continue
                cell = ws.cell(row, c, value)
                cell.number_format = fmt
    summary = wb.create_sheet("统计")
    summary.cell(1, 1, "本表为汇总说明，不是台账")
    wb.save(out)


def convert_with_libreoffice(path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install libreoffice-calc")
    with tempfile.TemporaryDirectory() as tmp:
        staged = os.path.join(tmp, "in", "台账.xlsx")
        os.makedirs(os.path.dirname(staged))
        shutil.copy(path, staged)
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, staged],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "台账.xlsx"), path)


def copy_station(source, target):
    """The station folder without its ledgers; returns the source and the new folder."""
    src = os.path.join(STATIONS, source)
    dst = os.path.join(STATIONS, target)
    shutil.rmtree(dst, ignore_errors=True)
    os.makedirs(os.path.join(dst, "台账"))
    for name in os.listdir(src):
        if name in ("ledgers", "台账"):
            continue
        s = os.path.join(src, name)
        (shutil.copytree if os.path.isdir(s) else shutil.copy)(s, os.path.join(dst, name))
    return src, dst


def make(source, target, title, libreoffice):
    src, dst = copy_station(source, target)
    out = os.path.join(dst, "台账", "台账.xlsx")
    write_workbook(src, title, out)
    if libreoffice:
        convert_with_libreoffice(out)


def write_excel_csv(src, title, out_folder):
    """Each ledger as Excel saves "CSV (逗号分隔)" on Chinese Windows: GB18030, CRLF, a title row,
    序号 and 备注 columns, dates as yyyy/m/d without leading zeros, booleans as 是/否."""
    for spec, updated, records in ledgers(src):
        fields = spec["fields"]
        width = len(fields) + 2
        rows = [[f"{title}退役军人{spec['zh']}台账"] + [""] * (width - 1)]
        if updated:
            d = datetime.date.fromisoformat(updated)
            rows.append([f"更新日期：{d.year}年{d.month}月{d.day}日"] + [""] * (width - 1))
        rows.append(["序号"] + [f["zh"] for f in fields] + ["备注"])
        for i, record in enumerate(records, start=1):
            row = [str(i)]
            for field in fields:
                value, _ = value_of(field, record.get(field["key"], record.get(field["zh"])))
                if isinstance(value, datetime.date):
                    value = f"{value.year}/{value.month}/{value.day}"
                row.append("" if value is None else str(value))
            rows.append(row + [""])
        with open(os.path.join(out_folder, spec["zh"] + ".csv"), "w", encoding="gb18030", newline="") as f:
            csv.writer(f, lineterminator="\r\n").writerows(rows)


def make_csv(source, target, title):
    src, dst = copy_station(source, target)
    write_excel_csv(src, title, os.path.join(dst, "台账"))


make("village", "village-xlsx", "东沟村", libreoffice=False)
make_csv("township", "township-csv", "城关镇")
make("township", "township-xlsx", "城关镇", libreoffice=True)
