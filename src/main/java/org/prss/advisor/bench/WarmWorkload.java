package org.prss.advisor.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Role;
import org.prss.advisor.web.SteadyState;

/**
 * The rule-evaluation workload the bench runs in a JVM of its own, through this build's jar or a previous release's:
 * every plan file in a folder, assessed without a workbook on the given threads. It calls only what every release
 * has had ({@code Advisor.packaged()}, {@code reader().read(Path)}, {@code assess}), so the bench runs this very class
 * against an older jar.
 *
 * <ul>
 *   <li>{@code paired DIR THREADS}: prints {@code ready}, then takes one command a line on standard input and answers
 *       each with one line of {@code key=value} figures: {@code warm} loads it until steady ({@link
 *       SteadyState#BENCH}) and {@code SECONDS} measures a window of that length. Between commands no work runs, so
 *       the bench can alternate short windows of two such JVMs and compare them at nearly the same moment;
 *   <li>{@code batch DIR THREADS COUNT}: assesses COUNT plans (the folder's, in turn) once, from a cold start;
 *   <li>{@code role FILE ROUNDS}: reviews the duty lines of a text file (one a line) as a role, ROUNDS times with new
 *       wording each time (nothing cached), and prints the median milliseconds a line.
 * </ul>
 */
public final class WarmWorkload {

    /** The bench's date ({@link BenchSubject#AS_OF}), copied: this class runs against an older jar on its own. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    /** Role reviews run before the timed ones, so that the JIT has compiled the reader (the time drops for ~15). */
    private static final int WARM_UP_ROUNDS = 20;

    private WarmWorkload() {}

    public static void main(String[] args) throws Exception {
        Advisor advisor = Advisor.packaged();
        if (args[0].equals("role")) {
            System.out.printf(
                    Locale.ROOT, "msPerLine=%.2f%n", msPerLine(advisor, Path.of(args[1]), Integer.parseInt(args[2])));
            return;
        }
        List<Submission> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            for (Path file : files.sorted().toList()) {
                plans.add(advisor.reader().read(file));
            }
        }
        int threads = Integer.parseInt(args[2]);
        if (args[0].equals("batch")) {
            int count = Integer.parseInt(args[3]);
            long start = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        advisor.assess(plans.get(i % plans.size()), AS_OF);
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
            System.out.printf(Locale.ROOT, "seconds=%.3f%n", (System.nanoTime() - start) / 1e9);
            return;
        }
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
            Load load = Load.start(advisor, plans, threads);
            if (command.equals("warm")) {
                SteadyState.Outcome warmUp = SteadyState.BENCH.await(load.done::get);
                load.stop();
                System.out.printf(
                        Locale.ROOT,
                        "steady=%.1f capped=%b first=%.1f%n",
                        warmUp.seconds(),
                        warmUp.capped(),
                        warmUp.rates().get(0));
            } else {
                double rate = SteadyState.rateOver(load.done::get, Double.parseDouble(command));
                load.stop();
                System.out.printf(Locale.ROOT, "rate=%.1f%n", rate);
            }
        }
    }

    /** The median time a role review takes per line, new wording each round; the first 20 rounds warm up. */
    private static double msPerLine(Advisor advisor, Path file, int rounds) throws Exception {
        List<String> lines = Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.startsWith("- ") ? l.substring(2) : l)
                .toList();
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < rounds + WARM_UP_ROUNDS; round++) {
            int r = round;
            Role role = new Role(
                    List.of(), lines.stream().map(l -> l + " (round " + r + ")").toList(), List.of());
            long start = System.nanoTime();
            advisor.reviewRole(
                    new Submission("bench", null, new ProgramDescription(null, null, null, role, null)), AS_OF);
            if (round >= WARM_UP_ROUNDS) {
                times.add((System.nanoTime() - start) / 1e6 / lines.size());
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /** Threads assessing the plans in turn until stopped, counting the assessments they finish. */
    private record Load(ExecutorService pool, AtomicBoolean stopped, AtomicLong done) {

        static Load start(Advisor advisor, List<Submission> plans, int threads) {
            Load load = new Load(Executors.newFixedThreadPool(threads), new AtomicBoolean(), new AtomicLong());
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < threads; t++) {
                load.pool.submit(() -> {
                    while (!load.stopped.get()) {
                        advisor.assess(plans.get(Math.floorMod(next.getAndIncrement(), plans.size())), AS_OF);
                        load.done.incrementAndGet();
                    }
                    return null;
                });
            }
            return load;
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
