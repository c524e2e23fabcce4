package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/** Every readiness item is met by a YES answer, a gap on NO, partly met on PARTIAL and unknown when unanswered. */
class ReadinessAnswerRulesTest {

    static Stream<String> readinessItems() {
        return TestAdvisor.get().knowledge().items().stream()
                .filter(i -> i.domain().equals("READINESS"))
                .map(ChecklistItem::id);
    }

    @ParameterizedTest
    @MethodSource("readinessItems")
    void answerYesMakesTheItemMet(String id) throws Exception {
        Finding f = TestAdvisor.finding(TestAdvisor.assess("answers: {" + id + ": YES}"), id);
        assertEquals(Status.MET, f.status());
        assertEquals(Severity.INFO, f.severity());
        assertEquals("Answer YES means the item is met", f.decidedBy());
        assertTrue(f.evidence().contains("answers." + id));
        assertEquals(
                TestAdvisor.get().knowledge().item(id).orElseThrow().citations(),
                f.citations(),
                "the item's own citations");
    }

    @ParameterizedTest
    @MethodSource("readinessItems")
    void answerNoMakesTheItemAGapAtTheItemsSeverity(String id) throws Exception {
        Finding f = TestAdvisor.finding(TestAdvisor.assess("answers: {" + id + ": {answer: NO, note: not yet}}"), id);
        ChecklistItem item = TestAdvisor.get().knowledge().item(id).orElseThrow();
        assertEquals(Status.GAP, f.status());
        assertEquals(item.severity(), f.severity());
        assertTrue(f.rationale().startsWith("The agency answered NO (note: not yet)."), f.rationale());
        assertTrue(f.rationale().contains(item.why()), "the gap says why it matters");
        assertEquals(item.recommendation(), f.recommendation());
    }

    @ParameterizedTest
    @MethodSource("readinessItems")
    void noAnswerLeavesTheItemUnknownNeverMet(String id) throws Exception {
        Finding f = TestAdvisor.finding(TestAdvisor.assess("program: {name: Empty}"), id);
        assertEquals(Status.UNKNOWN, f.status());
        assertTrue(f.recommendation().startsWith("Find out: "), f.recommendation());
    }

    @Test
    void partialAnswerIsPartlyMetOneSeverityLower() throws Exception {
        Finding f = TestAdvisor.finding(TestAdvisor.assess("answers: {RDY-HR-01: PARTIAL}"), "RDY-HR-01");
        assertEquals(Status.PARTIAL, f.status());
        assertEquals(Severity.HIGH, f.severity(), "RDY-HR-01 is CRITICAL; partly met is one step lower");
    }

    @Test
    void explicitUnknownAnswerStaysUnknown() throws Exception {
        Finding f = TestAdvisor.finding(TestAdvisor.assess("answers: {RDY-HR-01: UNKNOWN}"), "RDY-HR-01");
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals("Answer UNKNOWN leaves the item unknown", f.decidedBy());
        assertEquals(Severity.CRITICAL, f.severity());
    }

    @Test
    void everyItemYieldsExactlyOneFindingInKnowledgeBaseOrder() throws Exception {
        Assessment a = TestAdvisor.assess("program: {setting: JAIL}");
        assertEquals(
                TestAdvisor.get().knowledge().items().stream()
                        .map(ChecklistItem::id)
                        .toList(),
                a.findings().stream().map(Finding::id).toList());
        assertFalse(a.findings().isEmpty());
    }
}
