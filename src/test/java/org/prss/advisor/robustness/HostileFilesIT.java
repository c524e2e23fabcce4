package org.prss.advisor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.robustness.HostileFiles.Package;

/**
 * Hostile files against the packaged jar in a 256 MB heap, by the command line and by the service: a zip bomb named
 * .xlsx and one named .docx (each both the thousandfold kind and a denser kind that passes an inflation-ratio check),
 * a PDF of 10,000 pages, YAML nested 10,000 deep and a 50 MB JSON file. Each is refused with a one-line message naming
 * the file (exit 2, or a 4xx problem) in bounded time, and the service stays up and keeps answering. The time and the
 * peak resident memory of each refusal are printed, for the README.
 */
class HostileFilesIT {

    private static final String HEAP = "-Xmx256m";
    /** Far above any refusal seen here (a few seconds), far below a hang. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    /** A hostile file, the command (and endpoint) that reads it, and the words its refusal must hold. */
    private record Hostile(Path file, String command, String endpoint, String mediaType, String says) {}

    private static List<Hostile> hostile;

    @BeforeAll
    static void makeTheFiles() throws IOException {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        hostile = List.of(
                new Hostile(
                        HostileFiles.zipBomb(dir.resolve("bomb.xlsx"), Package.XLSX, 1024, false),
                        "assess",
                        "api/assessments",
                        xlsx,
                        "zip bomb"),
                new Hostile(
                        HostileFiles.zipBomb(dir.resolve("dense.xlsx"), Package.XLSX, 150, true),
                        "assess",
                        "api/assessments",
                        xlsx,
                        "zip bomb"),
                new Hostile(
                        HostileFiles.zipBomb(dir.resolve("bomb.docx"), Package.DOCX, 1024, false),
                        "role",
                        "api/roles/check",
                        docx,
                        "zip bomb"),
                new Hostile(
                        HostileFiles.zipBomb(dir.resolve("dense.docx"), Package.DOCX, 150, true),
                        "role",
                        "api/roles/check",
                        docx,
                        "zip bomb"),
                new Hostile(
                        HostileFiles.manyPages(dir.resolve("pages.pdf"), 10_000),
                        "role",
                        "api/roles/check",
                        "application/pdf",
                        "pages"),
                new Hostile(
                        HostileFiles.deepYaml(dir.resolve("deep.yaml"), 10_000),
                        "assess",
                        "api/assessments",
                        "application/yaml",
                        "nested more than 32 levels"),
                new Hostile(
                        HostileFiles.largeJson(dir.resolve("large.json"), 50),
                        "assess",
                        "api/assessments",
                        "application/json",
                        "larger than"));
    }

    @Test
    void theCommandLineRefusesEachInBoundedTimeAndMemory() throws Exception {
        for (Hostile h : hostile) {
            Path cwd = Files.createDirectories(dir.resolve("cli-" + h.file().getFileName()));
            Process process = new ProcessBuilder(java(h.command(), h.file().toString()))
                    .directory(cwd.toFile())
                    .redirectOutput(cwd.resolve("stdout").toFile())
                    .redirectError(cwd.resolve("stderr").toFile())
                    .start();
            long start = System.nanoTime();
            long peak = 0;
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, residentPeakKb(process.pid()));
                assertTrue(System.nanoTime() - start < BOUND.toNanos(), h.file() + " took longer than " + BOUND);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String err = Files.readString(cwd.resolve("stderr"), StandardCharsets.UTF_8);
            assertEquals(2, process.exitValue(), h.file() + ": " + err);
            assertTrue(err.startsWith(h.file() + ": (file): ") && err.contains(h.says()), err);
            assertEquals(1, err.strip().lines().count(), "one line, no stack trace: " + err);
            try (var written = Files.list(cwd)) {
                assertEquals(2, written.count(), "nothing written beside the two captured streams");
            }
            System.out.printf(
                    Locale.ROOT,
                    "hostile %s (%.1f MB) by %s: exit 2 in %.1f s, peak resident %d MB: %s%n",
                    h.file().getFileName(),
                    Files.size(h.file()) / 1048576.0,
                    h.command(),
                    seconds,
                    peak / 1024,
                    err.strip());
        }
    }

    @Test
    void theServiceRefusesEachAndStaysUp() throws Exception {
        Process service = new ProcessBuilder(java("serve", "--port", "0", "--warm-up", "0"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            String base = address(service);
            HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();
            for (Hostile h : hostile) {
                long start = System.nanoTime();
                Answer answer = Files.size(h.file()) > TEN_MB ? declaringLength(base, h) : post(http, base, h);
                double seconds = (System.nanoTime() - start) / 1e9;
                int status = answer.status();
                assertTrue(status == 400 || status == 413, h.file() + ": " + status + " " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                assertTrue(!answer.body().contains("Exception"), answer.body());
                System.out.printf(
                        Locale.ROOT,
                        "hostile %s posted to /%s: %d in %.1f s, service peak resident %d MB%n",
                        h.file().getFileName(),
                        h.endpoint(),
                        status,
                        seconds,
                        residentPeakKb(service.pid()) / 1024);
                assertTrue(service.isAlive(), "the service is still running after " + h.file());
            }
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(base + "actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            HttpResponse<String> plan = http.send(
                    HttpRequest.newBuilder(URI.create(base + "api/assessments"))
                            .header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples", "jail-planning.yaml")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, plan.statusCode(), "a plan is still assessed afterwards: " + plan.body());
        } finally {
            service.destroy();
            assertTrue(service.waitFor(30, TimeUnit.SECONDS), "serve stopped");
        }
    }

    private static final long TEN_MB = 10L * 1024 * 1024;

    /** What the service answered: the status, the content type and the body. */
    private record Answer(int status, String contentType, String body) {}

    private static Answer post(HttpClient http, String base, Hostile h) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + h.endpoint()))
                        .timeout(BOUND)
                        .header("Content-Type", h.mediaType())
                        .POST(HttpRequest.BodyPublishers.ofFile(h.file()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    }

    /**
     * A body larger than the limit, announced as curl announces a large upload: its length and {@code Expect:
     * 100-continue}, the body to follow only if the service asks for it. The service must refuse it by its length at
     * once. (Java 17's HttpClient waits for ever when the answer to its expectation is not 100, hence a plain socket.)
     */
    private static Answer declaringLength(String base, Hostile h) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) BOUND.toMillis());
            socket.getOutputStream()
                    .write(("POST /" + h.endpoint() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: "
                                    + h.mediaType() + "\r\nContent-Length: " + Files.size(h.file())
                                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1.1 (\\d{3})").matcher(response);
            Matcher type = Pattern.compile("(?im)^Content-Type: (.*)$").matcher(response);
            return new Answer(
                    status.find() ? Integer.parseInt(status.group(1)) : 0,
                    type.find() ? type.group(1).strip() : "",
                    response.substring(Math.max(0, response.indexOf("\r\n\r\n"))));
        }
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-jar",
                Path.of("target", "advisor.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static final Pattern SERVING = Pattern.compile("Serving the advisor on (http://localhost:\\d+/)");

    private static String address(Process service) throws IOException {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                // The rest of the log is drained so the service never blocks on a full pipe.
                Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("serve did not print its address");
    }

    /** The process's peak resident set (VmHWM) in kB, or 0 once it has gone. */
    private static long residentPeakKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
