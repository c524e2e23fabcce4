package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/** The ROLE items, decided by the program's facts and its proposed duties: each rule firing, and not firing. */
class RoleItemRulesTest {

    private static Finding decide(String id, String yaml) throws Exception {
        return TestAdvisor.finding(TestAdvisor.assess(yaml), id);
    }

    private static String duties(String... lines) {
        StringBuilder yaml = new StringBuilder("role:\n  duties:\n");
        for (String line : lines) {
            yaml.append("    - ").append(line).append('\n');
        }
        return yaml.toString();
    }

    private static void assertDecided(Finding f, Status status, String rule) {
        assertEquals(status, f.status(), f.rationale());
        assertEquals(rule, f.decidedBy());
    }

    /**
     * A line no worksheet activity or signal matches, so its verdict is NEEDS_REVIEW; its nearest labelled lines (the
     * food bank, a recreation group) bear on no ROLE item, so it holds none of them open.
     */
    private static final String UNMATCHED = "Water the lobby plants on Fridays";

    /** Unmatched lines whose nearest labelled lines bear on one item each (issue 32), named by what they come near. */
    private static final String NEAR_SUBSTITUTE = "Restock the break room";

    private static final String NEAR_SANCTIONS = "Have a voice when the team decides next steps for a participant";
    private static final String NEAR_MANDATED = "Make sure participants come to their peer sessions";
    private static final String NEAR_CLINICAL = "Work with participants on their release plans";
    private static final String NEAR_LIVED_EXPERIENCE = "Be living proof that people get better";
    private static final String NEAR_A_RIDE = "Get participants to their appointments";
    private static final String NEAR_REPORTING = "Give the coordinator a weekly picture of each participant";

    private static void assertNamesTheUnreviewedLine(Finding f, String line, int index) {
        assertTrue(f.rationale().contains("'" + line + "' (role.duties[" + index + "])"), f.rationale());
        assertTrue(
                f.evidence().contains("role.duties[" + index + "]"),
                f.evidence().toString());
    }

    // ROLE-WRITTEN

    @Test
    void writtenMetWhenRoleAndJobDescriptionsExist() throws Exception {
        Finding f =
                decide("ROLE-WRITTEN", "facts: {writtenRoleDescription: true, settingSpecificJobDescription: true}");
        assertDecided(f, Status.MET, "ROLE-WRITTEN both documents written");
        assertEquals(List.of("facts.writtenRoleDescription", "facts.settingSpecificJobDescription"), f.evidence());
        assertEquals("All Rise Guidelines 2023", f.citations().get(0).source());
        assertEquals("line 251", f.citations().get(0).locator());
    }

    @Test
    void writtenPartialNamesTheMissingDocument() throws Exception {
        Finding noJob =
                decide("ROLE-WRITTEN", "facts: {writtenRoleDescription: true, settingSpecificJobDescription: false}");
        assertDecided(noJob, Status.PARTIAL, "ROLE-WRITTEN one of the two documents missing");
        assertTrue(
                noJob.rationale().startsWith("The role description is written, but there is no job description"),
                noJob.rationale());
        Finding noRole =
                decide("ROLE-WRITTEN", "facts: {writtenRoleDescription: false, settingSpecificJobDescription: true}");
        assertTrue(
                noRole.rationale().startsWith("A job description for this setting exists, but the role"),
                noRole.rationale());
    }

    @Test
    void writtenGapWhenNeitherExists() throws Exception {
        Finding f =
                decide("ROLE-WRITTEN", "facts: {writtenRoleDescription: false, settingSpecificJobDescription: false}");
        assertDecided(f, Status.GAP, "ROLE-WRITTEN neither document written");
        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void writtenUnknownWithOneDocumentNotStatedSaysWhatItWouldChange() throws Exception {
        Finding roleOnly = decide("ROLE-WRITTEN", "facts: {writtenRoleDescription: true}");
        assertDecided(roleOnly, Status.UNKNOWN, "ROLE-WRITTEN one document not stated");
        assertTrue(
                roleOnly.rationale()
                        .startsWith("The role description is written, but the description does not say whether"
                                + " a job description for this setting exists (facts.settingSpecificJobDescription): "
                                + "if so, this is met;"
                                + " if not, partly met."),
                roleOnly.rationale());
        Finding noJob = decide("ROLE-WRITTEN", "facts: {settingSpecificJobDescription: false}");
        assertDecided(noJob, Status.UNKNOWN, "ROLE-WRITTEN one document not stated");
        assertTrue(
                noJob.rationale().contains("facts.writtenRoleDescription): if so, this is partly met; if not, a gap."),
                noJob.rationale());
    }

    @Test
    void writtenWithOneDocumentNotStatedIsDecidedByTheAnswer() throws Exception {
        assertDecided(
                decide("ROLE-WRITTEN", "facts: {writtenRoleDescription: true}\nanswers: {ROLE-WRITTEN: \"YES\"}"),
                Status.MET,
                "Answer YES means the item is met");
        assertDecided(
                decide("ROLE-WRITTEN", "program: {setting: JAIL}"),
                Status.UNKNOWN,
                "No answer and no deciding fact leaves the item unknown");
    }

    // ROLE-SUBSTITUTE

    @Test
    void substituteGapNamesTheDutyAndTheWordsThatShowedIt() throws Exception {
        Finding f = decide(
                "ROLE-SUBSTITUTE",
                duties("Facilitate a weekly recovery group", "Serve as case manager for new participants"));
        assertDecided(f, Status.GAP, "ROLE-SUBSTITUTE duties belong to other staff");
        assertTrue(
                f.rationale().contains("'Serve as case manager for new participants' (role.duties[1]: case, manager)"),
                f.rationale());
        assertEquals(List.of("role.duties[1]"), f.evidence());
    }

    @Test
    void substituteGapForAListedActivityTheWorksheetGivesToAClinician() throws Exception {
        Finding f = decide("ROLE-SUBSTITUTE", "role: {activities: [ROLE-ACT-THERAPY-SESSION]}");
        assertEquals(Status.GAP, f.status());
        assertTrue(f.rationale().contains("(role.activities[0]: via ROLE-ACT-THERAPY-SESSION)"), f.rationale());
    }

    @Test
    void substituteMetWhenDutiesOnlyMentionOtherStaff() throws Exception {
        Finding f = decide(
                "ROLE-SUBSTITUTE",
                duties(
                        "Support participants in talking with their case manager about recovery goals",
                        "Link participants to mutual aid and help them find a sponsor"));
        assertDecided(f, Status.MET, "ROLE-SUBSTITUTE no duty belongs to other staff");
        assertEquals(List.of("role.duties[0]", "role.duties[1]"), f.evidence());
    }

    @Test
    void aConditionalActivityBetterDoneByOthersIsNotASubstitute() throws Exception {
        Finding f = decide("ROLE-SUBSTITUTE", "role: {activities: [ROLE-ACT-ANSWER-OFFICE-PHONES]}");
        assertEquals(Status.MET, f.status(), f.rationale());
    }

    @Test
    void substituteUnknownWhileALineThatMayBeAnotherStaffMembersJobIsUnreviewed() throws Exception {
        Finding f = decide("ROLE-SUBSTITUTE", duties("Facilitate a weekly recovery group", NEAR_SUBSTITUTE, UNMATCHED));
        assertDecided(f, Status.UNKNOWN, "ROLE-SUBSTITUTE duties not yet reviewed");
        assertTrue(
                f.rationale()
                        .startsWith("No reviewed duty is another staff member's job, but 1 of the 3 proposed duties,"
                                + " which the advisor could not settle and which may bear on it, is still to be"
                                + " reviewed by a person: 'Restock the break room' (role.duties[1]). If any"),
                f.rationale());
        assertEquals(List.of("role.duties[1]"), f.evidence());
    }

    @Test
    void substituteMetBesideAnUnreviewedLineThatDoesNotBearOnIt() throws Exception {
        Finding f = decide("ROLE-SUBSTITUTE", duties("Facilitate a weekly recovery group", UNMATCHED));
        assertDecided(f, Status.MET, "ROLE-SUBSTITUTE no duty belongs to other staff");
    }

    @Test
    void substituteGapStandsBesideAnUnreviewedLine() throws Exception {
        assertDecided(
                decide("ROLE-SUBSTITUTE", duties("Serve as case manager for new participants", UNMATCHED)),
                Status.GAP,
                "ROLE-SUBSTITUTE duties belong to other staff");
    }

    @Test
    void substituteUnknownWithoutDuties() throws Exception {
        assertDecided(
                decide("ROLE-SUBSTITUTE", "program: {setting: JAIL}"),
                Status.UNKNOWN,
                "No answer and no deciding fact leaves the item unknown");
    }

    // ROLE-COMPLIANCE

    @Test
    void complianceGapForUrineScreensAndCurfewReports() throws Exception {
        Finding f = decide(
                "ROLE-COMPLIANCE",
                duties(
                        "Administer random urine screens",
                        "Report curfew violations to the judge",
                        "Facilitate a weekly recovery group"));
        assertDecided(f, Status.GAP, "ROLE-COMPLIANCE duties monitor compliance");
        assertEquals(Severity.CRITICAL, f.severity());
        assertTrue(
                f.rationale()
                        .contains(
                                "'Report curfew violations to the judge' (role.duties[1]: report, curfew, violations)"),
                f.rationale());
        assertEquals(List.of("role.duties[0]", "role.duties[1]"), f.evidence());
        assertEquals("line 253", f.citations().get(0).locator());
    }

    @Test
    void complianceMetWhenNoDutyChecksCompliance() throws Exception {
        Finding f = decide("ROLE-COMPLIANCE", duties("Sit with participants at their drug tests when they ask"));
        assertDecided(f, Status.MET, "ROLE-COMPLIANCE no duty monitors compliance");
        assertTrue(f.rationale().contains("None of the 1 proposed duties"), f.rationale());
    }

    @Test
    void complianceUnknownWhileOnlyTheLinesThatMayReportOnParticipantsAreNamed() throws Exception {
        Finding f = decide(
                "ROLE-COMPLIANCE",
                duties(
                        "Facilitate a weekly recovery group",
                        "Restock the break room",
                        "Calibrate the kiosk in the visiting area",
                        NEAR_REPORTING));
        assertDecided(f, Status.UNKNOWN, "ROLE-COMPLIANCE duties not yet reviewed");
        assertEquals(Severity.CRITICAL, f.severity());
        assertTrue(
                f.rationale()
                        .contains("but 2 of the 4 proposed duties, which the advisor could not settle and which may"
                                + " bear on it, are still to be reviewed by a person: 'Calibrate the kiosk in the"
                                + " visiting area' (role.duties[2]); 'Give the coordinator a weekly picture of each"
                                + " participant' (role.duties[3])."),
                f.rationale());
        assertEquals(List.of("role.duties[2]", "role.duties[3]"), f.evidence(), "the break room comes near no report");
    }

    @Test
    void complianceAnswerNoDecidesWhatTheUnreviewedLinesLeaveOpenButYesDoesNot() throws Exception {
        assertDecided(
                decide("ROLE-COMPLIANCE", duties(NEAR_REPORTING) + "answers: {ROLE-COMPLIANCE: \"NO\"}"),
                Status.GAP,
                "Answer NO means a gap");
        Finding yes = decide("ROLE-COMPLIANCE", duties(NEAR_REPORTING) + "answers: {ROLE-COMPLIANCE: \"YES\"}");
        assertDecided(yes, Status.UNKNOWN, "ROLE-COMPLIANCE duties not yet reviewed");
        assertTrue(
                yes.rationale()
                        .contains("The checklist answered YES, but an answer cannot settle what the program's facts"
                                + " leave open."),
                yes.rationale());
    }

    // ROLE-STAFFING

    @Test
    void staffingGapWhenPeersTakePartInSanctions() throws Exception {
        Finding f = decide(
                "ROLE-STAFFING",
                "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true, peersInSanctionDecisions: "
                        + "true}");
        assertDecided(f, Status.GAP, "ROLE-STAFFING peers take part in sanction decisions");
    }

    @Test
    void staffingGapWhenADutyGivesASayInSanctionsEvenIfTheFactsSayOtherwise() throws Exception {
        Finding f = decide(
                "ROLE-STAFFING",
                "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true, peersInSanctionDecisions: "
                        + "false}\n"
                        + duties("Recommend sanctions and incentives at staffing"));
        assertDecided(f, Status.GAP, "ROLE-STAFFING duties give the peer a say in sanctions");
        assertTrue(f.rationale().contains("role.duties[0]: sanctions, incentives"), f.rationale());
    }

    @Test
    void staffingMetWhenPeersAttendAndAbstain() throws Exception {
        Finding f = decide(
                "ROLE-STAFFING",
                "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true, peersInSanctionDecisions: "
                        + "false}");
        assertDecided(f, Status.MET, "ROLE-STAFFING peers attend staffing and abstain from sanctions");
    }

    @Test
    void staffingMetWhenPeersDoNotAttend() throws Exception {
        Finding f = decide("ROLE-STAFFING", "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: false}");
        assertDecided(f, Status.MET, "ROLE-STAFFING peers do not attend staffing");
    }

    @Test
    void staffingMetWhenPeersAbstainFromSanctionsWhateverTheirAttendance() throws Exception {
        Finding f = decide(
                "ROLE-STAFFING", "program: {setting: TREATMENT_COURT}\nfacts: {peersInSanctionDecisions: false}");
        assertDecided(f, Status.MET, "ROLE-STAFFING peers abstain from sanctions, attendance not stated");
        assertTrue(f.rationale().contains("whether or not they attend staffing (not stated)"), f.rationale());
        assertDecided(
                decide(
                        "ROLE-STAFFING",
                        "program: {setting: TREATMENT_COURT}\nfacts: {peersInSanctionDecisions: false}\n"
                                + duties("Recommend sanctions and incentives at staffing")),
                Status.GAP,
                "ROLE-STAFFING duties give the peer a say in sanctions");
    }

    @Test
    void staffingUnknownWhenPeersAttendAndTheirPartInSanctionsIsNotStated() throws Exception {
        Finding f = decide("ROLE-STAFFING", "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true}");
        assertDecided(f, Status.UNKNOWN, "ROLE-STAFFING peers attend staffing, part in sanctions not stated");
        assertTrue(
                f.rationale()
                        .contains("(facts.peersInSanctionDecisions): if they abstain, this is met; if they weigh in,"
                                + " it is a gap."),
                f.rationale());
        assertDecided(
                decide(
                        "ROLE-STAFFING",
                        "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true}\n"
                                + "answers: {ROLE-STAFFING: \"PARTIAL\"}"),
                Status.PARTIAL,
                "Answer PARTIAL means the item is partly met");
    }

    @Test
    void staffingUnknownWhileALineIsUnreviewedThoughTheFactsWouldMeetIt() throws Exception {
        Finding f = decide(
                "ROLE-STAFFING",
                "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true,"
                        + " peersInSanctionDecisions: false}\n"
                        + duties("Facilitate a weekly recovery group", NEAR_SANCTIONS, UNMATCHED));
        assertDecided(f, Status.UNKNOWN, "ROLE-STAFFING duties not yet reviewed");
        assertNamesTheUnreviewedLine(f, NEAR_SANCTIONS, 1);
        assertEquals(List.of("role.duties[1]"), f.evidence());
        assertDecided(
                decide(
                        "ROLE-STAFFING",
                        "program: {setting: TREATMENT_COURT}\nfacts: {peersInSanctionDecisions: true}\n"
                                + duties(NEAR_SANCTIONS)),
                Status.GAP,
                "ROLE-STAFFING peers take part in sanction decisions");
    }

    @Test
    void staffingIsATreatmentCourtItem() throws Exception {
        Finding f = decide("ROLE-STAFFING", "program: {setting: JAIL}\nfacts: {peersInSanctionDecisions: true}");
        assertDecided(f, Status.NOT_APPLICABLE, "Item does not apply to the program's setting");
    }

    // ROLE-VOLUNTARY

    @Test
    void voluntaryGapWhenParticipationIsMandated() throws Exception {
        assertDecided(
                decide("ROLE-VOLUNTARY", "facts: {participationVoluntary: false}"),
                Status.GAP,
                "ROLE-VOLUNTARY participation is mandated");
    }

    @Test
    void voluntaryGapWhenADutyMakesPeerSessionsMandatory() throws Exception {
        Finding f = decide(
                "ROLE-VOLUNTARY",
                "facts: {participationVoluntary: true}\n"
                        + duties("Make sure participants attend their mandatory peer sessions"));
        assertDecided(f, Status.GAP, "ROLE-VOLUNTARY duties make peer services mandatory");
    }

    @Test
    void voluntaryMetAndMandatedReportingIsNotAMandate() throws Exception {
        Finding f = decide(
                "ROLE-VOLUNTARY",
                "facts: {participationVoluntary: true}\n"
                        + duties("Share my recovery story and follow mandated reporting rules for abuse"));
        assertDecided(f, Status.MET, "ROLE-VOLUNTARY participation is voluntary");
    }

    @Test
    void voluntaryUnknownWhileALineThatMayMandateServicesIsUnreviewedThoughParticipationIsVoluntary() throws Exception {
        Finding f = decide("ROLE-VOLUNTARY", "facts: {participationVoluntary: true}\n" + duties(NEAR_MANDATED));
        assertDecided(f, Status.UNKNOWN, "ROLE-VOLUNTARY duties not yet reviewed");
        assertNamesTheUnreviewedLine(f, NEAR_MANDATED, 0);
        assertDecided(
                decide("ROLE-VOLUNTARY", "facts: {participationVoluntary: false}\n" + duties(NEAR_MANDATED)),
                Status.GAP,
                "ROLE-VOLUNTARY participation is mandated");
    }

    @Test
    void voluntaryMetBesideUnreviewedLinesThatDoNotBearOnIt() throws Exception {
        Finding f = decide(
                "ROLE-VOLUNTARY",
                "facts: {participationVoluntary: true}\n" + duties(UNMATCHED, NEAR_CLINICAL, NEAR_REPORTING));
        assertDecided(f, Status.MET, "ROLE-VOLUNTARY participation is voluntary");
        assertEquals(List.of("facts.participationVoluntary"), f.evidence());
    }

    // ROLE-DRIFT

    @Test
    void driftGapForClinicalDuties() throws Exception {
        Finding f =
                decide("ROLE-DRIFT", duties("Provide individual counseling sessions", "Answer the front desk phones"));
        assertDecided(f, Status.GAP, "ROLE-DRIFT duties include clinical work");
    }

    @Test
    void driftPartialForClericalDuties() throws Exception {
        Finding f = decide("ROLE-DRIFT", duties("Cover the front desk and answer phones during lunch"));
        assertDecided(f, Status.PARTIAL, "ROLE-DRIFT duties include clerical work");
        assertTrue(f.rationale().contains("front, desk, answer, phones"), f.rationale());
    }

    @Test
    void driftMetForPeerWork() throws Exception {
        assertDecided(
                decide("ROLE-DRIFT", duties("Facilitate a weekly recovery group")),
                Status.MET,
                "ROLE-DRIFT duties stay peer work");
    }

    @Test
    void driftUnknownWhileALineThatMayBeClinicalIsUnreviewed() throws Exception {
        Finding f = decide("ROLE-DRIFT", duties("Facilitate a weekly recovery group", NEAR_CLINICAL));
        assertDecided(f, Status.UNKNOWN, "ROLE-DRIFT duties not yet reviewed");
        assertNamesTheUnreviewedLine(f, NEAR_CLINICAL, 1);
        assertDecided(
                decide("ROLE-DRIFT", duties("Facilitate a weekly recovery group", UNMATCHED)),
                Status.MET,
                "ROLE-DRIFT duties stay peer work");
    }

    @Test
    void driftPartialForClericalWorkNamesTheUnreviewedLine() throws Exception {
        Finding f = decide("ROLE-DRIFT", duties("Cover the front desk and answer phones during lunch", NEAR_CLINICAL));
        assertDecided(f, Status.PARTIAL, "ROLE-DRIFT duties include clerical work");
        assertTrue(
                f.rationale()
                        .contains("Still to be reviewed by a person: '" + NEAR_CLINICAL + "' (role.duties[1]); a"
                                + " clinical duty among them would make this a gap."),
                f.rationale());
        assertEquals(List.of("role.duties[0]", "role.duties[1]"), f.evidence());
        Finding reviewed = decide("ROLE-DRIFT", duties("Cover the front desk and answer phones during lunch"));
        assertTrue(!reviewed.rationale().contains("Still to be reviewed"), reviewed.rationale());
    }

    // ROLE-LIVED-EXPERIENCE

    @Test
    void livedExperienceGapWhenNoDutyUsesIt() throws Exception {
        Finding f = decide("ROLE-LIVED-EXPERIENCE", duties("Drive participants to court dates"));
        assertDecided(f, Status.GAP, "ROLE-LIVED-EXPERIENCE no duty draws on lived experience");
    }

    @Test
    void livedExperiencePartialWhenSomeDutiesAreRidesWithoutSupport() throws Exception {
        Finding f = decide(
                "ROLE-LIVED-EXPERIENCE",
                duties("Facilitate a weekly recovery group", "Drive participants to court dates"));
        assertDecided(f, Status.PARTIAL, "ROLE-LIVED-EXPERIENCE some duties are rides without support");
        assertTrue(
                f.rationale().contains("'Drive participants to court dates' (role.duties[1]: drive)"), f.rationale());
        assertTrue(f.citations().stream().anyMatch(c -> c.locator().equals("lines 433-438")));
    }

    @Test
    void livedExperienceUnknownWhenOnlyAnUnreviewedLineCouldDrawOnIt() throws Exception {
        Finding f = decide("ROLE-LIVED-EXPERIENCE", duties("Drive participants to court dates", NEAR_LIVED_EXPERIENCE));
        assertDecided(f, Status.UNKNOWN, "ROLE-LIVED-EXPERIENCE no reviewed duty draws on lived experience");
        assertNamesTheUnreviewedLine(f, NEAR_LIVED_EXPERIENCE, 1);
        assertTrue(f.rationale().contains("If none of them does, this is a gap."), f.rationale());
        assertDecided(
                decide("ROLE-LIVED-EXPERIENCE", duties("Drive participants to court dates", UNMATCHED)),
                Status.GAP,
                "ROLE-LIVED-EXPERIENCE no duty draws on lived experience");
    }

    @Test
    void livedExperiencePartialWhileALineIsUnreviewed() throws Exception {
        Finding f =
                decide("ROLE-LIVED-EXPERIENCE", duties("Share my recovery story with new participants", NEAR_A_RIDE));
        assertDecided(
                f, Status.PARTIAL, "ROLE-LIVED-EXPERIENCE duties draw on lived experience, others not yet reviewed");
        assertTrue(
                f.rationale().contains("'Share my recovery story with new participants' (role.duties[0]"),
                f.rationale());
        assertTrue(
                f.rationale().contains("if none of them is a ride with no support purpose, this is met."),
                f.rationale());
        assertEquals(List.of("role.duties[0]", "role.duties[1]"), f.evidence());
    }

    @Test
    void livedExperienceMetWhenRidesCarrySupport() throws Exception {
        Finding f = decide(
                "ROLE-LIVED-EXPERIENCE",
                duties(
                        "Facilitate a weekly recovery group",
                        "Drive participants to appointments and talk about their recovery on the way"));
        assertDecided(f, Status.MET, "ROLE-LIVED-EXPERIENCE duties draw on lived experience");
    }
}
