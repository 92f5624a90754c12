package org.flopsheet.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.flopsheet.engine.units.Reading;
import org.flopsheet.engine.units.Unit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;

/**
 * The cell styles of an exported workbook, after the usual modelling convention: inputs in blue on a
 * light fill (the only cells to touch), formulas in black, links to another sheet in green.
 */
final class Styles {
    /** What a value cell holds, which decides its colours. */
    enum Kind { INPUT, FORMULA, LINK, ENGINE_VALUE }

    private static final XSSFColor BLUE = rgb(0x00, 0x00, 0xFF);
    private static final XSSFColor GREEN = rgb(0x00, 0x80, 0x00);
    private static final XSSFColor INPUT_FILL = rgb(0xFF, 0xF2, 0xCC);
    private static final XSSFColor HEADER_FILL = rgb(0xD9, 0xE1, 0xF2);
    private static final XSSFColor BORDER = rgb(0xBF, 0xBF, 0xBF);
    private static final XSSFColor GREY = rgb(0x59, 0x59, 0x59);

    final XSSFCellStyle title, note, header, label, oneLine, text, noteText;
    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> valueStyles = new HashMap<>();

    Styles(XSSFWorkbook wb) {
        this.wb = wb;
        title = wb.createCellStyle();
        title.setFont(font(wb, 14, true, false, null));
        note = wb.createCellStyle();
        note.setFont(font(wb, 10, false, true, GREY));
        header = wb.createCellStyle();
        header.setFont(font(wb, 11, true, false, null));
        header.setFillForegroundColor(HEADER_FILL);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setAlignment(HorizontalAlignment.LEFT);
        header.setIndention((short) 1);
        label = wrapped(wb, null);
        text = wrapped(wb, null);
        text.setAlignment(HorizontalAlignment.LEFT);
        text.setIndention((short) 1);
        oneLine = wb.createCellStyle();
        oneLine.setVerticalAlignment(VerticalAlignment.TOP);
        noteText = wrapped(wb, GREY);
    }

    /**
     * The style of a value cell of this kind showing {@code shown}; a quantity in % holds the fraction
     * and is shown as a percentage (0.6 as 60%), so that a person typing 65% into it means 65 %.
     */
    XSSFCellStyle value(Kind kind, double shown, Unit unit) {
        String readable = Reading.of(unit, shown).excelFormat();
        String format = unit.isPercent() ? percentFormat(unit.shown(shown)) : readable != null ? readable : numberFormat(shown);
        return valueStyles.computeIfAbsent(kind + " " + format,
                key -> value(wb, kind, wb.createDataFormat().getFormat(format)));
    }

    /**
     * Scientific with three digits for large and small magnitudes (3.00E+25), whole numbers as they are,
     * others with four significant digits and no trailing zeros (25.71, 0.3939, 1.5).
     */
    static String numberFormat(double v) {
        double a = Math.abs(v);
        if (a == 0 || Double.isNaN(a) || Double.isInfinite(a)) return "General";
        if (a >= 1e5 || a < 1e-3) return "0.00E+00";
        if (v == Math.rint(v)) return "0";
        int decimals = Math.max(1, Math.min(6, 3 - (int) Math.floor(Math.log10(a))));
        return "0." + "#".repeat(decimals);
    }

    /** {@link #numberFormat} of the number a percentage shows, followed by %: 0%, 97.5%, 0.98%. */
    static String percentFormat(double hundredths) {
        String format = numberFormat(hundredths);
        return (format.equals("General") ? "0" : format) + "%";
    }

    private static XSSFCellStyle value(XSSFWorkbook wb, Kind kind, short format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        switch (kind) {
            case INPUT -> {
                s.setFont(font(wb, 11, false, false, BLUE));
                s.setFillForegroundColor(INPUT_FILL);
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
                for (var side : XSSFCellBorder.BorderSide.values()) s.setBorderColor(side, BORDER);
            }
            case FORMULA -> s.setFont(font(wb, 11, false, false, null));
            case LINK -> s.setFont(font(wb, 11, false, false, GREEN));
            case ENGINE_VALUE -> s.setFont(font(wb, 11, false, true, GREY));
        }
        return s;
    }

    private static XSSFCellStyle wrapped(XSSFWorkbook wb, XSSFColor colour) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (colour != null) s.setFont(font(wb, 10, false, false, colour));
        return s;
    }

    private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold, boolean italic, XSSFColor colour) {
        XSSFFont f = wb.createFont();
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        if (colour != null) f.setColor(colour);
        return f;
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }
}
