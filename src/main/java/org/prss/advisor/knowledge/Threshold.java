package org.prss.advisor.knowledge;

import org.prss.advisor.model.Citation;

import java.util.List;

/**
 * A number, level or list the rules compare program facts against, kept as cited data so a policy office can
 * change it without touching a rule.
 */
public record Threshold(String id, String value, List<String> values, String unit, String description,
                        List<Citation> citations, String file, int line) {

    public Threshold {
        values = values == null ? List.of() : List.copyOf(values);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    // Getters for the rule language.
    public String getId() {
        return id;
    }

    public String getValue() {
        return value;
    }

    public List<String> getValues() {
        return values;
    }
}
