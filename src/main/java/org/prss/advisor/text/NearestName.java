package org.prss.advisor.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the valid name closest to a misspelt one, so an error can say "did you mean ...": the one place that
 * words the suggestion. Field names are quoted ('expectedParticipants'); values and ids are not (PRISON).
 */
public final class NearestName {

    private NearestName() {}

    /** The candidate nearest to {@code given}, if it is close enough to be a plausible misspelling. */
    public static Optional<String> among(String given, Collection<String> candidates) {
        String needle = given.toUpperCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (withoutLeadingZeros(candidate.toUpperCase(Locale.ROOT)).equals(withoutLeadingZeros(needle))) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(needle, candidate.toUpperCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int tolerance = Math.max(2, given.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** "did you mean X?" for the nearest candidate, or {@code otherwise} (which may be null) when none is near. */
    public static String didYouMean(String given, Collection<String> candidates, String otherwise) {
        return among(given, candidates).map(n -> "did you mean " + n + "?").orElse(otherwise);
    }

    /** " (did you mean X?)" to end a message, or "" when no candidate is near. */
    public static String suffix(String given, Collection<String> candidates) {
        return among(given, candidates).map(n -> " (did you mean " + n + "?)").orElse("");
    }

    /** As {@link #didYouMean}, for a field name: "did you mean 'expectedParticipants'?". */
    public static String didYouMeanField(String given, Collection<String> fields, String otherwise) {
        return among(given, fields).map(n -> "did you mean '" + n + "'?").orElse(otherwise);
    }

    /** As {@link #suffix}, for a field name: " (did you mean 'expectedParticipants'?)". */
    public static String fieldSuffix(String given, Collection<String> fields) {
        return among(given, fields).map(n -> " (did you mean '" + n + "'?)").orElse("");
    }

    /** RDY-LEAD-1 and RDY-LEAD-01 name the same item. */
    private static String withoutLeadingZeros(String name) {
        return name.replaceAll("(?<![0-9])0+(?=[0-9])", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
