package org.flopsheet.xlsx;

import java.util.List;

/**
 * What an import found: the updated source (identical to the old one when nothing changed), its
 * unified diff against the old one, and one line per change in words.
 */
public record ImportResult(String source, String diff, List<String> changes) {
    public boolean changed() { return !diff.isEmpty(); }
}
