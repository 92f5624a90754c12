package org.flopsheet.app.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.flopsheet.app.UserError;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.whatif.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Goal seek from the model: the value of one input that brings an output to a target, the other inputs held.",
                "Exact where the chain from input to output is a product of powers; elsewhere a bracketed root search that lists every crossing.",
                "Exit status 0 when a value is found, 4 when none reaches the target."})
public final class SolveCommand implements Callable<Integer> {
    /** Exit status when no input value reaches the target: the question was fine, the answer is "none". */
    public static final int NOT_REACHED = 4;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Option(names = "--target", required = true, arity = "1..2", paramLabel = "OUTPUT=VALUE [UNIT]",
            description = "the output and the value it should take, optionally in any unit of its dimension: --target parallel_tasks=1e8, --target tokens_per_s=345.6e9 token/day")
    List<String> target;

    @Option(names = "--vary", required = true, paramLabel = "INPUT", description = "the input to change")
    String vary;

    @Option(names = "--scenario", paramLabel = "NAME", description = "start from this scenario's inputs instead of the base case")
    String scenario;

    @Option(names = "--json", description = "print the answer as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        String spec = String.join(" ", target);
        int eq = spec.indexOf('=');
        if (eq <= 0) throw new UserError("--target takes OUTPUT=VALUE [UNIT], e.g. --target parallel_tasks=1e8; got '" + spec + "'");
        SolveQuestion question = SolveQuestion.of(sheet, spec.substring(0, eq).trim(), spec.substring(eq + 1), vary, scenario);
        Solution solution = SolveReport.solve(question);
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(SolveReport.json(question, solution)));
        } else {
            System.out.print(SolveReport.text(question, solution));
        }
        return solution instanceof Solution.NotReached ? NOT_REACHED : 0;
    }
}
