package org.prss.advisor.team;

import org.prss.advisor.model.AnswerValue;

/** What one respondent answered to an item: the answer (null when they gave none) and their note (or null). */
public record RespondentAnswer(String respondent, AnswerValue answer, String note) {}
