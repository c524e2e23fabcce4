package org.prss.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built jar run with {@code java -jar} in a fresh JVM: the packaged rules load from inside the jar. */
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
        assertTrue(r.out().startsWith("rules and checklists OK: 135 items"), r.out());
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
}
