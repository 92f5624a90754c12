"""Opens workbooks in LibreOffice through UNO and dumps every value cell with full double precision.

Usage: /usr/bin/python3 recalc.py PROFILE_DIR OUT.json BOOK.xlsx...

Starts one headless soffice with a private profile in PROFILE_DIR that recalculates xlsx files on
load (LibreOffice keeps their cached values by default), opens every book, and writes for each one
the values right after loading ("on_load") and after calculateAll() ("after_calculate_all"):
{book: {stage: {sheet: {"B7": number | {"error": "#NUM!"}}}}}. Numbers go through json, which writes
Python floats with repr, so every double survives exactly (file exports of LibreOffice keep 15 digits).
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

# LibreOffice's error codes and the Excel errors they are written as.
ERRORS = {532: "#DIV/0!", 502: "#NUM!", 503: "#NUM!", 523: "#NUM!", 519: "#VALUE!", 504: "#VALUE!",
          524: "#REF!", 525: "#NAME?", 32767: "#N/A"}


def start_office(profile):
    office, ctx, desktop = start_office_context(profile)
    return office, desktop


def start_office_context(profile):
    """Like start_office, and also returns soffice's component context (for services such as filters)."""
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(RECALC_ALWAYS)
    pipe = "flopsheet_recalc_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
         "-env:UserInstallation=file://" + os.path.abspath(profile), "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    deadline = time.time() + 120
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if office.poll() is not None or time.time() > deadline:
                raise SystemExit("soffice did not start (exit status %s)" % office.poll())
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return office, ctx, desktop


def stop_office(office, desktop):
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()


def dump(doc):
    sheets = {}
    for sheet in doc.Sheets:
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        cells = {}
        for row in range(end.EndRow + 1):
            for col in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(col, row)
                kind = cell.Type.value if hasattr(cell.Type, "value") else cell.Type
                if kind not in ("VALUE", "FORMULA", "TEXT"):
                    continue
                address = cell.AbsoluteName.split(".")[-1].replace("$", "")
                error = cell.getError()
                if error:
                    cells[address] = {"error": ERRORS.get(error, "Err:%d" % error)}
                elif kind == "TEXT":
                    cells[address] = {"text": cell.getString()}
                elif kind == "VALUE" or cell.FormulaResultType2 == 1:
                    cells[address] = cell.getValue()
                elif cell.FormulaResultType2 == 2:
                    cells[address] = {"text": cell.getString()}
        sheets[sheet.Name] = cells
    return sheets


def main():
    profile, out, books = sys.argv[1], sys.argv[2], sys.argv[3:]
    office, desktop = start_office(profile)
    results = {}
    try:
        for book in books:
            hidden = PropertyValue()
            hidden.Name, hidden.Value = "Hidden", True
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(book)), "_blank", 0, (hidden,))
            if doc is None:
                raise SystemExit("LibreOffice could not open " + book)
            on_load = dump(doc)
            doc.calculateAll()
            results[book] = {"on_load": on_load, "after_calculate_all": dump(doc)}
            doc.close(True)
    finally:
        stop_office(office, desktop)
    with open(out, "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
