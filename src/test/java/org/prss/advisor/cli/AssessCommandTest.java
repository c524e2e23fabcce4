package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.TestAdvisor;

/** The assess command's contract: outputs, exit codes, messages. */
class AssessCommandTest {

    @TempDir
    Path dir;

    @Test
    void assessesASampleAndWritesWorkbookAndJson() throws Exception {
        Path xlsx = dir.resolve("out.xlsx");
        Path json = dir.resolve("out.json");
        CliRun run = CliRun.of(
                "assess",
                "samples/jail-planning.yaml",
                "-o",
                xlsx.toString(),
                "--json",
                json.toString(),
                "--as-of",
                "2026-11-23");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Riverside County Jail Peer Recovery Pilot: NOT_READY"), run.out());
        assertTrue(Files.size(xlsx) > 5000);
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals(
                TestAdvisor.get().knowledge().ruleSet().version(),
                doc.at("/ruleSet/version").asText());
        assertEquals(64, doc.at("/ruleSet/hash").asText().length());
        assertEquals("NOT_READY", doc.at("/verdict").asText());
        assertEquals(
                TestAdvisor.get().knowledge().items().size(),
                doc.at("/findings").size());
        JsonNode first = doc.at("/findings/0");
        for (String field : new String[] {
            "id", "domain", "title", "status", "severity", "rationale", "recommendation", "citations", "evidence"
        }) {
            assertTrue(first.has(field), field);
        }
        assertEquals("LAPPA Toolkit 2021", first.at("/citations/0/source").asText());
        try (var leftovers = Files.list(dir)) {
            assertEquals(2, leftovers.count(), "no temporary files left behind");
        }
    }

    @Test
    void sameInputTwiceGivesIdenticalJson() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        CliRun.of(
                "assess",
                "samples/treatment-court-operating.json",
                "-o",
                dir.resolve("a.xlsx").toString(),
                "--json",
                a.toString(),
                "--as-of",
                "2026-11-23");
        CliRun.of(
                "assess",
                "samples/treatment-court-operating.json",
                "-o",
                dir.resolve("b.xlsx").toString(),
                "--json",
                b.toString(),
                "--as-of",
                "2026-11-23");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void invalidInputExitsTwoNamesTheFieldAndWritesNothing() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "program: {setting: JAIIL}\n");
        Path xlsx = dir.resolve("out.xlsx");
        CliRun run = CliRun.of(
                "assess",
                plan.toString(),
                "-o",
                xlsx.toString(),
                "--json",
                dir.resolve("o.json").toString());
        assertEquals(2, run.exit());
        assertEquals(
                plan + ": program.setting: 'JAIIL' is not a valid value (did you mean JAIL?)",
                run.err().strip());
        assertFalse(Files.exists(xlsx));
        assertFalse(Files.exists(dir.resolve("o.json")));
    }

    @Test
    void badJsonEmptyFileAndMissingFileExitTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"program\": ");
        CliRun run =
                CliRun.of("assess", bad.toString(), "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("invalid JSON"), run.err());
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "");
        assertTrue(CliRun.of("assess", empty.toString()).err().contains("the file is empty"));
        CliRun missing = CliRun.of("assess", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertFalse(run.err().contains("Exception"), "no stack traces");
    }

    @Test
    void failOnExitsOneWhenAnOpenFindingReachesTheSeverity() {
        String out = dir.resolve("x.xlsx").toString();
        assertEquals(
                1,
                CliRun.of("assess", "samples/jail-planning.yaml", "-o", out, "--fail-on", "HIGH")
                        .exit());
        assertEquals(
                0,
                CliRun.of("assess", "samples/treatment-court-operating.json", "-o", out, "--fail-on", "HIGH")
                        .exit());
        assertEquals(
                1,
                CliRun.of("assess", "samples/treatment-court-operating.json", "-o", out, "--fail-on", "LOW")
                        .exit());
    }

    @Test
    void unknownOptionOrSeverityExitsTwo() {
        CliRun run = CliRun.of("assess", "samples/jail-planning.yaml", "--fail-on", "SEVERE");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--fail-on"), run.err());
        assertEquals(
                2, CliRun.of("assess", "samples/jail-planning.yaml", "--colour").exit());
    }
}
