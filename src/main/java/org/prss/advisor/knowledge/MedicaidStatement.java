package org.prss.advisor.knowledge;

import org.prss.advisor.model.Citation;

/**
 * What a second source says about one state's Medicaid coverage of peer services where it differs from the state
 * table's Medicaid column, and which source governs for which services (checklists/state-medicaid-statements.yaml).
 *
 * @param says    the statement in our words: "the District of Columbia was reimbursed ... in 2018"
 * @param governs which source governs for which services, and why
 */
public record MedicaidStatement(String state, String says, String governs, Citation citation) {}
