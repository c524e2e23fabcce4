package org.prss.advisor.cli;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.Advisor;
import org.prss.advisor.engine.ReadingChoices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The option that takes another alternative for a declared reading (checklists/readings.yaml). */
final class ReadingOptions {

    @Option(
            names = "--reading",
            paramLabel = "ID=ALTERNATIVE",
            description = "Take another alternative for a declared reading, where a rule decides more than a source"
                    + " states (repeatable; './advisor knowledge' lists the readings and their alternatives).")
    List<String> readings = new ArrayList<>();

    /** The advisor taking the chosen alternatives; an unknown reading or alternative is refused, naming it. */
    Advisor apply(Advisor advisor, CommandSpec spec) {
        if (readings.isEmpty()) {
            return advisor;
        }
        try {
            return advisor.withReadings(ReadingChoices.parse(advisor.knowledge(), readings));
        } catch (ReadingChoices.InvalidChoice e) {
            throw new ParameterException(spec.commandLine(), "--reading: " + e.getMessage());
        }
    }
}
