package org.prss.advisor.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.model.ProgramDescription;

/**
 * For an item, the facts that help decide it (the fields whose {@code items} in intake-fields.yaml name it) when the
 * description gives some of them but not all, so a finding left UNKNOWN can name the fields it lacks. Each fact is
 * written as its label and path: "Full-time equivalents (facts.fte)".
 */
public record MissingFacts(String itemId, List<String> given, List<String> missing, List<String> missingPaths) {

    private static final ObjectMapper JSON =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    /** "A (a) and B (b)". */
    public String givenText() {
        return joined(given, " and ");
    }

    /** "X (x) or Y (y)". */
    public String missingText() {
        return joined(missing, " or ");
    }

    /** The answer's path and the missing facts' paths: what the finding rests on. */
    public String[] evidence() {
        List<String> paths = new ArrayList<>();
        paths.add("answers." + itemId);
        paths.addAll(missingPaths);
        return paths.toArray(String[]::new);
    }

    /**
     * Finds the items whose deciding facts a description gives in part. Built once from intake-fields.yaml: each
     * item's fields, with their labels written and their places in the description's tree worked out ahead.
     */
    static final class Finder {

        private final Map<String, List<Deciding>> byItem = new LinkedHashMap<>();

        Finder(List<IntakeField> fields) {
            fields.forEach(f -> f.items()
                    .forEach(id -> byItem.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Deciding(
                                    f.label() + " (" + f.path() + ")",
                                    f.path(),
                                    JsonPointer.compile("/" + f.path().replace('.', '/'))))));
        }

        /** One per item whose deciding facts the description gives in part. */
        List<MissingFacts> of(ProgramDescription description) {
            ObjectNode tree = JSON.createObjectNode();
            tree.set("program", JSON.valueToTree(description.program()));
            tree.set("facts", JSON.valueToTree(description.facts()));
            List<MissingFacts> found = new ArrayList<>();
            byItem.forEach((id, deciding) -> {
                List<String> given = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                List<String> missingPaths = new ArrayList<>();
                for (Deciding f : deciding) {
                    JsonNode value = tree.at(f.pointer());
                    if (value.isMissingNode() || value.isNull()) {
                        missing.add(f.text());
                        missingPaths.add(f.path());
                    } else {
                        given.add(f.text());
                    }
                }
                if (!given.isEmpty() && !missing.isEmpty()) {
                    found.add(
                            new MissingFacts(id, List.copyOf(given), List.copyOf(missing), List.copyOf(missingPaths)));
                }
            });
            return found;
        }
    }

    /** A field that helps decide an item: "Label (path)", its path, and where it sits in the description's tree. */
    private record Deciding(String text, String path, JsonPointer pointer) {}

    private static String joined(List<String> names, String last) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }
}
