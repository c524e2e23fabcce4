package org.prss.advisor.cli;

import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Verdict;
import org.prss.advisor.model.Status;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each sample in samples/ is assessed, with the verdict and the findings that make it. */
class SamplesTest {

    private static Assessment assess(String sample) throws Exception {
        var advisor = TestAdvisor.get();
        return advisor.assess(advisor.reader().read(Path.of("samples", sample)), TestAdvisor.AS_OF);
    }

    private static Status status(Assessment a, String id) {
        return TestAdvisor.finding(a, id).status();
    }

    private static long count(Assessment a, Status s) {
        return a.findings().stream().filter(f -> f.status() == s).count();
    }

    @Test
    void jailInPlanningIsNotReady() throws Exception {
        Assessment a = assess("jail-planning.yaml");
        assertEquals(Verdict.NOT_READY, a.verdict());
        assertEquals(28, a.findings().size());
        assertEquals(Status.GAP, status(a, "RDY-HR-05"));
        assertEquals(Status.WAIVED, status(a, "RDY-TEAM-01"));
        assertEquals(Status.NOT_APPLICABLE, status(a, "RDY-LEAD-06"));
        assertEquals(Status.PARTIAL, status(a, "RDY-SUP-01"));
        assertEquals(Status.GAP, status(a, "RDY-PEER-03"));
        assertEquals(Status.GAP, status(a, "RDY-PEER-05"));
        assertEquals(32.4, a.scores().overall());
        assertEquals("RDY-HR-05", a.actionPlan().get(0).findingId());
    }

    @Test
    void treatmentCourtInOperationIsReady() throws Exception {
        Assessment a = assess("treatment-court-operating.json");
        assertEquals(Verdict.READY, a.verdict());
        assertEquals(25, count(a, Status.MET));
        assertEquals(2, count(a, Status.PARTIAL));
        assertEquals(0, count(a, Status.UNKNOWN));
        assertEquals(Status.MET, status(a, "RDY-SUP-01"));
        assertEquals(96.6, a.scores().overall());
    }

    @Test
    void butlerCountyCaseStudyLeavesWhatTheCaseStudyDoesNotSayUnknown() throws Exception {
        Assessment a = assess("butler-county-jail.json");
        assertEquals(Verdict.NOT_READY, a.verdict());
        assertEquals(Status.MET, status(a, "RDY-SUP-03"));
        assertEquals("RDY-SUP-03 supervisor trained in peer support", TestAdvisor.finding(a, "RDY-SUP-03").decidedBy());
        assertEquals(Status.PARTIAL, status(a, "RDY-SUP-01"));
        assertEquals(22, count(a, Status.UNKNOWN));
    }
}
