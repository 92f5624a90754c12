package org.flopsheet.engine.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000 prints formulas, not figures. Its formulas as written are fed to the unit checker, which must reject
 * the four whose units do not work; the sheet's corrected forms are checked against the formulas recomputed here.
 */
class TrainingDynamicsTest {
    private static final String FILE = "training-dynamics.flop";
    private static final Workbook DYNAMICS = Workbook.load(FILE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # the seed's formula, in the sheet's names                                                        | the checker says
        tau_fast_seed = 1 / nu0 s                                                                          | formula gives
        eta_max_seed = 1 / (nu0 * tau_memory) %                                                            | formula gives
        batch_opt_seed = sqrt(compute_budget / (nu0 * time_budget_s)) token                                | formula gives
        nu_min_seed = ln(loss_start / loss_target) / (params * tokens_per_batch * time_budget_s * p_success) 1/(token*s) | formula gives
        """)
    void checkerRejectsTheSeedsFormula(String seedFormula, String problem) throws IOException {
        String source = Files.readString(Workbook.path(FILE)) + "\n" + seedFormula + "\n";
        FlopError error = assertThrows(FlopError.class, () -> Compiler.compile(SourceFile.of(FILE, source)));
        assertTrue(error.problem().contains(problem), error::getMessage);
        assertEquals(source.lines().count(), error.line(), error::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Workbook.BASE, "efficiency=20 %", "efficiency=60 %", "batch=256", "batch=1024"})
    void sheetFollowsTheSeedsFormulas(String scenario) {
        double d = value(scenario, "params", "param");
        double tokensPerStep = value(scenario, "tokens_per_batch", "token");
        double achievedRate = value(scenario, "efficiency", "") * value(scenario, "peak_rate", "FLOP/s");
        double stepTime = 6 * d * tokensPerStep / achievedRate;
        double omega = 1 / stepTime;
        double p = Math.exp(-0.01 / 0.005);
        double drop = 10.8 - 3.3;
        double tTrain = drop / (d * omega * p * 1e-12);
        double budget = 4 * 86_400;

        assertClose(stepTime, value(scenario, "step_time", "s"));
        assertClose(omega / tokensPerStep, value(scenario, "nu_eff", ""));
        assertClose(p, value(scenario, "p_success", ""));
        assertClose(1 / (omega * p), value(scenario, "tau_learn", "s"));
        assertClose(tTrain, value(scenario, "training_time", "s"));
        assertClose(1 / omega, value(scenario, "tau_fast", "s"));
        assertClose(1 / (omega * p), value(scenario, "tau_slow", "s"));
        assertClose(omega * p * 2, value(scenario, "info_rate", ""));
        assertClose(0.01 / Math.log(omega * budget), value(scenario, "temperature_opt", ""));
        double computeTokens = 2.2e20 / (6 * d);
        assertClose(Math.min(Math.sqrt(computeTokens / (omega / tokensPerStep * budget)), 4e6), value(scenario, "batch_opt", "token"));
        // the minimum rate is the one at which t_train equals the budget
        assertClose(achievedRate * tTrain / budget, value(scenario, "flop_rate_min", "FLOP/s"));
        assertClose(Math.min(1, 1 / (omega * d * 16 / 16e12)), value(scenario, "eta_max", ""));
    }

    @ParameterizedTest(name = "{0} nats = {1} bits")
    @CsvSource("2, 2.8853900817779268")
    void informationPerUpdateIsInNatsNotBits(double nats, double bits) {
        assertEquals(nats, DYNAMICS.value(Workbook.BASE, "info_per_update", ""));
        assertClose(bits, DYNAMICS.value(Workbook.BASE, "info_per_update_bits", ""));
    }

    private static double value(String scenario, String quantity, String unit) {
        return DYNAMICS.value(scenario, quantity, unit);
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12);
    }
}
