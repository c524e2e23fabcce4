package org.prss.advisor.role;

/**
 * The duty part states the condition its activity, signal or kind depends on ("when the participant asks"), shown by
 * the labelled example it resembles, which states its condition too: the condition holds.
 */
public record ConditionMet(int duty, int part, Resemblance example) {

    public String describe() {
        return "the line states the condition it depends on, so it holds (" + example.describe() + ")";
    }
}
