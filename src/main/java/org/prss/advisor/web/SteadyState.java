package org.prss.advisor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Warm-up until steady, not for a fixed time: throughput is counted over windows of a fixed length, and the load is
 * steady once two consecutive windows differ by less than the tolerance (relative to the larger), or the cap is
 * reached, which is then reported. How long a JIT takes to settle depends on the machine, so no fixed warm-up fits all.
 * The service's warm-up ({@link ServiceWarmUp}) and the bench's warm figures use the same rule.
 */
public record SteadyState(double windowSeconds, double capSeconds, double tolerance) {

    /**
     * The bench's rule, which the service's warm-up shares: windows of 2 s, steady when two in a row differ by under
     * 5%, at most 120 s.
     */
    public static final SteadyState BENCH = new SteadyState(2, 120, 0.05);

    /** How a warm-up ended: the rate in each window, the seconds it took, and whether the cap stopped it. */
    public record Outcome(List<Double> rates, double seconds, boolean capped) {

        public String describe() {
            return capped
                    ? String.format(java.util.Locale.ROOT, "not steady after %.0f s (cap)", seconds)
                    : String.format(java.util.Locale.ROOT, "steady after %.0f s", seconds);
        }
    }

    /** Whether the last two of these window rates differ by less than the tolerance. */
    public boolean settled(List<Double> rates) {
        if (rates.size() < 2) {
            return false;
        }
        double a = rates.get(rates.size() - 2);
        double b = rates.get(rates.size() - 1);
        double larger = Math.max(a, b);
        return larger > 0 && Math.abs(a - b) / larger < tolerance;
    }

    /** The number of windows a series needs to settle, or -1 when it never does (for a series already measured). */
    public int windowsToSettle(List<Double> series) {
        for (int n = 2; n <= series.size(); n++) {
            if (settled(series.subList(0, n))) {
                return n;
            }
        }
        return -1;
    }

    /**
     * Waits window by window while work runs elsewhere, reading a running count of completed events, until the rate
     * settles or the cap is reached.
     */
    public Outcome await(LongSupplier completed) throws InterruptedException {
        List<Double> rates = new ArrayList<>();
        long start = System.nanoTime();
        long windowNanos = (long) (windowSeconds * 1e9);
        long before = completed.getAsLong();
        long windowStart = start;
        while (true) {
            Thread.sleep(Math.max(1, (windowStart + windowNanos - System.nanoTime()) / 1_000_000));
            long now = System.nanoTime();
            long count = completed.getAsLong();
            rates.add((count - before) / ((now - windowStart) / 1e9));
            before = count;
            windowStart = now;
            double elapsed = (now - start) / 1e9;
            if (settled(rates)) {
                return new Outcome(List.copyOf(rates), elapsed, false);
            }
            if (elapsed >= capSeconds) {
                return new Outcome(List.copyOf(rates), elapsed, true);
            }
        }
    }

    /** Events per second over the next {@code seconds}, reading the same running count (once steady). */
    public static double rateOver(LongSupplier completed, double seconds) throws InterruptedException {
        long before = completed.getAsLong();
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        return (completed.getAsLong() - before) / ((System.nanoTime() - start) / 1e9);
    }
}
