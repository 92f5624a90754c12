package org.flopsheet.xlsx;

/** An edited workbook that cannot be read back; the message names the file or cell and says why. Nothing is written. */
public class ImportError extends RuntimeException {
    public ImportError(String message) { super(message); }

    public ImportError(String message, Throwable cause) { super(message, cause); }
}
