package org.prss.advisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.compare.SnapshotReader;
import org.prss.advisor.scenario.MalformedScenarioException;
import org.prss.advisor.scenario.ScenarioReader;

/**
 * The readers that take a file by its path on any bytes: scenario files (`./advisor test`) and the assessments
 * `./advisor compare` reads back (its JSON and its workbooks).
 */
class FileReaderFuzzTest {

    private static final Advisor ADVISOR = TestAdvisor.get();
    private static final Path DIR = temporaryFolder();

    static {
        ReaderContract.warmUp(
                FileReaderFuzzTest.class,
                "readsAssessmentsForCompare",
                b -> () -> SnapshotReader.read(write("assessment.json", b)));
    }

    @FuzzTest
    @Timeout(value = ReaderContract.SECONDS, unit = TimeUnit.SECONDS)
    void readsScenarioFiles(byte[] content) {
        Path file = write("scenarios.yaml", content);
        ScenarioReader reader = new ScenarioReader(ADVISOR.reader(), ADVISOR.knowledge());
        try {
            assertNotNull(reader.read(List.of(file)));
        } catch (MalformedScenarioException e) {
            e.report().lines().forEach(line -> assertTrue(line.startsWith(file + ":"), line));
        }
    }

    @FuzzTest
    @Timeout(value = ReaderContract.SECONDS, unit = TimeUnit.SECONDS)
    void readsAssessmentsForCompare(byte[] content) {
        Path file = write("assessment.json", content);
        ReaderContract.holds(file.toString(), () -> SnapshotReader.read(file));
    }

    private static Path write(String name, byte[] content) {
        try {
            return Files.write(DIR.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("advisor-fuzz");
            dir.toFile().deleteOnExit();
            // Deleted at exit in the reverse order of registration: the files, then the folder.
            for (String name : List.of("scenarios.yaml", "assessment.json")) {
                dir.resolve(name).toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
