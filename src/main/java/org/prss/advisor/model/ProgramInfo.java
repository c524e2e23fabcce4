package org.prss.advisor.model;

/**
 * Who and where: the program's identity, and who filled in this description (null when nobody is named); a team
 * self-assessment combines several respondents' descriptions of one program.
 */
public record ProgramInfo(
        String name, String agency, String state, Setting setting, Stage stage, Respondent respondent) {
    public static final ProgramInfo EMPTY = new ProgramInfo(null, null, null, null, null, null);

    /**
     * The rule language reads {@code setting()} as a setter named "ting"; a bean getter lets rules say
     * {@code ProgramInfo(setting == ...)}.
     */
    public Setting getSetting() {
        return setting;
    }

    /** The same program in the given setting. */
    public ProgramInfo withSetting(Setting other) {
        return new ProgramInfo(name, agency, state, other, stage, respondent);
    }
}
