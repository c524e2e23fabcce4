package org.prss.advisor.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.knowledge.KnowledgeCopy;
import org.prss.advisor.knowledge.KnowledgeProblem;

/**
 * {@code rules check} on declared readings: a decision the advisor calls its own reading must name one, a rule must
 * match a reading and an alternative that exist, every alternative must be one a rule can take, and a rule comparing
 * a fact with a number must say where the number comes from.
 */
class ReadingLintTest {

    @TempDir
    Path dir;

    private static String lint(KnowledgeCopy copy) throws Exception {
        List<KnowledgeProblem> problems =
                Advisor.load(copy.rules, copy.checklists).lint();
        return problems.stream().map(KnowledgeProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aRuleMatchingAMisspeltReadingOrAlternativeIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(
                "staffing.drl",
                "$reading : ReadingChoice(id == \"MEDICAID-NON-CLINICAL-SETTING\", alternative == "
                        + "\"CONFIRM-UNLESS-CLINICAL-BILLER\")",
                "$reading : ReadingChoice(id == \"MEDICAID-NON-CLINICAL-SETING\", alternative == "
                        + "\"CONFIRM-UNLESS-CLINICAL-BILLER\")");
        String report = lint(copy);
        assertTrue(
                report.contains(drl + ":" + KnowledgeCopy.lineOf(drl, "MEDICAID-NON-CLINICAL-SETING")
                        + ": rule 'MEDICAID-STATE-COVERAGE the state pays, but not yet confirmed outside a clinic'"
                        + " matches reading MEDICAID-NON-CLINICAL-SETING, which no readings file declares (did you"
                        + " mean MEDICAID-NON-CLINICAL-SETTING?)"),
                report);

        KnowledgeCopy other = new KnowledgeCopy(dir.resolve("alternative"));
        Path rules = other.editRule(
                "staffing.drl", "alternative == \"CONFIRM-UNLESS-CLINICAL-BILLER\"", "alternative == \"CONFIRM\"");
        String second = lint(other);
        assertTrue(
                second.contains(rules + ":" + KnowledgeCopy.lineOf(rules, "alternative == \"CONFIRM\"")
                        + ": rule 'MEDICAID-STATE-COVERAGE the state pays, but not yet confirmed outside a clinic'"
                        + " matches alternative CONFIRM of reading MEDICAID-NON-CLINICAL-SETTING, which has only"
                        + " CONFIRM-UNLESS-CLINICAL-BILLER, STATE-COVERAGE-SUFFICES"),
                second);
    }

    @Test
    void anAlternativeNoRuleTakesIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path readings = copy.editChecklist("readings.yaml", "      - id: STATE-COVERAGE-SUFFICES\n", """
                      - id: NEVER-COVERED
                        reads: No state is taken to pay.
                        decides: MEDICAID-STATE-COVERAGE would be a gap everywhere.
                      - id: STATE-COVERAGE-SUFFICES
                """);
        String report = lint(copy);
        assertTrue(
                report.contains(readings + ":" + KnowledgeCopy.lineOf(readings, "- id: MEDICAID-NON-CLINICAL-SETTING")
                        + ": alternative NEVER-COVERED of reading MEDICAID-NON-CLINICAL-SETTING is named by no rule"
                        + " (\"NEVER-COVERED\"), so choosing it would change nothing"),
                report);
    }

    @Test
    void aThresholdCalledOurReadingWithoutADeclaredReadingIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path thresholds = copy.editChecklist(
                "thresholds.yaml",
                "      Peers should be able to reach a peer community at least monthly, and may need it weekly.",
                "      Our reading: peers should be able to reach a peer community at least monthly.");
        String report = lint(copy);
        assertTrue(
                report.contains(
                        thresholds + ":" + KnowledgeCopy.lineOf(thresholds, "- id: PEER-COMMUNITY-MIN-FREQUENCY")
                                + ": threshold PEER-COMMUNITY-MIN-FREQUENCY says its value is our reading but names no"
                                + " declared reading"),
                report);
    }

    @Test
    void aNumberWithNoPassageThresholdOrReadingIsReportedAndACitedLineClearsIt() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(
                "evaluation.drl",
                "// EVAL-TRIAL-PERIOD: Corrections PRSS Guide, Essential Processes, lines 1362-1363",
                "// EVAL-TRIAL-PERIOD: Corrections PRSS Guide, Essential Processes");
        String report = lint(copy);
        assertTrue(
                report.contains(drl + ":" + KnowledgeCopy.lineOf(drl, "rule \"EVAL-TRIAL-PERIOD trial period decided\"")
                        + ": rule 'EVAL-TRIAL-PERIOD trial period decided' compares evaluation.trialPeriodMonths > 0"
                        + " but cites no passage for the number"),
                report);
        KnowledgeCopy cited = new KnowledgeCopy(dir.resolve("cited"));
        assertTrue(!lint(cited).contains("EVAL-TRIAL-PERIOD trial period decided"), "cited in the packaged rules");
    }

    @Test
    void aReadingNoRuleOrThresholdUsesIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path readings = copy.editChecklist("readings.yaml", "declaredReadings:\n", """
                declaredReadings:
                  - id: UNUSED-READING
                    title: A question no rule asks
                    source: The sources say something no rule decides on.
                    citations:
                      - {source: LAPPA Toolkit 2021, section: Chapter 2, locator: line 461}
                    default: ONE-WAY
                    alternatives:
                      - {id: ONE-WAY, reads: One way., decides: Nothing.}
                      - {id: TWO-WAYS, reads: Another way., decides: Nothing either.}
                    why: None.
                """);
        String report = lint(copy);
        assertTrue(
                report.contains(readings + ":" + KnowledgeCopy.lineOf(readings, "- id: UNUSED-READING")
                        + ": reading UNUSED-READING is used by no rule"),
                report);
    }
}
