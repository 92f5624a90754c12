"""Edits workbooks in LibreOffice through UNO, as a person would in Calc, and saves them as .xlsx.

Usage: /usr/bin/python3 edit.py PROFILE_DIR JOBS.json

JOBS.json is a list of {"in": BOOK.xlsx, "out": EDITED.xlsx, "actions": [...]} ("in": "" starts from a new, empty
workbook whose one sheet is "Sheet1"); each action is one of
  {"op": "value",   "sheet": S, "cell": "B6", "value": 3e27}      type a number
  {"op": "text",    "sheet": S, "cell": "A9", "text": "..."}      type text
  {"op": "formula", "sheet": S, "cell": "B11", "formula": "=2*k*p"} type a formula (API grammar: ';' between arguments)
  {"op": "input",   "sheet": S, "cell": "B9", "text": "65%"}      type into the cell as a person does, Calc reading it
  {"op": "insert_row", "sheet": S, "row": 12}                     insert an empty row at 1-based row 12, shifting the rest down
  {"op": "delete_row", "sheet": S, "row": 16}                     delete 1-based row 16, shifting the rest up
LibreOffice moves defined names and references as Calc does when rows are inserted or deleted.
"""
import json
import os
import sys

import uno
from com.sun.star.beans import PropertyValue

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recalc import start_office, stop_office  # noqa: E402


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def apply(doc, action):
    sheet = doc.Sheets.getByName(action["sheet"])
    op = action["op"]
    if op == "insert_row":
        sheet.Rows.insertByIndex(action["row"] - 1, 1)
    elif op == "delete_row":
        sheet.Rows.removeByIndex(action["row"] - 1, 1)
    else:
        cell = sheet.getCellRangeByName(action["cell"])
        if op == "value":
            cell.setValue(action["value"])
        elif op == "text":
            cell.setString(action["text"])
        elif op == "formula":
            cell.setFormula(action["formula"])
        elif op == "input":
            # text that is not a formula goes through Calc's input interpretation, as typed into the cell
            cell.setFormula(action["text"])
        else:
            raise SystemExit("unknown action " + op)


def main():
    profile, jobs_file = sys.argv[1], sys.argv[2]
    with open(jobs_file) as f:
        jobs = json.load(f)
    office, desktop = start_office(profile)
    try:
        for job in jobs:
            url = uno.systemPathToFileUrl(os.path.abspath(job["in"])) if job["in"] else "private:factory/scalc"
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if not job["in"]:
                doc.Sheets.getByIndex(0).Name = "Sheet1"
            if doc is None:
                raise SystemExit("LibreOffice could not open " + job["in"])
            for action in job["actions"]:
                apply(doc, action)
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["out"])),
                           (prop("FilterName", "Calc MS Excel 2007 XML"),))
            doc.close(True)
    finally:
        stop_office(office, desktop)


if __name__ == "__main__":
    main()
