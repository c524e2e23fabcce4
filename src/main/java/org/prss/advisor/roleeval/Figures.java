package org.prss.advisor.roleeval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.role.DutyFit;

/**
 * How one way of reading duties did on labelled lines: each line's expected verdict against the verdict it got. A
 * line the corpus lists as not a duty is expected to be NOT_A_DUTY.
 *
 * @param misses the lines that did not get their verdict, in corpus order
 */
public record Figures(String name, Map<DutyFit, Map<DutyFit, Integer>> confusion, List<Miss> misses) {

    /** A line that got another verdict than its label's. */
    public record Miss(String text, String where, String label, DutyFit expected, DutyFit got, String reason) {}

    public Figures {
        Map<DutyFit, Map<DutyFit, Integer>> copy = new EnumMap<>(DutyFit.class);
        confusion.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        confusion = copy;
        misses = List.copyOf(misses);
    }

    public int count(DutyFit expected, DutyFit got) {
        return confusion.getOrDefault(expected, Map.of()).getOrDefault(got, 0);
    }

    public int lines() {
        int n = 0;
        for (DutyFit e : DutyFit.values()) {
            n += expected(e);
        }
        return n;
    }

    private int got(DutyFit fit) {
        int n = 0;
        for (DutyFit e : DutyFit.values()) {
            n += count(e, fit);
        }
        return n;
    }

    int expected(DutyFit verdict) {
        int n = 0;
        for (DutyFit g : DutyFit.values()) {
            n += count(verdict, g);
        }
        return n;
    }

    private int right() {
        int right = 0;
        for (DutyFit e : DutyFit.values()) {
            right += count(e, e);
        }
        return right;
    }

    /** Lines that got exactly their verdict, over all lines (NEEDS_REVIEW counts as not right). */
    public double accuracy() {
        return ratio(right(), lines());
    }

    /** Lines that got exactly their verdict, over the lines the review decided (all but NEEDS_REVIEW). */
    public double decidedAccuracy() {
        return ratio(right(), lines() - got(DutyFit.NEEDS_REVIEW));
    }

    /** Of the lines given KEEP_OUT, those labelled KEEP_OUT. */
    public double keepOutPrecision() {
        return ratio(count(DutyFit.KEEP_OUT, DutyFit.KEEP_OUT), got(DutyFit.KEEP_OUT));
    }

    /** Of the lines labelled KEEP_OUT, those given KEEP_OUT. */
    public double keepOutRecall() {
        return ratio(count(DutyFit.KEEP_OUT, DutyFit.KEEP_OUT), expected(DutyFit.KEEP_OUT));
    }

    /** Of the lines labelled KEEP_OUT, those given FITS_ROLE: a ruled-out duty passing as fitting. */
    public int keepOutPassedAsFitting() {
        return count(DutyFit.KEEP_OUT, DutyFit.FITS_ROLE);
    }

    /** Lines left for a person to judge, over all lines. */
    public double needsReview() {
        return ratio(got(DutyFit.NEEDS_REVIEW), lines());
    }

    /** Of the lines listed as not duties, those recognised as such. */
    public double nonDutyRecall() {
        return ratio(count(DutyFit.NOT_A_DUTY, DutyFit.NOT_A_DUTY), expected(DutyFit.NOT_A_DUTY));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
