package org.prss.advisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.prss.advisor.Advisor;
import org.prss.advisor.scenario.MalformedScenarioException;
import org.prss.advisor.scenario.Scenario;
import org.prss.advisor.scenario.ScenarioReader;
import org.prss.advisor.scenario.ScenarioReport;
import org.prss.advisor.scenario.ScenarioResult;
import org.prss.advisor.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Run scenario files: given a program, the findings you expect. Prints expected against actual, with"
                    + " the rule's rationale, for every failure.",
            "Exit 0 when all pass, 1 when any fails, 2 when a scenario file is malformed (with file and line)."
        })
final class TestCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(
            paramLabel = "DIR",
            description = "A folder of scenario files (*.yaml, searched below it too), or one file.")
    Path dir;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    ScenarioReport.Format format = ScenarioReport.Format.text;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Advisor advisor = knowledge.load();
        List<Scenario> scenarios;
        try {
            scenarios = new ScenarioReader(advisor.reader(), advisor.knowledge()).read(files());
        } catch (MalformedScenarioException e) {
            spec.commandLine().getErr().println(e.report());
            return ExitCode.INVALID;
        }
        if (scenarios.isEmpty()) {
            spec.commandLine().getErr().println(dir + ": no scenarios found (scenario files end in .yaml)");
            return ExitCode.INVALID;
        }
        List<ScenarioResult> results = new ScenarioRunner(advisor).run(scenarios);
        spec.commandLine().getOut().print(ScenarioReport.render(results, format));
        return results.stream().allMatch(ScenarioResult::passed) ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private List<Path> files() throws IOException, MalformedScenarioException {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new MalformedScenarioException(List.of(dir + ": no such folder or file"));
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }
}
