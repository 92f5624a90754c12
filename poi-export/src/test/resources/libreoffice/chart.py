"""Renders the charts of a workbook to PNG pictures the way LibreOffice draws them.

Usage: /usr/bin/python3 chart.py PROFILE_DIR BOOK.xlsx SHEET OUT.png [SHEET OUT.png ...]

Opens BOOK (recalculated on load, see recalc.py) and exports the first chart on each named sheet
through LibreOffice's graphic export filter, at the chart's size on the sheet.
"""
import os
import sys

import uno
from com.sun.star.beans import PropertyValue

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recalc import start_office_context, stop_office  # noqa: E402


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def export_chart(ctx, sheet, out):
    page = sheet.DrawPage
    for i in range(page.Count):
        shape = page.getByIndex(i)
        if shape.supportsService("com.sun.star.drawing.OLE2Shape"):
            exporter = ctx.ServiceManager.createInstanceWithContext("com.sun.star.drawing.GraphicExportFilter", ctx)
            exporter.setSourceDocument(shape)
            size = shape.Size
            # 1/100 mm at 150 dots per inch
            width, height = int(size.Width / 2540 * 150), int(size.Height / 2540 * 150)
            exporter.filter((prop("URL", uno.systemPathToFileUrl(os.path.abspath(out))), prop("MediaType", "image/png"),
                             prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue",
                                                        (prop("PixelWidth", width), prop("PixelHeight", height))))))
            return
    raise SystemExit("sheet %s has no chart" % sheet.Name)


def main():
    profile, book, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
    office, ctx, desktop = start_office_context(profile)
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(book)), "_blank", 0, (prop("Hidden", True),))
        doc.calculateAll()
        for name, out in zip(pairs[0::2], pairs[1::2]):
            export_chart(ctx, doc.Sheets.getByName(name), out)
        doc.close(True)
    finally:
        stop_office(office, desktop)


if __name__ == "__main__":
    main()
