package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;

/**
 * Duties read by the labelled lines they resemble (checklists/duty-corpus.yaml), each verdict saying what decided it,
 * on the wordings issue 17 found wrong or unanswered.
 */
class DutyExamplesTest {

    private static List<DutyReview> review(String... duties) throws Exception {
        StringBuilder yaml = new StringBuilder("program: {setting: TREATMENT_COURT}\nrole:\n  duties:\n");
        for (String d : duties) {
            yaml.append("    - \"").append(d).append("\"\n");
        }
        Assessment a = TestAdvisor.get().reviewRole(TestAdvisor.read(yaml.toString()), TestAdvisor.AS_OF);
        return a.duties();
    }

    private static DutyReview one(String duty) throws Exception {
        return review(duty).get(0);
    }

    @Test
    void theClinicalSupervisorIsThePeersOwnSupervision() throws Exception {
        DutyReview r = one("Meet every week with my clinical supervisor for supervision");
        assertEquals(DutyFit.FITS_ROLE, r.verdict().fit(), r.verdict().reason());
        assertTrue(
                r.verdict()
                        .reason()
                        .contains("The peer's own supervision, training, certification and continuing education"
                                + " (resembles '"),
                r.verdict().reason());
        assertTrue(
                r.verdict()
                        .reason()
                        .matches("(?s).*OWN_SUPERVISION_AND_TRAINING, FITS_ROLE, similarity 0\\.\\d\\d; .*"),
                r.verdict().reason());
        assertTrue(r.signals().isEmpty(), "no clinical-work signal: " + r.signals());
        assertTrue(!r.verdict().citations().isEmpty(), "the example's citation is the verdict's");
    }

    @Test
    void ordinaryDutiesTheWorksheetDoesNotListAreAnswered() throws Exception {
        List<DutyReview> reviews = review(
                "Help participants get replacement birth certificates and state IDs",
                "Keep up the continuing-education hours my peer certification requires");
        for (DutyReview r : reviews) {
            assertEquals(
                    DutyFit.FITS_ROLE,
                    r.verdict().fit(),
                    r.duty().text() + ": " + r.verdict().reason());
            assertTrue(r.verdict().reason().contains("resembles '"), r.verdict().reason());
        }
    }

    @Test
    void aRuledOutDutyInOtherWordsIsKeptOut() throws Exception {
        DutyReview r = one("Let the probation officer know whenever a participant misses a meeting");
        assertEquals(DutyFit.KEEP_OUT, r.verdict().fit(), r.verdict().reason());
    }

    @Test
    void aConditionTheLineStatesIsShownAsMet() throws Exception {
        DutyReview r = one(
                "Where agency policy allows peers to drive, take participants to appointments and talk through their "
                        + "concerns on the way");
        assertEquals(DutyFit.FITS_ROLE, r.verdict().fit(), r.verdict().reason());
        assertTrue(
                r.verdict().reason().startsWith("Fits the peer role: the condition it depends on is met."),
                r.verdict().reason());
        assertTrue(
                r.verdict()
                        .reason()
                        .contains("Condition met: the line states the condition it is allowed under (policy, allows),"
                                + " so it holds."),
                r.verdict().reason());
        DutyReview without = one("Take participants to appointments in the agency car");
        assertEquals(
                DutyFit.CONDITIONAL, without.verdict().fit(), without.verdict().reason());
    }

    @Test
    void aCompoundLineTakesItsMostRestrictivePartShowingEach() throws Exception {
        DutyReview r = one("Facilitate a weekly recovery group, report missed sessions to the probation officer");
        assertEquals(DutyFit.KEEP_OUT, r.verdict().fit(), r.verdict().reason());
        assertEquals(2, r.verdict().parts().size());
        assertEquals(DutyFit.FITS_ROLE, r.verdict().parts().get(0).fit());
        assertEquals(DutyFit.KEEP_OUT, r.verdict().parts().get(1).fit());
        assertTrue(
                r.verdict()
                        .reason()
                        .startsWith("This line lists 2 duties; it takes the most restrictive verdict, KEEP_OUT."
                                + " 1. 'Facilitate a weekly recovery group': FITS_ROLE."),
                r.verdict().reason());
        assertTrue(
                r.verdict().reason().contains(" 2. 'report missed sessions to the probation officer': KEEP_OUT."),
                r.verdict().reason());
    }

    @Test
    void aDutyLikeNoLabelledLineNeedsReviewWithTheThreeNearest() throws Exception {
        DutyReview r = one("Restock the break room");
        assertEquals(DutyFit.NEEDS_REVIEW, r.verdict().fit(), r.verdict().reason());
        String reason = r.verdict().reason();
        assertTrue(reason.contains("Nearest labelled examples: '"), reason);
        assertEquals(3, reason.split("similarity 0\\.").length - 1, reason);
    }
}
