package org.prss.advisor.model;

/** Who provides one function of peer supervision (administrative, educational, supportive). */
public enum SupervisionProvider {
    AGENCY_STAFF,
    CLINICAL_STAFF,
    PEER_SUPERVISOR,
    PARTNER_ORGANIZATION,
    EXTERNAL_PEER_ORGANIZATION,
    NONE
}
