package org.prss.advisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Corrections PRSS Guide's state table (Resource 2, lines 2835-3557) and the funding list, read whole. */
class StateTableTest {

    private static final KnowledgeBase KNOWLEDGE = TestAdvisor.get().knowledge();

    @TempDir
    Path dir;

    private static StateCertification row(String state) {
        return KNOWLEDGE.state(state).orElseThrow();
    }

    @Test
    void everyJurisdictionOnce() {
        List<StateCertification> table = KNOWLEDGE.stateTable();
        assertEquals(51, table.size(), "50 states and DC");
        assertEquals(51, table.stream().map(StateCertification::state).distinct().count());
        assertEquals(37, table.stream().filter(s -> !s.exam().isEmpty()).count());
        assertEquals(16, table.stream().filter(s -> s.recoveryTime().equals("lived experience required")).count());
        assertEquals(List.of("DC", "ID", "LA", "MD", "MT", "ND", "SD"),
                table.stream().filter(s -> !s.medicaidCovered()).map(StateCertification::state).sorted().toList());
        assertTrue(table.stream().allMatch(s -> s.citation().source().equals("Corrections PRSS Guide")));
    }

    @Test
    void illinoisFieldByField() {
        StateCertification il = row("IL");
        assertEquals(List.of("Illinois", "Certified Peer Recovery Specialist", "Illinois Certification Board", "100", "YES",
                        "2,000 experience + 100 supervision", "2 years", "Covered under 1115 waiver program", "lines 3027-3037"),
                List.of(il.jurisdiction(), il.title(), il.certifyingBody(), il.trainingHours(), il.exam(), il.supervisedHours(),
                        il.recoveryTime(), il.medicaidAuthority(), il.citation().locator()));
        assertEquals(new RecoveryTime(RecoveryTime.Kind.REQUIRED, 2.0), il.recovery());
    }

    @Test
    void hawaiiFieldByField() {
        StateCertification hi = row("HI");
        assertEquals(List.of("Hawaii", "Hawaii Certified Peer Specialist", "Hawaii Adult Mental Health Division", "", "", "",
                        "1 year", "COD only under state plan rehabilitative services", "lines 3004-3013"),
                List.of(hi.jurisdiction(), hi.title(), hi.certifyingBody(), hi.trainingHours(), hi.exam(), hi.supervisedHours(),
                        hi.recoveryTime(), hi.medicaidAuthority(), hi.citation().locator()));
        assertTrue(hi.medicaidCovered());
    }

    @Test
    void floridaFieldByField() {
        StateCertification fl = row("FL");
        assertEquals(List.of("Florida", "Peer Recovery Specialist", "Florida Certification Board", "40", "",
                        "500 experience + 16 supervision", "2 years", "Covered in-state plan under rehabilitative services",
                        "lines 2979-2989"),
                List.of(fl.jurisdiction(), fl.title(), fl.certifyingBody(), fl.trainingHours(), fl.exam(), fl.supervisedHours(),
                        fl.recoveryTime(), fl.medicaidAuthority(), fl.citation().locator()));
    }

    @Test
    void southDakotaFieldByField() {
        StateCertification sd = row("SD");
        assertEquals(List.of("South Dakota", "Peer Specialist Services", "", "", "", "", "N/A", "No", "lines 3444-3453"),
                List.of(sd.jurisdiction(), sd.title(), sd.certifyingBody(), sd.trainingHours(), sd.exam(), sd.supervisedHours(),
                        sd.recoveryTime(), sd.medicaidAuthority(), sd.citation().locator()));
        assertFalse(sd.medicaidCovered());
        assertEquals(RecoveryTime.Kind.NOT_STATED, sd.recovery().kind());
    }

    @Test
    void newYorkFieldByField() {
        StateCertification ny = row("NY");
        assertEquals(List.of("New York", "Addiction Recovery Coach; Recovery Advocate", "New York Certification Board",
                        "Coach: 60; Advocate: 46", "Advocate: YES", "Advocate: 500 + 25 supervision", "none required",
                        "Covered under 1115 waiver program as part of HARP", "lines 3307-3320"),
                List.of(ny.jurisdiction(), ny.title(), ny.certifyingBody(), ny.trainingHours(), ny.exam(), ny.supervisedHours(),
                        ny.recoveryTime(), ny.medicaidAuthority(), ny.citation().locator()));
        assertEquals(new RecoveryTime(RecoveryTime.Kind.NONE_REQUIRED, 0.0), ny.recovery());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 years                   | REQUIRED              | 2.0
            1 year (level II)         | REQUIRED              | 1.0
            6 months                  | REQUIRED              | 0.5
            18 months suggested       | SUGGESTED             | 1.5
            lived experience required | LIVED_EXPERIENCE_ONLY | 0.0
            none required             | NONE_REQUIRED         | 0.0
            """)
    void recoveryTimeReadsTheTablesWords(String text, RecoveryTime.Kind kind, double years) {
        assertEquals(new RecoveryTime(kind, years), RecoveryTime.parse(text));
    }

    @Test
    void recoveryTimeNotStated() {
        assertEquals(new RecoveryTime(RecoveryTime.Kind.NOT_STATED, null), RecoveryTime.parse("N/A"));
    }

    @Test
    void fundingHasTheFourTable4GrantsAndThreeNoCostOffers() {
        List<FundingOption> funding = KNOWLEDGE.funding();
        assertEquals(4, funding.stream().filter(f -> f.kind() == FundingOption.Kind.GRANT).count());
        assertEquals(3, funding.stream().filter(f -> f.kind() == FundingOption.Kind.TECHNICAL_ASSISTANCE).count());
        assertTrue(funding.stream().allMatch(f -> !f.settings().isEmpty() && !f.citations().isEmpty()));
    }

    @Test
    void aStateListedTwiceIsReportedAtItsLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist("state-certification.csv", "HI,Hawaii", "IL,Hawaii");
        int line = KnowledgeCopy.lineOf(file, "IL,Hawaii");
        int first = KnowledgeCopy.lineOf(file, "IL,Illinois");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists));
        assertTrue(e.report().contains(file + ":" + Math.max(line, first) + ": state IL is listed twice (first at line "
                + Math.min(line, first) + ")"), e.report());
    }

    @Test
    void aWrongHeaderIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist("state-certification.csv", "trainingHours", "hours");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists));
        assertTrue(e.report().contains(file + ":1: the header must be state,jurisdiction,title,certifyingBody,trainingHours"),
                e.report());
    }
}
