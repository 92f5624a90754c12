package org.flopsheet.engine.unparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.dsl.Decl;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.units.UnitRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unparsing gives tidy text that parses back to the same tree. */
class DslFormulaTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1 + 2 * 3               | 1 + 2*3
        (1 + 2) * 3             | (1 + 2)*3
        a - (b - c)             | a - (b - c)
        (a - b) - c             | a - b - c
        a / (b * c)             | a/(b*c)
        -a ^ 2                  | -a^2
        (-a) ^ 2                | (-a)^2
        a ^ b ^ c               | a^b^c
        (a ^ b) ^ c             | (a^b)^c
        a ^ -b                  | a^-b
        -(a + b)                | -(a + b)
        sqrt(training_flop / (3*h*k*m)) | sqrt(training_flop/(3*h*k*m))
        MAX(a, b + 1)           | MAX(a, b + 1)
        a = b                   | a == b
        (a > b) = TRUE          | (a > b) == TRUE
        4 month                 | 4 month
        (2 GB) ^ 2              | (2 GB)^2
        a + (50 ms)             | a + (50 ms)
        (3 min) * a             | (3 min)*a
        3e25 * 1_000            | 3e25*1_000
        """)
    void unparsesWithMinimalParentheses(String source, String expected) {
        Expr tree = parse(source);
        assertEquals(expected, DslFormula.of(tree));
        assertEquals(DslFormula.of(tree), DslFormula.of(parse(DslFormula.of(tree))));
    }

    private static Expr parse(String formula) {
        String names = "input a = 1\ninput b = 1\ninput c = 1\ninput h = 1\ninput k = 1\ninput m = 1\ninput training_flop = 1\n";
        var decls = new Parser(SourceFile.of("t.flop", names + "x = " + formula + "\n"), UnitRegistry.builtIn()::contains).parse();
        return ((Decl.Definition) decls.get(decls.size() - 1)).expr();
    }
}
