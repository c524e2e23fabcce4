package org.prss.advisor.roleeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.cli.AdvisorCli;
import org.prss.advisor.role.DutyFit;

/**
 * The role review measured on the labelled corpus and its non-duty list by 10-fold cross-validation with paraphrases
 * kept in one fold, beside the phrases and frames alone (see README, "Testing a proposed peer role", for the figures).
 * The NEEDS_REVIEW target (at most 15%) is held; the floors below hold what the reading reaches on the other
 * measures, so that a change that makes it worse fails here.
 */
class RoleEvaluationTest {

    private static Figures crossValidated;
    private static Figures phrases;
    private static Optional<LabellerAgreement> agreement;

    @BeforeAll
    static void measure() throws Exception {
        crossValidated = RoleEvaluation.crossValidated(TestAdvisor.get(), RoleEvaluation.FOLDS);
        phrases = RoleEvaluation.phraseOnly(TestAdvisor.get());
        agreement = SecondLabels.agreement(null, TestAdvisor.get().knowledge().dutyCorpus());
        System.out.print(FiguresReport.text(List.of(crossValidated, phrases), agreement));
    }

    @Test
    void everyLabelledLineAndEveryListedNonDutyIsJudgedOnceWithoutItself() {
        var corpus = TestAdvisor.get().knowledge().dutyCorpus();
        int lines = corpus.lines().size() + corpus.nonDuties().size();
        assertTrue(corpus.lines().size() >= 700, "the corpus has at least 700 duty lines: " + lines);
        assertEquals(lines, crossValidated.lines());
        assertEquals(lines, phrases.lines());
        assertEquals(corpus.nonDuties().size(), crossValidated.expected(DutyFit.NOT_A_DUTY));
    }

    @Test
    void fewLinesAreLeftForAPersonToJudge() {
        assertTrue(
                crossValidated.needsReview() <= FiguresReport.NEEDS_REVIEW,
                FiguresReport.text(List.of(crossValidated), agreement));
    }

    @Test
    void theReadingHoldsItsFloorsAndBeatsThePhrasesAndFramesAlone() {
        String figures = FiguresReport.text(List.of(crossValidated, phrases), agreement);
        assertTrue(crossValidated.decidedAccuracy() >= 0.95, figures);
        // A KEEP_OUT line that only a labelled line 0.5-0.6 alike would rule out goes to a person instead.
        assertTrue(crossValidated.keepOutRecall() >= 0.86, figures);
        assertTrue(crossValidated.nonDutyRecall() >= 0.85, figures);
        // The costliest error, and a target of issue 31: no duty the sources rule out passes as fitting.
        assertEquals(0, crossValidated.keepOutPassedAsFitting(), figures);
        // The examples still add what the phrases and frames cannot read (9 points on rule set 0.6.0, where the
        // frames read more lines than before).
        assertTrue(crossValidated.accuracy() >= phrases.accuracy() + 0.05, figures);
        assertTrue(crossValidated.keepOutRecall() > phrases.keepOutRecall(), figures);
    }

    @Test
    void theSecondLabellingPairsEveryEntryWithItsCorpusLine() {
        LabellerAgreement a = agreement.orElseThrow();
        assertEquals(150, a.lines());
        assertTrue(a.kappa() > 0 && a.kappa() <= 1, "kappa " + a.kappa());
        assertTrue(a.agreement() >= a.kappa(), "kappa corrects agreement for chance, so it is never above it");
    }

    @Test
    void theEvaluationCommandPrintsTheFiguresTheAgreementAndTheTargets() throws Exception {
        StringWriter out = new StringWriter();
        int exit = AdvisorCli.run(
                new String[] {"role-eval", "--folds", "2"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        String text = out.toString();
        assertTrue(text.contains("2-fold cross-validated"), text);
        assertTrue(text.contains("phrases and frames only"), text);
        assertTrue(text.contains("Accuracy on lines decided"), text);
        assertTrue(text.contains("Two labellers on 150 lines drawn at random"), text);
        assertTrue(text.contains("Cohen's kappa"), text);
        assertTrue(
                text.contains(
                        "Confusion, 2-fold cross-validated (rows: the label's verdict; columns: the verdict given)"),
                text);
        assertEquals(
                FiguresReport.meetsTargets(RoleEvaluation.crossValidated(TestAdvisor.get(), 2), agreement) ? 0 : 1,
                exit,
                text);
    }
}
