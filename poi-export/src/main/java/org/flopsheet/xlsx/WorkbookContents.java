package org.flopsheet.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The worksheets of a workbook being imported, in tab order, and its defined names. */
final class WorkbookContents {
    /** A defined name as the file holds it; {@code sheetIndex} is -1 for a workbook-scope name. */
    record DefinedName(String name, int sheetIndex, String refersTo) {}

    private final List<Worksheet> sheets;
    private final List<DefinedName> names;
    private final Map<String, Worksheet> byName = new HashMap<>();

    WorkbookContents(List<Worksheet> sheets, List<DefinedName> names) {
        this.sheets = List.copyOf(sheets);
        this.names = List.copyOf(names);
        for (Worksheet s : sheets) byName.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s);
    }

    List<Worksheet> sheets() { return sheets; }

    List<DefinedName> names() { return names; }

    /** The worksheet called {@code name} (Excel compares sheet names ignoring case), or null. */
    Worksheet sheet(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }
}
