package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Status;

/**
 * Staffing, supervision, pay, hiring, certification and Medicaid: each rule firing and not firing, at the boundaries.
 */
class StaffingRulesTest {

    private static Finding decide(String id, String yaml) throws Exception {
        return TestAdvisor.finding(TestAdvisor.assess(yaml), id);
    }

    private static void assertDecided(Finding f, Status status, String rule) {
        assertEquals(status, f.status(), f.rationale());
        assertEquals(rule, f.decidedBy(), f.rationale());
    }

    private static double figure(Assessment a, String id) {
        return a.staffing().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + id + " in " + a.staffing()))
                .value();
    }

    // Caseload: All Rise 2023 governs treatment courts (no more than 20), the LAPPA toolkit elsewhere (typically 20-30,
    // a usual range: above it is partly met by default, declared reading CASELOAD-ABOVE-TYPICAL-RANGE).

    @ParameterizedTest(name = "{0} caseload {1} -> {2}")
    @CsvSource({
        "TREATMENT_COURT, 20, MET, STAFF-CASELOAD within the limit",
        "TREATMENT_COURT, 21, GAP, STAFF-CASELOAD over the limit in a treatment court",
        "PROBATION_PAROLE, 30, MET, STAFF-CASELOAD within the limit",
        "PROBATION_PAROLE, 31, PARTIAL, STAFF-CASELOAD above the typical range outside treatment courts",
        "JAIL, 21, MET, STAFF-CASELOAD within the limit"
    })
    void caseloadAgainstTheLimitThatGovernsTheSetting(String setting, int caseload, Status status, String rule)
            throws Exception {
        Finding f = decide(
                "STAFF-CASELOAD", "program: {setting: " + setting + "}\nfacts: {caseloadPerPeer: " + caseload + "}");
        assertDecided(f, status, rule);
        assertTrue(f.rationale().startsWith("A caseload of " + caseload + " per peer"), f.rationale());
    }

    @Test
    void aTreatmentCourtCaseloadFindingSaysWhichSourceGovernsAndCitesAll() throws Exception {
        Finding f = decide("STAFF-CASELOAD", "program: {setting: TREATMENT_COURT}\nfacts: {caseloadPerPeer: 30}");
        assertTrue(
                f.rationale()
                        .contains("A caseload of 30 per peer exceeds the 20 allowed in a treatment court. All Rise"
                                + " Guidelines 2023"),
                f.rationale());
        assertTrue(f.rationale().contains("It governs here"), f.rationale());
        assertTrue(f.rationale().contains("the written, peer-reviewed guideline for treatment courts"), f.rationale());
        assertEquals(
                java.util.List.of("LAPPA Toolkit 2021", "All Rise Guidelines 2023", "All Rise Slides 2024"),
                f.citations().stream().map(c -> c.source()).toList());
    }

    // Facility ratio: 15 to 20 per 1,500 people, at least 20 with a mental-health or co-occurring program.

    @ParameterizedTest(name = "population {0}, MH {1}, {2} peers -> {3}")
    @CsvSource({
        "1500, false, 15, MET, 15",
        "1500, false, 14, GAP, 15",
        "1500, true, 19, GAP, 20",
        "1500, true, 20, MET, 20",
        "620, false, 7, MET, 7",
        "1501, false, 15, GAP, 16"
    })
    void facilityRatio(int population, boolean mh, int peers, Status status, int needed) throws Exception {
        Assessment a = TestAdvisor.assess("program: {setting: JAIL}\nfacts: {averageDailyPopulation: " + population
                + ", mentalHealthProgram: " + mh + ", peerPositions: " + peers + "}");
        assertEquals(needed, figure(a, "FACILITY-PEERS-NEEDED"));
        Finding f = TestAdvisor.finding(a, "STAFF-FACILITY-RATIO");
        assertEquals(status, f.status(), f.rationale());
        assertEquals(
                status == Status.MET
                        ? "STAFF-FACILITY-RATIO enough peers for the population"
                        : "STAFF-FACILITY-RATIO too few peers for the population",
                f.decidedBy());
        assertTrue(f.rationale().contains(population + " people / 1500 x " + (mh ? 20 : 15)), f.rationale());
    }

    // With the mental-health program not stated, the peers are held against both low ends: 3,000 people call for
    // 30 (x 15) without such a program and 40 (x 20) with one; 620 people for 7 and 9.
    @ParameterizedTest(name = "population {0}, MH not stated, {1} peers -> {2}")
    @CsvSource({
        "3000, 29, GAP, STAFF-FACILITY-RATIO too few peers with or without a mental-health program, 30, 40",
        "3000, 30, UNKNOWN, STAFF-FACILITY-RATIO depends on the mental-health program, 30, 40",
        "3000, 39, UNKNOWN, STAFF-FACILITY-RATIO depends on the mental-health program, 30, 40",
        "3000, 40, MET, STAFF-FACILITY-RATIO enough peers with or without a mental-health program, 30, 40",
        "620, 6, GAP, STAFF-FACILITY-RATIO too few peers with or without a mental-health program, 7, 9",
        "620, 8, UNKNOWN, STAFF-FACILITY-RATIO depends on the mental-health program, 7, 9",
        "620, 9, MET, STAFF-FACILITY-RATIO enough peers with or without a mental-health program, 7, 9"
    })
    void facilityRatioWithTheMentalHealthProgramNotStated(
            int population, int peers, Status status, String rule, int low, int withProgram) throws Exception {
        Assessment a = TestAdvisor.assess("program: {setting: PRISON}\nfacts: {averageDailyPopulation: " + population
                + ", peerPositions: " + peers + "}");
        assertEquals(low, figure(a, "FACILITY-PEERS-NEEDED-LOW"));
        assertEquals(withProgram, figure(a, "FACILITY-PEERS-NEEDED-MH"));
        assertTrue(
                a.staffing().stream().noneMatch(f -> f.id().equals("FACILITY-PEERS-NEEDED")),
                "no single need without the fact");
        Finding f = TestAdvisor.finding(a, "STAFF-FACILITY-RATIO");
        assertDecided(f, status, rule);
        assertTrue(
                f.evidence().contains("facts.mentalHealthProgram"), f.evidence().toString());
    }

    @Test
    void facilityShortfallWhateverTheProgramSaysWhatTheProgramWouldRaiseItTo() throws Exception {
        Finding f = decide(
                "STAFF-FACILITY-RATIO",
                "program: {setting: JAIL}\nfacts: {averageDailyPopulation: 3000, peerPositions: 10}");
        assertTrue(
                f.rationale()
                        .startsWith("10 peer position(s) fall short of the 30 the population calls for even without a"
                                + " mental-health or co-occurring program: 3000 people / 1500 x 15, rounded up"),
                f.rationale());
        assertTrue(
                f.rationale()
                        .contains("Whether the facility runs one is not stated (facts.mentalHealthProgram); with one,"
                                + " at least 40 would be needed."),
                f.rationale());
    }

    @Test
    void facilityRatioThatDependsOnTheProgramSaysWhatItWouldChangeAndTheAnswerDecidesIt() throws Exception {
        Finding f = decide(
                "STAFF-FACILITY-RATIO",
                "program: {setting: PRISON}\nfacts: {averageDailyPopulation: 3000, peerPositions: 32}");
        assertTrue(
                f.rationale()
                        .contains("32 peer positions meet the 30 the population calls for without a mental-health or"
                                + " co-occurring program, but not the 40 it calls for with one"),
                f.rationale());
        assertTrue(
                f.rationale().contains("(facts.mentalHealthProgram): if it does, this is a gap; if not, it is met."),
                f.rationale());
        assertDecided(
                decide(
                        "STAFF-FACILITY-RATIO",
                        "program: {setting: PRISON}\nfacts: {averageDailyPopulation: 3000,"
                                + " peerPositions: 32}\nanswers: {STAFF-FACILITY-RATIO: NO}"),
                Status.GAP,
                "Answer NO means a gap");
    }

    @Test
    void facilityRatioUnknownWithoutThePopulation() throws Exception {
        Assessment a = TestAdvisor.assess("program: {setting: JAIL}\nfacts: {peerPositions: 3}");
        Finding f = TestAdvisor.finding(a, "STAFF-FACILITY-RATIO");
        assertDecided(f, Status.UNKNOWN, "No answer and a deciding fact missing leaves the item unknown");
        assertTrue(
                f.rationale().contains("but not Average daily population (facts.averageDailyPopulation)"),
                f.rationale());
        assertTrue(
                a.staffing().stream().noneMatch(s -> s.id().startsWith("FACILITY-PEERS")),
                a.staffing().toString());
    }

    @Test
    void facilityRatioDoesNotApplyOutsideJailsAndPrisons() throws Exception {
        assertDecided(
                decide(
                        "STAFF-FACILITY-RATIO",
                        "program: {setting: TREATMENT_COURT}\nfacts: {averageDailyPopulation: 3000, "
                                + "mentalHealthProgram: true, peerPositions: 1}"),
                Status.NOT_APPLICABLE,
                "Item does not apply to the program's setting");
    }

    // Capacity: FTE x the governing caseload limit against the participants expected.

    @Test
    void capacityMetAtExactlyTheExpectedParticipants() throws Exception {
        Finding f = decide(
                "STAFF-CAPACITY", "program: {setting: TREATMENT_COURT}\nfacts: {fte: 2.0, expectedParticipants: 40}");
        assertDecided(f, Status.MET, "STAFF-CAPACITY peer hours cover the expected participants");
        assertTrue(f.rationale().contains("can serve 40 participants (2.0 FTE x 20 per peer)"), f.rationale());
    }

    @Test
    void capacityGapSaysHowManyPeersAreNeeded() throws Exception {
        Assessment a =
                TestAdvisor.assess("program: {setting: TREATMENT_COURT}\nfacts: {fte: 2.0, expectedParticipants: 41}");
        Finding f = TestAdvisor.finding(a, "STAFF-CAPACITY");
        assertDecided(f, Status.GAP, "STAFF-CAPACITY peer hours fall short of the expected participants");
        assertTrue(
                f.rationale().contains("fewer than the 41 expected; 3 full-time peers would be needed"), f.rationale());
        assertEquals(40, figure(a, "CAPACITY-AT-LIMIT"));
        assertEquals(3, figure(a, "FTE-NEEDED"));
        assertTrue(a.staffing().stream().noneMatch(s -> s.id().equals("CAPACITY-AT-CASELOAD")), "no caseload stated");
        Assessment stated =
                TestAdvisor.assess("program: {setting: TREATMENT_COURT}\nfacts: {fte: 2.0, caseloadPerPeer: 18}");
        assertEquals(36, figure(stated, "CAPACITY-AT-CASELOAD"), "2.0 FTE x 18");
        assertEquals(20, figure(stated, "CASELOAD-LIMIT"), "All Rise 2023 governs a treatment court");
    }

    @Test
    void capacityGapWhenThePositionsFallShortEvenAtFullTime() throws Exception {
        Finding f = decide(
                "STAFF-CAPACITY",
                "program: {setting: TREATMENT_COURT}\nfacts: {peerPositions: 2, expectedParticipants: 41}");
        assertDecided(f, Status.GAP, "STAFF-CAPACITY too few positions even at full time");
        assertTrue(
                f.rationale()
                        .startsWith("Even if all 2 peer position(s) were full time, they could serve 40 participants"
                                + " (2 x 20 per peer), fewer than the 41 expected; 3 full-time peers would be "
                                + "needed. The FTE is not stated"
                                + " (facts.fte)."),
                f.rationale());
        assertDecided(
                decide(
                        "STAFF-CAPACITY",
                        "program: {setting: TREATMENT_COURT}\nfacts: {peerPositions: 2, fte: 2.0,"
                                + " expectedParticipants: 41}"),
                Status.GAP,
                "STAFF-CAPACITY peer hours fall short of the expected participants");
    }

    @Test
    void capacityUnknownWhenOnlyThePeerHoursCouldMakeItFallShort() throws Exception {
        Finding f = decide(
                "STAFF-CAPACITY",
                "program: {setting: PROBATION_PAROLE}\nfacts: {peerPositions: 2, expectedParticipants: 45}");
        assertDecided(f, Status.UNKNOWN, "STAFF-CAPACITY depends on the peer hours");
        assertTrue(
                f.rationale()
                        .contains("enough for the 45 expected, but the FTE is not stated (facts.fte): the peer hours"
                                + " cover them from 45 / 30 = 1.50 FTE up, and fall short below that."),
                f.rationale());
        assertDecided(
                decide(
                        "STAFF-CAPACITY",
                        "program: {setting: PROBATION_PAROLE}\nfacts: {peerPositions: 2, expectedParticipants: 60}"),
                Status.UNKNOWN,
                "STAFF-CAPACITY depends on the peer hours");
        assertDecided(
                decide("STAFF-CAPACITY", "facts: {peerPositions: 2, expectedParticipants: 45}"),
                Status.UNKNOWN,
                "No answer and a deciding fact missing leaves the item unknown");
    }

    // The setting not stated: the caseload and the hours are settled when both settings' limits agree.

    @ParameterizedTest(name = "caseload {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "18 | MET | STAFF-CASELOAD within every setting's limit, setting not stated",
                "35 | UNKNOWN | STAFF-CASELOAD above every setting's figure, setting not stated",
                "25 | UNKNOWN | STAFF-CASELOAD depends on the setting"
            })
    void caseloadWithoutASetting(int caseload, Status status, String rule) throws Exception {
        assertDecided(decide("STAFF-CASELOAD", "facts: {caseloadPerPeer: " + caseload + "}"), status, rule);
        assertDecided(
                decide(
                        "STAFF-CASELOAD",
                        "program: {setting: PROBATION_PAROLE}\nfacts: {caseloadPerPeer: " + caseload + "}"),
                caseload <= 30 ? Status.MET : Status.PARTIAL,
                caseload <= 30
                        ? "STAFF-CASELOAD within the limit"
                        : "STAFF-CASELOAD above the typical range outside treatment courts");
    }

    @ParameterizedTest(name = "{0} FTE for {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2.0 | 40 | MET | STAFF-CAPACITY peer hours cover the participants in every setting, setting not "
                        + "stated",
                "1.0 | 45 | GAP | STAFF-CAPACITY peer hours fall short in every setting, setting not stated",
                "1.0 | 25 | UNKNOWN | STAFF-CAPACITY depends on the setting"
            })
    void capacityWithoutASetting(double fte, int expected, Status status, String rule) throws Exception {
        String facts = "facts: {fte: " + fte + ", expectedParticipants: " + expected + "}";
        assertDecided(decide("STAFF-CAPACITY", facts), status, rule);
        Finding court = decide("STAFF-CAPACITY", "program: {setting: TREATMENT_COURT}\n" + facts);
        assertTrue(
                court.decidedBy().startsWith("STAFF-CAPACITY peer hours")
                        && !court.decidedBy().contains("setting not stated"),
                court.decidedBy());
    }

    // Supervision.

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "WEEKLY, MET, often enough",
        "BIWEEKLY, MET, often enough",
        "MONTHLY, PARTIAL, less often than the aim",
        "QUARTERLY, PARTIAL, less often than the aim",
        "LESS_OFTEN, PARTIAL, less often than the aim",
        "NONE, GAP, no supervision"
    })
    void supervisionFrequency(String frequency, Status status, String rule) throws Exception {
        assertDecided(
                decide("SUP-FREQUENCY", "facts: {supervision: {frequency: " + frequency + "}}"),
                status,
                "SUP-FREQUENCY " + rule);
    }

    @ParameterizedTest(name = "educational {0}, supportive {1} -> {2}")
    @CsvSource({
        "EXTERNAL_PEER_ORGANIZATION, PEER_SUPERVISOR, MET, both peer functions from peer-experienced supervisors",
        "PARTNER_ORGANIZATION, CLINICAL_STAFF, PARTIAL, one peer function from a peer-experienced supervisor",
        "AGENCY_STAFF, EXTERNAL_PEER_ORGANIZATION, PARTIAL, one peer function from a peer-experienced supervisor",
        "AGENCY_STAFF, NONE, GAP, no peer function from a peer-experienced supervisor"
    })
    void peerExperiencedSupervision(String educational, String supportive, Status status, String rule)
            throws Exception {
        Finding f = decide(
                "SUP-EXTERNAL",
                "facts: {supervision: {educational: " + educational + ", supportive: " + supportive + "}}");
        assertDecided(f, status, "SUP-EXTERNAL " + rule);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "educational: AGENCY_STAFF, from someone without peer expertise, 'facts.supervision.supportive): if it is "
                + "someone with that expertise, this is partly met; if not, a gap.'",
        "supportive: NONE, from someone without peer expertise, 'facts.supervision.educational): if it is someone "
                + "with that expertise, this is partly met; if not, a gap.'",
        "educational: PEER_SUPERVISOR, from a peer-experienced supervisor, 'facts.supervision.supportive): if it is "
                + "someone with that expertise too, this is met; if not, partly met.'",
        "supportive: PARTNER_ORGANIZATION, from a peer-experienced supervisor, 'facts.supervision.educational): if "
                + "it is someone with that expertise too, this is met; if not, partly met.'"
    })
    void peerExperiencedSupervisionWithOneFunctionUnstatedSaysWhatTheOtherWouldChange(
            String stated, String rule, String says) throws Exception {
        Finding f = decide("SUP-EXTERNAL", "facts: {supervision: {" + stated + "}}");
        assertDecided(f, Status.UNKNOWN, "SUP-EXTERNAL one peer function " + rule + ", the other not stated");
        assertTrue(f.rationale().contains(says), f.rationale());
    }

    @Test
    void peerExperiencedSupervisionWithNeitherFunctionStatedIsLeftToTheAnswer() throws Exception {
        assertDecided(
                decide("SUP-EXTERNAL", "facts: {supervision: {administrative: AGENCY_STAFF}}"),
                Status.UNKNOWN,
                "No answer and no deciding fact leaves the item unknown");
    }

    // Pay.

    @ParameterizedTest(name = "full time {0}, benefits {1} -> {2}")
    @CsvSource({
        "true, true, MET, full time with benefits",
        "true, false, PARTIAL, one of the two",
        "false, true, PARTIAL, one of the two",
        "false, false, PARTIAL, neither"
    })
    void fullTimeWithBenefits(boolean fullTime, boolean benefits, Status status, String rule) throws Exception {
        assertDecided(
                decide(
                        "PAY-FULL-TIME-BENEFITS",
                        "facts: {pay: {fullTime: " + fullTime + ", benefits: " + benefits + "}}"),
                status,
                "PAY-FULL-TIME-BENEFITS " + rule);
    }

    // A known shortfall in hours or benefits is already partly met (declared reading PART-TIME-PEER-POSTS).
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "fullTime: true, UNKNOWN, 'Peer positions are full time, but the description does not say whether they carry"
                + " benefits (facts.pay.benefits): if so, this is met; if not, partly met.'",
        "fullTime: false, PARTIAL, 'Peer positions are part time; the description does not say whether they carry "
                + "benefits (facts.pay.benefits). The sources name part-time posts'",
        "benefits: true, UNKNOWN, 'Peer positions carry benefits, but the description does not say whether they are"
                + " full time (facts.pay.fullTime): if so, this is met; if not, partly met.'",
        "benefits: false, PARTIAL, 'Peer positions carry no benefits; the description does not say whether they are"
                + " full time (facts.pay.fullTime). The sources name part-time posts'"
    })
    void fullTimeOrBenefitsNotStatedSaysWhatTheOtherWouldChange(String stated, Status status, String says)
            throws Exception {
        Finding f = decide("PAY-FULL-TIME-BENEFITS", "facts: {pay: {" + stated + "}}");
        assertDecided(f, status, "PAY-FULL-TIME-BENEFITS one of the two not stated");
        assertTrue(f.rationale().startsWith(says), f.rationale());
    }

    @Test
    void contractPostWithBenefitsNotStatedSaysWhatTheyWouldChange() throws Exception {
        Finding f = decide("PAY-CONTRACT-RISK", "facts: {employmentModel: CONTRACTOR}");
        assertDecided(f, Status.UNKNOWN, "PAY-CONTRACT-RISK contract post, benefits not stated");
        assertTrue(
                f.rationale()
                        .contains("(facts.pay.benefits): without them, this is the arrangement the sources tie to"
                                + " turnover; either way, the agency's plan to keep its peers decides"),
                f.rationale());
        assertDecided(
                decide("PAY-CONTRACT-RISK", "facts: {pay: {benefits: false}}"),
                Status.UNKNOWN,
                "No answer and a deciding fact missing leaves the item unknown");
    }

    @Test
    void renewalTrackingStatesTheRenewalPeriodWhenPeersMustCertify() throws Exception {
        Finding f = decide("CERT-RENEWAL-TRACKED", "facts: {certificationRequired: true}");
        assertDecided(f, Status.UNKNOWN, "CERT-RENEWAL-TRACKED certified peers, tracking not stated");
        assertTrue(f.rationale().contains("usually lapse every 2 years unless renewed"), f.rationale());
        assertDecided(
                decide(
                        "CERT-RENEWAL-TRACKED",
                        "facts: {certificationRequired: true}\nanswers: {CERT-RENEWAL-TRACKED: \"YES\"}"),
                Status.MET,
                "Answer YES means the item is met");
        assertDecided(
                decide("CERT-RENEWAL-TRACKED", "facts: {certificationRequired: false}"),
                Status.UNKNOWN,
                "No answer and no deciding fact leaves the item unknown");
    }

    @Test
    void contractPostWithoutBenefitsIsARetentionRisk() throws Exception {
        Finding f = decide(
                "PAY-CONTRACT-RISK", "facts: {employmentModel: CONTRACTOR, pay: {hourlyRate: 16.5, benefits: false}}");
        // The item asks for a plan to keep the peers, which the facts do not give: unknown until the agency answers.
        assertDecided(f, Status.UNKNOWN, "PAY-CONTRACT-RISK contract post without benefits, plan not stated");
        assertTrue(
                f.rationale()
                        .startsWith(
                                "Peers are contractors paid $16.50 an hour (the 2024 survey of treatment courts found"
                                        + " about $18 on average) without benefits"),
                f.rationale());
    }

    @Test
    void contractRiskDoesNotApplyToEmployeesAndIsAnsweredForContractorsWithBenefits() throws Exception {
        assertDecided(
                decide("PAY-CONTRACT-RISK", "facts: {employmentModel: AGENCY_EMPLOYEE, pay: {benefits: false}}"),
                Status.NOT_APPLICABLE,
                "PAY-CONTRACT-RISK does not apply to peers who are not contractors");
        assertEquals(
                Status.UNKNOWN,
                decide("PAY-CONTRACT-RISK", "facts: {employmentModel: CONTRACTOR, pay: {benefits: true}}")
                        .status());
    }

    // Hiring (HIRE-RECOVERY-TIME, with the other rules on the state's row, is in StateRowRulesTest).

    @ParameterizedTest(name = "recovery {0}, since exit {1} -> {2}")
    @CsvSource({"2, 1, MET, long enough", "1.5, 1, GAP, too short", "2, 0.5, GAP, too short", "5, 3, MET, long enough"})
    void graduateWaitingPeriod(double recovery, double sinceExit, Status status, String rule) throws Exception {
        Finding f = decide(
                "HIRE-GRADUATE-WAITING",
                "program: {setting: TREATMENT_COURT}\nfacts: {graduatesHiredAsPeers: true,"
                        + " graduateWaitingPeriod: {yearsSustainedRecovery: " + recovery + ", yearsSinceProgramExit: "
                        + sinceExit + "}}");
        assertDecided(f, status, "HIRE-GRADUATE-WAITING " + rule);
    }

    @ParameterizedTest(name = "recovery {0}, since exit {1} -> GAP")
    @CsvSource(
            value = {
                "1.5, null, '1.5 years in sustained recovery and an unstated time since leaving the court'",
                "null, 0.5, 'an unstated time in sustained recovery and 0.5 since leaving the court'"
            },
            nullValues = "null")
    void graduateWaitingTooShortOnOneCountIsAGapWhateverTheOther(Double recovery, Double sinceExit, String says)
            throws Exception {
        Finding f = decide(
                "HIRE-GRADUATE-WAITING",
                "program: {setting: TREATMENT_COURT}\nfacts: {graduatesHiredAsPeers: true,"
                        + " graduateWaitingPeriod: {" + (recovery == null ? "" : "yearsSustainedRecovery: " + recovery)
                        + (sinceExit == null ? "" : "yearsSinceProgramExit: " + sinceExit) + "}}");
        assertDecided(f, Status.GAP, "HIRE-GRADUATE-WAITING too short");
        assertTrue(f.rationale().contains(says), f.rationale());
    }

    @ParameterizedTest(name = "recovery {0}, since exit {1} -> UNKNOWN")
    @CsvSource(
            value = {
                "2, null, '(facts.graduateWaitingPeriod.yearsSinceProgramExit): at least 1 makes this met, and less "
                        + "a gap.'",
                "null, 1, '(facts.graduateWaitingPeriod.yearsSustainedRecovery): at least 2 makes this met, and less "
                        + "a gap.'"
            },
            nullValues = "null")
    void graduateWaitingLongEnoughOnOneCountWaitsForTheOther(Double recovery, Double sinceExit, String says)
            throws Exception {
        Finding f = decide(
                "HIRE-GRADUATE-WAITING",
                "program: {setting: TREATMENT_COURT}\nfacts: {graduatesHiredAsPeers: true,"
                        + " graduateWaitingPeriod: {" + (recovery == null ? "" : "yearsSustainedRecovery: " + recovery)
                        + (sinceExit == null ? "" : "yearsSinceProgramExit: " + sinceExit) + "}}");
        assertDecided(f, Status.UNKNOWN, "HIRE-GRADUATE-WAITING one period long enough, the other not stated");
        assertTrue(f.rationale().contains(says), f.rationale());
    }

    @Test
    void graduateWaitingDoesNotApplyWhenGraduatesAreNotHired() throws Exception {
        assertDecided(
                decide(
                        "HIRE-GRADUATE-WAITING",
                        "program: {setting: TREATMENT_COURT}\nfacts: {graduatesHiredAsPeers: false}"),
                Status.NOT_APPLICABLE,
                "HIRE-GRADUATE-WAITING does not apply when graduates are not hired");
    }

    // Certification and Medicaid, from the state's row.

    @Test
    void certificationNamesTheStatesCredential() throws Exception {
        // The credential and the program's rule are facts; the plan to meet it is the agency's (factsLeaveOpen):
        // partly met until it answers YES (LAPPA Toolkit 2021, lines 549, 565, 569).
        Finding f = decide("CERT-STATE-REQUIREMENTS", "program: {state: IL}\nfacts: {certificationRequired: true}");
        assertDecided(f, Status.PARTIAL, "CERT-STATE-REQUIREMENTS peers must hold the state credential");
        assertTrue(
                f.rationale()
                        .contains("confirm that the agency has checked the credential with the certifying body and"
                                + " planned how its peers will meet it"),
                f.rationale());
        assertDecided(
                decide(
                        "CERT-STATE-REQUIREMENTS",
                        "program: {state: IL}\nfacts: {certificationRequired: true}\n"
                                + "answers: {CERT-STATE-REQUIREMENTS: \"YES\"}"),
                Status.MET,
                "CERT-STATE-REQUIREMENTS peers must hold the state credential");
        assertTrue(
                f.rationale()
                        .contains("Illinois: Certified Peer Recovery Specialist (Illinois Certification Board; 100 "
                                + "training"
                                + " hours; exam YES; 2,000 experience + 100 supervision hours of "
                                + "experience/supervision; recovery time 2 years)"),
                f.rationale());
        assertDecided(
                decide("CERT-STATE-REQUIREMENTS", "program: {state: IL}\nfacts: {certificationRequired: false}"),
                Status.PARTIAL,
                "CERT-STATE-REQUIREMENTS peers need not hold the state credential");
    }

    @Test
    void medicaidItemsDoNotApplyWithoutBilling() throws Exception {
        Assessment a = TestAdvisor.assess("facts: {medicaidBillingPlanned: false, certificationRequired: false}");
        for (String id : new String[] {
            "MEDICAID-STATE-COVERAGE", "MEDICAID-SUPERVISION", "MEDICAID-CARE-COORDINATION", "MEDICAID-TRAINING-CERT"
        }) {
            assertDecided(
                    TestAdvisor.finding(a, id),
                    Status.NOT_APPLICABLE,
                    "Medicaid items do not apply without Medicaid billing");
        }
    }

    @Test
    void medicaidSupervisionAndCertification() throws Exception {
        Assessment ok = TestAdvisor.assess("facts: {medicaidBillingPlanned: true, certificationRequired: true,"
                + " supervision: {supervisorQualifiedMentalHealthProfessional: true}}");
        assertDecided(
                TestAdvisor.finding(ok, "MEDICAID-SUPERVISION"),
                Status.MET,
                "MEDICAID-SUPERVISION by a qualified mental-health professional");
        // Each peer's credential and continuing education are the agency's to confirm (LAPPA lines 549, 565).
        Finding certified = TestAdvisor.finding(ok, "MEDICAID-TRAINING-CERT");
        assertDecided(certified, Status.PARTIAL, "MEDICAID-TRAINING-CERT peers certified");
        assertTrue(certified.rationale().contains("continuing education is required of them"), certified.rationale());
        assertDecided(
                TestAdvisor.finding(
                        TestAdvisor.assess("facts: {medicaidBillingPlanned: true, certificationRequired: true}\n"
                                + "answers: {MEDICAID-TRAINING-CERT: \"YES\"}"),
                        "MEDICAID-TRAINING-CERT"),
                Status.MET,
                "MEDICAID-TRAINING-CERT peers certified");
        Assessment not = TestAdvisor.assess("facts: {medicaidBillingPlanned: true, certificationRequired: false,"
                + " supervision: {supervisorQualifiedMentalHealthProfessional: false}}");
        assertDecided(
                TestAdvisor.finding(not, "MEDICAID-SUPERVISION"),
                Status.GAP,
                "MEDICAID-SUPERVISION not by a qualified mental-health professional");
        assertDecided(
                TestAdvisor.finding(not, "MEDICAID-TRAINING-CERT"),
                Status.GAP,
                "MEDICAID-TRAINING-CERT peers not certified");
    }

    // Funding.

    @Test
    void fundingNamedListsTheOptionsForTheSetting() throws Exception {
        Finding f = decide(
                "STAFF-FUNDING", "program: {setting: TREATMENT_COURT}\nfacts: {fundingSources: [County general fund]}");
        assertDecided(f, Status.MET, "STAFF-FUNDING sources identified");
        assertTrue(
                f.rationale().contains("Adult Drug Court and Veterans Treatment Court Discretionary Grant Program"),
                f.rationale());
        assertTrue(f.rationale().contains("No-cost technical assistance:"), f.rationale());
        Finding jail =
                decide("STAFF-FUNDING", "program: {setting: JAIL}\nfacts: {fundingSources: [County general fund]}");
        assertTrue(!jail.rationale().contains("Veterans Treatment Court"), jail.rationale());
    }

    @Test
    void fundingUnknownWhenNoneIsNamed() throws Exception {
        assertEquals(
                Status.UNKNOWN,
                decide("STAFF-FUNDING", "program: {setting: JAIL}").status());
    }
}
