package org.prss.advisor.knowledge;

/** Something wrong in a rule or checklist file, located by file and line (0 when the line is not known). */
public record KnowledgeProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
