package org.flopsheet.app.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Cuts the records of a CSV reader into chunks of a fixed number of records. */
final class CsvChunks {
    private final CsvReader reader;
    private final int size;

    CsvChunks(CsvReader reader, int size) {
        this.reader = reader;
        this.size = size;
    }

    /** The next chunk, or null when the input is used up. */
    Chunk next() throws IOException {
        List<CsvRecord> records = new ArrayList<>(size);
        CsvRecord r;
        while (records.size() < size && (r = reader.next()) != null) records.add(r);
        return records.isEmpty() ? null : new Chunk(records);
    }
}
