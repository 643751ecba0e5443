#!/usr/bin/env python3
"""Prints, as JSON, every non-empty cell of every sheet of an .xlsx as openpyxl reads it
(load_workbook(data_only=True): formulas by their cached values), for
WorkbookReferenceTests.swift to compare stationlint's reading with.

    python3 Fixtures/xlsx/dump-cells.py FILE.xlsx

{"epoch1904": bool, "sheets": [{"name": ..., "cells": [{"ref": "C7", "type": "text|number|date|
boolean|error", "value": ...}]}]}: numbers as repr, dates as ISO dates (time of day dropped).
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def main():
    wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if v is None or v == "":
                    continue
                if cell.data_type == "e":
                    kind, value = "error", str(v)
                elif isinstance(v, bool):
                    kind, value = "boolean", v
                elif isinstance(v, datetime.datetime):
                    kind, value = "date", v.date().isoformat()
                elif isinstance(v, datetime.date):
                    kind, value = "date", v.isoformat()
                elif isinstance(v, datetime.time):
                    kind, value = "time", v.isoformat()
                elif isinstance(v, datetime.timedelta):
                    kind, value = "time", str(v)
                elif isinstance(v, (int, float)):
                    kind, value = "number", repr(v)
                else:
                    kind, value = "text", str(v)
                cells.append({"ref": cell.coordinate, "type": kind, "value": value})
        sheets.append({"name": ws.title, "cells": cells})
    print(json.dumps({"epoch1904": wb.epoch == CALENDAR_MAC_1904, "sheets": sheets}, ensure_ascii=False))


if __name__ == "__main__":
    main()
