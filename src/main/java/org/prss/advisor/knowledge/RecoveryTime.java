package org.prss.advisor.knowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state's time-in-recovery requirement, read from the state table's words: "2 years", "6 months",
 * "18 months suggested", "lived experience required", "none required", "N/A".
 *
 * @param years the least time in recovery the state asks for, in years: 0 where it asks only for lived experience
 *              or for none; null where the table does not say
 */
public record RecoveryTime(Kind kind, Double years) {

    /** What kind of requirement the state has. */
    public enum Kind { REQUIRED, SUGGESTED, LIVED_EXPERIENCE_ONLY, NONE_REQUIRED, NOT_STATED }

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(year|yr|month)s?");

    public static RecoveryTime parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("none")) {
            return new RecoveryTime(Kind.NONE_REQUIRED, 0.0);
        }
        if (t.startsWith("lived experience")) {
            return new RecoveryTime(Kind.LIVED_EXPERIENCE_ONLY, 0.0);
        }
        Matcher m = AMOUNT.matcher(t);
        if (!m.find()) {
            return new RecoveryTime(Kind.NOT_STATED, null);
        }
        double amount = Double.parseDouble(m.group(1));
        double years = m.group(2).equals("month") ? amount / 12.0 : amount;
        return new RecoveryTime(t.contains("suggested") ? Kind.SUGGESTED : Kind.REQUIRED, years);
    }
}
