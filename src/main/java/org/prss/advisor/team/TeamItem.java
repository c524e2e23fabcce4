package org.prss.advisor.team;

import java.util.List;
import org.prss.advisor.knowledge.TeamAnswerRule;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.Severity;

/**
 * An item at least one respondent answered: each respondent's answer and note in the respondents' order, the combined
 * answer the assessment used, the method that gives it for the item's severity and how it came about ("all who
 * know agree", "the least favourable answer given, for a HIGH item"), and whether the respondents' known answers
 * (YES, PARTIAL, NO) differ.
 */
public record TeamItem(
        String id,
        String domain,
        String title,
        Severity severity,
        List<RespondentAnswer> answers,
        AnswerValue combined,
        TeamAnswerRule.Method method,
        String how,
        boolean disagree) {}
