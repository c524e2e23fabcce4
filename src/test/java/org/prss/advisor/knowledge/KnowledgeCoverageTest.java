package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;
import org.prss.advisor.model.Status;

/**
 * Every item in the knowledge base cites a registered source and is reachable by a rule; every item of the ethics,
 * incarcerated-peer and quick-assessment checklists is decided by its answer when answered, and is unknown, never
 * met, when not.
 */
class KnowledgeCoverageTest {

    private static final KnowledgeBase KNOWLEDGE = TestAdvisor.get().knowledge();
    private static final Map<Setting, Assessment> ANSWERED_NO = new EnumMap<>(Setting.class);
    private static final Map<Setting, Assessment> UNANSWERED = new EnumMap<>(Setting.class);

    static Stream<ChecklistItem> allItems() {
        return KNOWLEDGE.items().stream();
    }

    static Stream<ChecklistItem> answerDecidedItems() {
        return KNOWLEDGE.items().stream()
                .filter(i -> Stream.of("ETHICS", "INCARCERATED", "QUICK").anyMatch(i.domain()::equals));
    }

    /** A setting the item applies to: its first listed one, or a treatment court for an item of every setting. */
    private static Setting applicable(ChecklistItem item) {
        return item.settings().isEmpty()
                ? Setting.TREATMENT_COURT
                : item.settings().get(0);
    }

    private static synchronized Assessment assessment(
            Map<Setting, Assessment> cache, Setting setting, boolean answered) {
        return cache.computeIfAbsent(setting, s -> {
            String answers = answered
                    ? KNOWLEDGE.items().stream()
                            .map(i -> "  " + i.id() + ": NO")
                            .collect(Collectors.joining("\n", "answers:\n", "\n"))
                    : "";
            try {
                return TestAdvisor.assess(
                        "program: {setting: " + s + "}\nfacts: {employmentModel: INCARCERATED_PEER}\n" + answers);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allItems")
    void everyItemCitesARegisteredSourceAndARuleReachesIt(ChecklistItem item) {
        assertFalse(item.citations().isEmpty(), item.id());
        for (Citation c : item.citations()) {
            assertTrue(KNOWLEDGE.sources().containsKey(c.source()), item.id() + " cites " + c.source());
        }
        Finding f = TestAdvisor.finding(assessment(ANSWERED_NO, applicable(item), true), item.id());
        assertNotNull(f.decidedBy(), item.id() + " was decided by no rule");
        assertTrue(f.status() != Status.UNKNOWN, item.id() + " answered NO is still unknown: " + f.rationale());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerDecidedItems")
    void anAnswerDecidesTheItemAndNoAnswerLeavesItUnknown(ChecklistItem item) {
        Finding answered = TestAdvisor.finding(assessment(ANSWERED_NO, applicable(item), true), item.id());
        assertEquals(Status.GAP, answered.status(), item.id());
        assertEquals("Answer NO means a gap", answered.decidedBy(), item.id());
        Finding silent = TestAdvisor.finding(assessment(UNANSWERED, applicable(item), false), item.id());
        assertEquals(Status.UNKNOWN, silent.status(), item.id());
        assertEquals("No answer and no deciding fact leaves the item unknown", silent.decidedBy(), item.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerDecidedItems")
    void anItemLimitedToSomeSettingsDoesNotApplyElsewhere(ChecklistItem item) {
        if (item.settings().isEmpty()) {
            return;
        }
        Setting other = Stream.of(Setting.values())
                .filter(s -> !item.settings().contains(s))
                .findFirst()
                .orElseThrow();
        Finding f = TestAdvisor.finding(assessment(ANSWERED_NO, other, true), item.id());
        assertEquals(Status.NOT_APPLICABLE, f.status(), item.id());
    }

    @Test
    void itemCountsPerDomain() {
        Map<String, Long> counts = KNOWLEDGE.items().stream()
                .collect(Collectors.groupingBy(
                        ChecklistItem::domain, java.util.LinkedHashMap::new, Collectors.counting()));
        // At least what the sources hold (28 Appendix B items, 41 quick-assessment questions, ...); a policy writer may
        // add.
        Map<String, Long> encoded = Map.of(
                "READINESS",
                28L,
                "ROLE",
                7L,
                "STAFFING",
                24L,
                "ETHICS",
                27L,
                "INCARCERATED",
                13L,
                "EVALUATION",
                13L,
                "REENTRY",
                8L,
                "PARTNERS",
                16L,
                "QUICK",
                41L);
        encoded.forEach((domain, n) -> assertTrue(counts.get(domain) >= n, domain + ": " + counts.get(domain)));
        assertEquals(
                java.util.List.of(
                        "READINESS",
                        "ROLE",
                        "STAFFING",
                        "ETHICS",
                        "INCARCERATED",
                        "EVALUATION",
                        "REENTRY",
                        "PARTNERS",
                        "QUICK"),
                KNOWLEDGE.domains().stream().map(Domain::id).toList());
        assertFalse(KNOWLEDGE.domain("QUICK").orElseThrow().scored());
    }
}
