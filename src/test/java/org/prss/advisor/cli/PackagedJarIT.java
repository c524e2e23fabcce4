package org.prss.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.JobDescriptionFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar run with {@code java -jar} in a fresh JVM, every command as a user runs it: the packaged rules load
 * from inside the jar, and each test asserts on what the process printed, so a command whose output is lost fails.
 */
class PackagedJarIT {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "advisor.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar finished");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void assessesASampleWithThePackagedRules() throws Exception {
        Path sample = Path.of("samples", "treatment-court-operating.json").toAbsolutePath();
        Result r = run("assess", sample.toString(), "--as-of", "2026-11-23");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Lakeshore Adult Drug Court Peer Recovery Program: READY"), r.out());
        assertTrue(Files.size(dir.resolve("treatment-court-operating-assessment.xlsx")) > 5000);
    }

    @Test
    void invalidInputExitsTwoWithoutAStackTrace() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"facts\": {\"caseloadPerPeer\": \"twenty\"}}");
        Result r = run("assess", plan.toString());
        assertEquals(2, r.exit());
        assertEquals(plan + ": facts.caseloadPerPeer: expected integer, found string \"twenty\"", r.err().strip());
        assertFalse(Files.exists(dir.resolve("plan-assessment.xlsx")));
    }

    @Test
    void rulesCheckFromTheJar() throws Exception {
        Result r = run("rules", "check");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("rules and checklists OK: " + TestAdvisor.get().knowledge().items().size() + " items"),
                r.out());
    }

    @Test
    void reviewsARoleFromAPlainTextDutyList() throws Exception {
        Path duties = dir.resolve("duties.txt");
        Files.writeString(duties, "- Administer random urine screens\n- Facilitate a weekly recovery group\n");
        Result r = run("role", duties.toString(), "--as-of", "2026-11-23");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("KEEP_OUT     line 1             Administer random urine screens"), r.out());
        assertTrue(Files.size(dir.resolve("duties-role-review.xlsx")) > 5000);
    }

    @Test
    void reviewsTheLibreOfficeJobDescriptionAsWordAndAsPdf() throws Exception {
        Path fixtures = Path.of("src", "test", "resources", "job-descriptions").toAbsolutePath();
        for (String name : List.of("peer-specialist-job-description.docx", "peer-specialist-job-description.pdf")) {
            Result r = run("role", fixtures.resolve(name).toString(), "--as-of", "2026-11-23");
            assertEquals(0, r.exit(), r.err());
            String page = name.endsWith(".pdf") ? ", page 1" : "";
            assertTrue(r.out().contains(": 7 duties reviewed"), r.out());
            assertTrue(r.out().contains("KEEP_OUT     Essential Functions, item 4" + page
                    + " Administer random urine screens and report the results to probation"), r.out());
            assertTrue(r.out().contains("CONDITIONAL  Duties and Responsibilities, item 3" + page + " Drive participants to court dates"),
                    r.out());
            assertTrue(r.out().contains("Skipped sections (not duty lists, not reviewed):"), r.out());
            assertTrue(r.out().contains("  Qualifications (" + (page.isEmpty() ? "" : "page 1, ") + "2 lines)"), r.out());
            assertTrue(r.err().isEmpty(), "nothing on stderr, such as a logging warning: " + r.err());
        }
    }

    @Test
    void badJobDescriptionFilesExitTwoNamingTheFileWithoutAStackTrace() throws Exception {
        Path locked = Files.write(dir.resolve("locked.pdf"),
                JobDescriptionFiles.pdf().heading("Duties").bullet("Facilitate a weekly recovery group").encrypted("secret"));
        Path scan = Files.write(dir.resolve("scan.pdf"), JobDescriptionFiles.scannedPdf());
        Path noise = Files.write(dir.resolve("noise.docx"), JobDescriptionFiles.noise(2048));
        for (Path file : List.of(locked, scan, noise)) {
            Result r = run("role", file.toString());
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().startsWith(file + ": (file): "), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        }
        assertTrue(run("role", locked.toString()).err().contains("password-protected"));
    }

    @Test
    void testPrintsEveryScenarioAndTheTally() throws Exception {
        Path scenarios = Path.of("src", "test", "scenarios").toAbsolutePath();
        Result r = run("test", scenarios.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        long printed = r.out().lines().filter(l -> l.startsWith("PASS  ")).count();
        assertTrue(printed >= 8, r.out());
        assertTrue(r.out().strip().endsWith(printed + " scenarios: " + printed + " passed, 0 failed"), r.out());
        Result json = run("test", scenarios.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertEquals(printed, new ObjectMapper().readTree(json.out()).get("passed").asLong(), json.out());
        Result junit = run("test", scenarios.toString(), "--format", "junit");
        assertTrue(junit.out().startsWith("<?xml") && junit.out().strip().endsWith("</testsuites>"), junit.out());
    }

    @Test
    void testPrintsTheFailureOfTheWorkedExampleAgainstThePackagedRules() throws Exception {
        Result r = run("test", Path.of("docs", "examples").toAbsolutePath().toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL  ") && r.out().contains("STAFF-CASELOAD: expected GAP, actual MET"), r.out());
        assertTrue(r.out().strip().endsWith("2 scenarios: 1 passed, 1 failed"), r.out());
    }

    @Test
    void validateAndKnowledge() throws Exception {
        Path sample = Path.of("samples", "jail-planning.yaml").toAbsolutePath();
        Result valid = run("validate", sample.toString());
        assertEquals(0, valid.exit(), valid.err());
        assertTrue(valid.out().startsWith(sample + ": valid ("), valid.out());
        Result text = run("knowledge");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().strip().endsWith("rule set " + TestAdvisor.get().knowledge().ruleSet().version()), text.out());
        Result json = run("knowledge", "--format", "json");
        assertEquals(TestAdvisor.get().knowledge().items().size(), new ObjectMapper().readTree(json.out()).get("items").size());
    }

    @Test
    void templateBatchAndCompare() throws Exception {
        Result template = run("template", "--setting", "JAIL", "-o", "intake.xlsx");
        assertEquals(0, template.exit(), template.err());
        assertTrue(template.out().contains("intake.xlsx"), template.out());
        assertTrue(Files.size(dir.resolve("intake.xlsx")) > 5000);

        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("samples", "jail-planning.yaml"), plans.resolve("jail-planning.yaml"));
        Files.copy(Path.of("samples", "treatment-court-operating.json"), plans.resolve("treatment-court-operating.json"));
        Result batch = run("batch", plans.toString(), "-o", "out", "--as-of", "2026-11-23");
        assertEquals(0, batch.exit(), batch.err());
        assertTrue(batch.out().contains("portfolio.xlsx"), batch.out());
        assertTrue(Files.exists(dir.resolve("out").resolve("portfolio.xlsx")));

        Path jail = dir.resolve("out").resolve("jail-planning-assessment.json");
        Result compare = run("compare", jail.toString(), jail.toString(), "-o", "progress.xlsx");
        assertEquals(0, compare.exit(), compare.err());
        assertFalse(compare.out().isBlank(), "compare prints its summary");
        assertTrue(Files.size(dir.resolve("progress.xlsx")) > 5000);
    }

    @Test
    void benchDescribesItselfAndRefusesABadOption() throws Exception {
        Result help = run("bench", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--quick"), help.out());
        Result bad = run("bench", "--fastest");
        assertEquals(2, bad.exit(), bad.out());
        assertTrue(bad.err().contains("Unknown option: '--fastest'"), bad.err());
    }

    @Test
    void serveAnswersOverHttpUntilStopped() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "advisor.jar").toAbsolutePath().toString(), "serve", "--port", "0", "--warm-up", "0"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Matcher serving = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    serving = m;
                    break;
                }
            }
            assertTrue(serving != null, "serve printed the address it listens on");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(serving.group(1) + "api/assessments"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples", "jail-planning.yaml"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"verdict\""), answer.body());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve stopped");
        }
    }

    private static final Pattern SERVING = Pattern.compile("Serving the advisor on (http://localhost:\\d+/)");
}
