package org.prss.advisor.role;

import java.util.List;

/**
 * The duty part states the condition its activity, signal or kind is allowed under ("when the participant asks",
 * "with their written consent", "where agency policy allows"): the condition holds.
 *
 * @param words the part's words that state it
 */
public record ConditionMet(int duty, int part, List<String> words) implements PartFact {

    public ConditionMet {
        words = List.copyOf(words);
    }

    @Override
    public ConditionMet at(int duty, int part) {
        return new ConditionMet(duty, part, words);
    }

    public String describe() {
        return "the line states the condition it is allowed under (" + String.join(", ", words) + "), so it holds";
    }
}
