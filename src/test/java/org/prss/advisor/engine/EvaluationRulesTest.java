package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Frequency;
import org.prss.advisor.model.Status;

/**
 * Evaluation and improvement: what the program's own measures cover decides three items, a suggested instrument a
 * fourth and whether the RPI's consent arises; the plan's schedule facts decide the rest.
 */
class EvaluationRulesTest {

    private static final List<String> COVERAGE =
            List.of("EVAL-SKILL-DOMAINS", "EVAL-RECOVERY-MEASURES", "EVAL-PROCESS-MEASURES");

    /** A probation program whose measures are one per outcome domain named, "Measure of DOMAIN" each. */
    private static Assessment withMeasuresIn(String domains, String instrument) throws Exception {
        StringBuilder yaml = new StringBuilder("program: {setting: PROBATION_PAROLE}\nfacts:\n  evaluation:\n");
        List<String> named = domains.isBlank() ? List.of() : Arrays.asList(domains.split(" "));
        if (named.isEmpty()) {
            yaml.append("    measures: []\n");
        } else {
            yaml.append("    measures:\n");
            for (String domain : named) {
                yaml.append("      - {outcomeDomain: ")
                        .append(domain)
                        .append(", measure: Measure of ")
                        .append(domain);
                if (instrument != null) {
                    yaml.append(", instrument: ").append(instrument);
                }
                yaml.append("}\n");
            }
        }
        return TestAdvisor.assess(yaml.toString());
    }

    private static void assertDecided(Finding f, Status status, String rule) {
        assertEquals(status, f.status(), f.rationale());
        assertEquals(rule, f.decidedBy(), f.rationale());
        assertEquals(List.of("facts.evaluation.measures"), f.evidence(), f.id());
    }

    @ParameterizedTest(name = "[{0}] -> skill {1}, recovery {2}, process {3}")
    @CsvSource({
        "PERSONAL_SKILL_BUILDING COMMUNITY_SKILL_BUILDING, MET, MET, PARTIAL",
        "PERSONAL_SKILL_BUILDING, PARTIAL, MET, PARTIAL",
        "COMMUNITY_SKILL_BUILDING PROGRAM_PROCESS, PARTIAL, MET, MET",
        "RECOVERY_CAPITAL, GAP, MET, PARTIAL",
        "JUSTICE_OUTCOMES, GAP, GAP, PARTIAL",
        "PROGRAM_PROCESS, GAP, GAP, PARTIAL",
        "JUSTICE_OUTCOMES PROGRAM_PROCESS, GAP, GAP, MET",
        "'', GAP, GAP, GAP"
    })
    void theDomainsTheMeasuresCoverDecideTheCoverageItems(String domains, Status skill, Status recovery, Status process)
            throws Exception {
        Assessment a = withMeasuresIn(domains, null);
        List<Status> expected = List.of(skill, recovery, process);
        for (int i = 0; i < COVERAGE.size(); i++) {
            Finding f = TestAdvisor.finding(a, COVERAGE.get(i));
            assertEquals(expected.get(i), f.status(), f.id() + ": " + f.rationale());
            assertTrue(f.decidedBy().startsWith(f.id() + " "), f.decidedBy());
            assertEquals(List.of("facts.evaluation.measures"), f.evidence(), f.id());
            for (String domain : domains.isBlank() ? List.<String>of() : List.of(domains.split(" "))) {
                assertTrue(
                        f.rationale().contains("'Measure of " + domain + "' (" + domain + ")"),
                        f.id() + " names each measure with its domain: " + f.rationale());
            }
        }
    }

    @Test
    void judgedByJusticeOutcomesAloneTheRecoveryItemIsAGapThatCitesTheGuide() throws Exception {
        Finding f = TestAdvisor.finding(withMeasuresIn("JUSTICE_OUTCOMES", null), "EVAL-RECOVERY-MEASURES");
        assertDecided(f, Status.GAP, "EVAL-RECOVERY-MEASURES no recovery-oriented measure");
        assertTrue(f.rationale().startsWith("None of the program's measures is of recovery"), f.rationale());
        assertTrue(f.citations().stream()
                .anyMatch(c -> c.source().equals("Corrections PRSS Guide")
                        && c.locator().equals("lines 1364-1365")));
    }

    @Test
    void measuresNotStatedLeaveEveryMeasureItemToTheAnswers() throws Exception {
        Assessment a = TestAdvisor.assess("""
                program: {setting: JAIL}
                answers: {EVAL-SKILL-DOMAINS: "YES", EVAL-RECOVERY-MEASURES: "NO", EVAL-PROCESS-MEASURES: PARTIAL,
                          EVAL-INSTRUMENTS: "YES", EVAL-INSTRUMENT-PERMISSION: "NO"}
                """);
        assertEquals(Status.MET, TestAdvisor.finding(a, "EVAL-SKILL-DOMAINS").status());
        assertEquals(
                Status.GAP, TestAdvisor.finding(a, "EVAL-RECOVERY-MEASURES").status());
        assertEquals(
                Status.PARTIAL, TestAdvisor.finding(a, "EVAL-PROCESS-MEASURES").status());
        assertEquals(Status.MET, TestAdvisor.finding(a, "EVAL-INSTRUMENTS").status());
        Finding permission = TestAdvisor.finding(a, "EVAL-INSTRUMENT-PERMISSION");
        assertEquals(Status.GAP, permission.status());
        assertEquals("Answer NO means a gap", permission.decidedBy());
    }

    @ParameterizedTest(name = "instrument {0}")
    @CsvSource({"RAS", "BARC-10", "RPI"})
    void aSuggestedInstrumentMeetsTheInstrumentsItem(String instrument) throws Exception {
        Finding f = TestAdvisor.finding(withMeasuresIn("RECOVERY_CAPITAL", instrument), "EVAL-INSTRUMENTS");
        assertDecided(f, Status.MET, "EVAL-INSTRUMENTS a suggested instrument in use");
        assertTrue(f.rationale().contains("'Measure of RECOVERY_CAPITAL' (" + instrument + ")"), f.rationale());
    }

    @Test
    void measuresWithoutAnInstrumentLeaveTheInstrumentsItemOpen() throws Exception {
        Finding f = TestAdvisor.finding(withMeasuresIn("RECOVERY_CAPITAL", null), "EVAL-INSTRUMENTS");
        assertEquals(Status.UNKNOWN, f.status(), f.rationale());
        assertTrue(f.decidedBy().startsWith("No answer"), f.decidedBy());
    }

    @Test
    void theConsentItemArisesOnlyWhereTheRpiIsUsed() throws Exception {
        Finding without =
                TestAdvisor.finding(withMeasuresIn("PERSONAL_SKILL_BUILDING", "RAS"), "EVAL-INSTRUMENT-PERMISSION");
        assertDecided(without, Status.NOT_APPLICABLE, "EVAL-INSTRUMENT-PERMISSION does not apply without the RPI");
        Finding none = TestAdvisor.finding(withMeasuresIn("", null), "EVAL-INSTRUMENT-PERMISSION");
        assertEquals(Status.NOT_APPLICABLE, none.status(), "no measures, no RPI");
        Finding with =
                TestAdvisor.finding(withMeasuresIn("PERSONAL_SKILL_BUILDING", "RPI"), "EVAL-INSTRUMENT-PERMISSION");
        assertEquals(Status.UNKNOWN, with.status(), with.rationale());
    }

    @ParameterizedTest(name = "outcome review {0}")
    @EnumSource(Frequency.class)
    void anyScheduleOfOutcomeReviewIsRegularAndNoneIsAGap(Frequency often) throws Exception {
        Finding f = TestAdvisor.finding(
                TestAdvisor.assess("program: {setting: JAIL}\nfacts: {evaluation: {outcomeReview: " + often + "}}"),
                "EVAL-OUTCOME-REVIEW");
        boolean none = often == Frequency.NONE;
        assertEquals(none ? Status.GAP : Status.MET, f.status(), f.rationale());
        assertEquals(
                none
                        ? "EVAL-OUTCOME-REVIEW outcome data never reviewed"
                        : "EVAL-OUTCOME-REVIEW outcome data reviewed on a schedule",
                f.decidedBy());
        assertTrue(f.rationale().contains(often.name()), f.rationale());
    }

    @ParameterizedTest(name = "partner check-ins {0}")
    @EnumSource(Frequency.class)
    void partnerCheckInsAtLeastQuarterlyAreMetRarerPartlyAndNoneIsAGap(Frequency often) throws Exception {
        Finding f = TestAdvisor.finding(
                TestAdvisor.assess(
                        "program: {setting: COMMUNITY}\nfacts: {evaluation: {partnerCheckIns: " + often + "}}"),
                "EVAL-PARTNER-CHECKINS");
        // Rarer than quarterly is not the frequent forums the guide asks for (declared reading
        // PARTNER-CHECKINS-LESS-OFTEN, default FREQUENT-FORUMS).
        Status expected = switch (often) {
            case NONE -> Status.GAP;
            case LESS_OFTEN -> Status.PARTIAL;
            default -> Status.MET;
        };
        assertEquals(expected, f.status(), f.rationale());
        assertTrue(f.rationale().contains(often.name()), f.rationale());
    }

    @ParameterizedTest(name = "trial of {0} months -> {1}")
    @CsvSource({"0, GAP", "1, MET", "120, MET"})
    void anyTrialPeriodIsMetAndNoneIsAGap(int months, Status status) throws Exception {
        Finding f = TestAdvisor.finding(
                TestAdvisor.assess(
                        "program: {setting: JAIL}\nfacts: {evaluation: {trialPeriodMonths: " + months + "}}"),
                "EVAL-TRIAL-PERIOD");
        assertEquals(status, f.status(), f.rationale());
        assertTrue(f.rationale().contains(months + " month"), f.rationale());
    }
}
