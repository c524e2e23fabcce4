package org.prss.advisor.team;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.knowledge.TeamAnswerRule;
import org.prss.advisor.model.AnswerValue;

/**
 * Combines several respondents' answers to one item by a method of the team-answer rule. UNKNOWN and missing answers
 * are no view on the item: the known answers (YES, PARTIAL, NO) decide, and the result is UNKNOWN only when someone
 * answered UNKNOWN and nobody knew, or null when nobody answered at all.
 */
final class AnswerCombiner {

    /** The known answers from least to most favourable. */
    private static final List<AnswerValue> FAVOURABILITY =
            List.of(AnswerValue.NO, AnswerValue.PARTIAL, AnswerValue.YES);

    private AnswerCombiner() {}

    static AnswerValue combine(Collection<AnswerValue> answers, TeamAnswerRule.Method method, TeamAnswerRule.Tie tie) {
        List<AnswerValue> known =
                answers.stream().filter(FAVOURABILITY::contains).toList();
        if (known.isEmpty()) {
            return answers.contains(AnswerValue.UNKNOWN) ? AnswerValue.UNKNOWN : null;
        }
        return switch (method) {
            case LEAST_FAVOURABLE ->
                known.stream()
                        .min((a, b) -> FAVOURABILITY.indexOf(a) - FAVOURABILITY.indexOf(b))
                        .orElseThrow();
            case MOST_COMMON -> mostCommon(known, tie);
        };
    }

    /** True when the known answers are not all the same. */
    static boolean differ(Collection<AnswerValue> answers) {
        return answers.stream().filter(FAVOURABILITY::contains).distinct().count() > 1;
    }

    /** True when two or more known answers are given most often, so the tie rule decides between them. */
    static boolean tied(Collection<AnswerValue> answers) {
        Map<AnswerValue, Integer> counts =
                counts(answers.stream().filter(FAVOURABILITY::contains).toList());
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return counts.values().stream().filter(n -> n == most).count() > 1;
    }

    private static Map<AnswerValue, Integer> counts(List<AnswerValue> known) {
        Map<AnswerValue, Integer> counts = new EnumMap<>(AnswerValue.class);
        known.forEach(a -> counts.merge(a, 1, Integer::sum));
        return counts;
    }

    private static AnswerValue mostCommon(List<AnswerValue> known, TeamAnswerRule.Tie tie) {
        Map<AnswerValue, Integer> counts = counts(known);
        int most = counts.values().stream().max(Integer::compare).orElseThrow();
        List<AnswerValue> tied = FAVOURABILITY.stream()
                .filter(a -> counts.getOrDefault(a, 0) == most)
                .toList();
        return tie == TeamAnswerRule.Tie.LESS_FAVOURABLE ? tied.get(0) : tied.get(tied.size() - 1);
    }
}
