package org.prss.advisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.prss.advisor.model.Citation;
import org.prss.advisor.text.NearestName;

/**
 * What every reader of a knowledge file shares while the knowledge loads: the problems found so far (each with its
 * file and line), the registered sources every citation must name, and the ids already claimed, which no two entries
 * of any file may share.
 */
final class KnowledgeChecks {

    static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");

    private final List<KnowledgeProblem> problems = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, String> idsSeen = new HashMap<>();

    /** A spec bound from a list entry, and the line it starts on. */
    record Bound<S>(S spec, int line) {}

    void problem(KnowledgeFile file, int line, String message) {
        problems.add(new KnowledgeProblem(file.displayPath(), line, message));
    }

    void problem(String displayPath, int line, String message) {
        problems.add(new KnowledgeProblem(displayPath, line, message));
    }

    /** Ends the load with every problem found so far, if there is any. */
    void throwIfAny() throws KnowledgeException {
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
    }

    int problemCount() {
        return problems.size();
    }

    /** Registers a source that citations may name; false when one of that short name is registered already. */
    boolean register(Source source) {
        return sources.putIfAbsent(source.shortName(), source) == null;
    }

    Map<String, Source> sources() {
        return sources;
    }

    /** Ids are never shared, across items, worksheet activities and thresholds alike. */
    void claimId(KnowledgeFile file, int line, String id) {
        String firstSeen = idsSeen.putIfAbsent(id, file.displayPath() + ":" + line);
        if (firstSeen != null) {
            problem(file, line, "duplicate id " + id + " (first defined at " + firstSeen + ")");
        }
    }

    void checkCitations(KnowledgeFile file, int line, String label, List<Citation> citations) {
        if (citations == null || citations.isEmpty()) {
            problem(file, line, label + ": missing citation (every entry must cite at least one source)");
            return;
        }
        for (Citation c : citations) {
            if (c == null || blank(c.source())) {
                problem(file, line, label + ": a citation has no source");
            } else if (!sources.containsKey(c.source())) {
                problem(
                        file,
                        line,
                        label + ": unknown source '" + c.source() + "'"
                                + NearestName.fieldSuffix(c.source(), sources.keySet()));
            } else if (blank(c.section()) || blank(c.locator())) {
                problem(file, line, label + ": a citation of " + c.source() + " needs a section and a locator");
            }
        }
    }

    /** The one citation a file of second-source statements opens with, checked. */
    Citation fileCitation(KnowledgeFile file, LocatedYaml yaml, String label) {
        Citation citation = null;
        if (yaml.field("citation") != null) {
            try {
                citation = LocatedYaml.MAPPER.treeToValue(yaml.field("citation"), Citation.class);
            } catch (JsonProcessingException e) {
                problem(
                        file,
                        1,
                        "citation: "
                                + e.getOriginalMessage().lines().findFirst().orElse("cannot be read"));
            }
        }
        checkCitations(file, 1, label, citation == null ? List.of() : List.of(citation));
        return citation;
    }

    /**
     * The entries of a per-state list bound to their spec; an entry without a state, or with a repeated one, is
     * reported and left out.
     */
    <S> List<Bound<S>> oncePerState(
            KnowledgeFile file, LocatedYaml yaml, String list, Class<S> type, Function<S, String> state, String label) {
        List<Bound<S>> bound = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LocatedYaml.Entry entry : yaml.list(list)) {
            S spec = bind(file, entry, type);
            if (spec == null) {
                continue;
            }
            String code = state.apply(spec);
            if (blank(code) || !seen.add(code)) {
                problem(file, entry.line(), "each " + label + " needs a state, listed once (" + code + ")");
                continue;
            }
            bound.add(new Bound<>(spec, entry.line()));
        }
        return bound;
    }

    /** A list entry bound to its spec, or null with the problem recorded at the entry's line. */
    <T> T bind(KnowledgeFile file, LocatedYaml.Entry entry, Class<T> type) {
        try {
            return LocatedYaml.MAPPER.treeToValue(entry.node(), type);
        } catch (UnrecognizedPropertyException e) {
            problem(
                    file,
                    entry.line(),
                    "unknown field '" + e.getPropertyName() + "'"
                            + NearestName.fieldSuffix(
                                    e.getPropertyName(),
                                    e.getKnownPropertyIds().stream()
                                            .map(Object::toString)
                                            .toList()));
        } catch (JsonProcessingException e) {
            problem(
                    file,
                    entry.line(),
                    e.getOriginalMessage().lines().findFirst().orElse("cannot be read"));
        }
        return null;
    }

    void requireText(KnowledgeFile file, int line, String label, String field, String value) {
        if (blank(value)) {
            problem(file, line, label + ": missing " + field);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A text field without its surrounding blanks; an absent one is empty. */
    static String stripped(String s) {
        return s == null ? "" : s.strip();
    }

    /** A first-level value as text; an absent or null one is null. */
    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
