package org.prss.advisor.knowledge;

import java.util.List;

/**
 * A field of the intake workbook's Program sheet: the description path it fills, what a program manager reads about
 * it, and the checklist items it helps decide.
 */
public record IntakeField(String path, String label, String meaning, List<String> items, String file, int line) {

    public IntakeField {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
