package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.ActionItem;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Verdict;
import org.prss.advisor.input.DutyListReader;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Status;
import org.prss.advisor.role.DutyFit;

/** Each sample in samples/ is assessed, with the verdict and the findings that make it. */
class SamplesTest {

    private static Assessment assess(String sample) throws Exception {
        var advisor = TestAdvisor.get();
        return advisor.assess(advisor.reader().read(Path.of("samples", sample)), TestAdvisor.AS_OF);
    }

    private static Status status(Assessment a, String id) {
        return TestAdvisor.finding(a, id).status();
    }

    private static List<String> ids(Assessment a, Status s) {
        return a.findings().stream()
                .filter(f -> f.status() == s)
                .map(f -> f.id())
                .sorted()
                .toList();
    }

    /**
     * The README's score formula over the findings: 100 x sum(weight x credit) / sum(weight), weights by item severity
     * and credits by status from scoring.yaml, over one domain's items (or every scored domain's, for null).
     */
    private static double formula(Assessment a, String domain) {
        var kb = TestAdvisor.get().knowledge();
        double earned = 0;
        double weight = 0;
        for (var f : a.findings()) {
            var item = kb.item(f.id()).orElseThrow();
            boolean in = domain == null
                    ? kb.domain(item.domain()).orElseThrow().scored()
                    : item.domain().equals(domain);
            Double credit = kb.scoring().statusCredit().get(f.status());
            if (in && credit != null) {
                int w = kb.scoring().severityWeights().get(item.severity());
                earned += w * credit;
                weight += w;
            }
        }
        return Math.round(1000.0 * earned / weight) / 10.0;
    }

    private static long count(Assessment a, Status s) {
        return a.findings().stream().filter(f -> f.status() == s).count();
    }

    @Test
    void jailInPlanningIsNotReady() throws Exception {
        Assessment a = assess("jail-planning.yaml");
        assertEquals(Verdict.NOT_READY, a.verdict());
        assertEquals(TestAdvisor.get().knowledge().items().size(), a.findings().size());
        assertEquals(Status.GAP, status(a, "RDY-HR-05"));
        assertEquals(Status.WAIVED, status(a, "RDY-TEAM-01"));
        assertEquals(Status.NOT_APPLICABLE, status(a, "RDY-LEAD-06"));
        assertEquals(Status.PARTIAL, status(a, "RDY-SUP-01"));
        assertEquals(Status.GAP, status(a, "RDY-PEER-03"));
        assertEquals(Status.GAP, status(a, "RDY-PEER-05"));
        assertEquals(Status.PARTIAL, status(a, "ROLE-WRITTEN"));
        assertEquals(Status.GAP, status(a, "ROLE-COMPLIANCE"), "reporting rule violations to security staff");
        assertEquals(Status.NOT_APPLICABLE, status(a, "ROLE-STAFFING"));
        assertEquals(formula(a, "READINESS"), a.scores().domains().get(0).score());
        assertEquals(
                Status.GAP, status(a, "STAFF-FACILITY-RATIO"), "1 peer for 620 people with a mental-health program");
        assertEquals(Status.GAP, status(a, "STAFF-CAPACITY"), "1.0 FTE at 30 per peer for 45 expected");
        assertEquals(
                Status.PARTIAL,
                status(a, "HIRE-RECOVERY-TIME"),
                "2 years, within the usual range, where Ohio sets no length; the ADA check with HR is not confirmed");
        assertEquals(Status.GAP, status(a, "ETH-NOT-INFORMANTS"), "reporting rule violations to security staff");
        assertEquals(
                Status.NOT_APPLICABLE,
                status(a, "INC-WAGES-HOURS"),
                "the peer is a partner employee, not incarcerated");
        assertEquals(formula(a, null), a.scores().overall());
        assertTrue(
                a.scores().overall() < TestAdvisor.get().knowledge().scoring().notReadyBelowScore());
        assertEquals(
                List.of("RDY-HR-05", "ROLE-COMPLIANCE"),
                a.actionPlan().subList(0, 2).stream().map(ActionItem::findingId).toList());
    }

    @Test
    void treatmentCourtInOperationIsReady() throws Exception {
        Assessment a = assess("treatment-court-operating.json");
        assertEquals(Verdict.READY, a.verdict());
        assertEquals(0, count(a, Status.GAP));
        assertEquals(
                List.of(
                        // The certification plan, the ADA check and each billed peer's credential are the
                        // agency's to confirm (factsLeaveOpen); the sample does not answer them.
                        "CERT-STATE-REQUIREMENTS",
                        "ETH-COMPASSION-FATIGUE",
                        "HIRE-RECOVERY-TIME",
                        "MEDICAID-STATE-COVERAGE",
                        "MEDICAID-TRAINING-CERT",
                        "PAY-CAREER-GROWTH",
                        "RDY-LEAD-09",
                        "RDY-TEAM-02"),
                ids(a, Status.PARTIAL));
        var quick = TestAdvisor.get().knowledge().domain("QUICK").orElseThrow().items();
        assertTrue(
                quick.stream().allMatch(i -> status(a, i.id()) == Status.UNKNOWN),
                "the quick assessments, left unanswered, count toward nothing");
        assertEquals(Status.MET, status(a, "RDY-SUP-01"));
        assertEquals(Status.MET, status(a, "ROLE-STAFFING"));
        assertEquals(Status.MET, status(a, "STAFF-CASELOAD"), "20 per peer, the treatment-court limit");
        assertEquals(
                Status.PARTIAL,
                status(a, "MEDICAID-STATE-COVERAGE"),
                "Michigan pays for peer services, but who bills is not stated (reading MEDICAID-NON-CLINICAL-SETTING)");
        assertEquals(formula(a, null), a.scores().overall());
        assertTrue(
                a.scores().overall() >= TestAdvisor.get().knowledge().scoring().readyAtScore());
        assertTrue(
                a.duties().stream().allMatch(d -> d.verdict().fit() == DutyFit.FITS_ROLE),
                a.duties().toString());
    }

    @Test
    void butlerCountyCaseStudyLeavesWhatTheCaseStudyDoesNotSayUnknown() throws Exception {
        Assessment a = assess("butler-county-jail.json");
        assertEquals(Verdict.NOT_READY, a.verdict());
        assertEquals(Status.MET, status(a, "RDY-SUP-03"));
        assertEquals(
                "RDY-SUP-03 supervisor trained in peer support",
                TestAdvisor.finding(a, "RDY-SUP-03").decidedBy());
        assertEquals(
                Status.UNKNOWN, status(a, "RDY-SUP-01"), "the case study names the administrative supervisor only");
        assertEquals(
                List.of(
                        "RDY-LEAD-06",
                        "RDY-LEAD-08",
                        "RDY-SUP-03",
                        "RDY-TEAM-02",
                        "RDY-PEER-02",
                        "RDY-PEER-03",
                        "ROLE-SUBSTITUTE",
                        "ROLE-COMPLIANCE",
                        "ROLE-STAFFING",
                        "ROLE-DRIFT",
                        "ROLE-LIVED-EXPERIENCE",
                        "PAY-CONTRACT-RISK",
                        "HIRE-GRADUATE-WAITING",
                        "HIRE-EMPLOYER-CHOSEN",
                        "STAFF-FUNDING",
                        "ETH-FIELD-SAFETY",
                        "PREP-TEAM-TRAINING",
                        "INC-WAGES-HOURS",
                        "INC-ELIGIBILITY",
                        "INC-SELECTION",
                        "INC-TRAINING-CERT",
                        "INC-SUPERVISION-FREQUENCY",
                        "INC-UNIT-TIME",
                        "INC-DISCIPLINE",
                        "INC-RESPITE",
                        "INC-STAFF-USE",
                        "INC-ROLE-SCOPE",
                        "INC-IDENTIFICATION",
                        "INC-INFORM-RESIDENTS",
                        "INC-SECURITY-RECOGNITION",
                        "REENTRY-PRISON-CONTINUITY"),
                a.findings().stream()
                        .filter(f -> f.status() != Status.UNKNOWN)
                        .map(f -> f.id())
                        .toList(),
                "what the case study says is decided; every item it is silent on stays UNKNOWN");
        assertEquals(
                Status.MET,
                status(a, "ROLE-LIVED-EXPERIENCE"),
                "every duty is read, and they draw on lived experience");
    }

    private static Map<DutyFit, Long> fits(Assessment review) {
        return review.duties().stream()
                .collect(Collectors.groupingBy(
                        d -> d.verdict().fit(), () -> new EnumMap<>(DutyFit.class), Collectors.counting()));
    }

    @Test
    void treatmentCourtJobDescriptionFitsThePeerRole() throws Exception {
        var advisor = TestAdvisor.get();
        Submission lines = DutyListReader.read(Path.of("samples", "role-treatment-court-job-description.txt"));
        Assessment review = advisor.reviewRole(lines, TestAdvisor.AS_OF);
        assertEquals(lines.description().role().duties().size(), review.duties().size(), "every line is reviewed");
        assertEquals(
                Map.of(DutyFit.FITS_ROLE, 11L, DutyFit.CONDITIONAL, 1L),
                fits(review),
                "the supervision and policy lines are read by the labelled examples");
        assertEquals("line 4", review.duties().get(0).duty().origin());
        assertEquals(Status.MET, status(review, "ROLE-COMPLIANCE"), "every line is read, and none monitors compliance");
        assertEquals(Status.MET, status(review, "ROLE-SUBSTITUTE"));
        assertEquals(Status.MET, status(review, "ROLE-LIVED-EXPERIENCE"));
        assertEquals(
                Status.UNKNOWN, status(review, "ROLE-WRITTEN"), "a list of duties says nothing about the documents");
    }

    @Test
    void troublesomeDraftRoleIsFlaggedDutyByDuty() throws Exception {
        var advisor = TestAdvisor.get();
        Submission draft = advisor.reader().read(Path.of("samples", "role-troublesome-duties.yaml"));
        Assessment review = advisor.reviewRole(draft, TestAdvisor.AS_OF);
        assertEquals(
                draft.description().role().activities().size()
                        + draft.description().role().duties().size(),
                review.duties().size(),
                "every listed activity and duty is reviewed");
        assertEquals(
                Map.of(DutyFit.FITS_ROLE, 4L, DutyFit.CONDITIONAL, 2L, DutyFit.KEEP_OUT, 7L, DutyFit.NEEDS_REVIEW, 1L),
                fits(review));
        for (String id :
                List.of("ROLE-SUBSTITUTE", "ROLE-COMPLIANCE", "ROLE-STAFFING", "ROLE-VOLUNTARY", "ROLE-DRIFT")) {
            assertEquals(Status.GAP, status(review, id), id);
        }
        assertEquals(Status.PARTIAL, status(review, "ROLE-WRITTEN"));
        assertEquals(Status.PARTIAL, status(review, "ROLE-LIVED-EXPERIENCE"));
    }
}
