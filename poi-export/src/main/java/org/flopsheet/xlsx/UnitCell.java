package org.flopsheet.xlsx;

import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.SourceFile;

/**
 * The text of a Unit cell, accepted only if it is one unit expression of the DSL's grammar: the
 * import writes it into a source line, where a line break would start a new declaration and a
 * {@code #} or a quote would swallow the label after it.
 */
final class UnitCell {
    private UnitCell() {}

    /**
     * @param cell    the unit cell's address, e.g. {@code finveden!C11}
     * @param owner   what the row is, for the message: its name, or its label in quotes
     * @return the unit text, unchanged
     */
    static String checked(String text, String cell, String owner) {
        if (text.isEmpty()) return text;
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) throw refusal(cell, owner, "holds a line break");
        if (text.indexOf('#') >= 0) throw refusal(cell, owner, "holds '#'");
        if (text.indexOf('"') >= 0) throw refusal(cell, owner, "holds '\"'");
        try {
            Parser.parseUnit(SourceFile.of(cell, text), name -> true);
        } catch (FlopError e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            throw new ImportError(cell + ": '" + text + "' is not a unit (" + first.substring(first.indexOf(": ") + 2)
                    + "); write one unit such as FLOP/token, or leave the cell empty");
        }
        return text;
    }

    private static ImportError refusal(String cell, String owner, String what) {
        return new ImportError(cell + ": the unit of " + owner + " " + what + "; a unit cell holds one unit such as FLOP/token, nothing else");
    }
}
