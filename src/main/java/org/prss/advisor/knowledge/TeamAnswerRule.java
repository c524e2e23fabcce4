package org.prss.advisor.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Severity;

/**
 * How a team self-assessment combines several respondents' answers to one item, from {@code teamAnswers} in
 * {@code checklists/scoring.yaml}: a method by the item's severity, the way a tie goes, and why, with citations.
 */
public record TeamAnswerRule(Map<Severity, Method> bySeverity, Tie ties, String why, List<Citation> citations) {

    /** How the answers to one item become one. */
    public enum Method {
        /** The least favourable known answer: NO before PARTIAL before YES. */
        LEAST_FAVOURABLE,
        /** The known answer most respondents gave; a tie goes as {@link Tie} says. */
        MOST_COMMON
    }

    /** Which of the answers tied for most common stands. */
    public enum Tie {
        LESS_FAVOURABLE,
        MORE_FAVOURABLE
    }

    public Method method(Severity itemSeverity) {
        return bySeverity.get(itemSeverity);
    }

    /** The rule in a line: "CRITICAL and HIGH items: least favourable answer; MEDIUM and LOW items: ...". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Method method : Method.values()) {
            List<String> severities = Arrays.stream(Severity.values())
                    .filter(s -> bySeverity.get(s) == method)
                    .map(Severity::name)
                    .toList();
            if (severities.isEmpty()) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "; ")
                    .append(String.join(" and ", severities))
                    .append(" items: ")
                    .append(words(method));
        }
        return text + "; UNKNOWN only where no respondent knows the answer.";
    }

    /** A method in words, with the tie rule where it applies. */
    public String words(Method method) {
        return switch (method) {
            case LEAST_FAVOURABLE -> "the least favourable answer given";
            case MOST_COMMON -> "the most common answer, " + tieWords();
        };
    }

    /** "a tie going to the less favourable". */
    public String tieWords() {
        return "a tie going to the " + (ties == Tie.LESS_FAVOURABLE ? "less" : "more") + " favourable";
    }
}
