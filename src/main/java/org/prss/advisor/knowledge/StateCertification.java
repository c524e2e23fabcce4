package org.prss.advisor.knowledge;

import org.prss.advisor.model.Citation;

/**
 * One row of the Corrections PRSS Guide's state table (Resource 2): the state's peer credential, who certifies
 * it, its training, exam, supervised-hours and recovery-time requirements, and how Medicaid covers peer services.
 * Text fields are as the table prints them; an empty field is one the table does not state.
 *
 * @param medicaidCovered false where the table says Medicaid does not cover peer services in the state
 */
public record StateCertification(String state, String jurisdiction, String title, String certifyingBody,
                                 String trainingHours, String exam, String supervisedHours, String recoveryTime,
                                 String medicaidAuthority, RecoveryTime recovery, boolean medicaidCovered,
                                 Citation citation) {

    /** The credential in a sentence, for rationales: "Certified Peer Recovery Specialist (Illinois Certification Board; ...)". */
    public String describeCredential() {
        StringBuilder s = new StringBuilder(jurisdiction + ": " + title);
        StringBuilder detail = new StringBuilder();
        append(detail, certifyingBody, "");
        append(detail, trainingHours, " training hours");
        append(detail, exam.isEmpty() ? "" : "exam " + exam, "");
        append(detail, supervisedHours, " hours of experience/supervision");
        append(detail, recoveryTime.isEmpty() ? "" : "recovery time " + recoveryTime, "");
        if (detail.length() > 0) {
            s.append(" (").append(detail).append(')');
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String value, String unit) {
        if (value != null && !value.isEmpty()) {
            s.append(s.length() > 0 ? "; " : "").append(value).append(unit);
        }
    }
}
