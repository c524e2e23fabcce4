package org.prss.advisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The rules or checklists cannot be used; every problem found is listed with its file and line. */
public class KnowledgeException extends Exception {

    private final List<KnowledgeProblem> problems;

    public KnowledgeException(List<KnowledgeProblem> problems) {
        super(problems.size() + " problem(s) in the rules or checklists");
        this.problems = List.copyOf(problems);
    }

    public List<KnowledgeProblem> problems() {
        return problems;
    }

    public String report() {
        return problems.stream().map(KnowledgeProblem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
