package org.flopsheet.app.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.io.FileChangedException;
import org.flopsheet.xlsx.ImportError;
import org.flopsheet.xlsx.ImportResult;
import org.flopsheet.xlsx.WorkbookImporter;

/**
 * {@code POST /api/import?sheet=ID[&write=true]}: an edited workbook in (the request body), the
 * updated source, its diff and the list of changes out, as {@code flopsheet import} makes them.
 * The source on the server is rewritten (atomically) only when the request says {@code write=true}.
 */
final class ImportRoute {
    private ImportRoute() {}

    /** @param sheetId the sheet to update, or null to take the one the workbook says it was exported from */
    static Map<String, Object> run(SheetDirectory directory, String sheetId, boolean write, byte[] workbook) throws IOException {
        if (workbook.length == 0) throw ApiError.badRequest("the request body is empty; send the edited .xlsx as the body");
        Path upload = Files.createTempFile("flopsheet-import", ".xlsx");
        ImportResult result;
        Path source;
        String before;
        try {
            Files.write(upload, workbook);
            if (sheetId == null || sheetId.isBlank()) sheetId = exportedFrom(upload);
            source = directory.snapshot().files().get(sheetId);
            if (source == null) throw ApiError.notFound("no sheet '" + sheetId + "'; the sheets are: " + String.join(", ", directory.snapshot().sheets().keySet()));
            before = Files.readString(source, StandardCharsets.UTF_8);
            result = WorkbookImporter.read(upload, source);
        } catch (ImportError e) {
            throw new ApiError(422, "import refused, nothing written: " + e.getMessage());
        } catch (IOException e) {
            throw new ApiError(422, "import refused, nothing written: cannot read the workbook: " + e.getMessage());
        } finally {
            Files.deleteIfExists(upload);
        }
        boolean written = false;
        if (write && result.changed()) {
            try {
                AtomicFiles.replaceIfUnchanged(source, before, result.source());
            } catch (FileChangedException e) {
                throw new ApiError(409, e.getMessage() + "; export the workbook again or send it again");
            }
            written = true;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sheet", sheetId);
        json.put("file", source.getFileName().toString());
        json.put("changed", result.changed());
        json.put("changes", result.changes());
        json.put("diff", result.diff());
        json.put("source", result.source());
        json.put("written", written);
        return json;
    }

    private static String exportedFrom(Path upload) throws IOException {
        String name = WorkbookImporter.modelName(upload);
        if (name == null) {
            throw ApiError.badRequest("the workbook does not say which sheet it was exported from; name it: POST /api/import?sheet=ID");
        }
        return name;
    }
}
