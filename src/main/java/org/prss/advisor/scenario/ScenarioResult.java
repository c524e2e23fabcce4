package org.prss.advisor.scenario;

import java.util.List;

/** One scenario's outcome: passed, or the expectations it missed with what the rules said instead. */
public record ScenarioResult(Scenario scenario, List<Mismatch> mismatches) {

    /**
     * An expectation the assessment did not meet.
     *
     * @param subject   the finding id, or the duty's text
     * @param expected  what the scenario expected, such as "GAP" or "not GAP"
     * @param actual    what the assessment gave
     * @param rationale the rationale (or duty reason) the rules gave
     * @param rule      the rule that decided it, where known
     */
    public record Mismatch(String subject, String expected, String actual, String rationale, String rule) {}

    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
