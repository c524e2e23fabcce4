package org.prss.advisor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated readings of one measure (seconds, milliseconds, a rate or a ratio), read as a median and a range. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The middle reading (the upper of the two middle ones when there is an even number). */
    double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    double min() {
        return Collections.min(values);
    }

    double max() {
        return Collections.max(values);
    }
}
