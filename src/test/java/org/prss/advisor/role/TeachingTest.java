package org.prss.advisor.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.KnowledgeCopy;

/** A policy writer teaches the role review by adding a labelled line: similar wording then gets its verdict. */
class TeachingTest {

    private static final String DUTY = "Restock the break room";

    @TempDir
    Path dir;

    private static DutyReview review(Advisor advisor) throws Exception {
        String yaml = "role:\n  duties: [\"" + DUTY + "\"]\n";
        return advisor.reviewRole(advisor.reader().read("t.yaml", yaml.getBytes()), TestAdvisor.AS_OF)
                .duties()
                .get(0);
    }

    @Test
    void anAddedLabelledLineDecidesSimilarWording() throws Exception {
        assertEquals(DutyFit.NEEDS_REVIEW, review(TestAdvisor.get()).verdict().fit());
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("duty-corpus.yaml", "lines:\n", """
                lines:
                  - text: "Restock the staff break room with supplies"
                    label: ADMINISTRATIVE_TASK
                    verdict: CONDITIONAL
                    origin: paraphrase
                    citations:
                      - source: LAPPA Toolkit 2021
                        section: "Chapter 1, Case study: UAB Community Justice Programs"
                        locator: "line 357"
                """);
        DutyReview taught = review(Advisor.load(null, copy.checklists));
        assertEquals(
                DutyFit.CONDITIONAL, taught.verdict().fit(), taught.verdict().reason());
        assertTrue(
                taught.verdict()
                        .reason()
                        .contains("Standing clerical work (resembles 'Restock the staff break room with supplies'"
                                + " (ADMINISTRATIVE_TASK, CONDITIONAL, similarity 0."),
                taught.verdict().reason());
        assertTrue(
                taught.verdict()
                        .reason()
                        .contains("LAPPA Toolkit 2021, Chapter 1, Case study: UAB Community Justice Programs,"
                                + " line 357)"),
                taught.verdict().reason());
    }

    @Test
    void aRuledOutLineAsCloseAsTheOnesThatWinTheVoteLeavesTheDutyToAPerson() throws Exception {
        // The CONDITIONAL lines outvote the KEEP_OUT one, but it is the nearest (so within keepOutMargin of it).
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("duty-corpus.yaml", "lines:\n", """
                lines:
                  - text: "Keep the staff kitchen and break room stocked with supplies"
                    label: ADMINISTRATIVE_TASK
                    verdict: CONDITIONAL
                    origin: paraphrase
                    citations:
                      - source: LAPPA Toolkit 2021
                        section: "Chapter 1, Case study: UAB Community Justice Programs"
                        locator: "line 357"
                  - text: "Keep the break room stocked with coffee and snacks for staff"
                    label: ADMINISTRATIVE_TASK
                    verdict: CONDITIONAL
                    origin: paraphrase
                    citations:
                      - source: LAPPA Toolkit 2021
                        section: "Chapter 1, Case study: UAB Community Justice Programs"
                        locator: "line 357"
                  - text: "Restock paper towels and cups in the staff room"
                    label: ADMINISTRATIVE_TASK
                    verdict: CONDITIONAL
                    origin: paraphrase
                    citations:
                      - source: LAPPA Toolkit 2021
                        section: "Chapter 1, Case study: UAB Community Justice Programs"
                        locator: "line 357"
                  - text: "Restock the medication cabinet in the break room"
                    label: ROLE-ACT-DELIVER-MEDICATIONS
                    verdict: KEEP_OUT
                    origin: paraphrase
                    citations:
                      - source: LAPPA Toolkit 2021
                        section: "Chapter 1, Case study: UAB Community Justice Programs"
                        locator: "line 357"
                """);
        DutyReview mixed = review(Advisor.load(null, copy.checklists));
        assertEquals(
                DutyFit.NEEDS_REVIEW, mixed.verdict().fit(), mixed.verdict().reason());
        assertTrue(
                mixed.verdict()
                        .reason()
                        .contains("'Restock the medication cabinet in the break room' (ROLE-ACT-DELIVER-MEDICATIONS,"
                                + " KEEP_OUT, similarity 0."),
                mixed.verdict().reason());
    }
}
