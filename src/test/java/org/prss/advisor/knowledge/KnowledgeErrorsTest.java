package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.assessment.Scores;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Status;

/** Edited rules and checklists load from a folder; their errors name the file and line to fix. */
class KnowledgeErrorsTest {

    @TempDir
    Path dir;

    private String loadErrors(KnowledgeCopy copy) {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists));
        return e.report();
    }

    @Test
    void duplicateItemIdIsReportedWithBothPlaces() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.checklists.resolve("readiness.yaml");
        int first = KnowledgeCopy.lineOf(file, "id: RDY-LEAD-01");
        KnowledgeCopy.edit(file, "id: RDY-LEAD-02", "id: RDY-LEAD-01");
        String report = loadErrors(copy);
        assertTrue(report.contains("readiness.yaml:"), report);
        assertTrue(report.contains("duplicate id RDY-LEAD-01 (first defined at " + file + ":" + first + ")"), report);
    }

    @Test
    void aThresholdValueThatIsNotItsTypeIsReportedAtItsLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.checklists.resolve("thresholds.yaml");
        String text = Files.readString(file);
        int entry = text.indexOf("- id: MIN-PEERS-FOR-PEER-COLLEAGUES");
        int value = text.indexOf("    value: \"2\"", entry);
        Files.writeString(
                file,
                text.substring(0, value) + "    value: \"two\"" + text.substring(value + "    value: \"2\"".length()));
        int line = KnowledgeCopy.lineOf(file, "value: \"two\"");
        String report = loadErrors(copy);
        assertTrue(
                report.contains(
                        file + ":" + line + ": threshold 'MIN-PEERS-FOR-PEER-COLLEAGUES' is declared a whole number,"
                                + " but its value is 'two'; expected a whole number such as \"20\""),
                report);
    }

    @Test
    void aThresholdTypeThatIsMissingOrUnknownIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist(
                "thresholds.yaml", "    type: frequency\n    value: MONTHLY", "    type: frequncy\n    value: MONTHLY");
        copy.editChecklist("thresholds.yaml", "    type: range\n", "");
        String report = loadErrors(copy);
        assertTrue(
                report.contains(file + ":" + KnowledgeCopy.lineOf(file, "type: frequncy")
                        + ": threshold 'PEER-COMMUNITY-MIN-FREQUENCY': unknown type 'frequncy' (did you mean "
                        + "'frequency'?)"),
                report);
        assertTrue(
                report.contains(file + ":" + KnowledgeCopy.lineOf(file, "id: CASELOAD-SLIDES-RANGE-TREATMENT-COURT")
                        + ": threshold 'CASELOAD-SLIDES-RANGE-TREATMENT-COURT' needs a type: one of whole "
                        + "number, decimal"),
                report);
    }

    @Test
    void aDomainSheetNamedLikeAFixedSheetOrAnotherDomainsIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path readiness = copy.editChecklist("readiness.yaml", "sheet: Readiness Checklist", "sheet: sources");
        Path ethics = copy.editChecklist("ethics.yaml", "sheet: Ethics and Boundaries", "sheet: Quick Assessments");
        String report = loadErrors(copy);
        assertTrue(
                report.contains(readiness + ":" + KnowledgeCopy.lineOf(readiness, "sheet: sources")
                        + ": sheet name 'sources' is taken by the workbook's own Sources sheet; choose "
                        + "another with sheet:"),
                report);
        assertTrue(report.contains("sheet name 'Quick Assessments' is already the "), report);
        assertTrue(report.contains(ethics + ":") || report.contains("quick-assessments.yaml:"), report);
    }

    @Test
    void aThresholdIdThatIsAnItemIdIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist("thresholds.yaml", "- id: CERT-RENEWAL-YEARS", "- id: CERT-RENEWAL-TRACKED");
        String report = loadErrors(copy);
        assertTrue(
                report.contains("duplicate id CERT-RENEWAL-TRACKED (first defined at " + file + ":"
                        + KnowledgeCopy.lineOf(file, "id: CERT-RENEWAL-TRACKED") + ")"),
                report);
    }

    @Test
    void missingCitationIsReportedAtTheItemsLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.checklists.resolve("readiness.yaml");
        String text = Files.readString(file);
        int start = text.indexOf("  - id: RDY-HR-06");
        int cites = text.indexOf("    citations:", start);
        int next = text.indexOf("  - id: RDY-HR-07", start);
        Files.writeString(file, text.substring(0, cites) + text.substring(next));
        int line = KnowledgeCopy.lineOf(file, "id: RDY-HR-06");
        assertTrue(
                loadErrors(copy).contains(file + ":" + line + ": item RDY-HR-06: missing citation"), loadErrors(copy));
    }

    @Test
    void unknownSourceIsReportedWithTheNearestRegisteredName() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist(
                "readiness.yaml",
                "      - source: LAPPA Toolkit 2021\n        section: Appendix B, Human Resources",
                "      - source: LAPPA Toolkit 2012\n        section: Appendix B, Human Resources");
        String report = loadErrors(copy);
        assertTrue(
                report.contains(
                        ": item RDY-HR-01: unknown source 'LAPPA Toolkit 2012' (did you mean 'LAPPA Toolkit 2021'?)"),
                report);
        assertTrue(report.contains(file + ":" + KnowledgeCopy.lineOf(file, "id: RDY-HR-01")), report);
    }

    @Test
    void misspeltFieldAndBadSeverityAreReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("readiness.yaml", "    question:", "    questoin:");
        String report = loadErrors(copy);
        assertTrue(report.contains("unknown field 'questoin' (did you mean 'question'?)"), report);
    }

    @Test
    void ruleCompileErrorNamesTheRuleFileAndLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editRule(
                "readiness.drl",
                "ProgramFacts(supervision.supervisorTrainedInPeerSupport == true)",
                "ProgramFacts(supervision.supervisorTrainedInPeerSuport == true)");
        int line = KnowledgeCopy.lineOf(file, "supervisorTrainedInPeerSuport");
        String report = loadErrors(copy);
        assertTrue(report.contains(file.toString()), report);
        assertTrue(
                report.lines().anyMatch(l -> l.startsWith(file + ":") && l.contains("supervisorTrainedInPeerSuport")),
                report);
        assertTrue(report.contains(file + ":" + line + ": "), "line " + line + ": " + report);
    }

    private static Finding assessWith(Advisor advisor, String yaml, String id) throws Exception {
        Submission submission = advisor.reader().read("t", yaml.getBytes(StandardCharsets.UTF_8));
        return advisor.assess(submission, TestAdvisor.AS_OF).findings().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anEditedThresholdChangesTheOutcomeAndTheHash() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("thresholds.yaml", "value: MONTHLY", "value: WEEKLY");
        Advisor edited = Advisor.load(copy.rules, copy.checklists);
        Finding f = assessWith(edited, "facts: {peerNetworkAccess: MONTHLY}", "RDY-PEER-05");
        assertEquals(Status.PARTIAL, f.status());
        assertNotEquals(
                TestAdvisor.get().knowledge().ruleSet().hash(),
                edited.knowledge().ruleSet().hash());
    }

    @Test
    void aScoredDomainWithoutAWeightAndAWeightForNoDomainAreReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("scoring.yaml", "  ETHICS: 1\n", "  ETHIC: 1\n");
        String report = loadErrors(copy);
        assertTrue(report.contains("domainWeights: give domain ETHICS a positive weight in the overall score"), report);
        assertTrue(report.contains("domainWeights: no domain ETHIC"), report);
    }

    @Test
    void aDomainWeightChangesTheOverallScoreButNotTheDomainsOwn() throws Exception {
        String description = "program: {setting: JAIL}\nanswers: {RDY-LEAD-01: YES, ETH-CONFIDENTIALITY: NO}";
        Scores before = scores(TestAdvisor.get(), description);
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("scoring.yaml", "  READINESS: 1\n", "  READINESS: 3\n");
        Advisor edited = Advisor.load(copy.rules, copy.checklists);
        Scores after = scores(edited, description);
        assertTrue(after.overall() > before.overall(), before.overall() + " -> " + after.overall());
        assertEquals(readiness(before), readiness(after));
    }

    private static Scores scores(Advisor advisor, String yaml) throws Exception {
        Submission submission = advisor.reader().read("t", yaml.getBytes(StandardCharsets.UTF_8));
        return advisor.assess(submission, TestAdvisor.AS_OF).scores();
    }

    private static Double readiness(Scores scores) {
        return scores.domains().stream()
                .filter(d -> d.domain().equals("READINESS"))
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void anItemLimitedToOtherSettingsIsNotApplicable() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("readiness.yaml", "    group: HR\n", "    group: HR\n    settings: [PRISON, JAIL]\n");
        Advisor edited = Advisor.load(copy.rules, copy.checklists);
        Finding f = assessWith(edited, "program: {setting: TREATMENT_COURT}\nanswers: {RDY-HR-01: NO}", "RDY-HR-01");
        assertEquals(Status.NOT_APPLICABLE, f.status());
        assertEquals("Item does not apply to the program's setting", f.decidedBy());
        assertEquals(
                Status.GAP,
                assessWith(edited, "program: {setting: JAIL}\nanswers: {RDY-HR-01: NO}", "RDY-HR-01")
                        .status());
    }

    @Test
    void aSignalNearAnUnknownActivityOrKindIsReportedWithTheNearestId() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist(
                "role-language.yaml", "near: [TREATMENT_COURT_STAFFING]", "near: [TREATMENT_COURT_STAFING]");
        int line = KnowledgeCopy.lineOf(file, "id: SANCTION_DECISIONS");
        assertTrue(
                loadErrors(copy)
                        .contains(file + ":" + line + ": signal SANCTION_DECISIONS: near 'TREATMENT_COURT_STAFING' is"
                                + " neither a worksheet activity nor a kind of the duty corpus (did you mean"
                                + " 'TREATMENT_COURT_STAFFING'?)"),
                loadErrors(copy));
    }

    @Test
    void aSignalNamingAnUnknownActivityIsReportedWithTheNearestId() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist(
                "role-language.yaml",
                "activities: [ROLE-ACT-ANSWER-OFFICE-PHONES]",
                "activities: [ROLE-ACT-ANSWER-OFICE-PHONES]");
        int line = KnowledgeCopy.lineOf(file, "id: ADMINISTRATIVE_TASK");
        assertTrue(
                loadErrors(copy)
                        .contains(file + ":" + line + ": signal ADMINISTRATIVE_TASK: unknown worksheet activity"
                                + " 'ROLE-ACT-ANSWER-OFICE-PHONES' (did you mean 'ROLE-ACT-ANSWER-OFFICE-PHONES'?)"),
                loadErrors(copy));
    }

    @Test
    void aWordInTwoSynonymGroupsIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist("role-language.yaml", "  - [mentor, coach]", "  - [mentor, coach, drive]");
        int line = KnowledgeCopy.lineOf(file, "[mentor, coach, drive]");
        int first = KnowledgeCopy.lineOf(file, "  - [drive,");
        assertTrue(
                loadErrors(copy)
                        .contains(file + ":" + line + ": synonym 'drive' is already in the group at line " + first),
                loadErrors(copy));
    }

    @Test
    void badSignalIdAndStopWordOnlyPhraseAreReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("role-language.yaml", "  - id: RIDE_ONLY", "  - id: ride-only");
        copy.editChecklist("role-language.yaml", "\"vote\"]", "\"vote\", \"the -of\"]");
        String report = loadErrors(copy);
        assertTrue(report.contains("signal id 'ride-only' must be upper-case words joined by underscores"), report);
        assertTrue(
                report.contains(
                        "signal SANCTION_DECISIONS: phrase 'the -of' needs at least one required word that is not a "
                                + "stop word"),
                report);
    }

    @Test
    void aSignalWithoutACitationIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("role-language.yaml", """
                    citations:
                      - source: All Rise Guidelines 2023
                        section: Guideline 2, Implementation principle 4
                        locator: lines 254-258
                """, "");
        assertTrue(loadErrors(copy).contains(": signal SANCTION_DECISIONS: missing citation"), loadErrors(copy));
    }

    @Test
    void anAddedSynonymTeachesTheMatcherANewWord() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("role-language.yaml", "  - [mentor, coach]", "  - [mentor, coach]\n  - [curfew, lockdown]");
        Advisor edited = Advisor.load(copy.rules, copy.checklists);
        Finding f =
                assessWith(edited, "role: {duties: [Enforce lockdown hours at the sober house]}", "ROLE-COMPLIANCE");
        assertEquals(Status.GAP, f.status());
        assertTrue(f.rationale().contains("(role.duties[0]: lockdown)"), f.rationale());
        assertEquals(
                Status.MET,
                assessWith(
                                TestAdvisor.get(),
                                "role: {duties: [Enforce lockdown hours at the sober house]}",
                                "ROLE-COMPLIANCE")
                        .status());
    }
}
