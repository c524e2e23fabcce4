package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words that must all appear in a duty, in any order, and words that must not: a worksheet keyword such as
 * "support group", or a signal phrase such as "drive -support". A duty word that is part of a name ("clinical" in
 * "clinical supervisor") counts only for a phrase that names the same thing ("probation officer").
 */
record Phrase(String text, List<String> required, List<String> excluded, int window, boolean readsNegation) {

    /** A worksheet keyword or signal phrase: its words count only where not negated, within the window. */
    static Phrase parse(String text, WordNormaliser normaliser, int window) {
        return parse(text, normaliser, window, true);
    }

    /**
     * A condition phrase: its words count negated or not ("without reporting" states a condition), and must stand in
     * the phrase's order ("own appointment" is not in "appointments in your own car").
     */
    static Phrase condition(String text, WordNormaliser normaliser, int window) {
        return parse(text, normaliser, window, false);
    }

    private static Phrase parse(String text, WordNormaliser normaliser, int window, boolean readsNegation) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String part : text.strip().split("\\s+")) {
            boolean exclude = part.startsWith("-") && part.length() > 1;
            for (Word w : normaliser.words(exclude ? part.substring(1) : part)) {
                (exclude ? excluded : required).add(w.stem());
            }
        }
        return new Phrase(text, List.copyOf(required), List.copyOf(excluded), window, readsNegation);
    }

    /**
     * The duty's own words that satisfy this phrase, in the duty's order; empty when it does not match. {@code stems}
     * are the stems of the duty's words: a phrase with a word the duty lacks is passed over without reading it.
     */
    Optional<List<String>> matchIn(List<Word> duty, Set<String> stems) {
        if (!stems.containsAll(required) || hasExcluded(duty)) {
            return Optional.empty();
        }
        return requiredIn(duty);
    }

    private boolean hasExcluded(List<Word> duty) {
        if (excluded.isEmpty()) {
            return false;
        }
        for (Word w : duty) {
            if (excluded.contains(w.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the duty has the phrase's words but also a word the phrase excludes: the phrase read the duty and
     * ruled it out ("refer participants to their case manager" is not case management).
     */
    boolean ruledOutIn(List<Word> duty, Set<String> stems) {
        return stems.containsAll(required)
                && hasExcluded(duty)
                && requiredIn(duty).isPresent();
    }

    private Optional<List<String>> requiredIn(List<Word> duty) {
        if (required.isEmpty()) {
            return Optional.empty();
        }
        List<Word> counting = duty.stream()
                .filter(w -> required.contains(w.stem()) && counts(w))
                .toList();
        if (!required.stream()
                .allMatch(stem -> counting.stream().anyMatch(w -> w.stem().equals(stem)))) {
            return Optional.empty();
        }
        return within(counting)
                .map(words -> words.stream().map(Word::written).distinct().toList());
    }

    /**
     * The words, one for each required word, that stand closest together, when they stand within the window (all
     * of them, wherever they stand, when the window is 0); in the duty's order.
     */
    private Optional<List<Word>> within(List<Word> counting) {
        if (window <= 0) {
            return Optional.of(counting);
        }
        boolean ordered = !readsNegation;
        for (Word start : counting) {
            List<Word> chosen = new ArrayList<>();
            for (String stem : required) {
                int after = ordered && !chosen.isEmpty()
                        ? chosen.get(chosen.size() - 1).position()
                        : start.position() - 1;
                counting.stream()
                        .filter(w -> w.stem().equals(stem)
                                && w.position() > after
                                && w.position() >= start.position()
                                && w.position() < start.position() + window)
                        .findFirst()
                        .ifPresent(chosen::add);
            }
            if (chosen.size() == required.size()) {
                chosen.sort(java.util.Comparator.comparingInt(Word::position));
                return Optional.of(chosen);
            }
        }
        return Optional.empty();
    }

    /** A word counts unless it is part of a name this phrase does not name, or (for most phrases) negated. */
    private boolean counts(Word w) {
        return (w.names() == null || required.contains(w.names())) && !(readsNegation && w.negated());
    }
}
