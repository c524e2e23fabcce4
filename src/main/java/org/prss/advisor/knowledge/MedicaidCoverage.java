package org.prss.advisor.knowledge;

import org.prss.advisor.model.MedicaidBillingProvider;

/**
 * A state's Medicaid entry in the state table, read into structure (the medicaidCoverage and medicaidLimit columns),
 * with the words the table prints.
 *
 * @param limit what a LIMITED entry is limited to; null otherwise
 */
public record MedicaidCoverage(Kind kind, Limit limit, String words) {

    /** The entry in a sentence, for rationales: "covers peer services only as part of a bundled service". */
    public String describe() {
        return switch (kind) {
            case COVERED -> "covers peer services";
            case NOT_COVERED -> "did not cover peer services";
            case LIMITED -> "covers peer services " + limit.words();
        };
    }

    /** Whether Medicaid pays for peer services in the state. */
    public enum Kind {
        COVERED,
        NOT_COVERED,
        LIMITED
    }

    /** What a limited entry restricts coverage to. */
    public enum Limit {
        /** People with co-occurring mental-health and substance use disorders ("COD only"). */
        CO_OCCURRING_DISORDERS("only for people with co-occurring mental-health and substance use disorders"),
        /** People enrolled through the state's Medicaid expansion. */
        EXPANSION_POPULATION("only for people enrolled through the Medicaid expansion"),
        /** People enrolled in a Health and Recovery Plan (New York's HARP). */
        HARP_ENROLLEES("only for members of a Health and Recovery Plan (HARP)"),
        /** Services billed by a certified community behavioral health clinic. */
        CCBHC("only when a certified community behavioral health clinic (CCBHC) bills"),
        /** Services given within a health home. */
        HEALTH_HOME("only when a health home bills"),
        /** Peer services paid only as part of a bundled service. */
        BUNDLED_SERVICE("only as part of a bundled service");

        private final String words;

        Limit(String words) {
            this.words = words;
        }

        /** The limit in words, for rationales: "only for people enrolled through the Medicaid expansion". */
        public String words() {
            return words;
        }

        /** The billing provider this limit requires, or null when it limits something other than the provider. */
        public MedicaidBillingProvider provider() {
            return switch (this) {
                case CCBHC -> MedicaidBillingProvider.CCBHC;
                case HEALTH_HOME -> MedicaidBillingProvider.HEALTH_HOME;
                default -> null;
            };
        }
    }
}
