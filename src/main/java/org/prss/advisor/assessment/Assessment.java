package org.prss.advisor.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.prss.advisor.engine.ReadingChoice;
import org.prss.advisor.engine.StaffingFigure;
import org.prss.advisor.knowledge.RuleSetInfo;
import org.prss.advisor.model.ProgramInfo;
import org.prss.advisor.model.Severity;
import org.prss.advisor.role.DutyReview;
import org.prss.advisor.team.Team;

/**
 * A complete assessment of one program: the rule set used, the verdict and why, the scores, open findings
 * counted by severity, every finding in knowledge-base order, the checklist answers that disagreed with the facts
 * that settled their items (in the same order), the action plan, the verdict on each proposed duty of the peer role,
 * the staffing figures the rules worked out, and the alternative taken for each declared reading; for a team
 * self-assessment, the team behind the combined description (null otherwise).
 */
public record Assessment(
        RuleSetInfo ruleSet,
        ProgramInfo program,
        LocalDate assessedOn,
        Verdict verdict,
        List<String> verdictReasons,
        Scores scores,
        Map<Severity, Integer> openBySeverity,
        List<Finding> findings,
        List<AnswerDisagreement> answerDisagreements,
        List<ActionItem> actionPlan,
        List<DutyReview> duties,
        List<StaffingFigure> staffing,
        List<ReadingChoice> readings,
        Team team) {

    /** This assessment, as the assessment of the combined description of a team's respondents. */
    public Assessment withTeam(Team team) {
        return new Assessment(
                ruleSet,
                program,
                assessedOn,
                verdict,
                verdictReasons,
                scores,
                openBySeverity,
                findings,
                answerDisagreements,
                actionPlan,
                duties,
                staffing,
                readings,
                team);
    }
}
