package org.prss.advisor.model;

/** Where the peer program operates; decides which items and thresholds apply. */
public enum Setting {
    LAW_ENFORCEMENT,
    PRETRIAL,
    TREATMENT_COURT,
    JAIL,
    PRISON,
    PROBATION_PAROLE,
    REENTRY,
    COMMUNITY
}
