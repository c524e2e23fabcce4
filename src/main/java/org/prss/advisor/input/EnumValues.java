package org.prss.advisor.input;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.prss.advisor.text.NearestName;

/**
 * Reads a choice (a setting, a severity, a format) as a person types it: in any case, and when it is misspelt, with
 * the problem and the nearest valid value, worded the same on the command line, in the web API and in descriptions.
 */
public final class EnumValues {

    private EnumValues() {}

    /** The constant {@code given} names, in any case, or empty. */
    public static <E extends Enum<E>> Optional<E> lenient(Class<E> type, String given) {
        return lenient(
                        given,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                .map(name -> Enum.valueOf(type, name));
    }

    /** The allowed value {@code given} names, in any case and without surrounding spaces, or empty. */
    public static Optional<String> lenient(String given, Collection<String> allowed) {
        String wanted = given.strip();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The constant {@code given} names, in any case; otherwise the problem, at {@code path}, with the nearest name. */
    public static <E extends Enum<E>> E parse(Class<E> type, String source, String path, String given)
            throws InvalidInputException {
        Optional<E> value = lenient(type, given);
        if (value.isEmpty()) {
            throw new InvalidInputException(
                    source,
                    problem(
                            path,
                            given,
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
        }
        return value.get();
    }

    /** "'PRISN' is not a valid value (did you mean PRISON?)", or the valid values when none is near. */
    public static InputProblem problem(String path, String given, List<String> allowed) {
        String hint = NearestName.didYouMean(given, allowed, "valid values: " + String.join(", ", allowed));
        return new InputProblem(path, "'" + given + "' is not a valid value", hint);
    }
}
