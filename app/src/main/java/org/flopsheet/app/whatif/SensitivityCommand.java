package org.flopsheet.app.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.whatif.Elasticity;
import org.flopsheet.engine.whatif.InputRange;
import org.flopsheet.engine.whatif.Sensitivity;
import org.flopsheet.engine.whatif.Tornado;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Which input moves the answer most: every output's elasticity in every input (d ln y / d ln x),",
                "exact for power-law chains, and a tornado (each input to its low and high, the output's swing, widest first)."})
public final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Option(names = "--output", paramLabel = "NAME", description = "only this output (default: every output; the tornado is for the last one)")
    String output;

    @Option(names = "--factor", paramLabel = "F", defaultValue = "2", description = "the tornado moves an input with a distribution to its 5th and 95th percentiles, any other to value/F and value*F (default ${DEFAULT-VALUE})")
    double factor;

    @Option(names = "--scenario", paramLabel = "NAME", description = "around this scenario's inputs instead of the base case")
    String scenario;

    @Option(names = "--json", description = "print {\"elasticities\": {output: {input: value}}, ..., \"tornado\": {...}} as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        Map<String, Double> inputs = Map.of();
        if (scenario != null) {
            Scenario s = sheet.scenario(scenario);
            if (s == null) throw new IllegalArgumentException("no scenario named '" + scenario + "'");
            inputs = s.inputs();
        }
        List<Quantity> outputs = SensitivityReport.outputs(sheet, output);
        if (outputs.isEmpty()) throw new IllegalArgumentException("sheet '" + sheet.name() + "' has no numeric outputs");
        Map<String, Map<String, Elasticity>> table = Sensitivity.table(sheet, inputs, outputs);
        Tornado tornado = Tornado.of(sheet, outputs.get(outputs.size() - 1), inputs, InputRange.percentilesElse(sheet.uncertainty(), factor));
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(SensitivityReport.json(sheet, scenario, table, tornado)));
        } else {
            System.out.print(SensitivityReport.text(sheet, scenario, table, tornado));
        }
        return 0;
    }
}
