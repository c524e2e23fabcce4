package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;

/** The declared readings load checked: cited, two or more alternatives, a default among them; errors name the line. */
class DeclaredReadingsTest {

    @Test
    void everyPackagedReadingIsCitedWithADefaultAmongItsAlternatives() {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        assertFalse(kb.declaredReadings().isEmpty());
        for (DeclaredReading r : kb.declaredReadings()) {
            assertTrue(r.alternatives().size() >= 2, r.id());
            assertTrue(r.alternative(r.fallback()).isPresent(), r.id() + " default " + r.fallback());
            assertFalse(r.citations().isEmpty(), r.id());
            assertFalse(r.source().isBlank() || r.why().isBlank() || r.title().isBlank(), r.id());
        }
    }
}
