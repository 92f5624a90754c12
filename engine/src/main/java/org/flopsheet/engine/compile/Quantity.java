package org.flopsheet.engine.compile;

import java.util.List;
import org.flopsheet.engine.dsl.Decl;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.units.Unit;

/**
 * One named quantity of a compiled sheet.
 *
 * @param index     its slot in evaluation arrays, equal to its position in source order
 * @param source    the formula as written
 * @param formula   the formula as evaluated and exported: unit conversions made explicit
 * @param unit      the unit its values are in (the declared one, else the inferred one)
 * @param dependsOn indices of the quantities its formula uses
 * @param note      a longer explanation from 'note' lines below it, or null
 * @param bounds    the limits declared on an input ({@link Bounds#NONE} for formulas and unbounded inputs)
 */
public record Quantity(int index, String name, boolean input, Expr source, Expr formula, Unit unit,
                       String label, String note, ValueType type, List<Integer> dependsOn, Decl.Definition decl, Bounds bounds) {

    /** The label, or the name when there is none. */
    public String title() { return label == null || label.isEmpty() ? name : label; }

    /** The unit as written for a reader ("" when dimensionless). */
    public String unitText() { return unit.display(); }
}
