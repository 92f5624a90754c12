package org.flopsheet.xlsx.adopt;

import java.nio.file.Path;
import org.flopsheet.engine.adopt.SourceWorkbook;
import org.flopsheet.xlsx.StreamedSourceWorkbook;

/**
 * Reads every non-empty cell of an .xlsx (values, formulas as the file states them, shared formulas
 * expanded to each cell, the values last computed for them, number formats) and its one-cell defined
 * names, by streaming the file's XML: memory grows with the cells, not with POI's model of the file.
 */
public final class WorkbookCells {
    private WorkbookCells() {}

    public static SourceWorkbook read(Path file) {
        return StreamedSourceWorkbook.read(file);
    }
}
