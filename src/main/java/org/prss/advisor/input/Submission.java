package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Setting;

/**
 * A validated description together with the tree it was read from, kept to show the input as received.
 *
 * @param skippedSections for a job description, the sections that do not list duties and were not reviewed
 * @param notices         values read leniently (a state code in lower case, a note without an answer), each with how
 *                        it was read, so the reader can say so
 */
public record Submission(
        String sourceName,
        JsonNode received,
        ProgramDescription description,
        List<SkippedSection> skippedSections,
        List<InputProblem> notices) {

    public Submission {
        skippedSections = List.copyOf(skippedSections);
        notices = List.copyOf(notices);
    }

    /** A submission read as it was written: nothing skipped, nothing read leniently. */
    public Submission(String sourceName, JsonNode received, ProgramDescription description) {
        this(sourceName, received, description, List.of(), List.of());
    }

    /**
     * This submission judged for a setting the user named (the command line's {@code --setting}, the service's
     * {@code ?setting=}): the description's own setting when it names none; the same one is fine; another one is a
     * conflict the user must settle, never silently overridden.
     */
    public Submission inSetting(Setting setting, String option) throws InvalidInputException {
        Setting stated = description.program().setting();
        if (setting == null || setting == stated) {
            return this;
        }
        if (stated != null) {
            throw new InvalidInputException(
                    sourceName,
                    new InputProblem(
                            "program.setting",
                            "the description's setting is " + stated + " but " + option + " asks for " + setting,
                            "drop " + option + ", or change program.setting"));
        }
        return new Submission(sourceName, received, description.withSetting(setting), skippedSections, notices);
    }

    /** The notices as a person reads them: one line each, naming the source and the cell or field. */
    public List<String> noticeLines() {
        return notices.stream().map(n -> sourceName + ": " + n).toList();
    }
}
