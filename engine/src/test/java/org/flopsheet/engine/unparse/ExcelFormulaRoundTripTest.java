package org.flopsheet.engine.unparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.NodeCompiler;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.excel.ExcelFormulaParser;
import org.flopsheet.engine.excel.ExcelReferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every formula of every model, written as Excel text and read back with Excel's grammar, computes
 * the very same double in every scenario: the parentheses the writer adds are the ones Excel needs.
 */
class ExcelFormulaRoundTripTest {

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "workbooks"))) {
            return files.filter(p -> p.toString().endsWith(".flop")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void excelTextReadBackWithExcelsGrammarComputesTheSameValues(Path model) throws Exception {
        Sheet sheet = Compiler.compile(model);
        ExcelReferences names = new ExcelReferences() {
            @Override public String definedName(String name) { return sheet.quantity(name) == null ? null : name; }
            @Override public String cell(String sheetName, int column, int row) { return null; }
        };
        NodeCompiler nodes = new NodeCompiler(name -> sheet.quantity(name).index());
        // text and arrays take the general path of values, as the sheet computes them
        org.flopsheet.engine.eval.TypeInference types = new org.flopsheet.engine.eval.TypeInference(name -> sheet.quantity(name).type());
        org.flopsheet.engine.eval.ValueCompiler general = new org.flopsheet.engine.eval.ValueCompiler(name -> sheet.quantity(name).index(), types);
        List<Evaluation> cases = new ArrayList<>(List.of(sheet.evaluate()));
        sheet.scenarios().forEach(s -> cases.add(sheet.evaluate(s)));
        int compared = 0;
        for (Quantity q : sheet.outputs()) {
            String text = ExcelFormula.of(q.formula());
            Expr readBack = ExcelFormulaParser.parse(text, names);
            if (!types.scalarThroughout(readBack)) {
                for (Evaluation e : cases) {
                    Value got = general.compile(readBack).eval(e.raw().clone(), e.general().clone());
                    assertEquals(e.value(q).text(), got.text(), q.name() + " = " + text);
                    compared++;
                }
                continue;
            }
            for (Evaluation e : cases) {
                double expected = e.raw()[q.index()];
                double got = nodes.compile(readBack).eval(e.raw().clone());
                assertEquals(e.value(q).text(), Value.of(got, q.type()).text(), q.name() + " = " + text);
                if (!Double.isNaN(expected)) assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(got), q.name() + " = " + text);
                compared++;
            }
        }
        assertTrue(compared > 0);
    }
}
