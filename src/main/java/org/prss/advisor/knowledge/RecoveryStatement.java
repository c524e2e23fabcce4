package org.prss.advisor.knowledge;

import org.prss.advisor.model.Citation;

/**
 * What a second source says about one state's time-in-recovery rule, beside the state table's row, and which of the
 * two readings the advisor follows (checklists/state-recovery-statements.yaml).
 *
 * @param says     the statement in our words: "Rhode Island only recommends that peers be in recovery"
 * @param followed true when the advisor follows this reading rather than the table's
 * @param because  why the advisor follows the reading it follows
 */
public record RecoveryStatement(
        String state, RecoveryTime recovery, String says, boolean followed, String because, Citation citation) {}
