package org.prss.advisor.web;

import org.prss.advisor.input.EnumValues;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.model.Setting;

/** Query parameters several endpoints take, read as the command line reads the same options. */
final class QueryParameters {

    private QueryParameters() {}

    /** {@code ?setting=jail}, in any case; null when none is asked for; a misspelt one is a problem naming it. */
    static Setting setting(String name) throws InvalidInputException {
        return name == null || name.isBlank() ? null : EnumValues.parse(Setting.class, "the query", "setting", name);
    }
}
