package org.prss.advisor.bench;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.prss.advisor.input.Submission;
import org.prss.advisor.web.SteadyState;

/** Complete assessments with their workbooks per second on every core, in this process, warmed until steady. */
final class WarmWorkbooks {

    private final BenchSubject subject;

    WarmWorkbooks(BenchSubject subject) {
        this.subject = subject;
    }

    Measurement measure(List<Submission> plans, double seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = load(plans, done, stop);
        SteadyState.Outcome warmUp = SteadyState.BENCH.await(done::get);
        double rate = SteadyState.rateOver(done::get, seconds);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return Measurement.reported(
                "Complete assessments with workbook, warm, " + subject.threads() + " threads",
                String.format(Locale.ROOT, "%.0f per second (%s)", rate, warmUp.describe()),
                "",
                "see the ratio to POI below");
    }

    /** A thread a core assessing the plans in turn and writing each workbook, counting them, until stopped. */
    private ExecutorService load(List<Submission> plans, AtomicLong done, AtomicBoolean stop) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(subject.threads());
        for (int t = 0; t < subject.threads(); t++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    Submission s = plans.get(Math.floorMod(next.getAndIncrement(), plans.size()));
                    subject.assessAndWrite(s, OutputStream.nullOutputStream());
                    done.incrementAndGet();
                }
                return null;
            });
        }
        return pool;
    }
}
