package org.prss.advisor.knowledge;

/**
 * A line of a job posting that is not a duty (a reporting line, a catch-all, a qualification, working conditions):
 * kept apart from the labelled duty lines so the role review can learn that such lines are not duties to judge.
 *
 * @param index  the line's place among the non-duty lines, counted from 0
 * @param reason why it is not a duty: "reporting line", "catch-all", "qualification", "working conditions", ...
 * @param line   the line of the file the entry starts on
 */
public record NonDutyLine(int index, String text, String reason, String origin, String file, int line) {

    /** "checklists/duty-corpus.yaml:120". */
    public String where() {
        return file + ":" + line;
    }
}
