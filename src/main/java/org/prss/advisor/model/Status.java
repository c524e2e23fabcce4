package org.prss.advisor.model;

/** The outcome of one assessed item. */
public enum Status {
    MET,
    PARTIAL,
    GAP,
    UNKNOWN,
    NOT_APPLICABLE,
    WAIVED;

    /** Open findings still need action: they go to the action plan and count against readiness. */
    public boolean isOpen() {
        return this == PARTIAL || this == GAP || this == UNKNOWN;
    }
}
