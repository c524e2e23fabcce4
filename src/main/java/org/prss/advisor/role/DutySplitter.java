package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a job-description line into the duties it lists: at semicolons, and at the commas of a list whose items
 * each start with a verb ("File, answer phones and cover the front desk"). A list of objects ("obtain ID, birth
 * certificates and Social Security cards") stays one duty, and so does a line without a comma ("drive participants
 * and support them on the way"), whose second verb usually gives the first its purpose, and so does a line opened
 * by a clause ("With the participant's consent, update their family"). The verbs are the first words of the
 * labelled lines and of the worksheet activities, less the words that open a clause ("if", "with", "where").
 */
final class DutySplitter {

    private static final Pattern CLAUSES = Pattern.compile("\\s*;\\s*");
    private static final Pattern ITEMS = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");
    private static final Pattern FIRST_WORD = Pattern.compile("^[^\\p{L}]*(\\p{L}+)");

    private final Set<String> verbs;

    DutySplitter(Set<String> verbs) {
        this.verbs = Set.copyOf(verbs);
    }

    /** The first word of a duty, lower case, or "" when it has none. */
    static String firstWord(String text) {
        var m = FIRST_WORD.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    List<String> split(String line) {
        List<String> parts = new ArrayList<>();
        for (String clause : CLAUSES.split(line.strip())) {
            if (!clause.isBlank()) {
                parts.addAll(items(clause));
            }
        }
        return parts.isEmpty() ? List.of(line.strip()) : parts;
    }

    private List<String> items(String clause) {
        if (!clause.contains(",")) {
            return List.of(clause);
        }
        List<String> items = java.util.Arrays.stream(ITEMS.split(clause))
                .filter(i -> !i.isBlank())
                .toList();
        if (items.isEmpty()) {
            return List.of(clause);
        }
        for (String item : items) {
            if (!verbs.contains(firstWord(item))) {
                return List.of(clause);
            }
        }
        return items.size() < 2 ? List.of(clause) : items;
    }
}
