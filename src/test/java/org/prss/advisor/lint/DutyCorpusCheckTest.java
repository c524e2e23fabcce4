package org.prss.advisor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.cli.AdvisorCli;
import org.prss.advisor.knowledge.KnowledgeCopy;

/**
 * {@code rules check} validates the labelled duty corpus: each problem, made in a copy of checklists/, is reported as
 * file:line with what to do.
 */
class DutyCorpusCheckTest {

    private static final String DRIVE = "  - text: \"Drive participants to appointments\"\n"
            + "    label: ROLE-ACT-DRIVE-PARTICIPANTS\n    verdict: CONDITIONAL\n";

    @TempDir
    Path dir;

    private static String check(KnowledgeCopy copy, int exit) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AdvisorCli.run(
                new String[] {"rules", "check", "--checklists=" + copy.checklists},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(exit, code, out + "\n" + err);
        return err.toString();
    }

    @Test
    void aVerdictTheRulesDoNotGiveItsLabelIsRefused() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist(
                "duty-corpus.yaml", DRIVE, DRIVE.replace("verdict: CONDITIONAL", "verdict: FITS_ROLE"));
        int line = KnowledgeCopy.lineOf(corpus, "\"Drive participants to appointments\"");
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": line 'Drive participants to appointments' says FITS_ROLE, but the"
                        + " rules give ROLE-ACT-DRIVE-PARTICIPANTS CONDITIONAL (set conditionStated: true if the "
                        + "line states its"
                        + " condition)"),
                err);
    }

    @Test
    void anUnknownLabelIsRefusedWithTheNearestId() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist(
                "duty-corpus.yaml",
                DRIVE,
                DRIVE.replace("label: ROLE-ACT-DRIVE-PARTICIPANTS", "label: ROLE-ACT-DRIVE-PARTICIPANT"));
        int line = KnowledgeCopy.lineOf(corpus, "\"Drive participants to appointments\"");
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": line 'Drive participants to appointments': unknown label"
                        + " 'ROLE-ACT-DRIVE-PARTICIPANT' (did you mean 'ROLE-ACT-DRIVE-PARTICIPANTS'?)"),
                err);
    }

    @Test
    void identicalLinesWithDifferentLabelsAreRefused() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist("duty-corpus.yaml", "lines:\n", """
                lines:
                  - text: "drive  participants to Appointments"
                    label: RIDE_ONLY
                    verdict: CONDITIONAL
                    citations:
                      - {source: LAPPA Toolkit 2021, section: "Chapter 2, Table 2", locator: "line 438"}
                """);
        int first = KnowledgeCopy.lineOf(corpus, "\"drive  participants to Appointments\"");
        int line = KnowledgeCopy.lineOf(corpus, "\"Drive participants to appointments\"");
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": line 'Drive participants to appointments' is labelled"
                        + " ROLE-ACT-DRIVE-PARTICIPANTS CONDITIONAL, but the same line at " + corpus + ":" + first
                        + " is labelled RIDE_ONLY CONDITIONAL"),
                err);
    }

    @Test
    void nearIdenticalLinesWithContradictoryVerdictsAreRefused() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist("duty-corpus.yaml", "lines:\n", """
                lines:
                  - text: "Drive the participants to their appointments"
                    label: ROLE-ACT-LEAD-PEER-GROUP
                    verdict: FITS_ROLE
                    citations:
                      - {source: LAPPA Toolkit 2021, section: "Chapter 2, Table 3", locator: "line 451"}
                """);
        int added = KnowledgeCopy.lineOf(corpus, "\"Drive the participants to their appointments\"");
        int line = KnowledgeCopy.lineOf(corpus, "\"Drive participants to appointments\"");
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": line 'Drive participants to appointments' (CONDITIONAL) reads as"
                        + " the same duty as 'Drive the participants to their appointments' at " + corpus + ":" + added
                        + " (FITS_ROLE), similarity 0.9"),
                err);
        assertTrue(err.contains("their verdicts contradict: relabel one or reword it so the difference shows"), err);
    }
}
