package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.prss.advisor.knowledge.IntakeField;

/**
 * Joins the knowledge base's intake fields with the JSON Schema, so the intake workbook offers exactly the values
 * the validator accepts. A field the schema does not define, or a schema field with no intake entry, is a defect
 * the tests catch.
 */
public final class SchemaFields {

    private final JsonNode schema;

    private SchemaFields(JsonNode schema) {
        this.schema = schema;
    }

    public static SchemaFields load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
            return new SchemaFields(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged schema cannot be read", e);
        }
    }

    public List<IntakeFieldSpec> specs(List<IntakeField> fields) {
        List<IntakeFieldSpec> specs = new ArrayList<>();
        for (IntakeField field : fields) {
            JsonNode node = node(field.path());
            if (node == null) {
                throw new IllegalStateException(
                        "intake field " + field.path() + " is not in the program description schema");
            }
            specs.add(spec(field, node));
        }
        return specs;
    }

    /**
     * Every leaf field under program and facts, as dotted paths; a list of objects (the evaluation measures) is a
     * table of its own sheet, not a field.
     */
    public List<String> leafPaths() {
        List<String> paths = new ArrayList<>();
        for (String top : List.of("program", "facts")) {
            collect(schema.at("/properties/" + top), top, paths);
        }
        return paths;
    }

    private void collect(JsonNode node, String path, List<String> paths) {
        if (node.has("properties")) {
            node.get("properties")
                    .fields()
                    .forEachRemaining(e -> collect(e.getValue(), path + "." + e.getKey(), paths));
        } else if (!"object".equals(node.path("items").path("type").asText())) {
            paths.add(path);
        }
    }

    private JsonNode node(String path) {
        JsonNode node = schema;
        for (String part : path.split("\\.")) {
            node = node.path("properties").path(part);
            if (node.isMissingNode()) {
                return null;
            }
        }
        return resolve(node);
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? schema.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static IntakeFieldSpec spec(IntakeField field, JsonNode node) {
        List<String> choices = new ArrayList<>();
        node.path("enum").forEach(v -> choices.add(v.asText()));
        // A list of allowed values (facts.reentry.accessPoints) keeps its values as the choices of each entry.
        List<String> entryChoices = new ArrayList<>();
        node.path("items").path("enum").forEach(v -> entryChoices.add(v.asText()));
        Double min = node.has("minimum") ? node.get("minimum").asDouble() : null;
        Double max = node.has("maximum") ? node.get("maximum").asDouble() : null;
        FieldKind kind = !entryChoices.isEmpty()
                ? FieldKind.LIST
                : !choices.isEmpty()
                        ? FieldKind.CHOICE
                        : switch (node.path("type").asText()) {
                            case "integer" -> FieldKind.INTEGER;
                            case "number" -> FieldKind.NUMBER;
                            case "boolean" -> FieldKind.YES_NO;
                            case "array" -> FieldKind.LIST;
                            default -> FieldKind.TEXT;
                        };
        Pattern pattern =
                node.has("pattern") ? Pattern.compile(node.get("pattern").asText()) : null;
        return new IntakeFieldSpec(
                field, kind, List.copyOf(entryChoices.isEmpty() ? choices : entryChoices), min, max, pattern);
    }
}
