package org.prss.advisor.roleeval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.prss.advisor.role.DutyFit;

/** Prints figures side by side, with the targets the role review is held to, and a confusion table for each. */
public final class FiguresReport {

    /** The targets, as issue 31 sets them: no ruled-out duty let through, and a person decides at most 15%. */
    public static final int KEEP_OUT_PASSED = 0;

    public static final double NEEDS_REVIEW = 0.15;
    /** Accuracy on the lines the review decides: at least the two labellers' agreement less this. */
    public static final double BELOW_AGREEMENT = 0.02;

    private FiguresReport() {}

    public static String text(List<Figures> figures, Optional<LabellerAgreement> agreement) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-28s", "Measure"));
        figures.forEach(f -> out.append(String.format(Locale.ROOT, "%-30s", f.name())));
        out.append("Target\n");
        row(out, "Lines", figures.stream().map(f -> String.valueOf(f.lines())).toList(), "");
        row(
                out,
                "Verdict accuracy",
                figures.stream().map(f -> percent(f.accuracy())).toList(),
                "");
        row(
                out,
                "Accuracy on lines decided",
                figures.stream().map(f -> percent(f.decidedAccuracy())).toList(),
                agreement
                        .map(a -> "at least " + percent(a.agreement() - BELOW_AGREEMENT)
                                + " (labellers' agreement less 2 points)")
                        .orElse("labellers' agreement less 2 points (no second labelling)"));
        row(
                out,
                "KEEP_OUT precision",
                figures.stream().map(f -> percent(f.keepOutPrecision())).toList(),
                "");
        row(
                out,
                "KEEP_OUT recall",
                figures.stream().map(f -> percent(f.keepOutRecall())).toList(),
                "");
        row(
                out,
                "KEEP_OUT passed as fitting",
                figures.stream()
                        .map(f -> String.valueOf(f.keepOutPassedAsFitting()))
                        .toList(),
                String.valueOf(KEEP_OUT_PASSED));
        row(
                out,
                "NEEDS_REVIEW rate",
                figures.stream().map(f -> percent(f.needsReview())).toList(),
                "at most " + percent(NEEDS_REVIEW));
        row(
                out,
                "Non-duties listed apart",
                figures.stream().map(f -> percent(f.nonDutyRecall())).toList(),
                "");
        agreement.ifPresent(a -> out.append(String.format(
                Locale.ROOT,
                "%nTwo labellers on %d lines drawn at random (checklists/%s): agreement %s, Cohen's kappa %.2f%n",
                a.lines(),
                SecondLabels.FILE,
                percent(a.agreement()),
                a.kappa())));
        for (Figures f : figures) {
            out.append("\nConfusion, ")
                    .append(f.name())
                    .append(" (rows: the label's verdict; columns: the verdict given)\n");
            out.append(String.format(Locale.ROOT, "%-14s", ""));
            for (DutyFit g : DutyFit.values()) {
                out.append(String.format(Locale.ROOT, "%14s", g));
            }
            out.append('\n');
            for (DutyFit e : DutyFit.values()) {
                if (e == DutyFit.NEEDS_REVIEW) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%-14s", e));
                for (DutyFit g : DutyFit.values()) {
                    out.append(String.format(Locale.ROOT, "%14d", f.count(e, g)));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Whether the figures meet every target; the accuracy target needs the second labelling. */
    public static boolean meetsTargets(Figures f, Optional<LabellerAgreement> agreement) {
        return f.keepOutPassedAsFitting() <= KEEP_OUT_PASSED
                && f.needsReview() <= NEEDS_REVIEW
                && agreement.isPresent()
                && f.decidedAccuracy() >= agreement.get().agreement() - BELOW_AGREEMENT;
    }

    /** The lines that missed their verdict: where, expected, got, the line; under it, the reason given. */
    public static String misses(Figures f) {
        StringBuilder out = new StringBuilder();
        for (Figures.Miss m : f.misses()) {
            out.append(String.format(
                    Locale.ROOT, "%s: %s %s got %s: %s%n", m.where(), m.label(), m.expected(), m.got(), m.text()));
            out.append(String.format(Locale.ROOT, "    because: %s%n", m.reason()));
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
