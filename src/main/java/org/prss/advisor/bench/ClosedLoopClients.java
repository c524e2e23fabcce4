package org.prss.advisor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.prss.advisor.web.SteadyState;

/**
 * The service's load generator: closed-loop clients, each posting the next body as JSON as soon as its last answer
 * came. It is a JIT-compiled client on the same cores as the service, so it runs until its own rate is steady before
 * the measured seconds, and it reports its CPU share (its threads' and the HTTP client's CPU time over wall time and
 * cores): what it takes from the service. Errors while it warms still count.
 */
final class ClosedLoopClients {

    /**
     * The latency of every measured request, how many requests failed (not 200, or no answer), how the client's
     * warm-up ended, and the generator's CPU share while measured.
     */
    record LoadRun(List<Long> latencies, int errors, SteadyState.Outcome warmUp, double cpuShare) {}

    private final HttpClient http;
    private final URI target;
    private final List<byte[]> bodies;
    private final int cores;

    ClosedLoopClients(HttpClient http, URI target, List<byte[]> bodies, int cores) {
        this.http = http;
        this.target = target;
        this.bodies = bodies;
        this.cores = cores;
    }

    LoadRun run(int clients, double seconds) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpuAtStart = new ConcurrentHashMap<>();
        Map<Long, Long> cpuAtEnd = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                long id = Thread.currentThread().getId();
                while (!stop.get()) {
                    if (measuring.get()) {
                        cpuAtStart.putIfAbsent(id, cpu.getCurrentThreadCpuTime());
                    }
                    byte[] body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
                    long t0 = System.nanoTime();
                    if (!post(body)) {
                        errors.incrementAndGet();
                    }
                    if (measuring.get() && cpuAtStart.containsKey(id)) {
                        latencies.add(System.nanoTime() - t0);
                    }
                    done.incrementAndGet();
                }
                cpuAtEnd.put(id, cpu.getCurrentThreadCpuTime());
                return null;
            });
        }
        SteadyState.Outcome warmUp = SteadyState.BENCH.await(done::get);
        Map<Long, Long> httpBefore = httpClientCpu(cpu);
        long start = System.nanoTime();
        measuring.set(true);
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        Map<Long, Long> httpAfter = httpClientCpu(cpu);
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long cpuNanos = 0;
        for (Map.Entry<Long, Long> e : cpuAtEnd.entrySet()) {
            cpuNanos += e.getValue() - cpuAtStart.getOrDefault(e.getKey(), e.getValue());
        }
        for (Map.Entry<Long, Long> e : httpAfter.entrySet()) {
            cpuNanos += e.getValue() - httpBefore.getOrDefault(e.getKey(), 0L);
        }
        double share = cpuNanos / 1e9 / wall / cores;
        return new LoadRun(new ArrayList<>(latencies), errors.get(), warmUp, share);
    }

    /** Whether the service answered the post with 200. */
    private boolean post(byte[] body) {
        try {
            HttpResponse<Void> r = http.send(
                    HttpRequest.newBuilder(target)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** CPU nanoseconds so far of the HTTP client's own threads (its selector and its executor). */
    private static Map<Long, Long> httpClientCpu(ThreadMXBean cpu) {
        Map<Long, Long> times = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("HttpClient")) {
                times.put(t.getId(), cpu.getThreadCpuTime(t.getId()));
            }
        }
        return times;
    }
}
