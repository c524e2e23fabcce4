package org.prss.advisor.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.SkippedSection;
import org.prss.advisor.knowledge.RuleSetInfo;
import org.prss.advisor.model.ProgramInfo;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;

/**
 * A role review as JSON: how many duties got each verdict, every duty with its verdict, the role findings, and the
 * sections of a job description that were skipped. It
 * has no program verdict and no score: a review of a role reports on the role, not on a program's readiness.
 */
public record RoleReviewJson(
        RuleSetInfo ruleSet,
        ProgramInfo program,
        LocalDate reviewedOn,
        Map<DutyFit, Integer> dutyVerdicts,
        List<DutyReview> duties,
        List<Finding> findings,
        List<SkippedSection> skippedSections) {

    /** The review, with the sections of a job description that list no duties and were not reviewed (else empty). */
    public static RoleReviewJson of(Assessment review, List<SkippedSection> skipped) {
        Map<DutyFit, Integer> counts = new EnumMap<>(DutyFit.class);
        for (DutyFit fit : DutyFit.values()) {
            counts.put(fit, 0);
        }
        review.duties().forEach(d -> counts.merge(d.verdict().fit(), 1, Integer::sum));
        return new RoleReviewJson(
                review.ruleSet(),
                review.program(),
                review.assessedOn(),
                counts,
                review.duties(),
                review.findings(),
                skipped);
    }
}
