package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;

/** The declared readings load checked: cited, two or more alternatives, a default among them; errors name the line. */
class DeclaredReadingsTest {

    @TempDir
    Path dir;

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

    @Test
    void aReadingWithOneAlternativeAndAStrayDefaultIsReportedAtItsLines() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path readings = copy.editChecklist("readings.yaml", "declaredReadings:\n", """
                declaredReadings:
                  - id: HALF-A-READING
                    title: A question with one answer
                    source: The sources say little.
                    citations:
                      - {source: LAPPA Toolkit 2021, section: Chapter 2, locator: line 461}
                    default: TWO-WAYS
                    alternatives:
                      - {id: ONE-WAY, reads: One way., decides: Something.}
                    why: Because.
                """);
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists));
        String report = e.report();
        assertTrue(
                report.contains(readings + ":" + KnowledgeCopy.lineOf(readings, "    alternatives:")
                        + ": reading HALF-A-READING: list at least two alternatives"),
                report);
        assertTrue(
                report.contains(readings + ":" + KnowledgeCopy.lineOf(readings, "    default: TWO-WAYS")
                        + ": reading HALF-A-READING: default 'TWO-WAYS' must name one of its alternatives (ONE-WAY)"),
                report);
    }

    @Test
    void aThresholdNamingAnUndeclaredReadingIsReportedWithTheNearestOne() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path thresholds = copy.editChecklist(
                "thresholds.yaml",
                "    unit: frequency\n",
                "    unit: frequency\n    reading: MEDICAID-NON-CLINICAL-SETING\n");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists));
        assertTrue(
                e.report()
                        .contains(thresholds + ":" + KnowledgeCopy.lineOf(thresholds, "reading: MEDICAID")
                                + ": threshold PEER-COMMUNITY-MIN-FREQUENCY rests on reading"
                                + " MEDICAID-NON-CLINICAL-SETING, which no readings file declares (did you mean"
                                + " 'MEDICAID-NON-CLINICAL-SETTING'?)"),
                e.report());
    }
}
