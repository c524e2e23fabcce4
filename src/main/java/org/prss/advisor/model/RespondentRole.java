package org.prss.advisor.model;

/**
 * The part of the agency a respondent answers from. The readiness checklist groups its questions by who owns them
 * (senior leadership, human resources, the supervisor, the team, the peer worker: LAPPA Toolkit 2021, Appendix B), and
 * the COSSAP quick assessment asks what leadership, core and ancillary staff know; a team self-assessment counts its
 * respondents by these roles, and partners and others who answer for the program have roles of their own.
 */
public enum RespondentRole {
    LEADERSHIP,
    HUMAN_RESOURCES,
    SUPERVISOR,
    STAFF,
    PEER,
    PARTNER,
    OTHER
}
