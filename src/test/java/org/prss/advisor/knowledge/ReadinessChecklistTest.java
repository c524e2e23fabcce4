package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.model.Citation;

/** The organizational readiness checklist is encoded in full: LAPPA Toolkit 2021, Appendix B. */
class ReadinessChecklistTest {

    private final KnowledgeBase knowledge = TestAdvisor.get().knowledge();

    /** The items that encode Appendix B: their first citation is the appendix. An item a policy writer adds is not. */
    private List<ChecklistItem> appendixB() {
        return knowledge.domain("READINESS").orElseThrow().items().stream()
                .filter(i -> i.citations().get(0).source().equals("LAPPA Toolkit 2021")
                        && i.citations().get(0).section().startsWith("Appendix B"))
                .toList();
    }

    @Test
    void all28ItemsInFiveGroupsAsTheAppendixHasThem() {
        assertEquals(28, appendixB().size());
        Map<String, Integer> perGroup = new LinkedHashMap<>();
        appendixB().forEach(i -> perGroup.merge(i.group(), 1, Integer::sum));
        assertEquals(Map.of("LEAD", 10, "HR", 7, "SUP", 3, "TEAM", 2, "PEER", 6), perGroup);
        assertEquals(List.of("LEAD", "HR", "SUP", "TEAM", "PEER"), List.copyOf(perGroup.keySet()));
    }

    @Test
    void everyItemHasOurWordingASeverityAndACitationOfAppendixB() {
        for (ChecklistItem item : appendixB()) {
            assertFalse(item.title().isBlank(), item.id());
            assertTrue(item.question().endsWith("?"), item.id());
            assertFalse(item.why().isBlank(), item.id());
            assertFalse(item.recommendation().isBlank(), item.id());
            Citation first = item.citations().get(0);
            assertEquals("LAPPA Toolkit 2021", first.source(), item.id());
            assertTrue(first.section().startsWith("Appendix B"), item.id());
            assertTrue(
                    first.locator().matches("lines? 9[7-9]\\d(-\\d+)?|lines? 10[0-2]\\d(-\\d+)?"),
                    item.id() + " " + first.locator());
        }
    }

    @Test
    void everyCitationNamesARegisteredSource() {
        for (ChecklistItem item : knowledge.items()) {
            for (Citation c : item.citations()) {
                assertTrue(knowledge.sources().containsKey(c.source()), item.id() + " cites " + c.source());
            }
        }
        for (Threshold t : knowledge.thresholds()) {
            assertFalse(t.citations().isEmpty(), t.id());
            t.citations().forEach(c -> assertTrue(knowledge.sources().containsKey(c.source()), t.id()));
        }
    }

    @Test
    void theRuleSetHasAVersionAndAHashOfItsFiles() {
        assertTrue(
                knowledge.ruleSet().version().matches("\\d+\\.\\d+\\.\\d+"),
                knowledge.ruleSet().version());
        assertTrue(
                knowledge.ruleSet().hash().matches("[0-9a-f]{64}"),
                knowledge.ruleSet().hash());
    }
}
