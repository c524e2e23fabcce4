package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.Status;
import org.prss.advisor.team.TeamItem;

/**
 * The team-answer rule is data in scoring.yaml: each of its problems names the file and line, and an edit to it
 * changes how the sample team's answers combine, with no change to the Java.
 */
class TeamAnswerRuleTest {

    @TempDir
    Path dir;

    @Test
    void aSeverityWithoutAMethodAMissingTieRuleAndAnUnknownSourceAreReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("scoring.yaml", "    HIGH: LEAST_FAVOURABLE\n", "");
        copy.editChecklist("scoring.yaml", "  ties: LESS_FAVOURABLE\n", "");
        Path file = copy.editChecklist(
                "scoring.yaml", "    - source: COSSAP Five Ps 2022\n", "    - source: COSSAP Five P 2022\n");
        String report = KnowledgeErrorCase.checklistErrors(copy);
        assertTrue(
                report.contains(file + ":" + KnowledgeCopy.lineOf(file, "bySeverity:")
                        + ": teamAnswers.bySeverity needs a method for HIGH items: one of LEAST_FAVOURABLE,"
                        + " MOST_COMMON"),
                report);
        assertTrue(
                report.contains(file + ":" + KnowledgeCopy.lineOf(file, "teamAnswers:")
                        + ": teamAnswers needs ties: LESS_FAVOURABLE, MORE_FAVOURABLE"),
                report);
        assertTrue(
                report.contains(file + ":" + teamAnswersCitations(file)
                        + ": teamAnswers: unknown source 'COSSAP Five P 2022' (did you mean 'COSSAP Five Ps 2022'?)"),
                report);
    }

    /** The line of the team answer rule's own citations (the scoring file's grounds cite too, above it). */
    private static int teamAnswersCitations(Path file) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        int rule = lines.indexOf("teamAnswers:");
        for (int i = rule; i < lines.size(); i++) {
            if (lines.get(i).equals("  citations:")) {
                return i + 1;
            }
        }
        throw new AssertionError("no citations under teamAnswers in " + file);
    }

    @Test
    void aScoringFileWithoutTheRuleIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        String text = java.nio.file.Files.readString(copy.checklists.resolve("scoring.yaml"));
        Path file = copy.editChecklist("scoring.yaml", text.substring(text.indexOf("teamAnswers:")), "");
        assertEquals(
                file + ":1: scoring needs teamAnswers: how a team self-assessment combines its respondents' answers"
                        + " to an item (bySeverity, ties, why, citations)",
                KnowledgeErrorCase.checklistErrors(copy));
    }

    @Test
    void editingTheRuleChangesTheCombinedAnswersWithoutJava() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist("scoring.yaml", "    MEDIUM: MOST_COMMON\n", "    MEDIUM: LEAST_FAVOURABLE\n");
        copy.editChecklist("scoring.yaml", "  ties: LESS_FAVOURABLE\n", "  ties: MORE_FAVOURABLE\n");
        Advisor edited = Advisor.load(null, copy.checklists);
        List<Submission> respondents = new ArrayList<>();
        for (String sample : List.of("leadership.yaml", "hr.yaml", "jail-staff.yaml")) {
            respondents.add(edited.reader().read(Path.of("samples", "team", sample)));
        }
        var run = edited.assessTeam(respondents, TestAdvisor.AS_OF);
        // RDY-TEAM-01 (MEDIUM): YES, YES, NO was YES by the most common answer; now the least favourable stands.
        assertEquals(
                AnswerValue.NO,
                item(run.assessment().team().items(), "RDY-TEAM-01").combined());
        assertEquals(
                Status.GAP, TestAdvisor.finding(run.assessment(), "RDY-TEAM-01").status());
        // RDY-LEAD-06 (LOW): PARTIAL and NO tie, and the tie now goes to the more favourable.
        assertEquals(
                AnswerValue.PARTIAL,
                item(run.assessment().team().items(), "RDY-LEAD-06").combined());
    }

    private static TeamItem item(List<TeamItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
