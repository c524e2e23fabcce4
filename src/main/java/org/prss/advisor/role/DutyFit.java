package org.prss.advisor.role;

/** The advisor's verdict on one proposed duty. */
public enum DutyFit {
    /** Belongs in the peer's role. */
    FITS_ROLE,
    /** Belongs in the role only under the stated conditions. */
    CONDITIONAL,
    /** Should not be part of the peer's role. */
    KEEP_OUT,
    /** Matched nothing the advisor knows, or its readings disagree; a person has to judge it. */
    NEEDS_REVIEW,
    /** Not a duty at all (a reporting line, a qualification, "other duties as assigned"): listed apart, not judged. */
    NOT_A_DUTY
}
