package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.knowledge.PersonalChecklist;
import org.prss.advisor.model.Status;

/** The ethics and incarcerated-peer rules that facts and duties decide, and the Appendix G checklist as loaded. */
class EthicsRulesTest {

    @Test
    void aDutyReportingOnParticipantsMakesThePeerAnInformant() throws Exception {
        Finding f = TestAdvisor.finding(TestAdvisor.assess("""
                program: {setting: JAIL}
                role: {duties: [Report rule violations to jail security staff]}
                answers: {ETH-NOT-INFORMANTS: YES}
                """), "ETH-NOT-INFORMANTS");
        assertEquals(Status.GAP, f.status());
        assertEquals("ETH-NOT-INFORMANTS duties report on participants", f.decidedBy());
        assertTrue(
                f.rationale()
                        .startsWith("Duties that have the peer check or report on participants: 'Report rule violations"
                                + " to jail security staff' (role.duties[0]: report, rule, violations)."),
                f.rationale());
        assertTrue(
                f.rationale().contains("The checklist answered YES, but the program's facts decide this item."),
                f.rationale());
    }

    @Test
    void withoutSuchADutyTheAnswerDecides() throws Exception {
        Finding f = TestAdvisor.finding(TestAdvisor.assess("""
                role: {duties: [Facilitate a weekly recovery group]}
                answers: {ETH-NOT-INFORMANTS: YES}
                """), "ETH-NOT-INFORMANTS");
        assertEquals(Status.MET, f.status());
        assertEquals("Answer YES means the item is met", f.decidedBy());
    }

    @Test
    void incarceratedPeerPoliciesDoNotApplyToAgencyEmployedPeers() throws Exception {
        Assessment a = TestAdvisor.assess(
                "program: {setting: PRISON}\nfacts: {employmentModel: AGENCY_EMPLOYEE}\nanswers: {INC-RESPITE: NO}");
        Finding f = TestAdvisor.finding(a, "INC-RESPITE");
        assertEquals(Status.NOT_APPLICABLE, f.status());
        assertEquals("Incarcerated-peer policies do not apply when the peers are not incarcerated", f.decidedBy());
        assertTrue(f.rationale().startsWith("Peers are employed as AGENCY_EMPLOYEE"), f.rationale());
    }

    @Test
    void incarceratedPeerPoliciesApplyToIncarceratedPeersAndWhenTheModelIsNotStated() throws Exception {
        assertEquals(
                Status.GAP,
                TestAdvisor.finding(
                                TestAdvisor.assess("program: {setting: PRISON}\nfacts: {employmentModel: "
                                        + "INCARCERATED_PEER}\nanswers: {INC-RESPITE: NO}"),
                                "INC-RESPITE")
                        .status());
        assertEquals(
                Status.UNKNOWN,
                TestAdvisor.finding(TestAdvisor.assess("program: {setting: PRISON}"), "INC-RESPITE")
                        .status());
    }

    @Test
    void appendixGHas27StatementsUnderThreeHeadings() {
        PersonalChecklist checklist = TestAdvisor.get().knowledge().personalChecklist();
        assertEquals(27, checklist.statements().size());
        Map<String, Long> sections = checklist.statements().stream()
                .collect(Collectors.groupingBy(PersonalChecklist.Statement::section, Collectors.counting()));
        assertEquals(Map.of("Self", 7L, "Interpersonal", 8L, "Group/Organization", 12L), sections);
        assertEquals(
                "LAPPA Toolkit 2021", checklist.statements().get(0).citation().source());
        assertEquals("line 1407", checklist.statements().get(0).citation().locator());
    }

    @Test
    void theQuickAssessmentsCountTowardNoScoreVerdictOrPlan() throws Exception {
        Assessment a = TestAdvisor.assess("answers: {QA-ROLE-01: NO, QA-SUP-01: NO}");
        assertEquals(Status.GAP, TestAdvisor.finding(a, "QA-ROLE-01").status());
        assertTrue(a.actionPlan().stream().noneMatch(i -> i.findingId().startsWith("QA-")));
        assertTrue(
                a.verdictReasons().stream().noneMatch(r -> r.contains("QA-")),
                a.verdictReasons().toString());
        var quick = a.scores().domains().stream()
                .filter(d -> d.domain().equals("QUICK"))
                .findFirst()
                .orElseThrow();
        assertEquals(0.0, quick.score());
        assertEquals(false, quick.scored());
    }
}
