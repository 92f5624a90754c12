package org.flopsheet.xlsx;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFRow;

/** Edits a person makes to the exported Finveden workbook, each with the source it must come back as. */
final class FinvedenEdits {
    interface Edit { void apply(EditedWorkbook w) throws Exception; }

    record Case(String name, Edit edit, UnaryOperator<String> expected) {
        @Override
        public String toString() { return name; }
    }

    private FinvedenEdits() {}

    static List<Case> all() {
        return List.of(
            new Case("input value", w -> w.cell("training_flop").setCellValue(3e27),
                s -> s.replace("input training_flop = 3e25 FLOP", "input training_flop = 3e27 FLOP")),
            new Case("scenario value", w -> w.cellOn(w.wb.getSheet("training_flop=3e27"), "training_flop").setCellValue(5e27),
                s -> s.replace("3e25, 3e27, 3e29", "3e25, 5e27 FLOP, 3e29")),
            new Case("formula with names", w -> w.cell("runtime_flop").setCellFormula("2*k*p"),
                s -> s.replace("runtime_flop = k * p FLOP/token", "runtime_flop = 2*k*p FLOP/token")),
            new Case("formula with cell references", w -> {
                String k = w.cell("k").getReference(), p = w.cell("p").getReference();
                w.cell("runtime_flop").setCellFormula("$" + k.replaceAll("(\\d+)", "\\$$1") + "*" + p + "*3");
            }, s -> s.replace("runtime_flop = k * p FLOP/token", "runtime_flop = (k*p*3) FLOP/token")),
            new Case("new row at the end", w -> {
                XSSFRow last = w.cell("parallel_tasks").getRow();
                XSSFRow row = w.base().createRow(last.getRowNum() + 1);
                int v = w.cell("parallel_tasks").getColumnIndex();
                row.createCell(v - 1).setCellValue("Tasks per GPU");
                row.createCell(v).setCellFormula("parallel_tasks/1000");
            }, s -> s.replace("\"Number of tasks in parallel\"\n", "\"Number of tasks in parallel\"\ntasks_per_gpu = parallel_tasks/1000  \"Tasks per GPU\"\n")),
            new Case("new row inserted in the middle", w -> {
                int at = w.cell("runtime_flop").getRowIndex() + 1;
                w.base().shiftRows(at, w.base().getLastRowNum(), 1);
                XSSFRow row = w.base().createRow(at);
                int v = w.cell("runtime_flop").getColumnIndex();
                row.createCell(v - 1).setCellValue("Runtime FLOP/s per token/s");
                row.createCell(v).setCellValue(2);
                row.createCell(v + 1).setCellValue("FLOP/token");
            }, s -> s.replace("\"Runtime FLOP/forward-pass of AI\"\n",
                "\"Runtime FLOP/forward-pass of AI\"\ninput runtime_flop_s_per_token_s = 2 FLOP/token  \"Runtime FLOP/s per token/s\"\n")),
            new Case("deleted row", w -> w.base().removeRow(w.cell("parallel_tasks").getRow()),
                s -> s.replace("parallel_tasks = tokens_per_s / task_rate     \"Number of tasks in parallel\"\n", "")),
            new Case("label and note", w -> {
                w.beside("h", -1).setCellValue("Horizon length (steps)");
                w.beside("m", 3).setCellValue("Chinchilla-optimal: 20 tokens per parameter");
            }, s -> s.replace("\"Horizon length\"", "\"Horizon length (steps)\"")
                .replace("note \"Chinchilla\"", "note \"Chinchilla-optimal: 20 tokens per parameter\"")),
            new Case("renamed defined name", w -> {
                WorkbookExporter.baseCaseName(w.wb, "h").setNameName("horizon");
                w.cell("p").setCellFormula("SQRT(training_flop/(3*horizon*k*m))");
            }, s -> s.replace("input h = 1.5 ", "input horizon = 1.5 ").replace("(3*h*k*m)", "(3*horizon*k*m)")),
            new Case("a scenario sheet copied and changed", w -> {
                var copy = w.wb.cloneSheet(w.wb.getSheetIndex("training_flop=3e27"), "bigger run");
                w.cellOn(copy, "training_flop").setCellValue(1e28);
                w.cellOn(copy, "duration").setCellFormula(null);
                w.cellOn(copy, "duration").setCellValue(2e7);
            }, s -> s + "scenario \"bigger run\" training_flop = 1e28 FLOP, duration = 2e7 s\n"),
            new Case("formula replaced by a value", w -> {
                w.cell("p").removeFormula();
                w.cell("p").setCellValue(5e11);
            }, s -> s.replace("p = sqrt(training_flop / (3*h*k*m)) param", "input p = 5e11 param"))
        );
    }
}
