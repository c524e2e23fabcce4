package org.prss.advisor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.cli.AdvisorCli;
import org.prss.advisor.knowledge.CorpusKind;
import org.prss.advisor.knowledge.CorpusVerdict;
import org.prss.advisor.knowledge.DutyCorpus;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeCopy;
import org.prss.advisor.knowledge.KnowledgeFiles;
import org.prss.advisor.knowledge.KnowledgeLoader;
import org.prss.advisor.model.Setting;

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

    private static final String PROBATION_LINE =
            "\"Helps track how probationers are progressing and reports that progress to their PO\"";
    private static final String PROBATION_TEXT =
            "Helps track how probationers are progressing and reports that progress to their PO";

    @Test
    void anUnknownSettingOnALineIsRefusedWithTheNearestName() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist(
                "duty-corpus.yaml", "    setting: PROBATION_PAROLE\n", "    setting: PROBATION_PAROL\n");
        int line = KnowledgeCopy.lineOf(corpus, PROBATION_LINE);
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": line '" + PROBATION_TEXT
                        + "': unknown setting 'PROBATION_PAROL' (did you" + " mean 'PROBATION_PAROLE'?)"),
                err);
    }

    @Test
    void anUnknownSettingInAKindsVerdictsBySettingIsRefused() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist("duty-corpus.yaml", "[LAW_ENFORCEMENT, PRETRIAL,", "[POLICE, PRETRIAL,");
        int line = KnowledgeCopy.lineOf(corpus, "  - id: REPORT_PARTICIPANT_PROGRESS");
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": kind REPORT_PARTICIPANT_PROGRESS bySetting: unknown setting"
                        + " 'POLICE'"),
                err);
    }

    @Test
    void aLineWithASettingMustHaveItsKindsVerdictInThatSetting() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        String entry = "  - text: " + PROBATION_LINE + "\n    label: REPORT_PARTICIPANT_PROGRESS\n";
        Path corpus = copy.editChecklist(
                "duty-corpus.yaml", entry + "    verdict: CONDITIONAL\n", entry + "    verdict: KEEP_OUT\n");
        int line = KnowledgeCopy.lineOf(corpus, PROBATION_LINE);
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": line '" + PROBATION_TEXT + "' says KEEP_OUT, but the rules give"
                        + " REPORT_PARTICIPANT_PROGRESS in PROBATION_PAROLE CONDITIONAL"),
                err);
    }

    @Test
    void sourcesDisagreeNeedsASettingAndALabelWhoseVerdictsDifferBySetting() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist("duty-corpus.yaml", "lines:\n", """
                lines:
                  - text: "Tell the PO how a client is getting on"
                    label: REPORT_PARTICIPANT_PROGRESS
                    verdict: KEEP_OUT
                    sourcesDisagree: true
                    citations:
                      - {source: All Rise Guidelines 2023, section: "Guideline 2", locator: "line 253"}
                  - text: "Lead a recovery group on the unit"
                    label: ROLE-ACT-LEAD-PEER-GROUP
                    verdict: FITS_ROLE
                    setting: JAIL
                    sourcesDisagree: true
                    citations:
                      - {source: LAPPA Toolkit 2021, section: "Chapter 2, Table 3", locator: "line 451"}
                """);
        int first = KnowledgeCopy.lineOf(corpus, "\"Tell the PO how a client is getting on\"");
        int second = KnowledgeCopy.lineOf(corpus, "\"Lead a recovery group on the unit\"");
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + first + ": line 'Tell the PO how a client is getting on': sourcesDisagree:"
                        + " true needs the line's setting"),
                err);
        assertTrue(
                err.contains(
                        corpus + ":" + second + ": line 'Lead a recovery group on the unit': sourcesDisagree: true,"
                                + " but its label ROLE-ACT-LEAD-PEER-GROUP has one verdict in every setting"),
                err);
    }

    @Test
    void conditionStatedOnALabelThatIsNotConditionalIsRefused() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist("duty-corpus.yaml", "lines:\n", """
                lines:
                  - text: "Run a weekly peer group, with the participants' agreement"
                    label: ROLE-ACT-LEAD-PEER-GROUP
                    verdict: FITS_ROLE
                    conditionStated: true
                    citations:
                      - {source: LAPPA Toolkit 2021, section: "Chapter 2, Table 3", locator: "line 451"}
                """);
        int line = KnowledgeCopy.lineOf(corpus, "\"Run a weekly peer group, with the participants' agreement\"");
        String err = check(copy, 2);
        assertTrue(
                err.contains(corpus + ":" + line + ": line 'Run a weekly peer group, with the participants' agreement'"
                        + " says conditionStated: true, but its label ROLE-ACT-LEAD-PEER-GROUP is FITS_ROLE, not"
                        + " CONDITIONAL"),
                err);
    }

    @Test
    void aNonDutyLineNeedsAReasonAndMayNotAlsoBeADutyLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path corpus = copy.editChecklist("duty-corpus.yaml", "nonDuties:\n", """
                nonDuties:
                  - text: "Drive participants to appointments"
                    reason: "catch-all"
                  - text: "Must enjoy working with people"
                    origin: posting
                """);
        int noReason = KnowledgeCopy.lineOf(corpus, "\"Must enjoy working with people\"");
        String err = check(copy, 2);
        assertTrue(err.contains(corpus + ":" + noReason + ": a non-duty line needs a text and a reason"), err);
        assertTrue(
                err.contains("non-duty line 'Drive participants to appointments' is also a labelled duty line at"),
                err);
    }

    @Test
    void theCorpusExposesNonDutiesApartFromItsLinesAndKindVerdictsBySetting() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        KnowledgeBase knowledge = KnowledgeLoader.load(KnowledgeFiles.load(copy.rules, copy.checklists));
        DutyCorpus corpus = knowledge.dutyCorpus();
        assertTrue(
                corpus.nonDuties().size() >= 25,
                "non-duty lines: " + corpus.nonDuties().size());
        assertTrue(corpus.nonDuties().stream().anyMatch(n -> n.text().equals("Reports to the Program Director")));
        assertTrue(corpus.lines().stream().noneMatch(l -> l.text().equals("Reports to the Program Director")));
        CorpusKind progress = corpus.kind("REPORT_PARTICIPANT_PROGRESS").orElseThrow();
        assertEquals(CorpusVerdict.KEEP_OUT, progress.verdict());
        assertEquals(CorpusVerdict.KEEP_OUT, progress.verdictIn(null));
        assertEquals(CorpusVerdict.KEEP_OUT, progress.verdictIn(Setting.TREATMENT_COURT));
        assertEquals(CorpusVerdict.CONDITIONAL, progress.verdictIn(Setting.PROBATION_PAROLE));
        assertEquals(CorpusVerdict.CONDITIONAL, progress.verdictIn(Setting.JAIL));
        assertTrue(corpus.lines().stream()
                .filter(l -> l.label().equals("REPORT_PARTICIPANT_PROGRESS"))
                .allMatch(l -> l.setting() != null && l.sourcesDisagree()));
    }
}
