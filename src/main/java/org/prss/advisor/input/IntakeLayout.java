package org.prss.advisor.input;

/**
 * Where things are in the intake workbook: sheet names, header texts and columns. The template writer and the
 * reader both use this, so a filled-in template always reads back.
 */
public final class IntakeLayout {

    public static final String INSTRUCTIONS = "Instructions";
    public static final String PROGRAM = "Program";
    public static final String CHECKLIST = "Checklist";
    public static final String ROLE = "Role";
    public static final String WAIVERS = "Waivers";
    /** Hidden: the item ids the waiver drop-down offers. */
    public static final String LISTS = "Lists";

    public static final String[] PROGRAM_HEADERS = {
        "Field", "Value", "What it means", "Guidance it feeds", "Field path (do not edit)"
    };
    public static final int PROGRAM_VALUE = 1;
    public static final int PROGRAM_PATH = 4;

    public static final String[] CHECKLIST_HEADERS = {
        "Checklist", "Group", "ID", "Question", "Answer", "Note", "Sources"
    };
    public static final int CHECKLIST_ID = 2;
    public static final int CHECKLIST_ANSWER = 4;
    public static final int CHECKLIST_NOTE = 5;
    public static final String UNKNOWN = "UNKNOWN";
    public static final String[] ANSWERS = {"YES", "PARTIAL", "NO", UNKNOWN};

    public static final String[] ROLE_HEADERS = {
        "ID", "Category", "Activity", "In our role?", "", "Proposed duties (one per row)"
    };
    public static final int ROLE_ID = 0;
    public static final int ROLE_IN_ROLE = 3;
    public static final int ROLE_DUTIES = 5;
    public static final String YES = "Yes";
    public static final String NO = "No";
    public static final int DUTY_ROWS = 60;

    /** The program's evaluation measures; optional in a workbook (templates before rule set 0.4.0 lack it). */
    public static final String EVALUATION = "Evaluation Plan";

    public static final String[] EVALUATION_HEADERS = {
        "Outcome domain", "Measure", "Instrument", "Data source", "How often", "Reviewed by", "Status"
    };
    /** The description keys of a measure, column by column. */
    public static final String[] MEASURE_KEYS = {
        "outcomeDomain", "measure", "instrument", "dataSource", "frequency", "reviewedBy", "status"
    };

    public static final int MEASURE_ROWS = 20;

    public static final String[] WAIVER_HEADERS = {"Finding ID", "Justification", "Approved by", "Expires"};
    public static final int WAIVER_ROWS = 25;

    private IntakeLayout() {}
}
