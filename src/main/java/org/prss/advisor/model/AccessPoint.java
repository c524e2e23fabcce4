package org.prss.advisor.model;

/** A way participants in a jail or prison can reach a peer (Corrections PRSS Guide, choice and access). */
public enum AccessPoint {
    /** Peers assigned to particular housing units. */
    HOUSING_UNITS,
    /** Set hours when participants can drop in. */
    DROP_IN_HOURS,
    /** Reentry-planning workshops or groups. */
    REENTRY_GROUPS,
    /** Phone, tablet, text or web contact with peers. */
    TECHNOLOGY,
    /** Peers in community settings after release. */
    COMMUNITY_AFTER_RELEASE
}
