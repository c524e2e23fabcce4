package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's stopping rule on synthetic series of window rates. */
class SteadyStateTest {

    private final SteadyState rule = SteadyState.BENCH;

    @Test
    void aJitStillCompilingIsNotSteadyUntilTwoWindowsAgreeWithinFivePercent() {
        // the shape the issue describes: 40 per second at first, 200 after 15 s, about 350 after 40 s
        List<Double> series = List.of(40.0, 90.0, 150.0, 200.0, 260.0, 310.0, 340.0, 350.0, 352.0);
        assertEquals(8, rule.windowsToSettle(series), "340 then 350 is the first pair within 5%");
    }

    @Test
    void aChangeOfExactlyFivePercentIsNotSteady() {
        assertFalse(rule.settled(List.of(100.0, 95.0)));
        assertTrue(rule.settled(List.of(100.0, 95.5)));
    }

    @Test
    void aFallIsJudgedLikeARise() {
        assertTrue(rule.settled(List.of(300.0, 290.0)));
        assertFalse(rule.settled(List.of(300.0, 200.0)));
    }

    @Test
    void oneWindowOrNoWorkIsNeverSteady() {
        assertFalse(rule.settled(List.of(500.0)));
        assertFalse(rule.settled(List.of(0.0, 0.0)));
        assertEquals(-1, rule.windowsToSettle(List.of(10.0, 20.0, 40.0, 80.0)));
    }

    @Test
    void aWarmUpThatNeverSettlesStopsAtTheCapAndSaysSo() throws InterruptedException {
        SteadyState quick = new SteadyState(0.05, 0.2, 0.05);
        long start = System.nanoTime();
        // The work done doubles every window by the clock, however often it is read (a count doubled on every read
        // overflowed to a constant -1, which read as steady, when the machine was busy and it was read often).
        SteadyState.Outcome outcome = quick.await(() -> (long) (Math.pow(2, (System.nanoTime() - start) / 5e7) * 1000));
        assertTrue(outcome.capped());
        assertTrue(outcome.seconds() >= 0.2);
        assertTrue(outcome.describe().startsWith("not steady after"), outcome.describe());
    }

    @Test
    void aWarmUpStopsAtTheFirstSteadyPair() throws InterruptedException {
        SteadyState quick = new SteadyState(0.2, 10, 0.05);
        long[] count = {0};
        SteadyState.Outcome outcome = quick.await(() -> count[0] += 1000); // the same work every window
        assertFalse(outcome.capped());
        assertTrue(
                outcome.rates().size() >= 2 && outcome.rates().size() < 200,
                outcome.rates().toString());
        assertTrue(outcome.describe().startsWith("steady after"), outcome.describe());
    }
}
