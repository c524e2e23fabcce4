package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How free-text duties are read: stop words, stemming rules and synonyms, the words that name people (so that a
 * word before them describes the person, not the duty), how closely a line must resemble labelled examples to take
 * their verdict, and the signals the role rules look for.
 *
 * @param synonyms    each variant word mapped to the first word of its group, both as written in the file
 * @param personNouns words naming a person or a team ("supervisor", "officer"): "clinical supervisor" names a person
 */
public record RoleLanguage(int minimumStem, Set<String> stopWords, List<String> keptEndings, List<Suffix> suffixes,
                           Map<String, String> synonyms, Set<String> personNouns, Similarity similarity,
                           List<RoleSignal> signals) {

    public static final RoleLanguage EMPTY = new RoleLanguage(3, Set.of(), List.of(), List.of(), Map.of(), Set.of(),
            Similarity.OFF, List.of());

    /**
     * When a duty takes the verdict of the labelled lines it resembles (cosine similarity of sentence embeddings).
     *
     * @param neighbours how many nearest labelled lines are compared; they must all give the same verdict
     * @param threshold  the least similarity of the nearest line for the duty to take its verdict
     * @param overrule   the least similarity at which the labelled lines outrank the phrase rules
     * @param sameLine   the least similarity at which two labelled lines count as the same line worded twice, so
     *                   contradictory verdicts on them are an error of the corpus
     */
    public record Similarity(int neighbours, double threshold, double overrule, double sameLine) {
        /** No similarity reading: phrase rules only. */
        public static final Similarity OFF = new Similarity(0, 1.0, 1.0, 1.0);

        public boolean on() {
            return neighbours > 0;
        }
    }

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
        personNouns = Set.copyOf(personNouns);
        signals = List.copyOf(signals);
    }
}
