package org.flopsheet.app.batch;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Reads a plain number from a CSV cell: digits, sign, decimal point and exponent, with surrounding
 * spaces allowed. Anything else (a unit, a word, hexadecimal, Java's 1d suffix) is not plain.
 * Parsing dominates batch runs, so it uses FastDoubleParser (through jackson-core), which gives the
 * double Double.parseDouble gives, several times faster.
 */
final class InputNumber {
    private InputNumber() {}

    /** Whether {@code cell}, trimmed, is made only of the characters a plain decimal number uses. */
    static boolean isPlain(String cell) {
        boolean digit = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-' && c != ' ') return false;
        }
        return digit;
    }

    static boolean isBlank(String cell) {
        for (int i = 0; i < cell.length(); i++) if (cell.charAt(i) != ' ') return false;
        return true;
    }

    /** The value of a plain cell; an IllegalArgumentException saying why when it is malformed (1e, 1.2.3, --1). */
    static double parsePlain(String cell) {
        double v;
        try {
            v = NumberInput.parseDouble(cell, true);
        } catch (NumberFormatException e) {
            throw notANumber(cell);
        }
        if (Double.isInfinite(v)) throw new IllegalArgumentException("'" + cell + "' is beyond the range of a double (about 1.8E+308)");
        return v;
    }

    static IllegalArgumentException notANumber(String cell) {
        return new IllegalArgumentException("'" + cell + "' is not a number");
    }
}
