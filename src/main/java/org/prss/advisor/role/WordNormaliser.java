package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.prss.advisor.knowledge.RoleLanguage;

/**
 * Turns text into the words the matcher compares: lower case, split at anything that is not a letter or digit,
 * stop words dropped, each word cut to its stem and read as its synonym group's first word. A word written right
 * before a head noun is marked as part of the name it heads ("clinical" in "the clinical supervisor"), and a word
 * after a negation in its clause as negated ("observing" in "without observing"); "non-clinical" is one word.
 */
public final class WordNormaliser {

    /** Where a negation stops: the end of a sentence or clause, or "but". */
    private static final Pattern CLAUSE_END = Pattern.compile("[;.:!?]|\\bbut\\b");
    /** "non-clinical" is one word, not "non" and "clinical". */
    private static final Pattern NON = Pattern.compile("\\bnon-");

    private final RoleLanguage language;
    private final Map<String, String> synonymStems = new HashMap<>();
    private final Set<String> headStems = new HashSet<>();

    public WordNormaliser(RoleLanguage language) {
        this.language = language;
        language.synonyms().forEach((variant, canonical) -> synonymStems.put(stem(variant), stem(canonical)));
        language.headNouns().forEach(noun -> headStems.add(read(noun)));
    }

    public List<Word> words(String text) {
        List<String> all = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        for (String clause :
                CLAUSE_END.split(NON.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("non"))) {
            boolean negation = false;
            for (String word : clause.split("[^\\p{L}\\p{Nd}]+")) {
                if (!word.isEmpty()) {
                    all.add(word);
                    negated.add(negation);
                    negation |= language.negations().contains(word);
                }
            }
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String written = all.get(i);
            if (!language.stopWords().contains(written)) {
                String next = i + 1 < all.size() ? read(all.get(i + 1)) : null;
                words.add(new Word(read(written), written, headStems.contains(next) ? next : null, i, negated.get(i)));
            }
        }
        return words;
    }

    /** A single word's stem after synonyms, as matching compares it. */
    public String read(String word) {
        String stem = stem(word.toLowerCase(Locale.ROOT));
        return synonymStems.getOrDefault(stem, stem);
    }

    /** Applies the suffix rules until none applies, never cutting below the minimum stem length. */
    String stem(String word) {
        if (language.keptWords().contains(word)) {
            return word;
        }
        String stem = word;
        boolean changed = true;
        while (changed) {
            changed = false;
            if (language.keptEndings().stream().anyMatch(stem::endsWith)) {
                break;
            }
            for (RoleLanguage.Suffix rule : language.suffixes()) {
                if (stem.endsWith(rule.suffix())) {
                    String cut = stem.substring(0, stem.length() - rule.suffix().length()) + rule.replace();
                    if (cut.length() >= language.minimumStem() && !cut.equals(stem)) {
                        stem = cut;
                        changed = true;
                    }
                    break;
                }
            }
        }
        return stem;
    }
}
