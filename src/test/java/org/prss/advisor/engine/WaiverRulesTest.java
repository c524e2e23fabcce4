package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/** A waiver keeps a finding visible as WAIVED until it expires; then the finding says it no longer applies. */
class WaiverRulesTest {

    private static Finding withWaiver(String answer, String expires) throws Exception {
        return TestAdvisor.finding(TestAdvisor.assess("""
                answers: {RDY-HR-05: %s}
                waivers:
                  - findingId: RDY-HR-05
                    justification: County HR policy arrives in March
                    approvedBy: Sheriff Ames
                    expires: %s
                """.formatted(answer, expires)), "RDY-HR-05");
    }

    @Test
    void waiverInForceMarksTheGapWaived() throws Exception {
        Finding f = withWaiver("NO", "2027-03-31");
        assertEquals(Status.WAIVED, f.status());
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals(Status.GAP, f.waiver().statusWithoutWaiver());
        assertFalse(f.waiver().expired());
        assertTrue(f.rationale().contains("Waived until 2027-03-31 by Sheriff Ames"), f.rationale());
    }

    @Test
    void waiverExpiringTodayStillApplies() throws Exception {
        assertEquals(
                Status.WAIVED, withWaiver("NO", TestAdvisor.AS_OF.toString()).status());
    }

    @Test
    void expiredWaiverNoLongerAppliesAndSaysSo() throws Exception {
        Finding f = withWaiver("NO", "2026-11-22");
        assertEquals(Status.GAP, f.status());
        assertTrue(f.waiver().expired());
        assertTrue(f.rationale().contains("expired on 2026-11-22 and no longer applies"), f.rationale());
    }

    @Test
    void waiverOnAMetItemChangesNothing() throws Exception {
        Finding f = withWaiver("YES", "2027-03-31");
        assertEquals(Status.MET, f.status());
        assertNull(f.waiver());
    }

    @Test
    void waivedCriticalGapNoLongerMakesTheProgramNotReadyByItself() throws Exception {
        var waived = TestAdvisor.assess("""
                answers: {RDY-HR-05: NO}
                waivers: [{findingId: RDY-HR-05, justification: x, approvedBy: y, expires: 2027-01-01}]
                """);
        assertFalse(
                waived.verdictReasons().stream().anyMatch(r -> r.contains("RDY-HR-05")),
                waived.verdictReasons().toString());
    }
}
