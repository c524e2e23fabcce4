package org.prss.advisor.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;

/** The project's own scenarios (src/test/scenarios) run on every build, so the format stays proven. */
class ScenarioFolderTest {

    static List<Scenario> read(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return new ScenarioReader(TestAdvisor.get().reader(), TestAdvisor.get().knowledge()).read(files);
    }

    @Test
    void everyProjectScenarioPasses() throws Exception {
        List<Scenario> scenarios = read(Path.of("src/test/scenarios"));
        assertTrue(scenarios.size() >= 8, "scenarios: " + scenarios.size());
        List<ScenarioResult> results = new ScenarioRunner(TestAdvisor.get()).run(scenarios);
        String report = ScenarioReport.render(results, ScenarioReport.Format.text);
        assertTrue(results.stream().allMatch(ScenarioResult::passed), report);
        assertTrue(
                report.endsWith(scenarios.size() + " scenarios: " + scenarios.size() + " passed, 0 failed\n"), report);
    }

    @Test
    void scenariosReadInFileThenWrittenOrder() throws Exception {
        List<Scenario> scenarios = read(Path.of("src/test/scenarios"));
        List<String> files = scenarios.stream().map(Scenario::file).distinct().toList();
        assertTrue(files.size() > 1, "files: " + files);
        assertEquals(files.stream().sorted().toList(), files, "files in name order, each read once");
        for (int i = 1; i < scenarios.size(); i++) {
            Scenario before = scenarios.get(i - 1);
            Scenario next = scenarios.get(i);
            if (before.file().equals(next.file())) {
                assertTrue(before.line() < next.line(), "written order in " + next.file() + " at line " + next.line());
            }
        }
    }
}
