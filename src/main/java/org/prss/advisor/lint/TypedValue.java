package org.prss.advisor.lint;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.knowledge.ThresholdType;

/** Which typed value of a threshold (as a rule binds it: {@code $v : whole}) each declared type provides. */
final class TypedValue {

    private static final Map<String, Set<ThresholdType>> PROVIDED_BY = Map.of(
            "whole", EnumSet.of(ThresholdType.WHOLE_NUMBER),
            "number", EnumSet.of(ThresholdType.WHOLE_NUMBER, ThresholdType.DECIMAL, ThresholdType.MONEY),
            "frequency", EnumSet.of(ThresholdType.FREQUENCY),
            "low", EnumSet.of(ThresholdType.RANGE),
            "high", EnumSet.of(ThresholdType.RANGE),
            "settings", EnumSet.of(ThresholdType.SETTINGS),
            "models", EnumSet.of(ThresholdType.EMPLOYMENT_MODELS));

    private TypedValue() {}

    /** True when a threshold of this type has the value; text (and anything not typed) every type has. */
    static boolean provides(ThresholdType type, String accessor) {
        Set<ThresholdType> types = PROVIDED_BY.get(accessor);
        return types == null || types.contains(type);
    }

    static String expects(String accessor) {
        return "a rule reading " + accessor + " needs a threshold of type "
                + String.join(
                        " or ",
                        PROVIDED_BY.get(accessor).stream()
                                .map(ThresholdType::word)
                                .toList());
    }
}
