import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A mixed load on the advisor's service on this machine, and the service's resident memory under it. Run by
 * scripts/mixed-load.sh, which starts the service; on its own: {@code java scripts/MixedLoad.java --port P --pid PID
 * [--clients 40] [--seconds 60]} from the repository's folder. It only ever talks to http://127.0.0.1:PORT.
 *
 * <p>Closed-loop clients (each sends its next request when its last one is answered) go round the same mix: every
 * description in samples/ (*.json, *.yaml) to /api/assessments, the test job description as a Word document and as
 * a PDF to /api/roles/check, samples/team/*.yaml as a team upload to /api/team-assessments, a description with a
 * misspelt field and an empty body (both must be 400). An error is a 5xx or no answer (refused, reset, timed out);
 * any other status than the one expected is counted apart. The service's VmRSS and thread count are read from
 * /proc/PID/status every second; the peak is reported with the kernel's own high-water mark (VmHWM).
 */
public class MixedLoad {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** One kind of request in the mix: what it posts, and the status a correct service answers it with. */
    record Kind(String name, String path, String contentType, byte[] body, int expected) {}

    public static void main(String[] args) throws Exception {
        int port = 0;
        long pid = 0;
        int clients = 40;
        int seconds = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--pid" -> pid = Long.parseLong(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (port < 1 || port > 65535 || pid < 1 || clients < 1 || clients > 200 || seconds < 1 || seconds > 600) {
            System.err.println("usage: java scripts/MixedLoad.java --port P --pid PID [--clients 1-200 (40)]"
                    + " [--seconds 1-600 (60)]");
            System.exit(2);
        }
        new MixedLoad("http://127.0.0.1:" + port, pid).run(clients, seconds);
    }

    private final String base;
    private final Path status;
    private final List<Kind> mix;

    MixedLoad(String base, long pid) throws IOException {
        this.base = base;
        this.status = Path.of("/proc", String.valueOf(pid), "status");
        this.mix = mix();
    }

    private static List<Kind> mix() throws IOException {
        List<Kind> kinds = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".yaml")) {
                    String type = name.endsWith(".json") ? "application/json" : "application/yaml";
                    kinds.add(new Kind(name, "/api/assessments", type, Files.readAllBytes(p), 200));
                }
            }
        }
        Path jobs = Path.of("src/test/resources/job-descriptions");
        kinds.add(new Kind("job description .docx", "/api/roles/check", DOCX,
                Files.readAllBytes(jobs.resolve("peer-specialist-job-description.docx")), 200));
        kinds.add(new Kind("job description .pdf", "/api/roles/check", "application/pdf",
                Files.readAllBytes(jobs.resolve("peer-specialist-job-description.pdf")), 200));
        String boundary = "mixed-load-boundary-7f3a";
        ByteArrayOutputStream team = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(Path.of("samples/team"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"respondent\"; filename=\""
                        + p.getFileName() + "\"\r\nContent-Type: application/yaml\r\n\r\n";
                team.writeBytes(head.getBytes(StandardCharsets.UTF_8));
                team.writeBytes(Files.readAllBytes(p));
                team.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        team.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        kinds.add(new Kind("team upload (samples/team)", "/api/team-assessments",
                "multipart/form-data; boundary=" + boundary, team.toByteArray(), 200));
        String planning = Files.readString(Path.of("samples/jail-planning.yaml"));
        if (!planning.contains("averageDailyPopulation:")) {
            throw new IllegalStateException("samples/jail-planning.yaml no longer has averageDailyPopulation");
        }
        kinds.add(new Kind("misspelt field (400)", "/api/assessments", "application/yaml",
                planning.replace("averageDailyPopulation:", "averageDailyPopulaton:")
                        .getBytes(StandardCharsets.UTF_8),
                400));
        kinds.add(new Kind("empty body (400)", "/api/assessments", "application/json", new byte[0], 400));
        return kinds;
    }

    /** What each kind got: answers by status, and failures without an answer. */
    private final Map<String, Map<String, AtomicInteger>> outcomes = new ConcurrentHashMap<>();

    private void count(Kind kind, String outcome) {
        outcomes.computeIfAbsent(kind.name(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, k -> new AtomicInteger())
                .incrementAndGet();
    }

    void run(int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long[] idle = memory();
        System.out.printf(Locale.ROOT, "Service before the load: VmRSS %d MB, %d threads%n", idle[0] / 1024, idle[2]);
        System.out.printf(Locale.ROOT, "Load: %d closed-loop clients for %d s on %s, %d kinds of request in turn%n",
                clients, seconds, base, mix.size());
        AtomicLong peakRss = new AtomicLong(idle[0]);
        AtomicLong peakThreads = new AtomicLong(idle[2]);
        AtomicLong peakAnon = new AtomicLong(idle[3]);
        AtomicLong peakFile = new AtomicLong(idle[4]);
        AtomicBoolean stop = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            long start = System.nanoTime();
            int second = 0;
            while (!stop.get()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                second++;
                long[] m = memory();
                if (m[0] < 0) {
                    System.out.printf(Locale.ROOT, "  %3d s: the service's process is gone%n", second);
                    return;
                }
                peakRss.accumulateAndGet(m[0], Math::max);
                peakThreads.accumulateAndGet(m[2], Math::max);
                peakAnon.accumulateAndGet(m[3], Math::max);
                peakFile.accumulateAndGet(m[4], Math::max);
                if (second % 10 == 0) {
                    System.out.printf(Locale.ROOT, "  %3d s: VmRSS %d MB, %d threads%n",
                            (System.nanoTime() - start) / 1_000_000_000L, m[0] / 1024, m[2]);
                }
            }
        }, "memory-sampler");
        sampler.setDaemon(true);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        sampler.start();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Kind kind = mix.get(Math.floorMod(next.getAndIncrement(), mix.size()));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + kind.path()))
                                .timeout(Duration.ofSeconds(120))
                                .header("Content-Type", kind.contentType())
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(kind.body()))
                                .build();
                        long t0 = System.nanoTime();
                        try {
                            int code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            latencies.add(System.nanoTime() - t0);
                            count(kind, String.valueOf(code));
                            if (code >= 500) {
                                errors.incrementAndGet();
                            } else if (code != kind.expected()) {
                                unexpected.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            count(kind, "no answer (" + e.getClass().getSimpleName() + ")");
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            client.setDaemon(true);
            client.start();
        }
        done.await();
        double wall = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        sampler.interrupt();
        long[] after = memory();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.println("By kind (status: count):");
        for (Kind kind : mix) {
            Map<String, Integer> got = new TreeMap<>();
            outcomes.getOrDefault(kind.name(), Map.of()).forEach((k, v) -> got.put(k, v.get()));
            System.out.printf(Locale.ROOT, "  %-34s %s%n", kind.name(), got);
        }
        System.out.printf(Locale.ROOT, "Answers: %d in %.1f s (%.1f a second); errors (5xx or no answer): %d;"
                        + " other unexpected statuses: %d%n",
                sorted.size(), wall, sorted.size() / wall, errors.get(), unexpected.get());
        if (!sorted.isEmpty()) {
            System.out.printf(Locale.ROOT, "Latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        }
        if (after[0] < 0) {
            System.out.println("Service: DOWN (its process ended during the load)");
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "Service: up; resident peak (sampled each second) %d MB, VmHWM %d MB,"
                        + " VmRSS after %d MB; threads peak %d%n",
                peakRss.get() / 1024, after[1] / 1024, after[0] / 1024, peakThreads.get());
        System.out.printf(Locale.ROOT, "  of which anonymous (heap, metaspace, code, malloc, stacks) peak %d MB,"
                        + " file-backed (class archives, libraries) peak %d MB%n",
                peakAnon.get() / 1024, peakFile.get() / 1024);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * p) - 1)) / 1e6;
    }

    /**
     * VmRSS, VmHWM, the thread count, RssAnon (heap, metaspace, code, malloc, stacks) and RssFile (the jar's class
     * archive, libraries) of the service, in kB, or -1s when its process is gone.
     */
    private long[] memory() {
        long[] m = {-1, -1, -1, -1, -1};
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    m[0] = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    m[1] = kilobytes(line);
                } else if (line.startsWith("RssAnon:")) {
                    m[3] = kilobytes(line);
                } else if (line.startsWith("RssFile:")) {
                    m[4] = kilobytes(line);
                } else if (line.startsWith("Threads:")) {
                    m[2] = Long.parseLong(line.substring("Threads:".length()).strip());
                }
            }
        } catch (IOException e) {
            return new long[] {-1, -1, -1, -1, -1};
        }
        return m;
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
