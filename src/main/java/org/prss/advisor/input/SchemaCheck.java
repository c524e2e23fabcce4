package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.prss.advisor.text.NearestName;

/**
 * Enforces the program-description JSON Schema and rewrites the validator's messages into plain ones that
 * name the field, the problem and, for a misspelt name or value, the nearest valid one.
 */
public final class SchemaCheck {

    public static final String SCHEMA_RESOURCE = "/schema/program-description.schema.json";

    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final JsonNode schemaTree;
    private final JsonSchema schema;

    private SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            schemaTree = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged schema cannot be read", e);
        }
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
    }

    public static SchemaCheck instance() {
        return INSTANCE;
    }

    /** The schema itself, for readers that follow it through a description. */
    JsonNode schema() {
        return schemaTree;
    }

    List<InputProblem> check(JsonNode description) {
        return check(description, Set.of());
    }

    /**
     * The schema's problems, except a required field missing because its value could not be read (the paths in
     * {@code unreadable}), which is reported once, where it was read.
     */
    List<InputProblem> check(JsonNode description, Set<String> unreadable) {
        List<InputProblem> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(description)) {
            if (isNoiseFromOneOf(message)) {
                continue;
            }
            if ("required".equals(message.getType())
                    && unreadable.contains(joined(fieldPath(message), message.getProperty()))) {
                continue;
            }
            problems.add(explain(message));
        }
        problems.sort(Comparator.comparing(InputProblem::path).thenComparing(InputProblem::problem));
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }

    /**
     * An answer may be a bare value (the first branch of its oneOf) or an object (the second). Only the branch
     * that matches the kind of value given explains what is wrong; the other branch and the oneOf summary are noise.
     */
    private static boolean isNoiseFromOneOf(ValidationMessage message) {
        String where = message.getEvaluationPath().toString();
        boolean object =
                message.getInstanceNode() != null && message.getInstanceNode().isObject();
        boolean inObjectBranchOfAnswer = where.contains("oneOf/1") && !object && "type".equals(message.getType());
        boolean inValueBranchForObject = where.contains("oneOf/0") && object;
        return "oneOf".equals(message.getType()) || inObjectBranchOfAnswer || inValueBranchForObject;
    }

    private InputProblem explain(ValidationMessage message) {
        String path = fieldPath(message);
        JsonNode value = message.getInstanceNode();
        return switch (message.getType()) {
            case "additionalProperties" -> unknownField(message, path);
            case "enum" -> badEnum(message, path, value);
            case "type" ->
                new InputProblem(
                        path,
                        "expected " + message.getArguments()[1] + ", found " + message.getArguments()[0]
                                + describe(value),
                        null);
            case "required" -> new InputProblem(path, "missing required field '" + message.getProperty() + "'", null);
            case "format" ->
                new InputProblem(
                        path,
                        "'" + value.asText() + "' is not a valid " + message.getArguments()[0],
                        "dates are written YYYY-MM-DD");
            case "pattern" -> new InputProblem(path, "'" + value.asText() + "' has the wrong form", patternHint(path));
            case "minimum", "exclusiveMinimum" ->
                new InputProblem(
                        path,
                        "must be " + (message.getType().equals("minimum") ? "at least " : "more than ")
                                + message.getArguments()[0] + ", found " + plain(value),
                        null);
            case "maximum", "exclusiveMaximum" ->
                new InputProblem(
                        path,
                        "must be " + (message.getType().equals("maximum") ? "at most " : "less than ")
                                + message.getArguments()[0] + ", found " + plain(value),
                        null);
            case "propertyNames" ->
                new InputProblem(
                        path,
                        "'" + message.getProperty() + "' is not a checklist item id",
                        "item ids look like RDY-LEAD-01; run ./advisor knowledge for the list");
            default -> new InputProblem(path, stripPath(message.getMessage()), null);
        };
    }

    /** The instance location written as users write paths: {@code facts.pay.hourlyRate}, {@code waivers[0].expires}. */
    private static String fieldPath(ValidationMessage message) {
        com.networknt.schema.JsonNodePath location = message.getInstanceLocation();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(element);
            }
        }
        return path.isEmpty() ? "(top level)" : path.toString();
    }

    private static String joined(String path, String field) {
        return path.equals("(top level)") ? field : path + "." + field;
    }

    /** A number as it was typed: -1, not -1.0. */
    private static String plain(JsonNode value) {
        double d = value.asDouble();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isContainerNode()) {
            return "";
        }
        return " " + value.toString();
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }

    private static String patternHint(String path) {
        return path.endsWith("state") ? "use the two-letter code in capitals, such as OH or TX" : null;
    }

    private InputProblem unknownField(ValidationMessage message, String path) {
        String field = message.getProperty();
        List<String> known = new ArrayList<>();
        JsonNode parent = schemaAt(message.getSchemaLocation().getFragment().getParent());
        parent.path("properties").fieldNames().forEachRemaining(known::add);
        String where = path.equals("(top level)") ? field : path + "." + field;
        String hint = NearestName.didYouMeanField(
                field, known, known.isEmpty() ? null : "valid fields: " + String.join(", ", known));
        return new InputProblem(where, "unknown field '" + field + "'", hint);
    }

    private InputProblem badEnum(ValidationMessage message, String path, JsonNode value) {
        JsonNode allowedNode = schemaAt(message.getSchemaLocation().getFragment());
        List<String> allowed = StreamSupport.stream(allowedNode.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
        return EnumValues.problem(path, value == null ? "" : value.asText(), allowed);
    }

    private JsonNode schemaAt(com.networknt.schema.JsonNodePath fragment) {
        JsonNode node = schemaTree;
        for (int i = 0; i < fragment.getNameCount(); i++) {
            String segment = fragment.getName(i);
            node = node.isArray() ? node.path(Integer.parseInt(segment)) : node.path(segment);
        }
        return node;
    }
}
