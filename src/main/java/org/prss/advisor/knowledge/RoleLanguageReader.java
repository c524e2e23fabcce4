package org.prss.advisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.prss.advisor.model.Citation;

/**
 * Reads and checks the role language file: stemming rules, synonyms and signals. Signal activities are checked
 * against the worksheet once every file is read.
 */
final class RoleLanguageReader {

    static final Pattern SIGNAL_ID = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    private static final Pattern WORD = Pattern.compile("^[a-z0-9]+$");

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    RoleLanguageReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record SignalSpec(
            String id,
            String name,
            String meaning,
            List<String> phrases,
            List<String> activities,
            List<String> near,
            String instead,
            List<Citation> citations) {}

    RoleLanguage read(LocatedYaml yaml) {
        JsonNode minimum = yaml.field("minimumStem");
        int minimumStem = minimum == null ? 0 : minimum.asInt();
        if (minimumStem < 1) {
            checks.problem(file, 1, "minimumStem must be a whole number of at least 1");
        }
        Set<String> stopWords = words(yaml, "stopWords");
        List<String> keptEndings = List.copyOf(words(yaml, "keptEndings"));
        Set<String> keptWords = words(yaml, "keptWords");
        List<RoleLanguage.Suffix> suffixes = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("suffixes")) {
            RoleLanguage.Suffix suffix = checks.bind(file, entry, RoleLanguage.Suffix.class);
            if (suffix != null
                    && (suffix.suffix() == null
                            || !WORD.matcher(suffix.suffix()).matches())) {
                checks.problem(file, entry.line(), "a suffix rule needs a suffix of lower-case letters");
            } else if (suffix != null) {
                suffixes.add(suffix);
            }
        }
        Map<String, String> synonyms = synonyms(yaml);
        Set<String> headNouns = words(yaml, "headNouns");
        Set<String> negations = words(yaml, "negations");
        Set<String> clauseWords = words(yaml, "clauseWords");
        JsonNode window = yaml.field("phraseWindow");
        int phraseWindow = window == null ? 0 : window.asInt(-1);
        if (phraseWindow < 0) {
            checks.problem(
                    file,
                    LocatedYaml.fieldLine(file, 1, "phraseWindow"),
                    "phraseWindow must be a whole number, 0 for anywhere");
        }
        List<String> conditionPhrases = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("conditionPhrases")) {
            String phrase = entry.node().asText();
            checkPhrase(entry.line(), "conditionPhrases", phrase, stopWords);
            conditionPhrases.add(phrase);
        }
        RoleLanguage.Similarity similarity = similarity(yaml);
        List<RoleSignal> signals = signals(yaml, stopWords);
        return new RoleLanguage(
                Math.max(minimumStem, 1),
                stopWords,
                keptEndings,
                keptWords,
                suffixes,
                synonyms,
                headNouns,
                negations,
                clauseWords,
                Math.max(phraseWindow, 0),
                conditionPhrases,
                similarity,
                signals);
    }

    /** The similarity section, or no similarity reading when the file has none. */
    private RoleLanguage.Similarity similarity(LocatedYaml yaml) {
        JsonNode node = yaml.field("similarity");
        if (node == null) {
            return RoleLanguage.Similarity.OFF;
        }
        int line = LocatedYaml.fieldLine(file, 1, "similarity");
        try {
            RoleLanguage.Similarity s = LocatedYaml.MAPPER.treeToValue(node, RoleLanguage.Similarity.class);
            if (s.neighbours() < 1
                    || s.threshold() <= 0
                    || s.threshold() > 1
                    || s.overrule() < s.threshold()
                    || s.overrule() > 1
                    || s.sameLine() <= 0
                    || s.sameLine() > 1
                    || s.keepOutMargin() < 0
                    || s.keepOutMargin() > 1
                    || s.nonDuty() <= 0
                    || s.nonDuty() > 1
                    || s.paraphrase() <= 0
                    || s.paraphrase() > 1
                    || s.tieMargin() < 0) {
                checks.problem(
                        file,
                        line,
                        "similarity: neighbours must be at least 1, 0 < threshold <= overrule <= 1,"
                                + " 0 < sameLine <= 1, 0 <= keepOutMargin <= 1, 0 < nonDuty <= 1, 0 < paraphrase"
                                + " <= 1 and tieMargin >= 0");
                return RoleLanguage.Similarity.OFF;
            }
            return s;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            checks.problem(
                    file,
                    line,
                    "similarity: " + e.getOriginalMessage().lines().findFirst().orElse("cannot be read"));
            return RoleLanguage.Similarity.OFF;
        }
    }

    private Set<String> words(LocatedYaml yaml, String field) {
        Set<String> words = new LinkedHashSet<>();
        for (LocatedYaml.Entry entry : yaml.list(field)) {
            String word = entry.node().asText();
            if (!WORD.matcher(word).matches()) {
                checks.problem(file, entry.line(), field + ": '" + word + "' must be one lower-case word");
            }
            words.add(word);
        }
        return words;
    }

    private Map<String, String> synonyms(LocatedYaml yaml) {
        Map<String, String> canonical = new LinkedHashMap<>();
        Map<String, Integer> groupLine = new HashMap<>();
        for (LocatedYaml.Entry entry : yaml.list("synonyms")) {
            JsonNode group = entry.node();
            if (!group.isArray() || group.size() < 2) {
                checks.problem(file, entry.line(), "a synonym group lists at least two words");
                continue;
            }
            String first = group.get(0).asText();
            for (JsonNode node : group) {
                String word = node.asText();
                if (!WORD.matcher(word).matches()) {
                    checks.problem(file, entry.line(), "synonym '" + word + "' must be one lower-case word");
                } else if (groupLine.putIfAbsent(word, entry.line()) != null) {
                    checks.problem(
                            file,
                            entry.line(),
                            "synonym '" + word + "' is already in the group at line " + groupLine.get(word));
                } else if (!word.equals(first)) {
                    canonical.put(word, first);
                }
            }
        }
        return canonical;
    }

    private List<RoleSignal> signals(LocatedYaml yaml, Set<String> stopWords) {
        List<RoleSignal> signals = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LocatedYaml.Entry entry : yaml.list("signals")) {
            SignalSpec spec = checks.bind(file, entry, SignalSpec.class);
            if (spec == null) {
                continue;
            }
            int line = entry.line();
            if (spec.id() == null || !SIGNAL_ID.matcher(spec.id()).matches()) {
                checks.problem(
                        file,
                        line,
                        "signal id '" + spec.id()
                                + "' must be upper-case words joined by underscores, like COMPLIANCE_MONITORING");
                continue;
            }
            String label = "signal " + spec.id();
            if (seen.putIfAbsent(spec.id(), line) != null) {
                checks.problem(file, line, label + " is defined twice (first at line " + seen.get(spec.id()) + ")");
            }
            checks.requireText(file, line, label, "name", spec.name());
            checks.requireText(file, line, label, "meaning", spec.meaning());
            List<String> phrases = spec.phrases() == null ? List.of() : spec.phrases();
            if (phrases.isEmpty()) {
                checks.problem(file, line, label + ": needs at least one phrase");
            }
            for (String phrase : phrases) {
                checkPhrase(line, label, phrase, stopWords);
            }
            checks.checkCitations(file, line, label, spec.citations());
            signals.add(new RoleSignal(
                    spec.id(),
                    spec.name(),
                    spec.meaning(),
                    phrases,
                    spec.activities(),
                    spec.near(),
                    spec.instead(),
                    spec.citations() == null ? List.of() : spec.citations(),
                    file.displayPath(),
                    line));
        }
        return signals;
    }

    private void checkPhrase(int line, String label, String phrase, Set<String> stopWords) {
        boolean required = false;
        for (String word : phrase == null ? new String[0] : phrase.strip().split("\\s+")) {
            String bare = word.startsWith("-") ? word.substring(1) : word;
            if (!WORD.matcher(bare).matches()) {
                checks.problem(
                        file,
                        line,
                        label + ": phrase '" + phrase + "' may hold only lower-case words, each optionally led by '-'");
                return;
            }
            required |= !word.startsWith("-") && !stopWords.contains(bare);
        }
        if (!required) {
            checks.problem(
                    file,
                    line,
                    label + ": phrase '" + phrase + "' needs at least one required word that is not a stop word");
        }
    }
}
