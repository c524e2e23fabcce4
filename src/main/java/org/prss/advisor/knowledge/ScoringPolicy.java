package org.prss.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/**
 * How findings become scores, severities and a verdict; loaded from {@code checklists/scoring.yaml}.
 *
 * @param severityWeights    weight of an item in its domain score, by the item's severity
 * @param statusCredit       share of the weight an item earns, by status; statuses absent here are left out
 * @param findingSeverity    how a finding's severity follows from its item's severity, by status
 * @param readyAtScore       lowest overall score that can be READY
 * @param notReadyBelowScore overall score under which the program is NOT_READY whatever else holds
 * @param domainWeights      how much each scored domain's items count in the overall score, by domain id
 * @param teamAnswers        how a team self-assessment combines its respondents' answers to an item
 * @param grounds            where the scoring comes from (the advisor's own policy), shown on the Summary
 */
// The file's first-level fields are checked against the scoring kind's (KindCheck), which reports a stray one with
// its line; its kind is the loader's to read, not a part of the policy.
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoringPolicy(
        Map<Severity, Integer> severityWeights,
        Map<Status, Double> statusCredit,
        Map<Status, SeverityRule> findingSeverity,
        int readyAtScore,
        int notReadyBelowScore,
        Map<String, Double> domainWeights,
        String formula,
        TeamAnswerRule teamAnswers,
        Grounds grounds) {

    /** Where the scoring comes from: a statement that it is the advisor's own policy, and the passages it rests on. */
    public record Grounds(String statement, List<Citation> citations) {}

    /** How a finding's severity is derived from its item's severity. */
    public enum SeverityRule {
        ITEM,
        ONE_LOWER,
        INFO;

        public Severity apply(Severity itemSeverity) {
            return switch (this) {
                case ITEM -> itemSeverity;
                case ONE_LOWER -> itemSeverity.lower();
                case INFO -> Severity.INFO;
            };
        }
    }
}
