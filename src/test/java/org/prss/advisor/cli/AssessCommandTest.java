package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        CliRun run = CliRun.writing("assess", "samples/jail-planning.yaml", xlsx.toString(), json.toString());
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
        CliRun.writing(
                "assess",
                "samples/treatment-court-operating.json",
                dir.resolve("a.xlsx").toString(),
                a.toString());
        CliRun.writing(
                "assess",
                "samples/treatment-court-operating.json",
                dir.resolve("b.xlsx").toString(),
                b.toString());
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

    // Issue: friction a new user met.

    @Test
    void aDateWrittenAnotherWayNamesTheOptionTheValueAndTheForm() {
        for (String[] command : List.of(
                new String[] {"assess", "samples/jail-planning.yaml"},
                new String[] {"role", "samples/role-troublesome-duties.yaml"},
                new String[] {"batch", "samples", "-o", dir.resolve("out").toString()})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--as-of", "12/06/2026"));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exit(), run.err());
            assertEquals(
                    List.of(
                            "advisor: --as-of: '12/06/2026' is not a date (write it as YYYY-MM-DD, e.g. 2026-12-06)",
                            "Run 'advisor " + command[0] + " --help' for usage."),
                    run.err().lines().toList());
        }
        assertEquals(
                "advisor: --as-of: '31.12.2026' is not a date (write it as YYYY-MM-DD, e.g. 2026-12-31)",
                CliRun.of("assess", "samples/jail-planning.yaml", "--as-of", "31.12.2026")
                        .err()
                        .lines()
                        .findFirst()
                        .orElseThrow(),
                "a day that cannot be a month is read day first");
        assertEquals(
                "advisor: --as-of: 'next week' is not a date (write it as YYYY-MM-DD, e.g. 2026-11-23)",
                CliRun.of("assess", "samples/jail-planning.yaml", "--as-of", "next week")
                        .err()
                        .lines()
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void aFolderGivenForAFileSaysSoAndHowToAssessAFolder() throws Exception {
        CliRun run = CliRun.of("assess", dir.toString());
        assertEquals(2, run.exit());
        assertEquals(
                dir + ": (file): is a folder, not a file (to assess every plan in a folder use ./advisor batch " + dir
                        + " -o OUTDIR)",
                run.err().strip());
        Path team = Files.createDirectories(dir.resolve("team"));
        CliRun respondent = CliRun.of("assess", "--respondent", team.toString());
        assertEquals(2, respondent.exit());
        assertEquals(
                team + ": (file): is a folder, not a file (give each respondent's file, such as --respondent " + team
                        + "/*.yaml)",
                respondent.err().strip());
    }

    @Test
    void oneRespondentOptionTakesTheFilesAWildcardExpandsTo() {
        Path out = dir.resolve("team.xlsx");
        CliRun glob = CliRun.of(
                "assess",
                "--respondent",
                "samples/team/hr.yaml",
                "samples/team/jail-staff.yaml",
                "samples/team/leadership.yaml",
                "-o",
                out.toString(),
                "--as-of",
                "2026-11-23");
        assertEquals(0, glob.exit(), glob.err());
        assertTrue(
                glob.out()
                        .contains("Respondents: 3 (LEADERSHIP 1, HUMAN_RESOURCES 1, STAFF 1): Lee Park"
                                + " (HUMAN_RESOURCES), Sam Ortiz (STAFF), Dana Ruiz (LEADERSHIP)\n"),
                glob.out());
        CliRun mixed = CliRun.of(
                "assess",
                "--respondent",
                "samples/team/hr.yaml",
                "samples/team/jail-staff.yaml",
                "--respondent",
                "samples/team/leadership.yaml",
                "-o",
                out.toString(),
                "--as-of",
                "2026-11-23");
        assertEquals(0, mixed.exit(), mixed.err());
        assertTrue(mixed.out().contains("Respondents: 3 ("), mixed.out());
        CliRun both = CliRun.of(
                "assess",
                "samples/jail-planning.yaml",
                "--respondent",
                "samples/team/hr.yaml",
                "samples/team/jail-staff.yaml");
        assertEquals(2, both.exit());
        assertEquals(
                List.of(
                        "advisor: give FILE for one description, or --respondent files for a team, not both",
                        "Run 'advisor assess --help' for usage."),
                both.err().lines().toList());
    }

    @Test
    void aChoiceOrStateInLowerCaseIsReadWithANoticeAndTheJsonShowsWhatWasRead() throws Exception {
        Path plan = Files.writeString(
                dir.resolve("plan.yaml"),
                "program: {name: Pilot, state: pa, setting: jail}\nanswers: {RDY-LEAD-01: yes}\n");
        Path json = dir.resolve("plan.json");
        CliRun run = CliRun.writing(
                "assess", plan.toString(), dir.resolve("plan.xlsx").toString(), json.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                List.of(
                        plan + ": program.state: read 'pa' as PA",
                        plan + ": program.setting: read 'jail' as JAIL",
                        plan + ": answers.RDY-LEAD-01: read 'yes' as YES"),
                run.err().lines().toList());
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals("PA", doc.at("/program/state").asText());
        assertEquals("JAIL", doc.at("/program/setting").asText());
    }
}
