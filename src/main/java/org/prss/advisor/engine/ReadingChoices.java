package org.prss.advisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.knowledge.DeclaredReading;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.text.NearestName;

/** The alternative taken for every declared reading in one assessment, in the knowledge's order. */
public final class ReadingChoices {

    private final List<ReadingChoice> all;

    private ReadingChoices(List<ReadingChoice> all) {
        this.all = List.copyOf(all);
    }

    /** The advisor's default for every reading. */
    public static ReadingChoices defaults(KnowledgeBase knowledge) {
        return new ReadingChoices(knowledge.declaredReadings().stream()
                .map(r -> new ReadingChoice(r.id(), r.fallback(), false))
                .toList());
    }

    /**
     * The user's choices, each written ID=ALTERNATIVE, over the defaults. Every problem is reported at once, naming
     * what was written and the nearest reading or alternative.
     */
    public static ReadingChoices parse(KnowledgeBase knowledge, List<String> written) throws InvalidChoice {
        Map<String, String> chosen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> ids =
                knowledge.declaredReadings().stream().map(DeclaredReading::id).toList();
        for (String choice : written) {
            int eq = choice.indexOf('=');
            if (eq <= 0 || eq == choice.length() - 1) {
                problems.add("'" + choice + "' is not READING=ALTERNATIVE (for example " + example(knowledge) + ")");
                continue;
            }
            String id = choice.substring(0, eq).strip().toUpperCase(java.util.Locale.ROOT);
            String alternative = choice.substring(eq + 1).strip().toUpperCase(java.util.Locale.ROOT);
            DeclaredReading reading = knowledge.declaredReading(id).orElse(null);
            if (reading == null) {
                String near = NearestName.suffix(id, ids);
                problems.add("'" + id + "' is not a declared reading"
                        + (near.isEmpty() ? "; readings: " + String.join(", ", ids) : near));
            } else if (reading.alternative(alternative).isEmpty()) {
                problems.add("reading " + id + " has no alternative '" + alternative + "'; its alternatives: "
                        + String.join(", ", reading.alternativeIds()));
            } else if (chosen.containsKey(id) && !chosen.get(id).equals(alternative)) {
                problems.add("reading " + id + " is given two alternatives, " + chosen.get(id) + " and " + alternative
                        + "; choose one");
            } else {
                chosen.put(id, alternative);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChoice(problems);
        }
        return new ReadingChoices(knowledge.declaredReadings().stream()
                .map(r -> chosen.containsKey(r.id())
                        ? new ReadingChoice(r.id(), chosen.get(r.id()), true)
                        : new ReadingChoice(r.id(), r.fallback(), false))
                .toList());
    }

    private static String example(KnowledgeBase knowledge) {
        return knowledge.declaredReadings().stream()
                .findFirst()
                .map(r -> r.id() + "="
                        + r.alternatives().get(r.alternatives().size() - 1).id())
                .orElse("ID=ALTERNATIVE");
    }

    /** Every reading's choice, in the knowledge's order. */
    public List<ReadingChoice> all() {
        return all;
    }

    /** A reading choice that cannot be taken: an unknown reading or alternative, or a malformed choice. */
    public static final class InvalidChoice extends Exception {

        private final List<String> problems;

        InvalidChoice(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
