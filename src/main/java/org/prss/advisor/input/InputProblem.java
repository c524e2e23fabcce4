package org.prss.advisor.input;

/**
 * One thing wrong with a submitted description.
 *
 * @param path    where: a field path such as {@code facts.caseloadPerPeer}, or a line and column for syntax errors
 * @param problem what is wrong, in plain words
 * @param hint    how to fix it (a nearest valid value, say), or null
 */
public record InputProblem(String path, String problem, String hint) {

    @Override
    public String toString() {
        return path + ": " + problem + (hint == null ? "" : " (" + hint + ")");
    }
}
