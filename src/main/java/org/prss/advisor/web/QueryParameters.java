package org.prss.advisor.web;

import java.util.List;
import org.prss.advisor.Advisor;
import org.prss.advisor.engine.ReadingChoices;
import org.prss.advisor.input.EnumValues;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.model.Setting;

/** Query parameters several endpoints take, read as the command line reads the same options. */
final class QueryParameters {

    private QueryParameters() {}

    /** {@code ?setting=jail}, in any case; null when none is asked for; a misspelt one is a problem naming it. */
    static Setting setting(String name) throws InvalidInputException {
        return name == null || name.isBlank() ? null : EnumValues.parse(Setting.class, "the query", "setting", name);
    }

    /**
     * {@code ?reading=ID=ALTERNATIVE} (repeatable): the advisor taking those alternatives for the declared readings;
     * the advisor as it is when none is given; an unknown reading or alternative is a problem naming it.
     */
    static Advisor readings(Advisor advisor, List<String> written) throws InvalidInputException {
        if (written == null || written.isEmpty()) {
            return advisor;
        }
        try {
            return advisor.withReadings(ReadingChoices.parse(advisor.knowledge(), written));
        } catch (ReadingChoices.InvalidChoice e) {
            throw new InvalidInputException(
                    "the query",
                    e.problems().stream()
                            .map(p -> new InputProblem("reading", p, null))
                            .toList());
        }
    }
}
