package org.prss.advisor.engine;

import java.util.List;
import org.prss.advisor.role.DutyReview;

/**
 * What one rule session decided: an outcome per item in knowledge-base order, a review per proposed duty, and the
 * staffing figures worked out on the way.
 */
public record Evaluation(List<Outcome> outcomes, List<DutyReview> duties, List<StaffingFigure> staffing) {}
