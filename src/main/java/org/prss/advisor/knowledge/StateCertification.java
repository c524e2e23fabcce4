package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * One row of the Corrections PRSS Guide's state table (Resource 2): the state's peer credential, who certifies
 * it, its training, exam, supervised-hours and recovery-time requirements, and how Medicaid covers peer services.
 * Text fields are as the table prints them; an empty field is one the table does not state.
 *
 * @param recovery          the table's recovery time, read into a kind and a length
 * @param medicaid          the table's Medicaid entry, read into covered, not covered or limited
 * @param recoveryStatement what a second source says of the state's recovery rule, or null where none does
 * @param medicaidStatement what a second source says of the state's Medicaid coverage, or null where none does
 */
public record StateCertification(
        String state,
        String jurisdiction,
        String title,
        String certifyingBody,
        String trainingHours,
        String exam,
        String supervisedHours,
        String recoveryTime,
        String medicaidAuthority,
        RecoveryTime recovery,
        MedicaidCoverage medicaid,
        Citation citation,
        RecoveryStatement recoveryStatement,
        MedicaidStatement medicaidStatement) {

    /** This row with a second source's statement on its recovery rule. */
    public StateCertification withRecoveryStatement(RecoveryStatement statement) {
        return with(statement, medicaidStatement);
    }

    /** This row with a second source's statement on its Medicaid coverage. */
    public StateCertification withMedicaidStatement(MedicaidStatement statement) {
        return with(recoveryStatement, statement);
    }

    private StateCertification with(RecoveryStatement recoveryStatement, MedicaidStatement medicaidStatement) {
        return new StateCertification(
                state,
                jurisdiction,
                title,
                certifyingBody,
                trainingHours,
                exam,
                supervisedHours,
                recoveryTime,
                medicaidAuthority,
                recovery,
                medicaid,
                citation,
                recoveryStatement,
                medicaidStatement);
    }

    /**
     * True when the state table prints a length in recovery that the second source says the state does not require:
     * a recommendation, recovery with no length, lived experience or nothing (the reading
     * STATE-RECOVERY-LENGTH-DISPUTED decides what follows).
     */
    public boolean recoveryLengthDisputed() {
        return recoveryStatement != null
                && recovery.requiresLength()
                && recoveryStatement.recovery().kind() != RecoveryTime.Kind.REQUIRED
                && recoveryStatement.recovery().kind() != RecoveryTime.Kind.NOT_STATED;
    }

    /** Where the Medicaid entry comes from: this row, and the second source where there is one. */
    public List<Citation> medicaidCitations() {
        return medicaidStatement == null ? List.of(citation) : List.of(citation, medicaidStatement.citation());
    }

    /**
     * Both readings of the Medicaid entry and which governs for which services, for rationales; empty where the table
     * is the only source.
     */
    public String medicaidSources() {
        if (medicaidStatement == null) {
            return "";
        }
        Citation second = medicaidStatement.citation();
        return "Two sources on " + jurisdiction + ": the state table (" + citation.source() + ") prints '"
                + medicaidAuthority + "'; " + second.source() + " (" + second.section() + ", " + second.locator()
                + ") says " + medicaidStatement.says() + ". " + medicaidStatement.governs();
    }

    /** The recovery rule the advisor follows: the table's, unless a second source's reading is the one followed. */
    public RecoveryTime recoveryRule() {
        return recoveryStatement != null && recoveryStatement.followed() ? recoveryStatement.recovery() : recovery;
    }

    /** Where the recovery rule comes from: this row, and the second source where there is one. */
    public List<Citation> recoveryCitations() {
        return recoveryStatement == null ? List.of(citation) : List.of(citation, recoveryStatement.citation());
    }

    /**
     * The Medicaid entry in a sentence: "Texas Medicaid covers peer services only as part of a bundled service (...)".
     */
    public String describeMedicaid() {
        return jurisdiction + " Medicaid " + medicaid.describe() + " (state table: '" + medicaidAuthority
                + "', data from 2018-2020; confirm on the state Medicaid site)";
    }

    /**
     * The recovery rule the advisor follows, in a sentence: "Washington's certification requires 1 year in recovery
     * (...)".
     */
    public String describeRecoveryRule() {
        return jurisdiction + "'s certification " + recoveryRule().describe() + " (state table: '" + recoveryTime
                + "', data from 2018-2020; confirm with the state board)";
    }

    /**
     * Both readings of the recovery rule and which one the advisor follows, for rationales; empty where the table is
     * the only source.
     */
    public String recoverySources() {
        if (recoveryStatement == null) {
            return "";
        }
        String table = "the state table (" + citation.source() + ")";
        String second = recoveryStatement.citation().source();
        return "Two sources on " + jurisdiction + "'s rule: " + table + " prints '" + recoveryTime + "'; " + second
                + " (" + recoveryStatement.citation().section() + ", "
                + recoveryStatement.citation().locator() + ") says "
                + recoveryStatement.says() + ". The advisor follows "
                + (recoveryStatement.followed() ? second : "the state table")
                + ": " + recoveryStatement.because() + ".";
    }

    /**
     * The credential in a sentence, for rationales: "Certified Peer Recovery Specialist (Illinois Certification Board;
     * ...)".
     */
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
