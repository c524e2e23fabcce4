package org.prss.advisor.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prss.advisor.knowledge.TeamAnswerRule.Method.LEAST_FAVOURABLE;
import static org.prss.advisor.knowledge.TeamAnswerRule.Method.MOST_COMMON;
import static org.prss.advisor.knowledge.TeamAnswerRule.Tie.LESS_FAVOURABLE;
import static org.prss.advisor.knowledge.TeamAnswerRule.Tie.MORE_FAVOURABLE;
import static org.prss.advisor.model.AnswerValue.NO;
import static org.prss.advisor.model.AnswerValue.PARTIAL;
import static org.prss.advisor.model.AnswerValue.UNKNOWN;
import static org.prss.advisor.model.AnswerValue.YES;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two ways of combining answers, the tie rule, and UNKNOWN as no view on the item. */
class AnswerCombinerTest {

    @Test
    void theLeastFavourableKnownAnswerStands() {
        assertEquals(NO, AnswerCombiner.combine(List.of(YES, PARTIAL, NO), LEAST_FAVOURABLE, LESS_FAVOURABLE));
        assertEquals(PARTIAL, AnswerCombiner.combine(List.of(YES, PARTIAL, YES), LEAST_FAVOURABLE, LESS_FAVOURABLE));
        assertEquals(YES, AnswerCombiner.combine(List.of(YES, UNKNOWN), LEAST_FAVOURABLE, LESS_FAVOURABLE));
    }

    @Test
    void theMostCommonKnownAnswerStandsAndATieGoesAsTheRuleSays() {
        assertEquals(YES, AnswerCombiner.combine(List.of(YES, NO, YES), MOST_COMMON, LESS_FAVOURABLE));
        assertEquals(NO, AnswerCombiner.combine(List.of(YES, NO), MOST_COMMON, LESS_FAVOURABLE));
        assertEquals(YES, AnswerCombiner.combine(List.of(YES, NO), MOST_COMMON, MORE_FAVOURABLE));
        assertEquals(PARTIAL, AnswerCombiner.combine(List.of(YES, PARTIAL, NO, PARTIAL), MOST_COMMON, LESS_FAVOURABLE));
        assertEquals(NO, AnswerCombiner.combine(List.of(YES, PARTIAL, NO), MOST_COMMON, LESS_FAVOURABLE));
        assertTrue(AnswerCombiner.tied(List.of(YES, NO, UNKNOWN, UNKNOWN)));
        assertFalse(AnswerCombiner.tied(List.of(YES, NO, YES)));
    }

    @Test
    void unknownOnlyWhereNobodyKnowsAndNothingWhereNobodyAnswered() {
        assertEquals(NO, AnswerCombiner.combine(List.of(UNKNOWN, UNKNOWN, NO), MOST_COMMON, MORE_FAVOURABLE));
        assertEquals(UNKNOWN, AnswerCombiner.combine(List.of(UNKNOWN, UNKNOWN), LEAST_FAVOURABLE, LESS_FAVOURABLE));
        assertNull(AnswerCombiner.combine(List.of(), MOST_COMMON, LESS_FAVOURABLE));
    }

    @Test
    void answersDifferOnlyWhenKnownAnswersDiffer() {
        assertTrue(AnswerCombiner.differ(List.of(YES, PARTIAL)));
        assertFalse(AnswerCombiner.differ(List.of(YES, UNKNOWN, YES)));
        assertFalse(AnswerCombiner.differ(List.of(UNKNOWN)));
    }
}
