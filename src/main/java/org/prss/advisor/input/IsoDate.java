package org.prss.advisor.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem with a date given as an option or a query parameter ({@code --as-of}, {@code ?asOf=}), which the
 * advisor takes as YYYY-MM-DD only: worded the same on the command line, in the web API and in scenario files, with
 * the date the value may have meant written the right way.
 */
public final class IsoDate {

    /** A date as people write it by hand: 12/06/2026, 6.12.2026, 12-06-2026. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    /** The example when the value suggests none. */
    private static final String EXAMPLE = "2026-11-23";

    private IsoDate() {}

    /** "'12/06/2026' is not a date (write it as YYYY-MM-DD, e.g. 2026-12-06)". */
    public static InputProblem problem(String where, String given) {
        return new InputProblem(
                where, "'" + given + "' is not a date", "write it as YYYY-MM-DD, e.g. " + example(given));
    }

    /**
     * The given date written as YYYY-MM-DD, read month first as in the United States, where the advisor's users
     * write dates so, or day first when it cannot be month first; a fixed example when it is neither.
     */
    private static String example(String given) {
        Matcher m = NUMERIC.matcher(given.strip());
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            for (int[] monthDay : new int[][] {{first, second}, {second, first}}) {
                try {
                    return LocalDate.of(year, monthDay[0], monthDay[1]).toString();
                } catch (DateTimeException e) {
                    // not a date read this way; try the other
                }
            }
        }
        return EXAMPLE;
    }
}
