package org.prss.advisor.scenario;

import java.util.List;

/** Scenario files that cannot be run, with every problem as "file:line: message". */
public class MalformedScenarioException extends Exception {

    private final List<String> problems;

    public MalformedScenarioException(List<String> problems) {
        super(problems.size() + " problem(s) in the scenario files");
        this.problems = List.copyOf(problems);
    }

    public String report() {
        return String.join(System.lineSeparator(), problems);
    }
}
