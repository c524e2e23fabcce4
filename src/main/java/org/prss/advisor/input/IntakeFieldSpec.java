package org.prss.advisor.input;

import org.prss.advisor.knowledge.IntakeField;

import java.util.List;

/**
 * A Program-sheet field: what the knowledge base says about it and what the JSON Schema allows in it.
 *
 * @param choices the allowed values of a CHOICE field; empty otherwise
 * @param minimum the least allowed number, or null
 * @param maximum the largest allowed number, or null
 */
public record IntakeFieldSpec(IntakeField field, FieldKind kind, List<String> choices, Double minimum, Double maximum) {

    public String path() {
        return field.path();
    }
}
