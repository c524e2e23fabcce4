package org.prss.advisor.model;

/** Who submits the Medicaid claims for the peer services. */
public enum MedicaidBillingProvider {
    /** A certified community behavioral health clinic. */
    CCBHC,
    /** A health home. */
    HEALTH_HOME,
    /** Another treatment or behavioral-health provider. */
    OTHER_TREATMENT_PROVIDER,
    /** The justice agency itself. */
    JUSTICE_AGENCY
}
