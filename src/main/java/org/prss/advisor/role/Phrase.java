package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words that must all appear in a duty, in any order, and words that must not: a worksheet keyword such as
 * "support group", or a signal phrase such as "drive -support". A duty word that names a person ("clinical" in
 * "clinical supervisor") counts only for a phrase that names that person too ("probation officer").
 */
record Phrase(String text, List<String> required, List<String> excluded) {

    static Phrase parse(String text, WordNormaliser normaliser) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String part : text.strip().split("\\s+")) {
            boolean exclude = part.startsWith("-") && part.length() > 1;
            for (Word w : normaliser.words(exclude ? part.substring(1) : part)) {
                (exclude ? excluded : required).add(w.stem());
            }
        }
        return new Phrase(text, List.copyOf(required), List.copyOf(excluded));
    }

    /** The duty's own words that satisfy this phrase, in the duty's order; empty when it does not match. */
    Optional<List<String>> matchIn(List<Word> duty) {
        if (required.isEmpty()) {
            return Optional.empty();
        }
        for (String stem : required) {
            if (duty.stream().noneMatch(w -> w.stem().equals(stem) && counts(w))) {
                return Optional.empty();
            }
        }
        List<String> matched = new ArrayList<>();
        for (Word w : duty) {
            if (excluded.contains(w.stem())) {
                return Optional.empty();
            }
            if (required.contains(w.stem()) && counts(w) && !matched.contains(w.written())) {
                matched.add(w.written());
            }
        }
        return Optional.of(List.copyOf(matched));
    }

    /** A word counts unless it only describes a person this phrase does not name. */
    private boolean counts(Word w) {
        return w.names() == null || required.contains(w.names());
    }
}
