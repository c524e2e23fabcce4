package org.prss.advisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.prss.advisor.text.NearestName;

/**
 * Reads the kind a knowledge file declares and checks that its first-level fields are that kind's, so that a file is
 * never read as something it is not: a file without a kind, with an unknown one, or whose fields belong to another
 * kind is refused with the line to fix.
 */
final class KindCheck {

    private final KnowledgeChecks checks;

    KindCheck(KnowledgeChecks checks) {
        this.checks = checks;
    }

    /**
     * The file's declared kind, or empty (with the problem recorded) when it declares none, an unknown one, or one its
     * fields show it is not.
     */
    Optional<KnowledgeKind> of(KnowledgeFile file, LocatedYaml yaml) {
        List<String> fields = yaml.fieldNames().stream()
                .filter(f -> !f.equals(KnowledgeKind.FIELD))
                .toList();
        Optional<KnowledgeKind> likely = likely(fields);
        if (!yaml.has(KnowledgeKind.FIELD)) {
            checks.problem(
                    file,
                    fields.isEmpty() ? 1 : yaml.line(fields.get(0)),
                    "the file declares no kind; add a first-level kind: naming what it holds, one of " + kinds()
                            + likely.map(k -> " (its fields are a " + k.word() + " file's: kind: " + k.word() + ")")
                                    .orElse(""));
            return Optional.empty();
        }
        String word = word(yaml.field(KnowledgeKind.FIELD));
        int line = yaml.line(KnowledgeKind.FIELD);
        Optional<KnowledgeKind> declared = KnowledgeKind.named(word);
        if (declared.isEmpty()) {
            checks.problem(
                    file,
                    line,
                    "unknown kind '" + word + "'" + NearestName.fieldSuffix(word, KnowledgeKind.words()) + "; one of "
                            + kinds());
            return Optional.empty();
        }
        KnowledgeKind kind = declared.get();
        List<String> foreign =
                fields.stream().filter(f -> !kind.fields().contains(f)).toList();
        if (!foreign.isEmpty() && likely.isPresent()) {
            checks.problem(
                    file,
                    line,
                    "the file declares kind " + kind.word() + ", but its fields (" + String.join(", ", fields)
                            + ") are a " + likely.get().word() + " file's: is its kind "
                            + likely.get().word() + "?");
            return Optional.empty();
        }
        // A field the kind does not have, in a file that is no other kind's either, is a slip to report beside
        // whatever else reading the file finds.
        foreign.forEach(f -> checks.problem(
                file,
                yaml.line(f),
                "unknown field '" + f + "' for kind " + kind.word() + NearestName.fieldSuffix(f, kind.fields())));
        return declared;
    }

    /** The kind whose marking field the file has and which has every field the file has, if there is one. */
    private static Optional<KnowledgeKind> likely(List<String> fields) {
        return Arrays.stream(KnowledgeKind.values())
                .filter(k -> fields.contains(k.mark()) && k.fields().containsAll(fields))
                .findFirst();
    }

    private static String word(JsonNode node) {
        return node == null ? "" : node.isValueNode() ? node.asText() : node.toString();
    }

    private static String kinds() {
        return String.join(", ", KnowledgeKind.words());
    }
}
