package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.springframework.context.ConfigurableApplicationContext;

/** A warming service is alive but not ready; once start returns it is ready and answers. */
class ServiceWarmUpTest {

    @Test
    void readinessStaysDownWhileTheServiceWarmsUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://localhost:" + port;
        AtomicBoolean started = new AtomicBoolean();
        List<String> seen = new ArrayList<>();
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            while (!started.get()) {
                try {
                    int readiness = http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    int liveness = http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    synchronized (seen) {
                        seen.add(readiness + "/" + liveness);
                    }
                    Thread.sleep(50);
                } catch (java.io.IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext service =
                AdvisorApplication.start(TestAdvisor.get(), port, Duration.ofSeconds(2))) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            started.set(true);
            watcher.join();
            assertTrue(seconds >= 2, "start returns after the warm-up, not before: " + seconds);
            synchronized (seen) {
                assertTrue(seen.contains("503/200"), "not ready but alive while warming: " + seen);
            }
            assertEquals(
                    200,
                    http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode());
        }
    }
}
