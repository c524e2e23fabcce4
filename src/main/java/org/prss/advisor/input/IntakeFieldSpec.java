package org.prss.advisor.input;

import java.util.List;
import java.util.regex.Pattern;
import org.prss.advisor.knowledge.IntakeField;

/**
 * A Program-sheet field: what the knowledge base says about it and what the JSON Schema allows in it.
 *
 * @param choices the allowed values of a CHOICE field; empty otherwise
 * @param minimum the least allowed number, or null
 * @param maximum the largest allowed number, or null
 * @param pattern the form a TEXT field's value must have (a state code: two capitals), or null
 */
public record IntakeFieldSpec(
        IntakeField field, FieldKind kind, List<String> choices, Double minimum, Double maximum, Pattern pattern) {

    public String path() {
        return field.path();
    }
}
