package org.prss.advisor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's table puts each figure beside its floor or baseline and the ratio; the baseline defaults sensibly. */
class BenchTableTest {

    @Test
    void everyFigureStandsBesideItsFloorOrBaselineAndTheRatio() {
        String table = BenchTable.of(List.of(
                Measurement.against(
                        "Cold start, ./advisor assess", "median 0.90 s", "floor 1.80 s: 0.50 x", "at most 0.6 x", true),
                Measurement.against(
                        "Rule evaluations", "500 per second", "2a8e4d3 300 per second: 1.67 x", "at least 2 x", false),
                Measurement.reported("Batch runner", "12.0 s", "", "reported")));
        List<String> lines = table.lines().toList();
        assertEquals(4, lines.size(), table);
        assertTrue(lines.get(0).contains("Floor or baseline, same run: ratio"), lines.get(0));
        assertTrue(lines.get(1).contains("floor 1.80 s: 0.50 x") && lines.get(1).endsWith("at most 0.6 x (met)"));
        assertTrue(lines.get(2).contains("2a8e4d3 300 per second: 1.67 x")
                && lines.get(2).endsWith("(NOT MET)"));
        assertTrue(lines.get(3).endsWith("reported"), lines.get(3));
        int column = lines.get(0).indexOf("Floor or baseline");
        assertEquals(column, lines.get(1).indexOf("floor 1.80 s"), "the ratios line up under their heading");
    }

    @Test
    void theBaselineIsReleaseZeroTwoWhileTheRepositoryHasNoTagAndTheNewestTagOnceItHas(@TempDir Path repo)
            throws Exception {
        git(repo, "init", "-q");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "one");
        assertEquals("2a8e4d3", Baseline.defaultRevision(repo));
        git(repo, "tag", "v0.3.0");
        assertEquals("v0.3.0", Baseline.defaultRevision(repo));
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(Files.isDirectory(repo.resolve(".git")));
    }
}
