package org.prss.advisor.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.role.DutyReview;

/**
 * What one rule session decided: an outcome per evaluated item, by item id in knowledge-base order, a review per
 * proposed duty, and the staffing figures worked out on the way.
 */
public record Evaluation(Map<String, Outcome> byItem, List<DutyReview> duties, List<StaffingFigure> staffing) {

    public Evaluation {
        byItem = Collections.unmodifiableMap(new LinkedHashMap<>(byItem));
    }

    /** The outcome the rules gave the item; every evaluated item has one (the evaluator refuses a session without). */
    public Outcome outcomeOf(String itemId) {
        Outcome outcome = byItem.get(itemId);
        if (outcome == null) {
            throw new IllegalArgumentException("item " + itemId + " was not evaluated");
        }
        return outcome;
    }

    /** The outcomes in knowledge-base order. */
    public List<Outcome> outcomes() {
        return List.copyOf(byItem.values());
    }
}
