package org.prss.advisor.knowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state's time-in-recovery rule, read from a source's words: "2 years", "6 months", "18 months suggested",
 * "lived experience required", "none required", "N/A". Only a stated length is a number of years: lived
 * experience, recovery without a length and no requirement are kinds of their own.
 *
 * @param years the length the rule names, in years; null for the kinds that name no length
 * @param level the credential level a length is limited to ("level II" in Indiana's row); null when it binds every
 *     certified peer
 */
public record RecoveryTime(Kind kind, Double years, String level) {

    /** A rule that binds every certified peer. */
    public RecoveryTime(Kind kind, Double years) {
        this(kind, years, null);
    }

    /** What kind of rule the state has. */
    public enum Kind {
        /** A length the state requires for certification. */
        REQUIRED,
        /** A recommendation, with or without a length; no legal mandate. */
        SUGGESTED,
        /** Recovery is required, with no length set. */
        RECOVERY_NO_LENGTH,
        /** Lived experience is required, with no length set. */
        LIVED_EXPERIENCE,
        /** The state does not require recovery. */
        NONE_REQUIRED,
        /** The source does not say. */
        NOT_STATED
    }

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(year|yr|month)s?");

    /** A length limited to one level of the credential: "1 year (level II)". */
    private static final Pattern LEVEL = Pattern.compile("\\((level [^)]+)\\)", Pattern.CASE_INSENSITIVE);

    /** Reads the state table's words. */
    public static RecoveryTime parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("none")) {
            return new RecoveryTime(Kind.NONE_REQUIRED, null);
        }
        if (t.startsWith("lived experience")) {
            return new RecoveryTime(Kind.LIVED_EXPERIENCE, null);
        }
        Matcher m = AMOUNT.matcher(t);
        if (!m.find()) {
            return new RecoveryTime(Kind.NOT_STATED, null);
        }
        double amount = Double.parseDouble(m.group(1));
        double years = m.group(2).equals("month") ? amount / 12.0 : amount;
        Matcher level = LEVEL.matcher(text);
        return new RecoveryTime(
                t.contains("suggested") ? Kind.SUGGESTED : Kind.REQUIRED, years, level.find() ? level.group(1) : null);
    }

    /**
     * True when the state requires a length of every certified peer. A length limited to one level of the credential
     * (Indiana: "1 yr. for level II", Corrections PRSS Guide, lines 3040-3054) binds only a peer certifying at that
     * level, so it is told, not required.
     */
    public boolean requiresLength() {
        return kind == Kind.REQUIRED && years != null && level == null;
    }

    /**
     * What the rule asks, for rationales: "requires 2 years in recovery", "requires lived experience, with no length".
     */
    public String describe() {
        return switch (kind) {
            case REQUIRED ->
                "requires " + length(years) + " in recovery"
                        + (level == null ? "" : " for " + level + " only; the row names no length for the other level");
            case SUGGESTED ->
                years == null
                        ? "recommends recovery but does not require it"
                        : "suggests " + length(years) + " in recovery but does not require it";
            case RECOVERY_NO_LENGTH -> "requires recovery, with no length";
            case LIVED_EXPERIENCE -> "requires lived experience, with no length of recovery";
            case NONE_REQUIRED -> "does not require recovery";
            case NOT_STATED -> "states no recovery rule";
        };
    }

    /** A length in words: "2 years", "1 year", "18 months", "1.5 years" where months would not be whole. */
    public static String length(double years) {
        if (years == Math.rint(years)) {
            long whole = Math.round(years);
            return whole + (whole == 1 ? " year" : " years");
        }
        double months = years * 12;
        if (Math.abs(months - Math.rint(months)) < 1e-9) {
            long whole = Math.round(months);
            return whole + (whole == 1 ? " month" : " months");
        }
        return years + " years";
    }
}
