package org.prss.advisor.model;

/** How often something happens, from most to least often. */
public enum Frequency {
    WEEKLY,
    BIWEEKLY,
    MONTHLY,
    QUARTERLY,
    LESS_OFTEN,
    NONE;

    /** True when this happens at least as often as the given frequency. */
    public boolean atLeast(Frequency minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
