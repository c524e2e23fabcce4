package org.prss.advisor.model;

/** Who employs the peer staff. */
public enum EmploymentModel {
    AGENCY_EMPLOYEE,
    PARTNER_ORGANIZATION,
    CONTRACTOR,
    INCARCERATED_PEER,
    VOLUNTEER
}
