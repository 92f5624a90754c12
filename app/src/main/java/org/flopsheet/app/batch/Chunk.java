package org.flopsheet.app.batch;

import java.util.List;

/** A run of consecutive records, the unit of parallel work. */
record Chunk(List<CsvRecord> records) {}
