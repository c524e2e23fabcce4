package org.prss.advisor.engine;

import org.prss.advisor.role.DutyReview;

import java.util.List;

/** What one rule session decided: an outcome per item in knowledge-base order, and a review per proposed duty. */
public record Evaluation(List<Outcome> outcomes, List<DutyReview> duties) {
}
