package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a choice or a state code written in another case ({@code jail}, {@code pa}) as the value it names, as the
 * intake workbook and the web page read them, and says so in a notice ("read 'pa' as PA"). It runs on the tree
 * before the JSON Schema checks it, and touches only the values the schema limits to a list (an enum) or to capitals
 * (the state code's pattern): free text is kept as written, and a value that names nothing is left for the schema to
 * refuse with the nearest valid one.
 */
final class LenientValues {

    private final JsonNode schema;

    LenientValues(JsonNode schema) {
        this.schema = schema;
    }

    /** A copy of {@code tree}, each such value replaced by the one it names; a notice each in {@code notices}. */
    JsonNode read(JsonNode tree, List<InputProblem> notices) {
        JsonNode copy = tree.deepCopy();
        visit(schema, copy, "", notices);
        return copy;
    }

    private void visit(JsonNode schemaNode, JsonNode value, String path, List<InputProblem> notices) {
        JsonNode at = resolve(schemaNode);
        if (value instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode declared = at.path("properties").get(field);
                if (declared == null && at.path("additionalProperties").isObject()) {
                    declared = at.get("additionalProperties");
                }
                String where = path.isEmpty() ? field : path + "." + field;
                JsonNode child = object.get(field);
                JsonNode childSchema = declared == null ? null : branchFor(declared, child);
                if (childSchema == null) {
                    continue;
                }
                if (child.isTextual()) {
                    named(childSchema, child.asText()).ifPresent(v -> {
                        object.put(field, v);
                        notices.add(notice(where, child.asText(), v));
                    });
                } else {
                    visit(childSchema, child, where, notices);
                }
            }
        } else if (value instanceof ArrayNode array && at.has("items")) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                JsonNode itemSchema = branchFor(at.get("items"), item);
                String where = path + "[" + i + "]";
                if (itemSchema == null) {
                    continue;
                }
                if (item.isTextual()) {
                    int index = i;
                    named(itemSchema, item.asText()).ifPresent(v -> {
                        array.set(index, array.textNode(v));
                        notices.add(notice(where, item.asText(), v));
                    });
                } else {
                    visit(itemSchema, item, where, notices);
                }
            }
        }
    }

    /** The intake reader's wording for a value read leniently. */
    private static InputProblem notice(String path, String given, String read) {
        return new InputProblem(path, "read '" + given + "' as " + read, null);
    }

    /**
     * The schema that applies to {@code value}: for a choice of forms (an answer is a bare value or an object with
     * one), the form of the kind of value given; null when none does (the schema then says what is wrong).
     */
    private JsonNode branchFor(JsonNode declared, JsonNode value) {
        JsonNode s = resolve(declared);
        if (!s.has("oneOf")) {
            return s;
        }
        for (JsonNode branch : s.get("oneOf")) {
            JsonNode b = resolve(branch);
            boolean object = "object".equals(b.path("type").asText());
            if (object == value.isObject()) {
                return b;
            }
        }
        return null;
    }

    /** The value {@code given} names under {@code declared}, when it is not written as that value already. */
    private static Optional<String> named(JsonNode declared, String given) {
        if (declared.path("enum").isArray()) {
            List<String> allowed = new ArrayList<>();
            declared.get("enum").forEach(v -> allowed.add(v.asText()));
            return allowed.contains(given) ? Optional.empty() : EnumValues.lenient(given, allowed);
        }
        if (declared.path("pattern").isTextual()) {
            Pattern form = Pattern.compile(declared.get("pattern").asText());
            String upper = given.strip().toUpperCase(Locale.ROOT);
            return !form.matcher(given).find() && form.matcher(upper).find() ? Optional.of(upper) : Optional.empty();
        }
        return Optional.empty();
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? schema.at(node.get("$ref").asText().substring(1)) : node;
    }
}
