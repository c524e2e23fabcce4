package org.prss.advisor.assessment;

/** The readiness verdict for the whole program. */
public enum Verdict {
    NOT_READY,
    READY_WITH_GAPS,
    READY
}
