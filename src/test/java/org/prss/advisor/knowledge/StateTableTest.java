package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prss.advisor.knowledge.MedicaidCoverage.Kind.COVERED;
import static org.prss.advisor.knowledge.MedicaidCoverage.Kind.LIMITED;
import static org.prss.advisor.knowledge.MedicaidCoverage.Kind.NOT_COVERED;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.MedicaidCoverage.Limit;
import org.prss.advisor.model.Citation;

/**
 * The Corrections PRSS Guide's state table (Resource 2, lines 2835-3557) with its Medicaid entries read into structure,
 * the LAPPA toolkit's statements on nine states' recovery rules (Ch. 3, line 647), and the funding list, read whole.
 */
class StateTableTest {

    private static final KnowledgeBase KNOWLEDGE = TestAdvisor.get().knowledge();

    private static StateCertification row(String state) {
        return KNOWLEDGE.state(state).orElseThrow();
    }

    private static List<String> states(List<StateCertification> rows, Predicate<StateCertification> which) {
        return rows.stream()
                .filter(which)
                .map(StateCertification::state)
                .sorted()
                .toList();
    }

    @Test
    void everyJurisdictionOnce() {
        List<StateCertification> table = KNOWLEDGE.stateTable();
        assertEquals(51, table.size(), "50 states and DC");
        assertEquals(
                51, table.stream().map(StateCertification::state).distinct().count());
        assertEquals(37, table.stream().filter(s -> !s.exam().isEmpty()).count());
        assertEquals(
                16,
                table.stream()
                        .filter(s -> s.recoveryTime().equals("lived experience required"))
                        .count());
        assertEquals(
                List.of("DC", "ID", "LA", "MD", "MT", "ND", "SD"),
                states(table, s -> s.medicaid().kind() == NOT_COVERED));
        assertTrue(table.stream().allMatch(s -> s.citation().source().equals("Corrections PRSS Guide")));
    }

    @Test
    void illinoisFieldByField() {
        StateCertification il = row("IL");
        assertEquals(
                List.of(
                        "Illinois",
                        "Certified Peer Recovery Specialist",
                        "Illinois Certification Board",
                        "100",
                        "YES",
                        "2,000 experience + 100 supervision",
                        "2 years",
                        "Covered under 1115 waiver program",
                        "lines 3027-3037"),
                List.of(
                        il.jurisdiction(),
                        il.title(),
                        il.certifyingBody(),
                        il.trainingHours(),
                        il.exam(),
                        il.supervisedHours(),
                        il.recoveryTime(),
                        il.medicaidAuthority(),
                        il.citation().locator()));
        assertEquals(new RecoveryTime(RecoveryTime.Kind.REQUIRED, 2.0), il.recovery());
    }

    @Test
    void hawaiiFieldByField() {
        StateCertification hi = row("HI");
        assertEquals(
                List.of(
                        "Hawaii",
                        "Hawaii Certified Peer Specialist",
                        "Hawaii Adult Mental Health Division",
                        "",
                        "",
                        "",
                        "1 year",
                        "COD only under state plan rehabilitative services",
                        "lines 3004-3013"),
                List.of(
                        hi.jurisdiction(),
                        hi.title(),
                        hi.certifyingBody(),
                        hi.trainingHours(),
                        hi.exam(),
                        hi.supervisedHours(),
                        hi.recoveryTime(),
                        hi.medicaidAuthority(),
                        hi.citation().locator()));
        assertEquals(
                new MedicaidCoverage(
                        LIMITED, Limit.CO_OCCURRING_DISORDERS, "COD only under state plan rehabilitative services"),
                hi.medicaid());
    }

    @Test
    void floridaFieldByField() {
        StateCertification fl = row("FL");
        assertEquals(
                List.of(
                        "Florida",
                        "Peer Recovery Specialist",
                        "Florida Certification Board",
                        "40",
                        "",
                        "500 experience + 16 supervision",
                        "2 years",
                        "Covered in-state plan under rehabilitative services",
                        "lines 2979-2989"),
                List.of(
                        fl.jurisdiction(),
                        fl.title(),
                        fl.certifyingBody(),
                        fl.trainingHours(),
                        fl.exam(),
                        fl.supervisedHours(),
                        fl.recoveryTime(),
                        fl.medicaidAuthority(),
                        fl.citation().locator()));
    }

    @Test
    void southDakotaFieldByField() {
        StateCertification sd = row("SD");
        assertEquals(
                List.of("South Dakota", "Peer Specialist Services", "", "", "", "", "N/A", "No", "lines 3444-3453"),
                List.of(
                        sd.jurisdiction(),
                        sd.title(),
                        sd.certifyingBody(),
                        sd.trainingHours(),
                        sd.exam(),
                        sd.supervisedHours(),
                        sd.recoveryTime(),
                        sd.medicaidAuthority(),
                        sd.citation().locator()));
        assertEquals(NOT_COVERED, sd.medicaid().kind());
        assertEquals(RecoveryTime.Kind.NOT_STATED, sd.recovery().kind());
    }

    @Test
    void newYorkFieldByField() {
        StateCertification ny = row("NY");
        assertEquals(
                List.of(
                        "New York",
                        "Addiction Recovery Coach; Recovery Advocate",
                        "New York Certification Board",
                        "Coach: 60; Advocate: 46",
                        "Advocate: YES",
                        "Advocate: 500 + 25 supervision",
                        "none required",
                        "Covered under 1115 waiver program as part of HARP",
                        "lines 3307-3320"),
                List.of(
                        ny.jurisdiction(),
                        ny.title(),
                        ny.certifyingBody(),
                        ny.trainingHours(),
                        ny.exam(),
                        ny.supervisedHours(),
                        ny.recoveryTime(),
                        ny.medicaidAuthority(),
                        ny.citation().locator()));
        assertEquals(new RecoveryTime(RecoveryTime.Kind.NONE_REQUIRED, null), ny.recovery());
        assertEquals(
                new MedicaidCoverage(
                        LIMITED, Limit.HARP_ENROLLEES, "Covered under 1115 waiver program as part of HARP"),
                ny.medicaid());
    }

    // Recovery time: the table's kinds, and LAPPA's second reading of ten states.

    @Test
    void statesPerRecoveryKindInTheTable() {
        Map<RecoveryTime.Kind, Long> kinds = KNOWLEDGE.stateTable().stream()
                .collect(Collectors.groupingBy(s -> s.recovery().kind(), TreeMap::new, Collectors.counting()));
        assertEquals(
                Map.of(
                        RecoveryTime.Kind.REQUIRED,
                        30L,
                        RecoveryTime.Kind.SUGGESTED,
                        2L,
                        RecoveryTime.Kind.LIVED_EXPERIENCE,
                        16L,
                        RecoveryTime.Kind.NONE_REQUIRED,
                        2L,
                        RecoveryTime.Kind.NOT_STATED,
                        1L),
                kinds);
        assertTrue(
                KNOWLEDGE.stateTable().stream()
                        .allMatch(s -> (s.recovery().years() != null)
                                == (s.recovery().kind() == RecoveryTime.Kind.REQUIRED
                                        || s.recovery().kind() == RecoveryTime.Kind.SUGGESTED)),
                "only a stated length is a number of years");
    }

    @Test
    void lappaReadsTenStatesAndTheAdvisorFollowsTheTableInEach() {
        List<StateCertification> withSecond = KNOWLEDGE.stateTable().stream()
                .filter(s -> s.recoveryStatement() != null)
                .toList();
        assertEquals(
                List.of("AK", "AZ", "CT", "DE", "IA", "NY", "OH", "OR", "RI", "TX"), states(withSecond, s -> true));
        assertEquals(
                List.of("OR", "RI"),
                states(withSecond, s -> s.recoveryStatement().recovery().kind() == RecoveryTime.Kind.SUGGESTED));
        assertEquals(
                List.of("AK", "AZ", "DE", "OH"),
                states(
                        withSecond,
                        s -> s.recoveryStatement().recovery().kind() == RecoveryTime.Kind.RECOVERY_NO_LENGTH));
        assertEquals(
                List.of("CT", "IA", "NY"),
                states(withSecond, s -> s.recoveryStatement().recovery().kind() == RecoveryTime.Kind.NONE_REQUIRED));
        assertTrue(withSecond.stream()
                .allMatch(s ->
                        !s.recoveryStatement().followed() && s.recoveryRule().equals(s.recovery())));
        // Texas: the toolkit says what counts as recovery but names no length, so the table's 1 year stands.
        assertEquals(
                RecoveryTime.Kind.NOT_STATED,
                row("TX").recoveryStatement().recovery().kind());
        // Where the table's length is one the toolkit says the state does not require, the length is disputed
        // (the reading STATE-RECOVERY-LENGTH-DISPUTED decides what follows).
        assertEquals(List.of("AK", "RI"), states(withSecond, StateCertification::recoveryLengthDisputed));
        assertTrue(withSecond.stream()
                .allMatch(s -> s.recoveryStatement()
                        .citation()
                        .equals(new Citation(
                                "LAPPA Toolkit 2021", "Ch. 3, Sobriety Requirements When Hiring", "line 647"))));
        StateCertification ri = row("RI");
        assertEquals(new RecoveryTime(RecoveryTime.Kind.REQUIRED, 2.0), ri.recoveryRule());
        assertEquals(List.of(ri.citation(), ri.recoveryStatement().citation()), ri.recoveryCitations());
        assertTrue(
                ri.recoverySources()
                        .startsWith("Two sources on Rhode Island's rule: the state table (Corrections PRSS Guide)"
                                + " prints '2 years'; LAPPA Toolkit 2021 (Ch. 3, Sobriety Requirements When Hiring, "
                                + "line 647) says Rhode Island"
                                + " only recommends"),
                ri.recoverySources());
        assertEquals("", row("WA").recoverySources());
        assertEquals(List.of(row("WA").citation()), row("WA").recoveryCitations());
    }

    // Medicaid: each entry read into covered, not covered or limited, checked against the printed words.

    @Test
    void lappaSaysTheDistrictWasReimbursedWhereTheTableSaysNo() {
        List<StateCertification> withSecond = KNOWLEDGE.stateTable().stream()
                .filter(s -> s.medicaidStatement() != null)
                .toList();
        assertEquals(List.of("DC"), states(withSecond, s -> true));
        StateCertification dc = row("DC");
        assertEquals(NOT_COVERED, dc.medicaid().kind());
        Citation lappa =
                new Citation("LAPPA Toolkit 2021", "Ch. 2, Medicaid Coverage for Peer Support Services", "line 565");
        assertEquals(List.of(dc.citation(), lappa), dc.medicaidCitations());
        assertTrue(
                dc.medicaidSources()
                        .startsWith("Two sources on District of Columbia: the state table (Corrections PRSS Guide)"
                                + " prints 'No'; LAPPA Toolkit 2021 (Ch. 2, Medicaid Coverage for Peer Support"
                                + " Services,"
                                + " line 565) says the District of Columbia was among the jurisdictions receiving"),
                dc.medicaidSources());
        assertTrue(dc.medicaidSources().contains("The table governs peer services for substance use disorders"));
        assertEquals("", row("WA").medicaidSources());
        assertEquals(List.of(row("WA").citation()), row("WA").medicaidCitations());
    }

    @Test
    void statesPerMedicaidKind() {
        List<StateCertification> table = KNOWLEDGE.stateTable();
        assertEquals(
                Map.of(COVERED, 34L, NOT_COVERED, 7L, LIMITED, 10L),
                table.stream().collect(Collectors.groupingBy(s -> s.medicaid().kind(), Collectors.counting())));
        assertEquals(
                Map.of(
                        Limit.BUNDLED_SERVICE,
                        List.of("CO", "NC", "OR", "TX"),
                        Limit.CCBHC,
                        List.of("NJ", "PA"),
                        Limit.CO_OCCURRING_DISORDERS,
                        List.of("HI"),
                        Limit.EXPANSION_POPULATION,
                        List.of("IA"),
                        Limit.HARP_ENROLLEES,
                        List.of("NY"),
                        Limit.HEALTH_HOME,
                        List.of("ME")),
                table.stream()
                        .filter(s -> s.medicaid().kind() == LIMITED)
                        .collect(Collectors.groupingBy(
                                s -> s.medicaid().limit(),
                                Collectors.mapping(StateCertification::state, Collectors.toList())))
                        .entrySet()
                        .stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                e -> e.getValue().stream().sorted().toList())));
        assertTrue(
                table.stream().allMatch(s -> s.medicaid().words().equals(s.medicaidAuthority())),
                "the printed words kept beside");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PA | LIMITED     | CCBHC                  | Covered for Certified Community BH Clinics
            NJ | LIMITED     | CCBHC                  | Covered for Certified Community BH Clinics
            TX | LIMITED     | BUNDLED_SERVICE        | State plan only as a bundled service
            HI | LIMITED     | CO_OCCURRING_DISORDERS | COD only under state plan rehabilitative services
            ME | LIMITED     | HEALTH_HOME            | Covered in-state health homes plan
            IA | LIMITED     | EXPANSION_POPULATION   | 1915(b)(3) waiver covered for expansion population
            MO | COVERED     |                        | 1115 waiver and covered for Certified Community BH Clinics
            NM | COVERED     |                        | Covered under 1115 waiver program in managed care plans
            WA | COVERED     |                        | Covered in-state plan under rehabilitative services
            MD | NOT_COVERED |                        | No
            """)
    void medicaidRowsCheckedByHand(String state, MedicaidCoverage.Kind kind, Limit limit, String words) {
        assertEquals(new MedicaidCoverage(kind, limit, words), row(state).medicaid());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 years                   | REQUIRED              | 2.0
            6 months                  | REQUIRED              | 0.5
            18 months suggested       | SUGGESTED             | 1.5
            lived experience required | LIVED_EXPERIENCE      |
            none required             | NONE_REQUIRED         |
            """)
    void recoveryTimeReadsTheTablesWords(String text, RecoveryTime.Kind kind, Double years) {
        assertEquals(new RecoveryTime(kind, years), RecoveryTime.parse(text));
    }

    @Test
    void aLengthForOneLevelOfTheCredentialBindsNoOtherLevel() {
        // Indiana's row: '1 yr. for level II' (Corrections PRSS Guide, lines 3040-3054).
        RecoveryTime indiana = RecoveryTime.parse("1 year (level II)");
        assertEquals(new RecoveryTime(RecoveryTime.Kind.REQUIRED, 1.0, "level II"), indiana);
        assertFalse(indiana.requiresLength(), "a level II length is not asked of every certified peer");
        assertEquals(
                "requires 1 year in recovery for level II only; the row names no length for the other level",
                indiana.describe());
        assertEquals(indiana, row("IN").recovery());
        assertTrue(RecoveryTime.parse("1 year").requiresLength());
    }

    @Test
    void recoveryTimeNotStated() {
        assertEquals(new RecoveryTime(RecoveryTime.Kind.NOT_STATED, null), RecoveryTime.parse("N/A"));
    }

    @Test
    void fundingHasTheFourTable4GrantsAndThreeNoCostOffers() {
        List<FundingOption> funding = KNOWLEDGE.funding();
        assertEquals(
                4,
                funding.stream()
                        .filter(f -> f.kind() == FundingOption.Kind.GRANT)
                        .count());
        assertEquals(
                3,
                funding.stream()
                        .filter(f -> f.kind() == FundingOption.Kind.TECHNICAL_ASSISTANCE)
                        .count());
        assertTrue(funding.stream()
                .allMatch(f -> !f.settings().isEmpty() && !f.citations().isEmpty()));
    }
}
