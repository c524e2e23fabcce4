package org.prss.advisor.knowledge;

import java.util.List;

/**
 * A field of the intake workbook's Program sheet: the description path it fills, what a program manager reads about
 * it, the unit a number is given in (null for other fields), the checklist items it helps decide, and the items that
 * apply only for some of its values.
 */
public record IntakeField(
        String path,
        String label,
        String meaning,
        String unit,
        List<String> items,
        List<OnlyIf> onlyIf,
        String file,
        int line) {

    public IntakeField {
        items = items == null ? List.of() : List.copyOf(items);
        onlyIf = onlyIf == null ? List.of() : List.copyOf(onlyIf);
    }

    /**
     * Items that apply only when the field holds one of the values (as the description writes them: "true",
     * "CONTRACTOR").
     */
    public record OnlyIf(List<String> values, List<String> items) {

        public OnlyIf {
            values = values == null ? List.of() : List.copyOf(values);
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
