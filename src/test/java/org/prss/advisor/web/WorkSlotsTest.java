package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkSlotsTest {

    @Test
    void noMoreThanTheConfiguredNumberRunAtOnceAndEveryRequestIsServed() throws Exception {
        WorkSlots slots = new WorkSlots(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                calls.add(pool.submit(() -> slots.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(20);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(i, calls.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, most.get());
    }

    @Test
    void aFailedRequestGivesItsSlotBack() throws Exception {
        WorkSlots slots = new WorkSlots(1);
        assertThrows(
                IOException.class,
                () -> slots.run(() -> {
                    throw new IOException("broken");
                }));
        assertEquals("next", assertTimeoutPreemptively(Duration.ofSeconds(5), () -> slots.run(() -> "next")));
    }

    @Test
    void aNegativeSlotCountIsRefusedByItsPropertyName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WorkSlots(-2));
        assertEquals(
                "advisor.service.concurrent-assessments must be at least 1, or 0 for one per core; it is -2",
                e.getMessage());
    }
}
