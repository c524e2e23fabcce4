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

    /**
     * A labelled line as duty-corpus.yaml lists it: a paraphrase of the UAB case study (LAPPA Toolkit 2021, line 357),
     * which shows a peer kept to peer work.
     */
    private static String labelled(String text, String label, String verdict) {
        return "  - text: \"" + text + "\"\n"
                + "    label: " + label + "\n"
                + "    verdict: " + verdict + "\n"
                + "    origin: paraphrase\n"
                + "    citations:\n"
                + "      - source: LAPPA Toolkit 2021\n"
                + "        section: \"Chapter 1, Case study: UAB Community Justice Programs\"\n"
                + "        locator: \"line 357\"\n";
    }

    /** The duty's review by the packaged advisor taught these labelled lines (added to a copy of the corpus). */
    private DutyReview reviewTaught(String... lines) throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("duty-corpus.yaml", "lines:\n", "lines:\n" + String.join("", lines));
        return review(Advisor.load(null, copy.checklists));
    }

    @Test
    void anAddedLabelledLineDecidesSimilarWording() throws Exception {
        assertEquals(DutyFit.NEEDS_REVIEW, review(TestAdvisor.get()).verdict().fit());
        DutyReview taught = reviewTaught(
                labelled("Restock the staff break room with supplies", "ADMINISTRATIVE_TASK", "CONDITIONAL"));
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
        DutyReview mixed = reviewTaught(
                labelled(
                        "Keep the staff kitchen and break room stocked with supplies",
                        "ADMINISTRATIVE_TASK",
                        "CONDITIONAL"),
                labelled(
                        "Keep the break room stocked with coffee and snacks for staff",
                        "ADMINISTRATIVE_TASK",
                        "CONDITIONAL"),
                labelled("Restock paper towels and cups in the staff room", "ADMINISTRATIVE_TASK", "CONDITIONAL"),
                labelled(
                        "Restock the medication cabinet in the break room",
                        "ROLE-ACT-DELIVER-MEDICATIONS",
                        "KEEP_OUT"));
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
