package org.prss.advisor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.prss.advisor.input.Submission;
import org.prss.advisor.web.ServiceWarmUp;

/**
 * The service in its own JVM with -Xmx256m (and exit on out-of-memory, so one cannot pass unseen), under a stated
 * load ({@link ClosedLoopClients}). The service warms itself until steady before it reports ready (its log says how
 * long that took), and the load's own warm-up and CPU share are reported beside the figures.
 */
final class ServiceBench {

    private final Path jar;
    private final int cores;

    ServiceBench(Path jar, int cores) {
        this.jar = jar;
        this.cores = cores;
    }

    Measurement measure(int clients, double seconds, List<Submission> plans) throws Exception {
        int port = 20000 + (int) (ProcessHandle.current().pid() % 20000);
        Path log = Files.createTempFile("bench-service", ".log");
        long launched = System.nanoTime();
        Process server = new ProcessBuilder(
                        Processes.java(),
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + port;
        try {
            awaitReady(http, base, server);
            double ready = (System.nanoTime() - launched) / 1e9;
            String warmUp = Files.readAllLines(log).stream()
                    .filter(l -> l.contains(ServiceWarmUp.LOG_MARK))
                    .map(l -> l.substring(l.indexOf(ServiceWarmUp.LOG_MARK) + ServiceWarmUp.LOG_MARK.length())
                            .strip())
                    .findFirst()
                    .orElse("its warm-up did not report");
            List<byte[]> bodies = plans.stream()
                    .map(s -> s.received().toString().getBytes(StandardCharsets.UTF_8))
                    .toList();
            ClosedLoopClients.LoadRun run = new ClosedLoopClients(
                            http, URI.create(base + "/api/assessments"), bodies, cores)
                    .run(clients, seconds);
            List<Long> sorted = new ArrayList<>(run.latencies());
            Collections.sort(sorted);
            double p50 = sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
            boolean alive = server.isAlive();
            boolean ok = run.errors() == 0 && alive;
            return Measurement.against(
                    "Service: " + clients + " closed-loop clients, " + (int) seconds + " s measured, -Xmx256m, JSON",
                    String.format(
                            Locale.ROOT,
                            "%.0f requests/s, p50 %.0f ms, p99 %.0f ms, %d errors, server %s",
                            sorted.size() / seconds,
                            p50,
                            p99,
                            run.errors(),
                            alive ? "up" : "DOWN"),
                    String.format(
                            Locale.ROOT,
                            "load generator's CPU %.0f%% of %d cores (client %s); service ready in %.1f s (%s)",
                            100 * run.cpuShare(),
                            cores,
                            run.warmUp().describe(),
                            ready,
                            warmUp),
                    "no errors, no out-of-memory (latency is reported with its load)",
                    ok);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    /**
     * Waits for the service to report ready, asking every 200 ms (asking in a tight loop would take a core from the
     * warm-up it waits for), for the service's longest warm-up and a minute to start.
     */
    private static void awaitReady(HttpClient http, String base, Process server) throws Exception {
        long end = System.nanoTime()
                + Duration.ofSeconds(ServiceWarmUp.DEFAULT_CAP_SECONDS + 60).toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .build();
        while (System.nanoTime() < end && server.isAlive()) {
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become ready within "
                + (ServiceWarmUp.DEFAULT_CAP_SECONDS + 60) + " s" + (server.isAlive() ? "" : " (it stopped)"));
    }
}
