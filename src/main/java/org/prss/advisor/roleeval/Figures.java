package org.prss.advisor.roleeval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.knowledge.CorpusVerdict;
import org.prss.advisor.role.DutyFit;

/**
 * How one way of reading duties did on labelled lines: each line's expected verdict against the verdict it got.
 *
 * @param misses the lines that did not get their verdict, in corpus order
 */
public record Figures(String name, Map<CorpusVerdict, Map<DutyFit, Integer>> confusion, List<Miss> misses) {

    /** A line that got another verdict than its label's. */
    public record Miss(String text, String where, String label, CorpusVerdict expected, DutyFit got, String reason) {}

    public Figures {
        Map<CorpusVerdict, Map<DutyFit, Integer>> copy = new EnumMap<>(CorpusVerdict.class);
        confusion.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        confusion = copy;
        misses = List.copyOf(misses);
    }

    public int count(CorpusVerdict expected, DutyFit got) {
        return confusion.getOrDefault(expected, Map.of()).getOrDefault(got, 0);
    }

    public int lines() {
        int n = 0;
        for (CorpusVerdict e : CorpusVerdict.values()) {
            for (DutyFit g : DutyFit.values()) {
                n += count(e, g);
            }
        }
        return n;
    }

    private int got(DutyFit fit) {
        int n = 0;
        for (CorpusVerdict e : CorpusVerdict.values()) {
            n += count(e, fit);
        }
        return n;
    }

    private int expected(CorpusVerdict verdict) {
        int n = 0;
        for (DutyFit g : DutyFit.values()) {
            n += count(verdict, g);
        }
        return n;
    }

    /** Lines that got exactly their verdict, over all lines (NEEDS_REVIEW counts as not right). */
    public double accuracy() {
        int right = 0;
        for (CorpusVerdict e : CorpusVerdict.values()) {
            right += count(e, DutyFit.valueOf(e.name()));
        }
        return ratio(right, lines());
    }

    /** Of the lines given KEEP_OUT, those labelled KEEP_OUT. */
    public double keepOutPrecision() {
        return ratio(count(CorpusVerdict.KEEP_OUT, DutyFit.KEEP_OUT), got(DutyFit.KEEP_OUT));
    }

    /** Of the lines labelled KEEP_OUT, those given KEEP_OUT. */
    public double keepOutRecall() {
        return ratio(count(CorpusVerdict.KEEP_OUT, DutyFit.KEEP_OUT), expected(CorpusVerdict.KEEP_OUT));
    }

    /** Of the lines labelled KEEP_OUT, those given FITS_ROLE: a ruled-out duty passing as fitting. */
    public int keepOutPassedAsFitting() {
        return count(CorpusVerdict.KEEP_OUT, DutyFit.FITS_ROLE);
    }

    /** Lines left for a person to judge, over all lines. */
    public double needsReview() {
        return ratio(got(DutyFit.NEEDS_REVIEW), lines());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
