package org.prss.advisor.input;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.text.Wording;

/**
 * A program's name and agency as one file states them, to tell whether two files are about the same program: they are
 * not when both state a name, or both an agency, and these differ (letter case and spacing aside). A file that leaves
 * one out does not differ in it.
 *
 * @param source the file, as messages name it
 */
public record ProgramIdentity(String source, String name, String agency) {

    /**
     * What sets this file's program apart from {@code other}'s, each as a problem on this file's field; empty for the
     * same program.
     */
    public List<InputProblem> differencesFrom(ProgramIdentity other, String hint) {
        List<InputProblem> problems = new ArrayList<>();
        if (differ(name, other.name)) {
            problems.add(new InputProblem(
                    "program.name",
                    "'" + name + "' is not the program of " + other.source + " ('" + other.name + "')",
                    hint));
        }
        if (differ(agency, other.agency)) {
            problems.add(new InputProblem(
                    "program.agency",
                    "'" + agency + "' is not the agency of " + other.source + " ('" + other.agency + "')",
                    hint));
        }
        return problems;
    }

    private static boolean differ(String a, String b) {
        return stated(a) && stated(b) && !Wording.normalised(a).equals(Wording.normalised(b));
    }

    private static boolean stated(String text) {
        return text != null && !text.isBlank();
    }
}
