package org.prss.advisor.roleeval;

import java.util.List;
import java.util.Locale;
import org.prss.advisor.knowledge.CorpusVerdict;
import org.prss.advisor.role.DutyFit;

/** Prints figures side by side, with the targets the role review is held to, and a confusion table for each. */
public final class FiguresReport {

    /** The targets, as issue 17 sets them. */
    public static final double ACCURACY = 0.95;

    public static final double KEEP_OUT_RECALL = 0.98;
    public static final double NEEDS_REVIEW = 0.05;

    private FiguresReport() {}

    public static String text(List<Figures> figures) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-28s", "Measure"));
        figures.forEach(f -> out.append(String.format(Locale.ROOT, "%-30s", f.name())));
        out.append("Target\n");
        row(out, "Lines", figures.stream().map(f -> String.valueOf(f.lines())).toList(), "");
        row(
                out,
                "Verdict accuracy",
                figures.stream().map(f -> percent(f.accuracy())).toList(),
                "at least " + percent(ACCURACY));
        row(
                out,
                "KEEP_OUT precision",
                figures.stream().map(f -> percent(f.keepOutPrecision())).toList(),
                "");
        row(
                out,
                "KEEP_OUT recall",
                figures.stream().map(f -> percent(f.keepOutRecall())).toList(),
                "at least " + percent(KEEP_OUT_RECALL));
        row(
                out,
                "KEEP_OUT passed as fitting",
                figures.stream()
                        .map(f -> String.valueOf(f.keepOutPassedAsFitting()))
                        .toList(),
                "");
        row(
                out,
                "NEEDS_REVIEW rate",
                figures.stream().map(f -> percent(f.needsReview())).toList(),
                "at most " + percent(NEEDS_REVIEW));
        for (Figures f : figures) {
            out.append("\nConfusion, ")
                    .append(f.name())
                    .append(" (rows: the label's verdict; columns: the verdict given)\n");
            out.append(String.format(Locale.ROOT, "%-14s", ""));
            for (DutyFit g : DutyFit.values()) {
                out.append(String.format(Locale.ROOT, "%14s", g));
            }
            out.append('\n');
            for (CorpusVerdict e : CorpusVerdict.values()) {
                out.append(String.format(Locale.ROOT, "%-14s", e));
                for (DutyFit g : DutyFit.values()) {
                    out.append(String.format(Locale.ROOT, "%14d", f.count(e, g)));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Whether the figures meet every target. */
    public static boolean meetsTargets(Figures f) {
        return f.accuracy() >= ACCURACY && f.keepOutRecall() >= KEEP_OUT_RECALL && f.needsReview() <= NEEDS_REVIEW;
    }

    /** The lines that missed their verdict, one a line: where, expected, got, the line. */
    public static String misses(Figures f) {
        StringBuilder out = new StringBuilder();
        for (Figures.Miss m : f.misses()) {
            out.append(String.format(
                    Locale.ROOT, "%s: %s %s got %s: %s%n", m.where(), m.label(), m.expected(), m.got(), m.text()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, List<String> values, String target) {
        out.append(String.format(Locale.ROOT, "%-28s", name));
        values.forEach(v -> out.append(String.format(Locale.ROOT, "%-30s", v)));
        out.append(target).append('\n');
    }

    private static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
