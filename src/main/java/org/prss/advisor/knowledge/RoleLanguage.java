package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How free-text duties are read: stop words, stemming rules and synonyms, the nouns that make the word before them
 * a name (of a person, a team or a record) rather than the duty, the phrases that state a condition, how closely a
 * line must resemble labelled examples to take their verdict, and the signals the role rules look for.
 *
 * @param synonyms    each variant word mapped to the first word of its group, both as written in the file
 * @param headNouns        nouns that make the word before them part of a name: "clinical supervisor" names a
 *                         person, "case management system" a record, neither is the duty
 * @param keptWords        words the suffix rules leave whole, because cutting them would merge them with another word
 *                         ("probation" would read as "probationer", a participant)
 * @param negations        words after which, in the same clause, a phrase word does not count ("non-clinical")
 * @param clauseWords      words that open a clause ("if", "with"), never a duty: a line is not split after them
 * @param phraseWindow     the words of a phrase must stand within this many words of one another (0: anywhere)
 * @param conditionPhrases  phrases by which a line states the condition a duty is allowed under ("with consent")
 */
public record RoleLanguage(
        int minimumStem,
        Set<String> stopWords,
        List<String> keptEndings,
        Set<String> keptWords,
        List<Suffix> suffixes,
        Map<String, String> synonyms,
        Set<String> headNouns,
        Set<String> negations,
        Set<String> clauseWords,
        int phraseWindow,
        List<String> conditionPhrases,
        Similarity similarity,
        List<RoleSignal> signals) {

    public static final RoleLanguage EMPTY = new RoleLanguage(
            3,
            Set.of(),
            List.of(),
            Set.of(),
            List.of(),
            Map.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            0,
            List.of(),
            Similarity.OFF,
            List.of());

    /**
     * When a duty takes the verdict of the labelled lines it resembles (cosine similarity of sentence embeddings).
     *
     * @param neighbours how many nearest labelled lines vote, each by its similarity, on the duty's verdict
     * @param threshold  the least similarity of the nearest line giving that verdict for the duty to take it
     * @param overrule   the least similarity at which the labelled lines outrank the phrase rules
     * @param sameLine   the least similarity at which two labelled lines count as the same line worded twice, so
     *                   contradictory verdicts on them are an error of the corpus
     * @param keepOutMargin a duty is not let through (FITS_ROLE or CONDITIONAL) by the examples when one of its
     *                   voting neighbours is KEEP_OUT and at most this much less alike than the nearest: it is
     *                   left for a person to judge
     * @param nonDuty    the least similarity to a line the corpus lists as not a duty (a reporting line, a
     *                   qualification) for a line nearer to it than to any duty to be listed apart as not a duty
     * @param paraphrase the least similarity at which two lines with one label are paraphrases of one duty, kept in one
     *                   fold when the role review is cross-validated
     * @param tieMargin  a vote the winning verdict wins by less than this (in summed similarity) over another verdict
     *                   is a near tie: the examples decide nothing, and the duty goes to a person with both shown
     */
    public record Similarity(
            int neighbours,
            double threshold,
            double overrule,
            double sameLine,
            double keepOutMargin,
            double nonDuty,
            double paraphrase,
            double tieMargin) {
        /** No similarity reading: phrase rules only. */
        public static final Similarity OFF = new Similarity(0, 1.0, 1.0, 1.0, 0, 1.0, 1.0, 0);

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
        keptWords = Set.copyOf(keptWords);
        suffixes = List.copyOf(suffixes);
        synonyms = Map.copyOf(synonyms);
        headNouns = Set.copyOf(headNouns);
        negations = Set.copyOf(negations);
        clauseWords = Set.copyOf(clauseWords);
        conditionPhrases = List.copyOf(conditionPhrases);
        signals = List.copyOf(signals);
    }
}
