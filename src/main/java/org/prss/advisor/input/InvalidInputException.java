package org.prss.advisor.input;

import java.util.List;
import java.util.stream.Collectors;

/** A program description that cannot be assessed, with every problem found in it. */
public class InvalidInputException extends Exception {

    private final String sourceName;
    private final List<InputProblem> problems;

    public InvalidInputException(String sourceName, List<InputProblem> problems) {
        super(sourceName + ": " + problems.size() + " problem(s)");
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String sourceName, InputProblem problem) {
        this(sourceName, List.of(problem));
    }

    public String sourceName() {
        return sourceName;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** The report a person reads: one line a problem, each naming the source and the field. */
    public String report() {
        return problems.stream().map(p -> sourceName + ": " + p).collect(Collectors.joining(System.lineSeparator()));
    }
}
