package org.prss.advisor.bench;

import java.util.List;
import java.util.Locale;

/** The bench's report: the figures as a table, each beside its floor or baseline, the ratio to it, and its target. */
public final class BenchTable {

    private static final String AGAINST = "Floor or baseline, same run: ratio";

    private BenchTable() {}

    /** The table, a line a figure under a heading, its columns as wide as their longest cell. */
    public static String of(List<Measurement> figures) {
        int w = figures.stream().mapToInt(m -> m.what().length()).max().orElse(10);
        int r = figures.stream().mapToInt(m -> m.result().length()).max().orElse(10);
        int a = Math.max(
                AGAINST.length(),
                figures.stream().mapToInt(m -> m.against().length()).max().orElse(10));
        String line = "%-" + w + "s  %-" + r + "s  %-" + a + "s  %s%n";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, line, "Measure", "Result", AGAINST, "Target"));
        for (Measurement m : figures) {
            s.append(String.format(Locale.ROOT, line, m.what(), m.result(), m.against(), m.verdict()));
        }
        return s.toString();
    }
}
