package org.prss.advisor.assessment;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.knowledge.ScoringPolicy;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/** The verdict and the reasons for it, by the thresholds in {@code checklists/scoring.yaml}. */
record VerdictDecision(Verdict verdict, List<String> reasons) {

    static VerdictDecision decide(ScoringPolicy policy, Scores scores, List<Finding> findings) {
        List<String> notReady = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> criticalGaps = findings.stream()
                .filter(f -> f.status() == Status.GAP && f.severity() == Severity.CRITICAL)
                .map(Finding::id)
                .toList();
        if (!criticalGaps.isEmpty()) {
            notReady.add("open critical gap(s): " + String.join(", ", criticalGaps));
        }
        Double overall = scores.overall();
        if (overall == null) {
            notReady.add("no item could be scored");
        } else if (overall < policy.notReadyBelowScore()) {
            notReady.add("overall score " + overall + " is below " + policy.notReadyBelowScore());
        }
        if (!notReady.isEmpty()) {
            return new VerdictDecision(Verdict.NOT_READY, notReady);
        }
        if (overall < policy.readyAtScore()) {
            gaps.add("overall score " + overall + " is below " + policy.readyAtScore() + " needed for READY");
        }
        List<String> urgent = findings.stream()
                .filter(f -> f.status().isOpen() && f.severity().atLeast(Severity.HIGH))
                .map(Finding::id)
                .toList();
        if (!urgent.isEmpty()) {
            gaps.add("open critical or high finding(s): " + String.join(", ", urgent));
        }
        if (!gaps.isEmpty()) {
            return new VerdictDecision(Verdict.READY_WITH_GAPS, gaps);
        }
        return new VerdictDecision(
                Verdict.READY,
                List.of("overall score " + overall + " reaches " + policy.readyAtScore()
                        + " and no critical or high finding is open"));
    }
}
