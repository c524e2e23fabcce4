package org.prss.advisor.report;

import java.util.List;
import org.prss.advisor.input.IntakeLayout;
import org.prss.advisor.model.Setting;

/**
 * How to fill in the intake, in the words both of its forms use: the intake workbook's Instructions sheet and the web
 * page's questionnaire, each adding only where on it a thing is written. These say what the advisor does with what it
 * is given (a blank, an answer, a waiver), so they are machinery rather than guidance; the sources' guidance stays in
 * checklists/.
 */
public final class IntakeInstructions {

    /** What a blank means to the advisor. */
    public static final String BLANK =
            "Fill in what you know and leave the rest blank: a blank is assessed as UNKNOWN, never as met.";

    /** How a checklist question is answered: one of the answers the intake reads, and what it rests on. */
    public static final String ANSWER = "Answer each checklist question " + or(List.of(IntakeLayout.ANSWERS))
            + ", and say in the note what the answer rests on.";

    /** What the role part asks. */
    public static final String ROLE = "Mark the worksheet activities that are part of your peers' role, and list any"
            + " other duties as your job description words them.";

    /** What a row of the evaluation measures holds. */
    public static final String MEASURES = "One row per measure the program tracks: its outcome domain, what is"
            + " measured, the instrument if you use a suggested one, where the data come from, how often, who reviews"
            + " it and where it stands.";

    /** What a waiver is and does. */
    public static final String WAIVERS =
            "A finding you accept for now, with who approved it and until when: it shows" + " as WAIVED until then.";

    private IntakeInstructions() {}

    /** What a form for {@code setting} (null: for every setting) asks. */
    public static String scope(Setting setting) {
        return setting == null
                ? "Every setting's questions and facts are asked."
                : "The questions and facts that cannot apply to a " + setting + " program are left out.";
    }

    /** An instruction as a line of the Instructions sheet, after the sheet it is about: "Waivers: a finding ...". */
    static String forSheet(String sheet, String instruction) {
        return sheet + ": " + Character.toLowerCase(instruction.charAt(0)) + instruction.substring(1);
    }

    /** "YES, PARTIAL, NO or UNKNOWN". */
    private static String or(List<String> values) {
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
