package org.prss.advisor.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.prss.advisor.input.DescriptionGenerator;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Posts generated descriptions to the service's own API for a while after it starts and before it reports ready.
 * A fresh JVM answers its first few thousand assessments several times slower than a warm one while the JIT
 * compiles the rule engine, the JSON writer and the web stack; without this, the first users after a deploy are the
 * ones who wait. It goes through HTTP, with as many connections as a busy service sees, because that is what was
 * measured to work: warming the engine alone before the web stack started helped little, and eight connections
 * left the first seconds of real load still slow. It runs until the rate of answered requests is steady (two
 * consecutive 2-second windows within 5%, the bench's rule, {@link SteadyState#BENCH}) rather than for a fixed time,
 * which is too short on a slower machine and wasted on a faster one; the budget caps it, and the log says which ended
 * it and when. Readiness ({@code /actuator/health/readiness}) stays down until it is done; liveness is up throughout.
 */
public final class ServiceWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    /** Starts the log line that reports how the warm-up ended (the bench reads it). */
    public static final String LOG_MARK = "service warm-up:";

    /** How long the warm-up runs at most unless told otherwise (serve --warm-up). */
    public static final int DEFAULT_CAP_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(ServiceWarmUp.class.getName());
    /** Concurrent connections: the load the service is held to (50 clients at once). */
    private static final int CLIENTS = 50;

    private static final int WORKBOOK_EVERY = 20;

    private final KnowledgeBase knowledge;
    private final Duration budget;

    ServiceWarmUp(KnowledgeBase knowledge, Duration budget) {
        this.knowledge = knowledge;
        this.budget = budget;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        URI assessments = URI.create("http://localhost:" + port + "/api/assessments?asOf=2026-01-01");
        SteadyState rule = new SteadyState(
                SteadyState.BENCH.windowSeconds(), budget.toMillis() / 1000.0, SteadyState.BENCH.tolerance());
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                DescriptionGenerator generator = new DescriptionGenerator(knowledge, c);
                runs.add(clients.submit(() -> post(http, assessments, generator, done, stop)));
            }
            SteadyState.Outcome outcome = rule.await(done::get);
            stop.set(true);
            for (Future<Void> run : runs) {
                run.get();
            }
            LOG.info(LOG_MARK + " " + outcome.describe() + ", " + done.get() + " assessments");
        } catch (ExecutionException e) {
            // The service itself is sound (it started); a failed warm-up only means slower first requests.
            LOG.warning("the warm-up stopped early: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.shutdownNow();
        }
    }

    private static Void post(
            HttpClient http, URI assessments, DescriptionGenerator generator, AtomicLong done, AtomicBoolean stop)
            throws IOException, InterruptedException {
        long mine = 0;
        while (!stop.get()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(assessments)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(generator.next().toString(), StandardCharsets.UTF_8));
            if (++mine % WORKBOOK_EVERY == 0) {
                request.header("Accept", Responses.XLSX);
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IOException("a generated description was answered with HTTP " + response.statusCode());
            }
            done.incrementAndGet();
        }
        return null;
    }
}
