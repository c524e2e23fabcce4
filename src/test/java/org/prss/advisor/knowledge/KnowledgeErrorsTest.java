package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prss.advisor.knowledge.KnowledgeErrorCase.editing;
import static org.prss.advisor.knowledge.KnowledgeErrorCase.linting;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.assessment.Scores;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Status;

/**
 * Edited rules and checklists load from a folder; their errors, and the problems {@code rules check} lints, name the
 * file and line to fix. Each kind of mistake, in any knowledge file, is a row of one parameterized test. The edits
 * that load are assessed with, and change the outcome they should; an edited checklist is loaded with the packaged,
 * precompiled rules, since its edits leave the rules as they are.
 */
class KnowledgeErrorsTest {

    private static final String COVERAGE_RULE =
            "rule 'MEDICAID-STATE-COVERAGE the state pays, but not yet confirmed outside a clinic'";

    @TempDir
    Path dir;

    static List<KnowledgeErrorCase> mistakes() {
        return List.of(
                editing(
                                "a rule that does not compile is reported at its file and line",
                                "readiness.drl",
                                "ProgramFacts(supervision.supervisorTrainedInPeerSupport == true)",
                                "ProgramFacts(supervision.supervisorTrainedInPeerSuport == true)")
                        .reports("{readiness.drl}", "{readiness.drl@supervisorTrainedInPeerSuport}: ")
                        .reportsLine("{readiness.drl}:", "supervisorTrainedInPeerSuport"),
                editing(
                                "a duplicate item id is reported with both places",
                                "readiness.yaml",
                                "id: RDY-LEAD-02",
                                "id: RDY-LEAD-01")
                        .reports(
                                "{readiness.yaml}:",
                                "duplicate id RDY-LEAD-01 (first defined at {readiness.yaml@id: RDY-LEAD-01})"),
                editing(
                                "a threshold value that is not its type is reported at its line",
                                "thresholds.yaml",
                                "  - id: MIN-PEERS-FOR-PEER-COLLEAGUES\n    type: whole number\n    value: \"2\"",
                                "  - id: MIN-PEERS-FOR-PEER-COLLEAGUES\n    type: whole number\n    value: \"two\"")
                        .reports("{thresholds.yaml@value: \"two\"}: threshold 'MIN-PEERS-FOR-PEER-COLLEAGUES' is"
                                + " declared a whole number, but its value is 'two'; expected a whole number such as"
                                + " \"20\""),
                editing(
                                "a threshold type that is unknown or missing is reported",
                                "thresholds.yaml",
                                "    type: frequency\n    value: MONTHLY",
                                "    type: frequncy\n    value: MONTHLY")
                        .and("thresholds.yaml", "    type: range\n", "")
                        .reports(
                                "{thresholds.yaml@type: frequncy}: threshold 'PEER-COMMUNITY-MIN-FREQUENCY': unknown"
                                        + " type 'frequncy' (did you mean 'frequency'?)",
                                "{thresholds.yaml@id: CASELOAD-SLIDES-RANGE-TREATMENT-COURT}: threshold"
                                        + " 'CASELOAD-SLIDES-RANGE-TREATMENT-COURT' needs a type: one of whole number,"
                                        + " decimal"),
                editing(
                                "a domain sheet named like a fixed sheet or another domain's is reported",
                                "readiness.yaml",
                                "sheet: Readiness Checklist",
                                "sheet: sources")
                        .and("ethics.yaml", "sheet: Ethics and Boundaries", "sheet: Quick Assessments")
                        .reports(
                                "{readiness.yaml@sheet: sources}: sheet name 'sources' is taken by the workbook's own"
                                        + " Sources sheet; choose another with sheet:",
                                "sheet name 'Quick Assessments' is already the ")
                        .reportsOneOf("{ethics.yaml}:", "{quick-assessments.yaml}:"),
                editing(
                                "a threshold id that is an item id is reported",
                                "thresholds.yaml",
                                "- id: CERT-RENEWAL-YEARS",
                                "- id: CERT-RENEWAL-TRACKED")
                        .reports("duplicate id CERT-RENEWAL-TRACKED (first defined at"
                                + " {thresholds.yaml@id: CERT-RENEWAL-TRACKED})"),
                editing(
                                "a missing citation is reported at the item's line",
                                "readiness.yaml",
                                "    citations:\n      - source: LAPPA Toolkit 2021\n        section: Appendix B,"
                                        + " Human Resources\n        locator: line 1006\n  - id: RDY-HR-07",
                                "  - id: RDY-HR-07")
                        .reports("{readiness.yaml@id: RDY-HR-06}: item RDY-HR-06: missing citation"),
                editing(
                                "an unknown source is reported with the nearest registered name",
                                "readiness.yaml",
                                "      - source: LAPPA Toolkit 2021\n        section: Appendix B, Human Resources",
                                "      - source: LAPPA Toolkit 2012\n        section: Appendix B, Human Resources")
                        .reports(
                                ": item RDY-HR-01: unknown source 'LAPPA Toolkit 2012' (did you mean 'LAPPA Toolkit"
                                        + " 2021'?)",
                                "{readiness.yaml@id: RDY-HR-01}"),
                editing(
                                "a misspelt field is reported with the nearest",
                                "readiness.yaml",
                                "    question:",
                                "    questoin:")
                        .reports("unknown field 'questoin' (did you mean 'question'?)"),
                editing(
                                "a scored domain without a weight and a weight for no domain are reported",
                                "scoring.yaml",
                                "  ETHICS: 1\n",
                                "  ETHIC: 1\n")
                        .reports(
                                "domainWeights: give domain ETHICS a positive weight in the overall score",
                                "domainWeights: no domain ETHIC"),
                editing(
                                "a signal near an unknown activity or kind is reported with the nearest id",
                                "role-language.yaml",
                                "near: [TREATMENT_COURT_STAFFING]",
                                "near: [TREATMENT_COURT_STAFING]")
                        .reports("{role-language.yaml@id: SANCTION_DECISIONS}: signal SANCTION_DECISIONS: near"
                                + " 'TREATMENT_COURT_STAFING' is neither a worksheet activity nor a kind of the duty"
                                + " corpus (did you mean 'TREATMENT_COURT_STAFFING'?)"),
                editing(
                                "a signal naming an unknown activity is reported with the nearest id",
                                "role-language.yaml",
                                "activities: [ROLE-ACT-ANSWER-OFFICE-PHONES]",
                                "activities: [ROLE-ACT-ANSWER-OFICE-PHONES]")
                        .reports("{role-language.yaml@id: ADMINISTRATIVE_TASK}: signal ADMINISTRATIVE_TASK: unknown"
                                + " worksheet activity 'ROLE-ACT-ANSWER-OFICE-PHONES' (did you mean"
                                + " 'ROLE-ACT-ANSWER-OFFICE-PHONES'?)"),
                editing(
                                "a word in two synonym groups is reported",
                                "role-language.yaml",
                                "  - [mentor, coach]",
                                "  - [mentor, coach, drive]")
                        .reports("{role-language.yaml@[mentor, coach, drive]}: synonym 'drive' is already in the"
                                + " group at line {role-language.yaml#  - [drive,}"),
                editing(
                                "a bad signal id and a stop-word-only phrase are reported",
                                "role-language.yaml",
                                "  - id: RIDE_ONLY",
                                "  - id: ride-only")
                        .and("role-language.yaml", "\"vote\"]", "\"vote\", \"the -of\"]")
                        .reports(
                                "signal id 'ride-only' must be upper-case words joined by underscores",
                                "signal SANCTION_DECISIONS: phrase 'the -of' needs at least one required word that is"
                                        + " not a stop word"),
                editing("a signal without a citation is reported", "role-language.yaml", """
                            citations:
                              - source: All Rise Guidelines 2023
                                section: Guideline 2, Implementation principle 4
                                locator: lines 254-258
                        """, "")
                        .reports(": signal SANCTION_DECISIONS: missing citation"),
                // Declared readings
                editing(
                                "a reading with one alternative and a stray default is reported at its lines",
                                "readings.yaml",
                                "declaredReadings:\n",
                                """
                        declaredReadings:
                          - id: HALF-A-READING
                            title: A question with one answer
                            source: The sources say little.
                            citations:
                              - {source: LAPPA Toolkit 2021, section: Chapter 2, locator: line 461}
                            default: TWO-WAYS
                            alternatives:
                              - {id: ONE-WAY, reads: One way., decides: Something.}
                            why: Because.
                        """)
                        .reports(
                                "{readings.yaml@    alternatives:}: reading HALF-A-READING: list at least two"
                                        + " alternatives",
                                "{readings.yaml@    default: TWO-WAYS}: reading HALF-A-READING: default 'TWO-WAYS' must"
                                        + " name one of its alternatives (ONE-WAY)"),
                editing(
                                "a threshold naming an undeclared reading is reported with the nearest one",
                                "thresholds.yaml",
                                "    unit: frequency\n",
                                "    unit: frequency\n    reading: MEDICAID-NON-CLINICAL-SETING\n")
                        .reports("{thresholds.yaml@reading: MEDICAID}: threshold PEER-COMMUNITY-MIN-FREQUENCY rests on"
                                + " reading MEDICAID-NON-CLINICAL-SETING, which no readings file declares (did you mean"
                                + " 'MEDICAID-NON-CLINICAL-SETTING'?)"),
                // The team-answer rule (scoring.yaml)
                editing(
                                "a misspelt team-answer method is the one problem, at its line, with the nearest",
                                "scoring.yaml",
                                "    LOW: MOST_COMMON\n",
                                "    LOW: MOST_COMON\n")
                        .reportsOnly("{scoring.yaml@LOW: MOST_COMON}: teamAnswers.bySeverity.LOW: 'MOST_COMON' is not"
                                + " one of LEAST_FAVOURABLE, MOST_COMMON (did you mean 'MOST_COMMON'?)"),
                // Job description sections
                editing(
                                "a repeated or empty duty heading and a missing citation are reported at their lines",
                                "job-description-sections.yaml",
                                "  - Tasks\n",
                                "  - Tasks\n  - 'duties:'\n  - ''\n")
                        .and("job-description-sections.yaml", "citations:", "sources:")
                        .reports(
                                "{job-description-sections.yaml@'duties:'}: duty section 'duties:' is the same heading"
                                        + " as 'Duties'",
                                "{job-description-sections.yaml@  - ''}: a duty section must be a heading's text, like"
                                        + " 'Essential Functions'",
                                "{job-description-sections.yaml}:1: the duty sections: missing citation"),
                editing(
                                "an unknown field in a citation of the duty sections is reported at the citation",
                                "job-description-sections.yaml",
                                "    section: Tool 4, Sample Job Descriptions",
                                "    section: Tool 4, Sample Job Descriptions\n    page: 12")
                        .reports("{job-description-sections.yaml@- source: Corrections PRSS Guide}: unknown field"
                                + " 'page'"),
                // The state table and LAPPA's statements on states' recovery rules
                editing(
                                "a limited Medicaid entry without its limit is reported",
                                "state-certification.csv",
                                "LIMITED,BUNDLED_SERVICE,lines 3468",
                                "LIMITED,,lines 3468")
                        .reports("{state-certification.csv@TX,Texas}: TX: a LIMITED Medicaid entry must name its"
                                + " medicaidLimit"),
                editing(
                                "a Medicaid reading that contradicts the printed words is reported",
                                "state-certification.csv",
                                "No,NOT_COVERED,,lines 3126",
                                "No,COVERED,,lines 3126")
                        .reports("{state-certification.csv@MD,Maryland}: MD: medicaidCoverage is COVERED but the table"
                                + " prints 'No'"),
                editing(
                                "a recovery statement on no state is reported",
                                "state-recovery-statements.yaml",
                                "- state: CT",
                                "- state: XX")
                        .reports("{state-recovery-statements.yaml@- state: XX}: recovery statement XX: no such state in"
                                + " state-certification.csv"),
                // Hawaii's row, relabelled IL, stands above Illinois's.
                editing(
                                "a state listed twice is reported at its line",
                                "state-certification.csv",
                                "HI,Hawaii",
                                "IL,Hawaii")
                        .reports("{state-certification.csv@IL,Illinois}: state IL is listed twice (first at line"
                                + " {state-certification.csv#IL,Hawaii})"),
                editing("a wrong header is reported", "state-certification.csv", "trainingHours", "hours")
                        .reports("{state-certification.csv}:1: the header must be"
                                + " state,jurisdiction,title,certifyingBody,trainingHours"),
                // Duty frames
                editing(
                                "a misspelt signal and a conditional reading without its condition are reported",
                                "duty-frames.yaml",
                                "    signal: COMPLIANCE_MONITORING\n",
                                "    signal: COMPLIANCE_MONITORIN\n")
                        .and(
                                "duty-frames.yaml",
                                "        verdict: CONDITIONAL\n        condition: \"only with the participant's signed"
                                        + " release",
                                "        verdict: CONDITIONAL\n        conditio: \"only with the participant's signed"
                                        + " release")
                        .reports(
                                "{duty-frames.yaml@  - id: REPORTS_COMPLIANCE}: reading REPORTS_COMPLIANCE: unknown"
                                        + " signal 'COMPLIANCE_MONITORIN' (did you mean 'COMPLIANCE_MONITORING'?)",
                                "unknown field 'conditio'"),
                editing(
                                "an uncited answer not marked unsettled is reported",
                                "role-activities.yaml",
                                "unsettled: true",
                                "unsettled: false")
                        .reports(": missing citation (or mark it unsettled: true"),
                // Lint problems of declared readings: a decision the advisor calls its own reading must name one, a
                // rule must match a reading and an alternative that exist, every alternative must be one a rule can
                // take, and a rule comparing a fact with a number must say where the number comes from.
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
    void aNumberWithACitedLineIsNotLinted() {
        assertFalse(
                KnowledgeErrorCase.lint(TestAdvisor.get()).contains("EVAL-TRIAL-PERIOD trial period decided"),
                "cited in the packaged rules");
    }

    /** The packaged advisor with the copy's checklists, edited, and the packaged (precompiled) rules. */
    private Advisor edited(String file, String find, String replace) throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.apply(new KnowledgeEdit(file, find, replace));
        return Advisor.load(null, copy.checklists);
    }

    private static Submission read(Advisor advisor, String yaml) throws Exception {
        return advisor.reader().read("t", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Finding assessWith(Advisor advisor, String yaml, String id) throws Exception {
        return TestAdvisor.finding(advisor.assess(read(advisor, yaml), TestAdvisor.AS_OF), id);
    }

    private static Scores scores(Advisor advisor, String yaml) throws Exception {
        return advisor.assess(read(advisor, yaml), TestAdvisor.AS_OF).scores();
    }

    private static Double readiness(Scores scores) {
        return scores.domains().stream()
                .filter(d -> d.domain().equals("READINESS"))
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void anEditedThresholdChangesTheOutcomeAndTheHash() throws Exception {
        Advisor edited = edited("thresholds.yaml", "value: MONTHLY", "value: WEEKLY");
        Finding f = assessWith(edited, "facts: {peerNetworkAccess: MONTHLY}", "RDY-PEER-05");
        assertEquals(Status.PARTIAL, f.status());
        assertNotEquals(
                TestAdvisor.get().knowledge().ruleSet().hash(),
                edited.knowledge().ruleSet().hash());
    }

    @Test
    void aDomainWeightChangesTheOverallScoreButNotTheDomainsOwn() throws Exception {
        String description = "program: {setting: JAIL}\nanswers: {RDY-LEAD-01: YES, ETH-CONFIDENTIALITY: NO}";
        Scores before = scores(TestAdvisor.get(), description);
        Scores after = scores(edited("scoring.yaml", "  READINESS: 1\n", "  READINESS: 3\n"), description);
        assertTrue(after.overall() > before.overall(), before.overall() + " -> " + after.overall());
        assertEquals(readiness(before), readiness(after));
    }

    @Test
    void anItemLimitedToOtherSettingsIsNotApplicable() throws Exception {
        Advisor edited = edited("readiness.yaml", "    group: HR\n", "    group: HR\n    settings: [PRISON, JAIL]\n");
        Finding f = assessWith(edited, "program: {setting: TREATMENT_COURT}\nanswers: {RDY-HR-01: NO}", "RDY-HR-01");
        assertEquals(Status.NOT_APPLICABLE, f.status());
        assertEquals("Item does not apply to the program's setting", f.decidedBy());
        assertEquals(
                Status.GAP,
                assessWith(edited, "program: {setting: JAIL}\nanswers: {RDY-HR-01: NO}", "RDY-HR-01")
                        .status());
    }

    @Test
    void anAddedSynonymTeachesTheMatcherANewWord() throws Exception {
        Advisor edited =
                edited("role-language.yaml", "  - [mentor, coach]", "  - [mentor, coach]\n  - [curfew, lockdown]");
        String lockdown = "role: {duties: [Enforce lockdown hours at the sober house]}";
        Finding f = assessWith(edited, lockdown, "ROLE-COMPLIANCE");
        assertEquals(Status.GAP, f.status());
        assertTrue(f.rationale().contains("(role.duties[0]: lockdown)"), f.rationale());
        assertEquals(
                Status.MET,
                assessWith(TestAdvisor.get(), lockdown, "ROLE-COMPLIANCE").status());
    }
}
