package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Status;

/**
 * The rules that read the program's state row: HIRE-RECOVERY-TIME against the usual one to two years and the state's
 * rule, CERT-STATE-REQUIREMENTS, and MEDICAID-STATE-COVERAGE against the table's limits. Each rule fires where its
 * case holds and gives way to its neighbour where it does not.
 */
class StateRowRulesTest {

    private static final Citation LAPPA_RECOVERY =
            new Citation("LAPPA Toolkit 2021", "Ch. 3, Sobriety Requirements When Hiring", "line 647");

    private static Finding decide(String id, String state, String facts) throws Exception {
        return TestAdvisor.finding(TestAdvisor.assess("program: {state: " + state + "}\nfacts: {" + facts + "}"), id);
    }

    /** As decide, with the agency's YES to the item: the part of it no fact shows is done (factsLeaveOpen). */
    private static Finding decideConfirmed(String id, String state, String facts) throws Exception {
        return TestAdvisor.finding(
                TestAdvisor.assess(
                        "program: {state: " + state + "}\nfacts: {" + facts + "}\nanswers: {" + id + ": \"YES\"}"),
                id);
    }

    private static List<String> readings(Finding f) {
        return f.readings().stream().map(Finding.ReadingNote::id).toList();
    }

    private static void assertDecided(Finding f, Status status, String rule) {
        assertEquals(status, f.status(), f.rationale());
        assertEquals(rule, f.decidedBy(), f.rationale());
    }

    private static boolean cites(Finding f, String source, String locator) {
        return f.citations().stream()
                .anyMatch(c -> c.source().equals(source) && c.locator().equals(locator));
    }

    // HIRE-RECOVERY-TIME

    @ParameterizedTest(name = "{0}, program asks {1} years, certification {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # The agency confirms the ADA check (answers YES) in each row; without it a met rule is partly met.
            # At or below the usual two years: met, whatever less the state asks or where it sets no length.
            WA | 1    | true  | MET     | no more than the usual range
            WA | 2    | true  | MET     | no more than the usual range
            CA | 2    | true  | MET     | no more than the usual range
            MN | 0    | true  | MET     | no more than the usual range
            MN | 2    | true  | MET     | no more than the usual range
            PA | 1    | true  | MET     | no more than the usual range
            SD | 2    | true  | MET     | no more than the usual range
            IL | 2    | true  | MET     | no more than the usual range
            # Above it and stricter than the state: partly met.
            WA | 3    | true  | PARTIAL | above the usual range and stricter than the state
            WA | 2.5  | true  | PARTIAL | above the usual range and stricter than the state
            CA | 3    | true  | PARTIAL | above the usual range and stricter than the state
            MN | 3    | true  | PARTIAL | above the usual range and stricter than the state
            IL | 3    | true  | PARTIAL | above the usual range and stricter than the state
            # Below a length the state requires: a gap for certified peers, met where they need not certify.
            IL | 1    | true  | GAP     | below the state's requirement for certified peers
            MS | 0.25 | true  | GAP     | below the state's requirement for certified peers
            IL | 1    | false | MET     | below the state's requirement, peers need not certify
            # Indiana asks a year of level II only (lines 3040-3054): no length binds every certified peer.
            IN | 0.5  | true  | MET     | no more than the usual range
            # Rhode Island and Alaska: a length the two sources dispute is confirmed with the board, not a gap.
            RI | 1    | true  | PARTIAL | below a length the sources dispute, for certified peers
            AK | 0.5  | true  | PARTIAL | below a length the sources dispute, for certified peers
            """)
    void recoveryTimeAgainstTheUsualRangeAndTheState(
            String state, double years, boolean certified, Status status, String rule) throws Exception {
        Finding f = decideConfirmed(
                "HIRE-RECOVERY-TIME",
                state,
                "yearsInRecoveryRequired: " + years + ", certificationRequired: " + certified);
        assertDecided(f, status, "HIRE-RECOVERY-TIME " + rule);
        assertTrue(f.rationale().contains("2018-2020"), "every finding on the state table says how old it is");
    }

    @Test
    void aWashingtonRuleOfTwoYearsIsMetAndSaysWhatTheStateAsksWithTheAdaCaution() throws Exception {
        Finding f = decideConfirmed("HIRE-RECOVERY-TIME", "WA", "yearsInRecoveryRequired: 2");
        assertDecided(f, Status.MET, "HIRE-RECOVERY-TIME no more than the usual range");
        assertEquals(
                "The program asks for 2 years in recovery, no more than the usual 1 to 2 years, as the sources' sample"
                        + " job descriptions do. Washington's"
                        + " certification requires 1 year in recovery (state table: '1 year', data from 2018-2020; "
                        + "confirm with the"
                        + " state board); the program asks more, which the usual range allows. ADA caution: screen "
                        + "only for current"
                        + " illegal drug use, since turning someone away for a past substance use disorder can "
                        + "breach the ADA; have"
                        + " HR or counsel check the rule.",
                f.rationale());
        assertTrue(
                cites(f, "All Rise Guidelines 2023", "line 458"),
                "the All Rise sample job description: " + f.citations());
        assertTrue(cites(f, "Corrections PRSS Guide", "lines 3513-3521"), "Washington's row: " + f.citations());
        assertFalse(cites(
                decide("HIRE-RECOVERY-TIME", "WA", "yearsInRecoveryRequired: 1"),
                "All Rise Guidelines 2023",
                "line 458"));
    }

    @Test
    void withoutTheAgencysAdaCheckAMetRuleIsPartlyMetAndANoIsAGap() throws Exception {
        Finding open = decide("HIRE-RECOVERY-TIME", "WA", "yearsInRecoveryRequired: 2");
        assertDecided(open, Status.PARTIAL, "HIRE-RECOVERY-TIME no more than the usual range");
        assertTrue(
                open.rationale()
                        .contains("The facts settle only part of this item: confirm that HR or counsel has checked"
                                + " the rule against the ADA"),
                open.rationale());
        assertTrue(
                open.evidence().contains("answers.HIRE-RECOVERY-TIME"),
                open.evidence().toString());
        Finding no = TestAdvisor.finding(
                TestAdvisor.assess("program: {state: WA}\nfacts: {yearsInRecoveryRequired: 2}\n"
                        + "answers: {HIRE-RECOVERY-TIME: \"NO\"}"),
                "HIRE-RECOVERY-TIME");
        assertDecided(no, Status.GAP, "HIRE-RECOVERY-TIME no more than the usual range");
        assertTrue(
                no.rationale().contains("The checklist answered NO, so the part the facts cannot show is still open"),
                no.rationale());
        assertFalse(no.rationale().contains("but the program's facts decide this item"), "not noted twice");
    }

    @Test
    void livedExperienceAndNoRequirementAreNotZeroYears() throws Exception {
        assertTrue(decide("HIRE-RECOVERY-TIME", "CA", "yearsInRecoveryRequired: 1")
                .rationale()
                .contains("California's certification requires lived experience, with no length of recovery"));
        assertTrue(decide("HIRE-RECOVERY-TIME", "MN", "yearsInRecoveryRequired: 1")
                .rationale()
                .contains("Minnesota's certification does not require recovery"));
    }

    @Test
    void belowTheStatesLengthWithMedicaidBillingIsAGapAndUnstatedCertificationIsUnknown() throws Exception {
        Finding billing = decide(
                "HIRE-RECOVERY-TIME",
                "IL",
                "yearsInRecoveryRequired: 1, certificationRequired: false," + " medicaidBillingPlanned: true");
        assertDecided(billing, Status.GAP, "HIRE-RECOVERY-TIME below the state's requirement for certified peers");
        assertTrue(billing.rationale().contains("Medicaid billing needs certified peers"), billing.rationale());
        Finding unstated = decide("HIRE-RECOVERY-TIME", "IL", "yearsInRecoveryRequired: 1");
        assertDecided(
                unstated, Status.UNKNOWN, "HIRE-RECOVERY-TIME below the state's requirement, certification not stated");
        assertTrue(
                unstated.evidence().contains("facts.certificationRequired"),
                unstated.evidence().toString());
    }

    @Test
    void noRuleWithoutTheProgramsYearsOrState() throws Exception {
        Finding noYears = decide("HIRE-RECOVERY-TIME", "WA", "certificationRequired: true");
        assertDecided(noYears, Status.UNKNOWN, "No answer and a deciding fact missing leaves the item unknown");
        assertTrue(
                noYears.rationale().contains("but not Years in recovery required (facts.yearsInRecoveryRequired)"),
                noYears.rationale());
        Finding noState =
                TestAdvisor.finding(TestAdvisor.assess("facts: {yearsInRecoveryRequired: 2}"), "HIRE-RECOVERY-TIME");
        assertDecided(noState, Status.UNKNOWN, "No answer and a deciding fact missing leaves the item unknown");
        assertTrue(noState.rationale().contains("but not State (program.state)"), noState.rationale());
    }

    // Two sources on a state's recovery rule.

    @Test
    void aRhodeIslandFindingCitesBothSourcesAndSaysWhichItFollows() throws Exception {
        Finding f = decide("HIRE-RECOVERY-TIME", "RI", "yearsInRecoveryRequired: 1, certificationRequired: true");
        assertDecided(f, Status.PARTIAL, "HIRE-RECOVERY-TIME below a length the sources dispute, for certified peers");
        assertEquals(List.of("STATE-RECOVERY-LENGTH-DISPUTED"), readings(f));
        assertTrue(
                f.rationale()
                        .contains("Two sources on Rhode Island's rule: the state table (Corrections PRSS Guide) prints"
                                + " '2 years'; LAPPA Toolkit 2021 (Ch. 3, Sobriety Requirements When Hiring, line "
                                + "647) says Rhode Island only"
                                + " recommends that peers be in recovery; there is no legal mandate. The advisor "
                                + "follows the state table: it is the only source to name a length, so the"
                                + " finding prints its 2 years; since the toolkit says there is no mandate,"
                                + " whether the length binds is disputed (reading"
                                + " STATE-RECOVERY-LENGTH-DISPUTED)."),
                f.rationale());
        assertTrue(
                cites(f, "Corrections PRSS Guide", "lines 3419-3430"),
                f.citations().toString());
        assertTrue(f.citations().contains(LAPPA_RECOVERY), f.citations().toString());
        assertEquals(f.citations().stream().distinct().count(), f.citations().size(), "no citation twice");
    }

    @Test
    void everyFindingOnARowWithASecondSourceCitesBoth() throws Exception {
        for (String state : List.of("RI", "OR", "AK", "AZ", "DE", "OH", "NY", "IA", "CT", "TX")) {
            for (String id : List.of("HIRE-RECOVERY-TIME", "CERT-STATE-REQUIREMENTS")) {
                Finding f = decide(id, state, "yearsInRecoveryRequired: 2, certificationRequired: true");
                assertTrue(f.citations().contains(LAPPA_RECOVERY), state + " " + id + ": " + f.citations());
                assertTrue(
                        f.rationale().contains("The advisor follows the state table: "),
                        state + " " + id + ": " + f.rationale());
            }
        }
    }

    @Test
    void aRowWithOneSourceSaysNothingOfASecond() throws Exception {
        Finding f = decide("CERT-STATE-REQUIREMENTS", "WA", "certificationRequired: true");
        assertFalse(f.rationale().contains("Two sources"), f.rationale());
        assertFalse(f.citations().contains(LAPPA_RECOVERY), f.citations().toString());
        assertTrue(
                cites(f, "Corrections PRSS Guide", "lines 3513-3521"),
                f.citations().toString());
    }

    // MEDICAID-STATE-COVERAGE

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            IL | medicaidBillingProvider: OTHER_TREATMENT_PROVIDER | MET | the state covers peer services
            IL | | PARTIAL | the state pays, but not yet confirmed outside a clinic
            IL | medicaidBillingProvider: JUSTICE_AGENCY | PARTIAL | the state pays, but not yet confirmed outside \
            a clinic
            MD |                                                  | GAP     | the state does not cover peer services
            # A limit to a group of people is partly met, with or without a treatment biller
            # (Corrections PRSS Guide, lines 2817-2818).
            HI | servesCoOccurringPopulation: true, medicaidBillingProvider: CCBHC | PARTIAL | only some people \
            covered, and the program serves them
            HI | servesCoOccurringPopulation: true | PARTIAL | only some people covered, and the program serves them
            HI | mentalHealthProgram: true | UNKNOWN | co-occurring disorders only, population not stated
            PA | medicaidBillingProvider: CCBHC                   | MET     | one kind of provider only, and it bills
            NJ | medicaidBillingProvider: OTHER_TREATMENT_PROVIDER | GAP | one kind of provider only, and another bills
            PA | servesCoOccurringPopulation: true | UNKNOWN | one kind of provider only, biller not stated
            ME | medicaidBillingProvider: HEALTH_HOME             | MET     | one kind of provider only, and it bills
            ME | medicaidBillingProvider: CCBHC | GAP | one kind of provider only, and another bills
            TX | medicaidWithinBundledService: true | MET | bundled service only, and billed within one
            TX | medicaidWithinBundledService: true, medicaidBillingProvider: JUSTICE_AGENCY | PARTIAL | the state \
            pays, but not yet confirmed outside a clinic
            CO | medicaidWithinBundledService: false | GAP | bundled service only, and billed on their own
            OR | medicaidBillingProvider: CCBHC                   | UNKNOWN | bundled service only, billing not stated
            IA | servesCoOccurringPopulation: true | PARTIAL | only some people covered, and the program serves them
            NY |                                   | PARTIAL | only some people covered, and the program serves them
            # DC: the table's 'No' against LAPPA line 565; whom the program serves decides which governs.
            DC | servesCoOccurringPopulation: false | GAP | the sources disagree, substance use services only
            DC | servesCoOccurringPopulation: true | PARTIAL | the sources disagree, and the program serves people \
            with a mental illness too
            DC |                                   | UNKNOWN | the sources disagree, population not stated
            """)
    void medicaidCoverageAgainstTheLimitAndTheFacts(String state, String facts, Status status, String rule)
            throws Exception {
        Finding f = decide(
                "MEDICAID-STATE-COVERAGE", state, "medicaidBillingPlanned: true" + (facts == null ? "" : ", " + facts));
        assertDecided(f, status, "MEDICAID-STATE-COVERAGE " + rule);
        assertTrue(
                f.citations().stream()
                        .anyMatch(c -> c.source().equals("Corrections PRSS Guide")
                                && c.locator().matches("lines \\d+-\\d+")
                                && !c.locator().equals("lines 2835-3557")),
                "cites the state's own row: " + f.citations());
    }

    @Test
    void aDistrictFindingShowsBothSourcesAndWhichGoverns() throws Exception {
        Finding f = decide(
                "MEDICAID-STATE-COVERAGE", "DC", "medicaidBillingPlanned: true, servesCoOccurringPopulation: false");
        assertTrue(
                f.rationale()
                        .contains("Two sources on District of Columbia: the state table (Corrections PRSS Guide) prints"
                                + " 'No'; LAPPA Toolkit 2021 (Ch. 2, Medicaid Coverage for Peer Support Services, line"
                                + " 565) says the District of Columbia was among the jurisdictions receiving federal"
                                + " Medicaid reimbursement"),
                f.rationale());
        assertTrue(
                f.rationale().contains("The table governs peer services for substance use disorders"), f.rationale());
        assertTrue(
                cites(f, "Corrections PRSS Guide", "lines 2962-2977"),
                f.citations().toString());
        assertTrue(
                f.citations()
                        .contains(new Citation(
                                "LAPPA Toolkit 2021",
                                "Ch. 2, Medicaid Coverage for Peer Support Services",
                                "line 565")),
                f.citations().toString());
        assertFalse(decide("MEDICAID-STATE-COVERAGE", "MD", "medicaidBillingPlanned: true")
                .rationale()
                .contains("Two sources"));
    }

    @Test
    void medicaidCoverageLimitedToAPopulationTheProgramDoesNotServe() throws Exception {
        Finding f = decide(
                "MEDICAID-STATE-COVERAGE", "HI", "medicaidBillingPlanned: true, servesCoOccurringPopulation: false");
        assertDecided(
                f,
                Status.GAP,
                "MEDICAID-STATE-COVERAGE co-occurring disorders only, and the program does not serve them");
    }

    @Test
    void aLimitedFindingKeepsThePrintedWordsAndNamesTheMissingFact() throws Exception {
        Finding f = decide("MEDICAID-STATE-COVERAGE", "TX", "medicaidBillingPlanned: true");
        assertTrue(
                f.rationale()
                        .startsWith(
                                "Texas Medicaid covers peer services only as part of a bundled service (state table:"
                                        + " 'State plan only as a bundled service', data from 2018-2020"),
                f.rationale());
        assertTrue(f.rationale().contains("(facts.medicaidWithinBundledService) is not stated"), f.rationale());
        assertTrue(
                f.evidence().contains("facts.medicaidWithinBundledService"),
                f.evidence().toString());
    }

    @Test
    void theLimitFactsDoNothingWithoutMedicaidBilling() throws Exception {
        assertDecided(
                decide(
                        "MEDICAID-STATE-COVERAGE",
                        "HI",
                        "medicaidBillingPlanned: false, servesCoOccurringPopulation: false"),
                Status.NOT_APPLICABLE,
                "Medicaid items do not apply without Medicaid billing");
    }
}
