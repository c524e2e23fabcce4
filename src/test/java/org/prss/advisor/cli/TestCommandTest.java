package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advisor test}: passing, failing and malformed scenario folders, in each output format. */
class TestCommandTest {

    @TempDir
    Path dir;

    private static final String FAILING = """
            scenarios:
              - name: Caseload 21 in a treatment court is fine (wrong on purpose)
                description:
                  program: {setting: TREATMENT_COURT}
                  facts: {caseloadPerPeer: 21}
                expect:
                  - {id: STAFF-CASELOAD, status: MET}
                duties: []
              - name: Caseload 20 is fine
                description:
                  program: {setting: TREATMENT_COURT}
                  facts: {caseloadPerPeer: 20}
                expect:
                  - {id: STAFF-CASELOAD, status: MET}
            """;

    @Test
    void theProjectsOwnScenariosPass() {
        CliRun run = CliRun.of("test", "src/test/scenarios");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(
                run.out()
                        .contains("PASS  src/test/scenarios/staffing.yaml:3  A treatment-court caseload of exactly 20"),
                run.out());
        assertTrue(run.out().matches("(?s).*\\d+ scenarios: \\d+ passed, 0 failed\\n"), run.out());
    }

    @Test
    void aFailureShowsExpectedAgainstActualWithTheRulesRationale() throws Exception {
        Path file = Files.writeString(dir.resolve("caseload.yaml"), FAILING);
        CliRun run = CliRun.of("test", dir.toString());
        assertEquals(1, run.exit(), run.err());
        var lines = run.out().lines().toList();
        assertEquals("FAIL  " + file + ":2  Caseload 21 in a treatment court is fine (wrong on purpose)", lines.get(0));
        assertEquals("      STAFF-CASELOAD: expected MET, actual GAP", lines.get(1));
        assertEquals("        decided by: STAFF-CASELOAD over the limit in a treatment court", lines.get(2));
        assertTrue(
                lines.get(3)
                        .startsWith("        rationale: A caseload of 21 per peer exceeds the 20 allowed in a treatment"
                                + " court."
                                + " All Rise Guidelines 2023, Guideline 2 (written roles), Implementation Principle"
                                + " 5, line 260: no more than 20 in a treatment court."),
                lines.get(3));
        assertTrue(run.out().contains("PASS  " + file + ":9  Caseload 20 is fine"), run.out());
        assertTrue(run.out().endsWith("2 scenarios: 1 passed, 1 failed\n"), run.out());
    }

    @Test
    void jsonAndJunitFormats() throws Exception {
        Files.writeString(dir.resolve("caseload.yaml"), FAILING);
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("test", dir.toString(), "--format", "json").out());
        assertEquals(1, json.get("failed").asInt());
        assertEquals("GAP", json.at("/scenarios/0/mismatches/0/actual").asText());
        String junit = CliRun.of("test", dir.toString(), "--format", "junit").out();
        assertTrue(
                junit.contains("<testsuite name=\"" + dir.resolve("caseload.yaml") + "\" tests=\"2\" failures=\"1\">"),
                junit);
        assertTrue(junit.contains("<failure message=\"STAFF-CASELOAD: expected MET, actual GAP\">"), junit);
    }

    @Test
    void aMalformedScenarioExitsTwoWithFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                scenarios:
                  - name: ok so far
                    description: {facts: {caseloadPerPeer: 20}}
                    expect: [{id: STAFF-CASELOAD, status: MET}]
                  - name: three mistakes
                    descripton: {facts: {caseloadPerPer: 20}}
                    expect: [{id: STAFF-CASELOD, status: DONE}]
                """);
        CliRun run = CliRun.of("test", file.toString());
        assertEquals(2, run.exit());
        assertTrue(
                run.err().contains(file + ":5: unknown field 'descripton' (did you mean 'description'?)"), run.err());
        assertTrue(
                run.err()
                        .contains(file
                                + ":5: expect: 'STAFF-CASELOD' is not an item in the knowledge base (did you "
                                + "mean STAFF-CASELOAD?)"),
                run.err());
        Path badStatus = Files.writeString(dir.resolve("status.yaml"), """
                scenarios:
                  - name: bad status and a bad description
                    description: {facts: {caseloadPerPer: 20}}
                    expect: [{id: STAFF-CASELOAD, status: DONE}]
                """);
        CliRun second = CliRun.of("test", badStatus.toString());
        assertEquals(2, second.exit());
        assertTrue(
                second.err().contains(badStatus + ":2: program description: facts.caseloadPerPer: unknown field"),
                second.err());
        assertTrue(
                second.err().contains(badStatus + ":2: expect: 'DONE' is not one of MET, PARTIAL, GAP"), second.err());
    }

    @Test
    void aScenarioDateWrittenAnotherWayIsWordedAsTheAsOfOptionIs() throws Exception {
        Path file = Files.writeString(dir.resolve("date.yaml"), """
                scenarios:
                  - name: a date written the US way
                    asOf: 12/06/2026
                    description: {facts: {caseloadPerPeer: 20}}
                    expect: [{id: STAFF-CASELOAD, status: MET}]
                """);
        CliRun run = CliRun.of("test", file.toString());
        assertEquals(2, run.exit(), run.out());
        assertEquals(
                file + ":2: asOf: '12/06/2026' is not a date (write it as YYYY-MM-DD, e.g. 2026-12-06)",
                run.err().strip());
    }
}
