package org.prss.advisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.InvalidInputException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LAPPA Toolkit 2021 Appendix C worksheet: all 54 activities, each with three reasoned, sourced answers. */
class RoleWorksheetTest {

    @TempDir
    Path dir;

    private final RoleWorksheet worksheet = TestAdvisor.get().knowledge().roleWorksheet();

    @Test
    void all54ActivitiesInTheirThreeCategories() {
        assertEquals(54, worksheet.activities().size());
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        worksheet.activities().forEach(a -> perCategory.merge(a.category(), 1, Integer::sum));
        assertEquals(List.of("ENGAGEMENT", "SERVICES", "AGENCY"), List.copyOf(perCategory.keySet()));
        assertEquals(54, perCategory.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void everyActivityHasThreeAnswersEachCitedOrMarkedUnsettled() {
        for (RoleActivity a : worksheet.activities()) {
            assertTrue(a.worksheet().section().startsWith("Appendix C"), a.id());
            for (WorksheetAnswer answer : List.of(a.partOfRole(), a.conflictsWithValues(), a.anotherRoleBetter())) {
                assertNotNull(answer.answer(), a.id());
                assertFalse(answer.rationale().isBlank(), a.id());
                assertTrue(!answer.citations().isEmpty() || answer.unsettled(), a.id() + " needs a citation or 'unsettled'");
                if (answer.answer() == WorksheetAnswer.Value.CONDITIONAL) {
                    assertFalse(answer.condition() == null || answer.condition().isBlank(), a.id() + " condition");
                }
            }
            assertFalse(a.keywords().isEmpty(), a.id());
        }
    }

    @Test
    void complianceMonitoringAndClinicalWorkConflictWithPeerValues() {
        for (String id : List.of("ROLE-ACT-ADMINISTER-DRUG-TEST", "ROLE-ACT-THERAPY-SESSION", "ROLE-ACT-SUGGEST-DIAGNOSIS-MEDICATION")) {
            RoleActivity a = worksheet.activities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertEquals(WorksheetAnswer.Value.NO, a.partOfRole().answer(), id);
            assertEquals(WorksheetAnswer.Value.YES, a.conflictsWithValues().answer(), id);
            assertEquals(WorksheetAnswer.Value.YES, a.anotherRoleBetter().answer(), id);
        }
    }

    @Test
    void contradictoryAnswersAreAKnowledgeError() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.checklists.resolve("role-activities.yaml");
        String text = java.nio.file.Files.readString(file);
        int start = text.indexOf("id: ROLE-ACT-STIGMA-TALK");
        int conflicts = text.indexOf("conflictsWithValues:\n      answer: \"NO\"", start);
        java.nio.file.Files.writeString(file, text.substring(0, conflicts)
                + "conflictsWithValues:\n      answer: \"YES\"" + text.substring(conflicts + "conflictsWithValues:\n      answer: \"NO\"".length()));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists));
        assertTrue(e.report().contains(file + ":" + KnowledgeCopy.lineOf(file, "id: ROLE-ACT-STIGMA-TALK")
                + ": activity ROLE-ACT-STIGMA-TALK: answers contradict each other"), e.report());
    }

    @Test
    void anUncitedAnswerNotMarkedUnsettledIsAKnowledgeError() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("role-activities.yaml", "unsettled: true", "unsettled: false");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists));
        assertTrue(e.report().contains(": missing citation (or mark it unsettled: true"), e.report());
    }

    @Test
    void aDescriptionNamingAnUnknownActivityIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TestAdvisor.read("role: {activities: [ROLE-ACT-ADMINSTER-DRUG-TEST]}"));
        assertEquals("role.activities[0]", e.problems().get(0).path());
        assertEquals("did you mean ROLE-ACT-ADMINISTER-DRUG-TEST?", e.problems().get(0).hint());
    }
}
