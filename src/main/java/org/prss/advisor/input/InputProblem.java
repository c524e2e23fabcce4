package org.prss.advisor.input;

/**
 * One thing wrong with a submitted description.
 *
 * @param path    where: a field path such as {@code facts.caseloadPerPeer}, or a line and column for syntax errors
 * @param problem what is wrong, in plain words
 * @param hint    how to fix it (a nearest valid value, say), or null
 */
public record InputProblem(String path, String problem, String hint) {

    /**
     * A problem is one line wherever it is shown, so a field name or value that carries a line break (quoted from the
     * user's file) is shown with the break escaped, and a reader of the report can tell each problem from the next.
     */
    public InputProblem {
        path = OneLine.of(path);
        problem = OneLine.of(problem);
        hint = OneLine.of(hint);
    }

    @Override
    public String toString() {
        return path + ": " + problem + (hint == null ? "" : " (" + hint + ")");
    }
}
