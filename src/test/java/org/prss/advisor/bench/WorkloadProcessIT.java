package org.prss.advisor.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's paired workload, run from the built jar as the bench runs it: it answers each command with one line of
 * figures and does no work between them, and a workload that cannot start is reported with the jar it ran on.
 */
class WorkloadProcessIT {

    @TempDir
    Path plans;

    private static List<String> command(Path plans) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Path.of("target", "advisor.jar").toAbsolutePath().toString(),
                WarmWorkload.class.getName(),
                "paired",
                plans.toString(),
                "1");
    }

    @Test
    void aPairedWorkloadMeasuresOneWindowPerCommand() throws Exception {
        Files.copy(Path.of("samples", "treatment-court-operating.json"), plans.resolve("court.json"));
        Files.copy(Path.of("samples", "jail-planning.yaml"), plans.resolve("jail.yaml"));
        try (WorkloadProcess workload = WorkloadProcess.start("this build", command(plans))) {
            // A cold JVM's first assessment can outlast a window on a busy machine (at a load of 15 on two cores the
            // first 3 s held none): the first window need only answer; the second, warmer, must count some.
            double first = workload.window(3);
            double second = workload.window(3);
            assertTrue(first >= 0, "first window: " + first);
            assertTrue(second > 0, "second window: " + second);
        }
    }

    @Test
    void aWorkloadThatCannotReadItsPlansIsReportedWithTheJarItRanOn() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> WorkloadProcess.start("release 0.2.0", command(plans.resolve("missing"))));
        assertTrue(e.getMessage().startsWith("the workload on release 0.2.0 stopped (exit 1)"), e.getMessage());
    }
}
