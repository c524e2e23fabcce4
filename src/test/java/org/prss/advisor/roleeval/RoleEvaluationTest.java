package org.prss.advisor.roleeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.cli.AdvisorCli;

/**
 * The role review measured on the labelled corpus by 10-fold cross-validation, beside the phrase rules alone (see
 * README, "Testing a proposed peer role", for the figures). The NEEDS_REVIEW target (at most 5%) is held. The accuracy
 * (95%) and KEEP_OUT recall (98%) targets are not reached by this reading; the floors below hold what it does reach,
 * so that a change that makes it worse fails here.
 */
class RoleEvaluationTest {

    private static Figures crossValidated;
    private static Figures phrases;

    @BeforeAll
    static void measure() {
        crossValidated = RoleEvaluation.crossValidated(TestAdvisor.get(), RoleEvaluation.FOLDS);
        phrases = RoleEvaluation.phraseOnly(TestAdvisor.get());
        System.out.print(FiguresReport.text(List.of(crossValidated, phrases)));
    }

    @Test
    void everyLabelledLineIsJudgedOnceWithoutItself() {
        int lines = TestAdvisor.get().knowledge().dutyCorpus().lines().size();
        assertTrue(lines >= 400, "the corpus has at least 400 lines: " + lines);
        assertEquals(lines, crossValidated.lines());
        assertEquals(lines, phrases.lines());
    }

    @Test
    void fewLinesAreLeftForAPersonToJudge() {
        assertTrue(
                crossValidated.needsReview() <= FiguresReport.NEEDS_REVIEW,
                FiguresReport.text(List.of(crossValidated)));
    }

    @Test
    void readingByLabelledExamplesHoldsItsFloorsAndBeatsThePhrasesAlone() {
        String figures = FiguresReport.text(List.of(crossValidated, phrases));
        assertTrue(crossValidated.accuracy() >= 0.84, figures);
        assertTrue(crossValidated.keepOutRecall() >= 0.88, figures);
        // The costliest error: 4 since the word readings of rule set 0.4.0, 6 with the keepOutMargin check and the
        // tightened phrases before them, 21 before those.
        assertTrue(crossValidated.keepOutPassedAsFitting() <= 4, figures);
        assertTrue(crossValidated.accuracy() >= phrases.accuracy() + 0.15, figures);
        assertTrue(crossValidated.keepOutRecall() > phrases.keepOutRecall(), figures);
    }

    @Test
    void theEvaluationCommandPrintsTheFiguresAndTheTargets() {
        StringWriter out = new StringWriter();
        int exit = AdvisorCli.run(
                new String[] {"role-eval", "--folds", "2"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        String text = out.toString();
        assertTrue(text.contains("2-fold cross-validated"), text);
        assertTrue(text.contains("phrase rules only"), text);
        assertTrue(text.contains("KEEP_OUT recall"), text);
        assertTrue(
                text.contains(
                        "Confusion, 2-fold cross-validated (rows: the label's verdict; columns: the verdict given)"),
                text);
        assertEquals(
                FiguresReport.meetsTargets(RoleEvaluation.crossValidated(TestAdvisor.get(), 2)) ? 0 : 1, exit, text);
    }
}
