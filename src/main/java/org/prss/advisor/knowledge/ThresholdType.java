package org.prss.advisor.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.prss.advisor.model.EmploymentModel;
import org.prss.advisor.model.Frequency;
import org.prss.advisor.model.Setting;

/**
 * What kind of value a threshold holds, as declared by its {@code type} in thresholds.yaml. The value is checked
 * against it when the knowledge loads, so the rules receive typed values and parse nothing.
 */
public enum ThresholdType {
    /** A count, such as peers or participants per peer: one value, digits only. */
    WHOLE_NUMBER("whole number", "a whole number such as \"20\""),
    /** A quantity that may have a fraction, such as years: one value. */
    DECIMAL("decimal", "a number such as \"2\" or \"1.5\""),
    /** US dollars: one value, a number with at most two decimals. */
    MONEY("money", "an amount in dollars such as \"18\" or \"18.50\""),
    /** How often: one value, a frequency name. */
    FREQUENCY("frequency", "one of " + names(Frequency.values())),
    /** A low and a high whole number: two values. */
    RANGE("range", "two whole numbers, low then high, such as [\"20\", \"30\"]"),
    /** Program settings: one or more values. */
    SETTINGS("settings", "a list of settings from " + names(Setting.values())),
    /** Employment models: one or more values. */
    EMPLOYMENT_MODELS("employment models", "a list of employment models from " + names(EmploymentModel.values()));

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d+)?");
    private static final Pattern DOLLARS = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

    private final String word;
    private final String expected;

    ThresholdType(String word, String expected) {
        this.word = word;
        this.expected = expected;
    }

    /** The type as written in thresholds.yaml: "whole number", "decimal", "money", ... */
    public String word() {
        return word;
    }

    /** What a value of this type looks like, for error messages. */
    public String expected() {
        return expected;
    }

    /** The type a thresholds.yaml {@code type} names, in any case, with spaces, hyphens or underscores. */
    public static Optional<ThresholdType> named(String text) {
        String t = text == null
                ? ""
                : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Arrays.stream(values()).filter(v -> v.word.equals(t)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ThresholdType::word).toList();
    }

    /** Whether the single value or the list of values fits this type. */
    boolean fits(String value, List<String> values) {
        return switch (this) {
            case WHOLE_NUMBER -> single(value, values) && WHOLE.matcher(value).matches();
            case DECIMAL -> single(value, values) && NUMBER.matcher(value).matches();
            case MONEY -> single(value, values) && DOLLARS.matcher(value).matches();
            case FREQUENCY -> single(value, values) && isName(Frequency.values(), value);
            case RANGE ->
                value == null
                        && values.size() == 2
                        && values.stream().allMatch(v -> WHOLE.matcher(v).matches())
                        && Integer.parseInt(values.get(0)) <= Integer.parseInt(values.get(1));
            case SETTINGS ->
                value == null && !values.isEmpty() && values.stream().allMatch(v -> isName(Setting.values(), v));
            case EMPLOYMENT_MODELS ->
                value == null
                        && !values.isEmpty()
                        && values.stream().allMatch(v -> isName(EmploymentModel.values(), v));
        };
    }

    private static boolean single(String value, List<String> values) {
        return value != null && values.isEmpty();
    }

    private static boolean isName(Enum<?>[] constants, String value) {
        return Arrays.stream(constants).anyMatch(c -> c.name().equals(value));
    }

    private static String names(Enum<?>[] constants) {
        return String.join(", ", Arrays.stream(constants).map(Enum::name).toList());
    }
}
