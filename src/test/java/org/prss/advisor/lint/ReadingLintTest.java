package org.prss.advisor.lint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.prss.advisor.knowledge.KnowledgeErrorCase.linting;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.KnowledgeErrorCase;

/**
 * {@code rules check} on declared readings: a decision the advisor calls its own reading must name one, a rule must
 * match a reading and an alternative that exist, every alternative must be one a rule can take, and a rule comparing
 * a fact with a number must say where the number comes from. Each mistake is a row, named for what is reported.
 */
class ReadingLintTest {

    private static final String COVERAGE_RULE =
            "rule 'MEDICAID-STATE-COVERAGE the state pays, but not yet confirmed outside a clinic'";

    @TempDir
    Path dir;

    static List<KnowledgeErrorCase> mistakes() {
        return List.of(
                linting(
                                "a rule matching a misspelt reading is reported with the nearest",
                                "staffing.drl",
                                "$reading : ReadingChoice(id == \"MEDICAID-NON-CLINICAL-SETTING\", alternative == "
                                        + "\"CONFIRM-UNLESS-CLINICAL-BILLER\")",
                                "$reading : ReadingChoice(id == \"MEDICAID-NON-CLINICAL-SETING\", alternative == "
                                        + "\"CONFIRM-UNLESS-CLINICAL-BILLER\")")
                        .reports("{staffing.drl@MEDICAID-NON-CLINICAL-SETING}: " + COVERAGE_RULE + " matches reading"
                                + " MEDICAID-NON-CLINICAL-SETING, which no readings file declares (did you mean"
                                + " MEDICAID-NON-CLINICAL-SETTING?)"),
                linting(
                                "a rule matching an alternative its reading lacks is reported with the alternatives",
                                "staffing.drl",
                                "alternative == \"CONFIRM-UNLESS-CLINICAL-BILLER\"",
                                "alternative == \"CONFIRM\"")
                        .reports("{staffing.drl@alternative == \"CONFIRM\"}: " + COVERAGE_RULE + " matches alternative"
                                + " CONFIRM of reading MEDICAID-NON-CLINICAL-SETTING, which has only"
                                + " CONFIRM-UNLESS-CLINICAL-BILLER, STATE-COVERAGE-SUFFICES"),
                linting(
                                "an alternative no rule takes is reported",
                                "readings.yaml",
                                "      - id: STATE-COVERAGE-SUFFICES\n",
                                """
                              - id: NEVER-COVERED
                                reads: No state is taken to pay.
                                decides: MEDICAID-STATE-COVERAGE would be a gap everywhere.
                              - id: STATE-COVERAGE-SUFFICES
                        """)
                        .reports("{readings.yaml@- id: MEDICAID-NON-CLINICAL-SETTING}: alternative NEVER-COVERED of"
                                + " reading MEDICAID-NON-CLINICAL-SETTING is named by no rule (\"NEVER-COVERED\"), so"
                                + " choosing it would change nothing"),
                linting(
                                "a threshold called our reading without a declared reading is reported",
                                "thresholds.yaml",
                                "      Peers should be able to reach a peer community at least monthly, and may need it"
                                        + " weekly.",
                                "      Our reading: peers should be able to reach a peer community at least monthly.")
                        .reports("{thresholds.yaml@- id: PEER-COMMUNITY-MIN-FREQUENCY}: threshold"
                                + " PEER-COMMUNITY-MIN-FREQUENCY says its value is our reading but names no declared"
                                + " reading"),
                linting(
                                "a number with no passage, threshold or reading is reported",
                                "evaluation.drl",
                                "// EVAL-TRIAL-PERIOD: Corrections PRSS Guide, Essential Processes, lines 1362-1363",
                                "// EVAL-TRIAL-PERIOD: Corrections PRSS Guide, Essential Processes")
                        .reports("{evaluation.drl@rule \"EVAL-TRIAL-PERIOD trial period decided\"}: rule"
                                + " 'EVAL-TRIAL-PERIOD trial period decided' compares evaluation.trialPeriodMonths > 0"
                                + " but cites no passage for the number"),
                linting("a reading no rule or threshold uses is reported", "readings.yaml", "declaredReadings:\n", """
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
                        """)
                        .reports("{readings.yaml@- id: UNUSED-READING}: reading UNUSED-READING is used by no rule"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsReportedWhereItStands(KnowledgeErrorCase mistake) throws Exception {
        mistake.check(dir);
    }

    @Test
    void aNumberWithACitedLineIsNotReported() {
        assertFalse(
                KnowledgeErrorCase.lint(TestAdvisor.get()).contains("EVAL-TRIAL-PERIOD trial period decided"),
                "cited in the packaged rules");
    }
}
