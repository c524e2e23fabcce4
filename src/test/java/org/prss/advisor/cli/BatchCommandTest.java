package org.prss.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code advisor batch}, {@code advisor compare} and the option checks of {@code advisor serve}, from the command line. */
class BatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void batchShowsProgressAndExitsOneWhenAPlanCouldNotBeRead() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("samples/jail-planning.yaml"), plans.resolve("jail.yaml"));
        Files.writeString(plans.resolve("broken.json"), "{");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plans.toString(), "-o", out.toString(), "--as-of", "2026-11-23");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("] jail.yaml: NOT_READY 21.1"), run.err());
        assertTrue(run.err().contains("] broken.json: ERROR "), run.err());
        assertTrue(run.out().startsWith("2 plans: 1 assessed, 1 could not be read, in "), run.out());
        assertTrue(Files.exists(out.resolve("portfolio.xlsx")));
        assertEquals(2, CliRun.of("batch", dir.resolve("nope").toString(), "-o", out.toString()).exit());
    }

    @Test
    void aNonPositiveThreadCountOrWarmUpIsRefusedByName() {
        CliRun batch = CliRun.of("batch", "samples", "-o", dir.resolve("out").toString(), "--threads", "0");
        assertEquals(2, batch.exit());
        assertTrue(batch.err().startsWith("advisor: --threads must be at least 1, not 0"), batch.err());
        assertFalse(Files.exists(dir.resolve("out")));
        CliRun serve = CliRun.of("serve", "--port", "0", "--warm-up", "-5");
        assertEquals(2, serve.exit());
        assertTrue(serve.err().startsWith("advisor: --warm-up must be 0 or more seconds, not -5"), serve.err());
    }

    @Test
    void compareTwoAssessmentJsonFiles() throws Exception {
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json");
        assertEquals(0, CliRun.of("assess", "samples/jail-planning.yaml", "-o", dir.resolve("b.xlsx").toString(), "--json",
                before.toString(), "--as-of", "2026-11-23").exit());
        assertEquals(0, CliRun.of("assess", "samples/jail-planning.yaml", "-o", dir.resolve("a.xlsx").toString(), "--json",
                after.toString(), "--as-of", "2027-07-01").exit());
        Path progress = dir.resolve("progress.xlsx");
        CliRun run = CliRun.of("compare", before.toString(), dir.resolve("a.xlsx").toString(), "-o", progress.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("0 gaps closed, 1 new gaps, 1 status changes"), run.out());
        assertTrue(run.out().contains("  new     RDY-TEAM-01 (WAIVED -> GAP)"), run.out());
        assertTrue(Files.exists(progress));
        CliRun bad = CliRun.of("compare", "samples/jail-planning.yaml", after.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("samples/jail-planning.yaml: (file): "), bad.err());
    }
}
