package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How free-text duties are read: stop words, stemming rules and synonyms, and the signals the role rules look for.
 *
 * @param synonyms    each variant word mapped to the first word of its group, both as written in the file
 */
public record RoleLanguage(int minimumStem, Set<String> stopWords, List<String> keptEndings, List<Suffix> suffixes,
                           Map<String, String> synonyms, List<RoleSignal> signals) {

    public static final RoleLanguage EMPTY = new RoleLanguage(3, Set.of(), List.of(), List.of(), Map.of(), List.of());

    /** A stemming rule: a word ending in {@code suffix} has it replaced by {@code replace}. */
    public record Suffix(String suffix, String replace) {
        public Suffix {
            replace = replace == null ? "" : replace;
        }
    }

    public RoleLanguage {
        stopWords = Set.copyOf(stopWords);
        keptEndings = List.copyOf(keptEndings);
        suffixes = List.copyOf(suffixes);
        synonyms = Map.copyOf(synonyms);
        signals = List.copyOf(signals);
    }
}
