package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.knowledge.KnowledgeCopy;
import org.prss.advisor.knowledge.Threshold;
import org.prss.advisor.model.Status;

/**
 * Every figure a rule compares with or prints comes from checklists/thresholds.yaml: for each threshold, a program
 * is assessed with the shipped value and with an edited copy, and the finding follows the edit (its status, or the
 * figure its rationale states). The packaged rules are used unchanged; only the checklists differ.
 */
class ThresholdEditsTest {

    @TempDir
    Path dir;

    /**
     * A threshold, the value to give it, a program, and the finding before and after the edit.
     *
     * @param says words the edited finding's rationale must contain (the edited figure), or null
     * @param reading a declared reading's alternative to assess under (ID=ALTERNATIVE), for a threshold only that
     *     alternative reads; or null for the defaults
     */
    record Edit(
            String threshold,
            String value,
            String program,
            String item,
            Status shipped,
            Status edited,
            String says,
            String reading) {

        Edit(String threshold, String value, String program, String item, Status shipped, Status edited, String says) {
            this(threshold, value, program, item, shipped, edited, says, null);
        }

        @Override
        public String toString() {
            return threshold + " -> " + value;
        }
    }

    static List<Edit> edits() {
        return List.of(
                new Edit(
                        "PEER-COMMUNITY-MIN-FREQUENCY",
                        "WEEKLY",
                        "facts: {peerNetworkAccess: BIWEEKLY}",
                        "RDY-PEER-05",
                        Status.MET,
                        Status.PARTIAL,
                        "at least WEEKLY"),
                new Edit(
                        "MIN-PEERS-FOR-PEER-COLLEAGUES",
                        "\"3\"",
                        "facts: {peerPositions: 2, peerNetworkAccess: NONE}",
                        "RDY-PEER-03",
                        Status.MET,
                        Status.GAP,
                        null),
                new Edit(
                        "BARGAINING-UNIT-EMPLOYMENT-MODELS",
                        "[AGENCY_EMPLOYEE, PARTNER_ORGANIZATION]",
                        "facts: {employmentModel: PARTNER_ORGANIZATION}",
                        "RDY-LEAD-06",
                        Status.NOT_APPLICABLE,
                        Status.UNKNOWN,
                        null),
                new Edit(
                        "EMPLOYER-OUTSIDE-MODELS",
                        "[PARTNER_ORGANIZATION, CONTRACTOR]",
                        "facts: {employmentModel: VOLUNTEER}",
                        "HIRE-EMPLOYER-CHOSEN",
                        Status.MET,
                        Status.UNKNOWN,
                        null),
                new Edit(
                        "CASELOAD-TYPICAL-MIN",
                        "\"15\"",
                        "program: {setting: PROBATION_PAROLE}\nfacts: {caseloadPerPeer: 25}",
                        "STAFF-CASELOAD",
                        Status.MET,
                        Status.MET,
                        "typically 15-30"),
                new Edit(
                        "CASELOAD-TYPICAL-MAX",
                        "\"25\"",
                        "program: {setting: PROBATION_PAROLE}\nfacts: {caseloadPerPeer: 26}",
                        "STAFF-CASELOAD",
                        Status.MET,
                        Status.PARTIAL,
                        "above 25, the top of the toolkit's typical range"),
                new Edit(
                        "CASELOAD-MAX-TREATMENT-COURT",
                        "\"25\"",
                        "program: {setting: TREATMENT_COURT}\nfacts: {caseloadPerPeer: 22}",
                        "STAFF-CASELOAD",
                        Status.GAP,
                        Status.MET,
                        "no more than 25"),
                new Edit(
                        "CASELOAD-SLIDES-RANGE-TREATMENT-COURT",
                        "[\"25\", \"35\"]",
                        "program: {setting: TREATMENT_COURT}\nfacts: {caseloadPerPeer: 22}",
                        "STAFF-CASELOAD",
                        Status.GAP,
                        Status.GAP,
                        "slides' 25-35"),
                new Edit(
                        "FACILITY-POPULATION-BASE",
                        "\"1000\"",
                        "program: {setting: JAIL}\nfacts: {averageDailyPopulation: 1500, mentalHealthProgram: false, "
                                + "peerPositions: 15}",
                        "STAFF-FACILITY-RATIO",
                        Status.MET,
                        Status.GAP,
                        "/ 1000 x 15"),
                new Edit(
                        "FACILITY-PEERS-PER-1500-MIN",
                        "\"16\"",
                        "program: {setting: JAIL}\nfacts: {averageDailyPopulation: 1500, mentalHealthProgram: false, "
                                + "peerPositions: 15}",
                        "STAFF-FACILITY-RATIO",
                        Status.MET,
                        Status.GAP,
                        "x 16"),
                new Edit(
                        "FACILITY-PEERS-PER-1500-MAX",
                        "\"30\"",
                        "program: {setting: JAIL}\nfacts: {averageDailyPopulation: 1500, mentalHealthProgram: false, "
                                + "peerPositions: 30}",
                        "STAFF-FACILITY-RATIO",
                        Status.MET,
                        Status.MET,
                        "range runs to 30"),
                new Edit(
                        "FACILITY-PEERS-PER-1500-MIN-MH-PROGRAM",
                        "\"25\"",
                        "program: {setting: JAIL}\nfacts: {averageDailyPopulation: 1500, mentalHealthProgram: true, "
                                + "peerPositions: 20}",
                        "STAFF-FACILITY-RATIO",
                        Status.MET,
                        Status.GAP,
                        "raises the low end to 25"),
                new Edit(
                        "SUPERVISION-MIN-FREQUENCY",
                        "WEEKLY",
                        "facts: {supervision: {frequency: BIWEEKLY}}",
                        "SUP-FREQUENCY",
                        Status.MET,
                        Status.PARTIAL,
                        "at least WEEKLY"),
                new Edit(
                        "SUPERVISION-PARTIAL-FREQUENCY",
                        "QUARTERLY",
                        "facts: {supervision: {frequency: QUARTERLY}}",
                        "SUP-FREQUENCY",
                        Status.GAP,
                        Status.PARTIAL,
                        null,
                        "SUPERVISION-LESS-THAN-BIWEEKLY=MONTHLY-FLOOR"),
                new Edit(
                        "MOUD-PARTNER-SETTINGS",
                        "[JAIL, PRISON, REENTRY, TREATMENT_COURT]",
                        "program: {setting: TREATMENT_COURT}\nfacts: {partners: {moudProvider: false}}",
                        "PART-MOUD-PARTNER",
                        Status.NOT_APPLICABLE,
                        Status.GAP,
                        null),
                new Edit(
                        "GRADUATE-MIN-YEARS-SUSTAINED-RECOVERY",
                        "\"3\"",
                        "program: {setting: TREATMENT_COURT}\nfacts:"
                                + " {graduatesHiredAsPeers: true, graduateWaitingPeriod: {yearsSustainedRecovery: "
                                + "2.5, yearsSinceProgramExit: 1}}",
                        "HIRE-GRADUATE-WAITING",
                        Status.MET,
                        Status.GAP,
                        "at least 3"),
                new Edit(
                        "GRADUATE-MIN-YEARS-SINCE-PROGRAM-EXIT",
                        "\"2\"",
                        "program: {setting: TREATMENT_COURT}\nfacts:"
                                + " {graduatesHiredAsPeers: true, graduateWaitingPeriod: {yearsSustainedRecovery: 2, "
                                + "yearsSinceProgramExit: 1.5}}",
                        "HIRE-GRADUATE-WAITING",
                        Status.MET,
                        Status.GAP,
                        "and 2 are needed"),
                new Edit(
                        "STATE-RECOVERY-YEARS-TYPICAL-MIN",
                        "\"0.5\"",
                        "program: {state: WA}\nfacts: {yearsInRecoveryRequired: 1}\n"
                                + "answers: {HIRE-RECOVERY-TIME: \"YES\"}",
                        "HIRE-RECOVERY-TIME",
                        Status.MET,
                        Status.MET,
                        "usual 0.5 to 2 years"),
                new Edit(
                        "STATE-RECOVERY-YEARS-TYPICAL-MAX",
                        "\"3\"",
                        "program: {state: WA}\nfacts: {yearsInRecoveryRequired: 3}\n"
                                + "answers: {HIRE-RECOVERY-TIME: \"YES\"}",
                        "HIRE-RECOVERY-TIME",
                        Status.PARTIAL,
                        Status.MET,
                        "usual 1 to 3 years"),
                new Edit(
                        "SAMPLE-JOB-RECOVERY-YEARS",
                        "\"1.5\"",
                        "program: {state: WA}\nfacts: {yearsInRecoveryRequired: 1.5}\n"
                                + "answers: {HIRE-RECOVERY-TIME: \"YES\"}",
                        "HIRE-RECOVERY-TIME",
                        Status.MET,
                        Status.MET,
                        "as the sources' sample job descriptions do"),
                new Edit(
                        "STATE-TRAINING-HOURS-RANGE",
                        "[\"10\", \"120\"]",
                        "program: {state: WA}\nfacts: {certificationRequired: true}\n"
                                + "answers: {CERT-STATE-REQUIREMENTS: \"YES\"}",
                        "CERT-STATE-REQUIREMENTS",
                        Status.MET,
                        Status.MET,
                        "training runs 10-120 hours"),
                new Edit(
                        "STATE-TRAINING-HOURS-COMMON",
                        "[\"30\", \"40\"]",
                        "program: {state: WA}\nfacts: {certificationRequired: false}",
                        "CERT-STATE-REQUIREMENTS",
                        Status.PARTIAL,
                        Status.PARTIAL,
                        "most often 30-40"),
                new Edit(
                        "CERT-RENEWAL-YEARS",
                        "\"3\"",
                        "facts: {certificationRequired: true}",
                        "CERT-RENEWAL-TRACKED",
                        Status.UNKNOWN,
                        Status.UNKNOWN,
                        "every 3 years"),
                new Edit(
                        "PEER-HOURLY-RATE-SURVEY-AVERAGE",
                        "\"20\"",
                        "facts: {employmentModel: CONTRACTOR, pay: {benefits: false, hourlyRate: 16}}",
                        "PAY-CONTRACT-RISK",
                        Status.UNKNOWN,
                        Status.UNKNOWN,
                        "about $20 on average"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theFindingFollowsTheEditedThreshold(Edit edit) throws Exception {
        Finding shipped = assess(TestAdvisor.get(), edit);
        assertEquals(edit.shipped(), shipped.status(), "shipped value: " + shipped.rationale());
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path thresholds = copy.checklists.resolve("thresholds.yaml");
        Files.writeString(thresholds, withValue(Files.readString(thresholds), edit.threshold(), edit.value()));
        Finding edited = assess(Advisor.load(null, copy.checklists), edit);
        assertEquals(edit.edited(), edited.status(), "edited value: " + edited.rationale());
        if (edit.says() != null) {
            assertTrue(edited.rationale().contains(edit.says()), edited.rationale());
            assertTrue(
                    !shipped.rationale().contains(edit.says()),
                    "the shipped rationale differs: " + shipped.rationale());
        }
    }

    @Test
    void everyThresholdHasAnEditThatShowsItIsRead() {
        Set<String> shown = edits().stream().map(Edit::threshold).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = TestAdvisor.get().knowledge().thresholds().stream()
                .map(Threshold::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, shown);
    }

    private static Finding assess(Advisor loaded, Edit edit) throws Exception {
        Advisor advisor = edit.reading() == null
                ? loaded
                : loaded.withReadings(ReadingChoices.parse(loaded.knowledge(), List.of(edit.reading())));
        var submission = advisor.reader().read("edit.yaml", edit.program().getBytes(StandardCharsets.UTF_8));
        return advisor.assess(submission, TestAdvisor.AS_OF).findings().stream()
                .filter(f -> f.id().equals(edit.item()))
                .findFirst()
                .orElseThrow();
    }

    /** The thresholds file with one threshold's value (or values) line replaced. */
    private static String withValue(String yaml, String id, String value) {
        int entry = yaml.indexOf("- id: " + id + "\n");
        assertTrue(entry >= 0, id + " in thresholds.yaml");
        int line = yaml.indexOf("\n    value", entry) + 1;
        int end = yaml.indexOf('\n', line);
        String key = yaml.substring(line, end).trim().startsWith("values:") ? "values" : "value";
        return yaml.substring(0, line) + "    " + key + ": " + value + yaml.substring(end);
    }
}
