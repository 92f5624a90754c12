package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Energy, power, money and the spellings forecasters type; declared units with prefixes; how units are shown. */
class UnitSpellingsTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # value | unit in    | unit out  | value out
        1       | kWh        | J         | 3600000
        1       | Wh         | J         | 3600
        2       | MWh        | kWh       | 2000
        1       | TWh        | GWh       | 1000
        700     | W          | J/s       | 700
        1       | kW         | W         | 1000
        1       | GW*h       | MWh       | 1000
        3       | MJ         | kJ        | 3000
        2.5     | $          | dollar    | 2.5
        4       | dollars    | USD       | 4
        2       | $/h        | dollar/s  | 0.0005555555555555556
        3       | M$         | k$        | 3000
        1.5     | G$         | dollar    | 1500000000
        2       | hours      | min       | 120
        3       | hr         | s         | 10800
        1       | hrs        | minutes   | 60
        2       | days       | h         | 48
        1       | weeks      | days      | 7
        6       | months     | years     | 0.5
        1       | years      | day       | 365.25
        90      | seconds    | minute    | 1.5
        """)
    void energyPowerMoneyAndPlurals(String value, String unitIn, String unitOut, String expected) {
        Sheet sheet = TestSheets.compile("input x = " + value + " " + unitIn + "\ny = x " + unitOut + "\n");
        assertEquals(Double.parseDouble(expected), sheet.evaluate().number("y"), Math.abs(Double.parseDouble(expected)) * 1e-15);
        assertEquals(unitIn, sheet.quantity("x").unitText(), "an input is shown in the unit written on it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # declarations                            | value       | unit out | value out
        unit GPU                                  | 2 kGPU      | GPU      | 2000
        unit GPU                                  | 300 GPUs    | GPU      | 300
        unit GPU                                  | 3 kGPUs     | GPUs     | 3000
        unit GPU; unit rack = 72 GPU              | 2 krack     | GPU      | 144000
        unit GPU; unit rack = 72 GPU              | 144 GPUs    | racks    | 2
        unit PF = 1e15 FLOP/s                     | 3 kPF       | FLOP/s   | 3e18
        unit sample                               | 4 Msamples  | sample   | 4000000
        """)
    void declaredUnitsTakePrefixesAndAPlural(String declarations, String value, String unitOut, String expected) {
        Sheet sheet = TestSheets.compile(declarations.replace("; ", "\n") + "\ninput x = " + value + "\ny = x " + unitOut + "\n");
        assertEquals(Double.parseDouble(expected), sheet.evaluate().number("y"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # source                                                        | line | column | message                                   | hint
        input e = 5 FLOPs                                               | 1    | 13     | 'FLOPs' is not a unit                     | write FLOP for a count, FLOP/s for a rate
        input e = 5 FLOPS                                               | 1    | 13     | 'FLOPS' is not a unit                     | write FLOP for a count, FLOP/s for a rate
        input price = 0.1 dollar/MMBtu                                  | 1    | 26     | 'MMBtu' is not defined                    | unit MMBtu = ...
        input e = 3; x = e * 0.1 dollar/therm                           | 2    | 20     | 'therm' is not defined                    | unit therm = ...
        input e = 3; x = e * therm                                      | 2    | 9      | 'therm' is not defined                    | input therm = 1
        unit Ts                                                         | 1    | 1      | 'Ts' already means the prefix T on the unit s | pick another name
        unit kW = 1000 W                                                | 1    | 1      | 'kW' already means the prefix k on the unit W | pick another name
        unit GPU; unit GPUs                                             | 2    | 1      | the unit 'GPUs' already exists            | pick another name
        input a = 3 GB; input b = 2 s; x = a / b 1                       | 3    | 11     | 'x' is declared a plain number (1) but its formula gives GB/s | dimensions must agree
        """)
    void unitMistakesSayWhatToWrite(String source, int line, int column, String message, String hint) {
        FlopError e = TestSheets.error(source.replace("; ", "\n") + "\n");
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.problem().contains(message), e.getMessage());
        assertTrue(e.hint().contains(hint), e.getMessage());
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # formula (over gpus in GPU, power in W, e in J, t in s, ratio 2) | shown as
        power / gpus                   | W/GPU
        e / t / gpus                   | W/GPU
        power * gpus                   | GPU*W
        e / t                          | W
        power * t                      | J
        e * ratio                      | J
        gpus / t                       | GPU/s
        power / (1 MW) 1               | ''
        power / (1 MW)                 | W/MW
        power kW                       | kW
        power W/GPU*GPU                | W/GPU*GPU
        """)
    void inferredUnitsReadTheWayTheirAuthorsWriteThem(String formula, String shown) {
        Sheet sheet = TestSheets.compile("""
                unit GPU
                input gpus = 100 GPU
                input power = 700 W
                input e = 5 J
                input t = 2 s
                input ratio = 2
                x = %s
                """.formatted(formula));
        assertEquals(shown, sheet.quantity("x").unitText());
    }

    @Test
    void theUnitOneDeclaresAPlainNumberAndConvertsIntoIt() {
        Sheet sheet = TestSheets.compile("input a = 3 GB\ninput b = 500 MB\nratio = a / b 1\nloose = a / b\n");
        assertEquals(6, sheet.evaluate().number("ratio"));
        assertEquals("", sheet.quantity("ratio").unitText());
        assertEquals(0.006, sheet.evaluate().number("loose"), 1e-18);
        assertEquals("GB/MB", sheet.quantity("loose").unitText());
    }
}
