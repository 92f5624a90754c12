package org.flopsheet.engine.excel;

/** An Excel formula that cannot be read into the DSL; {@code position} is the 0-based character offset. */
public class ExcelFormulaException extends RuntimeException {
    private final int position;

    public ExcelFormulaException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() { return position; }
}
