package org.prss.advisor.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.prss.advisor.input.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets only a few requests read, assess and render at once, and the rest wait their turn in arrival order. Work
 * that only needs the CPU gains nothing from running fifty at once on two cores: each takes fifty times as long,
 * the heap holds fifty sessions, and the unlucky ones come last. Queued in order, every request waits about as
 * long as the others, and the service answers more of them per second. Reading a request body (network time) is
 * done before a request takes its turn.
 */
@Component
class WorkSlots {

    private final Semaphore slots;

    /** {@code configured} slots, or one per core when it is 0. */
    WorkSlots(@Value("${advisor.service.concurrent-assessments:0}") int configured) {
        if (configured < 0) {
            throw new IllegalArgumentException("advisor.service.concurrent-assessments must be at least 1, or 0 for one"
                    + " per core; it is " + configured);
        }
        int slots = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        this.slots = new Semaphore(slots, true);
    }

    /** CPU-heavy work a request does: parse, assess, render; E is whatever else it may throw. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws IOException, InvalidInputException, E;
    }

    <T, E extends Exception> T run(Work<T, E> work) throws IOException, InvalidInputException, E {
        slots.acquireUninterruptibly();
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }
}
